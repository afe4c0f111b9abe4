//! Finding catalogs and entries, and describing them in words, for every subcommand.

use error_catalog::{Action, CatalogInfo, Code, CodeKind, Entry, StatusKind};

use crate::Failure;
use crate::args::Parser;
use crate::text;

/// A short human title for a catalog, taken from its doc comment: the doc's first sentence
/// (`Errors of Huawei Cloud SCM, the SSL Certificate Manager, from its ...`) without the
/// `Errors of` and the `from ...` source (`Huawei Cloud SCM, the SSL Certificate Manager`).
/// Falls back to the first sentence, then to the type name.
pub fn catalog_title(info: &CatalogInfo) -> String {
    let doc = text::one_line(info.doc());
    let sentence_end = doc.find(". ").unwrap_or(doc.len());
    let mut title = doc[..sentence_end].trim_end_matches('.').trim();
    for prefix in ["Errors of the ", "Errors of "] {
        if let Some(rest) = title.strip_prefix(prefix) {
            title = rest;
            if let Some(source) = title.find(", from ").or_else(|| title.find(" from ")) {
                title = &title[..source];
            }
            break;
        }
    }
    if title.is_empty() {
        return info.type_name().to_owned();
    }
    let mut chars = title.chars();
    let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
    first.unwrap_or_default() + chars.as_str()
}

/// The catalog named `name`: its id, case-insensitively, or a unique prefix of one
/// (`huawei` for `huawei_scm`). Unknown and ambiguous names are usage errors that list the ids.
pub fn resolve_catalog(name: &str, parser: &Parser<'_>) -> Result<&'static CatalogInfo, Failure> {
    let catalogs = &parser.env().catalogs;
    if let Some(info) = catalogs.iter().find(|info| info.id() == name) {
        return Ok(info);
    }
    let lower = name.to_lowercase();
    if let Some(info) = catalogs
        .iter()
        .find(|info| info.id().to_lowercase() == lower)
    {
        return Ok(info);
    }
    let prefixed: Vec<&'static CatalogInfo> = catalogs
        .iter()
        .copied()
        .filter(|info| !lower.is_empty() && info.id().to_lowercase().starts_with(&lower))
        .collect();
    match prefixed.as_slice() {
        [info] => Ok(info),
        [] => Err(parser.error(format!(
            "unknown catalog `{name}`; the catalogs are: {}",
            catalog_ids(catalogs)
        ))),
        several => Err(parser.error(format!(
            "catalog `{name}` is ambiguous: it starts {}; the catalogs are: {}",
            several
                .iter()
                .map(|info| format!("`{}`", info.id()))
                .collect::<Vec<_>>()
                .join(", "),
            catalog_ids(catalogs)
        ))),
    }
}

/// The catalog ids, comma-separated.
pub fn catalog_ids(catalogs: &[&'static CatalogInfo]) -> String {
    catalogs
        .iter()
        .map(|info| info.id())
        .collect::<Vec<_>>()
        .join(", ")
}

/// `code` in its wire text form.
pub fn code_text(code: Code) -> String {
    code.to_string()
}

/// `integer (u16)` or `string`.
pub fn code_kind_text(info: &CatalogInfo) -> String {
    match info.code_kind() {
        CodeKind::Int { rust_type } => format!("integer ({rust_type})"),
        CodeKind::Str => "string".to_owned(),
    }
}

/// The entry's identifier for tables: its code, or for an entry without one (SCMS log
/// values) its key, name or variant in parentheses.
pub fn entry_label(entry: &Entry) -> String {
    match entry.code() {
        Some(code) => code_text(code),
        None => format!(
            "({})",
            entry.key().or(entry.name()).unwrap_or(entry.variant())
        ),
    }
}

/// `500 Internal Server Error`, the status and its reason phrase; `None` for log-only entries.
pub fn status_text(entry: &Entry) -> Option<String> {
    let status = entry.status()?;
    Some(match status.canonical_reason() {
        Some(reason) => format!("{} {reason}", status.as_u16()),
        None => status.as_u16().to_string(),
    })
}

/// What `action` asks of the client, in a few words.
pub fn action_meaning(action: Action) -> &'static str {
    match action {
        Action::None => "nothing the client can do; change the request or accept the error",
        Action::Configuration => {
            "the service or the integration is misconfigured; an operator must fix it"
        }
        Action::ApplicationRegistration => {
            "the application must (re-)register or refresh its credentials"
        }
        Action::Authentication => "the user must authenticate again",
        Action::Authorization => "the user must obtain a new authorization",
        Action::Degradation => "the service degraded the response on purpose",
        Action::Retry => "retrying the same request may succeed",
        Action::RetryAfter => "retry after the delay the response announces (Retry-After)",
    }
}

/// `response` or `reported`.
pub fn status_kind_text(kind: StatusKind) -> &'static str {
    match kind {
        StatusKind::Response => "response",
        StatusKind::Reported => "reported",
    }
}

/// An entry that matched a query.
pub struct Match {
    pub catalog: &'static CatalogInfo,
    pub entry: &'static Entry,
    /// Which of the entry's identifiers matched: `code`, `name`, `key`, `variant`.
    pub matched_by: Vec<&'static str>,
}

