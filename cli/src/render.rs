//! Rendering an entry known only by its [`Entry`] metadata with the runtime's real dialects,
//! for catalogs passed in as `&'static CatalogInfo` (no Rust type to name).
//!
//! The dialects read everything they write from [`CatalogError::entry`], the `Display` text
//! and [`CatalogError::for_each_field`]; [`AnyOccurrence`] answers those from the entry
//! itself, so its bytes are the ones the service's own error type sends (a test compares
//! them with [`error_catalog::Occurrence`] for every bundled entry in every dialect). Only
//! [`CatalogError::kind`] has no honest answer: it returns a stand-in that no dialect's
//! renderer consults. This module goes once the runtime renders from `&CatalogInfo` itself.

use std::fmt;

use error_catalog::{CatalogError, Entry, WireError};

mod stand_in {
    #![allow(dead_code, unreachable_pub)]

    error_catalog::error_catalog! {
        /// The code type of [`AnyOccurrence`](super::AnyOccurrence), which has none of its
        /// own; never rendered.
        #[catalog(code = str, id = "errcat_any")]
        pub enum StandIn {
            /// Stands for any entry.
            Any { code: "any", status: 500, message: "any" },
        }
    }
}

/// One occurrence of any wire entry, with its field values as text.
#[derive(Clone, Debug)]
pub struct AnyOccurrence {
    entry: &'static Entry,
    values: Vec<(&'static str, String)>,
}

/// A log-only entry was asked to go on the wire.
#[derive(Clone, Copy, Debug)]
pub struct LogOnly {
    /// The entry's variant name.
    pub variant: &'static str,
}

impl fmt::Display for LogOnly {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The same words as `error_catalog::LogOnlyEntry`.
        write!(
            f,
            "entry `{}` is log-only: it is logged, never sent on the wire",
            self.variant
        )
    }
}

impl AnyOccurrence {
    /// An occurrence of `entry` with no field values yet; refuses a log-only entry.
    pub fn new(entry: &'static Entry) -> Result<Self, LogOnly> {
        if entry.is_log_only() {
            return Err(LogOnly {
                variant: entry.variant(),
            });
        }
        Ok(AnyOccurrence {
            entry,
            values: Vec::new(),
        })
    }

    /// Sets field `name` to `value`; names the entry does not declare are ignored.
    #[must_use]
    pub fn with_field(mut self, name: &str, value: impl Into<String>) -> Self {
        if let Some(&declared) = self.entry.fields().iter().find(|f| **f == name) {
            let value = value.into();
            match self.values.iter_mut().find(|(field, _)| *field == declared) {
                Some(slot) => slot.1 = value,
                None => self.values.push((declared, value)),
            }
        }
        self
    }

    fn field(&self, name: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(field, _)| *field == name)
            .map(|(_, value)| value.as_str())
    }
}

impl fmt::Display for AnyOccurrence {
    /// The message template with each `{field}` filled (empty without a value) and `{{`, `}}`
    /// unescaped, as `error_catalog::Occurrence` writes it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.entry.message_template();
        while let Some(brace) = rest.find(['{', '}']) {
            f.write_str(&rest[..brace])?;
            let tail = &rest[brace..];
            if tail.starts_with("{{") || tail.starts_with("}}") {
                f.write_str(&tail[..1])?;
                rest = &tail[2..];
            } else if let Some(name) = placeholder(tail) {
                f.write_str(self.field(name).unwrap_or_default())?;
                rest = &tail[name.len() + 2..];
            } else {
                f.write_str(&tail[..1])?;
                rest = &tail[1..];
            }
        }
        f.write_str(rest)
    }
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

impl std::error::Error for AnyOccurrence {}

impl CatalogError for AnyOccurrence {
    type Code = stand_in::StandInCode;

    fn kind(&self) -> Self::Code {
        stand_in::StandInCode::Any
    }

    fn entry(&self) -> &'static Entry {
        self.entry
    }

    fn for_each_field(&self, visit: &mut dyn FnMut(&'static str, &dyn fmt::Display)) {
        for name in self.entry.fields() {
            if let Some(value) = self.field(name) {
                visit(name, &value);
            }
        }
    }
}

impl WireError for AnyOccurrence {}

#[cfg(all(test, feature = "bundled"))]
mod tests {
    use error_catalog::dialect::{Context, Dialect, Reply};
    use error_catalog::{Catalog, Occurrence, WireFormat};
    use error_catalog_vendors::{adobe_pass, huawei, scai_vault, scms, skms};

    use super::AnyOccurrence;

    fn same_bytes<C: Catalog>() {
        let cx = Context::new()
            .with_request_id("req_1")
            .with_retry_after(7)
            .with_instance("/x");
        for code in C::ALL {
            let Ok(typed) = Occurrence::new(*code) else {
                assert!(AnyOccurrence::new(code.entry()).is_err());
                continue;
            };
            let mut typed = typed;
            let mut erased = AnyOccurrence::new(code.entry()).expect("a wire entry");
            for field in code.entry().fields() {
                typed = typed.with_field(field, "v<&\"'>");
                erased = erased.with_field(field, "v<&\"'>");
            }
            assert_eq!(typed.to_string(), erased.to_string());
            for format in WireFormat::ALL {
                let dialect = error_catalog::dialect::AnyDialect::from(format);
                let a = dialect.render(&typed, &cx);
                let b = dialect.render(&erased, &cx);
                match (a, b) {
                    (Reply::Respond(a), Reply::Respond(b)) => {
                        assert_eq!(a.status(), b.status());
                        assert_eq!(a.headers(), b.headers());
                        assert_eq!(a.body(), b.body(), "{} as {format}", code.entry().variant());
                    }
                    (Reply::CloseConnection, Reply::CloseConnection) => {}
                    _ => panic!("{} as {format}: different replies", code.entry().variant()),
                }
            }
        }
    }

    #[test]
    fn renders_byte_for_byte_as_the_typed_occurrence() {
        same_bytes::<scms::ScmsCode>();
        same_bytes::<skms::SkmsCode>();
        same_bytes::<scai_vault::ScaiVaultCode>();
        same_bytes::<huawei::HuaweiScmCode>();
        same_bytes::<adobe_pass::AdobePassCode>();
    }
}
