error_catalog::error_catalog! {
    #[catalog(code = u16)]
    pub enum ApiError {
        NotFound { code: 404, status: 404, message: "Secret '{path}' not found", fields: { path: String, path: String } },
    }
}

fn main() {}
