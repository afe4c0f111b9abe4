//! Items only generated code uses. Not public API: no stability promise.

pub use core;
pub use http::StatusCode;

#[cfg(feature = "axum")]
pub use crate::dialect::into_axum_response;
#[cfg(feature = "axum")]
pub use axum;

use crate::entry::StatusKind;
use crate::lookup::{CodeIndex, IntIndex, StrIndex};
use crate::{Action, CatalogInfo, Code, CodeKind, Entry, WireFormat};

/// The HTTP status `code`, which the macro has already checked to be 400-599.
#[must_use]
pub const fn status(code: u16) -> StatusCode {
    match StatusCode::from_u16(code) {
        Ok(status) => status,
        // Only reachable in const evaluation of a table the macro did not check: a compile error.
        Err(_) => panic!("error_catalog: HTTP status out of range"),
    }
}

/// Field-for-field source of an [`Entry`], so generated code can build one in a `static`.
#[derive(Debug)]
#[allow(missing_docs)]
pub struct RawEntry {
    pub variant: &'static str,
    pub code: Option<Code>,
    pub status: Option<StatusCode>,
    pub status_reported: bool,
    pub message: &'static str,
    pub message_json: &'static str,
    pub message_static: bool,
    pub code_text: &'static str,
    pub code_json_plain: bool,
    pub help_url_json_plain: bool,
    pub action: Action,
    pub log_only: bool,
    pub name: Option<&'static str>,
    pub key: Option<&'static str>,
    pub description: Option<&'static str>,
    pub solution: Option<&'static str>,
    pub category: Option<&'static str>,
    pub help_url: Option<&'static str>,
    pub notes: Option<&'static str>,
    pub fields: &'static [&'static str],
    pub translations: &'static [(&'static str, &'static str)],
}

/// Builds an [`Entry`] in const context: moves fields, computes nothing (a catalog of ten
/// thousand entries is evaluated in one `static` initializer).
#[must_use]
pub const fn entry(raw: RawEntry) -> Entry {
    Entry {
        variant: raw.variant,
        code: raw.code,
        status: raw.status,
        status_kind: if raw.status_reported {
            StatusKind::Reported
        } else {
            StatusKind::Response
        },
        message: raw.message,
        message_json: raw.message_json,
        message_static: raw.message_static,
        code_json_plain: raw.code_json_plain,
        help_url_json_plain: raw.help_url_json_plain,
        code_text: raw.code_text,
        action: raw.action,
        log_only: raw.log_only,
        name: raw.name,
        key: raw.key,
        description: raw.description,
        solution: raw.solution,
        category: raw.category,
        help_url: raw.help_url,
        notes: raw.notes,
        fields: raw.fields,
        translations: raw.translations,
    }
}

/// A perfect hash table over string keys, as the macro computed it.
#[must_use]
pub const fn str_index(
    seed: u64,
    pilots: &'static [u32],
    slots: &'static [(&'static str, u64, u64, u32)],
) -> StrIndex {
    StrIndex {
        seed,
        pilots,
        slots,
    }
}

/// A perfect hash table over integer keys, as the macro computed it.
#[must_use]
pub const fn int_index(
    seed: u64,
    pilots: &'static [u32],
    slots: &'static [(i64, u32)],
) -> IntIndex {
    IntIndex {
        seed,
        pilots,
        slots,
    }
}

/// Field-for-field source of a [`CatalogInfo`].
#[derive(Debug)]
#[allow(missing_docs)]
pub struct RawCatalog {
    pub id: &'static str,
    pub type_name: &'static str,
    pub doc: &'static str,
    pub code_kind: CodeKind,
    pub wire_format: WireFormat,
    pub locale: &'static str,
    pub entries: &'static [Entry],
    pub int_codes: Option<IntIndex>,
    pub str_codes: Option<StrIndex>,
    pub names: StrIndex,
}

/// Builds a [`CatalogInfo`] in const context.
#[must_use]
pub const fn catalog(raw: RawCatalog) -> CatalogInfo {
    let code_index = match (raw.int_codes, raw.str_codes) {
        (Some(index), _) => CodeIndex::Int(index),
        (None, Some(index)) => CodeIndex::Str(index),
        (None, None) => CodeIndex::Str(StrIndex::EMPTY_INDEX),
    };
    CatalogInfo {
        id: raw.id,
        type_name: raw.type_name,
        doc: raw.doc,
        code_kind: raw.code_kind,
        wire_format: raw.wire_format,
        locale: raw.locale,
        entries: raw.entries,
        code_index,
        name_index: raw.names,
    }
}

/// Turns a `source` field into `&dyn Error`, whether it is an error type or a boxed
/// `dyn Error` (which does not itself implement `Error`; method lookup derefs the box).
pub trait AsDynError<'a> {
    /// `self` as a trait object.
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'a);
}

impl<'a, T: core::error::Error + 'a> AsDynError<'a> for T {
    #[inline]
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'a) {
        self
    }
}

impl<'a> AsDynError<'a> for dyn core::error::Error + 'a {
    #[inline]
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'a) {
        self
    }
}

impl<'a> AsDynError<'a> for dyn core::error::Error + Send + 'a {
    #[inline]
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'a) {
        self
    }
}

impl<'a> AsDynError<'a> for dyn core::error::Error + Send + Sync + 'a {
    #[inline]
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'a) {
        self
    }
}
