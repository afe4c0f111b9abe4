error_catalog::error_catalog! {
    #[catalog(code = u16)]
    pub enum ApiError {
        NotFound { code: 404, status: 404, message: "Not found" },
        CacheMiss { message: "Cache miss", grpc: internal, log_only },
    }
}

fn main() {}
