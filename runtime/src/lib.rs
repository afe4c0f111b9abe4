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
//!
//! # Derives and attributes
//!
//! Attributes on the catalog other than `#[catalog(...)]` (doc comments, `#[derive(...)]`,
//! `#[serde(...)]`, `#[non_exhaustive]`...) go to the error enum only. The log-only enum gets
//! none; the code enum always derives `Clone`, `Copy`, `PartialEq`, `Eq`, `PartialOrd`,
//! `Ord` and `Hash`. `Debug`, `Display` and `Error` are generated, so deriving them is a
//! compile error. A derive needs every field and `source` type to support it (`std::io::Error`
//! is not `Clone`).
//!
//! ```
//! error_catalog::error_catalog! {
//!     /// Errors of a small service.
//!     #[catalog(code = u16, status = 500)]
//!     #[derive(Clone, PartialEq)]
//!     pub enum ApiError {
//!         /// The secret is missing.
//!         NotFound { code: 404, status: 404, message: "'{path}' not found", fields: { path: String } },
//!     }
//! }
//!
//! let error = ApiError::NotFound { path: "a".into() };
//! assert_eq!(error.clone(), error);
//! ```

#![deny(missing_docs)]
// One `unsafe` block, in `dialect::pieces`, allowed there alone.
#![deny(unsafe_code)]

mod action;
mod catalog;
mod code;
mod compose;
pub mod dialect;
mod entry;
#[cfg(feature = "tonic")]
pub mod grpc;
mod grpc_code;
pub mod language;
mod level;
pub mod lock;
mod lookup;
#[cfg(any(feature = "tracing", feature = "metrics"))]
pub mod observe;
mod occurrence;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use action::{Action, UnknownAction};
pub use catalog::{Catalog, CatalogError, CatalogInfo, WireError};
pub use code::{Code, CodeKind};
pub use compose::CatalogMember;
pub use entry::{Entry, StatusKind};
pub use grpc_code::GrpcCode;
pub use level::LogLevel;
pub use occurrence::{DynOccurrence, LogOnlyEntry, NotOnWire, Occurrence};

/// Declares an error catalog. See the crate documentation and the README for the grammar.
pub use error_catalog_macros::error_catalog;

/// Composes several catalogs, possibly from other crates, into one error type and one code
/// type, with duplicate wire codes across them caught at compile time. See the README's
/// "Composing catalogs".
///
/// ```
/// use error_catalog::{Catalog, Code};
///
/// error_catalog::error_catalog! {
///     /// The platform's errors, shared by every product.
///     #[catalog(code = str)]
///     pub enum BaseError {
///         /// Not authenticated.
///         Unauthenticated { code: "unauthenticated", status: 401, message: "Authenticate first" },
///         /// Anything unexpected.
///         Internal { code: "internal", status: 500, message: "Internal error", action: retry },
///     }
/// }
///
/// error_catalog::error_catalog! {
///     /// Billing's own errors.
///     #[catalog(code = str)]
///     pub enum BillingOwnError {
///         /// No such invoice.
///         InvoiceNotFound { code: "invoice_not_found", status: 404, message: "No such invoice" },
///         /// The ledger failed: the same code as the base's, so it goes under a prefix.
///         Internal { code: "internal", status: 500, message: "Ledger failed" },
///     }
/// }
///
/// error_catalog::compose_catalogs! {
///     /// Everything billing returns.
///     pub enum BillingError {
///         /// The platform's errors, as they are.
///         Base(BaseError),
///         /// Billing's own, under `billing.`.
///         Billing(BillingOwnError) { prefix: "billing." },
///     }
/// }
///
/// fn charge(invoice: &str) -> Result<(), BillingError> {
///     if invoice.is_empty() {
///         Err(BaseError::Unauthenticated)?;
///     }
///     Err(BillingOwnError::InvoiceNotFound)?
/// }
///
/// let error = charge("inv_1").unwrap_err();
/// assert_eq!(error.code(), Code::Str("billing.invoice_not_found"));
/// assert_eq!(error.status(), http::StatusCode::NOT_FOUND);
/// assert!(matches!(error, BillingError::Billing(BillingOwnError::InvoiceNotFound)));
/// assert_eq!(
///     BillingErrorCode::from_code("internal"),
///     Some(BillingErrorCode::Base(BaseErrorCode::Internal))
/// );
/// assert_eq!(
///     BillingErrorCode::from_code("billing.internal"),
///     Some(BillingErrorCode::Billing(BillingOwnErrorCode::Internal))
/// );
/// assert_eq!(BillingErrorCode::ALL.len(), 4);
/// ```
pub use error_catalog_macros::compose_catalogs;

/// Implements `axum::response::IntoResponse` for a generated wire error type when the
/// runtime's `axum` feature is on; expands to nothing otherwise. Emitted by the macro unless
/// the catalog says `into_response = none`.
///
/// The response is the error in its catalog's native dialect, or the dialect the catalog
/// names with `into_response = ...`, with default settings and an empty
/// [`dialect::Context`]: `IntoResponse` does not see the request, so Adobe Pass errors are
/// JSON (never XML) and carry no request id. Render with the [`dialect`] API directly for
/// XML or a request id.
///
/// With the `tracing` or `metrics` feature on as well, the response records the error
/// first (`observe::record`).
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
    ($ty:ty, static $dialect:path) => {
        #[automatically_derived]
        impl $crate::__private::axum::response::IntoResponse for $ty {
            fn into_response(self) -> $crate::__private::axum::response::Response {
                $crate::__private::into_axum_response(&self, $dialect)
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
    ($ty:ty, static $dialect:path) => {};
    ($ty:ty, $dialect:path) => {};
}

/// Implements `From<Type> for tonic::Status` for a generated wire error type when the
/// runtime's `tonic` feature is on ([`grpc::to_status`]), so `?` works in a tonic service;
/// expands to nothing otherwise. Emitted by the macro.
#[cfg(feature = "tonic")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_into_status {
    ($ty:ty) => {
        #[automatically_derived]
        impl ::core::convert::From<$ty> for $crate::__private::tonic::Status {
            fn from(error: $ty) -> Self {
                $crate::grpc::to_status(&error)
            }
        }
    };
}

/// Implements `From<Type> for tonic::Status` when the runtime's `tonic` feature is on;
/// expands to nothing otherwise. Emitted by the macro.
#[cfg(not(feature = "tonic"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_into_status {
    ($ty:ty) => {};
}
