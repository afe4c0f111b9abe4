//! `errcat explain`: everything the catalogs say about an error code, vendor name or key.

use std::io::Write;

use error_catalog::{CatalogInfo, StatusKind};

use crate::args::{Arg, Parser, Spec};
use crate::lookup::{self, Match};
use crate::{Env, Failure, text};

pub static SPEC: Spec = Spec {
    name: "explain",
    usage: "explain [--catalog <catalog>] <code-or-name>...",
    summary: "Explain a code, vendor name or key, in every catalog that has it",
    help: "\
Looks the argument up in every bundled catalog as an error code (`40013`,
`SCM.0201`, `secret_not_found`), a vendor name (`raNoCertFileAvailable`), a
vendor key (`SCMS-964`) or a Rust variant name (`SecretNotFound`), and prints
what the catalog says about each entry found: catalog, code, status and its
reason phrase, action, message and translations, description, solution,
category, notes, help URL, vendor name and key.

Exact, case-sensitive matches win; when there is none, case is ignored. Every
match is shown: `internal_error` is both a Scai vault and an Adobe Pass code,
and SCMS uses the vendor name `laEncFailure` for three log values.

A \"reported\" status is one the vendor reports about another call (the Scai
vault's webhook deliveries), not the status of the response. A log-only entry
(the SCMS log values) is written to a local log and never sent on the wire:
it has no status.

When nothing matches, the closest codes, names and keys are suggested and the
exit status is 1.

Options:
  -c, --catalog <catalog>  Search this catalog only (see `errcat catalogs`)
  -h, --help               Print this help

",
    examples: "\
Examples:
  errcat explain SCM.0201
  errcat explain 5065 SCMS-964 raNoCertFileAvailable
  errcat explain internal_error
  errcat explain --catalog adobe_pass internal_error
  errcat explain laEncFailure
",
    user_examples: USER_EXAMPLES,
    run,
};

/// The examples of a service's own program (see [`Spec::user_examples`]).
const USER_EXAMPLES: &str = "\
Examples:
  {bin} explain {code}
  {bin} explain --catalog {catalog} {code}
";

fn run(parser: &mut Parser<'_>, out: &mut dyn Write) -> Result<(), Failure> {
    let mut queries = Vec::new();
    let mut catalog: Option<&'static CatalogInfo> = None;
    while let Some(arg) = parser.next()? {
        if arg.is(Some('c'), "catalog") {
            let name = parser.value("--catalog")?;
            catalog = Some(lookup::resolve_catalog(&name, parser)?);
            continue;
        }
        match arg {
            Arg::Value(query) => queries.push(query),
            other => return Err(parser.unexpected(other)),
        }
    }
    if queries.is_empty() {
        return Err(parser.error("missing the code or name to explain"));
    }
    if queries.iter().any(|query| query.trim().is_empty()) {
        return Err(parser.error("empty code or name"));
    }
    let catalogs: Vec<&'static CatalogInfo> = match catalog {
        Some(info) => vec![info],
        None => parser.env().catalogs.clone(),
    };

    let mut not_found = String::new();
    let mut printed = false;
    for raw in &queries {
        let query = raw.trim();
        let (matches, case_folded) = lookup::find_entries(query, &catalogs);
        if matches.is_empty() {
            not_found.push_str(&not_found_message(query, &catalogs, catalog, parser.env()));
            continue;
        }
        if printed {
            writeln!(out)?;
        }
        printed = true;
        if queries.len() > 1 || matches.len() > 1 || case_folded {
            let count = if matches.len() == 1 {
                "1 entry".to_owned()
            } else {
                format!("{} entries", matches.len())
            };
            let how = if case_folded {
                " (no exact match; case ignored)"
            } else {
                ""
            };
            writeln!(out, "`{query}`: {count}{how}")?;
            writeln!(out)?;
        }
        for (i, found) in matches.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            if matches.len() > 1 {
                writeln!(
                    out,
                    "[{}/{}] matched by {}",
                    i + 1,
                    matches.len(),
                    found.matched_by.join(", ")
                )?;
            }
            write_entry(found, out)?;
        }
    }
    if not_found.is_empty() {
        Ok(())
    } else {
        Err(Failure::NotFound(not_found))
    }
}

