//! The `metrics` counter of recorded errors.

use crate::{Catalog, CatalogError};

/// The counter [`record`](super::record) increments, labelled `catalog` (the catalog id),
/// `code` (the wire code, or the variant name of a log-only entry without one) and `status`
/// (the HTTP status, `none` for a log-only entry).
pub const ERRORS_TOTAL: &str = "error_catalog_errors_total";

pub(super) fn increment<E: CatalogError + ?Sized>(error: &E) {
    let entry = error.entry();
    let catalog = <E::Code as Catalog>::INFO.id();
    let code = if entry.code_text.is_empty() {
        entry.variant()
    } else {
        entry.code_text
    };
    let status = match entry.status() {
        Some(status) => metrics::SharedString::from(status.as_u16().to_string()),
        None => metrics::SharedString::const_str("none"),
    };
    metrics::counter!(ERRORS_TOTAL, "catalog" => catalog, "code" => code, "status" => status)
        .increment(1);
}
