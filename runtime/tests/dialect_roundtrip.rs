//! Rendering: round trips through every parser, golden responses, the fast path against the
//! serde envelopes, header safety and the detail-exposure policy.

mod dialect_common;

use std::fmt::Write as _;
use std::path::PathBuf;

use dialect_common::*;
use error_catalog::dialect::adobe_pass::{AdobePassBody, Media};
use error_catalog::dialect::huawei::HuaweiBody;
use error_catalog::dialect::problem::ProblemDetails;
use error_catalog::dialect::scai_vault::ScaiVaultBody;
use error_catalog::dialect::skms::SkmsBody;
use error_catalog::dialect::{
    self, AdobePass, Context, Dialect, DynDialect, Exposure, Huawei, Incoming, ParsedCode, Problem,
    Reply, ScaiVault, Scms, Skms,
};
use error_catalog::{Catalog, CatalogError, Code, WireError};
use http::{Response, StatusCode};

/// Every dialect, SCMS at the QA stage (the PROD stage names no entry).
fn dialects() -> Vec<&'static dyn DynDialect> {
    static SCMS_QA: Scms = Scms::qa();
    static ADOBE_JSON: AdobePass = AdobePass::new(Media::Json);
    vec![
        &SCMS_QA,
        &Skms,
        &ScaiVault,
        &Huawei,
        &ADOBE_JSON,
        &ADOBE_XML,
        &Problem,
    ]
}

static ADOBE_XML: AdobePass = AdobePass::new(Media::Xml);

/// Whether `dialect` can carry `error`'s message verbatim (XML 1.0 cannot hold most control
/// characters; header values hold none).
fn carries_message(dialect: &dyn DynDialect, message: &str) -> bool {
    let controls = message
        .chars()
        .any(|c| c.is_control() && c != '\t' && c != '\n');
    match dialect.name() {
        "scms" => !message.chars().any(char::is_control),
        _ if std::ptr::addr_eq(dialect, &ADOBE_XML) => {
            !controls
                || !message
                    .chars()
                    .any(|c| c.is_control() && c != '\t' && c != '\n' && c != '\r')
        }
        _ => true,
    }
}

fn check_round_trips<E: WireError + CatalogError>(samples: &[E]) {
    // The samples cover the catalog.
    for code in wire_codes::<E::Code>() {
        assert!(
            samples.iter().any(|sample| sample.kind() == code),
            "no sample of {code:?}"
        );
    }
    for error in samples {
        for cx in contexts() {
            for dialect in dialects() {
                let response = dialect
                    .render(error, &cx)
                    .respond()
                    .expect("no connection closes by default");
                let parsed = dialect
                    .parse::<E::Code>(&Incoming::from_response(&response))
                    .unwrap_or_else(|e| {
                        panic!(
                            "{dialect:?} {error:?}: {e}\n{}",
                            String::from_utf8_lossy(response.body())
                        )
                    });
                assert_eq!(
                    parsed.code,
                    ParsedCode::Known(error.kind()),
                    "{dialect:?} {error:?}"
                );
                assert_eq!(parsed.status, error.status(), "{dialect:?} {error:?}");
                let message = error.to_string();
                if carries_message(dialect, &message) {
                    assert_eq!(
                        parsed.message.as_deref(),
                        Some(message.as_str()),
                        "{dialect:?}"
                    );
                    // Typed fields come back, from `details` or from the message.
                    WireError::for_each_field(error, &mut |name, value| {
                        assert_eq!(
                            parsed.field(name),
                            Some(value.to_string().as_str()),
                            "{dialect:?} {error:?} field {name}"
                        );
                    });
                }
            }
        }
    }
}

#[test]
fn every_entry_round_trips_in_every_dialect() {
    check_round_trips(&scms_samples());
    check_round_trips(&skms_samples());
    check_round_trips(&vault_samples());
    check_round_trips(&huawei_samples());
    check_round_trips(&adobe_samples());
    check_round_trips(&tricky_samples());
    check_round_trips(&number_samples());
}

