//! `errcat diff <old> <new>`: what changed between two versions of the catalogs' contract
//! (lock files or JSON exports), each change classified as breaking or compatible.

use std::io::Write;

use crate::Failure;
use crate::args::{Arg, Parser, Spec};
use crate::stability::{self, Severity};

pub static SPEC: Spec = Spec {
    name: "diff",
    usage: "diff [--breaking-only] <old> <new>",
    summary: "Classify the changes between two locks or exports",
    help: "\
Compares two versions of the catalogs' contract: two lock files (`errcat lock`)
or two JSON exports (`errcat export --format json`), and prints one line per
change, breaking ones first:
  <breaking|compatible>  <catalog> <code>: <what changed>

Breaking: an entry removed or retired, a status, action or status kind changed,
a field removed, a wire entry made log-only, a retired code declared again, a
catalog gone. Compatible: new entries and fields, deprecations, renamed
variants (the wire code is the same), a log-only entry now sent.

Exit status: 0 when nothing breaking changed, 1 when something did, 2 on a
usage error or an unreadable file.

Options:
  -b, --breaking-only  Print only the breaking changes
  -h, --help           Print this help

",
    examples: "\
Examples:
  git show v1.2.0:catalogs/errors/skms.lock > /tmp/old.lock
  errcat diff /tmp/old.lock catalogs/errors/skms.lock
  errcat diff old-export.json new-export.json
",
    user_examples: "\
Examples:
  {bin} export --format json > new.json
  {bin} diff old.json new.json
",
    run,
};

fn run(parser: &mut Parser<'_>, out: &mut dyn Write) -> Result<(), Failure> {
    let mut files = Vec::new();
    let mut breaking_only = false;
    while let Some(arg) = parser.next()? {
        if arg.is(Some('b'), "breaking-only") {
            breaking_only = true;
            continue;
        }
        match arg {
            Arg::Value(path) if files.len() < 2 => files.push(path),
            Arg::Value(path) => {
                return Err(parser.error(format!(
                    "unexpected argument `{path}`: diff compares two files"
                )));
            }
            other => return Err(parser.unexpected(other)),
        }
    }
    let [old, new] = files.as_slice() else {
        return Err(parser.error("diff needs two files: <old> <new>"));
    };
    let read = |path: &str| {
        let text = std::fs::read_to_string(path)
            .map_err(|error| parser.error(format!("cannot read `{path}`: {error}")))?;
        stability::read(&text).map_err(|error| parser.error(format!("`{path}`: {error}")))
    };
    let changes = stability::diff(&read(old)?, &read(new)?);
    let breaking = changes
        .iter()
        .filter(|c| c.severity == Severity::Breaking)
        .count();
    for change in &changes {
        if breaking_only && change.severity != Severity::Breaking {
            continue;
        }
        writeln!(out, "{change}")?;
    }
    if changes.is_empty() {
        writeln!(out, "no changes")?;
    }
    if breaking == 0 {
        return Ok(());
    }
    Err(Failure::NotFound(format!(
        "{} diff: {breaking} breaking change{} of {}\n",
        parser.env().name,
        if breaking == 1 { "" } else { "s" },
        changes.len()
    )))
}
