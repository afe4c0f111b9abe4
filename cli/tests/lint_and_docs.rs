//! `lint` over the bundled catalogs (its findings document the vendors' quirks), and the
//! HTML export: one anchor per entry, escaped text.

#![cfg(feature = "bundled")]

use std::process::ExitCode;

use error_catalog_vendors::CATALOGS;

fn run(args: &[&str]) -> (ExitCode, String, String) {
    let cli = errcat::Cli::new(&CATALOGS);
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let status = cli.run_with(args.iter().copied(), &mut out, &mut err);
    (
        status,
        String::from_utf8(out).expect("UTF-8"),
        String::from_utf8(err).expect("UTF-8"),
    )
}

#[test]
fn lint_finds_the_vendors_quirks() {
    let (status, out, err) = run(&["lint", "--allow", "missing-doc"]);
    assert_eq!(status, ExitCode::from(1));
    assert_eq!(
        out,
        "scms 5001: inconsistent-message-ending: the message ends with a period; 40 of 41 \
         messages of the catalog do not end with one\n\
         scai_vault quota_exceeded: rate-limit-without-retry-after: status 429 with action \
         `none`, not `retry-after`\n"
    );
    assert!(err.starts_with("errcat lint: 2 findings"), "{err}");
    let (_, out, _) = run(&["lint"]);
    assert_eq!(out.matches(": missing-doc: ").count(), 160);

    let (status, out, _) = run(&[
        "lint",
        "--allow",
        "missing-doc,inconsistent-message-ending",
        "-a",
        "rate-limit-without-retry-after",
    ]);
    assert_eq!((status, out.as_str()), (ExitCode::SUCCESS, ""));
    let (status, _, err) = run(&["lint", "--allow", "missing-docs"]);
    assert_eq!(status, ExitCode::from(2));
    assert!(err.contains("unknown check `missing-docs`"), "{err}");
}

#[test]
fn html_has_one_anchor_per_entry() {
    for info in CATALOGS {
        let (status, page, _) = run(&["export", "--format", "html", info.id()]);
        assert_eq!(status, ExitCode::SUCCESS);
        assert!(page.starts_with("<!DOCTYPE html>"));
        let ids: Vec<&str> = page
            .split("<section id=\"")
            .skip(1)
            .filter_map(|rest| rest.split_once('"').map(|(id, _)| id))
            .collect();
        assert_eq!(ids.len(), info.entries().len(), "{}", info.id());
        let unique: std::collections::BTreeSet<&str> = ids.iter().copied().collect();
        assert_eq!(unique.len(), ids.len(), "{}: duplicate ids", info.id());
        for entry in info.entries() {
            if let Some(code) = entry.code() {
                let code = code
                    .to_string()
                    .replace('&', "&amp;")
                    .replace('"', "&quot;");
                assert!(ids.contains(&code.as_str()), "{}: {code}", info.id());
            }
        }
        // No catalog text reaches the page unescaped.
        assert!(!page.contains("> 10s"), "{}", info.id());
    }
    let (status, _, err) = run(&["export", "--format", "html"]);
    assert_eq!(status, ExitCode::from(2));
    assert!(err.contains("--out-dir"), "{err}");
}

#[test]
fn check_links_needs_a_docs_base() {
    let (status, out, _) = run(&["check-links", "--docs-base", "https://docs.example/"]);
    assert_eq!(status, ExitCode::SUCCESS);
    assert!(out.starts_with("0 help URLs"), "{out}");
    let (status, _, err) = run(&["check-links"]);
    assert_eq!(status, ExitCode::from(2));
    assert!(err.contains("--docs-base"), "{err}");
}
