//! `errcat lint`: the catalog checks that are opinions rather than errors, each with an id
//! that `--allow` silences; the exit status tells CI whether any finding remains.

use std::io::Write;

use error_catalog::{Action, CatalogInfo, Entry, StatusKind};

use crate::args::{Parser, Spec};
use crate::{Failure, lookup};

pub static SPEC: Spec = Spec {
    name: "lint",
    usage: "lint [--allow <id>]... [<catalog>]",
    summary: "Check the catalogs' style: opinions, each with an id to allow",
    help: "\
Checks every catalog, or the one named, for what the compiler accepts but a
reader may trip on, and prints one finding per line:
  <catalog> <code>: <id>: <what is wrong>

The checks, by id:
  server-error-client-action      a 5xx whose action asks the client to
                                  authenticate, authorize or register: the
                                  fault is the server's
  rate-limit-without-retry-after  a 429 whose action is not retry-after
  inconsistent-message-ending     a message ending with a period in a catalog
                                  whose messages mostly do not, or the reverse
  missing-doc                     a wire entry without description, solution
                                  or help URL
  help-url-without-anchor         a help URL without a #fragment: it cannot
                                  point at the entry on a page of codes

Exit status: 0 when nothing is found (or everything found is allowed), 1 when
findings remain, 2 on a usage error.

Options:
  -a, --allow <id>  Do not report this check (repeatable, or comma-separated)
  -h, --help        Print this help

",
    examples: "\
Examples:
  errcat lint
  errcat lint --allow missing-doc,inconsistent-message-ending
  errcat lint huawei_scm
",
    user_examples: "\
Examples:
  {bin} lint
  {bin} lint --allow missing-doc {catalog}
",
    run,
};

/// One check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    /// A 5xx with a client-side action.
    ServerErrorClientAction,
    /// A 429 without `retry-after`.
    RateLimitWithoutRetryAfter,
    /// A message ending unlike most of its catalog's.
    InconsistentMessageEnding,
    /// A wire entry without any documentation.
    MissingDoc,
    /// A help URL without a fragment.
    HelpUrlWithoutAnchor,
}

impl Check {
    /// Every check, in the order findings are listed within an entry.
    pub const ALL: [Check; 5] = [
        Check::ServerErrorClientAction,
        Check::RateLimitWithoutRetryAfter,
        Check::InconsistentMessageEnding,
        Check::MissingDoc,
        Check::HelpUrlWithoutAnchor,
    ];

    /// The id `--allow` takes.
    pub fn id(self) -> &'static str {
        match self {
            Check::ServerErrorClientAction => "server-error-client-action",
            Check::RateLimitWithoutRetryAfter => "rate-limit-without-retry-after",
            Check::InconsistentMessageEnding => "inconsistent-message-ending",
            Check::MissingDoc => "missing-doc",
            Check::HelpUrlWithoutAnchor => "help-url-without-anchor",
        }
    }
}

/// One finding: a check an entry fails.
#[derive(Debug)]
pub struct Finding {
    /// The catalog.
    pub catalog: &'static CatalogInfo,
    /// The entry.
    pub entry: &'static Entry,
    /// The check.
    pub check: Check,
    /// What is wrong, in a few words.
    pub message: String,
}

/// Whether a message ends with a full stop (ASCII or ideographic).
fn ends_with_period(message: &str) -> bool {
    let trimmed = message.trim_end();
    trimmed.ends_with('.') && !trimmed.ends_with("..") || trimmed.ends_with('。')
}

