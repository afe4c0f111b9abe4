//! The lock file of a catalog: the record of every published entry, which the macro checks
//! the catalog against at compile time and `errcat lock` writes.
//!
//! Plain text, one line per entry, sorted, so a change to the contract is a one-line diff:
//!
//! ```text
//! # error-catalog lock v1 for catalog `scai_vault`
//! code "secret_not_found" variant=SecretNotFound status=404 action=none fields=path
//! code 5065 variant=RaNoCertFileAvailable status=500 action=none deprecated
//! code "webhook_delivery_failed" variant=WebhookDeliveryFailed status=reported(502) action=retry
//! log variant=LaEncFailure
//! retired "old_code" variant=OldCode
//! ```
//!
//! `code` lines are the entries with a code, by code (integers by value, then strings);
//! `log` lines the log-only entries without one, by variant; `retired` lines the codes
//! retired for good, by code. Lines starting with `#` and blank lines are comments.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::cmp::Ordering;
use core::fmt::{self, Write as _};

/// The header line's text before the catalog id.
const HEADER: &str = "# error-catalog lock v1 for catalog";

/// A code in a lock: compared by value, as the catalog compares codes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum LockCode {
    /// An integer code.
    Int(i128),
    /// A string code.
    Str(String),
}

impl LockCode {
    /// The code as the catalog writes it (`40013`, `SCM.0005`).
    #[must_use]
    pub fn text(&self) -> String {
        match self {
            LockCode::Int(value) => value.to_string(),
            LockCode::Str(text) => text.clone(),
        }
    }

    fn write(&self, out: &mut String) {
        match self {
            LockCode::Int(value) => {
                let _ = write!(out, "{value}");
            }
            LockCode::Str(text) => write_quoted(out, text),
        }
    }
}

impl Ord for LockCode {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (LockCode::Int(a), LockCode::Int(b)) => a.cmp(b),
            (LockCode::Int(_), LockCode::Str(_)) => Ordering::Less,
            (LockCode::Str(_), LockCode::Int(_)) => Ordering::Greater,
            (LockCode::Str(a), LockCode::Str(b)) => a.cmp(b),
        }
    }
}

impl PartialOrd for LockCode {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for LockCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LockCode::Int(value) => write!(f, "{value}"),
            LockCode::Str(text) => f.write_str(text),
        }
    }
}

/// An entry's HTTP status in a lock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LockStatus {
    /// The status code.
    pub code: u16,
    /// Whether it is a status the vendor reports about something else (`reported(502)`).
    pub reported: bool,
}

impl fmt::Display for LockStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.reported {
            write!(f, "reported({})", self.code)
        } else {
            write!(f, "{}", self.code)
        }
    }
}

/// One published entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockedEntry {
    /// The code; `None` for a log-only entry declared without one.
    pub code: Option<LockCode>,
    /// The Rust variant name.
    pub variant: String,
    /// The status; `None` for log-only entries.
    pub status: Option<LockStatus>,
    /// The action's kebab-case spelling.
    pub action: String,
    /// Whether the entry is log-only.
    pub log_only: bool,
    /// The names of the message template's fields, sorted.
    pub fields: Vec<String>,
    /// Whether the entry is deprecated.
    pub deprecated: bool,
}

/// A code retired for good: no entry may take it again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Retired {
    /// The code.
    pub code: LockCode,
    /// The variant that had it, for the record.
    pub variant: String,
}

/// A whole lock.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lock {
    /// The catalog's id.
    pub catalog: String,
    /// The published entries.
    pub entries: Vec<LockedEntry>,
    /// The retired codes.
    pub retired: Vec<Retired>,
}

