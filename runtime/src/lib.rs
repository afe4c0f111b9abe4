//! Declare an API error catalog once, in source, and get the rest generated and checked at
//! compile time: typed error enums, HTTP status mapping, `Display` text, code lookup, static
//! metadata and vendor wire formats.
//!
//! ```
//! error_catalog::error_catalog! {
//!     /// Errors of the Scai vault API.
//!     #[catalog(code = str, dialect = scai_vault)]
//!     pub enum VaultError {
//!         /// Returned when a secret path does not exist.
//!         SecretNotFound {
//!             code: "secret_not_found",
//!             status: 404,
//!             message: "Secret '{path}' not found",
//!             fields: { path: String },
//!         },
//!         /// Too many requests from this caller.
//!         RateLimited {
//!             code: "rate_limited",
//!             status: 429,
//!             message: "Caller-specific rate limit",
//!             action: retry-after,
//!         },
//!     }
//! }
//!
//! let error = VaultError::SecretNotFound { path: "prod/db".into() };
//! assert_eq!(error.to_string(), "Secret 'prod/db' not found");
//! assert_eq!(error.status(), http::StatusCode::NOT_FOUND);
//! assert_eq!(error.code(), "secret_not_found");
//! assert_eq!(VaultErrorCode::from_code("rate_limited"), Some(VaultErrorCode::RateLimited));
//! assert!(VaultErrorCode::RateLimited.action().is_retryable());
//! ```
//!
//! See the README for the grammar of the macro and the generated API.

mod action;
mod catalog;
mod code;
mod entry;
pub mod lookup;
mod wire_format;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use action::{Action, UnknownAction};
pub use catalog::{Catalog, CatalogError, CatalogInfo, WireError};
pub use code::{Code, CodeKind};
pub use entry::{Entry, StatusKind};
pub use wire_format::{UnknownWireFormat, WireFormat};

/// Declares an error catalog. See the crate documentation and the README for the grammar.
pub use error_catalog_macros::error_catalog;

/// Implements `axum::response::IntoResponse` for a generated wire error type when the
/// runtime's `axum` feature is on; expands to nothing otherwise. Emitted by the macro.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_into_response {
    ($ty:ty) => {};
}
