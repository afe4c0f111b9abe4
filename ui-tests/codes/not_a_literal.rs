error_catalog::error_catalog! {
    #[catalog(code = u16)]
    pub enum ApiError {
        NotFound { code: NOT_FOUND, status: 404, message: "Not found" },
    }
}

fn main() {}
