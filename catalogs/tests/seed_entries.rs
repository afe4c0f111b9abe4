//! Checks every entry of the five bundled catalogs against the seed tables in `tests/data/`.
//!
//! The catalogs' entries, in declaration order, must be the seed rows in `seq` order (legend
//! rows left out). For each row the code, status, vendor name, key, message, action, log-only
//! flag, description, solution and category must be the seed's, read through the runtime API.
//! Where a catalog departs from its seed on purpose (a lost status cell, codes without a
//! message, retry guidance given outside the table, a message that takes a field), the
//! departure is listed in [`OVERRIDES`], and every override must be used.

use std::collections::HashSet;
use std::fs;
use std::path::PathBuf;

use error_catalog::{Action, Catalog, CatalogInfo, Code, Entry, StatusKind};
use error_catalog_vendors::CATALOGS;
use error_catalog_vendors::adobe_pass::AdobePassCode;
use error_catalog_vendors::huawei::HuaweiScmCode;
use error_catalog_vendors::scai_vault::ScaiVaultCode;
use error_catalog_vendors::scms::ScmsCode;
use error_catalog_vendors::skms::SkmsCode;
use http::StatusCode;

// ---------------------------------------------------------------------------------------------
// Seed tables
// ---------------------------------------------------------------------------------------------

const COLUMNS: [&str; 14] = [
    "seq",
    "table",
    "code",
    "status",
    "name",
    "message",
    "action",
    "log_only",
    "key",
    "description",
    "solution",
    "category",
    "extra",
    "notes",
];

/// One row of a seed table, cells unescaped.
#[derive(Debug)]
struct Row {
    seq: u32,
    table: String,
    code: String,
    status: String,
    name: String,
    message: String,
    action: String,
    log_only: String,
    key: String,
    description: String,
    solution: String,
    category: String,
    extra: String,
}

/// Undoes the seed tables' cell escapes: `\n` line break, `\t` tab, `\\` backslash.
fn unescape(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len());
    let mut chars = cell.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            other => panic!(
                "unknown escape `\\{}` in cell {cell:?}",
                other.unwrap_or(' ')
            ),
        }
    }
    out
}

/// The entry rows of `tests/data/<file>`, in `seq` order, without the rows of `legend_table`.
fn seed_rows(file: &str, legend_table: Option<&str>) -> Vec<Row> {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "data", file]
        .iter()
        .collect();
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().expect("header line").split('\t').collect();
    assert_eq!(header, COLUMNS, "{file}: unexpected columns");

    let mut rows = Vec::new();
    for (number, line) in lines.enumerate() {
        if line.is_empty() {
            continue;
        }
        let cells: Vec<String> = line.split('\t').map(unescape).collect();
        assert_eq!(
            cells.len(),
            COLUMNS.len(),
            "{file} line {}: cell count",
            number + 2
        );
        let mut cells = cells.into_iter();
        let mut next = || cells.next().expect("cell");
        let row = Row {
            seq: next().parse().expect("seq is a number"),
            table: next(),
            code: next(),
            status: next(),
            name: next(),
            message: next(),
            action: next(),
            log_only: next(),
            key: next(),
            description: next(),
            solution: next(),
            category: next(),
            extra: next(),
        };
        if Some(row.table.as_str()) != legend_table {
            rows.push(row);
        }
    }
    assert!(
        rows.windows(2).all(|pair| pair[0].seq < pair[1].seq),
        "{file}: rows are not in seq order"
    );
    rows
}

/// A seed cell as the runtime reports optional text: an empty cell is `None`.
fn opt(cell: &str) -> Option<&str> {
    (!cell.is_empty()).then_some(cell)
}

/// Renders a message template with every field empty; also returns the field names it uses.
fn render_empty(template: &str) -> (String, Vec<String>) {
    let mut out = String::new();
    let mut fields = Vec::new();
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '{' => {
                let name: String = chars.by_ref().take_while(|&c| c != '}').collect();
                fields.push(name);
            }
            '}' => panic!("unbalanced `}}` in template {template:?}"),
            c => out.push(c),
        }
    }
    (out, fields)
}

