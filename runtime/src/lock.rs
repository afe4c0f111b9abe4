//! Lock files: the record of a catalog's published codes that the macro checks the catalog
//! against at compile time (`#[catalog(lock = "errors/vault.lock")]`). See the README's
//! "Stability".
//!
//! [`CatalogInfo::lock_text`] renders a catalog's lock; [`Lock::parse`] reads one back, for
//! tools that compare two locks.
//!
//! ```
//! use error_catalog::lock::Lock;
//!
//! error_catalog::error_catalog! {
//!     /// Errors of a key service.
//!     #[catalog(code = u16)]
//!     pub enum KeyError {
//!         /// The key is not in the vault.
//!         KeyNotFound { code: 40013, status: 400, message: "Key not found in the keyVault" },
//!     }
//! }
//!
//! let text = KeyErrorCode::INFO.lock_text();
//! assert!(text.contains("code 40013 variant=KeyNotFound status=400 action=none\n"));
//! let lock = Lock::parse(&text)?;
//! assert_eq!(lock.catalog, "key_error");
//! assert_eq!(lock.render(), text);
//! # Ok::<(), error_catalog::lock::LockError>(())
//! ```

pub use error_catalog_contract::lock::{
    Lock, LockCode, LockError, LockStatus, LockedEntry, Retired,
};

use crate::{CatalogInfo, Code, Entry, StatusKind};

fn lock_code(code: Code) -> LockCode {
    match code {
        Code::Int(value) => LockCode::Int(value),
        Code::Str(text) => LockCode::Str(text.to_owned()),
    }
}

fn locked(entry: &Entry) -> LockedEntry {
    LockedEntry {
        code: entry.code().map(lock_code),
        variant: entry.variant().to_owned(),
        status: entry.status().map(|status| LockStatus {
            code: status.as_u16(),
            reported: entry.status_kind() == StatusKind::Reported,
        }),
        action: entry.action().as_str().to_owned(),
        log_only: entry.is_log_only(),
        fields: entry.fields().iter().map(|f| (*f).to_owned()).collect(),
        deprecated: entry.is_deprecated(),
    }
}

/// The lock of `info`, as the catalog stands.
pub(crate) fn of_catalog(info: &CatalogInfo) -> Lock {
    Lock {
        catalog: info.id().to_owned(),
        entries: info.entries().iter().map(locked).collect(),
        retired: info
            .retired()
            .iter()
            .map(|(code, variant)| Retired {
                code: lock_code(*code),
                variant: (*variant).to_owned(),
            })
            .collect(),
    }
}