fn check_native_and_problem<E: WireError + CatalogError>(samples: &[E]) {
    let native = <E::Code as Catalog>::INFO.dialect();
    for error in samples {
        let cx = Context::new().with_request_id("req_abc");
        for format in [native, &Problem] {
            let Some(parsed) = round_trip(format, error, &cx) else {
                panic!("{format} closed the connection");
            };
            let parsed = parsed.expect("parses");
            if format.name() == "scms" {
                // The default, PROD stage: a bare 500 that names nothing.
                assert_eq!(parsed.code, ParsedCode::Unidentified);
                assert_eq!(parsed.status, StatusCode::INTERNAL_SERVER_ERROR);
            } else {
                assert_eq!(
                    parsed.code,
                    ParsedCode::Known(error.kind()),
                    "{format} {error:?}"
                );
                // SKMS has no place for a request id.
                let expected = (format.name() != "skms").then_some("req_abc");
                assert_eq!(parsed.request_id.as_deref(), expected, "{format}");
            }
        }
    }
}

#[test]
fn native_dialect_and_problem_by_default() {
    check_native_and_problem(&scms_samples());
    check_native_and_problem(&skms_samples());
    check_native_and_problem(&vault_samples());
    check_native_and_problem(&huawei_samples());
    check_native_and_problem(&adobe_samples());
    check_native_and_problem(&tricky_samples());
    check_native_and_problem(&number_samples());
}

/// A fast writer, the bytes serde writes for the same error, and the dialect's name.
type Case<'a> = (&'a dyn Fn(&mut Vec<u8>), Vec<u8>, &'static str);

/// Requests that negotiate the message's language: a translation (the Huawei samples have
/// English ones), the catalog's own language, and one no entry has.
fn language_contexts() -> [Context<'static>; 3] {
    ["en-US, zh;q=0.5", "zh-CN", "fr"].map(|accept| {
        Context::new()
            .with_accept_language(accept)
            .with_request_id("r\"1")
    })
}

/// The `json` writers user dialects call, against what serde_json writes for the same value:
/// the message, the code in both forms (the tricky samples' code needs escaping) and the help
/// URL.
fn check_public_writers<E: WireError>(error: &E, cx: &Context<'_>) {
    use dialect::json::{self, WireCode};
    let written = |write: &dyn Fn(&mut Vec<u8>)| {
        let mut out = Vec::new();
        write(&mut out);
        out
    };
    let message = error_catalog::language::message_for(error, cx);
    assert_eq!(
        written(&|out| json::write_message_for(out, error, cx)),
        json_of(&message),
        "{error:?} {cx:?}"
    );
    let code = json::code_of(error);
    for (as_string, wire) in [
        (false, WireCode::native(code)),
        (true, WireCode::text(code)),
    ] {
        assert_eq!(
            written(&|out| json::write_code(out, error.entry(), as_string)),
            json_of(&wire),
            "{error:?} as_string {as_string}"
        );
    }
    let url = cx
        .help_url()
        .or(error.entry().help_url())
        .unwrap_or_default();
    assert_eq!(
        written(&|out| json::write_help_url(out, cx.help_url(), error.entry())),
        json_of(url),
        "{error:?} {cx:?}"
    );
}

/// What serde_json writes for `value`.
fn json_of<T: serde::Serialize + ?Sized>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).expect("serializes")
}

