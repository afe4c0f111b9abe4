//! Random and mutated bodies and headers against every parser: no input panics, every
//! failure is a typed, described error. Deterministic (a fixed xorshift seed) and bounded in
//! time. The harness is `dialect_harness`, shared with the test of a user's dialect.

mod dialect_common;
mod dialect_harness;

use dialect_common::*;
use error_catalog::dialect::adobe_pass::{AdobePassErrorObject, Media};
use error_catalog::dialect::{
    self, AdobePass, Dialect, DynDialect, Huawei, Incoming, JsonProblem, ParseError, Problem,
    Reading, ScaiVault, Scms, Skms,
};
use error_catalog::{Catalog, WireError};
use http::{HeaderMap, HeaderValue, StatusCode};

static SCMS_QA: Scms = Scms::qa();
static ADOBE_XML: AdobePass = AdobePass::new(Media::Xml);

fn all_dialects() -> Vec<&'static dyn DynDialect> {
    let mut dialects: Vec<&'static dyn DynDialect> = dialect::BUILTIN.to_vec();
    dialects.push(&SCMS_QA);
    dialects.push(&ADOBE_XML);
    dialects
}

/// Real payloads to mutate: every sample rendered in every dialect, and seed-like bodies.
fn corpus() -> Vec<Vec<u8>> {
    fn erased<E: WireError>(samples: &[E]) -> Vec<&dyn WireError> {
        samples
            .iter()
            .map(|error| error as &dyn WireError)
            .collect()
    }
    let (skms, vault, huawei) = (skms_samples(), vault_samples(), huawei_samples());
    let (adobe, tricky, numbers) = (adobe_samples(), tricky_samples(), number_samples());
    let mut samples = Vec::new();
    samples.extend(erased(&skms));
    samples.extend(erased(&vault));
    samples.extend(erased(&huawei));
    samples.extend(erased(&adobe));
    samples.extend(erased(&tricky));
    samples.extend(erased(&numbers));
    let mut corpus = dialect_harness::corpus(&all_dialects(), &samples);
    corpus.push(br#"{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information","request_id":"7c1f"}"#.to_vec());
    corpus.push(br#"{"resources":[{"id":"TestStream2","authorized":false,"error":{"status":403,"code":"network_connection_failure","message":"m","details":"","action":"retry"}}]}"#.to_vec());
    corpus.push(b"<error><status>403</status><code>network_connection_failure</code><message>Unable &amp; &#13; &#x1F600;</message><![CDATA[x]]><!-- c --></error>".to_vec());
    corpus
}

/// `D::parse` in every test catalog gives what `read` then `identify` give.
fn typed<D: Dialect>(incoming: &Incoming<'_>, reading: &Result<Reading, ParseError>) {
    fn one<D: Dialect, C: Catalog>(incoming: &Incoming<'_>, reading: &Result<Reading, ParseError>) {
        match (D::DEFAULT.parse::<C>(incoming), reading) {
            (Ok(parsed), Ok(reading)) => assert_eq!(parsed, reading.clone().identify::<C>()),
            (Err(parsed), Err(read)) => assert_eq!(parsed.to_string(), read.to_string()),
            (parsed, read) => panic!("{}: {parsed:?} against {read:?}", D::NAME),
        }
    }
    one::<D, ScmsTestCode>(incoming, reading);
    one::<D, SkmsTestCode>(incoming, reading);
    one::<D, VaultTestCode>(incoming, reading);
    one::<D, HuaweiTestCode>(incoming, reading);
    one::<D, AdobeTestCode>(incoming, reading);
    one::<D, TrickyCode>(incoming, reading);
    one::<D, NumbersCode>(incoming, reading);
}

/// Typed parses of one input in every test catalog.
fn parse_typed(dialect: &dyn DynDialect, incoming: &Incoming<'_>) {
    // The built-ins look a code up where it lies in the body, without copying it: what a
    // parse gives is what `read` then `identify` give (the reading is read once and
    // identified in each catalog).
    fn one<C: Catalog>(
        dialect: &dyn DynDialect,
        incoming: &Incoming<'_>,
        reading: &Result<Reading, ParseError>,
    ) {
        let parsed = dialect.parse::<C>(incoming);
        match (parsed, reading) {
            (Ok(parsed), Ok(reading)) => assert_eq!(parsed, reading.clone().identify::<C>()),
            (Err(parsed), Err(read)) => {
                assert_eq!(parsed.dialect(), dialect.name());
                assert_eq!(parsed.to_string(), read.to_string());
            }
            (parsed, read) => panic!("{parsed:?} against {read:?}"),
        }
    }
    let reading = dialect.read_dyn(incoming);
    // Each built-in's own `parse`, typed: SKMS, Huawei and SCMS build their `Parsed` without
    // a `Reading`, the others identify a reading whose code is still in the body.
    match dialect.name() {
        "scms" => typed::<Scms>(incoming, &reading),
        "skms" => typed::<Skms>(incoming, &reading),
        "scai_vault" => typed::<ScaiVault>(incoming, &reading),
        "huawei" => typed::<Huawei>(incoming, &reading),
        "adobe_pass" => typed::<AdobePass>(incoming, &reading),
        "problem" => typed::<Problem>(incoming, &reading),
        other => panic!("no typed parse checked for {other}"),
    }
    one::<ScmsTestCode>(dialect, incoming, &reading);
    one::<SkmsTestCode>(dialect, incoming, &reading);
    one::<VaultTestCode>(dialect, incoming, &reading);
    one::<HuaweiTestCode>(dialect, incoming, &reading);
    one::<AdobeTestCode>(dialect, incoming, &reading);
    one::<TrickyCode>(dialect, incoming, &reading);
    one::<NumbersCode>(dialect, incoming, &reading);
    if let Ok(text) = std::str::from_utf8(incoming.body()) {
        let _ = AdobePassErrorObject::from_xml(text);
    }
}

#[test]
fn parsers_survive_random_and_mutated_input() {
    // A fixed count, not a time budget: the same inputs on every machine (about a second
    // in a debug build here).
    const RUNS: usize = 1_500;
    let dialects = all_dialects();
    let errors = dialect_harness::fuzz(&dialects, &corpus(), &[], RUNS, &parse_typed);
    assert!(
        errors > RUNS * dialects.len() / 2,
        "mutations should break most payloads: {errors} errors in {RUNS} inputs"
    );
}

#[test]
fn malformed_payloads_say_what_and_where() {
    let headers = HeaderMap::new();
    let incoming = |body: &'static [u8]| Incoming::new(StatusCode::BAD_REQUEST, &headers, body);
    let skms = Skms;

    let error = skms.parse::<SkmsTestCode>(&incoming(br#"{"code": 40013, "message": "Key"#));
    assert!(
        matches!(
            error,
            Err(ParseError::Json {
                problem: JsonProblem::Truncated,
                ..
            })
        ),
        "{error:?}"
    );

    let error = skms.parse::<SkmsTestCode>(&incoming(br#"{"code": [40013]}"#));
    match error {
        Err(ParseError::Json {
            problem: JsonProblem::Shape,
            line: 1,
            message,
            ..
        }) => {
            assert!(
                message.contains("an integer or a string error code"),
                "{message}"
            );
        }
        other => panic!("{other:?}"),
    }

    let error = skms.parse::<SkmsTestCode>(&incoming(br#"{"message": "no code"}"#));
    match &error {
        Err(
            e @ ParseError::Json {
                problem: JsonProblem::Shape,
                ..
            },
        ) => {
            assert!(e.to_string().contains("missing field `code`"), "{e}");
        }
        other => panic!("{other:?}"),
    }

    let error = skms.parse::<SkmsTestCode>(&incoming(b"{\"code\": 1, \"message\": \"\xff\"}"));
    assert_eq!(
        error,
        Err(ParseError::NotUtf8 {
            dialect: "skms",
            valid_up_to: 24
        })
    );
    assert_eq!(
        error.map(|_| ()).unwrap_err().to_string(),
        "skms error body is not UTF-8: invalid byte at offset 24"
    );

    let error = skms.parse::<SkmsTestCode>(&incoming(b"   "));
    assert_eq!(error, Err(ParseError::EmptyBody { dialect: "skms" }));

    let deep: &'static [u8] = Box::leak(
        format!("{{\"code\": {}", "[".repeat(50_000))
            .into_bytes()
            .into_boxed_slice(),
    );
    let error = skms.parse::<SkmsTestCode>(&incoming(deep));
    assert!(matches!(error, Err(ParseError::Json { .. })), "{error:?}");

    let huge: &'static [u8] = br#"{"code": 1e999, "message": "x"}"#;
    let error = skms.parse::<SkmsTestCode>(&incoming(huge));
    assert!(matches!(error, Err(ParseError::Json { .. })), "{error:?}");

    // A code beyond i64 is an unknown code, kept as sent.
    let parsed = skms
        .parse::<SkmsTestCode>(&incoming(
            br#"{"code": 18446744073709551615, "message": "x"}"#,
        ))
        .expect("parses");
    assert_eq!(
        parsed.code,
        error_catalog::dialect::ParsedCode::Unknown("18446744073709551615".to_owned())
    );

    let big = vec![b' '; Incoming::DEFAULT_LIMIT + 1];
    let error = skms.parse::<SkmsTestCode>(&Incoming::new(StatusCode::BAD_REQUEST, &headers, &big));
    assert_eq!(
        error,
        Err(ParseError::TooLarge {
            dialect: "skms",
            size: 65_537,
            limit: 65_536
        })
    );
    let small =
        Incoming::new(StatusCode::BAD_REQUEST, &headers, br#"{"code": 40013}"#).with_limit(8);
    assert!(matches!(
        skms.parse::<SkmsTestCode>(&small),
        Err(ParseError::TooLarge { limit: 8, .. })
    ));

    let adobe = AdobePass::DEFAULT;
    let error = adobe.parse::<AdobeTestCode>(&incoming(
        b"<error><status>403</status><code>x</code></eror>",
    ));
    assert!(matches!(error, Err(ParseError::Xml { .. })), "{error:?}");
    let error = adobe.parse::<AdobeTestCode>(&incoming(
        b"<error><status>forbidden</status><code>x</code></error>",
    ));
    assert!(
        matches!(
            error,
            Err(ParseError::Invalid {
                member: "status",
                ..
            })
        ),
        "{error:?}"
    );
    let error = adobe.parse::<AdobeTestCode>(&incoming(b"<error><status>403</status></error>"));
    assert_eq!(
        error,
        Err(ParseError::Missing {
            dialect: "adobe_pass",
            member: "code"
        })
    );
    let error = adobe.parse::<AdobeTestCode>(&incoming(b"<html><body>Bad gateway</body></html>"));
    assert_eq!(
        error,
        Err(ParseError::Missing {
            dialect: "adobe_pass",
            member: "error"
        })
    );

    // RFC 9457: members of the wrong type are ignored, not errors.
    let parsed = Problem
        .parse::<TrickyCode>(&incoming(
            br#"{"type": 7, "status": "400", "code": "braces", "detail": ["x"]}"#,
        ))
        .expect("parses");
    assert_eq!(parsed.known(), Some(TrickyCode::Braces));
    assert_eq!(parsed.message, None);
    let parsed = Problem
        .parse::<TrickyCode>(&incoming(br#"{"title": "Bad Request"}"#))
        .expect("parses");
    assert_eq!(
        parsed.code,
        error_catalog::dialect::ParsedCode::Unidentified
    );

    // A non-UTF-8 SCMS header is an error; a non-UTF-8 request id is read leniently.
    let mut bad = HeaderMap::new();
    bad.insert(
        "scms-poc-error",
        HeaderValue::from_bytes(b"50\xff65").expect("obs-text"),
    );
    let error = Scms::qa().parse::<ScmsTestCode>(&Incoming::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        &bad,
        b"",
    ));
    assert!(matches!(error, Err(ParseError::Header { .. })), "{error:?}");
}

/// What each JSON dialect's `read` gave before it read bodies in place: the public serde body
/// type, then its `to_reading`, then the headers, as the parsers did it.
fn owned_reading(
    dialect: &dyn DynDialect,
    incoming: &Incoming<'_>,
) -> Option<Result<Reading, ParseError>> {
    use error_catalog::dialect::adobe_pass::AdobePassBody;
    use error_catalog::dialect::huawei::HuaweiBody;
    use error_catalog::dialect::problem::ProblemDetails;
    use error_catalog::dialect::scai_vault::ScaiVaultBody;
    use error_catalog::dialect::skms::SkmsBody;

    let status = incoming.status();
    let header = |name: &str| incoming.request_id(name);
    let name = dialect.name();
    let read = || -> Result<Reading, ParseError> {
        let mut reading = match name {
            "skms" => {
                let mut reading = incoming.json::<SkmsBody>(name)?.to_reading(status);
                reading.request_id = header("x-request-id");
                reading
            }
            "scai_vault" => {
                let mut reading = incoming
                    .json::<ScaiVaultBody>(name)?
                    .error
                    .to_reading(status);
                reading.request_id = header("x-request-id").or(reading.request_id);
                reading
            }
            "huawei" => {
                let mut reading = incoming.json::<HuaweiBody>(name)?.to_reading(status);
                reading.request_id = header("x-request-id").or(reading.request_id);
                reading
            }
            "problem" => {
                let mut reading = incoming.json::<ProblemDetails>(name)?.to_reading(status);
                reading.request_id = reading.request_id.or_else(|| header("x-request-id"));
                reading
            }
            _ => {
                let mut reading = incoming.json::<AdobePassBody>(name)?.error.to_reading();
                reading.status = status;
                reading.request_id = header("adobe-request-id").or(reading.request_id);
                reading
            }
        };
        reading.retry_after = incoming.retry_after();
        Ok(reading)
    };
    match name {
        "skms" | "scai_vault" | "huawei" | "problem" => Some(read()),
        // Adobe Pass reads JSON unless the content type or the body says XML.
        "adobe_pass" => {
            let xml = match incoming.headers().get(http::header::CONTENT_TYPE) {
                Some(value) => value
                    .as_bytes()
                    .windows(3)
                    .any(|w| w.eq_ignore_ascii_case(b"xml")),
                None => std::str::from_utf8(incoming.body())
                    .is_ok_and(|text| text.trim_start().starts_with('<')),
            };
            (!xml).then(read)
        }
        _ => None,
    }
}

#[test]
fn json_parsers_read_as_the_public_body_types() {
    const RUNS: usize = 1_500;
    let dialects = all_dialects();
    let check = |dialect: &dyn DynDialect, incoming: &Incoming<'_>| {
        if let Some(expected) = owned_reading(dialect, incoming) {
            let body = String::from_utf8_lossy(incoming.body());
            let shown: String = body.chars().take(300).collect();
            assert_eq!(dialect.read_dyn(incoming), expected, "{dialect}: {shown}");
        }
    };
    let mut corpus = corpus();
    corpus.extend(
        [
            &br#"{"type": 7, "status": "400", "code": "braces", "detail": ["x", {"a": [1]}], "title": null}"#[..],
            br#"{"type": "https://e/x", "title": "T", "code": 18446744073709551615, "details": {"b": 1.5, "a": {"z": null, "y": true}, "detail": "d\u00e9"}}"#,
            br#"{"code": -7, "details": {"x": "a\"b", "x": [1, "2"]}, "request_id": "r\n"}"#,
            br#"{"error": {"code": 1.5}}"#,
            br#"{"error": {"status": 70000, "code": "c"}}"#,
            br#"{"error": "x"}"#,
            br#"{"error_code": "APIGW.0301", "error_msg": "m\u0000", "request_id": 5}"#,
            br#"{"code": "c", "code": "d"}"#,
            br#"[1, 2]"#,
        ]
        .map(<[u8]>::to_vec),
    );
    dialect_harness::fuzz(&dialects, &corpus, &[], RUNS, &check);
    for body in &corpus {
        for dialect in &dialects {
            let headers = HeaderMap::new();
            check(
                *dialect,
                &Incoming::new(StatusCode::BAD_REQUEST, &headers, body),
            );
        }
    }
}
