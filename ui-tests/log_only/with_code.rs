error_catalog::error_catalog! {
    #[catalog(code = u16, status = 500)]
    pub enum ApiError {
        Served { code: 1, message: "served" },
        Logged { code: 2, message: "logged", log_only },
    }
}

fn main() {}
