error_catalog::error_catalog! {
    #[catalog(code = u16)]
    pub enum ApiError {
        NotFound { code: 404, status: not_found, message: "Not found" },
    }
}

fn main() {}
