error_catalog::error_catalog! {
    #[catalog(code = u16)]
    pub enum ApiError {
        NotFound { code: 404, status: 404, message: "Not found" },
        CacheMiss { message: "Cache miss", log_only },
    }
}

fn send<E: error_catalog::WireError>(_: &E) {}

fn main() {
    send(&ApiError::NotFound);
    send(&ApiErrorLog::CacheMiss);
}
