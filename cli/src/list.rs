//! `errcat list`: the entries of every catalog, or of one, as tables that fit 80 columns.

use std::io::Write;

use error_catalog::{CatalogInfo, StatusKind};

use crate::args::{Parser, Spec};
use crate::text::{self, SCREEN_WIDTH, pad, truncate, width};
use crate::{Failure, lookup};

pub static SPEC: Spec = Spec {
    name: "list",
    usage: "list [--wide] [<catalog>]",
    summary: "List the entries of every catalog, or of one, as a table",
    help: "\
Prints one table per catalog (all of them, or the one named): catalog id,
code, HTTP status, action and message of every entry, in the catalog's order.
Lines fit an 80-column terminal; long messages are cut with `…` (Chinese
characters count two columns). A catalog whose codes are too long to leave
room for the message (Adobe Pass) puts each message on a second line.

Entries without a code (the SCMS log values) show their vendor key in
parentheses. In the HTTP column, `log` marks a log-only entry (never sent on
the wire) and `*` a reported status (the status of another call the vendor
reports, not of the response).

`errcat explain <code>` shows the full text of an entry.

Arguments:
  <catalog>   A catalog id: scms, skms, scai_vault, huawei_scm, adobe_pass
              (case is ignored, and a unique prefix such as `huawei` will do)

Options:
  -w, --wide  Do not cut messages: one line per entry, however long (for grep)
  -h, --help  Print this help

",
    examples: "\
Examples:
  errcat list
  errcat list skms
  errcat list --wide | grep -i timeout
",
    user_examples: USER_EXAMPLES,
    run,
};

/// The examples of a service's own program (see [`Spec::user_examples`]).
const USER_EXAMPLES: &str = "\
Examples:
  {bin} list
  {bin} list {catalog}
  {bin} list --wide | grep -i timeout
";

fn run(parser: &mut Parser<'_>, out: &mut dyn Write) -> Result<(), Failure> {
    let mut catalog: Option<&'static CatalogInfo> = None;
    let mut wide = false;
    while let Some(arg) = parser.next()? {
        if arg.is(Some('w'), "wide") {
            wide = true;
            continue;
        }
        parser.catalog_arg(arg, &mut catalog)?;
    }
    let catalogs = parser.catalogs(catalog);
    for (i, info) in catalogs.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        write_table(info, wide, out)?;
    }
    Ok(())
}

/// One table row, as text.
struct Row {
    code: String,
    status: String,
    action: String,
    message: String,
}

/// Codes wider than this overflow their column (one-line layout) rather than widen it.
const CODE_CAP: usize = 24;
/// Actions wider than this (`application-registration`) overflow their column.
const ACTION_CAP: usize = 14;
/// The narrowest message column of the one-line layout.
const MIN_MESSAGE: usize = 20;
/// A row whose overflowing cells leave less than this for the message puts it on a second line.
const MIN_RAGGED_MESSAGE: usize = 12;
/// The narrowest action column of the two-line layout (`retry-after`).
const MIN_ACTION: usize = 11;
const GAP: &str = "  ";

