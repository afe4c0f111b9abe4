error_catalog::error_catalog! {
    #[catalog(code = str, status = 500, format = "[A-Z+")]
    pub enum ApiError {
        NotFound { code: "NOT_FOUND", message: "Not found" },
    }
}

error_catalog::error_catalog! {
    #[catalog(code = str, status = 500, format = "+[a-z]")]
    pub enum OtherError {
        NotFound { code: "not_found", message: "Not found" },
    }
}

error_catalog::error_catalog! {
    #[catalog(code = str, status = 500, format = "[z-a]+")]
    pub enum ThirdError {
        NotFound { code: "not_found", message: "Not found" },
    }
}

fn main() {}