/// The fast writer's body, byte for byte, is what serde_json writes for the envelope.
fn check_differential<E: WireError + CatalogError>(samples: &[E]) {
    for error in samples {
        for cx in contexts().into_iter().chain(language_contexts()) {
            check_public_writers(error, &cx);
            let mut body = Vec::new();
            let cases: [Case<'_>; 5] = [
                (
                    &|out| drop(Skms.render_into(error, &cx, out)),
                    serde_json::to_vec(&SkmsBody::new(error, &cx)).expect("serializes"),
                    "skms",
                ),
                (
                    &|out| drop(ScaiVault.render_into(error, &cx, out)),
                    serde_json::to_vec(&ScaiVaultBody::new(error, &cx)).expect("serializes"),
                    "scai_vault",
                ),
                (
                    &|out| drop(Huawei.render_into(error, &cx, out)),
                    serde_json::to_vec(&HuaweiBody::new(error, &cx)).expect("serializes"),
                    "huawei",
                ),
                (
                    &|out| drop(AdobePass::new(Media::Json).render_into(error, &cx, out)),
                    serde_json::to_vec(&AdobePassBody::new(error, &cx)).expect("serializes"),
                    "adobe_pass",
                ),
                (
                    &|out| drop(Problem.render_into(error, &cx, out)),
                    serde_json::to_vec(&ProblemDetails::new(error, &cx)).expect("serializes"),
                    "problem",
                ),
            ];
            for (render, expected, name) in cases {
                body.clear();
                render(&mut body);
                assert_eq!(
                    String::from_utf8_lossy(&body),
                    String::from_utf8_lossy(&expected),
                    "{name} {error:?} {cx:?}"
                );
                assert_eq!(body, expected, "{name} {error:?}");
            }
        }
    }
}

#[test]
fn fast_path_matches_serde_json() {
    check_differential(&scms_samples());
    check_differential(&skms_samples());
    check_differential(&vault_samples());
    check_differential(&huawei_samples());
    check_differential(&adobe_samples());
    check_differential(&tricky_samples());
    check_differential(&number_samples());
}

#[test]
fn bodies_append_to_the_buffer() {
    let mut body = b"prefix".to_vec();
    let head = Skms
        .render_into(&SkmsTest::KeyNotFound, &Context::new(), &mut body)
        .respond()
        .expect("answers");
    assert_eq!(head.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        body,
        br#"prefix{"code":40013,"message":"Key not found in the keyVault"}"#
    );
}

/// `HTTP/1.1 <status>`, the headers, a blank line and the body, with `\n` line ends.
fn dump(response: &Response<Vec<u8>>) -> Vec<u8> {
    let mut text = String::new();
    let status = response.status();
    let _ = writeln!(
        text,
        "HTTP/1.1 {} {}",
        status.as_u16(),
        status.canonical_reason().unwrap_or("")
    );
    for (name, value) in response.headers() {
        let _ = writeln!(text, "{}: {}", name, value.to_str().expect("text header"));
    }
    text.push('\n');
    let mut bytes = text.into_bytes();
    bytes.extend_from_slice(response.body());
    bytes.push(b'\n');
    bytes
}

fn golden(name: &str, response: &Response<Vec<u8>>) {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "data", "golden", name]
        .iter()
        .collect();
    let actual = dump(response);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &actual).expect("writes the golden file");
        return;
    }
    let expected = std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run with UPDATE_GOLDEN=1 to create it)",
            path.display()
        )
    });
    assert_eq!(
        String::from_utf8_lossy(&actual),
        String::from_utf8_lossy(&expected),
        "{name} differs from its golden file"
    );
    assert_eq!(actual, expected, "{name}");
}

fn respond<E: WireError + CatalogError>(
    dialect: impl Dialect,
    error: &E,
    cx: &Context<'_>,
) -> Response<Vec<u8>> {
    dialect.render(error, cx).respond().expect("answers")
}

