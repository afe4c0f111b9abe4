//! Items only generated code uses. Not public API: no stability promise.

pub use core;
pub use http::StatusCode;

#[cfg(all(feature = "axum", not(any(feature = "tracing", feature = "metrics"))))]
pub use crate::dialect::into_axum_response;

/// The body of the generated `IntoResponse`: records the error (`observe::record`), then
/// renders it in `dialect` (the catalog's native one, or its `into_response` choice).
#[cfg(all(feature = "axum", any(feature = "tracing", feature = "metrics")))]
pub fn into_axum_response<E: crate::WireError + crate::CatalogError>(
    error: &E,
    dialect: &dyn crate::dialect::DynDialect,
) -> axum::response::Response {
    crate::observe::record(error);
    crate::dialect::into_axum_response(error, dialect)
}
#[cfg(feature = "axum")]
pub use axum;
#[cfg(feature = "tonic")]
pub use tonic;

use crate::dialect::{Dialect, DynDialect};
use crate::lookup::{CodeIndex, IntIndex, StrIndex};
use crate::{CatalogInfo, Code, CodeKind, Entry};
use core::any::Any;
use core::fmt;
use std::borrow::Cow;
use std::rc::Rc;
use std::sync::Arc;

/// What few entries declare that is neither a text nor a number: each distinct `EntryExtra`
/// is one named `const` of the catalog, written as the members it sets and `..NO_EXTRA`;
/// most entries name [`NO_EXTRA`]. Each `const` costs the compiler an evaluation of its own,
/// so what fits into [`entry`]'s other arguments goes there instead.
#[derive(Debug)]
pub struct EntryExtra {
    /// `(language tag, message)` pairs.
    pub translations: &'static [(&'static str, &'static str)],
    /// The `#[redact]` fields.
    pub redacted: &'static [&'static str],
}

/// No translations and no redacted fields.
pub const NO_EXTRA: &EntryExtra = &EntryExtra {
    translations: &[],
    redacted: &[],
};

/// An [`Entry`] from a row's arguments and its integer code's value (0 for a string code):
/// the numbers decoded in place (`error_catalog_contract::unpacked!`) rather than by calling
/// `Packed::unpack`, and no constructor calling another, since each call is a frame of the
/// compiler's const evaluation in every row of a table.
macro_rules! row_entry {
    (
        $code_text:expr, $message:expr, $help_url:expr, $names:expr, $packed:expr,
        $message_json:expr, $message_program:expr, $fields:expr, $extra:expr, $code_int:expr $(,)?
    ) => {
        error_catalog_contract::unpacked!(Entry, $packed, {
            names: $names,
            code_text: $code_text,
            message: $message,
            message_json: $message_json,
            message_program: $message_program,
            help_url: $help_url,
            fields: $fields,
            extra: $extra,
            code_int: $code_int,
        })
    };
}

