//! An occurrence of any wire entry, built from its code at run time: what tools, mock
//! servers and generic tests render when they hold a code, not a generated error value.

use core::fmt;

use crate::{Catalog, CatalogError, CatalogInfo, Entry, WireError};

/// One occurrence of a catalog entry chosen by code at run time, with its field values as
/// text. Renders and serializes like the generated error type would: `Display` fills the
/// message template (a field without a value renders empty), and it is a [`WireError`].
///
/// Only wire entries can become one: [`Occurrence::new`] refuses a log-only entry, which
/// keeps log-only entries off the wire at run time as the types do at compile time.
///
/// ```
/// use error_catalog::Occurrence;
///
/// error_catalog::error_catalog! {
///     /// Errors of the Scai vault API.
///     #[catalog(code = str)]
///     pub enum VaultError {
///         /// Returned when a secret path does not exist.
///         SecretNotFound {
///             code: "secret_not_found",
///             status: 404,
///             message: "Secret '{path}' not found",
///             fields: { path: String },
///         },
///         /// Logged only.
///         CacheMiss { message: "cache miss", log_only },
///     }
/// }
///
/// let code = VaultErrorCode::from_code("secret_not_found").expect("declared");
/// let occurrence = Occurrence::new(code)?.with_field("path", "prod/db");
/// assert_eq!(occurrence.to_string(), "Secret 'prod/db' not found");
/// assert!(Occurrence::new(VaultErrorCode::CacheMiss).is_err());
/// # Ok::<(), error_catalog::LogOnlyEntry>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Occurrence<C: Catalog> {
    code: C,
    values: FieldValues,
}

impl<C: Catalog> Occurrence<C> {
    /// An occurrence of `code` with no field values yet.
    ///
    /// # Errors
    ///
    /// [`LogOnlyEntry`] if `code` is a log-only entry, which never goes on the wire.
    pub fn new(code: C) -> Result<Self, LogOnlyEntry> {
        let entry = code.entry();
        if entry.is_log_only() {
            return Err(LogOnlyEntry {
                variant: entry.variant(),
            });
        }
        Ok(Occurrence {
            code,
            values: FieldValues::default(),
        })
    }

    /// Sets field `name` to `value`; names the entry does not declare are ignored, so a
    /// caller can pass every value it has (a query string, say) without filtering.
    #[must_use]
    pub fn with_field(mut self, name: &str, value: impl Into<String>) -> Self {
        self.values.set(self.code.entry(), name, value.into());
        self
    }

    /// The value of field `name`, if one was set.
    #[must_use]
    pub fn field(&self, name: &str) -> Option<&str> {
        self.values.get(name)
    }

    /// The entry.
    #[must_use]
    pub fn code(&self) -> C {
        self.code
    }
}

impl<C: Catalog> fmt::Display for Occurrence<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        render_template(self.code.entry().message_template(), f, |name| {
            self.field(name).unwrap_or_default()
        })
    }
}

impl<C: Catalog> std::error::Error for Occurrence<C> {}

impl<C: Catalog> CatalogError for Occurrence<C> {
    type Code = C;

    fn kind(&self) -> C {
        self.code
    }

    fn for_each_field(&self, visit: &mut dyn FnMut(&'static str, &dyn fmt::Display)) {
        self.values.visit(self.code.entry(), visit);
    }
}

impl<C: Catalog> WireError for Occurrence<C> {
    fn entry(&self) -> &'static Entry {
        self.code.entry()
    }

    fn catalog(&self) -> &'static CatalogInfo {
        C::INFO
    }

    fn for_each_field(&self, visit: &mut dyn FnMut(&'static str, &dyn fmt::Display)) {
        CatalogError::for_each_field(self, visit);
    }
}

