//! The traits generated types implement, so code can walk any catalog generically.

use core::fmt;
use core::hash::Hash;

use http::StatusCode;

use crate::compose::{self, CatalogMember};
use crate::dialect::DynDialect;
use crate::lookup::CodeIndex;
use crate::lookup::StrIndex;
use crate::{Code, CodeKind, Entry};

/// Static description of a whole catalog: its entries and lookup indexes.
///
/// Every generated code enum exposes one as [`Catalog::INFO`]; it is plain data, so tools
/// such as `errcat` hold a list of `&'static CatalogInfo` without naming the types.
#[derive(Debug)]
pub struct CatalogInfo {
    pub(crate) id: &'static str,
    pub(crate) type_name: &'static str,
    pub(crate) doc: &'static str,
    pub(crate) code_kind: CodeKind,
    /// Behind a reference to a `static`, so a catalog's crate refers to the dialect's
    /// vtable rather than building its own (see `__private::dialects`).
    pub(crate) dialect: &'static &'static dyn DynDialect,
    pub(crate) locale: &'static str,
    pub(crate) entries: &'static [Entry],
    pub(crate) code_index: CodeIndex,
    pub(crate) name_index: StrIndex,
    /// The members of a composition; empty for a catalog declared with `error_catalog!`.
    pub(crate) members: &'static [CatalogMember],
    pub(crate) lock_path: Option<&'static str>,
    pub(crate) retired: &'static [(Code, &'static str)],
}

impl CatalogInfo {
    /// The catalog's short identifier (`scai_vault`), as tools and URLs name it.
    #[must_use]
    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// The name of the generated error type (`VaultError`).
    #[must_use]
    pub const fn type_name(&self) -> &'static str {
        self.type_name
    }

    /// The catalog's doc comment.
    #[must_use]
    pub const fn doc(&self) -> &'static str {
        self.doc
    }

    /// Whether codes are integers or strings.
    #[must_use]
    pub const fn code_kind(&self) -> CodeKind {
        self.code_kind
    }

    /// The catalog's native dialect (`#[catalog(dialect = ...)]`, RFC 9457 problem details
    /// by default), with its default settings: the wire format its errors render in unless
    /// told otherwise. [`name`](DynDialect::name) gives its name.
    #[must_use]
    pub const fn dialect(&self) -> &'static dyn DynDialect {
        *self.dialect
    }

    /// The language tag of the catalog's messages (`en`, `zh-CN`).
    #[must_use]
    pub const fn locale(&self) -> &'static str {
        self.locale
    }

    /// Every entry, in declaration order.
    #[must_use]
    pub const fn entries(&self) -> &'static [Entry] {
        self.entries
    }

    /// The position of the entry whose code is `code` in the wire's text form
    /// (`"40013"` for an integer catalog, `"SCM.0005"` for a string one).
    #[inline]
    #[must_use]
    pub fn find_code(&self, code: &str) -> Option<usize> {
        if let CodeIndex::Composed = self.code_index {
            return compose::find_code(self.members, code);
        }
        self.code_index.find_text(code)
    }

    /// The position of the entry whose integer code is `code`; `None` in string catalogs.
    #[inline]
    #[must_use]
    pub fn find_int_code(&self, code: i128) -> Option<usize> {
        if let CodeIndex::Composed = self.code_index {
            return compose::find_int_code(self.members, code);
        }
        self.code_index.find_int(code)
    }

    /// The position of the first entry whose vendor name is `name`.
    #[inline]
    #[must_use]
    pub fn find_name(&self, name: &str) -> Option<usize> {
        if let CodeIndex::Composed = self.code_index {
            return compose::find_name(self.members, name);
        }
        self.name_index.find(name)
    }

    /// The absolute path of the catalog's lock file (`#[catalog(lock = ...)]`), as it was
    /// when the catalog was compiled; `None` without a lock.
    #[must_use]
    pub const fn lock_path(&self) -> Option<&'static str> {
        self.lock_path
    }

    /// The codes retired for good, each with the variant that had it (empty when unknown).
    #[must_use]
    pub const fn retired(&self) -> &'static [(Code, &'static str)] {
        self.retired
    }

    /// The catalog's lock file as `errcat lock` writes it: every entry's code, variant,
    /// status, action, log-only and deprecated flags and fields, and the retired codes,
    /// sorted. The same catalog always gives the same bytes.
    #[must_use]
    pub fn lock_text(&self) -> String {
        crate::lock::of_catalog(self).render()
    }

    /// The member catalogs of a composition (`compose_catalogs!`), in declaration order; empty
    /// for a catalog declared with `error_catalog!`. The composition's entries are the
    /// members' entries, member after member.
    #[must_use]
    pub const fn members(&self) -> &'static [CatalogMember] {
        self.members
    }

    /// For a composition, the member that declares entry `index`, and the entry's position
    /// in that member's own catalog.
    #[must_use]
    pub fn member_of(&self, index: usize) -> Option<(&'static CatalogMember, usize)> {
        compose::member_of(self.members, index)
    }

    /// Every entry whose vendor name is `name` (some sources repeat a name), in declaration order.
    pub fn entries_named<'a>(&self, name: &'a str) -> impl Iterator<Item = &'static Entry> + 'a {
        self.entries
            .iter()
            .filter(move |entry| entry.name() == Some(name))
    }
}

