// The status of `secret_not_found` changed without `previously`.
// The lock is `ui-tests/lock/data/vault.lock`, which the ui driver copies to `locks/`
// in the directory where trybuild compiles this file.
error_catalog::error_catalog! {
    /// Errors of a vault.
    #[catalog(code = str, id = "vault", lock = "locks/vault.lock")]
    pub enum VaultError {
        /// Anything unexpected.
        Internal { code: "internal_error", status: 500, message: "Internal error", action: retry },
        /// Too many requests.
        RateLimited { code: "rate_limited", status: 429, message: "Slow down", action: retry-after },
        /// No such secret.
        SecretNotFound { code: "secret_not_found", status: 410, message: "Secret '{path}' not found", fields: { path: String } },
        /// The token expired.
        TokenExpired { code: "token_expired", status: 401, message: "Token expired", action: authentication },
    }
}

fn main() {}