/// Defines a row constructor, with the integer code's value as a last argument or without
/// one: a full row (see [`entry`]), or a `plain` one (see [`plain_entry`]).
macro_rules! row_constructor {
    ($(#[$attr:meta])* $name:ident($($value:ident)?) => $code_int:expr) => {
        $(#[$attr])*
        #[must_use]
        #[allow(clippy::too_many_arguments)]
        pub const fn $name(
            code_text: &'static str, message: &'static str, help_url: &'static str,
            names: &'static str, packed: u128,
            message_json: &'static str, message_program: &'static str,
            fields: &'static [&'static str], extra: &'static EntryExtra, $($value: i128,)?
        ) -> Entry {
            let json = if message_json.is_empty() {
                message
            } else {
                message_json
            };
            row_entry!(
                code_text, message, help_url, names, packed,
                json, message_program, fields, extra, $code_int,
            )
        }
    };
    ($(#[$attr:meta])* plain $name:ident($($value:ident)?) => $code_int:expr) => {
        $(#[$attr])*
        #[must_use]
        pub const fn $name(
            code_text: &'static str, message: &'static str, help_url: &'static str,
            names: &'static str, packed: u128, $($value: i128,)?
        ) -> Entry {
            row_entry!(
                code_text, message, help_url, names, packed,
                message, "", &[], NO_EXTRA, $code_int,
            )
        }
    };
}

row_constructor! {
    /// Builds an [`Entry`] in const context from the macro's positional, literal-only
    /// encoding: ten thousand entries are one `static` initializer, so each is a short call
    /// with no nested paths, and nothing here loops. Every argument costs the compiler type
    /// checking in every row, so the texts only accessors read are one (`names`: the variant,
    /// the vendor name, the key, then the description, solution, category, notes and
    /// deprecation note) and the small numbers another (`packed`), laid out as
    /// `error_catalog_contract::row` says. Empty optional text means absent; `message_json`
    /// empty means the message needs no escaping; `extra` holds the rest. Integer catalogs'
    /// rows are [`int_entry`]s.
    entry() => 0
}

row_constructor! {
    /// [`entry`] with the integer code's `value`, for the rows of integer catalogs: stored so
    /// that [`Entry::code`] reads it instead of parsing the decimal text.
    int_entry(value) => value
}

row_constructor! {
    /// [`entry`] for the common row, in its first five arguments rather than all nine: a
    /// message written as it is (no placeholder, nothing to escape for JSON), no typed fields,
    /// and neither translations nor redacted fields.
    plain plain_entry() => 0
}

row_constructor! {
    /// [`plain_entry`] with the integer code's `value` (see [`int_entry`]).
    plain plain_int_entry(value) => value
}

/// Bytes that start on a cache line: the slots of a lookup table, so that no slot read
/// depends on where the linker happened to put the literal (a byte string's own alignment is
/// one), and an integer table's 16-byte slots never straddle two lines. The macro writes
/// `{ const SLOTS: &Aligned<[u8]> = &Aligned(*b"..."); SLOTS }`.
#[repr(C, align(64))]
pub struct Aligned<T: ?Sized>(pub T);

/// A perfect hash table over string keys, as the macro computed it: `pilots` two bytes per
/// bucket, and slots as `error_catalog_contract::slot` lays them out, in `short` when every
/// key has at most 16 bytes and in `long` otherwise (the other is empty); `keys` holds the
/// keys longer than 32 bytes, one after the other.
#[must_use]
pub const fn str_index(
    seed: u64,
    pilots: &'static [u8],
    short: &'static Aligned<[u8]>,
    long: &'static Aligned<[u8]>,
    keys: &'static str,
) -> StrIndex {
    StrIndex {
        seed,
        pilots: pilots.as_chunks::<2>().0,
        short: short
            .0
            .as_chunks::<{ error_catalog_contract::slot::SHORT_SLOT }>()
            .0,
        long: long
            .0
            .as_chunks::<{ error_catalog_contract::slot::LONG_SLOT }>()
            .0,
        keys,
    }
}

/// A perfect hash table over integer keys, as the macro computed it (see [`str_index`]).
#[must_use]
pub const fn int_index(
    seed: u64,
    signed: bool,
    pilots: &'static [u8],
    slots: &'static Aligned<[u8]>,
) -> IntIndex {
    IntIndex {
        seed,
        signed,
        pilots: pilots.as_chunks::<2>().0,
        slots: slots
            .0
            .as_chunks::<{ error_catalog_contract::slot::INT_SLOT }>()
            .0,
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
    pub dialect: &'static &'static dyn DynDialect,
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
        dialect: raw.dialect,
        locale: raw.locale,
        entries: raw.entries,
        code_index,
        name_index: raw.names,
        members: &[],
        lock_path: crate::entry::text(raw.lock_path),
        retired: raw.retired,
    }
}

/// The const machinery of `compose_catalogs!`.
pub use crate::compose::{
    Conflict, check_pair, check_renames, code_kind, code_text, code_text_len, entries, entry_count,
    member,
};

/// Compiles only when `D` is a dialect: the macro calls it at the span of the path a catalog
/// names in `dialect = ...`, so the error points there.
#[inline]
pub const fn assert_dialect<D: Dialect>() {}

/// Builds the [`CatalogInfo`] of a composition in const context.
#[must_use]
pub const fn composed_catalog(
    id: &'static str,
    type_name: &'static str,
    doc: &'static str,
    dialect: &'static &'static dyn DynDialect,
    entries: &'static [Entry],
    members: &'static [crate::CatalogMember],
) -> CatalogInfo {
    CatalogInfo {
        id,
        type_name,
        doc,
        code_kind: code_kind(members),
        dialect,
        locale: crate::compose::locale(members),
        entries,
        code_index: CodeIndex::Composed,
        name_index: StrIndex::EMPTY_INDEX,
        members,
        lock_path: None,
        retired: &[],
    }
}

/// The catalog the macro's fallback expansion points `INFO` at when the catalog has errors: it
/// only has to type-check, since the crate does not compile.
pub static FALLBACK_CATALOG: CatalogInfo = catalog(RawCatalog {
    id: "",
    type_name: "",
    doc: "",
    code_kind: CodeKind::Str,
    dialect: &dialects::Problem,
    locale: "en",
    entries: &[],
    int_codes: None,
    str_codes: None,
    names: StrIndex::EMPTY_INDEX,
    lock_path: "",
    retired: &[],
});

/// A typed field as generated code hands it over: `Display` for the message and the field
/// visit, `Debug` for `{:?}`. Every type that has both is one (every field type is `'static`:
/// a catalog's enum has no lifetime parameter).
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the type of a typed field: it must implement `std::fmt::Display` and `std::fmt::Debug`",
    label = "the message, the wire and the field visit write this field with `Display`, `{{:?}}` with `Debug`"
)]
pub trait Field: fmt::Display + fmt::Debug {
    /// The field's `Display` text when its type is one of the standard string types
    /// (`String`, `&'static str`, `Box<str>`, `Cow<'static, str>`, `Arc<str>`, `Rc<str>`), so
    /// the dialects' writers copy it instead of formatting it; `None` for any other type.
    fn as_text(&self) -> Option<&str>;
}

impl<T: fmt::Display + fmt::Debug + 'static> Field for T {
    #[inline]
    fn as_text(&self) -> Option<&str> {
        // Each test is a comparison of two constant `TypeId`s once `T` is known, so the
        // compiler keeps at most one branch of this function for each field type.
        let any: &dyn Any = self;
        if let Some(text) = any.downcast_ref::<String>() {
            Some(text)
        } else if let Some(text) = any.downcast_ref::<&'static str>() {
            Some(text)
        } else if let Some(text) = any.downcast_ref::<Box<str>>() {
            Some(text)
        } else if let Some(text) = any.downcast_ref::<Cow<'static, str>>() {
            Some(text)
        } else if let Some(text) = any.downcast_ref::<Arc<str>>() {
            Some(text)
        } else if let Some(text) = any.downcast_ref::<Rc<str>>() {
            Some(text)
        } else {
            None
        }
    }
}