#[test]
fn golden_responses() {
    let cx = Context::new().with_request_id("req_abc");
    golden(
        "scms.txt",
        &respond(Scms::qa(), &ScmsTest::RaNoCertFileAvailable, &cx),
    );
    golden(
        "scms_prod.txt",
        &respond(Scms::prod(), &ScmsTest::RaNoCertFileAvailable, &cx),
    );
    golden(
        "skms.txt",
        &respond(
            Skms,
            &SkmsTest::KeyNotFound,
            &cx.with_detail("keyId : 0000009"),
        ),
    );
    golden(
        "scai_vault.txt",
        &respond(
            ScaiVault,
            &VaultTest::SecretNotFound {
                path: "environments/production/missing".into(),
            },
            &cx,
        ),
    );
    golden(
        "huawei.txt",
        &respond(
            Huawei,
            &HuaweiTest::ElbPushFailed {
                upstream_message: "listener busy".into(),
            },
            &cx,
        ),
    );
    let adobe = Context::new()
        .with_request_id("12f6fef9-d2e0-422b-a9d7-60d799abe353")
        .with_retry_after(30);
    golden(
        "adobe_pass.txt",
        &respond(
            AdobePass::default(),
            &AdobeTest::NetworkConnectionFailure,
            &adobe,
        ),
    );
    golden(
        "adobe_pass_xml.txt",
        &respond(
            AdobePass::default(),
            &AdobeTest::TooManyRequests,
            &adobe.with_accept("application/xml, application/json;q=0.9"),
        ),
    );
    golden(
        "problem.txt",
        &respond(
            Problem,
            &VaultTest::SecretNotFound {
                path: "environments/production/missing".into(),
            },
            &cx.with_instance("/v1/secrets/environments/production/missing"),
        ),
    );
}

#[test]
fn header_values_never_carry_control_characters() {
    let hostile = Context::new()
        .with_request_id("req\r\nSet-Cookie: session=stolen\r\n\r\n<html>")
        .with_retry_after(1)
        .with_exposure(Exposure::AlwaysWithSource);
    fn check<E: WireError + CatalogError>(samples: &[E], cx: &Context<'_>) {
        for error in samples {
            for dialect in dialects() {
                let mut body = Vec::new();
                let Reply::Respond(head) = dialect.render_dyn(error, cx, &mut body) else {
                    continue;
                };
                for header in head.headers() {
                    assert!(
                        !header.value().chars().any(char::is_control),
                        "{dialect:?} {error:?}: {:?}",
                        header.value()
                    );
                    assert!(header.to_header_value().is_some());
                }
                let response = head.into_response(body);
                for value in response.headers().values() {
                    assert!(!value.as_bytes().iter().any(|b| *b == b'\r' || *b == b'\n'));
                }
            }
        }
    }
    check(&tricky_samples(), &hostile);
    check(&vault_samples(), &hostile);
    check(&number_samples(), &hostile);

    let response = respond(ScaiVault, &VaultTest::RateLimited, &hostile);
    assert_eq!(
        response.headers()["x-request-id"],
        "req  Set-Cookie: session=stolen    <html>"
    );
    assert!(response.headers().get("set-cookie").is_none());
    let response = respond(Scms::qa(), &Tricky::Controls, &hostile);
    let message = response.headers()["scms-poc-error-message"]
        .to_str()
        .expect("ASCII");
    assert!(
        message.starts_with("nul  bell  bs  tab  lf  cr  ff  us  del"),
        "{message}"
    );
}

#[test]
fn nothing_internal_leaks_by_default() {
    let leak = "Connect to devkms.softcamp.co.kr:8080 [devkms.softcamp.co.kr/10.14.10.171] failed";
    let error = SkmsTest::Internal {
        source: std::io::Error::other(leak),
    };
    let cx = Context::new()
        .with_detail(leak)
        .with_details(&[("host", "10.14.10.171")]);
    for format in dialect::BUILTIN {
        let response = dialect::render_as(format, &error, &cx)
            .respond()
            .expect("answers");
        let dump = String::from_utf8_lossy(&dump(&response)).into_owned();
        assert!(!dump.contains("10.14.10.171"), "{format}: {dump}");
    }
    // SCMS PROD: a bare 500.
    let response = respond(Scms::default(), &error, &cx);
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert!(response.headers().is_empty() && response.body().is_empty());

    // A 4xx carries the context's detail by default.
    let response = respond(Skms, &SkmsTest::KeyNotFound, &cx);
    assert!(String::from_utf8_lossy(response.body()).contains("devkms"));

    // A service opts in for 5xx, and for the source's text.
    let always = respond(Skms, &error, &cx.with_exposure(Exposure::Always));
    assert!(String::from_utf8_lossy(always.body()).contains(leak));
    let source = respond(
        Skms,
        &error,
        &Context::new().with_exposure(Exposure::AlwaysWithSource),
    );
    let parsed = Skms
        .parse::<SkmsTestCode>(&Incoming::from_response(&source))
        .expect("parses");
    assert_eq!(parsed.detail.as_deref(), Some(leak));
    let never = respond(
        Skms,
        &SkmsTest::KeyNotFound,
        &cx.with_exposure(Exposure::Never),
    );
    assert!(!String::from_utf8_lossy(never.body()).contains("devkms"));
}

