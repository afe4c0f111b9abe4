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
    check_generated_names(cx, catalog);
    check_codes_present(cx, catalog);
    check_code_kinds(cx, catalog);
    check_code_format(cx, catalog);
    check_duplicate_codes(cx, catalog);
    check_duplicate_variants(cx, catalog);
    check_vendor_names(cx, catalog);
    check_statuses(cx, catalog);
    check_log_only(cx, catalog);
    check_sources(cx, catalog);
    check_help_urls(cx, catalog);
    check_template_fields(cx, catalog);
    check_log_only_grpc(cx, catalog);
    check_redacted_fields(cx, catalog);
}

/// An entry is a variant of all three generated enums, and `Type::NAME` resolves to a variant
/// before an associated item: an entry named like a generated item (`ALL`, `INFO`, `code`,
/// `kind`...) would hide it from users and break the generated code that names it.
fn check_generated_names(cx: &Ctxt, catalog: &Catalog) {
    for entry in &catalog.entries {
        let name = entry.ident.to_string();
        let name = name.strip_prefix("r#").unwrap_or(&name);
        if let Some((item, owner)) = symbol::GENERATED_ITEMS
            .iter()
            .find(|(item, _)| *item == name)
        {
            let owner = match owner {
                symbol::Owner::Code => &catalog.code_enum,
                symbol::Owner::Error => &catalog.ident,
            };
            cx.error_spanned_by(
                &entry.ident,
                format!(
                    "entry `{name}` has the name of the generated `{owner}::{item}`, which the variant would hide; rename the entry (taken: {})",
                    symbol::one_of(symbol::GENERATED_ITEMS.iter().map(|(item, _)| *item))
                ),
            );
        }
    }
}

/// `From<T>` is generated for an entry whose only content is `source: T` (unless it says
/// `no_from`), so two such entries of one enum with the same `T` would be conflicting impls. Types are compared by their tokens: two spellings of
/// one type (`io::Error`, `std::io::Error`) still reach rustc's own E0119.
fn check_sources(cx: &Ctxt, catalog: &Catalog) {
    let mut first: HashMap<(bool, String), &Entry> = HashMap::new();
    for entry in &catalog.entries {
        let Some(source) = &entry.source else {
            if let Some(flag) = entry.no_from {
                cx.error_at(
                    flag,
                    "`no_from` without a `source`: it keeps a source error without its `From` impl",
                );
            }
            continue;
        };
        if !entry.fields.is_empty() {
            if let Some(flag) = entry.no_from {
                cx.error_at(
                    flag,
                    "`no_from` on an entry with `fields`, which never gets a `From` impl; remove the flag",
                );
            }
            continue;
        }
        if entry.no_from.is_some() {
            continue;
        }
        let text = type_text(source);
        let own = if entry.log_only.is_some() {
            &catalog.log_enum
        } else {
            &catalog.ident
        };
        match first.entry((entry.log_only.is_some(), text.clone())) {
            Slot::Vacant(slot) => {
                slot.insert(entry);
            }
            Slot::Occupied(slot) => {
                let earlier = *slot.get();
                if let Some(earlier_source) = &earlier.source {
                    cx.duplicate(
                        source,
                        earlier_source,
                        format!(
                            "entries `{}` and `{}` both convert from `{text}`, so `From<{text}>` for `{own}` would be implemented twice; add the `no_from` flag to all but one",
                            earlier.ident, entry.ident
                        ),
                        "first `From` source here",
                    );
                }
            }
        }
    }
}

