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
//! See the README for the grammar of the macro and the generated API, and [`dialect`] for
//! rendering errors as the vendors' HTTP responses and parsing those responses back.

mod action;
mod catalog;
mod code;
pub mod dialect;
mod entry;
pub mod lookup;
mod occurrence;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use action::{Action, UnknownAction};
pub use catalog::{Catalog, CatalogError, CatalogInfo, WireError};
pub use code::{Code, CodeKind};
pub use entry::{Entry, StatusKind};
pub use occurrence::{DynOccurrence, LogOnlyEntry, NotOnWire, Occurrence};

/// Declares an error catalog. See the crate documentation and the README for the grammar.
pub use error_catalog_macros::error_catalog;

/// Implements `axum::response::IntoResponse` for a generated wire error type when the
/// runtime's `axum` feature is on; expands to nothing otherwise. Emitted by the macro unless
/// the catalog says `into_response = none`.
///
/// The response is the error in its catalog's native dialect, or the dialect the catalog
/// names with `into_response = ...`, with default settings and an empty
/// [`dialect::Context`]: `IntoResponse` does not see the request, so Adobe Pass errors are
/// JSON (never XML) and carry no request id. Render with the [`dialect`] API directly for
/// XML or a request id.
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_into_response {
    ($ty:ty) => {
        #[automatically_derived]
        impl $crate::__private::axum::response::IntoResponse for $ty {
            fn into_response(self) -> $crate::__private::axum::response::Response {
                $crate::__private::into_axum_response(
                    &self,
                    $crate::WireError::catalog(&self).dialect(),
                )
            }
        }
    };
    ($ty:ty, $dialect:path) => {
        #[automatically_derived]
        impl $crate::__private::axum::response::IntoResponse for $ty {
            fn into_response(self) -> $crate::__private::axum::response::Response {
                $crate::__private::into_axum_response(
                    &self,
                    &<$dialect as $crate::dialect::Dialect>::DEFAULT,
                )
            }
        }
    };
}

/// Implements `axum::response::IntoResponse` for a generated wire error type when the
/// runtime's `axum` feature is on; expands to nothing otherwise. Emitted by the macro.
#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_into_response {
    ($ty:ty) => {};
    ($ty:ty, $dialect:path) => {};
}
