error_catalog::error_catalog! {
    #[catalog(code = u16)]
    pub enum ApiError {
        /// The secret is missing.
        #[cfg(feature = "vault")]
        NotFound { code: 404, status: 404, message: "Not found" },
    }
}

fn main() {}