/// Stands in for a `#[redact]` field, which generated code never binds: written
/// `[redacted]` by `Debug`, never visited, named by no template.
pub const REDACTED: &dyn Field = &Redacted;

struct Redacted;

impl fmt::Display for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// The generated `Display`: the entry's message template with `fields` (the entry's typed
/// fields in declaration order) in its placeholders. The generated code keeps one `match`
/// that binds each variant's fields (`fields_of`), and everything else is this table-driven
/// code, so ten thousand entries compile to one match instead of three.
///
/// Like the `write!(f, "...{}...", field)` of a hand-written `Display`, it honours none of
/// `f`'s options (width, fill, precision): neither the message nor any field is padded or
/// cut (see `write_field`).
pub fn fmt_message(
    f: &mut fmt::Formatter<'_>,
    entry: &Entry,
    fields: &[&dyn Field],
) -> fmt::Result {
    let template = entry.message_template();
    if entry.is_message_static() {
        return f.write_str(template);
    }
    let rest = entry.message_program;
    if rest.is_empty() {
        // An entry the macro did not compile a program for: parse the template.
        let names = entry.fields();
        return crate::occurrence::render_template_with(template, f, |name, f| {
            match names.iter().position(|declared| *declared == name) {
                Some(index) if index < fields.len() => write_field(f, fields[index]),
                // The macro checked every placeholder against the fields.
                _ => Ok(()),
            }
        });
    }
    for_each_segment(entry, |segment| match segment {
        MessageSegment::Text(text) => f.write_str(text),
        MessageSegment::Field(index) => match fields.get(index) {
            Some(value) => write_field(f, *value),
            None => Ok(()),
        },
    })
}

