// `previously` acknowledges a change against a lock; this catalog has none.
error_catalog::error_catalog! {
    /// Errors of a vault.
    #[catalog(code = str)]
    pub enum VaultError {
        /// Changed.
        Changed { code: "changed", status: 410, message: "Gone", previously: { status: 404 } },
    }
}

fn main() {}