#[test]
fn scms_stages_and_closed_connections() {
    static CLOSE: [Code; 1] = [Code::Int(5067)];
    let qa = Scms::qa().with_close_connection(&CLOSE);
    let cx = Context::new();
    assert!(
        qa.render(&ScmsTest::RaAuthenticationFailed, &cx)
            .is_close_connection()
    );
    assert!(
        Scms::prod()
            .with_close_connection(&CLOSE)
            .render(&ScmsTest::RaAuthenticationFailed, &cx)
            .is_close_connection()
    );
    let mut body = Vec::new();
    assert_eq!(
        qa.render_into(&ScmsTest::RaAuthenticationFailed, &cx, &mut body),
        Reply::CloseConnection
    );
    let response = respond(qa, &ScmsTest::NoMaAuthorizationSignature, &cx);
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(response.headers()["scms-poc-error"], "5002");
    assert_eq!(
        response.headers()["scms-poc-error-message"],
        "MA signature missing"
    );
    assert!(response.body().is_empty());
}

/// SCMS parses without copying the code header into a `Reading`: the result is the one
/// `read` then `identify` give, for codes by number, by vendor name, unknown, empty and absent.
#[test]
fn scms_parse_agrees_with_read_then_identify() {
    let codes = [
        Some("5065"),
        Some(" 5002 "),
        Some("raNoCertFileAvailable"),
        Some("9999"),
        Some("notAName"),
        Some(""),
        None,
    ];
    for code in codes {
        for message in [
            Some("Requested certificate file is not available for download"),
            None,
        ] {
            let mut builder = Response::builder().status(StatusCode::INTERNAL_SERVER_ERROR);
            if let Some(code) = code {
                builder = builder.header("scms-poc-error", code);
            }
            if let Some(message) = message {
                builder = builder.header("scms-poc-error-message", message);
            }
            let response = builder
                .header("retry-after", "7")
                .body(Vec::new())
                .unwrap_or_default();
            let incoming = Incoming::from_response(&response);
            let parsed = Scms::qa().parse::<ScmsTestCode>(&incoming).ok();
            let erased: &dyn DynDialect = &Scms::qa();
            let parsed_erased = erased.parse::<ScmsTestCode>(&incoming).ok();
            let identified = Scms::qa()
                .read(&incoming)
                .ok()
                .map(|reading| reading.identify::<ScmsTestCode>());
            assert!(parsed.is_some(), "{code:?} {message:?}");
            assert_eq!(parsed, identified, "{code:?} {message:?}");
            assert_eq!(parsed_erased, identified, "{code:?} {message:?}");
        }
    }
    let response = Response::builder()
        .header("scms-poc-error", "raNoCertFileAvailable")
        .body(Vec::new())
        .unwrap_or_default();
    let parsed = Scms::qa().parse::<ScmsTestCode>(&Incoming::from_response(&response));
    assert_eq!(
        parsed.ok().and_then(|parsed| parsed.known()),
        Some(ScmsTestCode::RaNoCertFileAvailable)
    );
}