/// Every finding of `info`, in entry order.
pub fn findings(info: &'static CatalogInfo) -> Vec<Finding> {
    let wire: Vec<&'static Entry> = info.entries().iter().filter(|e| !e.is_log_only()).collect();
    let with_period = wire
        .iter()
        .filter(|entry| ends_with_period(entry.message_template()))
        .count();
    // The catalog's habit: the ending most of its messages have; no habit on a tie.
    let habit = match (with_period * 2).cmp(&wire.len()) {
        std::cmp::Ordering::Greater => Some(true),
        std::cmp::Ordering::Less => Some(false),
        std::cmp::Ordering::Equal => None,
    };
    let mut found = Vec::new();
    for entry in info.entries() {
        let mut add = |check: Check, message: String| {
            found.push(Finding {
                catalog: info,
                entry,
                check,
                message,
            });
        };
        if entry.is_log_only() {
            continue;
        }
        let status = entry.status().map(|status| status.as_u16());
        let response = entry.status_kind() == StatusKind::Response;
        let action = entry.action();
        if response
            && status.is_some_and(|status| status >= 500)
            && matches!(
                action,
                Action::Authentication | Action::Authorization | Action::ApplicationRegistration
            )
        {
            add(
                Check::ServerErrorClientAction,
                format!(
                    "status {} with action `{action}`: a server error the client is asked to fix",
                    status.unwrap_or_default()
                ),
            );
        }
        if response && status == Some(429) && action != Action::RetryAfter {
            add(
                Check::RateLimitWithoutRetryAfter,
                format!("status 429 with action `{action}`, not `retry-after`"),
            );
        }
        if let Some(habit) = habit {
            let message = entry.message_template();
            if ends_with_period(message) != habit && !message.trim().is_empty() {
                let (this, most) = if habit {
                    ("does not end", "end")
                } else {
                    ("ends", "do not end")
                };
                add(
                    Check::InconsistentMessageEnding,
                    format!(
                        "the message {this} with a period; {} of {} messages of the catalog {most} with one",
                        if habit {
                            with_period
                        } else {
                            wire.len() - with_period
                        },
                        wire.len()
                    ),
                );
            }
        }
        if entry.description().is_none() && entry.solution().is_none() && entry.help_url().is_none()
        {
            add(
                Check::MissingDoc,
                "no description, solution or help URL".to_owned(),
            );
        }
        if let Some(url) = entry.help_url()
            && !url.contains('#')
        {
            add(
                Check::HelpUrlWithoutAnchor,
                format!("help URL `{url}` has no #fragment"),
            );
        }
    }
    found
}

fn parse_allow(value: &str, parser: &Parser<'_>, allowed: &mut Vec<Check>) -> Result<(), Failure> {
    for id in value.split(',').map(str::trim).filter(|id| !id.is_empty()) {
        let Some(check) = Check::ALL.iter().find(|check| check.id() == id) else {
            let ids: Vec<&str> = Check::ALL.iter().map(|check| check.id()).collect();
            return Err(parser.error(format!(
                "unknown check `{id}`; expected one of {}",
                ids.iter()
                    .map(|id| format!("`{id}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        };
        allowed.push(*check);
    }
    Ok(())
}

fn run(parser: &mut Parser<'_>, out: &mut dyn Write) -> Result<(), Failure> {
    let mut allowed = Vec::new();
    let mut catalog: Option<&'static CatalogInfo> = None;
    while let Some(arg) = parser.next()? {
        if arg.is(Some('a'), "allow") {
            let value = parser.value("--allow")?;
            parse_allow(&value, parser, &mut allowed)?;
            continue;
        }
        parser.catalog_arg(arg, &mut catalog)?;
    }
    let catalogs = parser.catalogs(catalog);
    let mut count = 0;
    let mut by_check = [0usize; Check::ALL.len()];
    for info in catalogs {
        for finding in findings(info) {
            if allowed.contains(&finding.check) {
                continue;
            }
            count += 1;
            if let Some(slot) = Check::ALL.iter().position(|c| *c == finding.check) {
                by_check[slot] += 1;
            }
            writeln!(
                out,
                "{} {}: {}: {}",
                finding.catalog.id(),
                lookup::entry_label(finding.entry),
                finding.check.id(),
                finding.message
            )?;
        }
    }
    if count == 0 {
        return Ok(());
    }
    let summary: Vec<String> = Check::ALL
        .iter()
        .zip(by_check)
        .filter(|(_, n)| *n > 0)
        .map(|(check, n)| format!("{n} {}", check.id()))
        .collect();
    Err(Failure::NotFound(format!(
        "errcat lint: {count} finding{} ({}); `--allow <id>` silences a check\n",
        if count == 1 { "" } else { "s" },
        summary.join(", ")
    )))
}
