//! Stability: a catalog checked against its lock file (`tests/data/vault.lock`), with every
//! change the lock allows: a new entry, a renamed variant, an acknowledged status change, a
//! deprecation, and a code retired for good.

#![allow(deprecated)]

use error_catalog::Code;
use error_catalog::lock::Lock;

error_catalog::error_catalog! {
    /// The vault's errors, evolved since the lock was written.
    #[catalog(code = str, id = "vault", lock = "tests/data/vault.lock", retired = ["legacy_timeout"])]
    pub enum VaultError {
        /// Anything unexpected; now retried after a delay. Deprecated in favour of finer codes.
        Internal {
            code: "internal_error",
            status: 500,
            message: "Internal error",
            action: retry,
            deprecated: "use `StorageUnavailable`",
        },
        /// Too many requests.
        RateLimited { code: "rate_limited", status: 429, message: "Slow down", action: retry-after },
        /// No such secret: now 410, on purpose.
        SecretNotFound {
            code: "secret_not_found",
            status: 410,
            previously: { status: 404 },
            message: "Secret '{path}' not found",
            fields: { path: String, version: u32 },
        },
        /// Renamed in Rust (`TokenExpired` before); the wire code is the same.
        TokenHasExpired { code: "token_expired", status: 401, message: "Token expired", action: authentication },
        /// New since the lock: not an error.
        StorageUnavailable { code: "storage_unavailable", status: 503, message: "Storage unavailable", action: retry },
    }
}

#[test]
fn allowed_changes_compile_and_show_in_the_metadata() {
    let info = VaultErrorCode::INFO;
    assert!(
        info.lock_path()
            .is_some_and(|path| path.ends_with("tests/data/vault.lock"))
    );
    let mut retired: Vec<_> = info.retired().to_vec();
    retired.sort();
    assert_eq!(
        retired,
        [
            (Code::Str("legacy_timeout"), ""),
            (Code::Str("old_code"), "Old")
        ],
        "the catalog's own retired code and the lock's"
    );
    let internal = VaultErrorCode::Internal.entry();
    assert!(internal.is_deprecated());
    assert_eq!(
        internal.deprecation_note(),
        Some("use `StorageUnavailable`")
    );
    assert!(!VaultErrorCode::RateLimited.entry().is_deprecated());
    assert_eq!(
        VaultError::SecretNotFound {
            path: "a".into(),
            version: 2
        }
        .status(),
        http::StatusCode::GONE
    );
}

#[test]
fn the_lock_learns_the_deliberate_changes() {
    let text = VaultErrorCode::INFO.lock_text();
    let expected = "\
# error-catalog lock v1 for catalog `vault`
# Every published entry: codes are public API. The compiler checks the catalog against
# this file; `errcat lock` adds new entries and records deliberate changes.
code \"internal_error\" variant=Internal status=500 action=retry deprecated
code \"rate_limited\" variant=RateLimited status=429 action=retry-after
code \"secret_not_found\" variant=SecretNotFound status=410 action=none fields=path,version
code \"storage_unavailable\" variant=StorageUnavailable status=503 action=retry
code \"token_expired\" variant=TokenHasExpired status=401 action=authentication
retired \"legacy_timeout\"
retired \"old_code\" variant=Old
";
    assert_eq!(text, expected);
    let lock = Lock::parse(&text).expect("parses");
    assert_eq!(lock.render(), text, "stable across a round trip");
    assert_eq!(VaultErrorCode::INFO.lock_text(), text, "stable across runs");
    assert_eq!(VaultErrorCode::ALL.len(), 5);
}