/// The built-in JSON and XML parsers look a code up where it lies in the body, without
/// copying it: `parse`, typed or through a type-erased dialect, gives what `read` then
/// `identify` give, for codes known and unknown, integers and strings, escaped, padded, out
/// of range, empty and absent, in every catalog.
#[test]
fn built_in_parsers_agree_with_read_then_identify() {
    fn agrees<D: Dialect, C: Catalog>(dialect: &D, incoming: &Incoming<'_>) -> bool {
        let parsed = dialect.parse::<C>(incoming);
        let erased: &dyn DynDialect = dialect;
        let parsed_erased = erased.parse::<C>(incoming);
        let identified = dialect
            .read(incoming)
            .map(error_catalog::dialect::Reading::identify::<C>);
        match (parsed, parsed_erased, identified) {
            (Ok(parsed), Ok(parsed_erased), Ok(identified)) => {
                assert_eq!(parsed, identified);
                assert_eq!(parsed_erased, identified);
                parsed.known().is_some()
            }
            (Err(a), Err(b), Err(c)) => {
                assert_eq!(a.to_string(), c.to_string());
                assert_eq!(b.to_string(), c.to_string());
                false
            }
            (parsed, erased, identified) => {
                panic!("{parsed:?} and {erased:?} against {identified:?}")
            }
        }
    }
    fn every_catalog<D: Dialect>(dialect: &D, incoming: &Incoming<'_>) -> usize {
        [
            agrees::<D, ScmsTestCode>(dialect, incoming),
            agrees::<D, SkmsTestCode>(dialect, incoming),
            agrees::<D, VaultTestCode>(dialect, incoming),
            agrees::<D, HuaweiTestCode>(dialect, incoming),
            agrees::<D, AdobeTestCode>(dialect, incoming),
            agrees::<D, TrickyCode>(dialect, incoming),
            agrees::<D, NumbersCode>(dialect, incoming),
        ]
        .into_iter()
        .filter(|known| *known)
        .count()
    }
    // JSON values of `code`, and whether some test catalog knows each.
    let codes: [(&str, bool); 16] = [
        (r#""SCM.0005""#, true),
        (r#""SCM.\u00305""#, false),
        (r#""SCM.\u0030005""#, true),
        // XML trims the text around a code; JSON keeps it.
        (r#"" SCM.0005 ""#, true),
        (r#""secret_not_found""#, true),
        (r#""network_connection_failure""#, true),
        (r#""中文""#, true),
        (r#""quo\"te\\s""#, true),
        (r#""nope""#, false),
        (r#""""#, false),
        ("40013", true),
        (r#""40013""#, true),
        ("-7", true),
        ("2147483647", true),
        ("340282366920938463463374607431768211455", false),
        ("null", false),
    ];
    let mut known = 0;
    for (code, expected) in codes {
        let mut found = 0;
        let json = |body: String| {
            Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header("content-type", "application/json")
                .header("retry-after", "3")
                .body(body.into_bytes())
                .unwrap_or_default()
        };
        let skms = json(format!(r#"{{"code":{code},"message":"m","detail":"d"}}"#));
        found += every_catalog(&Skms, &Incoming::from_response(&skms));
        let huawei = json(format!(
            r#"{{"error_code":{code},"error_msg":"m","request_id":"r"}}"#
        ));
        found += every_catalog(&Huawei, &Incoming::from_response(&huawei));
        let vault = json(format!(
            r#"{{"error":{{"code":{code},"message":"m","details":{{"a":"b"}}}}}}"#
        ));
        found += every_catalog(&ScaiVault, &Incoming::from_response(&vault));
        let adobe = json(format!(
            r#"{{"error":{{"status":403,"code":{code},"message":"m","action":"retry"}}}}"#
        ));
        found += every_catalog(&AdobePass::DEFAULT, &Incoming::from_response(&adobe));
        let problem = json(format!(
            r#"{{"type":"about:blank","title":"t","status":400,"code":{code},"detail":"d"}}"#
        ));
        found += every_catalog(&Problem, &Incoming::from_response(&problem));
        // XML holds the code as text: the JSON string's content, or the number.
        let text: String = serde_json::from_str::<serde_json::Value>(code)
            .ok()
            .map(|value| match value {
                serde_json::Value::String(text) => text,
                other => other.to_string(),
            })
            .unwrap_or_default();
        let xml = Response::builder()
            .status(StatusCode::FORBIDDEN)
            .header("content-type", "application/xml")
            .body(
                format!(
                    "<error><status>403</status><code>{}</code><message>m</message></error>",
                    text.replace('&', "&amp;").replace('<', "&lt;")
                )
                .into_bytes(),
            )
            .unwrap_or_default();
        found += every_catalog(&AdobePass::DEFAULT, &Incoming::from_response(&xml));
        assert_eq!(found > 0, expected, "{code}");
        known += found;
    }
    assert!(known > 20, "{known}");
}

error_catalog::error_catalog! {
    /// Vendor names shared by log-only and wire entries, as SCMS's sources repeat them.
    #[catalog(code = u16, id = "named", dialect = scms)]
    pub enum Named {
        /// Logged only, and first with its name.
        QuietFirst { name: "shared", message: "logged", log_only },
        /// The first wire entry of the name.
        Loud { code: 5001, status: 500, message: "sent", name: "shared", repeated_name },
        /// The second wire entry of the name.
        LoudAgain { code: 5002, status: 500, message: "sent again", name: "shared", repeated_name },
        /// Logged only, alone with its name.
        Lonely { name: "lonely", message: "alone", log_only },
        /// Sent, alone with its name.
        Solo { code: 5003, status: 500, message: "solo", name: "solo" },
    }
}

/// A code that is a vendor name names the first wire entry of that name, a log-only entry
/// only when no wire entry has it; a code by number names its entry whatever its name. The
/// same through `parse`, a type-erased dialect and `read` then `identify`.
#[test]
fn vendor_names_prefer_wire_entries() {
    let cases = [
        ("shared", ParsedCode::Known(NamedCode::Loud)),
        ("5002", ParsedCode::Known(NamedCode::LoudAgain)),
        ("lonely", ParsedCode::Known(NamedCode::Lonely)),
        ("solo", ParsedCode::Known(NamedCode::Solo)),
        ("5003", ParsedCode::Known(NamedCode::Solo)),
        ("Shared", ParsedCode::Unknown("Shared".to_owned())),
        ("5004", ParsedCode::Unknown("5004".to_owned())),
    ];
    for (code, expected) in cases {
        let response = Response::builder()
            .status(StatusCode::INTERNAL_SERVER_ERROR)
            .header("scms-poc-error", code)
            .body(Vec::new())
            .unwrap_or_default();
        let incoming = Incoming::from_response(&response);
        let erased: &dyn DynDialect = &Scms::qa();
        let parsed = Scms::qa().parse::<NamedCode>(&incoming).map(|p| p.code);
        let parsed_erased = erased.parse::<NamedCode>(&incoming).map(|p| p.code);
        let identified = Scms::qa()
            .read(&incoming)
            .map(|reading| reading.identify::<NamedCode>().code);
        assert_eq!(parsed.as_ref().ok(), Some(&expected), "{code}");
        assert_eq!(parsed_erased.as_ref().ok(), Some(&expected), "{code}");
        assert_eq!(identified.as_ref().ok(), Some(&expected), "{code}");
        assert_eq!(
            ParsedCode::<NamedCode>::identify(code, true),
            expected,
            "{code}"
        );
    }
}

#[test]
fn retry_after_follows_each_dialect() {
    let cx = Context::new().with_retry_after(45);
    let has = |response: &Response<Vec<u8>>| {
        response
            .headers()
            .get("retry-after")
            .map(|v| v.to_str().unwrap_or_default().to_owned())
    };
    assert_eq!(
        has(&respond(ScaiVault, &VaultTest::RateLimited, &cx)).as_deref(),
        Some("45")
    );
    assert_eq!(
        has(&respond(ScaiVault, &VaultTest::ValidationError, &cx)),
        None
    );
    assert_eq!(
        has(&respond(
            AdobePass::default(),
            &AdobeTest::TooManyRequests,
            &cx
        ))
        .as_deref(),
        Some("45")
    );
    assert_eq!(
        has(&respond(
            AdobePass::default(),
            &AdobeTest::NetworkConnectionFailure,
            &cx
        )),
        None
    );
    assert_eq!(
        has(&respond(Problem, &VaultTest::RateLimited, &cx)).as_deref(),
        Some("45")
    );
    assert_eq!(
        has(&respond(Problem, &VaultTest::RateLimited, &Context::new())),
        None
    );
    let parsed = ScaiVault
        .parse::<VaultTestCode>(&Incoming::from_response(&respond(
            ScaiVault,
            &VaultTest::RateLimited,
            &cx,
        )))
        .expect("parses");
    assert_eq!(parsed.retry_after, Some(45));
}

#[test]
fn adobe_pass_negotiates_xml_from_accept() {
    let error = AdobeTest::NetworkConnectionFailure;
    for (accept, xml) in [
        (None, false),
        (Some("application/json"), false),
        (Some("application/xml"), true),
        (Some("text/xml;q=0.9, application/json;q=0.8"), true),
        (Some("*/*"), false),
    ] {
        let cx = match accept {
            Some(accept) => Context::new().with_accept(accept),
            None => Context::new(),
        };
        let response = respond(AdobePass::default(), &error, &cx);
        let content_type = response.headers()["content-type"]
            .to_str()
            .unwrap_or_default();
        assert_eq!(content_type.contains("xml"), xml, "{accept:?}");
        assert_eq!(response.body().starts_with(b"<error>"), xml, "{accept:?}");
        // JSON by default, whatever the request asks.
        let json = respond(AdobePass::new(Media::Json), &error, &cx);
        assert!(json.body().starts_with(b"{\"error\":"));
    }
}

#[test]
fn problem_members() {
    let response = respond(Problem, &AdobeTest::TooManyRequests, &Context::new());
    let value: serde_json::Value = serde_json::from_slice(response.body()).expect("JSON");
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    assert_eq!(
        value["type"],
        "https://experienceleague.adobe.com/docs/pass/authentication/auth-features/error-reportn/enhanced-error-codes.html"
    );
    assert_eq!(
        value["title"],
        "Too many requests have been sent within a given interval."
    );
    assert_eq!(value["status"], 429);
    assert_eq!(value["code"], "too_many_requests");
    assert_eq!(value["action"], "retry-after");

    // Without a help URL: about:blank, and the title is the status phrase (RFC 9457 4.2.1).
    let response = respond(Problem, &Numbers::Negative, &Context::new());
    let value: serde_json::Value = serde_json::from_slice(response.body()).expect("JSON");
    assert_eq!(value["type"], "about:blank");
    assert_eq!(value["title"], "I'm a teapot");
    assert_eq!(value["code"], -7);
    assert_eq!(value["detail"], "negative \u{1} code");
}

#[cfg(feature = "axum")]
#[test]
fn axum_responses_render_the_native_dialect() {
    use error_catalog::__private::axum::response::IntoResponse;

    let response = VaultTest::SecretNotFound { path: "x".into() }.into_response();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(response.headers()["content-type"], "application/json");
    // SCMS renders at the PROD stage: a bare 500.
    let response = ScmsTest::NoMaAuthorizationSignature.into_response();
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert!(response.headers().is_empty());
    // Adobe Pass: JSON, since `IntoResponse` does not see `Accept`.
    let response = AdobeTest::NetworkConnectionFailure.into_response();
    assert_eq!(response.headers()["content-type"], "application/json");
}
