//! A user's crate, as seen from outside the workspace: it reaches `error-catalog` only
//! through its public API, under the name `errcat` (a renamed dependency), so every catalog
//! says `crate = ::errcat`. Nothing here may name `error_catalog` or `__private`; the tests in
//! `tests/` check both.

#![deny(missing_docs)]

errcat::error_catalog! {
    /// Errors of a storage service.
    #[catalog(code = str, crate = ::errcat, dialect = scai_vault, help_url = "https://docs.example/errors/{code}")]
    pub enum StorageError {
        /// The object does not exist.
        ObjectNotFound {
            code: "object_not_found",
            status: 404,
            message: "Object '{key}' not found",
            fields: { key: String },
        },
        /// Too many requests.
        SlowDown {
            code: "slow_down",
            status: 429,
            message: "Reduce your request rate",
            action: retry-after,
        },
        /// The disk failed.
        Disk {
            code: "disk_error",
            status: 500,
            message: "The disk failed",
            source: std::io::Error,
        },
        /// Logged when the cache is cold.
        CacheCold { message: "cache cold for {key}", fields: { key: String }, log_only },
    }
}

errcat::error_catalog! {
    /// Integer codes, renamed crate, every type name chosen by the user.
    #[catalog(code = u32, crate = errcat, code_enum = KeyCode, status = 400)]
    pub enum KeyError {
        /// The key is not in the vault.
        KeyNotFound { code: 40013, message: "Key not found in the keyVault" },
        /// The key id is malformed.
        BadKeyId { code: 40014, status: 422, message: "Bad key id" },
    }
}

/// Reads an object, as a handler would, returning catalog errors with `?`.
///
/// # Errors
///
/// [`StorageError::ObjectNotFound`] for any key but `present`, [`StorageError::Disk`] for `broken`.
pub fn read_object(key: &str) -> Result<Vec<u8>, StorageError> {
    match key {
        "present" => Ok(b"data".to_vec()),
        "broken" => Err(std::io::Error::other("sector 7 unreadable"))?,
        _ => Err(StorageError::ObjectNotFound {
            key: key.to_owned(),
        }),
    }
}

errcat::compose_catalogs! {
    /// Both catalogs of this crate behind one type, the integer one under a prefix.
    #[catalog(crate = ::errcat, id = "service")]
    pub enum ServiceError {
        /// Storage errors, as they are.
        Storage(StorageError),
        /// Key errors, as `keys.<code>`.
        Keys(KeyError) { prefix: "keys." },
    }
}
