//! The `errcat` binary, run as a support engineer would: `explain` hits (by code, vendor
//! name and key, in every catalog), matches in several catalogs, misses with suggestions,
//! `list` within 80 columns, `export` as JSON and Markdown, help, usage errors and exit
//! statuses, and a reader that closes the pipe early.

#![cfg(feature = "bundled")]

use std::io::Read;
use std::process::{Command, Output, Stdio};

use error_catalog::CatalogInfo;
use error_catalog_vendors::CATALOGS;
use serde_json::Value;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

fn errcat(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_errcat"))
        .args(args)
        .output()
        .expect("run errcat")
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Run {
    let output = errcat(args);
    let run = Run {
        code: output.status.code().expect("errcat exited by a signal"),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    };
    assert!(
        !run.stderr.contains("panicked"),
        "errcat {args:?} panicked:\n{}",
        run.stderr
    );
    run
}

/// Runs `args`, expecting exit status 0 and nothing on stderr; returns stdout.
fn ok(args: &[&str]) -> String {
    let run = run(args);
    assert_eq!(
        run.code, 0,
        "errcat {args:?} failed:\n{}\n{}",
        run.stdout, run.stderr
    );
    assert!(
        run.stderr.is_empty(),
        "errcat {args:?} wrote on stderr:\n{}",
        run.stderr
    );
    run.stdout
}

/// Terminal columns of `line`: East Asian wide and full-width characters count two.
fn display_width(line: &str) -> usize {
    line.chars()
        .map(|c| match u32::from(c) {
            0x1100..=0x115F
            | 0x2E80..=0x303E
            | 0x3041..=0x33FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xA000..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6 => 2,
            _ => 1,
        })
        .sum()
}

fn assert_fits_80(args: &[&str], text: &str) {
    for line in text.lines() {
        assert!(
            display_width(line) <= 80,
            "errcat {args:?}: line of {} columns:\n{line}",
            display_width(line)
        );
    }
}

fn catalog(id: &str) -> &'static CatalogInfo {
    CATALOGS
        .iter()
        .find(|info| info.id() == id)
        .expect("catalog")
}

/// The value on the line of `explain` output labelled `label`.
fn field<'a>(text: &'a str, label: &str) -> Vec<&'a str> {
    text.lines()
        .filter_map(|line| line.strip_prefix(label))
        .filter(|rest| rest.starts_with(' '))
        .map(str::trim)
        .collect()
}

// ---------------------------------------------------------------------------------------------
// explain
// ---------------------------------------------------------------------------------------------

#[test]
fn explain_a_code_of_each_catalog() {
    let cases = [
        (
            "5065",
            "scms",
            "Requested certificate file is not available for download",
        ),
        ("40013", "skms", "Key not found in the keyVault"),
        (
            "secret_not_found",
            "scai_vault",
            "Secret '{path}' not found",
        ),
        (
            "SCM.0201",
            "huawei_scm",
            "推送失败，ELB error message：{upstream_message}",
        ),
        (
            "authorization_denied_by_mvpd",
            "adobe_pass",
            "The MVPD has returned a \"Deny\" decision",
        ),
    ];
    for (code, id, message) in cases {
        let out = ok(&["explain", code]);
        assert_eq!(field(&out, "code"), [code], "{out}");
        assert!(
            field(&out, "catalog")[0].starts_with(&format!("{id} — ")),
            "{out}"
        );
        assert!(out.contains(message), "{code}: {out}");
        assert_fits_80(&["explain", code], &out);
    }
}

#[test]
fn explain_shows_status_reason_action_and_texts() {
    let out = ok(&["explain", "SCM.0201"]);
    assert_eq!(field(&out, "status"), ["400 Bad Request"]);
    assert!(field(&out, "action")[0].starts_with("none"));
    assert_eq!(field(&out, "variant"), ["ElbPushRejected"]);
    // The Chinese message, its English translation, the other columns of the source.
    assert!(out.contains("message (zh-CN)  推送失败"), "{out}");
    assert!(
        out.contains("message (en)     Push failed, ELB error message: {upstream_message}"),
        "{out}"
    );
    assert_eq!(field(&out, "fields"), ["upstream_message"]);
    assert_eq!(field(&out, "solution"), ["请联系客服处理"]);
    assert_eq!(field(&out, "category"), ["400"]);
    assert!(out.contains("notes"), "{out}");
    // Absent fields are skipped.
    assert!(
        field(&out, "key").is_empty() && field(&out, "help URL").is_empty(),
        "{out}"
    );

    let out = ok(&["explain", "rate_limited"]);
    assert_eq!(field(&out, "status"), ["429 Too Many Requests"]);
    assert!(field(&out, "action")[0].starts_with("retry-after"), "{out}");

    // SCMS 5067 has a two-line description with a non-breaking space.
    let out = ok(&["explain", "5067"]);
    assert!(out.contains("or\u{a0}bad"), "{out}");
    assert!(out.contains("Please see EE-RA Communications"), "{out}");
}

