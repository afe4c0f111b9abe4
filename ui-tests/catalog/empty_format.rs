error_catalog::error_catalog! {
    #[catalog(code = str, format = "")]
    pub enum ApiError {
        NotFound { code: "not_found", status: 404, message: "Not found" },
    }
}

fn main() {}
