error_catalog::error_catalog! {
    /// The crate path must be a path, not a string.
    #[catalog(code = u16, crate = "error_catalog")]
    pub enum KeyError {
        /// Not found.
        KeyNotFound { code: 40013, status: 400, message: "Key not found" },
    }
}

fn main() {}