#[test]
fn explain_by_vendor_name_and_key() {
    let by_name = ok(&["explain", "raNoCertFileAvailable"]);
    let by_key = ok(&["explain", "SCMS-964"]);
    for out in [&by_name, &by_key] {
        assert_eq!(field(out, "code"), ["5065"], "{out}");
        assert_eq!(field(out, "name"), ["raNoCertFileAvailable"], "{out}");
        assert_eq!(field(out, "key"), ["SCMS-964"], "{out}");
        assert_eq!(field(out, "status"), ["500 Internal Server Error"], "{out}");
    }
    assert_eq!(by_name, by_key);
    // Scai vault and Adobe Pass names are their codes; a variant name also works.
    assert_eq!(
        field(&ok(&["explain", "SecretNotFound"]), "code"),
        ["secret_not_found"]
    );
    assert_eq!(field(&ok(&["explain", "SCMS-1083"]), "code"), ["5059"]);
}

#[test]
fn explain_shows_every_catalog_that_has_the_code() {
    for code in ["internal_error", "service_unavailable"] {
        let out = ok(&["explain", code]);
        assert!(out.starts_with(&format!("`{code}`: 2 entries")), "{out}");
        let catalogs: Vec<&str> = field(&out, "catalog")
            .iter()
            .map(|line| line.split(' ').next().unwrap())
            .collect();
        assert_eq!(catalogs, ["scai_vault", "adobe_pass"], "{out}");
        assert_eq!(field(&out, "code"), [code, code]);
    }
    // The two catalogs disagree on the action of internal_error.
    let actions = field(&ok(&["explain", "internal_error"]), "action")
        .iter()
        .map(|a| a.split(' ').next().unwrap().to_owned())
        .collect::<Vec<_>>();
    assert_eq!(actions, ["retry", "none"]);
}

#[test]
fn explain_shows_every_entry_of_a_repeated_vendor_name() {
    let out = ok(&["explain", "laEncFailure"]);
    assert!(out.starts_with("`laEncFailure`: 3 entries"), "{out}");
    assert_eq!(field(&out, "key"), ["SCMS-1042", "SCMS-1044", "SCMS-1046"]);
    assert_eq!(
        field(&out, "variant"),
        ["LaEncFailure", "LaEncFailureRa", "LaEncFailureMa"]
    );
    // Log values: no code, no status, no action; said clearly.
    for status in field(&out, "status") {
        assert!(status.contains("log-only"), "{out}");
        assert!(status.contains("never sent on the wire"), "{out}");
    }
    assert!(field(&out, "action").is_empty(), "{out}");
    assert_eq!(field(&out, "code").len(), 3);
    assert!(field(&out, "code")[0].starts_with("none"), "{out}");
    assert!(out.contains("LA could not establish TLS link with RA"));
    assert!(out.contains("LA could not establish TLS link with MA"));

    // Repeated names with codes: SCMS uses pcaInvalidInputValueFormat for several codes.
    let repeated = catalog("scms")
        .entries()
        .iter()
        .filter_map(|e| e.name())
        .find(|name| catalog("scms").entries_named(name).count() > 1 && *name != "laEncFailure")
        .expect("another repeated SCMS name");
    let count = catalog("scms").entries_named(repeated).count();
    let out = ok(&["explain", repeated]);
    assert!(
        out.starts_with(&format!("`{repeated}`: {count} entries")),
        "{out}"
    );
}

#[test]
fn explain_reported_status() {
    let out = ok(&["explain", "webhook_delivery_failed"]);
    let status = field(&out, "status").join(" ");
    assert!(status.starts_with("502 Bad Gateway, reported"), "{out}");
}