fn write_table(info: &CatalogInfo, wide: bool, out: &mut dyn Write) -> Result<(), Failure> {
    let entries = info.entries();
    let log_only = entries.iter().filter(|e| e.is_log_only()).count();
    let id = info.id();
    let room = SCREEN_WIDTH.saturating_sub(width(id) + 3);
    let title = truncate(&lookup::catalog_title(info), room);
    writeln!(out, "{id} — {title}")?;

    let rows: Vec<Row> = entries
        .iter()
        .map(|entry| Row {
            code: lookup::entry_label(entry),
            status: match entry.status() {
                None => "log".to_owned(),
                Some(status) if entry.status_kind() == StatusKind::Reported => {
                    format!("{}*", status.as_u16())
                }
                Some(status) => status.as_u16().to_string(),
            },
            action: if entry.is_log_only() {
                "-".to_owned()
            } else {
                entry.action().to_string()
            },
            message: text::one_line(entry.message_template()),
        })
        .collect();

    let column = |header: &str, cell: fn(&Row) -> &str| {
        rows.iter()
            .map(|row| width(cell(row)))
            .chain([width(header)])
            .max()
            .unwrap_or(0)
    };
    let id_w = width(id).max(width("CATALOG"));
    let code_natural = column("CODE", |row| &row.code);
    let status_w = column("HTTP", |row| &row.status);
    let action_natural = column("ACTION", |row| &row.action);

    let mut lines: Vec<String> = Vec::new();
    let cells = |code: &str, code_w: usize, status: &str, action: &str, action_w: usize| {
        format!(
            "{}{GAP}{}{GAP}{}{GAP}{}",
            pad(id, id_w),
            pad(code, code_w),
            pad(status, status_w),
            pad(action, action_w)
        )
    };

    if wide {
        lines.push(format!(
            "{}{GAP}MESSAGE",
            header(id_w, code_natural, status_w, action_natural)
        ));
        for row in &rows {
            let prefix = cells(
                &row.code,
                code_natural,
                &row.status,
                &row.action,
                action_natural,
            );
            lines.push(format!("{prefix}{GAP}{}", row.message));
        }
    } else {
        let code_w = code_natural.min(CODE_CAP);
        let action_w = action_natural.min(ACTION_CAP);
        let prefix_w = id_w + code_w + status_w + action_w + 4 * GAP.len();
        let message_w = SCREEN_WIDTH.saturating_sub(prefix_w);
        // One line per entry unless that would cut most messages (Adobe Pass sentences).
        let cut = rows
            .iter()
            .filter(|row| width(&row.message) > message_w)
            .count();
        let one_line = message_w >= MIN_MESSAGE && cut * 2 <= rows.len();
        let indent = " ".repeat(id_w + GAP.len());
        if one_line {
            lines.push(format!(
                "{}{GAP}MESSAGE",
                header(id_w, code_w, status_w, action_w)
            ));
            for row in &rows {
                let prefix = cells(&row.code, code_w, &row.status, &row.action, action_w) + GAP;
                let room = SCREEN_WIDTH.saturating_sub(width(&prefix));
                if room >= MIN_RAGGED_MESSAGE {
                    lines.push(prefix + &truncate(&row.message, room));
                } else {
                    lines.push(prefix);
                    lines.push(
                        indent.clone() + &truncate(&row.message, SCREEN_WIDTH - indent.len()),
                    );
                }
            }
        } else {
            // Two lines per entry: the identifiers, then the message under the code.
            // Codes keep their full width; an action too wide for what is left of the line
            // (`application-registration` after a long code) is cut like a message.
            let fixed = id_w + status_w + 3 * GAP.len() + MIN_ACTION;
            let code_w = code_natural.min(SCREEN_WIDTH.saturating_sub(fixed));
            lines.push(header(id_w, code_w, status_w, 0));
            lines.push(indent.clone() + "MESSAGE");
            for row in &rows {
                let prefix = cells(&row.code, code_w, &row.status, "", 0);
                let room = SCREEN_WIDTH.saturating_sub(width(&prefix));
                lines.push(prefix + &truncate(&row.action, room));
                lines.push(indent.clone() + &truncate(&row.message, SCREEN_WIDTH - indent.len()));
            }
        }
    }

    lines.push(if log_only > 0 {
        format!("{} entries, {log_only} log-only", entries.len())
    } else {
        format!("{} entries", entries.len())
    });
    if rows.iter().any(|row| row.status.ends_with('*')) {
        lines.push(
            "* reported status: the vendor reports it about another call, not the response"
                .to_owned(),
        );
    }
    if log_only > 0 {
        lines
            .push("log: log-only entry, written to a local log, never sent on the wire".to_owned());
    }
    for line in lines {
        let line = line.trim_end();
        // The layout keeps lines within the screen; cutting is the last resort.
        if wide {
            writeln!(out, "{line}")?;
        } else {
            writeln!(out, "{}", truncate(line, SCREEN_WIDTH))?;
        }
    }
    Ok(())
}

fn header(id_w: usize, code_w: usize, status_w: usize, action_w: usize) -> String {
    format!(
        "{}{GAP}{}{GAP}{}{GAP}{}",
        pad("CATALOG", id_w),
        pad("CODE", code_w),
        pad("HTTP", status_w),
        pad("ACTION", action_w)
    )
}
