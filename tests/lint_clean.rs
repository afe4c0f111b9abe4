//! The expansion is lint-clean: these catalogs compile under the strictest lints a user
//! crate may set, and under `clippy::pedantic` when `cargo clippy` checks this file.

#![deny(warnings, missing_docs, unused_qualifications, unreachable_pub)]
#![deny(clippy::pedantic)]

/// Catalogs declared at module level, public, as a library would.
pub mod catalogs {
    error_catalog::error_catalog! {
        /// A string-coded catalog with every feature.
        #[catalog(code = str, dialect = scai_vault, status = 500, help_url = "https://docs.example/{code}", format = "*")]
        pub enum VaultError {
            /// A templated message with a field.
            SecretNotFound {
                code: "secret_not_found",
                status: 404,
                message: "Secret '{path}' not found",
                fields: {
                    /// The secret's path.
                    path: String,
                },
            },
            /// A default status and a source error.
            Storage {
                code: "storage_error",
                message: "Database or object store error",
                source: std::io::Error,
            },
            /// A boxed dynamic source.
            Backend {
                code: "backend_error",
                status: 502,
                message: "Backend failed: {reason}",
                fields: { reason: String },
                source: Box<dyn std::error::Error + Send + Sync>,
            },
            /// Escaped braces and a reported status.
            Delivery {
                code: "webhook_delivery_failed",
                status: reported(502),
                message: "Non-2xx {{from destination}}",
                action: retry,
            },
            /// A log-only entry.
            Audit {
                message: "audit record {id} dropped",
                log_only,
                fields: { id: u64 },
            },
        }
    }

    error_catalog::error_catalog! {
        /// An integer-coded catalog.
        #[catalog(code = u16, dialect = skms, action = none)]
        pub enum KeyError {
            /// Plain.
            KeyNotFound { code: 40013, status: 400, message: "Key not found in the keyVault" },
            /// Hex spelling.
            Internal { code: 0xC351, status: 500, message: "An unexpected error has occurred in the internal system" },
        }
    }

    error_catalog::error_catalog! {
        /// A catalog whose every entry has a field, so no fallback arm is generated.
        #[catalog(code = i32)]
        pub(crate) enum AllFields {
            /// Only entry.
            Only { code: -1, status: 400, message: "{a}", fields: { a: u8 } },
        }
    }
}

use catalogs::{KeyError, KeyErrorCode, VaultError, VaultErrorCode};

#[test]
fn the_linted_expansion_works() {
    let error = VaultError::SecretNotFound {
        path: "p".to_owned(),
    };
    assert_eq!(error.to_string(), "Secret 'p' not found");
    assert_eq!(
        KeyErrorCode::from_code(0xC351),
        Some(KeyErrorCode::Internal)
    );
    assert_eq!(KeyError::Internal.code(), 50001);
    assert_eq!(VaultErrorCode::ALL.len(), 5);
    let only = catalogs::AllFields::Only { a: 7 };
    assert_eq!(only.to_string(), "7");
    assert_eq!(only.code(), -1);
}
