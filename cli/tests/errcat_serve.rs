//! `errcat serve`, run as a client developer would: the built binary listens on a free
//! loopback port (`--port 0`), and a real HTTP client checks what it answers: status,
//! headers and bodies that the runtime's parsers read back as the same entries, the dialect
//! and `Accept` choices, the plain-text 404s, the mock-vendor mode with its fresh request ids
//! and the SCMS stages and closed connections.
//!
//! Every server is killed when its test ends, failed asserts included ([`Server`]'s `Drop`),
//! and every wait is bounded.

#![cfg(all(feature = "serve", feature = "bundled"))]

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use error_catalog::dialect::{self, Incoming, Parsed, ParsedCode};
use error_catalog::dialect::{DynDialect, Problem};
use error_catalog_vendors::CATALOGS;
use error_catalog_vendors::adobe_pass::AdobePassCode;
use error_catalog_vendors::huawei::HuaweiScmCode;
use error_catalog_vendors::scai_vault::ScaiVaultCode;
use error_catalog_vendors::scms::ScmsCode;
use error_catalog_vendors::skms::SkmsCode;
use http::{HeaderMap, StatusCode};

/// The longest any step waits: the server's startup, one request, one exit.
const WAIT: Duration = Duration::from_secs(10);

// ---------------------------------------------------------------------------------------------
// The server and the client
// ---------------------------------------------------------------------------------------------

/// A running `errcat serve`, killed on drop.
struct Server {
    child: Child,
    /// `http://127.0.0.1:<port>`.
    base: String,
    /// What it wrote on stderr so far, for failure messages.
    stderr: Arc<Mutex<String>>,
}

impl Server {
    /// Starts `errcat serve --host 127.0.0.1 --port 0 <extra>` and waits (at most [`WAIT`])
    /// for the address it prints.
    fn start(extra: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_errcat"))
            .args(["serve", "--host", "127.0.0.1", "--port", "0"])
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start errcat serve");
        let stdout = child.stdout.take().expect("piped stdout");
        let stderr_pipe = child.stderr.take().expect("piped stderr");
        let mut server = Server {
            child,
            base: String::new(),
            stderr: Arc::new(Mutex::new(String::new())),
        };

        // Both pipes are read to their end, so the server never blocks on a full pipe; the
        // threads end when the server is killed.
        let log = Arc::clone(&server.stderr);
        thread::spawn(move || {
            for line in BufReader::new(stderr_pipe).lines() {
                let Ok(line) = line else { break };
                let mut log = log.lock().unwrap_or_else(|poison| poison.into_inner());
                log.push_str(&line);
                log.push('\n');
            }
        });
        let (lines, received) = mpsc::channel();
        thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                // The test may have stopped listening: keep draining.
                let _ = lines.send(line);
            }
        });

        let deadline = Instant::now() + WAIT;
        for _ in 0..100 {
            let left = deadline.saturating_duration_since(Instant::now());
            match received.recv_timeout(left) {
                Ok(line) => {
                    if let Some(url) = line.strip_prefix("errcat: listening on ") {
                        server.base = url.trim().to_owned();
                        break;
                    }
                }
                Err(_) => panic!(
                    "errcat serve {extra:?} printed no address within {WAIT:?}; stderr:\n{}",
                    server.stderr()
                ),
            }
        }
        assert!(
            server.base.starts_with("http://127.0.0.1:") && !server.base.ends_with(":0"),
            "bound address: `{}`",
            server.base
        );
        server
    }

    fn stderr(&self) -> String {
        self.stderr
            .lock()
            .unwrap_or_else(|poison| poison.into_inner())
            .clone()
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A blocking client that returns error statuses as responses, with every wait bounded.
fn client() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(WAIT))
        .build()
        .new_agent()
}

