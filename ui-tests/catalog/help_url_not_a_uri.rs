error_catalog::error_catalog! {
    #[catalog(code = str, status = 500, help_url = "https://docs.example/error codes/{code}")]
    pub enum ApiError {
        NotFound { code: "not_found", message: "Not found" },
    }
}

error_catalog::error_catalog! {
    #[catalog(code = str, status = 500, help_url = "https://docs.example/%G1/{code}")]
    pub enum OtherError {
        NotFound { code: "not_found", message: "Not found" },
    }
}

error_catalog::error_catalog! {
    #[catalog(code = str, status = 500, help_url = "1docs:{code}")]
    pub enum ThirdError {
        NotFound { code: "not_found", message: "Not found" },
    }
}

fn main() {}
