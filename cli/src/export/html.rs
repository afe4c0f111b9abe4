//! `export --format html`: one self-contained documentation page per catalog (inline CSS and
//! a small inline filter script), with an element per entry whose `id` is its [`anchor`], so
//! `help_url = "https://docs.example/errors/<catalog>.html#{code}"` points at a place that
//! exists.

use std::fmt::Write as _;

use error_catalog::{CatalogInfo, Entry, StatusKind};

use crate::lookup;

/// The element id of `entry` on its catalog's page: its code as the wire writes it, or for an
/// entry without a code its key, vendor name or variant. Ids are unique on a page: a later
/// entry whose id is taken gets its variant name appended.
pub fn anchors(info: &CatalogInfo) -> Vec<String> {
    let mut taken: Vec<String> = Vec::new();
    for entry in info.entries() {
        let mut id = base_anchor(entry);
        if taken.contains(&id) {
            id = format!("{id}-{}", entry.variant());
        }
        taken.push(id);
    }
    taken
}

fn base_anchor(entry: &Entry) -> String {
    let raw = match entry.code() {
        Some(code) => code.to_string(),
        None => entry
            .key()
            .or(entry.name())
            .unwrap_or(entry.variant())
            .to_owned(),
    };
    // HTML ids hold no whitespace.
    raw.chars()
        .map(|c| if c.is_whitespace() { '-' } else { c })
        .collect()
}

/// The file name of `info`'s page: `<id>.html`.
pub fn file_name(info: &CatalogInfo) -> String {
    format!("{}.html", info.id())
}

/// `text` escaped for HTML text and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b}\
code{font-family:ui-monospace,monospace}table{border-collapse:collapse;width:100%}\
th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}\
th{background:#f4f4f4;position:sticky;top:0}#filter{width:100%;padding:.5rem;font-size:1rem;margin:1rem 0}\
tr:target,section:target{background:#fff6d5}section{border-top:1px solid #ddd;padding:.5rem 0}\
dt{font-weight:600}dd{margin:0 0 .4rem 1.5rem;white-space:pre-wrap}.muted{color:#666}";

const SCRIPT: &str = "document.getElementById('filter').addEventListener('input',function(e){\
var q=e.target.value.toLowerCase();document.querySelectorAll('#codes tbody tr').forEach(function(r){\
r.hidden=q!==''&&r.textContent.toLowerCase().indexOf(q)<0;});});";

/// The page of `info`, for a program named `program` at `version`.
pub fn page(info: &CatalogInfo, program: &str, version: &str) -> String {
    let title = lookup::catalog_title(info);
    let anchors = anchors(info);
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"{program} {version}\">\n\
         <title>{title} — error codes</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <h1>{title} <span class=\"muted\">(<code>{id}</code>)</span></h1>\n",
        lang = escape(info.locale()),
        program = escape(program),
        version = escape(version),
        title = escape(&title),
        id = escape(info.id()),
    );
    let doc = info.doc().trim();
    if !doc.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", escape(doc).replace("\n\n", "</p>\n<p>"));
    }
    let _ = writeln!(
        out,
        "<p class=\"muted\">{} entries; codes: {}; native dialect <code>{}</code>; messages in {}.</p>",
        info.entries().len(),
        escape(&lookup::code_kind_text(info)),
        info.dialect().name(),
        escape(info.locale())
    );
    out.push_str(
        "<input id=\"filter\" type=\"search\" placeholder=\"Filter by code, status, action or message\" \
         aria-label=\"Filter the codes\">\n<table id=\"codes\">\n<thead><tr><th>Code</th><th>Status</th>\
         <th>Action</th><th>Message</th></tr></thead>\n<tbody>\n",
    );
    for (entry, anchor) in info.entries().iter().zip(&anchors) {
        let _ = writeln!(
            out,
            "<tr><td><a href=\"#{href}\"><code>{label}</code></a></td><td>{status}</td>\
             <td>{action}</td><td>{message}</td></tr>",
            href = escape(&fragment(anchor)),
            label = escape(&lookup::entry_label(entry)),
            status = escape(&status_text(entry)),
            action = if entry.is_log_only() {
                "—"
            } else {
                entry.action().as_str()
            },
            message = escape(entry.message_template()),
        );
    }
    out.push_str("</tbody>\n</table>\n");
    for (entry, anchor) in info.entries().iter().zip(&anchors) {
        let _ = writeln!(
            out,
            "<section id=\"{id}\">\n<h2><code>{label}</code> {name}</h2>\n<dl>",
            id = escape(anchor),
            label = escape(&lookup::entry_label(entry)),
            name = entry.name().map(escape).unwrap_or_default(),
        );
        let mut item = |label: &str, value: &str| {
            let _ = writeln!(out, "<dt>{label}</dt><dd>{}</dd>", escape(value));
        };
        item("Variant", entry.variant());
        item("Status", &status_text(entry));
        if !entry.is_log_only() {
            item(
                "Action",
                &format!(
                    "{} ({})",
                    entry.action(),
                    lookup::action_meaning(entry.action())
                ),
            );
        }
        item("Message", entry.message_template());
        for (lang, text) in entry.translations() {
            item(&format!("Message ({})", escape(lang)), text);
        }
        if !entry.fields().is_empty() {
            item("Fields", &entry.fields().join(", "));
        }
        for (label, text) in [
            ("Key", entry.key()),
            ("Category", entry.category()),
            ("Description", entry.description()),
            ("Solution", entry.solution()),
            ("Notes", entry.notes()),
        ] {
            if let Some(text) = text {
                item(label, text);
            }
        }
        out.push_str("</dl>\n</section>\n");
    }
    let _ = write!(out, "<script>{SCRIPT}</script>\n</body>\n</html>\n");
    out
}

fn status_text(entry: &Entry) -> String {
    match lookup::status_text(entry) {
        None => "log-only".to_owned(),
        Some(status) if entry.status_kind() == StatusKind::Reported => {
            format!("{status} (reported)")
        }
        Some(status) => status,
    }
}

/// `anchor` as a URL fragment: percent-encoded where a fragment may not hold it as is.
pub fn fragment(anchor: &str) -> String {
    let mut out = String::new();
    for byte in anchor.bytes() {
        let keep = byte.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/?".contains(&byte);
        if keep {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

/// A URL fragment percent-decoded (invalid escapes kept as they are).
pub fn decode_fragment(fragment: &str) -> String {
    let bytes = fragment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        if byte == b'%'
            && let Some(hex) = fragment.get(i + 1..i + 3)
            && let Ok(value) = u8::from_str_radix(hex, 16)
        {
            out.push(value);
            i += 3;
            continue;
        }
        out.push(byte);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The entry anchors of a page: the `id`s of its `<section>`s, unescaped.
pub fn ids_in(page: &str) -> Vec<String> {
    page.split("<section id=\"")
        .skip(1)
        .filter_map(|rest| rest.split_once('"'))
        .map(|(id, _)| unescape(id))
        .collect()
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_and_fragments() {
        assert_eq!(
            escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
        assert_eq!(unescape(&escape("<a & \"b\">")), "<a & \"b\">");
        assert_eq!(fragment("SCM.0005"), "SCM.0005");
        assert_eq!(fragment("a b#推"), "a%20b%23%E6%8E%A8");
        assert_eq!(decode_fragment(&fragment("a b#推")), "a b#推");
        assert_eq!(decode_fragment("%zz"), "%zz");
    }
}
