// The lock file has a status that is not a status.
error_catalog::error_catalog! {
    /// Errors of a vault.
    #[catalog(code = str, id = "vault", lock = "locks/malformed.lock")]
    pub enum VaultError {
        /// Anything unexpected.
        Internal { code: "internal_error", status: 500, message: "Internal error", action: retry },
    }
}

fn main() {}
