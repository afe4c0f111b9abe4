error_catalog::error_catalog! {
    #[catalog(code = u16, status = 500)]
    pub enum ApiError {
        Plain { code: 1, message: "plain", no_from },
    }
}

fn main() {}
