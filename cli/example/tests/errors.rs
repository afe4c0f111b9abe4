//! The service's own `errors` binary, built on the errcat library over the two catalogs of
//! this crate, run as its users would: every command, its help and exit statuses, and
//! `serve` on a loopback port with bounded waits.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

use serde_json::Value;

/// The longest any step waits.
const WAIT: Duration = Duration::from_secs(10);

fn errors(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_errors"))
        .args(args)
        .output()
        .expect("run errors")
}

fn ok(args: &[&str]) -> String {
    let output = errors(args);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "errors {args:?}: {stderr}");
    assert!(stderr.is_empty(), "errors {args:?}: {stderr}");
    String::from_utf8(output.stdout).expect("UTF-8")
}

#[test]
fn help_and_usage_name_the_program() {
    let help = ok(&["--help"]);
    assert!(help.starts_with("errors 0.1.0: "), "{help}");
    for command in [
        "explain",
        "list",
        "export",
        "catalogs",
        "lint",
        "check-links",
        "serve",
    ] {
        assert!(
            help.contains(&format!("\n  {command} ")),
            "{command}: {help}"
        );
        let own = ok(&[command, "--help"]);
        assert!(own.contains(&format!("Usage: errors {command}")), "{own}");
        assert!(!own.contains("errcat"), "{own}");
        // The examples are this program's; the descriptions still cite vendor codes.
        let examples = &own[own.rfind("\nExample").expect("examples")..];
        assert!(!examples.contains("SCM.0201"), "{own}");
    }
    let output = errors(&["lsit"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("errors: unknown command `lsit`"),
        "{stderr}"
    );
    assert!(stderr.contains("Usage: errors <command>"), "{stderr}");
}

#[test]
fn explains_and_lists_its_own_codes() {
    let out = ok(&["explain", "payment_not_found"]);
    assert!(out.contains("404 Not Found"), "{out}");
    assert!(out.contains("https://docs.example/errors/payments.html#payment_not_found"));
    assert!(ok(&["explain", "4091"]).contains("The ledger is locked"));
    let output = errors(&["explain", "card_declind"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("in the 2 catalogs"), "{stderr}");
    assert!(stderr.contains("card_declined"), "{stderr}");
    let list = ok(&["list"]);
    assert!(list.contains("payments  rate_limited"), "{list}");
    assert!(list.contains("ledger   4001"), "{list}");
    let catalogs = ok(&["catalogs"]);
    assert!(
        catalogs.contains("problem") && catalogs.contains("skms"),
        "{catalogs}"
    );
}

#[test]
fn exports_json_markdown_html_and_openapi() {
    let json: Vec<Value> = serde_json::from_str(&ok(&["export"])).expect("JSON");
    assert_eq!(json.len(), 6);
    assert_eq!(json[5]["code"], 4001);
    let markdown = ok(&["export", "--format", "markdown"]);
    assert!(
        markdown.contains("The 2 error catalogs of errors 0.1.0"),
        "{markdown}"
    );
    let html = ok(&["export", "--format", "html", "payments"]);
    for code in [
        "card_declined",
        "payment_not_found",
        "rate_limited",
        "bank_unavailable",
    ] {
        assert_eq!(html.matches(&format!("<section id=\"{code}\">")).count(), 1);
    }
    let openapi: Value =
        serde_json::from_str(&ok(&["export", "--format", "openapi"])).expect("JSON");
    assert_eq!(openapi["openapi"], "3.1.0");
    let responses = &openapi["components"]["responses"];
    let limited = &responses["payments.429"];
    assert_eq!(
        limited["headers"]["Retry-After"]["schema"]["type"],
        "integer"
    );
    let example = &limited["content"]["application/problem+json"]["examples"]["rate_limited"];
    assert_eq!(example["value"]["code"], "rate_limited");
    assert_eq!(
        responses["ledger.400"]["content"]["application/json"]["examples"]["4001"]["value"]["code"],
        4001
    );
    let yaml = ok(&["export", "--format", "openapi-yaml", "--fragment", "ledger"]);
    assert!(yaml.starts_with("\"components\":\n"), "{yaml}");

    // --out-dir: one page per catalog, which check-links then trusts.
    let dir = std::env::temp_dir().join(format!("errcat-example-{}", std::process::id()));
    let written = ok(&[
        "export",
        "--format",
        "html",
        "--out-dir",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(written.lines().count(), 2, "{written}");
    assert!(dir.join("payments.html").is_file() && dir.join("ledger.html").is_file());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn lint_and_check_links_pass_for_a_tidy_catalog() {
    assert_eq!(ok(&["lint"]), "");
    let out = ok(&["check-links", "--docs-base", "https://docs.example/errors/"]);
    assert!(out.starts_with("6 help URLs"), "{out}");
    // A docs base the URLs do not point under: nothing to check.
    assert!(ok(&["check-links", "--docs-base", "https://elsewhere/"]).starts_with("0 help"));
}

/// `errors serve --port 0`, killed on drop.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// One `GET` with `Connection: close`; the whole answer as text.
fn get(address: &str, path: &str) -> String {
    let mut stream = TcpStream::connect(address).expect("connect");
    stream.set_read_timeout(Some(WAIT)).expect("timeout");
    stream.set_write_timeout(Some(WAIT)).expect("timeout");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
    )
    .expect("send");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("read the answer");
    answer
}

#[test]
fn serves_its_catalogs_on_loopback() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_errors"))
        .args(["serve", "--host", "127.0.0.1", "--port", "0", "--quiet"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start errors serve");
    let stdout = child.stdout.take().expect("stdout");
    let server = Server(child);
    // The first line names the address; a thread bounds the wait.
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = send.send(line);
    });
    let line = receive.recv_timeout(WAIT).expect("the server starts");
    let address = line
        .trim()
        .strip_prefix("errors: listening on http://")
        .unwrap_or_else(|| panic!("{line}"))
        .to_owned();

    let answer = get(&address, "/payments/payment_not_found?id=42");
    assert!(answer.starts_with("HTTP/1.1 404"), "{answer}");
    assert!(answer.contains("application/problem+json"), "{answer}");
    assert!(answer.contains(r#""code":"payment_not_found""#), "{answer}");
    assert!(answer.contains("Payment '42' not found"), "{answer}");
    let answer = get(&address, "/ledger/4091");
    assert!(answer.starts_with("HTTP/1.1 409"), "{answer}");
    assert!(answer.contains(r#""code":4091"#), "{answer}");
    let answer = get(&address, "/nope/x");
    assert!(answer.starts_with("HTTP/1.1 404"), "{answer}");
    assert!(
        answer.contains("errors serve: no catalog `nope`"),
        "{answer}"
    );
    drop(server);
}
