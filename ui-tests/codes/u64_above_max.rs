error_catalog::error_catalog! {
    #[catalog(code = u64)]
    pub enum ApiError {
        NotFound { code: 18446744073709551616, status: 404, message: "Not found" },
    }
}

fn main() {}
