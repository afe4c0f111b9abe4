// Using a deprecated entry warns (here denied, so the warning shows as an error); the
// generated code itself uses it without a warning.
#![deny(deprecated)]

error_catalog::error_catalog! {
    /// Errors of a vault.
    #[catalog(code = str)]
    pub enum VaultError {
        /// Replaced by `token_expired`.
        SessionExpired { code: "session_expired", status: 401, message: "Session expired", deprecated: "use `TokenExpired`" },
        /// The token expired.
        TokenExpired { code: "token_expired", status: 401, message: "Token expired" },
    }
}

fn main() {
    let _ = VaultError::TokenExpired;
    let _ = VaultError::SessionExpired;
    let _ = VaultErrorCode::SessionExpired;
}
