//! `errcat lock`: writes each catalog's lock file (the record of its published codes that
//! the compiler checks the catalog against), or with `--check` verifies the files are up to
//! date, for CI.

use std::io::Write;

use error_catalog::CatalogInfo;

use crate::Failure;
use crate::args::{Parser, Spec};
use crate::stability::{self, Severity};

pub static SPEC: Spec = Spec {
    name: "lock",
    usage: "lock [--check] [<catalog>]",
    summary: "Write the catalogs' lock files, or check them (--check)",
    help: "\
Writes the lock file of every catalog that declares one (`#[catalog(lock =
\"errors/<id>.lock\")]`), or of the one named: one sorted line per entry (code,
variant, status, action, flags, fields) and per retired code. The compiler
checks each catalog against its lock, so a published code cannot change by
accident; this command records the changes the compiler allows: new entries,
deprecations, retirements, renamed variants and acknowledged (`previously`)
status or action changes.

With --check nothing is written: the command lists how each lock file differs
from its catalog and fails when one is behind, for CI.

Exit status: 0 when every lock is written (or, with --check, up to date), 1
when a lock is behind its catalog, 2 on a usage error or an unwritable file.

Options:
  -c, --check  Write nothing; fail when a lock file is not up to date
  -h, --help   Print this help

",
    examples: "\
Examples:
  errcat lock
  errcat lock --check
  errcat lock --check skms
",
    user_examples: "\
Examples:
  {bin} lock
  {bin} lock --check {catalog}
",
    run,
};

fn run(parser: &mut Parser<'_>, out: &mut dyn Write) -> Result<(), Failure> {
    let mut check = false;
    let mut catalog: Option<&'static CatalogInfo> = None;
    while let Some(arg) = parser.next()? {
        if arg.is(Some('c'), "check") {
            check = true;
            continue;
        }
        parser.catalog_arg(arg, &mut catalog)?;
    }
    let catalogs = parser.catalogs(catalog);
    let name = &parser.env().name;
    let mut behind = Vec::new();
    let mut locked = 0;
    for info in catalogs {
        let Some(path) = info.lock_path() else {
            if catalog.is_some() {
                return Err(parser.error(format!(
                    "catalog `{}` has no lock file; declare one with `#[catalog(lock = \"errors/{}.lock\")]`",
                    info.id(),
                    info.id()
                )));
            }
            continue;
        };
        locked += 1;
        let expected = info.lock_text();
        let current = std::fs::read_to_string(path).ok();
        if current.as_deref() == Some(expected.as_str()) {
            if check {
                writeln!(out, "{}: {path} is up to date", info.id())?;
            }
            continue;
        }
        if check {
            writeln!(out, "{}: {path} is behind the catalog:", info.id())?;
            let old = match &current {
                Some(text) => stability::read(text).unwrap_or_default(),
                None => stability::Snapshot::new(),
            };
            let new = stability::of_catalogs(&[info]).map_err(|e| parser.error(e))?;
            let changes = stability::diff(&old, &new);
            if current.is_none() {
                writeln!(out, "  (no lock file yet)")?;
            }
            for change in &changes {
                writeln!(out, "  {change}")?;
            }
            if changes.iter().any(|c| c.severity == Severity::Breaking) {
                writeln!(
                    out,
                    "  (breaking changes here mean the lock file was edited by hand: the compiler rejects them in the catalog)"
                )?;
            }
            behind.push(info.id());
            continue;
        }
        if let Some(dir) = std::path::Path::new(path).parent() {
            std::fs::create_dir_all(dir).map_err(|error| {
                parser.error(format!("cannot create `{}`: {error}", dir.display()))
            })?;
        }
        std::fs::write(path, &expected)
            .map_err(|error| parser.error(format!("cannot write `{path}`: {error}")))?;
        writeln!(out, "{}: wrote {path}", info.id())?;
    }
    if locked == 0 {
        writeln!(
            out,
            "no catalog declares a lock file; add `lock = \"errors/<id>.lock\"` to a `#[catalog(...)]`"
        )?;
    }
    if behind.is_empty() {
        return Ok(());
    }
    Err(Failure::NotFound(format!(
        "{name} lock: {} behind its catalog ({}); run `{name} lock` and commit the result\n",
        if behind.len() == 1 {
            "a lock file is"
        } else {
            "lock files are"
        },
        behind.join(", ")
    )))
}
