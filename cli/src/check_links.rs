//! `errcat check-links`: every help URL that points at the exported HTML documentation
//! (`--docs-base`) names a page and an anchor that `export --format html` writes.

use std::io::Write;

use error_catalog::CatalogInfo;

use crate::args::{Parser, Spec};
use crate::export::html;
use crate::{Failure, lookup};

pub static SPEC: Spec = Spec {
    name: "check-links",
    usage: "check-links --docs-base <url> [<catalog>]",
    summary: "Check that help URLs point at anchors of the HTML export",
    help: "\
For every entry whose help URL starts with the docs base, checks that the rest
is `<catalog>.html#<anchor>`: a page `export --format html --out-dir` writes,
and an anchor on it (the entry's code). Help URLs elsewhere are not checked.
Prints each broken URL; the exit status is 1 when one is.

Options:
  -b, --docs-base <url>  Where the exported pages are published, such as
                         https://docs.example/errors/
  -h, --help             Print this help

",
    examples: "\
Example:
  errcat check-links --docs-base https://docs.example/errors/
",
    user_examples: "\
Example:
  {bin} check-links --docs-base https://docs.example/errors/
",
    run,
};

/// A help URL that does not resolve.
#[derive(Debug)]
pub struct Broken {
    /// The catalog of the entry.
    pub catalog: &'static str,
    /// The entry's code (or key).
    pub label: String,
    /// The URL.
    pub url: &'static str,
    /// Why it does not resolve.
    pub why: String,
}

/// Checks the help URLs of `catalogs` starting with `base` against the pages of `pages`
/// (every catalog that has a page). Returns how many were checked and the broken ones.
pub fn check(
    catalogs: &[&'static CatalogInfo],
    pages: &[&'static CatalogInfo],
    base: &str,
) -> (usize, Vec<Broken>) {
    let rendered: Vec<(String, Vec<String>)> = pages
        .iter()
        .map(|info| {
            let page = html::page(info, "", "");
            (html::file_name(info), html::ids_in(&page))
        })
        .collect();
    let mut checked = 0;
    let mut broken = Vec::new();
    for info in catalogs {
        for entry in info.entries() {
            let Some(url) = entry.help_url() else {
                continue;
            };
            let Some(rest) = url.strip_prefix(base) else {
                continue;
            };
            checked += 1;
            let mut fail = |why: String| {
                broken.push(Broken {
                    catalog: info.id(),
                    label: lookup::entry_label(entry),
                    url,
                    why,
                });
            };
            let (page, fragment) = rest.split_once('#').unwrap_or((rest, ""));
            let Some((_, ids)) = rendered.iter().find(|(name, _)| name == page) else {
                let names: Vec<&str> = rendered.iter().map(|(name, _)| name.as_str()).collect();
                fail(format!(
                    "no exported page `{page}`; the pages are: {}",
                    names.join(", ")
                ));
                continue;
            };
            if fragment.is_empty() {
                fail("no #anchor: it points at the page, not at the entry".to_owned());
                continue;
            }
            let anchor = html::decode_fragment(fragment);
            if !ids.contains(&anchor) {
                fail(format!("no anchor `{anchor}` on {page}"));
            }
        }
    }
    (checked, broken)
}

fn run(parser: &mut Parser<'_>, out: &mut dyn Write) -> Result<(), Failure> {
    let mut base: Option<String> = None;
    let mut catalog: Option<&'static CatalogInfo> = None;
    while let Some(arg) = parser.next()? {
        if arg.is(Some('b'), "docs-base") {
            base = Some(parser.value("--docs-base")?);
            continue;
        }
        parser.catalog_arg(arg, &mut catalog)?;
    }
    let Some(base) = base.filter(|base| !base.trim().is_empty()) else {
        return Err(parser.error(
            "missing `--docs-base <url>`: where the pages of `export --format html` are published",
        ));
    };
    let all = &parser.env().catalogs;
    let catalogs: Vec<&'static CatalogInfo> = match catalog {
        Some(info) => vec![info],
        None => all.clone(),
    };
    let (checked, broken) = check(&catalogs, all, &base);
    for link in &broken {
        writeln!(
            out,
            "{} {}: {}: {}",
            link.catalog, link.label, link.url, link.why
        )?;
    }
    if broken.is_empty() {
        writeln!(
            out,
            "{checked} help URLs under {base} checked: every one resolves"
        )?;
        return Ok(());
    }
    Err(Failure::NotFound(format!(
        "errcat check-links: {} of {checked} help URLs under {base} do not resolve\n",
        broken.len()
    )))
}