/// Implemented by every generated code enum: the fieldless, `Copy` enum with one variant per entry.
///
/// ```
/// use error_catalog::Catalog;
///
/// error_catalog::error_catalog! {
///     /// Errors of a tiny service.
///     #[catalog(code = u16)]
///     pub enum TinyError {
///         /// The thing is missing.
///         Missing { code: 404, status: 404, message: "No such thing" },
///     }
/// }
///
/// fn describe<C: Catalog>(code: C) -> String {
///     format!("{} {}", code.entry().variant(), code.entry().message_template())
/// }
/// assert_eq!(describe(TinyErrorCode::Missing), "Missing No such thing");
/// assert_eq!(TinyErrorCode::lookup("404"), Some(TinyErrorCode::Missing));
/// ```
pub trait Catalog:
    Copy + Eq + Ord + Hash + fmt::Debug + fmt::Display + Send + Sync + 'static
{
    /// The catalog's static description.
    const INFO: &'static CatalogInfo;

    /// Every entry, in declaration order (`ALL[i].index() == i`).
    const ALL: &'static [Self];

    /// The position of this entry in [`ALL`](Self::ALL) and in `INFO.entries()`.
    fn index(self) -> usize;

    /// This entry's static metadata.
    #[must_use]
    fn entry(self) -> &'static Entry {
        &Self::INFO.entries[self.index()]
    }

    /// The entry at `index`, if there is one.
    #[must_use]
    fn from_index(index: usize) -> Option<Self> {
        Self::ALL.get(index).copied()
    }

    /// The entry whose code is `code`, in the code's text form (`"40013"`, `"SCM.0005"`).
    #[must_use]
    fn lookup(code: &str) -> Option<Self> {
        Self::INFO.find_code(code).and_then(Self::from_index)
    }

    /// The first entry whose vendor name is `name`.
    #[must_use]
    fn lookup_name(name: &str) -> Option<Self> {
        Self::INFO.find_name(name).and_then(Self::from_index)
    }
}

/// Implemented by the generated error enums, wire and log-only alike: one occurrence of an
/// entry, with its typed fields.
pub trait CatalogError: fmt::Display + fmt::Debug {
    /// The catalog's code enum.
    type Code: Catalog;

    /// Which entry this occurrence is.
    fn kind(&self) -> Self::Code;

    /// Calls `visit` with each typed field's name and value, in declaration order
    /// (the `source` error is not a field).
    fn for_each_field(&self, visit: &mut dyn FnMut(&'static str, &dyn fmt::Display));

    /// This entry's static metadata.
    fn entry(&self) -> &'static Entry {
        self.kind().entry()
    }

    /// The entry's code.
    fn code_value(&self) -> Option<Code> {
        self.entry().code()
    }
}

/// An error that may be sent on the wire: every generated error type except the log-only one.
///
/// Dialects accept only `WireError`s, which is how a log-only entry is kept off the wire at
/// compile time. The trait is object safe: tools render a `&dyn WireError` (such as a
/// [`DynOccurrence`](crate::DynOccurrence) built from metadata) in a dialect chosen at run
/// time.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a `WireError`: it cannot be sent on the wire",
    note = "only a catalog's wire entries render in a dialect; log-only entries are logged, never sent"
)]
pub trait WireError: fmt::Display + fmt::Debug + std::error::Error {
    /// This occurrence's entry.
    fn entry(&self) -> &'static Entry;

    /// The catalog the entry belongs to.
    fn catalog(&self) -> &'static CatalogInfo;

    /// Calls `visit` with each typed field's name and value, in declaration order
    /// (the `source` error is not a field).
    fn for_each_field(&self, visit: &mut dyn FnMut(&'static str, &dyn fmt::Display));

    /// The HTTP status to answer with.
    fn status(&self) -> StatusCode {
        // A wire entry always declares a status (the macro rejects one without); 500 only
        // stands in for a hand-written implementation that forgets it.
        self.entry()
            .status()
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    /// Implementation detail of `error_catalog!`, not public API: calls `with` with the
    /// occurrence's typed fields in declaration order (a `#[redact]` one as a placeholder),
    /// the way the generated `Display` sees them, and returns `true`; or returns `false`
    /// without calling it, as this default does. The JSON dialects then write the message
    /// and the `details` of a generated error from its message program and its string
    /// fields without the formatting machinery; for any other implementation they use
    /// `Display` and [`for_each_field`](Self::for_each_field), which write the same text.
    #[doc(hidden)]
    fn __with_fields(&self, with: &mut dyn FnMut(&[&dyn crate::__private::Field])) -> bool {
        let _ = with;
        false
    }
}
