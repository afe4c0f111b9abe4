//! The model `lock` and `diff` share: a catalog's published entries, read from a lock file,
//! from a JSON export or from a compiled catalog, and the classification of what changed
//! between two of them.

use std::collections::BTreeMap;
use std::fmt;

use error_catalog::CatalogInfo;
use error_catalog::lock::{Lock, LockCode, LockStatus, LockedEntry};

/// Every catalog of a lock set or an export, by id.
pub type Snapshot = BTreeMap<String, Lock>;

/// The snapshot of compiled catalogs.
pub fn of_catalogs(catalogs: &[&'static CatalogInfo]) -> Result<Snapshot, String> {
    catalogs
        .iter()
        .map(|info| {
            Lock::parse(&info.lock_text())
                .map(|lock| (info.id().to_owned(), lock))
                .map_err(|error| format!("{}: {error}", info.id()))
        })
        .collect()
}

/// Reads a lock file or a JSON export (`errcat export --format json`).
pub fn read(text: &str) -> Result<Snapshot, String> {
    if text.trim_start().starts_with('[') {
        return read_export(text);
    }
    let lock =
        Lock::parse(text).map_err(|error| format!("not a lock file or JSON export: {error}"))?;
    Ok(BTreeMap::from([(lock.catalog.clone(), lock)]))
}

fn read_export(text: &str) -> Result<Snapshot, String> {
    let entries: Vec<serde_json::Value> =
        serde_json::from_str(text).map_err(|error| format!("not a JSON export: {error}"))?;
    let mut snapshot = Snapshot::new();
    for (index, entry) in entries.iter().enumerate() {
        let field = |name: &str| entry.get(name).filter(|value| !value.is_null());
        let text_of = |name: &str| field(name).and_then(serde_json::Value::as_str);
        let catalog = text_of("catalog")
            .ok_or_else(|| format!("entry {index} of the export has no `catalog`"))?;
        let variant = text_of("variant")
            .ok_or_else(|| format!("entry {index} of the export has no `variant`"))?;
        let code = match field("code") {
            None => None,
            Some(serde_json::Value::String(text)) => Some(LockCode::Str(text.clone())),
            Some(value) => Some(LockCode::Int(
                value
                    .as_i64()
                    .map(i128::from)
                    .or_else(|| value.as_u64().map(i128::from))
                    .ok_or_else(|| {
                        format!("entry {index}: `code` is neither a string nor an integer")
                    })?,
            )),
        };
        let status = match field("status").and_then(serde_json::Value::as_u64) {
            Some(code) => Some(LockStatus {
                code: u16::try_from(code).map_err(|_| format!("entry {index}: status {code}"))?,
                reported: text_of("status_kind") == Some("reported"),
            }),
            None => None,
        };
        let fields = field("fields")
            .and_then(serde_json::Value::as_array)
            .map(|fields| {
                fields
                    .iter()
                    .filter_map(|f| f.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        let lock = snapshot.entry(catalog.to_owned()).or_insert_with(|| Lock {
            catalog: catalog.to_owned(),
            ..Lock::default()
        });
        lock.entries.push(LockedEntry {
            code,
            variant: variant.to_owned(),
            status,
            action: text_of("action").unwrap_or("none").to_owned(),
            log_only: field("log_only")
                .and_then(serde_json::Value::as_bool)
                .unwrap_or(false),
            fields,
            deprecated: field("deprecated")
                .and_then(serde_json::Value::as_bool)
                .unwrap_or(false),
        });
    }
    Ok(snapshot)
}

/// Whether a change can break a client.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// A client written against the old catalog may misbehave.
    Breaking,
    /// Old clients keep working.
    Compatible,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(match self {
            Severity::Breaking => "breaking",
            Severity::Compatible => "compatible",
        })
    }
}

/// One change between two snapshots.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub severity: Severity,
    pub catalog: String,
    /// The code (or, for a log-only entry without one, the variant).
    pub subject: String,
    pub what: String,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:<10}  {} {}: {}",
            self.severity, self.catalog, self.subject, self.what
        )
    }
}

fn subject(entry: &LockedEntry) -> String {
    match &entry.code {
        Some(LockCode::Str(text)) => format!("{text:?}"),
        Some(LockCode::Int(value)) => value.to_string(),
        None => entry.variant.clone(),
    }
}

fn status_text(status: Option<LockStatus>) -> String {
    status.map_or_else(|| "none".to_owned(), |s| s.to_string())
}

