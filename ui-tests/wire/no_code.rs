error_catalog::error_catalog! {
    #[catalog(code = u16)]
    pub enum ApiError {
        NotFound { status: 404, message: "Not found" },
    }
}

fn main() {}
