error_catalog::error_catalog! {
    #[catalog(code = u16, log_level = warning)]
    pub enum ApiError {
        NotFound { code: 404, status: 404, message: "Not found", log_level: loud },
    }
}

fn main() {}
