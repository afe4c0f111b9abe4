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

use error_catalog_contract::flag;

const fn text(value: &'static str) -> Option<&'static str> {
    if value.is_empty() { None } else { Some(value) }
}

/// Builds an [`Entry`] in const context from the macro's positional, literal-only encoding:
/// ten thousand entries are one `static` initializer, so each is a short call with no
/// nested paths, and nothing here loops. Empty optional text means absent; `status` 0 means
/// none; `message_json` empty means the message needs no escaping.
#[must_use]
#[allow(clippy::too_many_arguments)]
pub const fn entry(
    variant: &'static str,
    code_text: &'static str,
    code_int: i64,
    flags: u8,
    status_code: u16,
    action: u8,
    message: &'static str,
    message_json: &'static str,
    name: &'static str,
    key: &'static str,
    description: &'static str,
    solution: &'static str,
    category: &'static str,
    help_url: &'static str,
    notes: &'static str,
    fields: &'static [&'static str],
    translations: &'static [(&'static str, &'static str)],
    deprecated: &'static str,
) -> Entry {
    Entry {
        variant,
        code: match ((flags & flag::HAS_CODE != 0), (flags & flag::CODE_INT != 0)) {
            (false, _) => None,
            (true, true) => Some(Code::Int(code_int)),
            (true, false) => Some(Code::Str(code_text)),
        },
        status: if status_code == 0 {
            None
        } else {
            Some(status(status_code))
        },
        status_kind: if flags & flag::REPORTED != 0 {
            StatusKind::Reported
        } else {
            StatusKind::Response
        },
        message,
        message_json: if message_json.is_empty() {
            message
        } else {
            message_json
        },
        message_static: (flags & flag::MESSAGE_STATIC != 0),
        code_json_plain: (flags & flag::CODE_JSON_PLAIN != 0),
        help_url_json_plain: (flags & flag::HELP_URL_JSON_PLAIN != 0),
        code_text,
        // Numbered as `error_catalog_contract::ACTIONS`; `Action::ALL` follows that order.
        action: if (action as usize) < Action::ALL.len() {
            Action::ALL[action as usize]
        } else {
            Action::None
        },
        log_only: (flags & flag::LOG_ONLY != 0),
        name: text(name),
        key: text(key),
        description: text(description),
        solution: text(solution),
        category: text(category),
        help_url: text(help_url),
        notes: text(notes),
        fields,
        translations,
        deprecated: if flags & flag::DEPRECATED != 0 {
            Some(deprecated)
        } else {
            None
        },
    }
}

/// A perfect hash table over string keys, as the macro computed it.
#[must_use]
pub const fn str_index(
    seed: u64,
    pilots: &'static [u16],
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
    pilots: &'static [u16],
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
    pub lock_path: &'static str,
    pub retired: &'static [(Code, &'static str)],
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
        members: &[],
        lock_path: text(raw.lock_path),
        retired: raw.retired,
    }
}

/// The const machinery of `compose_catalogs!`.
pub use crate::compose::{
    Conflict, check_pair, check_renames, code_kind, code_text, code_text_len, entries, entry_count,
    member,
};

/// Builds the [`CatalogInfo`] of a composition in const context.
#[must_use]
pub const fn composed_catalog(
    id: &'static str,
    type_name: &'static str,
    doc: &'static str,
    wire_format: WireFormat,
    entries: &'static [Entry],
    members: &'static [crate::CatalogMember],
) -> CatalogInfo {
    CatalogInfo {
        id,
        type_name,
        doc,
        code_kind: code_kind(members),
        wire_format,
        locale: crate::compose::locale(members),
        entries,
        code_index: CodeIndex::Composed,
        name_index: StrIndex::EMPTY_INDEX,
        members,
        lock_path: None,
        retired: &[],
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
