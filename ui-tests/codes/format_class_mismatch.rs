error_catalog::error_catalog! {
    #[catalog(code = str, status = 500, format = "[A-Z][A-Z0-9_]+")]
    pub enum ApiError {
        NotFound { code: "NOT_FOUND", message: "Not found" },
        Gone { code: "Gone", message: "Gone" },
    }
}

fn main() {}
