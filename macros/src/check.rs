//! Stage 3: the rules that a well-formed catalog must still obey, most of them across
//! entries. Each `check_*` function is one rule; each records every violation it finds, so
//! the user sees all of them in one compile. Every rule is linear (hash maps, no pairwise
//! comparison): catalogs of ten thousand entries are expected.

use std::collections::HashMap;
use std::collections::hash_map::Entry as Slot;

use proc_macro2::TokenStream;
use syn::{Ident, LitStr};

use crate::ast::{Catalog, CodeKind, CodeLit, Entry};
use crate::ctxt::Ctxt;
use crate::symbol;
use crate::template::{self, Segment};

/// Runs every rule.
pub fn check(cx: &Ctxt, catalog: &Catalog) {
    check_type_names(cx, catalog);
    check_codes_present(cx, catalog);
    check_code_kinds(cx, catalog);
    check_code_format(cx, catalog);
    check_duplicate_codes(cx, catalog);
    check_duplicate_variants(cx, catalog);
    check_vendor_names(cx, catalog);
    check_statuses(cx, catalog);
    check_log_only(cx, catalog);
    check_template_fields(cx, catalog);
    check_log_only_grpc(cx, catalog);
    check_redacted_fields(cx, catalog);
}

/// The generated code and log enums need names of their own.
fn check_type_names(cx: &Ctxt, catalog: &Catalog) {
    if catalog.code_enum == catalog.ident {
        cx.error_spanned_by(
            &catalog.code_enum,
            format!(
                "`code_enum` must differ from the catalog's type name `{}`",
                catalog.ident
            ),
        );
    }
    let has_log = catalog.entries.iter().any(|e| e.log_only.is_some());
    if has_log && (catalog.log_enum == catalog.ident || catalog.log_enum == catalog.code_enum) {
        cx.error_spanned_by(
            &catalog.log_enum,
            "`log_enum` must differ from the catalog's type name and from `code_enum`",
        );
    }
}

/// A wire entry is identified by its code; only a log-only entry may go without one
/// (SCMS log values have none).
fn check_codes_present(cx: &Ctxt, catalog: &Catalog) {
    for entry in &catalog.entries {
        if entry.code.is_none() && entry.log_only.is_none() && !entry.gave(symbol::entry::CODE) {
            cx.error_at(
                entry.ident.span(),
                format!(
                    "entry `{}` has no `code`; only `log_only` entries may go without one",
                    entry.ident
                ),
            );
        }
    }
}

/// Every code has the catalog's kind, and an integer code fits the declared type.
fn check_code_kinds(cx: &Ctxt, catalog: &Catalog) {
    let Some(kind) = &catalog.code_kind else {
        return;
    };
    for entry in &catalog.entries {
        let Some(code) = &entry.code else { continue };
        match (kind, &code.value) {
            (CodeKind::Int { ty, min, max }, CodeLit::Int(value)) => {
                if value < min || value > max {
                    let message = if ty == "u64" && *value > *max {
                        format!(
                            "code `{value}` is too large: codes are stored as `i64`, so the largest `u64` code is {max}"
                        )
                    } else {
                        format!("code `{value}` does not fit in `{ty}`, the catalog's code type")
                    };
                    cx.error_spanned_by(&code.tokens, message);
                }
            }
            (CodeKind::Int { ty, .. }, CodeLit::Str(_)) => cx.error_spanned_by(
                &code.tokens,
                format!("expected an integer code: this catalog declares `code = {ty}`"),
            ),
            (CodeKind::Str, CodeLit::Int(_)) => cx.error_spanned_by(
                &code.tokens,
                "expected a string code: this catalog declares `code = str`",
            ),
            (CodeKind::Str, CodeLit::Str(value)) => {
                if value.is_empty() {
                    cx.error_spanned_by(&code.tokens, "empty code; a code must identify its entry");
                }
            }
        }
    }
}

/// With `format = "..."`, every code matches the pattern.
fn check_code_format(cx: &Ctxt, catalog: &Catalog) {
    let Some(format) = &catalog.format else {
        return;
    };
    for entry in &catalog.entries {
        let Some(code) = &entry.code else { continue };
        let text = code.value.text();
        if !matches_format(&format.pattern, &text) {
            cx.error_spanned_by(
                &code.tokens,
                format!(
                    "code `{}` does not match the catalog's format `{}` (`#` is a digit, `*` one or more of `a-z`, `0-9`, `_`)",
                    text.escape_debug(),
                    format.pattern.escape_debug()
                ),
            );
        }
    }
}