/// Every change from `old` to `new`, breaking ones first, then by catalog and code.
pub fn diff(old: &Snapshot, new: &Snapshot) -> Vec<Change> {
    let mut changes = Vec::new();
    for (id, before) in old {
        let Some(after) = new.get(id) else {
            changes.push(Change {
                severity: Severity::Breaking,
                catalog: id.clone(),
                subject: String::from("(catalog)"),
                what: String::from("the catalog is gone"),
            });
            continue;
        };
        diff_catalog(id, before, after, &mut changes);
    }
    for id in new.keys().filter(|id| !old.contains_key(*id)) {
        changes.push(Change {
            severity: Severity::Compatible,
            catalog: id.clone(),
            subject: String::from("(catalog)"),
            what: String::from("new catalog"),
        });
    }
    changes.sort_by(|a, b| {
        (a.severity, &a.catalog, &a.subject).cmp(&(b.severity, &b.catalog, &b.subject))
    });
    changes
}

fn key(entry: &LockedEntry) -> (Option<LockCode>, String) {
    match &entry.code {
        Some(code) => (Some(code.clone()), String::new()),
        None => (None, entry.variant.clone()),
    }
}

fn diff_catalog(id: &str, before: &Lock, after: &Lock, changes: &mut Vec<Change>) {
    let mut push = |severity, entry: &LockedEntry, what: String| {
        changes.push(Change {
            severity,
            catalog: id.to_owned(),
            subject: subject(entry),
            what,
        });
    };
    let new_entries: BTreeMap<_, &LockedEntry> =
        after.entries.iter().map(|e| (key(e), e)).collect();
    let old_entries: BTreeMap<_, &LockedEntry> =
        before.entries.iter().map(|e| (key(e), e)).collect();
    for (entry_key, old) in &old_entries {
        let Some(new) = new_entries.get(entry_key) else {
            let retired = old
                .code
                .as_ref()
                .is_some_and(|code| after.retired.iter().any(|r| &r.code == code));
            let (severity, what) = if old.code.is_none() {
                // Log-only entries without a code never reach a client.
                (Severity::Compatible, String::from("log-only entry removed"))
            } else if retired {
                (
                    Severity::Breaking,
                    String::from("retired (clients that know it lose it; the code stays reserved)"),
                )
            } else {
                (
                    Severity::Breaking,
                    format!("removed (was `{}`)", old.variant),
                )
            };
            push(severity, old, what);
            continue;
        };
        if old.variant != new.variant {
            push(
                Severity::Compatible,
                new,
                format!(
                    "variant renamed `{}` -> `{}` (same wire code)",
                    old.variant, new.variant
                ),
            );
        }
        if old.status != new.status {
            push(
                Severity::Breaking,
                new,
                format!(
                    "status {} -> {}",
                    status_text(old.status),
                    status_text(new.status)
                ),
            );
        }
        if old.action != new.action && !new.log_only {
            push(
                Severity::Breaking,
                new,
                format!("action `{}` -> `{}`", old.action, new.action),
            );
        }
        if !old.log_only && new.log_only {
            push(
                Severity::Breaking,
                new,
                String::from("made log-only: no longer sent"),
            );
        } else if old.log_only && !new.log_only {
            push(
                Severity::Compatible,
                new,
                String::from("now sent on the wire (was log-only)"),
            );
        }
        for field in old.fields.iter().filter(|f| !new.fields.contains(f)) {
            push(Severity::Breaking, new, format!("field `{field}` removed"));
        }
        for field in new.fields.iter().filter(|f| !old.fields.contains(f)) {
            push(Severity::Compatible, new, format!("field `{field}` added"));
        }
        if !old.deprecated && new.deprecated {
            push(Severity::Compatible, new, String::from("deprecated"));
        } else if old.deprecated && !new.deprecated {
            push(
                Severity::Compatible,
                new,
                String::from("no longer deprecated"),
            );
        }
    }
    for (entry_key, new) in &new_entries {
        if !old_entries.contains_key(entry_key) {
            let reused = new
                .code
                .as_ref()
                .is_some_and(|code| before.retired.iter().any(|r| &r.code == code));
            if reused {
                push(
                    Severity::Breaking,
                    new,
                    format!("a retired code declared again (`{}`)", new.variant),
                );
            } else {
                push(
                    Severity::Compatible,
                    new,
                    format!("new entry `{}`", new.variant),
                );
            }
        }
    }
    for retired in after.retired.iter().filter(|r| !before.retired.contains(r)) {
        let was_entry = before
            .entries
            .iter()
            .any(|e| e.code.as_ref() == Some(&retired.code));
        if !was_entry {
            changes.push(Change {
                severity: Severity::Compatible,
                catalog: id.to_owned(),
                subject: subject(&LockedEntry {
                    code: Some(retired.code.clone()),
                    variant: retired.variant.clone(),
                    status: None,
                    action: String::new(),
                    log_only: false,
                    fields: Vec::new(),
                    deprecated: false,
                }),
                what: String::from("code reserved as retired"),
            });
        }
    }
}
