error_catalog::error_catalog! {
    #[catalog(code = u16)]
    pub enum ApiError {
        NotFound { code: 404, status: 404, message: "Not found", grpc: not-fuond },
        Gone { code: 410, status: 410, message: "Gone", grpc: NOT_THERE },
    }
}

fn main() {}