/// Whether `text` matches `pattern`: `#` one ASCII digit, `*` one or more of `[a-z0-9_]`,
/// anything else itself. Dynamic programming over (pattern, text) positions: no
/// backtracking blow-up whatever the pattern.
pub fn matches_format(pattern: &str, text: &str) -> bool {
    fn word(b: u8) -> bool {
        b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'
    }
    let pattern = pattern.as_bytes();
    let text = text.as_bytes();
    // `reach[t]`: the first `p` pattern bytes can match the first `t` text bytes.
    let mut reach = vec![false; text.len() + 1];
    reach[0] = true;
    for &unit in pattern {
        let mut next = vec![false; text.len() + 1];
        for t in 0..text.len() {
            match unit {
                b'*' => {
                    if (reach[t] || next[t]) && word(text[t]) {
                        next[t + 1] = true;
                    }
                }
                b'#' => next[t + 1] = reach[t] && text[t].is_ascii_digit(),
                literal => next[t + 1] = reach[t] && text[t] == literal,
            }
        }
        reach = next;
    }
    reach[text.len()]
}

/// Codes identify entries on the wire: two entries may not share one. Values are compared,
/// not spellings, so `0x1F` collides with `31` and `"\x41"` with `"A"`.
fn check_duplicate_codes(cx: &Ctxt, catalog: &Catalog) {
    let mut first: HashMap<&CodeLit, &TokenStream> = HashMap::new();
    for entry in &catalog.entries {
        let Some(code) = &entry.code else { continue };
        match first.entry(&code.value) {
            Slot::Vacant(slot) => {
                slot.insert(&code.tokens);
            }
            Slot::Occupied(slot) => cx.duplicate(
                &code.tokens,
                *slot.get(),
                format!("duplicate code `{}`", code.value.text().escape_debug()),
                "first defined here",
            ),
        }
    }
}

/// Variant names become enum variants: they must be unique.
fn check_duplicate_variants(cx: &Ctxt, catalog: &Catalog) {
    let mut first: HashMap<String, &Ident> = HashMap::new();
    for entry in &catalog.entries {
        match first.entry(entry.ident.to_string()) {
            Slot::Vacant(slot) => {
                slot.insert(&entry.ident);
            }
            Slot::Occupied(slot) => cx.duplicate(
                &entry.ident,
                *slot.get(),
                format!("duplicate variant name `{}`", entry.ident),
                "first defined here",
            ),
        }
    }
}

/// Vendor names are unique unless the source itself repeats one (SCMS does): a repeat must
/// say so with `repeated_name`, and only a repeat may.
fn check_vendor_names(cx: &Ctxt, catalog: &Catalog) {
    let mut first: HashMap<String, &LitStr> = HashMap::new();
    for entry in &catalog.entries {
        let Some(name) = &entry.name else {
            if let Some(flag) = entry.repeated_name {
                cx.error_at(flag, "`repeated_name` needs a `name` to repeat");
            }
            continue;
        };
        match first.entry(name.value()) {
            Slot::Vacant(slot) => {
                slot.insert(name);
                if let Some(flag) = entry.repeated_name {
                    cx.error_at(
                        flag,
                        format!(
                            "`repeated_name`, but no earlier entry has the name {:?}; mark only the repeats",
                            name.value()
                        ),
                    );
                }
            }
            Slot::Occupied(slot) => {
                if entry.repeated_name.is_none() {
                    cx.duplicate(
                        name,
                        *slot.get(),
                        format!(
                            "duplicate vendor name {:?}; if the source repeats it, add the `repeated_name` flag to this entry",
                            name.value()
                        ),
                        "first used here",
                    );
                }
            }
        }
    }
}

/// A wire entry answers with a status: its own or the catalog's default.
fn check_statuses(cx: &Ctxt, catalog: &Catalog) {
    for entry in &catalog.entries {
        // A malformed status (entry's or default) was reported already.
        if entry.log_only.is_none()
            && entry.effective_status(catalog).is_none()
            && !entry.gave(symbol::entry::STATUS)
            && !catalog
                .given
                .iter()
                .any(|key| key == symbol::catalog::STATUS)
        {
            cx.error_at(
                entry.ident.span(),
                format!(
                    "entry `{}` has no `status` and the catalog has no default; add `status: 500` to the entry or `status = 500` to `#[catalog(...)]`",
                    entry.ident
                ),
            );
        }
    }
}

/// A log-only entry never reaches the wire, so a status or an action would be a lie.
fn check_log_only(cx: &Ctxt, catalog: &Catalog) {
    for entry in &catalog.entries {
        if entry.log_only.is_none() {
            continue;
        }
        if let Some(status) = &entry.status {
            cx.error_spanned_by(
                &status.tokens,
                "a `log_only` entry is never sent, so it takes no `status`",
            );
        }
        if let Some(action) = &entry.action {
            cx.error_spanned_by(
                &action.tokens,
                "a `log_only` entry is never sent, so it takes no `action`",
            );
        }
    }
}