/// A type as written, without the spaces token printing puts around `::` and `<>`.
fn type_text(ty: &syn::Type) -> String {
    quote::quote!(#ty)
        .to_string()
        .replace(" :: ", "::")
        .replace(":: ", "::")
        .replace(" ::", "::")
        .replace(" < ", "<")
        .replace("< ", "<")
        .replace(" <", "<")
        .replace(" >", ">")
        .replace(" ,", ",")
        .replace("& ", "&")
}

/// An entry's own `help_url` may use `{code}`, which needs a code to fill it in.
fn check_help_urls(cx: &Ctxt, catalog: &Catalog) {
    for entry in &catalog.entries {
        if let Some(url) = &entry.help_url
            && entry.code.is_none()
            && url.value.contains(symbol::HELP_URL_CODE)
        {
            cx.error_spanned_by(
                &url.lit,
                format!(
                    "`help_url` uses `{}`, but entry `{}` has no code",
                    symbol::HELP_URL_CODE,
                    entry.ident
                ),
            );
        }
    }
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
        if entry.code.is_none()
            && entry.log_only.is_none()
            && !entry.gave(symbol::entry::CODE)
            && !entry.malformed
        {
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
                    cx.error_spanned_by(
                        &code.tokens,
                        format!("code `{value}` does not fit in `{ty}`, the catalog's code type"),
                    );
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

/// With `format = "..."`, every code matches the pattern (see [`crate::format`]).
fn check_code_format(cx: &Ctxt, catalog: &Catalog) {
    let Some(format) = &catalog.format else {
        return;
    };
    for entry in &catalog.entries {
        let Some(code) = &entry.code else { continue };
        let text = code.value.text();
        if !format.pattern.matches(&text) {
            cx.error_spanned_by(
                &code.tokens,
                format!(
                    "code `{}` does not match the catalog's format `{}` ({})",
                    text.escape_debug(),
                    format.text.escape_debug(),
                    crate::format::LEGEND
                ),
            );
        }
    }
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
    let mut first: HashMap<&str, &LitStr> = HashMap::new();
    for entry in &catalog.entries {
        let Some(name) = &entry.name else {
            if let Some(flag) = entry.repeated_name {
                cx.error_at(flag, "`repeated_name` needs a `name` to repeat");
            }
            continue;
        };
        match first.entry(name.value.as_str()) {
            Slot::Vacant(slot) => {
                slot.insert(&name.lit);
                if let Some(flag) = entry.repeated_name {
                    cx.error_at(
                        flag,
                        format!(
                            "`repeated_name`, but no earlier entry has the name {:?}; mark only the repeats",
                            name.value
                        ),
                    );
                }
            }
            Slot::Occupied(slot) => {
                if entry.repeated_name.is_none() {
                    cx.duplicate(
                        &name.lit,
                        *slot.get(),
                        format!(
                            "duplicate vendor name {:?}; if the source repeats it, add the `repeated_name` flag to this entry",
                            name.value
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
            && !entry.malformed
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

/// A log-only entry never reaches the wire, so a code, a status or an action would be a lie.
fn check_log_only(cx: &Ctxt, catalog: &Catalog) {
    for entry in &catalog.entries {
        if entry.log_only.is_none() {
            continue;
        }
        if let Some(code) = &entry.code {
            cx.error_spanned_by(
                &code.tokens,
                "a `log_only` entry is never sent, so it takes no `code`",
            );
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
            match template::parse(&translation.text) {
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
    let declared: std::collections::HashSet<&str> =
        entry.fields.iter().map(|f| f.name.as_str()).collect();
    segments
        .iter()
        .filter_map(|segment| match segment {
            Segment::Field(name) if !declared.contains(name.as_str()) => Some(name.clone()),
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
                .map(|f| format!("`{}`", f.name))
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
            if let Ok(segments) = template::parse(&translation.text) {
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
    use crate::format::Pattern;

    fn matches_format(pattern: &str, text: &str) -> bool {
        Pattern::parse(pattern)
            .expect("valid pattern")
            .matches(text)
    }

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

    #[test]
    fn format_patterns_for_vendor_code_styles() {
        // AWS S3 (PascalCase), gRPC / Google (upper snake), dotted words, kebab case.
        assert!(matches_format("[A-Z][A-Za-z0-9]+", "NoSuchKey"));
        assert!(matches_format("[A-Z][A-Z0-9_]+", "RESOURCE_EXHAUSTED"));
        assert!(!matches_format("[A-Z][A-Z0-9_]+", "resource_exhausted"));
        assert!(matches_format("*.*.*", "storage.bucket.not_found"));
        assert!(matches_format("[a-z0-9_.]+", "storage.bucket.not_found"));
        assert!(matches_format(
            "[a-z0-9]+-[a-z0-9-]+",
            "rate-limit-exceeded"
        ));
        assert!(matches_format("[A-Z]+.####", "SCM.0005"));
        assert!(matches_format("#+", "40013"));
        assert!(matches_format("-?#+", "-5"));
    }
}
