//! `errcat export`: the entries as JSON (for tools), as Markdown or HTML documentation pages,
//! or as an OpenAPI 3.1 document of the error responses.

pub mod html;
pub mod openapi;
mod yaml;

use std::io::Write;
use std::path::PathBuf;

use error_catalog::{CatalogInfo, Code, Entry, StatusKind};
use serde::Serialize;
use serde::ser::Serializer;

use crate::args::{Parser, Spec};
use crate::{Env, Failure, lookup};

pub static SPEC: Spec = Spec {
    name: "export",
    usage: "export [--format <format>] [--fragment] [--out-dir <dir>] [<cat>]",
    summary: "Export the entries as JSON, Markdown, HTML or OpenAPI 3.1",
    help: "\
Writes the entries of every catalog, or of the one named, to stdout.

--format json (the default) writes an array of objects, one per entry, in
catalog order, with these keys:
  catalog       catalog id (\"scms\")
  variant       Rust variant name (\"RaNoCertFileAvailable\")
  code          a number in integer catalogs (5065), a string in the others
                (\"SCM.0005\"), null where the source gives none (SCMS log values)
  status        HTTP status number, null for log-only entries
  status_kind   \"response\", or \"reported\" for a status the vendor reports
                about another call; null for log-only entries
  action        remediation hint (\"retry-after\"), null for log-only entries
  log_only      true for entries only ever logged, never sent on the wire
  message       message template, `{field}` placeholders included
  locale        language of the message (\"en\", \"zh-CN\")
  translations  object of language tag to message ({\"en\": \"...\"}), or {}
  fields        names of the message's typed fields
  name, key, description, solution, category, notes, help_url
                text, null when absent
  deprecated    true for entries kept for old clients, not for new use

--format markdown writes a documentation page: per catalog its title, its
documentation, a table of the entries (code, status, action, message) and a
section per entry with its description, solution and notes.

--format html writes one self-contained page per catalog (inline CSS and a
filter box): a table of the entries and a section per entry whose `id` is its
code, so a catalog's
  help_url = \"https://docs.example/errors/<catalog>.html#{code}\"
points at it. With several catalogs, give --out-dir (one <catalog>.html each)
or a catalog.

--format openapi writes an OpenAPI 3.1 document (JSON; openapi-yaml for YAML):
per catalog a schema of the dialect's error body, the code enum (with
x-enum-varnames), and per HTTP status a response listing every code it
carries, with an example per code rendered by the dialect, the headers it sets
(Retry-After where relevant) and x-error-codes. Reference the responses from
your operations (`$ref: '#/components/responses/<catalog>.<status>'`).
--fragment writes only `components`, to merge into a service's own document.

Arguments:
  <catalog>   A catalog id: scms, skms, scai_vault, huawei_scm, adobe_pass
              (case is ignored, and a unique prefix such as `huawei` will do)

Options:
  -f, --format <format>  json, markdown (md), html, openapi or openapi-yaml;
                         json when not given
      --fragment         openapi: only the components, to merge
  -o, --out-dir <dir>    Write one file per catalog there (<catalog>.json,
                         .md, .html, .openapi.json, .openapi.yaml)
  -h, --help             Print this help

",
    examples: "\
Examples:
  errcat export > catalogs.json
  errcat export --format json skms | jq '.[] | select(.status == 401) | .code'
  errcat export --format markdown > ERRORS.md
  errcat export -f md huawei_scm
",
    user_examples: USER_EXAMPLES,
    run,
};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Markdown,
    Html,
    OpenApi,
    OpenApiYaml,
}

impl Format {
    /// The file name extension of `--out-dir` files.
    fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::OpenApi => "openapi.json",
            Format::OpenApiYaml => "openapi.yaml",
        }
    }
}

/// The examples of a service's own program (see [`Spec::user_examples`]).
const USER_EXAMPLES: &str = "\
Examples:
  {bin} export > errors.json
  {bin} export --format markdown > ERRORS.md
  {bin} export --format html {catalog} > {catalog}.html
  {bin} export --format openapi > errors.openapi.json
  {bin} export --format openapi --fragment {catalog}
";

fn run(parser: &mut Parser<'_>, out: &mut dyn Write) -> Result<(), Failure> {
    let mut format = None;
    let mut catalog: Option<&'static CatalogInfo> = None;
    let mut fragment = false;
    let mut out_dir: Option<PathBuf> = None;
    while let Some(arg) = parser.next()? {
        if arg.is(Some('f'), "format") {
            let value = parser.value("--format")?;
            format = Some(match value.to_ascii_lowercase().as_str() {
                "json" => Format::Json,
                "markdown" | "md" => Format::Markdown,
                "html" => Format::Html,
                "openapi" => Format::OpenApi,
                "openapi-yaml" => Format::OpenApiYaml,
                _ => {
                    return Err(parser.error(format!(
                        "unknown format `{value}`; expected `json`, `markdown`, `html`, \
                         `openapi` or `openapi-yaml`"
                    )));
                }
            });
            continue;
        }
        if arg.is(None, "fragment") {
            fragment = true;
            continue;
        }
        if arg.is(Some('o'), "out-dir") {
            out_dir = Some(PathBuf::from(parser.value("--out-dir")?));
            continue;
        }
        parser.catalog_arg(arg, &mut catalog)?;
    }
    let catalogs = parser.catalogs(catalog);
    let format = format.unwrap_or(Format::Json);
    if fragment && !matches!(format, Format::OpenApi | Format::OpenApiYaml) {
        return Err(parser.error("`--fragment` goes with `--format openapi` or `openapi-yaml`"));
    }
    let env = parser.env();
    if let Some(dir) = out_dir {
        std::fs::create_dir_all(&dir).map_err(|error| {
            Failure::NotFound(format!(
                "errcat export: cannot create {}: {error}\n",
                dir.display()
            ))
        })?;
        for info in &catalogs {
            let path = dir.join(format!("{}.{}", info.id(), format.extension()));
            let mut bytes = Vec::new();
            write_format(env, format, &[info], false, fragment, &mut bytes)?;
            std::fs::write(&path, bytes).map_err(|error| {
                Failure::NotFound(format!(
                    "errcat export: cannot write {}: {error}\n",
                    path.display()
                ))
            })?;
            writeln!(out, "{}", path.display())?;
        }
        return Ok(());
    }
    if format == Format::Html && catalogs.len() > 1 {
        return Err(parser.error(format!(
            "`--format html` writes one page per catalog: name a catalog ({}) or give --out-dir",
            lookup::catalog_ids(&catalogs)
        )));
    }
    write_format(env, format, &catalogs, catalog.is_none(), fragment, out)
}

fn write_format(
    env: &Env,
    format: Format,
    catalogs: &[&'static CatalogInfo],
    all: bool,
    fragment: bool,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    match format {
        Format::Json => write_json(catalogs, out),
        Format::Markdown => write_markdown(env, catalogs, all, out),
        Format::Html => {
            for info in catalogs {
                out.write_all(html::page(info, &env.name, &env.version).as_bytes())?;
            }
            Ok(())
        }
        Format::OpenApi => {
            let document = openapi::document(env, catalogs, fragment);
            write_pretty(&document, out)
        }
        Format::OpenApiYaml => {
            let document = openapi::document(env, catalogs, fragment);
            out.write_all(yaml::to_yaml(&document).as_bytes())?;
            Ok(())
        }
    }
}

/// `value` as pretty JSON and a newline.
fn write_pretty<T: Serialize>(value: &T, out: &mut dyn Write) -> Result<(), Failure> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(|error| {
        Failure::Io(error.io_error_kind().map_or_else(
            || std::io::Error::other(error.to_string()),
            std::io::Error::from,
        ))
    })?;
    writeln!(out)?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------------------

/// One entry in the JSON export; field order is the output's.
#[derive(Serialize)]
struct JsonEntry {
    catalog: &'static str,
    variant: &'static str,
    code: Option<JsonCode>,
    status: Option<u16>,
    status_kind: Option<&'static str>,
    action: Option<&'static str>,
    log_only: bool,
    message: &'static str,
    locale: &'static str,
    translations: Translations,
    fields: &'static [&'static str],
    name: Option<&'static str>,
    key: Option<&'static str>,
    description: Option<&'static str>,
    solution: Option<&'static str>,
    category: Option<&'static str>,
    notes: Option<&'static str>,
    help_url: Option<&'static str>,
    deprecated: bool,
}

/// A code as its catalog types it: a JSON number or string.
#[derive(Serialize)]
#[serde(untagged)]
enum JsonCode {
    Int(i128),
    Str(&'static str),
}

/// Translations as a JSON object, in declaration order.
struct Translations(&'static [(&'static str, &'static str)]);

impl Serialize for Translations {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(lang, text)| (*lang, *text)))
    }
}

fn json_entry(catalog: &CatalogInfo, entry: &'static Entry) -> JsonEntry {
    JsonEntry {
        catalog: catalog.id(),
        variant: entry.variant(),
        code: entry.code().map(|code| match code {
            Code::Int(value) => JsonCode::Int(value),
            Code::Str(value) => JsonCode::Str(value),
        }),
        status: entry.status().map(|status| status.as_u16()),
        status_kind: entry
            .status()
            .map(|_| lookup::status_kind_text(entry.status_kind())),
        action: (!entry.is_log_only()).then(|| entry.action().as_str()),
        log_only: entry.is_log_only(),
        message: entry.message_template(),
        locale: catalog.locale(),
        translations: Translations(entry.translations()),
        fields: entry.fields(),
        name: entry.name(),
        key: entry.key(),
        description: entry.description(),
        solution: entry.solution(),
        category: entry.category(),
        notes: entry.notes(),
        help_url: entry.help_url(),
        deprecated: entry.is_deprecated(),
    }
}

fn write_json(catalogs: &[&'static CatalogInfo], out: &mut dyn Write) -> Result<(), Failure> {
    let entries: Vec<JsonEntry> = catalogs
        .iter()
        .flat_map(|catalog| {
            catalog
                .entries()
                .iter()
                .map(move |entry| json_entry(catalog, entry))
        })
        .collect();
    write_pretty(&entries, out)
}

// ---------------------------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------------------------

fn write_markdown(
    env: &Env,
    catalogs: &[&'static CatalogInfo],
    all: bool,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    // One catalog: it is the page (`#`); several: a page of catalogs (`##` each).
    let level = if all { 2 } else { 1 };
    if all {
        writeln!(out, "# Error catalogs")?;
        writeln!(out)?;
        if env.bundled {
            writeln!(
                out,
                "The {} error catalogs bundled with error-catalog-vendors {}, as `errcat export --format markdown` writes them.",
                catalogs.len(),
                env!("CARGO_PKG_VERSION")
            )?;
        } else {
            writeln!(
                out,
                "The {} error catalogs of {} {}, as `{} export --format markdown` writes them.",
                catalogs.len(),
                env.name,
                env.version,
                env.name
            )?;
        }
        writeln!(out)?;
        writeln!(out, "| Catalog | Id | Entries | Codes | Native dialect |")?;
        writeln!(out, "| --- | --- | --- | --- | --- |")?;
        for info in catalogs {
            writeln!(
                out,
                "| [{}](#{}) | `{}` | {} | {} | `{}` |",
                cell(&lookup::catalog_title(info)),
                info.id(),
                info.id(),
                entry_count(info),
                lookup::code_kind_text(info),
                info.dialect()
            )?;
        }
        writeln!(out)?;
    }
    for info in catalogs {
        write_catalog(info, level, out)?;
    }
    Ok(())
}

fn entry_count(info: &CatalogInfo) -> String {
    let log_only = info.entries().iter().filter(|e| e.is_log_only()).count();
    if log_only > 0 {
        format!("{} ({log_only} log-only)", info.entries().len())
    } else {
        info.entries().len().to_string()
    }
}

fn anchor(info: &CatalogInfo, entry: &Entry) -> String {
    format!("{}-{}", info.id(), entry.variant())
}

fn status_markdown(entry: &Entry) -> String {
    match lookup::status_text(entry) {
        None => "— (log-only)".to_owned(),
        Some(status) if entry.status_kind() == StatusKind::Reported => {
            format!("{status} (reported)")
        }
        Some(status) => status,
    }
}

fn write_catalog(info: &CatalogInfo, level: usize, out: &mut dyn Write) -> Result<(), Failure> {
    let hashes = "#".repeat(level);
    writeln!(
        out,
        "{hashes} <a id=\"{id}\"></a>{title} (`{id}`)",
        id = info.id(),
        title = inline(&lookup::catalog_title(info))
    )?;
    writeln!(out)?;
    let doc = rustdoc_links(info.doc().trim());
    if !doc.is_empty() {
        writeln!(out, "{doc}")?;
        writeln!(out)?;
    }
    writeln!(out, "- Catalog id: `{}`", info.id())?;
    writeln!(out, "- Entries: {}", entry_count(info))?;
    writeln!(out, "- Codes: {}", lookup::code_kind_text(info))?;
    writeln!(out, "- Native dialect: `{}`", info.dialect())?;
    writeln!(out, "- Message language: {}", info.locale())?;
    writeln!(out, "- Rust type: `{}`", info.type_name())?;
    writeln!(out)?;

    writeln!(out, "| Code | Status | Action | Message |")?;
    writeln!(out, "| --- | --- | --- | --- |")?;
    for entry in info.entries() {
        let action = if entry.is_log_only() {
            "—"
        } else {
            entry.action().as_str()
        };
        writeln!(
            out,
            "| [`{}`](#{}) | {} | {} | {} |",
            cell(&lookup::entry_label(entry)),
            anchor(info, entry),
            status_markdown(entry),
            action,
            cell(entry.message_template())
        )?;
    }
    writeln!(out)?;

    let sub = "#".repeat(level + 1);
    for entry in info.entries() {
        // `5065` raNoCertFileAvailable; `laEncFailure` (SCMS-1044) for an entry without a code.
        let heading = match (entry.code().map(lookup::code_text), entry.name()) {
            (Some(code), Some(name)) if code != name => format!("`{code}` {}", inline(name)),
            (Some(code), _) => format!("`{code}`"),
            (None, name) => {
                let mut heading = format!("`{}`", name.unwrap_or(entry.variant()));
                if let Some(key) = entry.key() {
                    heading.push_str(&format!(" ({})", inline(key)));
                }
                heading
            }
        };
        writeln!(out, "{sub} <a id=\"{}\"></a>{heading}", anchor(info, entry))?;
        writeln!(out)?;
        writeln!(out, "- Variant: `{}`", entry.variant())?;
        if let Some(code) = entry.code() {
            writeln!(out, "- Code: `{}`", lookup::code_text(code))?;
        }
        if let Some(name) = entry.name() {
            writeln!(out, "- Vendor name: `{name}`")?;
        }
        if let Some(key) = entry.key() {
            writeln!(out, "- Key: {}", inline(key))?;
        }
        writeln!(out, "- Status: {}", status_markdown(entry))?;
        if !entry.is_log_only() {
            writeln!(out, "- Action: `{}`", entry.action())?;
        }
        writeln!(out, "- Message: {}", inline(entry.message_template()))?;
        for (lang, text) in entry.translations() {
            writeln!(out, "- Message ({lang}): {}", inline(text))?;
        }
        if !entry.fields().is_empty() {
            let fields: Vec<String> = entry.fields().iter().map(|f| format!("`{f}`")).collect();
            writeln!(out, "- Fields: {}", fields.join(", "))?;
        }
        if let Some(category) = entry.category() {
            writeln!(out, "- Category: {}", inline(category))?;
        }
        if let Some(url) = entry.help_url() {
            writeln!(out, "- Help: <{url}>")?;
        }
        writeln!(out)?;
        for (label, text) in [
            ("Description", entry.description()),
            ("Solution", entry.solution()),
            ("Notes", entry.notes()),
        ] {
            if let Some(text) = text {
                writeln!(out, "**{label}.** {}", paragraph(text))?;
                writeln!(out)?;
            }
        }
    }
    Ok(())
}

/// Text for a Markdown table cell: inline escapes, `|` escaped, line breaks as `<br>`.
fn cell(text: &str) -> String {
    inline(text.trim())
        .replace('|', "\\|")
        .replace("\r\n", "<br>")
        .replace('\n', "<br>")
}

/// Catalog text in running Markdown: characters that Markdown or HTML would read as markup
/// are escaped (backticks are kept: the notes use them for code).
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '*' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            _ => out.push(c),
        }
    }
    out
}

/// A paragraph of catalog text: inline escapes, the source's line breaks kept as hard breaks.
fn paragraph(text: &str) -> String {
    inline(text.trim())
        .lines()
        .map(escape_line_start)
        .collect::<Vec<_>>()
        .join("<br>\n")
}

/// Escapes what would start a block (`#`, `-`, `+`, `=`, `1.`) at the start of a line.
fn escape_line_start(line: &str) -> String {
    let trimmed = line.trim_start();
    if trimmed.starts_with(['#', '-', '+', '=']) {
        return format!("\\{trimmed}");
    }
    let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && trimmed[digits..].starts_with(['.', ')']) {
        format!("{}\\{}", &trimmed[..digits], &trimmed[digits..])
    } else {
        trimmed.to_owned()
    }
}

/// Rustdoc intra-doc links (`` [`ScmsLogValue`] ``) as plain code spans, since the page has no
/// such targets; ordinary Markdown links (`[text](url)`) are kept.
fn rustdoc_links(doc: &str) -> String {
    let mut out = String::with_capacity(doc.len());
    let mut rest = doc;
    while let Some(start) = rest.find("[`") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find("`]") {
            Some(end)
                if !after[end + 2..].starts_with(['(', '['])
                    && !after[..end + 1].contains('\n') =>
            {
                out.push_str(&after[..end + 1]);
                rest = &after[end + 2..];
            }
            _ => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(cell("a | b\nc"), "a \\| b<br>c");
        assert_eq!(inline("> 10s response time"), "&gt; 10s response time");
        assert_eq!(inline("unknown_*"), "unknown_\\*");
        assert_eq!(
            paragraph("- one\n2. two\nthree"),
            "\\- one<br>\n2\\. two<br>\nthree"
        );
    }

    #[test]
    fn intra_doc_links() {
        assert_eq!(
            rustdoc_links("they make up [`ScmsLogValue`]. See [`x`](https://e.x)."),
            "they make up `ScmsLogValue`. See [`x`](https://e.x)."
        );
    }
}