/// Every placeholder of the message (and of its translations) names a declared field.
fn check_template_fields(cx: &Ctxt, catalog: &Catalog) {
    for entry in &catalog.entries {
        // Malformed `fields` were reported; their names are unknown, not missing.
        if entry.gave(symbol::entry::FIELDS) && entry.fields.is_empty() {
            continue;
        }
        if let Some(message) = &entry.message
            && let Some(segments) = &message.segments
        {
            for name in unknown_fields(entry, segments) {
                cx.error_spanned_by(&message.lit, unknown_field_message(entry, "message", &name));
            }
        }
        for translation in &entry.translations {
            let what = format!("translation `{}`", translation.tag);
            match template::parse(&translation.lit.value()) {
                Ok(segments) => {
                    for name in unknown_fields(entry, &segments) {
                        cx.error_spanned_by(
                            &translation.lit,
                            unknown_field_message(entry, &what, &name),
                        );
                    }
                }
                Err(problem) => cx.error_spanned_by(
                    &translation.lit,
                    format!("{what}: {}", problem.replace(" in message", "")),
                ),
            }
        }
    }
}

fn unknown_fields(entry: &Entry, segments: &[Segment]) -> Vec<String> {
    segments
        .iter()
        .filter_map(|segment| match segment {
            Segment::Field(name) if !entry.fields.iter().any(|f| f.ident == name) => {
                Some(name.clone())
            }
            _ => None,
        })
        .collect()
}

fn unknown_field_message(entry: &Entry, what: &str, name: &str) -> String {
    if entry.fields.is_empty() {
        format!(
            "{what} names `{{{name}}}` but entry `{}` declares no fields; add `fields: {{ {name}: String }}`",
            entry.ident
        )
    } else {
        format!(
            "{what} names `{{{name}}}`, which is not a field of `{}`; its fields are {}",
            entry.ident,
            entry
                .fields
                .iter()
                .map(|f| format!("`{}`", f.ident))
                .collect::<Vec<_>>()
                .join(", ")
        )
    }
}

/// A `log_only` entry never reaches a gRPC client either, so it declares no `grpc` code.
fn check_log_only_grpc(cx: &Ctxt, catalog: &Catalog) {
    for entry in &catalog.entries {
        if let (Some(_), Some(grpc)) = (entry.log_only, &entry.grpc) {
            cx.error_spanned_by(
                &grpc.tokens,
                "a `log_only` entry is never sent, so it takes no `grpc` code",
            );
        }
    }
}

/// `#[redact]` takes no arguments, and a redacted field is named by no message template:
/// the message is logged and sent, so a placeholder would leak the value that `#[redact]`
/// keeps out of logs and off the wire.
fn check_redacted_fields(cx: &Ctxt, catalog: &Catalog) {
    for entry in &catalog.entries {
        for field in &entry.fields {
            let Some(attr) = field.redact_attr() else {
                continue;
            };
            if !matches!(attr.meta, syn::Meta::Path(_)) {
                cx.error_spanned_by(attr, "`#[redact]` takes no arguments; write `#[redact]`");
            }
        }
        let redacted = |name: &str| {
            entry
                .fields
                .iter()
                .any(|f| f.is_redacted() && f.ident == name)
        };
        let mut templates: Vec<(&LitStr, String, Vec<Segment>)> = Vec::new();
        if let Some(message) = &entry.message
            && let Some(segments) = template::parse(&message.text).ok()
        {
            templates.push((&message.lit, "message".to_owned(), segments));
        }
        for translation in &entry.translations {
            if let Ok(segments) = template::parse(&translation.lit.value()) {
                let what = format!("translation `{}`", translation.tag);
                templates.push((&translation.lit, what, segments));
            }
        }
        for (lit, what, segments) in templates {
            for segment in segments {
                if let Segment::Field(name) = segment
                    && redacted(&name)
                {
                    cx.error_spanned_by(
                        lit,
                        format!(
                            "{what} names `{{{name}}}`, a `#[redact]` field: the message is logged and sent, so it would leak the value; leave it out of the message"
                        ),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::matches_format;

    #[test]
    fn format_patterns() {
        assert!(matches_format("SCM.####", "SCM.0005"));
        assert!(!matches_format("SCM.####", "SCM.005"));
        assert!(!matches_format("SCM.####", "SCM.00050"));
        assert!(!matches_format("SCM.####", "APIGW.0005"));
        assert!(matches_format("*", "secret_not_found"));
        assert!(!matches_format("*", "Secret"));
        assert!(!matches_format("*", ""));
        assert!(matches_format("*_not_found", "secret_not_found"));
        assert!(matches_format("*_not_found", "rotation_policy_not_found"));
        assert!(!matches_format("*_not_found", "_not_found"));
        assert!(matches_format("5###", "5065"));
        assert!(!matches_format("5###", "4065"));
    }
}
