//! Declares a small catalog and uses it the way a service and its client would.
//!
//! Run with `cargo run --example quickstart`.

use error_catalog::Catalog;

error_catalog::error_catalog! {
    /// Errors of a small secrets service.
    #[catalog(code = str, dialect = scai_vault, status = 500, help_url = "https://docs.example/errors/{code}")]
    pub enum VaultError {
        /// The secret path does not exist.
        SecretNotFound {
            code: "secret_not_found",
            status: 404,
            message: "Secret '{path}' not found",
            fields: { path: String },
        },
        /// The caller sent too many requests.
        RateLimited {
            code: "rate_limited",
            status: 429,
            message: "Caller-specific rate limit",
            action: retry-after,
        },
        /// The storage layer failed; the cause stays in `source()`.
        Storage {
            code: "storage_error",
            message: "Database or object store error",
            source: std::io::Error,
        },
        /// Noted in the service's log, never sent.
        CacheMiss {
            message: "cache miss for '{path}'",
            log_only,
            fields: { path: String },
        },
    }
}

/// A handler: any `std::io::Error` converts with `?`.
fn read_secret(path: &str) -> Result<String, VaultError> {
    if path.starts_with("missing/") {
        return Err(VaultError::SecretNotFound {
            path: path.to_owned(),
        });
    }
    let value = std::fs::read_to_string("/nonexistent/vault/storage")?;
    Ok(value)
}

fn main() {
    for path in ["missing/db", "prod/db"] {
        match read_secret(path) {
            Ok(value) => println!("{path}: {value}"),
            Err(error) => println!(
                "{path}: {} {} `{}`: {error} (action: {}, docs: {})",
                error.status().as_u16(),
                error.status().canonical_reason().unwrap_or(""),
                error.code(),
                error.action(),
                error.entry().help_url().unwrap_or("-"),
            ),
        }
    }

    // Log-only entries render like any error but have no status and no wire form.
    let miss = VaultErrorLog::CacheMiss {
        path: "prod/db".into(),
    };
    println!("log: {miss}");

    // A client reading a vendor's code back:
    let code = VaultErrorCode::from_code("rate_limited");
    println!(
        "`rate_limited` is {code:?}, retryable: {}",
        code.is_some_and(|c| c.action().is_retryable())
    );

    // Generic code walks any catalog through its static metadata.
    for entry in VaultErrorCode::INFO.entries() {
        println!(
            "{:<20} {:>4} {}",
            entry.variant(),
            entry
                .status()
                .map_or("log".to_owned(), |s| s.as_u16().to_string()),
            entry.message_template()
        );
    }
    assert_eq!(
        VaultErrorCode::ALL.len(),
        VaultErrorCode::INFO.entries().len()
    );
    assert_eq!(
        <VaultErrorCode as Catalog>::lookup("storage_error"),
        Some(VaultErrorCode::Storage)
    );
}