/// One occurrence of any catalog's wire entry, chosen at run time from the catalog's static
/// metadata alone: what tools such as `errcat serve` render when they hold a
/// `&'static CatalogInfo` and an entry's position, not a generated type. Like
/// [`Occurrence`], it renders as the generated error type would, and a log-only entry cannot
/// become one.
///
/// ```
/// use error_catalog::{dialect, DynOccurrence};
/// use error_catalog::dialect::Context;
///
/// error_catalog::error_catalog! {
///     /// Errors of the Scai vault API.
///     #[catalog(code = str, dialect = scai_vault)]
///     pub enum VaultError {
///         /// Returned when a secret path does not exist.
///         SecretNotFound {
///             code: "secret_not_found",
///             status: 404,
///             message: "Secret '{path}' not found",
///             fields: { path: String },
///         },
///     }
/// }
///
/// let info = VaultErrorCode::INFO; // any `&'static CatalogInfo`, say from a list of catalogs
/// let index = info.find_code("secret_not_found").expect("declared");
/// let occurrence = DynOccurrence::new(info, index)?.with_field("path", "prod/db");
/// for dialect in [info.dialect(), dialect::find("problem").expect("built in")] {
///     let response = dialect.render(&occurrence, &Context::new()).respond().expect("answers");
///     assert_eq!(response.status(), 404);
/// }
/// # Ok::<(), error_catalog::NotOnWire>(())
/// ```
#[derive(Clone, Debug)]
pub struct DynOccurrence {
    catalog: &'static CatalogInfo,
    index: usize,
    values: FieldValues,
}

impl DynOccurrence {
    /// An occurrence of the entry at `index` of `catalog`, with no field values yet.
    ///
    /// # Errors
    ///
    /// [`NotOnWire`] if there is no such entry, or if it is log-only.
    pub fn new(catalog: &'static CatalogInfo, index: usize) -> Result<Self, NotOnWire> {
        let entry = catalog
            .entries()
            .get(index)
            .ok_or(NotOnWire::NoEntry(index))?;
        if entry.is_log_only() {
            return Err(NotOnWire::LogOnly(LogOnlyEntry {
                variant: entry.variant(),
            }));
        }
        Ok(DynOccurrence {
            catalog,
            index,
            values: FieldValues::default(),
        })
    }

    /// Sets field `name` to `value`; names the entry does not declare are ignored.
    #[must_use]
    pub fn with_field(mut self, name: &str, value: impl Into<String>) -> Self {
        self.values.set(WireError::entry(&self), name, value.into());
        self
    }

    /// The value of field `name`, if one was set.
    #[must_use]
    pub fn field(&self, name: &str) -> Option<&str> {
        self.values.get(name)
    }

    /// The entry's position in its catalog.
    #[must_use]
    pub fn index(&self) -> usize {
        self.index
    }
}

impl fmt::Display for DynOccurrence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        render_template(WireError::entry(self).message_template(), f, |name| {
            self.field(name).unwrap_or_default()
        })
    }
}

impl std::error::Error for DynOccurrence {}

impl WireError for DynOccurrence {
    fn entry(&self) -> &'static Entry {
        &self.catalog.entries()[self.index]
    }

    fn catalog(&self) -> &'static CatalogInfo {
        self.catalog
    }

    fn for_each_field(&self, visit: &mut dyn FnMut(&'static str, &dyn fmt::Display)) {
        self.values.visit(WireError::entry(self), visit);
    }
}

/// The field values of an occurrence, as text, keyed by the entry's declared names.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct FieldValues(Vec<(&'static str, String)>);

impl FieldValues {
    /// Sets `name` to `value` if `entry` declares it; other names are ignored.
    fn set(&mut self, entry: &Entry, name: &str, value: String) {
        let Some(&declared) = entry.fields().iter().find(|field| **field == name) else {
            return;
        };
        match self.0.iter_mut().find(|(field, _)| *field == declared) {
            Some(slot) => slot.1 = value,
            None => self.0.push((declared, value)),
        }
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(field, _)| *field == name)
            .map(|(_, value)| value.as_str())
    }

    /// Visits the values in `entry`'s declaration order, as the generated types do; redacted
    /// fields never leave, as the generated types skip them.
    fn visit(&self, entry: &Entry, visit: &mut dyn FnMut(&'static str, &dyn fmt::Display)) {
        for name in entry
            .fields()
            .iter()
            .filter(|name| !entry.is_redacted(name))
        {
            if let Some(value) = self.get(name) {
                visit(name, &value);
            }
        }
    }
}