/// The entries of `catalogs` whose code, vendor name, key or variant is `query`, exactly
/// (case-sensitive) if any entry matches so, otherwise case-insensitively. The flag tells
/// whether the case-insensitive fallback was used. Matches come in catalog order, then in
/// declaration order.
pub fn find_entries(query: &str, catalogs: &[&'static CatalogInfo]) -> (Vec<Match>, bool) {
    let exact = collect(catalogs, |catalog, index, entry, field| match field {
        // The catalog's own indexes for codes and names; keys and variants need a scan.
        Field::Code => catalog.find_code(query) == Some(index),
        Field::Name => entry.name() == Some(query),
        Field::Key => entry.key() == Some(query),
        Field::Variant => entry.variant() == query,
    });
    if !exact.is_empty() {
        return (exact, false);
    }
    let query = query.to_lowercase();
    let folded = |text: Option<&str>| text.is_some_and(|text| text.to_lowercase() == query);
    let loose = collect(catalogs, |_, _, entry, field| match field {
        Field::Code => folded(entry.code().map(code_text).as_deref()),
        Field::Name => folded(entry.name()),
        Field::Key => folded(entry.key()),
        Field::Variant => folded(Some(entry.variant())),
    });
    (loose, true)
}

#[derive(Clone, Copy)]
enum Field {
    Code,
    Name,
    Key,
    Variant,
}

const FIELDS: [(Field, &str); 4] = [
    (Field::Code, "code"),
    (Field::Name, "name"),
    (Field::Key, "key"),
    (Field::Variant, "variant"),
];

fn collect(
    catalogs: &[&'static CatalogInfo],
    matches: impl Fn(&CatalogInfo, usize, &Entry, Field) -> bool,
) -> Vec<Match> {
    let mut found = Vec::new();
    for &catalog in catalogs {
        for (index, entry) in catalog.entries().iter().enumerate() {
            let matched_by: Vec<&'static str> = FIELDS
                .iter()
                .filter(|(field, _)| matches(catalog, index, entry, *field))
                .map(|(_, label)| *label)
                .collect();
            if !matched_by.is_empty() {
                found.push(Match {
                    catalog,
                    entry,
                    matched_by,
                });
            }
        }
    }
    found
}

/// An identifier close to a query that matched nothing.
pub struct Suggestion {
    pub text: String,
    /// `code`, `name`, `key` or `variant`.
    pub field: &'static str,
    pub catalog: &'static str,
    /// The entry's message template, to tell the suggestions apart.
    pub message: &'static str,
}

/// Identifiers of `catalogs` near `query`, ignoring case: within edit distance 2 (1 for
/// queries of up to 4 characters, such as SCMS codes), then those starting with it, then
/// those containing it. Only the closest tier is kept, sorted by catalog then text.
/// Returns at most `limit` of them and how many the tier holds.
pub fn suggest(
    query: &str,
    catalogs: &[&'static CatalogInfo],
    limit: usize,
) -> (Vec<Suggestion>, usize) {
    let query = query.to_lowercase();
    let query_len = query.chars().count();
    let max_distance = if query_len <= 4 { 1 } else { 2 };
    // (score, catalog position, suggestion)
    let mut scored: Vec<(usize, usize, Suggestion)> = Vec::new();
    for (catalog_order, &catalog) in catalogs.iter().enumerate() {
        for entry in catalog.entries() {
            let code = entry.code().map(code_text);
            let candidates = [
                (code.as_deref(), "code"),
                (entry.name(), "name"),
                (entry.key(), "key"),
                (Some(entry.variant()), "variant"),
            ];
            let mut seen: Vec<String> = Vec::new();
            for (text, field) in candidates {
                let Some(text) = text else { continue };
                let lower = text.to_lowercase();
                // Names and variants often spell the code again (`access_denied`,
                // `AccessDenied`): suggest each spelling once, the first in the list above.
                let folded: String = lower.chars().filter(|c| c.is_alphanumeric()).collect();
                if seen.contains(&folded) {
                    continue;
                }
                seen.push(folded);
                let distance = text::edit_distance(&query, &lower);
                let score = if distance <= max_distance {
                    distance
                } else if query_len >= 3 && lower.starts_with(&query) {
                    max_distance + 1
                } else if query_len >= 4 && lower.contains(&query) {
                    max_distance + 2
                } else {
                    continue;
                };
                scored.push((
                    score,
                    catalog_order,
                    Suggestion {
                        text: text.to_owned(),
                        field,
                        catalog: catalog.id(),
                        message: entry.message_template(),
                    },
                ));
            }
        }
    }
    // The closest tier only: `SCM.0202x` suggests `SCM.0202`, not every code two edits away.
    let best = scored.iter().map(|(score, ..)| *score).min();
    scored.retain(|(score, ..)| Some(*score) == best);
    scored.sort_by(|a, b| (a.1, &a.2.text).cmp(&(b.1, &b.2.text)));
    let total = scored.len();
    let suggestions = scored.into_iter().take(limit).map(|(_, _, s)| s).collect();
    (suggestions, total)
}