/// Writes a field of a message as `{}` in a `write!` does, with none of `f`'s options: a
/// string field copied as it is, any other through its `Display` with a formatter of its
/// own (passing `f` along would pad or cut each field to the error's width or precision).
#[inline]
fn write_field(f: &mut fmt::Formatter<'_>, value: &dyn Field) -> fmt::Result {
    match value.as_text() {
        Some(text) => f.write_str(text),
        None => write!(f, "{value}"),
    }
}

/// One part of a message the macro compiled (`Entry::message_program`): literal text, or the
/// entry's typed field at an index of the declared fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MessageSegment {
    /// Text as it is written, braces unescaped.
    Text(&'static str),
    /// The field at this index, in declaration order.
    Field(usize),
}

/// Calls `visit` with each segment of `entry`'s compiled message in order, stopping at the
/// first error: the program is (text length, text, field) triples, each number one
/// character, so nothing is scanned. Visits nothing for an entry the macro compiled no
/// program for (see [`fmt_message`]).
#[inline]
pub(crate) fn for_each_segment<E>(
    entry: &Entry,
    mut visit: impl FnMut(MessageSegment) -> Result<(), E>,
) -> Result<(), E> {
    let mut rest = entry.message_program;
    while let Some((length, after)) = program_number(rest) {
        let Some((text, after)) = after.split_at_checked(length) else {
            break;
        };
        if !text.is_empty() {
            visit(MessageSegment::Text(text))?;
        }
        // A program that ends after a text (the macro writes none): the text was the last.
        let Some((field, after)) = program_number(after) else {
            break;
        };
        // A field number is one more than the index; 0 (after the last text) stands for none.
        if let Some(index) = field.checked_sub(1) {
            visit(MessageSegment::Field(index))?;
        }
        rest = after;
    }
    Ok(())
}

/// The number a message program's next character stands for, and the program after it.
#[inline(always)]
fn program_number(program: &str) -> Option<(usize, &str)> {
    let first = *program.as_bytes().first()?;
    if first < 0x80 {
        return Some((usize::from(first), program.get(1..)?));
    }
    let c = program.chars().next()?;
    Some((c as usize, program.get(c.len_utf8()..)?))
}

/// The generated `Debug` of a variant without a `source`: as `#[derive(Debug)]` writes it,
/// `#[redact]` fields as `[redacted]`.
pub fn fmt_debug(f: &mut fmt::Formatter<'_>, entry: &Entry, fields: &[&dyn Field]) -> fmt::Result {
    if fields.is_empty() {
        return f.write_str(entry.variant());
    }
    let mut debug = f.debug_struct(entry.variant());
    for (name, value) in entry.fields().iter().zip(fields) {
        debug.field(name, *value);
    }
    debug.finish()
}