/// Why a lock file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockError {
    /// The 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for LockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl Lock {
    /// The lock as text: header, then the lines in their order. The same lock always gives
    /// the same bytes.
    #[must_use]
    pub fn render(&self) -> String {
        let mut coded: Vec<&LockedEntry> =
            self.entries.iter().filter(|e| e.code.is_some()).collect();
        coded.sort_by(|a, b| a.code.cmp(&b.code).then_with(|| a.variant.cmp(&b.variant)));
        let mut uncoded: Vec<&LockedEntry> =
            self.entries.iter().filter(|e| e.code.is_none()).collect();
        uncoded.sort_by(|a, b| a.variant.cmp(&b.variant));
        let mut retired: Vec<&Retired> = self.retired.iter().collect();
        retired.sort_by(|a, b| a.code.cmp(&b.code));

        let mut out = String::new();
        let _ = writeln!(out, "{HEADER} `{}`", self.catalog);
        out.push_str(
            "# Every published entry: codes are public API. The compiler checks the catalog against\n\
             # this file; `errcat lock` adds new entries and records deliberate changes.\n",
        );
        for entry in coded.into_iter().chain(uncoded) {
            match &entry.code {
                Some(code) => {
                    out.push_str("code ");
                    code.write(&mut out);
                }
                None => out.push_str("log"),
            }
            let _ = write!(out, " variant={}", entry.variant);
            if let Some(status) = entry.status {
                let _ = write!(out, " status={status}");
            }
            if !entry.log_only || entry.action != "none" {
                let _ = write!(out, " action={}", entry.action);
            }
            if entry.log_only {
                out.push_str(" log_only");
            }
            if !entry.fields.is_empty() {
                let mut fields = entry.fields.clone();
                fields.sort();
                let _ = write!(out, " fields={}", fields.join(","));
            }
            if entry.deprecated {
                out.push_str(" deprecated");
            }
            out.push('\n');
        }
        for code in retired {
            out.push_str("retired ");
            code.code.write(&mut out);
            if !code.variant.is_empty() {
                let _ = write!(out, " variant={}", code.variant);
            }
            out.push('\n');
        }
        out
    }

    /// Reads a lock from its text.
    ///
    /// # Errors
    ///
    /// A line that is not a `code`, `log` or `retired` line of the format above.
    pub fn parse(text: &str) -> Result<Lock, LockError> {
        let mut lock = Lock::default();
        for (index, line) in text.lines().enumerate() {
            let number = index + 1;
            let fail = |message: String| LockError {
                line: number,
                message,
            };
            if let Some(rest) = line.strip_prefix(HEADER) {
                lock.catalog = rest.trim().trim_matches('`').to_string();
                continue;
            }
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (kind, rest) = line.split_once(' ').unwrap_or((line, ""));
            let (code, rest) = match kind {
                "code" | "retired" => {
                    let (code, rest) = read_code(rest).map_err(fail)?;
                    (Some(code), rest)
                }
                "log" => (None, rest),
                other => {
                    return Err(fail(format!(
                        "expected a `code`, `log` or `retired` line, found `{other}`"
                    )));
                }
            };
            let mut entry = LockedEntry {
                code,
                variant: String::new(),
                status: None,
                action: String::from("none"),
                log_only: false,
                fields: Vec::new(),
                deprecated: false,
            };
            for word in rest.split_whitespace() {
                match word.split_once('=') {
                    Some(("variant", value)) => entry.variant = value.to_string(),
                    Some(("status", value)) => {
                        entry.status = Some(read_status(value).ok_or_else(|| {
                            fail(format!(
                                "`{value}` is not a status such as `404` or `reported(502)`"
                            ))
                        })?);
                    }
                    Some(("action", value)) => entry.action = value.to_string(),
                    Some(("fields", value)) => {
                        entry.fields = value.split(',').map(ToString::to_string).collect();
                    }
                    None if word == "log_only" => entry.log_only = true,
                    None if word == "deprecated" => entry.deprecated = true,
                    _ => return Err(fail(format!("unknown attribute `{word}`"))),
                }
            }
            // A retired code may have been retired before its variant was known.
            if entry.variant.is_empty() && kind != "retired" {
                return Err(fail(String::from("missing `variant=...`")));
            }
            if kind == "retired" {
                if let Some(code) = entry.code {
                    lock.retired.push(Retired {
                        code,
                        variant: entry.variant,
                    });
                }
            } else {
                if kind == "log" {
                    entry.log_only = true;
                }
                lock.entries.push(entry);
            }
        }
        Ok(lock)
    }
}

fn read_status(text: &str) -> Option<LockStatus> {
    let (digits, reported) = match text.strip_prefix("reported(") {
        Some(rest) => (rest.strip_suffix(')')?, true),
        None => (text, false),
    };
    Some(LockStatus {
        code: digits.parse().ok()?,
        reported,
    })
}