/// A received response.
struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .get(name)
            .map(|value| value.to_str().expect("header value is text"))
    }

    fn content_type(&self) -> Option<&str> {
        self.header("Content-Type")
    }

    fn text(&self) -> &str {
        std::str::from_utf8(&self.body).expect("body is UTF-8")
    }

    /// Parsed in catalog `C`'s native dialect.
    fn parse<C: error_catalog::Catalog>(&self) -> Parsed<C> {
        let incoming = Incoming::new(self.status, &self.headers, &self.body);
        dialect::parse::<C>(&incoming).unwrap_or_else(|error| {
            panic!("{error}; body: {}", String::from_utf8_lossy(&self.body))
        })
    }

    fn parse_as<C: error_catalog::Catalog>(&self, format: &dyn DynDialect) -> Parsed<C> {
        let incoming = Incoming::new(self.status, &self.headers, &self.body);
        dialect::parse_as::<C>(format, &incoming).unwrap_or_else(|error| {
            panic!("{error}; body: {}", String::from_utf8_lossy(&self.body))
        })
    }
}

fn answer(response: Result<http::Response<ureq::Body>, ureq::Error>, what: &str) -> Answer {
    let mut response = response.unwrap_or_else(|error| panic!("{what}: {error}"));
    let body = response
        .body_mut()
        .read_to_vec()
        .unwrap_or_else(|error| panic!("{what}: body: {error}"));
    Answer {
        status: response.status(),
        headers: response.headers().clone(),
        body,
    }
}

fn get(server: &Server, path: &str) -> Answer {
    let url = server.url(path);
    answer(client().get(&url).call(), &url)
}

fn get_accepting(server: &Server, path: &str, accept: &str) -> Answer {
    let url = server.url(path);
    answer(client().get(&url).header("Accept", accept).call(), &url)
}

/// Whether `id` looks like a version-4 UUID in lowercase hex.
fn is_uuid_v4(id: &str) -> bool {
    let groups: Vec<&str> = id.split('-').collect();
    groups.iter().map(|group| group.len()).eq([8, 4, 4, 4, 12])
        && id
            .chars()
            .all(|c| c == '-' || c.is_ascii_digit() || ('a'..='f').contains(&c))
        && groups[2].starts_with('4')
        && groups[3].starts_with(['8', '9', 'a', 'b'])
}

/// The request id a response carries in header `name`, checked to look like a UUID v4 and to
/// be the one its body (`parsed`) names.
fn request_id<C>(answer: &Answer, name: &str, parsed: &Parsed<C>) -> String {
    let id = answer
        .header(name)
        .unwrap_or_else(|| panic!("no {name} header"))
        .to_owned();
    assert!(is_uuid_v4(&id), "{name}: {id}");
    assert_eq!(parsed.request_id.as_deref(), Some(id.as_str()));
    id
}

// ---------------------------------------------------------------------------------------------
// Catalog mode
// ---------------------------------------------------------------------------------------------