/// The generated `for_each_field`: each typed field but the `#[redact]` ones, by name.
pub fn visit_fields(
    entry: &Entry,
    fields: &[&dyn Field],
    visit: &mut dyn FnMut(&'static str, &dyn fmt::Display),
) {
    let redacted = entry.redacted_fields();
    for (name, value) in entry.fields().iter().zip(fields) {
        if redacted.is_empty() || !redacted.contains(name) {
            visit(name, *value);
        }
    }
}

/// The built-in dialects as trait objects, one static each, named after the dialect's type.
/// A catalog's generated `INFO` holds a reference to its native dialect's static: the vtable
/// (and with it the dialect's render and parse code for a type-erased error) is then this
/// crate's. Taking `&Skms as &dyn DynDialect` in the catalog's crate, or copying the trait
/// object out of the static, built that vtable and its methods again in every crate that
/// declares catalogs (0.2 s of the bundled catalogs' release build). [`BUILTIN`] lists these
/// same objects.
///
/// [`BUILTIN`]: crate::dialect::BUILTIN
#[allow(non_upper_case_globals)]
pub mod dialects {
    use crate::dialect::{self, Dialect, DynDialect};

    /// [`dialect::Scms`].
    pub static Scms: &dyn DynDialect = &<dialect::Scms as Dialect>::DEFAULT;
    /// [`dialect::Skms`].
    pub static Skms: &dyn DynDialect = &<dialect::Skms as Dialect>::DEFAULT;
    /// [`dialect::ScaiVault`].
    pub static ScaiVault: &dyn DynDialect = &<dialect::ScaiVault as Dialect>::DEFAULT;
    /// [`dialect::Huawei`].
    pub static Huawei: &dyn DynDialect = &<dialect::Huawei as Dialect>::DEFAULT;
    /// [`dialect::AdobePass`].
    pub static AdobePass: &dyn DynDialect = &<dialect::AdobePass as Dialect>::DEFAULT;
    /// [`dialect::Problem`].
    pub static Problem: &dyn DynDialect = &<dialect::Problem as Dialect>::DEFAULT;
}

/// The traits a `source` field is turned into `&dyn Error` with. Generated code imports them
/// all and calls `source.as_dyn_error()`; method resolution picks exactly one:
/// an error type ([`AsDynError`](source::AsDynError)), else a boxed `dyn Error`
/// ([`BoxedDynError`](source::BoxedDynError), since `Box<dyn Error>` does not itself implement
/// `Error`), else [`NotAnErrorSource`](source::NotAnErrorSource), whose
/// unmet bound reports "`T` is not an error type" at the source type instead of naming these
/// traits.
pub mod source {
    /// An error type as a trait object.
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

    /// A boxed `dyn Error` as the trait object it holds.
    pub trait BoxedDynError<'a> {
        /// The boxed trait object.
        fn as_dyn_error(&self) -> &(dyn core::error::Error + 'a);
    }

    impl<'a> BoxedDynError<'a> for Box<dyn core::error::Error + 'a> {
        #[inline]
        fn as_dyn_error(&self) -> &(dyn core::error::Error + 'a) {
            &**self
        }
    }

    impl<'a> BoxedDynError<'a> for Box<dyn core::error::Error + Send + 'a> {
        #[inline]
        fn as_dyn_error(&self) -> &(dyn core::error::Error + 'a) {
            &**self
        }
    }

    impl<'a> BoxedDynError<'a> for Box<dyn core::error::Error + Send + Sync + 'a> {
        #[inline]
        fn as_dyn_error(&self) -> &(dyn core::error::Error + 'a) {
            &**self
        }
    }

    /// Implemented by no type: the bound that fails, with a plain message, when a `source`
    /// is not an error type.
    #[diagnostic::on_unimplemented(
        message = "`{Self}` is not an error type, so it cannot be an entry's `source`",
        label = "does not implement `std::error::Error`",
        note = "a `source` must implement `std::error::Error`, or be a `Box<dyn std::error::Error + Send + Sync>`; declare other values under `fields`"
    )]
    pub trait SourceIsError {}

    /// The last resort of method resolution (it is implemented for references, one autoref
    /// away, so the two traits above win whenever they apply).
    pub trait NotAnErrorSource<'a> {
        /// The source type.
        type Source: ?Sized;
        /// Never callable: `Self::Source` implements no [`SourceIsError`].
        fn as_dyn_error(&self) -> &(dyn core::error::Error + 'a)
        where
            Self::Source: SourceIsError;
    }

    impl<'a, T: ?Sized> NotAnErrorSource<'a> for &T {
        type Source = T;
        fn as_dyn_error(&self) -> &(dyn core::error::Error + 'a)
        where
            T: SourceIsError,
        {
            unreachable!("`SourceIsError` has no implementations")
        }
    }
}
