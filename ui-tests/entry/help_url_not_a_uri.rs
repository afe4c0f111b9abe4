error_catalog::error_catalog! {
    #[catalog(code = str, status = 500)]
    pub enum ApiError {
        NotFound { code: "not_found", message: "Not found", help_url: "https://docs.example/fehlerübersicht#{code}" },
        Logged { message: "logged", log_only, help_url: "https://docs.example/{code}" },
    }
}

fn main() {}