#[test]
fn each_catalog_answers_in_its_native_dialect() {
    let server = Server::start(&["--quiet"]);

    // Scai vault: the envelope with details and request id, `X-Request-ID`.
    let scai = get(&server, "/scai_vault/secret_not_found?path=prod/db");
    assert_eq!(scai.status, StatusCode::NOT_FOUND);
    assert_eq!(scai.content_type(), Some("application/json"));
    let parsed = scai.parse::<ScaiVaultCode>();
    assert_eq!(
        parsed.code,
        ParsedCode::Known(ScaiVaultCode::SecretNotFound)
    );
    assert_eq!(parsed.field("path"), Some("prod/db"));
    assert_eq!(
        parsed.message.as_deref(),
        Some("Secret 'prod/db' not found")
    );
    let first = request_id(&scai, "X-Request-ID", &parsed);
    assert!(scai.header("Retry-After").is_none());

    // A second response has a fresh id.
    let again = get(&server, "/scai_vault/secret_not_found?path=prod/db");
    let second = request_id(&again, "X-Request-ID", &again.parse::<ScaiVaultCode>());
    assert_ne!(first, second);

    // A 429 with Retry-After.
    let limited = get(&server, "/scai_vault/rate_limited");
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(limited.header("Retry-After"), Some("30"));
    let parsed = limited.parse::<ScaiVaultCode>();
    assert_eq!(parsed.known(), Some(ScaiVaultCode::RateLimited));
    assert_eq!(parsed.retry_after, Some(30));

    // Huawei: `X-Request-Id`, the code URL-decoded, the field from the query.
    let huawei = get(
        &server,
        "/huawei_scm/SCM%2E0201?upstream_message=quota%20full",
    );
    assert_eq!(huawei.status, StatusCode::BAD_REQUEST);
    assert_eq!(huawei.content_type(), Some("application/json"));
    let parsed = huawei.parse::<HuaweiScmCode>();
    assert_eq!(parsed.known(), Some(HuaweiScmCode::ElbPushRejected));
    assert_eq!(parsed.field("upstream_message"), Some("quota full"));
    let id = huawei.header("X-Request-Id").expect("X-Request-Id");
    assert!(is_uuid_v4(id), "{id}");

    // SKMS: an integer code, no request id.
    let skms = get(&server, "/skms/40013");
    assert_eq!(skms.status, StatusCode::BAD_REQUEST);
    assert_eq!(skms.content_type(), Some("application/json"));
    assert_eq!(
        skms.parse::<SkmsCode>().known(),
        Some(SkmsCode::KeyNotFoundInKeyVault)
    );

    // Adobe Pass: JSON by default, `Adobe-Request-Id` and `trace`, Retry-After.
    let adobe = get(&server, "/adobe_pass/too_many_requests");
    assert_eq!(adobe.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(adobe.content_type(), Some("application/json"));
    assert_eq!(adobe.header("Retry-After"), Some("30"));
    let parsed = adobe.parse::<AdobePassCode>();
    assert_eq!(parsed.known(), Some(AdobePassCode::TooManyRequests));
    assert_eq!(parsed.retry_after, Some(30));
    request_id(&adobe, "Adobe-Request-Id", &parsed);

    // SCMS, by vendor name: a production RA's bare 500.
    let scms = get(&server, "/scms/raNoCertFileAvailable");
    assert_eq!(scms.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(scms.body.is_empty());
    assert!(scms.content_type().is_none());
    assert!(scms.header("SCMS-POC-Error").is_none());
    assert!(scms.header("SCMS-POC-Error-Message").is_none());
    assert_eq!(scms.parse::<ScmsCode>().code, ParsedCode::Unidentified);
}

#[test]
fn query_and_accept_choose_the_format() {
    let server = Server::start(&["--quiet"]);

    let problem = get(&server, "/skms/40013?dialect=problem");
    assert_eq!(problem.status, StatusCode::BAD_REQUEST);
    assert_eq!(problem.content_type(), Some("application/problem+json"));
    let parsed = problem.parse_as::<SkmsCode>(&Problem);
    assert_eq!(parsed.known(), Some(SkmsCode::KeyNotFoundInKeyVault));
    assert!(is_uuid_v4(
        parsed.request_id.as_deref().expect("request_id")
    ));

    let huawei_problem = get(
        &server,
        "/huawei_scm/SCM.0201?dialect=problem&upstream_message=busy",
    );
    assert_eq!(
        huawei_problem.content_type(),
        Some("application/problem+json")
    );
    let parsed = huawei_problem.parse_as::<HuaweiScmCode>(&Problem);
    assert_eq!(parsed.known(), Some(HuaweiScmCode::ElbPushRejected));
    assert_eq!(parsed.field("upstream_message"), Some("busy"));

    // Adobe Pass negotiates XML from Accept, JSON otherwise.
    let xml = get_accepting(&server, "/adobe_pass/too_many_requests", "application/xml");
    assert_eq!(xml.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(xml.content_type(), Some("application/xml"));
    assert!(xml.text().starts_with("<error>"), "{}", xml.text());
    assert_eq!(xml.header("Retry-After"), Some("30"));
    let parsed = xml.parse::<AdobePassCode>();
    assert_eq!(parsed.known(), Some(AdobePassCode::TooManyRequests));
    request_id(&xml, "Adobe-Request-Id", &parsed);
    let json = get_accepting(
        &server,
        "/adobe_pass/too_many_requests",
        "application/json, application/xml;q=0.5",
    );
    assert_eq!(json.content_type(), Some("application/json"));

    // The delay from the query.
    let later = get(&server, "/scai_vault/rate_limited?retry_after=5");
    assert_eq!(later.header("Retry-After"), Some("5"));

    // A dialect that does not exist is the server's own plain 400.
    let bad = get(&server, "/skms/40013?dialect=klingon");
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(bad.content_type(), Some("text/plain; charset=utf-8"));
    assert!(bad.text().contains("klingon"), "{}", bad.text());
    assert!(bad.text().contains("problem"), "{}", bad.text());
}

#[test]
fn unknown_and_log_only_entries_get_plain_explanations() {
    let server = Server::start(&["--quiet"]);
    let ids: Vec<&str> = CATALOGS.iter().map(|info| info.id()).collect();

    let no_code = get(&server, "/huawei_scm/SCM.9999");
    assert_eq!(no_code.status, StatusCode::NOT_FOUND);
    assert_eq!(no_code.content_type(), Some("text/plain; charset=utf-8"));
    assert!(no_code.text().contains("`SCM.9999`"), "{}", no_code.text());
    assert!(no_code.text().contains("huawei_scm"), "{}", no_code.text());

    let no_catalog = get(&server, "/oracle/ORA-00942");
    assert_eq!(no_catalog.status, StatusCode::NOT_FOUND);
    assert_eq!(no_catalog.content_type(), Some("text/plain; charset=utf-8"));
    assert!(
        no_catalog.text().contains("`oracle`"),
        "{}",
        no_catalog.text()
    );
    for id in &ids {
        assert!(
            no_catalog.text().contains(id),
            "{id} in {}",
            no_catalog.text()
        );
    }

    let elsewhere = get(&server, "/a/b/c");
    assert_eq!(elsewhere.status, StatusCode::NOT_FOUND);
    assert_eq!(elsewhere.content_type(), Some("text/plain; charset=utf-8"));

    let log_only = get(&server, "/scms/laEncFailure");
    assert_eq!(log_only.status, StatusCode::CONFLICT);
    assert_eq!(log_only.content_type(), Some("text/plain; charset=utf-8"));
    assert!(
        log_only.text().contains("never sent on the wire"),
        "{}",
        log_only.text()
    );

    let index = get(&server, "/");
    assert_eq!(index.status, StatusCode::OK);
    assert_eq!(index.content_type(), Some("text/plain; charset=utf-8"));
    for id in &ids {
        assert!(
            index.text().contains(&format!("/{id}/")),
            "{id} in {}",
            index.text()
        );
    }
    assert!(index.text().contains("dialect="), "{}", index.text());

    let listing = get(&server, "/huawei_scm");
    assert_eq!(listing.status, StatusCode::OK);
    assert!(listing.text().contains("SCM.0201"), "{}", listing.text());
}

// ---------------------------------------------------------------------------------------------
// SCMS stages and closed connections
// ---------------------------------------------------------------------------------------------

#[test]
fn scms_qa_stage_sends_the_poc_headers_and_closes_where_told() {
    let server = Server::start(&["--quiet", "--scms-stage", "qa", "--scms-close", "5067"]);

    let qa = get(&server, "/scms/5065");
    assert_eq!(qa.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(qa.body.is_empty());
    assert_eq!(qa.header("SCMS-POC-Error"), Some("5065"));
    assert_eq!(
        qa.header("SCMS-POC-Error-Message"),
        Some("Requested certificate file is not available for download")
    );
    assert_eq!(
        qa.parse::<ScmsCode>().known(),
        Some(ScmsCode::RaNoCertFileAvailable)
    );

    // Closed without an answer: no status line at all.
    let url = server.url("/scms/5067");
    let closed = client().get(&url).call();
    assert!(closed.is_err(), "{url} answered: {closed:?}");

    // The server goes on answering.
    assert_eq!(
        get(&server, "/scms/5065").status,
        StatusCode::INTERNAL_SERVER_ERROR
    );
    assert!(
        server.stderr().is_empty(),
        "--quiet logs nothing:\n{}",
        server.stderr()
    );
}

// ---------------------------------------------------------------------------------------------
// Mock-vendor mode
// ---------------------------------------------------------------------------------------------

#[test]
fn always_mode_answers_every_method_and_path_with_fresh_request_ids() {
    let server = Server::start(&["--always", "scai_vault:rate_limited", "--retry-after", "7"]);
    let agent = client();
    let answers = [
        answer(agent.get(server.url("/")).call(), "GET /"),
        answer(
            agent
                .get(server.url("/v1/secrets/prod/db?dialect=problem"))
                .call(),
            "GET with a query",
        ),
        answer(
            agent.post(server.url("/v1/secrets")).send("{\"value\":1}"),
            "POST",
        ),
        answer(agent.delete(server.url("/v1/secrets/x")).call(), "DELETE"),
    ];
    let mut ids = Vec::new();
    for answer in &answers {
        assert_eq!(answer.status, StatusCode::TOO_MANY_REQUESTS);
        // The query is the client's own: the dialect stays the vendor's.
        assert_eq!(answer.content_type(), Some("application/json"));
        assert_eq!(answer.header("Retry-After"), Some("7"));
        let parsed = answer.parse::<ScaiVaultCode>();
        assert_eq!(parsed.known(), Some(ScaiVaultCode::RateLimited));
        ids.push(request_id(answer, "X-Request-ID", &parsed));
    }
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "request ids repeat: {ids:?}");
    // Requests are logged on stderr.
    let deadline = Instant::now() + WAIT;
    while !server.stderr().contains("DELETE /v1/secrets/x") && Instant::now() < deadline {
        thread::sleep(Duration::from_millis(20));
    }
    assert!(
        server.stderr().contains("DELETE /v1/secrets/x -> 429"),
        "{}",
        server.stderr()
    );
}

#[test]
fn always_mode_fills_fields_and_takes_other_dialects() {
    let huawei = Server::start(&[
        "--quiet",
        "--always",
        "huawei_scm:SCM.0201",
        "--field",
        "upstream_message=listener busy",
    ]);
    let answer = get(&huawei, "/v3/scm/certificates/abc/push");
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    let parsed = answer.parse::<HuaweiScmCode>();
    assert_eq!(parsed.known(), Some(HuaweiScmCode::ElbPushRejected));
    assert_eq!(parsed.field("upstream_message"), Some("listener busy"));
    let id = answer.header("X-Request-Id").expect("X-Request-Id");
    assert!(is_uuid_v4(id), "{id}");

    let scms_problem = Server::start(&["--quiet", "--always", "scms:5065", "--dialect", "problem"]);
    let answer = get(&scms_problem, "/ra/download");
    assert_eq!(answer.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(answer.content_type(), Some("application/problem+json"));
    assert_eq!(
        answer.parse_as::<ScmsCode>(&Problem).known(),
        Some(ScmsCode::RaNoCertFileAvailable)
    );
}

#[test]
fn always_mode_closes_the_connection_when_the_dialect_says_so() {
    let server = Server::start(&[
        "--quiet",
        "--always",
        "scms:raAuthenticationFailed",
        "--scms-stage",
        "qa",
        "--scms-close",
        "5067",
    ]);
    for path in ["/", "/ra/provision"] {
        let url = server.url(path);
        let result = client().get(&url).call();
        assert!(result.is_err(), "{url} answered: {result:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// The command line
// ---------------------------------------------------------------------------------------------

/// Runs errcat with `args`, expecting it to exit within [`WAIT`]; returns the exit status,
/// stdout and stderr.
fn run_bounded(args: &[&str]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_errcat"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start errcat");
    let deadline = Instant::now() + WAIT;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for errcat") {
            break status;
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("errcat {args:?} did not exit within {WAIT:?}");
        }
        thread::sleep(Duration::from_millis(20));
    };
    let mut stdout = String::new();
    let mut stderr = String::new();
    if let Some(mut pipe) = child.stdout.take() {
        pipe.read_to_string(&mut stdout).expect("read stdout");
    }
    if let Some(mut pipe) = child.stderr.take() {
        pipe.read_to_string(&mut stderr).expect("read stderr");
    }
    (status.code().expect("exit status"), stdout, stderr)
}

#[test]
fn bad_options_fail_before_listening() {
    for (args, expected) in [
        (
            &["serve", "--always", "oracle:1"][..],
            "unknown catalog `oracle`",
        ),
        (&["serve", "--always", "huawei_scm:SCM.0299"], "SCM.0299"),
        (&["serve", "--always", "scms:laEncFailure"], "log-only"),
        (&["serve", "--always", "scms"], "<catalog>:<code>"),
        (
            &[
                "serve",
                "--always",
                "huawei_scm:SCM.0201",
                "--field",
                "path=x",
            ],
            "no field `path`",
        ),
        (&["serve", "--port", "http"], "not a port number"),
        (&["serve", "--host", "example.com"], "not an IP address"),
        (&["serve", "--dialect", "soap"], "unknown dialect `soap`"),
        (&["serve", "--scms-stage", "beta"], "unknown SCMS stage"),
        (&["serve", "--scms-close", "40013"], "not an SCMS code"),
        (&["serve", "extra"], "unexpected argument `extra`"),
    ] {
        let (code, stdout, stderr) = run_bounded(args);
        assert_eq!(code, 2, "errcat {args:?}:\n{stdout}{stderr}");
        assert!(stdout.is_empty(), "errcat {args:?} printed:\n{stdout}");
        assert!(stderr.contains(expected), "errcat {args:?}:\n{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

#[test]
fn help_documents_serve() {
    let (code, help, _) = run_bounded(&["serve", "--help"]);
    assert_eq!(code, 0);
    assert!(help.starts_with("errcat serve: "), "{help}");
    for word in [
        "--port",
        "--host",
        "--always",
        "--field",
        "--dialect",
        "--scms-stage",
        "--scms-close",
        "--retry-after",
        "--quiet",
        "GET /<catalog>/<code>",
        "dialect=",
        "Accept",
        "404",
        "log-only",
        "Ctrl-C",
        "Examples:",
    ] {
        assert!(help.contains(word), "`{word}` in:\n{help}");
    }
    for line in help.lines() {
        assert!(line.chars().count() <= 80, "line over 80 columns:\n{line}");
    }
    let (_, main_help, _) = run_bounded(&["--help"]);
    assert!(main_help.contains("\n  serve "), "{main_help}");
}

/// The client's language: Huawei's messages are Chinese, with English translations; a
/// request for English gets English, any other request the catalog's Chinese, both verbatim.
#[test]
fn huawei_answers_in_the_clients_language() {
    let server = Server::start(&[]);
    let url = server.url("/huawei_scm/SCM.0005");
    let english = answer(
        client().get(&url).header("Accept-Language", "en").call(),
        &url,
    );
    let body: serde_json::Value = serde_json::from_slice(&english.body).expect("JSON");
    assert_eq!(body["error_msg"], "Invalid request parameter");
    assert_eq!(english.headers["content-language"], "en");
    for header in [None, Some("zh-CN"), Some("fr, de;q=0.5")] {
        let mut request = client().get(&url);
        if let Some(header) = header {
            request = request.header("Accept-Language", header);
        }
        let chinese = answer(request.call(), &url);
        let body: serde_json::Value = serde_json::from_slice(&chinese.body).expect("JSON");
        assert_eq!(body["error_msg"], "请求参数错误", "{header:?}");
        let language = chinese
            .headers
            .get("content-language")
            .map(|v| v.to_str().expect("text"));
        assert_eq!(language, header.map(|_| "zh-CN"), "{header:?}");
    }
}
