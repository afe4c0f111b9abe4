error_catalog::error_catalog! {
    #[catalog(code = u16)]
    pub enum ApiError {
        NotFound { code: 404, status: 404, message: "Not found", grpc: OK },
    }
}

fn main() {}
