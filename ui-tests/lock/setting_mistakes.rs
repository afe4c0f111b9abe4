// Malformed stability settings and keys, reported in one compile.
error_catalog::error_catalog! {
    /// Errors of a vault.
    #[catalog(code = str, lock = errors, retired = "old_code")]
    pub enum VaultError {
        /// A note that is not a string.
        Internal { code: "internal_error", status: 500, message: "Internal error", deprecated: yes },
        /// `previously` without braces, and one that records a message.
        Other { code: "other", status: 500, message: "Other", previously: 500 },
        Third { code: "third", status: 500, message: "Third", previously: { message: "x" } },
    }
}

error_catalog::error_catalog! {
    /// `previously` without a lock means nothing.
    #[catalog(code = str, lock = "")]
    pub enum OtherError {
        /// Changed.
        Changed { code: "changed", status: 410, message: "Gone", previously: { status: 404 } },
    }
}

fn main() {}
