error_catalog::error_catalog! {
    #[catalog(code = str)]
    pub enum ApiError {
        NotFound { code: "", status: 404, message: "Not found" },
    }
}

fn main() {}