/// Reads a code at the start of `text`: an integer, or a quoted string.
fn read_code(text: &str) -> Result<(LockCode, &str), String> {
    if let Some(quoted) = text.strip_prefix('"') {
        let mut value = String::new();
        let mut chars = quoted.char_indices();
        while let Some((at, c)) = chars.next() {
            match c {
                '"' => return Ok((LockCode::Str(value), &quoted[at + 1..])),
                '\\' => match chars.next() {
                    Some((_, '"')) => value.push('"'),
                    Some((_, '\\')) => value.push('\\'),
                    Some((start, 'u')) => {
                        let rest = &quoted[start + 1..];
                        let hex = rest
                            .strip_prefix('{')
                            .and_then(|rest| rest.split_once('}'))
                            .map(|(hex, _)| hex)
                            .ok_or_else(|| String::from("malformed `\\u{...}` escape"))?;
                        let c = u32::from_str_radix(hex, 16)
                            .ok()
                            .and_then(char::from_u32)
                            .ok_or_else(|| String::from("malformed `\\u{...}` escape"))?;
                        value.push(c);
                        for _ in 0..hex.len() + 2 {
                            chars.next();
                        }
                    }
                    _ => return Err(String::from("unknown escape in a code")),
                },
                c => value.push(c),
            }
        }
        return Err(String::from("unterminated code string"));
    }
    let end = text.find(' ').unwrap_or(text.len());
    let value = text[..end]
        .parse()
        .map_err(|_| format!("`{}` is neither an integer nor a quoted code", &text[..end]))?;
    Ok((LockCode::Int(value), &text[end..]))
}

/// Writes `text` quoted: `"` and `\` escaped, control characters and spaces as `\u{..}`, so
/// a code never breaks the line or the words after it.
fn write_quoted(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() || c.is_whitespace() => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Lock {
        Lock {
            catalog: String::from("vault"),
            entries: alloc::vec![
                LockedEntry {
                    code: Some(LockCode::Str(String::from("secret_not_found"))),
                    variant: String::from("SecretNotFound"),
                    status: Some(LockStatus {
                        code: 404,
                        reported: false
                    }),
                    action: String::from("none"),
                    log_only: false,
                    fields: alloc::vec![String::from("path")],
                    deprecated: false,
                },
                LockedEntry {
                    code: Some(LockCode::Str(String::from("odd \"code\"\\ with\ttab"))),
                    variant: String::from("Odd"),
                    status: Some(LockStatus {
                        code: 502,
                        reported: true
                    }),
                    action: String::from("retry-after"),
                    log_only: false,
                    fields: alloc::vec![String::from("b"), String::from("a")],
                    deprecated: true,
                },
                LockedEntry {
                    code: None,
                    variant: String::from("CacheMiss"),
                    status: None,
                    action: String::from("none"),
                    log_only: true,
                    fields: Vec::new(),
                    deprecated: false,
                },
            ],
            retired: alloc::vec![Retired {
                code: LockCode::Str(String::from("old_code")),
                variant: String::from("Old"),
            }],
        }
    }

    #[test]
    fn renders_sorted_and_reads_back() {
        let text = sample().render();
        let back = Lock::parse(&text).expect("a rendered lock reads back");
        assert_eq!(back.render(), text, "byte-identical after a round trip");
        assert_eq!(back.catalog, "vault");
        assert_eq!(back.entries.len(), 3);
        let odd = back
            .entries
            .iter()
            .find(|e| e.variant == "Odd")
            .expect("kept");
        assert_eq!(
            odd.code,
            Some(LockCode::Str(String::from("odd \"code\"\\ with\ttab")))
        );
        assert_eq!(odd.fields, ["a", "b"]);
        assert!(odd.deprecated);
        let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
        assert!(lines[0].starts_with("code \"odd"), "{lines:?}");
        assert!(
            lines[1].starts_with("code \"secret_not_found\""),
            "{lines:?}"
        );
        assert_eq!(lines[2], "log variant=CacheMiss log_only");
        assert_eq!(lines[3], "retired \"old_code\" variant=Old");
    }

    #[test]
    fn integer_codes_sort_by_value() {
        let mut lock = Lock::default();
        for code in [40013, 5065, -7] {
            lock.entries.push(LockedEntry {
                code: Some(LockCode::Int(code)),
                variant: format!("V{}", code.unsigned_abs()),
                status: Some(LockStatus {
                    code: 400,
                    reported: false,
                }),
                action: String::from("none"),
                log_only: false,
                fields: Vec::new(),
                deprecated: false,
            });
        }
        let text = lock.render();
        let codes: Vec<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix("code "))
            .map(|l| l.split(' ').next().unwrap_or_default())
            .collect();
        assert_eq!(codes, ["-7", "5065", "40013"]);
    }

    #[test]
    fn reports_malformed_lines() {
        let error = Lock::parse("code 12 variant=A\nbogus line\n").expect_err("bogus");
        assert_eq!(error.line, 2);
        assert!(Lock::parse("code \"open variant=A").is_err());
        assert!(Lock::parse("code 1 status=abc variant=A").is_err());
        assert!(Lock::parse("code 1 action=none").is_err(), "no variant");
        assert!(Lock::parse("code x1 variant=A").is_err());
    }
}