// ---------------------------------------------------------------------------------------------
// Documented departures from the seed
// ---------------------------------------------------------------------------------------------

/// What a catalog declares where its seed row says something else (or nothing).
#[derive(Debug)]
enum Expect {
    /// The seed's status cell is empty; the catalog declares this status.
    Status(u16),
    /// The catalog's message template. When the seed has a message, the template rendered
    /// with every field empty must equal it.
    Message(&'static str),
    /// The seed's action cell is empty; the catalog declares this action (kebab-case).
    Action(&'static str),
}

/// One documented departure, keyed by catalog id and the entry's code.
#[derive(Debug)]
struct Override {
    catalog: &'static str,
    code: &'static str,
    expect: Expect,
}

const fn status(catalog: &'static str, code: &'static str, status: u16) -> Override {
    Override {
        catalog,
        code,
        expect: Expect::Status(status),
    }
}

const fn message(catalog: &'static str, code: &'static str, template: &'static str) -> Override {
    Override {
        catalog,
        code,
        expect: Expect::Message(template),
    }
}

const fn action(catalog: &'static str, code: &'static str, action: &'static str) -> Override {
    Override {
        catalog,
        code,
        expect: Expect::Action(action),
    }
}

const OVERRIDES: &[Override] = &[
    // SCMS-1083 raRequestNotEncrypted lost its status cell; other published copies show 500.
    status("scms", "5059", 500),
    // The Scai vault's not-found codes have no message in the source. secret_not_found uses the
    // source's own envelope example; the others are derived from the code: its words separated
    // by spaces, the first capitalised, the acronyms CA, CSR, ACME and DNS in capitals.
    message(
        "scai_vault",
        "secret_not_found",
        "Secret '{path}' not found",
    ),
    message("scai_vault", "version_not_found", "Version not found"),
    message("scai_vault", "policy_not_found", "Policy not found"),
    message("scai_vault", "binding_not_found", "Binding not found"),
    message("scai_vault", "webhook_not_found", "Webhook not found"),
    message(
        "scai_vault",
        "subscription_not_found",
        "Subscription not found",
    ),
    message(
        "scai_vault",
        "rotation_policy_not_found",
        "Rotation policy not found",
    ),
    message(
        "scai_vault",
        "secret_policy_not_found",
        "Secret policy not found",
    ),
    message("scai_vault", "ca_not_found", "CA not found"),
    message(
        "scai_vault",
        "certificate_not_found",
        "Certificate not found",
    ),
    message("scai_vault", "csr_not_found", "CSR not found"),
    message(
        "scai_vault",
        "trust_anchor_not_found",
        "Trust anchor not found",
    ),
    message(
        "scai_vault",
        "acme_account_not_found",
        "ACME account not found",
    ),
    message("scai_vault", "acme_order_not_found", "ACME order not found"),
    message(
        "scai_vault",
        "dns_provider_not_found",
        "DNS provider not found",
    ),
    message("scai_vault", "engine_not_found", "Engine not found"),
    message("scai_vault", "role_not_found", "Role not found"),
    message("scai_vault", "lease_not_found", "Lease not found"),
    message("scai_vault", "tenant_not_found", "Tenant not found"),
    message("scai_vault", "identity_not_found", "Identity not found"),
    message(
        "scai_vault",
        "federation_backend_not_found",
        "Federation backend not found",
    ),
    message("scai_vault", "export_not_found", "Export not found"),
    // The Scai vault's retry guidance (its Errors page), not in the table. version_conflict
    // ("rarely") and quota_exceeded (a 429, not retryable) stay `none`, as does the rest.
    action("scai_vault", "rate_limited", "retry-after"),
    action("scai_vault", "service_unavailable", "retry"),
    action("scai_vault", "internal_error", "retry"),
    // Huawei appends the upstream service's message after the full-width colon.
    message(
        "huawei_scm",
        "SCM.0201",
        "推送失败，ELB error message：{upstream_message}",
    ),
    message(
        "huawei_scm",
        "SCM.0211",
        "推送失败，CDN error message：{upstream_message}",
    ),
    message(
        "huawei_scm",
        "SCM.0221",
        "推送失败，WAF error message：{upstream_message}",
    ),
];

// ---------------------------------------------------------------------------------------------
// The check
// ---------------------------------------------------------------------------------------------

/// One catalog and its seed table.
struct Seed {
    id: &'static str,
    file: &'static str,
    legend_table: Option<&'static str>,
    entries: usize,
    int_codes: bool,
    /// Whether the vendor name is the code (Scai vault, Adobe Pass), asserted explicitly.
    name_is_code: bool,
    /// Whether every entry has an English translation (the Chinese Huawei catalog).
    english_translation: bool,
}

fn check_catalog<C: Catalog>(seed: &Seed) {
    let info: &'static CatalogInfo = C::INFO;
    assert_eq!(info.id(), seed.id);
    let rows = seed_rows(seed.file, seed.legend_table);
    let entries = info.entries();

    assert_eq!(rows.len(), seed.entries, "{}: seed entry rows", seed.id);
    assert_eq!(entries.len(), seed.entries, "{}: catalog entries", seed.id);
    assert_eq!(
        C::ALL.len(),
        seed.entries,
        "{}: code enum variants",
        seed.id
    );

    let overrides: Vec<&Override> = OVERRIDES.iter().filter(|o| o.catalog == seed.id).collect();
    let mut used = HashSet::new();

    for (index, (row, entry)) in rows.iter().zip(entries).enumerate() {
        let at = format!(
            "{} seq {} ({} `{}`)",
            seed.id,
            row.seq,
            entry.variant(),
            row.code
        );
        let kind = C::ALL[index];
        assert_eq!(kind.index(), index, "{at}: ALL order");
        assert!(
            std::ptr::eq(kind.entry(), entry),
            "{at}: ALL and INFO.entries() disagree"
        );

        let mut overridden = false;
        let mut status_override = None;
        let mut message_override = None;
        let mut action_override = None;
        for (i, o) in overrides.iter().enumerate() {
            if o.code == row.code {
                used.insert(i);
                overridden = true;
                match o.expect {
                    Expect::Status(s) => status_override = Some(s),
                    Expect::Message(m) => message_override = Some(m),
                    Expect::Action(a) => action_override = Some(a),
                }
            }
        }

        check_code(seed, row, entry, &at);
        check_lookup::<C>(row, entry, kind, &at);
        check_status(row, entry, status_override, &at);
        check_message(row, entry, message_override, &at);
        check_action(row, entry, action_override, &at);

        assert_eq!(
            entry.is_log_only(),
            match row.log_only.as_str() {
                "yes" => true,
                "no" => false,
                other => panic!("{at}: log_only cell {other:?}"),
            },
            "{at}: log_only"
        );
        assert_eq!(entry.name(), opt(&row.name), "{at}: vendor name");
        if seed.name_is_code {
            assert_eq!(entry.name(), Some(row.code.as_str()), "{at}: name = code");
        }
        assert_eq!(entry.key(), opt(&row.key), "{at}: key");
        assert_eq!(
            entry.description(),
            opt(&row.description),
            "{at}: description"
        );
        assert_eq!(entry.solution(), opt(&row.solution), "{at}: solution");
        assert_eq!(entry.category(), opt(&row.category), "{at}: category");

        // Notes are never empty text, and every documented departure explains itself.
        assert_ne!(entry.notes(), Some(""), "{at}: empty notes");
        if overridden {
            assert!(entry.notes().is_some(), "{at}: an override without notes");
        }

        // Translations: exactly one English one in the Chinese catalog, none elsewhere; a
        // translation uses the same fields as the message.
        if seed.english_translation {
            let [(tag, text)] = entry.translations() else {
                panic!(
                    "{at}: expected one translation, got {:?}",
                    entry.translations()
                );
            };
            assert_eq!(*tag, "en", "{at}: translation tag");
            assert!(
                text.is_ascii() && !text.is_empty(),
                "{at}: English translation {text:?}"
            );
            assert_eq!(
                render_empty(text).1,
                entry.fields(),
                "{at}: translation fields"
            );
            assert_eq!(
                entry.message_template_in("en", info.locale()),
                Some(*text),
                "{at}: message_template_in(en)"
            );
        } else {
            assert!(
                entry.translations().is_empty(),
                "{at}: unexpected translations"
            );
        }
    }

    let unused: Vec<&&Override> = overrides
        .iter()
        .enumerate()
        .filter(|(i, _)| !used.contains(i))
        .map(|(_, o)| o)
        .collect();
    assert!(
        unused.is_empty(),
        "{}: unused overrides {unused:?}",
        seed.id
    );
}

fn check_code(seed: &Seed, row: &Row, entry: &Entry, at: &str) {
    match (entry.code(), row.code.as_str()) {
        (None, "") => {}
        (Some(Code::Int(code)), text) if seed.int_codes => {
            assert_eq!(Some(code), text.parse().ok(), "{at}: code");
        }
        (Some(Code::Str(code)), text) if !seed.int_codes => assert_eq!(code, text, "{at}: code"),
        (code, text) => panic!("{at}: code {code:?}, seed {text:?}"),
    }
}

fn check_lookup<C: Catalog>(row: &Row, entry: &Entry, kind: C, at: &str) {
    if !row.code.is_empty() {
        assert_eq!(C::lookup(&row.code), Some(kind), "{at}: lookup by code");
    }
    if let Some(name) = entry.name() {
        // The first entry with this name answers a lookup by name.
        let first = C::INFO
            .entries()
            .iter()
            .position(|e| e.name() == Some(name));
        assert_eq!(
            C::lookup_name(name).map(Catalog::index),
            first,
            "{at}: lookup by name"
        );
    }
}

fn check_status(row: &Row, entry: &Entry, status_override: Option<u16>, at: &str) {
    let expected = match status_override {
        Some(declared) => {
            assert!(
                row.status.is_empty(),
                "{at}: status override but the seed has {}",
                row.status
            );
            Some(declared)
        }
        None => opt(&row.status).map(|s| s.parse::<u16>().expect("status")),
    };
    assert_eq!(
        entry.status(),
        expected.map(|s| StatusCode::from_u16(s).expect("valid status")),
        "{at}: status"
    );
    let reported = row
        .extra
        .split(';')
        .any(|item| item.starts_with("status_kind=reported"));
    assert_eq!(
        entry.status_kind(),
        if reported {
            StatusKind::Reported
        } else {
            StatusKind::Response
        },
        "{at}: status kind"
    );
}

fn check_message(row: &Row, entry: &Entry, message_override: Option<&str>, at: &str) {
    let template = entry.message_template();
    let (rendered, fields) = render_empty(template);
    assert_eq!(fields, entry.fields(), "{at}: fields of the message");
    match message_override {
        Some(expected) => {
            assert_eq!(template, expected, "{at}: message template");
            if !row.message.is_empty() {
                // A template with a field appended: rendered empty, it is the seed's text.
                assert_eq!(
                    rendered, row.message,
                    "{at}: message rendered with empty fields"
                );
            }
        }
        None => {
            assert!(
                !row.message.is_empty(),
                "{at}: seed has no message and no override"
            );
            assert_eq!(rendered, row.message, "{at}: message");
            assert!(entry.fields().is_empty(), "{at}: fields not in the seed");
        }
    }
}

fn check_action(row: &Row, entry: &Entry, action_override: Option<&str>, at: &str) {
    let expected = match action_override {
        Some(declared) => {
            assert!(
                row.action.is_empty(),
                "{at}: action override but the seed has {}",
                row.action
            );
            declared
        }
        None if row.action.is_empty() => "none",
        None => row.action.as_str(),
    };
    assert_eq!(entry.action().as_str(), expected, "{at}: action");
    assert_eq!(
        entry.action(),
        expected.parse::<Action>().expect("known action"),
        "{at}: action"
    );
}

// ---------------------------------------------------------------------------------------------
// The five catalogs
// ---------------------------------------------------------------------------------------------

const SCMS: Seed = Seed {
    id: "scms",
    file: "scms.tsv",
    legend_table: Some("Standard HTTP Error Codes"),
    entries: 53,
    int_codes: true,
    name_is_code: false,
    english_translation: false,
};

const SKMS: Seed = Seed {
    id: "skms",
    file: "skms.tsv",
    legend_table: Some("Response Code"),
    entries: 26,
    int_codes: true,
    name_is_code: false,
    english_translation: false,
};

const SCAI_VAULT: Seed = Seed {
    id: "scai_vault",
    file: "scaikey.tsv",
    legend_table: None,
    entries: 73,
    int_codes: false,
    name_is_code: true,
    english_translation: false,
};

const HUAWEI_SCM: Seed = Seed {
    id: "huawei_scm",
    file: "huawei_scm.tsv",
    legend_table: None,
    entries: 34,
    int_codes: false,
    name_is_code: false,
    english_translation: true,
};

const ADOBE_PASS: Seed = Seed {
    id: "adobe_pass",
    file: "adobe_pass.tsv",
    legend_table: None,
    entries: 47,
    int_codes: false,
    name_is_code: true,
    english_translation: false,
};

#[test]
fn scms_matches_seed() {
    check_catalog::<ScmsCode>(&SCMS);
}

#[test]
fn skms_matches_seed() {
    check_catalog::<SkmsCode>(&SKMS);
}

#[test]
fn scai_vault_matches_seed() {
    check_catalog::<ScaiVaultCode>(&SCAI_VAULT);
}

#[test]
fn huawei_scm_matches_seed() {
    check_catalog::<HuaweiScmCode>(&HUAWEI_SCM);
}

#[test]
fn adobe_pass_matches_seed() {
    check_catalog::<AdobePassCode>(&ADOBE_PASS);
}

#[test]
fn catalogs_lists_the_five_catalogs_and_233_entries() {
    let seeds = [&SCMS, &SKMS, &SCAI_VAULT, &HUAWEI_SCM, &ADOBE_PASS];
    let ids: Vec<&str> = CATALOGS.iter().map(|info| info.id()).collect();
    assert_eq!(ids, seeds.map(|seed| seed.id));
    for (info, seed) in CATALOGS.iter().zip(seeds) {
        assert_eq!(info.entries().len(), seed.entries, "{}", seed.id);
    }
    assert!(std::ptr::eq(CATALOGS[0], ScmsCode::INFO));
    assert!(std::ptr::eq(CATALOGS[1], SkmsCode::INFO));
    assert!(std::ptr::eq(CATALOGS[2], ScaiVaultCode::INFO));
    assert!(std::ptr::eq(CATALOGS[3], HuaweiScmCode::INFO));
    assert!(std::ptr::eq(CATALOGS[4], AdobePassCode::INFO));
    let total: usize = CATALOGS.iter().map(|info| info.entries().len()).sum();
    assert_eq!(total, 233);

    // Text the source does not give is `None`, never empty text.
    for info in CATALOGS {
        for entry in info.entries() {
            let optional = [
                ("name", entry.name()),
                ("key", entry.key()),
                ("description", entry.description()),
                ("solution", entry.solution()),
                ("category", entry.category()),
                ("help_url", entry.help_url()),
                ("notes", entry.notes()),
            ];
            for (what, value) in optional {
                assert_ne!(
                    value,
                    Some(""),
                    "{} {}: empty {what}",
                    info.id(),
                    entry.variant()
                );
            }
            assert!(!entry.message_template().is_empty());
        }
    }
}

#[test]
fn seed_tables_parse() {
    assert_eq!(unescape(r"a\nb\tc\\n"), "a\nb\tc\\n");
    assert_eq!(
        render_empty("a {x} {{b}} c"),
        ("a  {b} c".to_owned(), vec!["x".to_owned()])
    );
    // The legend rows are there, and left out.
    let all_scms = seed_rows("scms.tsv", None);
    assert_eq!(all_scms.len(), 53 + 33);
    let all_skms = seed_rows("skms.tsv", None);
    assert_eq!(all_skms.len(), 26 + 6);
    // The non-breaking space of SCMS-978 survives the round trip.
    let scms = seed_rows("scms.tsv", Some("Standard HTTP Error Codes"));
    let row = scms
        .iter()
        .find(|row| row.key == "SCMS-978")
        .expect("SCMS-978");
    assert!(row.description.contains("or\u{a0}bad encryption"));
    assert!(row.description.contains('\n'));
}
