error_catalog::error_catalog! {
    pub enum ApiError {
        NotFound { code: 404, status: 404, message: "Not found" },
    }
}

fn main() {}