/// The labelled lines describing one entry.
fn describe(found: &Match) -> Vec<(String, String)> {
    let Match { catalog, entry, .. } = found;
    let mut lines: Vec<(String, String)> = Vec::new();
    let mut add = |label: &str, value: String| lines.push((label.to_owned(), value));

    add(
        "catalog",
        format!("{} — {}", catalog.id(), lookup::catalog_title(catalog)),
    );
    // A composition's entry says which member catalog declares it.
    let index = catalog
        .entries()
        .iter()
        .position(|candidate| core::ptr::eq(candidate, *entry));
    if let Some((member, _)) = index.and_then(|index| catalog.member_of(index)) {
        add(
            "member",
            format!("{} (catalog {})", member.name(), member.catalog().id()),
        );
    }
    add("variant", entry.variant().to_owned());
    if entry.is_deprecated() {
        add(
            "deprecated",
            entry
                .deprecation_note()
                .map_or_else(|| "yes".to_owned(), str::to_owned),
        );
    }
    match entry.code() {
        Some(code) => add("code", lookup::code_text(code)),
        None => add(
            "code",
            "none (the source gives this entry no code)".to_owned(),
        ),
    }
    if let Some(name) = entry.name() {
        add("name", name.to_owned());
    }
    if let Some(key) = entry.key() {
        add("key", key.to_owned());
    }
    match lookup::status_text(entry) {
        None => add(
            "status",
            "none: log-only, written to a local log and never sent on the wire".to_owned(),
        ),
        Some(status) => match entry.status_kind() {
            StatusKind::Response => add("status", status),
            StatusKind::Reported => add(
                "status",
                format!(
                    "{status}, reported: the vendor reports this status about another call; \
                     it is not the status of the response carrying the error"
                ),
            ),
        },
    }
    if !entry.is_log_only() {
        let action = entry.action();
        add(
            "action",
            format!("{action} ({})", lookup::action_meaning(action)),
        );
    }
    let translated = !entry.translations().is_empty();
    let message_label = if translated || !catalog.locale().eq_ignore_ascii_case("en") {
        format!("message ({})", catalog.locale())
    } else {
        "message".to_owned()
    };
    add(&message_label, entry.message_template().to_owned());
    for (lang, translation) in entry.translations() {
        add(&format!("message ({lang})"), (*translation).to_owned());
    }
    if !entry.fields().is_empty() {
        add("fields", entry.fields().join(", "));
    }
    if let Some(description) = entry.description() {
        add("description", description.to_owned());
    }
    if let Some(solution) = entry.solution() {
        add("solution", solution.to_owned());
    }
    if let Some(category) = entry.category() {
        add("category", category.to_owned());
    }
    if let Some(notes) = entry.notes() {
        add("notes", notes.to_owned());
    }
    if let Some(url) = entry.help_url() {
        add("help URL", url.to_owned());
    }
    lines
}

fn write_entry(found: &Match, out: &mut dyn Write) -> Result<(), Failure> {
    let lines = describe(found);
    let label_width = lines
        .iter()
        .map(|(label, _)| text::width(label))
        .max()
        .unwrap_or(0)
        + 2;
    let value_width = text::SCREEN_WIDTH.saturating_sub(label_width).max(20);
    for (label, value) in &lines {
        for (i, line) in text::wrap(value, value_width).iter().enumerate() {
            let head = if i == 0 { label.as_str() } else { "" };
            let row = format!("{}{line}", text::pad(head, label_width));
            writeln!(out, "{}", row.trim_end())?;
        }
    }
    Ok(())
}

fn not_found_message(
    query: &str,
    catalogs: &[&'static CatalogInfo],
    only: Option<&CatalogInfo>,
    env: &Env,
) -> String {
    let place = match only {
        Some(info) => format!("catalog {}", info.id()),
        None => env.the_catalogs(),
    };
    let mut message = format!("errcat: no code, vendor name or key `{query}` in {place}\n");
    const LIMIT: usize = 8;
    let (suggestions, total) = lookup::suggest(query, catalogs, LIMIT);
    if suggestions.is_empty() {
        message.push_str("Run `errcat list` to see every code.\n");
        return message;
    }
    message.push_str("Did you mean:\n");
    let width = suggestions
        .iter()
        .map(|s| text::width(&s.text))
        .max()
        .unwrap_or(0);
    let place_width = suggestions
        .iter()
        .map(|s| text::width(s.field) + 4 + text::width(s.catalog))
        .max()
        .unwrap_or(0);
    for suggestion in &suggestions {
        let line = format!(
            "  {}  {}  {}",
            text::pad(&suggestion.text, width),
            text::pad(
                &format!("{} in {}", suggestion.field, suggestion.catalog),
                place_width
            ),
            text::one_line(suggestion.message)
        );
        message.push_str(text::truncate(&line, text::SCREEN_WIDTH).trim_end());
        message.push('\n');
    }
    if total > suggestions.len() {
        message.push_str(&format!(
            "  … and {} more (`errcat list` shows every code)\n",
            total - suggestions.len()
        ));
    }
    message
}