/// Why a [`DynOccurrence`] could not be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotOnWire {
    /// The entry is log-only: logged, never sent.
    LogOnly(LogOnlyEntry),
    /// The catalog has no entry at this position.
    NoEntry(usize),
}

impl fmt::Display for NotOnWire {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NotOnWire::LogOnly(log_only) => fmt::Display::fmt(log_only, f),
            NotOnWire::NoEntry(index) => write!(f, "the catalog has no entry at position {index}"),
        }
    }
}

impl std::error::Error for NotOnWire {}

/// Writes `template` with each `{field}` replaced by `value(field)` and `{{`, `}}`
/// unescaped. Templates were checked by the macro; anything else is written as it is.
pub(crate) fn render_template<'v>(
    template: &str,
    out: &mut impl fmt::Write,
    value: impl Fn(&str) -> &'v str,
) -> fmt::Result {
    render_template_with(template, out, |name, out| out.write_str(value(name)))
}

/// [`render_template`] with each placeholder written by `field(name, out)`.
pub(crate) fn render_template_with<W: fmt::Write + ?Sized>(
    template: &str,
    out: &mut W,
    mut field: impl FnMut(&str, &mut W) -> fmt::Result,
) -> fmt::Result {
    let mut rest = template;
    // Braces are ASCII, so a byte search finds them at char boundaries.
    while let Some(brace) = rest.bytes().position(|b| b == b'{' || b == b'}') {
        if brace > 0 {
            out.write_str(&rest[..brace])?;
        }
        let tail = &rest[brace..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            out.write_str(&tail[..1])?;
            rest = &tail[2..];
        } else if let Some(name) = placeholder(tail) {
            field(name, out)?;
            rest = &tail[name.len() + 2..];
        } else {
            out.write_str(&tail[..1])?;
            rest = &tail[1..];
        }
    }
    if rest.is_empty() {
        return Ok(());
    }
    out.write_str(rest)
}

/// The field name of the `{name}` placeholder `tail` starts with, if it starts with one.
fn placeholder(tail: &str) -> Option<&str> {
    let name = tail.strip_prefix('{')?;
    let name = &name[..name.find('}')?];
    let mut chars = name.chars();
    let first_ok = chars
        .next()
        .is_some_and(|c| c == '_' || c.is_ascii_alphabetic());
    (first_ok && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())).then_some(name)
}

/// The error of making an [`Occurrence`] of a log-only entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogOnlyEntry {
    variant: &'static str,
}

impl LogOnlyEntry {
    /// The variant name of the log-only entry.
    #[must_use]
    pub fn variant(&self) -> &'static str {
        self.variant
    }
}

impl fmt::Display for LogOnlyEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "entry `{}` is log-only: it is logged, never sent on the wire",
            self.variant
        )
    }
}

impl std::error::Error for LogOnlyEntry {}

#[cfg(test)]
mod tests {
    use super::render_template;

    fn render(template: &str) -> String {
        let mut out = String::new();
        render_template(template, &mut out, |name| match name {
            "path" => "a/b",
            _ => "",
        })
        .expect("writing to a String cannot fail");
        out
    }

    #[test]
    fn templates_render_fields_and_escapes() {
        assert_eq!(
            render("Secret '{path}' not found"),
            "Secret 'a/b' not found"
        );
        assert_eq!(render("{{literal}} {path}"), "{literal} a/b");
        assert_eq!(
            render("推送失败，ELB error message：{upstream}"),
            "推送失败，ELB error message："
        );
        assert_eq!(render("no braces"), "no braces");
        assert_eq!(render("dangling { and }"), "dangling { and }");
        assert_eq!(render("}{"), "}{");
        assert_eq!(render("{"), "{");
        assert_eq!(render("{path"), "{path");
        assert_eq!(render("{é}"), "{é}");
    }
}
