//! `errcat catalogs`: the bundled catalogs, their titles, sizes and native dialects.

use std::io::Write;

use crate::args::{Parser, Spec};
use crate::text::{SCREEN_WIDTH, pad, truncate, width};
use crate::{Failure, lookup};

pub static SPEC: Spec = Spec {
    name: "catalogs",
    usage: "catalogs",
    summary: "List the bundled catalogs: ids, titles, entry counts, dialects",
    help: "\
Lists the bundled catalogs, one block each: the id (what `list`, `export` and
`explain --catalog` take), the title, the number of entries (and of log-only
ones), the kind of codes with an example, the language of the messages and the
native dialect (the catalog's wire format).

Options:
  -h, --help  Print this help

",
    examples: "\
Example:
  errcat catalogs
",
    user_examples: USER_EXAMPLES,
    run,
};

/// The examples of a service's own program (see [`Spec::user_examples`]).
const USER_EXAMPLES: &str = "\
Example:
  {bin} catalogs
";

fn run(parser: &mut Parser<'_>, out: &mut dyn Write) -> Result<(), Failure> {
    if let Some(arg) = parser.next()? {
        return Err(parser.unexpected(arg));
    }
    let catalogs = &parser.env().catalogs;
    let id_w = catalogs
        .iter()
        .map(|info| width(info.id()))
        .max()
        .unwrap_or(0)
        + 2;
    let room = SCREEN_WIDTH - id_w;
    for info in catalogs {
        let entries = info.entries();
        let log_only = entries.iter().filter(|e| e.is_log_only()).count();
        let mut count = format!("{} entries", entries.len());
        if log_only > 0 {
            count.push_str(&format!(" ({log_only} log-only)"));
        }
        let example = entries
            .iter()
            .find_map(|entry| entry.code())
            .map(|code| format!(" such as {}", lookup::code_text(code)))
            .unwrap_or_default();
        let details = format!(
            "{count}, {} codes{example}, messages in {}, dialect {}",
            lookup::code_kind_text(info),
            info.locale(),
            info.dialect()
        );
        writeln!(
            out,
            "{}{}",
            pad(info.id(), id_w),
            truncate(&lookup::catalog_title(info), room)
        )?;
        for line in crate::text::wrap(&details, room) {
            writeln!(out, "{}{line}", " ".repeat(id_w))?;
        }
    }
    Ok(())
}
