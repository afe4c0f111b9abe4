//! Recording errors where services watch them: a structured `tracing` event (feature
//! `tracing`) and a `metrics` counter (feature `metrics`), from one call.
//!
//! ```
//! use error_catalog::observe::{self, Emit};
//!
//! error_catalog::error_catalog! {
//!     /// Errors of the Scai vault API.
//!     #[catalog(code = str, id = "scai_vault")]
//!     pub enum VaultError {
//!         /// The storage backend failed.
//!         Backend {
//!             code: "backend_failed",
//!             status: 503,
//!             message: "Storage backend {backend} failed",
//!             fields: { backend: String, #[redact] token: String },
//!         },
//!         /// Logged only: the cache had nothing.
//!         CacheMiss { message: "cache miss for {path}", fields: { path: String }, log_only },
//!     }
//! }
//!
//! let error = VaultError::Backend { backend: "s3".into(), token: "hunter2".into() };
//! // An ERROR event: catalog, code, variant, status, `backend` as its own field; never the token.
//! observe::record_with(&error, Some("req_1"));
//! // Log-only entries exist to be logged: the same call, or the method.
//! VaultErrorLog::CacheMiss { path: "prod/db".into() }.emit();
//! ```
//!
//! The event's target is `error_catalog`; its level is the entry's
//! [`Entry::log_level`](crate::Entry::log_level). Its fields:
//!
//! | field | value |
//! | --- | --- |
//! | `message` | the error's `Display` text |
//! | `catalog` | the catalog id (`scai_vault`) |
//! | `code` | the wire code: an integer for integer catalogs (absent for a log-only entry without one) |
//! | `variant` | the Rust variant name |
//! | `key` | the vendor's key, when the entry has one |
//! | `action` | the remediation hint (`retry-after`) |
//! | `status` | the HTTP status, as an integer (absent for log-only entries) |
//! | `source` | the `Error::source` chain, joined with `: ` |
//! | `request_id` | the request id given to [`record_with`] |
//! | each typed field | its `Display` text, under its own name (`field.<name>` if the name is one of the above); `#[redact]` fields are left out |

#[cfg(feature = "metrics")]
mod count;
#[cfg(feature = "tracing")]
mod trace;

use core::error::Error;

use crate::CatalogError;

#[cfg(feature = "metrics")]
pub use count::ERRORS_TOTAL;

/// Records `error`: a `tracing` event and a `metrics` counter increment, as the enabled
/// features allow. Works for wire and log-only errors alike.
#[inline]
pub fn record<E: CatalogError + Error + ?Sized>(error: &E) {
    record_with(error, None);
}

/// [`record`], with the id of the request the error answers.
pub fn record_with<E: CatalogError + Error + ?Sized>(error: &E, request_id: Option<&str>) {
    #[cfg(feature = "tracing")]
    trace::event(error, request_id);
    #[cfg(not(feature = "tracing"))]
    let _ = request_id;
    #[cfg(feature = "metrics")]
    count::increment(error);
}

/// `error.emit()`: the method form of [`record`], for every generated error type, wire and
/// log-only. Log-only entries exist to be logged; this is how.
pub trait Emit: CatalogError + Error {
    /// Records this error ([`record`]).
    fn emit(&self) {
        record(self);
    }

    /// Records this error for the request `request_id` ([`record_with`]).
    fn emit_with(&self, request_id: Option<&str>) {
        record_with(self, request_id);
    }
}

impl<E: CatalogError + Error + ?Sized> Emit for E {}
