// The lock path names a directory (`locks/`, where the ui driver copies the lock files).
error_catalog::error_catalog! {
    /// Errors of a vault.
    #[catalog(code = str, id = "vault", lock = "locks")]
    pub enum VaultError {
        /// No such secret.
        SecretNotFound { code: "secret_not_found", status: 404, message: "Secret not found" },
    }
}

fn main() {}
