//! An occurrence of any wire entry, built from its code at run time: what tools, mock
//! servers and generic tests render when they hold a code, not a generated error value.

use core::fmt;

use crate::{Catalog, CatalogError, WireError};

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
    values: Vec<(&'static str, String)>,
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
            values: Vec::new(),
        })
    }

    /// Sets field `name` to `value`; names the entry does not declare are ignored, so a
    /// caller can pass every value it has (a query string, say) without filtering.
    #[must_use]
    pub fn with_field(mut self, name: &str, value: impl Into<String>) -> Self {
        if let Some(&declared) = self.code.entry().fields().iter().find(|f| **f == name) {
            let value = value.into();
            match self.values.iter_mut().find(|(field, _)| *field == declared) {
                Some(slot) => slot.1 = value,
                None => self.values.push((declared, value)),
            }
        }
        self
    }

    /// The value of field `name`, if one was set.
    #[must_use]
    pub fn field(&self, name: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(field, _)| *field == name)
            .map(|(_, value)| value.as_str())
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
        // Declaration order, as the generated types visit them.
        // Redacted fields never leave, as the generated types skip them.
        let entry = self.code.entry();
        for name in entry
            .fields()
            .iter()
            .filter(|name| !entry.is_redacted(name))
        {
            if let Some(value) = self.field(name) {
                visit(name, &value);
            }
        }
    }
}

impl<C: Catalog> WireError for Occurrence<C> {}

/// Writes `template` with each `{field}` replaced by `value(field)` and `{{`, `}}`
/// unescaped. Templates were checked by the macro; anything else is written as it is.
pub(crate) fn render_template<'v>(
    template: &str,
    out: &mut impl fmt::Write,
    value: impl Fn(&str) -> &'v str,
) -> fmt::Result {
    let mut rest = template;
    while let Some(brace) = rest.find(['{', '}']) {
        out.write_str(&rest[..brace])?;
        let tail = &rest[brace..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            out.write_str(&tail[..1])?;
            rest = &tail[2..];
        } else if let Some(name) = placeholder(tail) {
            out.write_str(value(name))?;
            rest = &tail[name.len() + 2..];
        } else {
            out.write_str(&tail[..1])?;
            rest = &tail[1..];
        }
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