#[test]
fn explain_exact_case_first_then_case_insensitive() {
    // `LaEncFailure` is exactly one variant; only case-insensitively is it the three names.
    let out = ok(&["explain", "LaEncFailure"]);
    assert_eq!(field(&out, "key"), ["SCMS-1042"], "{out}");
    let out = ok(&["explain", "laencfailure"]);
    assert_eq!(field(&out, "key").len(), 3, "{out}");
    assert!(out.contains("case ignored"), "{out}");

    let out = ok(&["explain", "scm.0201"]);
    assert_eq!(field(&out, "code"), ["SCM.0201"]);
    let out = ok(&["explain", "INTERNAL_ERROR"]);
    assert_eq!(field(&out, "code"), ["internal_error", "internal_error"]);
    let out = ok(&["explain", "scms-964"]);
    assert_eq!(field(&out, "code"), ["5065"]);
}

#[test]
fn explain_restricted_to_one_catalog() {
    let out = ok(&["explain", "--catalog", "adobe_pass", "internal_error"]);
    assert_eq!(field(&out, "code"), ["internal_error"]);
    assert!(field(&out, "catalog")[0].starts_with("adobe_pass"));
    let out = ok(&["explain", "-c", "scai", "internal_error"]);
    assert!(field(&out, "catalog")[0].starts_with("scai_vault"));
    let run = run(&["explain", "--catalog", "skms", "5065"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("catalog skms"), "{}", run.stderr);
}

#[test]
fn explain_several_arguments() {
    let out = ok(&["explain", "5065", "40013"]);
    assert_eq!(field(&out, "code"), ["5065", "40013"]);
    assert!(
        out.contains("`5065`: 1 entry") && out.contains("`40013`: 1 entry"),
        "{out}"
    );
}

#[test]
fn explain_unknown_code_suggests_near_matches() {
    let run = run(&["explain", "SCM.0202x"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(run.stderr.contains("`SCM.0202x`"), "{}", run.stderr);
    assert!(run.stderr.contains("Did you mean"), "{}", run.stderr);
    assert!(
        run.stderr.contains("SCM.0202  code in huawei_scm"),
        "{}",
        run.stderr
    );

    // 5062 is absent from the SCMS source: its neighbours are suggested.
    let run = self::run(&["explain", "5062"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("5061") && run.stderr.contains("5063"),
        "{}",
        run.stderr
    );

    // Same prefix.
    let run = self::run(&["explain", "raNoCert"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("raNoCertFileAvailable"),
        "{}",
        run.stderr
    );

    // Nothing close.
    let run = self::run(&["explain", "zzzzzzzzzz"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("errcat list"), "{}", run.stderr);
    assert_fits_80(
        &["explain", "denied"],
        &self::run(&["explain", "denied"]).stderr,
    );
}

#[test]
fn explain_finds_every_entry_within_80_columns() {
    // Every entry by its code, or by its key when it has none, in one run.
    let mut queries = vec!["explain".to_owned()];
    let mut expected = 0;
    for info in CATALOGS {
        for entry in info.entries() {
            let query = match entry.code() {
                Some(code) => code.to_string(),
                None => entry
                    .key()
                    .expect("a key where there is no code")
                    .to_owned(),
            };
            // A code in several catalogs shows all of them.
            expected += CATALOGS
                .iter()
                .filter(|other| other.find_code(&query).is_some())
                .count()
                .max(1);
            queries.push(query);
        }
    }
    let args: Vec<&str> = queries.iter().map(String::as_str).collect();
    let out = ok(&args);
    assert_eq!(field(&out, "catalog").len(), expected);
    // internal_error and service_unavailable, asked for once per catalog, show both entries.
    assert_eq!(expected, 233 + 4);
    assert_fits_80(&["explain", "..."], &out);
}

#[test]
fn explain_reports_misses_after_printing_hits() {
    let run = run(&["explain", "40013", "99999"]);
    assert_eq!(run.code, 1);
    assert_eq!(field(&run.stdout, "code"), ["40013"]);
    assert!(run.stderr.contains("`99999`"), "{}", run.stderr);
}

// ---------------------------------------------------------------------------------------------
// list
// ---------------------------------------------------------------------------------------------

#[test]
fn list_fits_80_columns() {
    let all = ok(&["list"]);
    assert_fits_80(&["list"], &all);
    for info in CATALOGS {
        let args = ["list", info.id()];
        let out = ok(&args);
        assert_fits_80(&args, &out);
        assert!(out.starts_with(&format!("{} — ", info.id())), "{out}");
        assert!(all.contains(&out), "list {} is a part of list", info.id());
    }
    // The Chinese messages are there, cut by display width where needed.
    let huawei = ok(&["list", "huawei_scm"]);
    assert!(huawei.contains("证书未绑定域名，上传失败"), "{huawei}");
    assert!(huawei.contains('…'), "{huawei}");
}

#[test]
fn list_has_a_line_per_entry_with_its_code_status_and_action() {
    let all = ok(&["list"]);
    for info in CATALOGS {
        assert!(
            all.contains(&format!("{} — ", info.id())),
            "heading of {}",
            info.id()
        );
        for entry in info.entries() {
            let label = match entry.code() {
                Some(code) => code.to_string(),
                None => format!("({})", entry.key().unwrap()),
            };
            let line = all
                .lines()
                .find(|line| {
                    let mut cells = line.split_whitespace();
                    cells.next() == Some(info.id()) && cells.next() == Some(label.as_str())
                })
                .unwrap_or_else(|| panic!("no line for {} {label}", info.id()));
            let cells: Vec<&str> = line.split_whitespace().collect();
            let status = match entry.status() {
                None => "log".to_owned(),
                Some(s) if entry.status_kind() == error_catalog::StatusKind::Reported => {
                    format!("{}*", s.as_u16())
                }
                Some(s) => s.as_u16().to_string(),
            };
            assert_eq!(cells[2], status, "{line}");
            if !entry.is_log_only() {
                let action = entry.action().as_str();
                assert!(action.starts_with(cells[3].trim_end_matches('…')), "{line}");
            }
        }
    }
}

#[test]
fn list_wide_keeps_whole_messages() {
    let out = ok(&["list", "--wide", "adobe"]);
    for entry in catalog("adobe_pass").entries() {
        assert!(
            out.contains(entry.message_template()),
            "{}",
            entry.variant()
        );
    }
}

#[test]
fn list_unknown_catalog_is_a_usage_error() {
    let run = run(&["list", "nope"]);
    assert_eq!(run.code, 2);
    assert!(run.stdout.is_empty());
    assert!(
        run.stderr.contains("unknown catalog `nope`"),
        "{}",
        run.stderr
    );
    for info in CATALOGS {
        assert!(run.stderr.contains(info.id()), "{}", run.stderr);
    }
    // A unique prefix or another case is fine; an ambiguous prefix is not.
    assert_eq!(ok(&["list", "huawei"]), ok(&["list", "huawei_scm"]));
    assert_eq!(ok(&["list", "SKMS"]), ok(&["list", "skms"]));
    let run = self::run(&["list", "s"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("ambiguous"), "{}", run.stderr);
    assert_eq!(self::run(&["list", "skms", "scms"]).code, 2);
}

// ---------------------------------------------------------------------------------------------
// export
// ---------------------------------------------------------------------------------------------

fn export_json(args: &[&str]) -> Vec<Value> {
    let out = ok(args);
    match serde_json::from_str(&out).expect("export is JSON") {
        Value::Array(entries) => entries,
        other => panic!("not an array: {other}"),
    }
}

#[test]
fn export_json_has_every_entry_with_typed_values() {
    let entries = export_json(&["export", "--format", "json"]);
    assert_eq!(entries.len(), 233);
    assert_eq!(entries, export_json(&["export"]), "json is the default");

    let keys = [
        "catalog",
        "variant",
        "code",
        "status",
        "status_kind",
        "action",
        "log_only",
        "message",
        "locale",
        "translations",
        "fields",
        "name",
        "key",
        "description",
        "solution",
        "category",
        "notes",
        "help_url",
    ];
    for entry in &entries {
        let object = entry.as_object().expect("object");
        for key in keys {
            assert!(object.contains_key(key), "{key} missing in {entry}");
        }
        let log_only = entry["log_only"].as_bool().expect("log_only is a bool");
        assert_eq!(entry["status"].is_null(), log_only, "{entry}");
        assert_eq!(entry["action"].is_null(), log_only, "{entry}");
        if !log_only {
            assert!(entry["status"].is_u64(), "{entry}");
        }
        assert!(entry["message"].is_string());
        for text in [
            "name",
            "key",
            "description",
            "solution",
            "category",
            "notes",
            "help_url",
        ] {
            assert!(
                entry[text].is_null() || entry[text].is_string(),
                "{text} in {entry}"
            );
        }
    }

    // Per catalog, in catalog order, matching the library.
    let mut rest = entries.as_slice();
    for info in CATALOGS {
        let (these, tail) = rest.split_at(info.entries().len());
        rest = tail;
        for (json, entry) in these.iter().zip(info.entries()) {
            assert_eq!(json["catalog"], info.id());
            assert_eq!(json["variant"], entry.variant());
            assert_eq!(json["message"], entry.message_template());
            assert_eq!(json["locale"], info.locale());
        }
    }
    let find = |id: &str, variant: &str| {
        entries
            .iter()
            .find(|e| e["catalog"] == id && e["variant"] == variant)
            .unwrap_or_else(|| panic!("{id} {variant}"))
            .clone()
    };

    // Integer codes are numbers, string codes strings, missing codes null.
    for entry in entries.iter().filter(|e| e["catalog"] == "skms") {
        assert!(entry["code"].is_u64(), "{entry}");
    }
    for entry in entries.iter().filter(|e| e["catalog"] == "huawei_scm") {
        assert!(
            entry["code"].as_str().unwrap().starts_with("SCM."),
            "{entry}"
        );
        assert!(entry["translations"]["en"].is_string(), "{entry}");
    }
    let scms_log: Vec<&Value> = entries
        .iter()
        .filter(|e| e["catalog"] == "scms" && e["log_only"] == true)
        .collect();
    assert_eq!(scms_log.len(), 12);
    for entry in scms_log {
        assert!(
            entry["code"].is_null() && entry["status"].is_null(),
            "{entry}"
        );
        assert!(entry["key"].is_string(), "{entry}");
    }

    let scms = find("scms", "RaNoCertFileAvailable");
    assert_eq!(scms["code"], 5065);
    assert_eq!(scms["status"], 500);
    assert_eq!(scms["status_kind"], "response");
    assert_eq!(scms["name"], "raNoCertFileAvailable");
    assert_eq!(scms["key"], "SCMS-964");
    assert_eq!(scms["description"], Value::Null);
    assert_eq!(scms["translations"], serde_json::json!({}));

    let skms = find("skms", "KeyNotFoundInKeyVault");
    assert_eq!(skms["code"], 40013);

    let vault = find("scai_vault", "SecretNotFound");
    assert_eq!(vault["code"], "secret_not_found");
    assert_eq!(vault["fields"], serde_json::json!(["path"]));
    assert_eq!(find("scai_vault", "RateLimited")["action"], "retry-after");
    let webhook = find("scai_vault", "WebhookDeliveryFailed");
    assert_eq!(webhook["status"], 502);
    assert_eq!(webhook["status_kind"], "reported");

    let huawei = find("huawei_scm", "ElbPushRejected");
    assert_eq!(huawei["code"], "SCM.0201");
    assert_eq!(huawei["locale"], "zh-CN");
    assert_eq!(
        huawei["message"],
        "推送失败，ELB error message：{upstream_message}"
    );
    assert_eq!(
        huawei["translations"]["en"],
        "Push failed, ELB error message: {upstream_message}"
    );
    assert_eq!(huawei["solution"], "请联系客服处理");
}

#[test]
fn export_json_of_one_catalog() {
    let entries = export_json(&["export", "--format=json", "huawei_scm"]);
    assert_eq!(entries.len(), catalog("huawei_scm").entries().len());
    assert!(entries.iter().all(|e| e["catalog"] == "huawei_scm"));
    let entries = export_json(&["export", "scai", "-f", "json"]);
    assert_eq!(entries.len(), 73);
}

#[test]
fn export_markdown_has_a_table_per_catalog() {
    let out = ok(&["export", "--format", "markdown"]);
    assert!(out.starts_with("# "), "one title");
    const HEADER: &str = "| Code | Status | Action | Message |";
    assert_eq!(out.matches(HEADER).count(), CATALOGS.len());
    for info in CATALOGS {
        let heading = format!("## <a id=\"{id}\"></a>", id = info.id());
        let start = out.find(&heading).unwrap_or_else(|| panic!("{heading}"));
        let section = &out[start..];
        let table = section
            .find(HEADER)
            .expect("table in the catalog's section");
        // The table comes before the next catalog's heading.
        let next = section[1..].find("\n## ").map_or(section.len(), |i| i + 1);
        assert!(table < next, "table of {}", info.id());
        // One row per entry and a section per entry.
        let rows = section[table..]
            .lines()
            .skip(2)
            .take_while(|line| line.starts_with('|'))
            .count();
        assert_eq!(rows, info.entries().len(), "rows of {}", info.id());
        for entry in info.entries() {
            let anchor = format!("<a id=\"{}-{}\"></a>", info.id(), entry.variant());
            assert!(section[..next].contains(&anchor), "{anchor}");
        }
    }
    // Every table row has exactly its five unescaped pipes (escaping of `|` and newlines).
    for line in out.lines().filter(|line| line.starts_with("| ")) {
        let pipes = line
            .match_indices('|')
            .filter(|(i, _)| !line[..*i].ends_with('\\'))
            .count();
        assert!(pipes == 5 || pipes == 6, "{line}");
    }
    assert!(out.contains("推送失败，ELB error message：{upstream_message}"));
    assert!(out.contains("**Solution.** 请联系客服处理"));
    assert!(out.contains("**Description.**"));
    assert!(out.contains("**Notes.**"));
    // `> 10s response time` must not turn into a quote.
    assert!(out.contains("&gt; 10s response time"));

    // One catalog: it is the page.
    let skms = ok(&["export", "--format", "md", "skms"]);
    assert!(skms.starts_with("# <a id=\"skms\"></a>"), "{}", &skms[..80]);
    assert_eq!(skms.matches(HEADER).count(), 1);
}

#[test]
fn export_bad_format_is_a_usage_error() {
    for args in [
        &["export", "--format", "yaml"][..],
        &["export", "--format"],
        &["export", "nope"],
        &["export", "--bogus"],
    ] {
        let run = run(args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(run.stdout.is_empty());
        assert!(
            run.stderr.contains("Usage: errcat export"),
            "{}",
            run.stderr
        );
    }
}

// ---------------------------------------------------------------------------------------------
// catalogs, help, usage errors, pipes
// ---------------------------------------------------------------------------------------------

#[test]
fn catalogs_lists_ids_titles_counts_and_dialects() {
    let out = ok(&["catalogs"]);
    assert_fits_80(&["catalogs"], &out);
    for info in CATALOGS {
        assert!(out.contains(&format!("{} ", info.id())), "{out}");
        assert!(
            out.contains(&format!("{} entries", info.entries().len())),
            "{out}"
        );
        assert!(
            out.contains(&format!("dialect {}", info.dialect())),
            "{out}"
        );
    }
    assert!(out.contains("12 log-only"), "{out}");
    assert!(out.contains("Huawei Cloud SCM"), "{out}");
}

#[test]
fn help_documents_every_subcommand() {
    let help = ok(&["--help"]);
    assert_eq!(help, ok(&["-h"]));
    assert_eq!(help, ok(&["help"]));
    assert_fits_80(&["--help"], &help);
    for command in ["explain", "list", "export", "catalogs", "help"] {
        assert!(
            help.contains(&format!("\n  {command} ")),
            "{command} in:\n{help}"
        );
    }
    assert!(help.contains("Examples:"));
    assert!(help.contains("Exit status"));
    for command in [
        "explain",
        "list",
        "export",
        "catalogs",
        "lint",
        "check-links",
        "lock",
        "diff",
    ] {
        let own = ok(&[command, "--help"]);
        assert!(own.contains(&format!("Usage: errcat {command}")), "{own}");
        assert_eq!(own, ok(&["help", command]));
        assert_eq!(own, ok(&[command, "-h"]));
        assert_fits_80(&[command, "--help"], &own);
    }
    // `--help` wins over otherwise bad arguments.
    assert!(ok(&["list", "nope", "--help"]).contains("Usage: errcat list"));
    assert!(ok(&["--version"]).starts_with("errcat "));
    assert_eq!(ok(&["-V"]), ok(&["--version"]));
}

#[test]
fn usage_errors_exit_2_with_a_message() {
    for args in [
        &[][..],
        &["frobnicate"],
        &["lsit"],
        &["explain"],
        &["list", "--bogus"],
        &["list", "-wx"],
        &["catalogs", "extra"],
        &["help", "nope"],
        &["--bogus"],
        &["explain", "--catalog"],
        &["explain", "--catalog", "nope", "5065"],
        &["explain", " "],
    ] {
        let run = run(args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(run.stderr.starts_with("errcat"), "{args:?}: {}", run.stderr);
        assert!(
            run.stderr.contains("Usage: errcat"),
            "{args:?}: {}",
            run.stderr
        );
        assert!(run.stdout.is_empty(), "{args:?}");
    }
    assert!(run(&["lsit"]).stderr.contains("did you mean `list`"));
    // `--` ends the options.
    let run = run(&["explain", "--", "-5065"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    for args in [
        &["export", "--format", "markdown"][..],
        &["list", "--wide"],
        &["export"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_errcat"))
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn errcat");
        let mut stdout = child.stdout.take().unwrap();
        let mut first = [0; 16];
        stdout.read_exact(&mut first).unwrap();
        drop(stdout);
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        let status = child.wait().unwrap();
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
        assert!(status.success(), "{args:?}: {status}");
    }
}
