//! Random and mutated bodies and headers against every parser: no input panics, every
//! failure is a typed, described error. Deterministic (a fixed xorshift seed) and bounded in
//! time.

mod dialect_common;

use std::panic::{AssertUnwindSafe, catch_unwind};

use dialect_common::*;
use error_catalog::dialect::adobe_pass::{AdobePassErrorObject, Media};
use error_catalog::dialect::{
    AdobePass, AnyDialect, Context, Dialect, Incoming, JsonProblem, ParseError, Problem, Scms,
};
use error_catalog::{Catalog, WireError, WireFormat};
use http::{HeaderMap, HeaderName, HeaderValue, StatusCode};

/// xorshift64*: small, fast and good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        usize::try_from(self.next() % n as u64).unwrap_or(0)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn all_dialects() -> Vec<AnyDialect> {
    let mut dialects: Vec<AnyDialect> = WireFormat::ALL.into_iter().map(AnyDialect::from).collect();
    dialects.push(AnyDialect::Scms(Scms::qa()));
    dialects.push(AnyDialect::AdobePass(AdobePass::new(Media::Xml)));
    dialects
}

/// Real payloads to mutate: every sample rendered in every dialect, and seed-like bodies.
fn corpus() -> Vec<Vec<u8>> {
    fn add<E: WireError>(samples: &[E], out: &mut Vec<Vec<u8>>) {
        let cx = Context::new()
            .with_request_id("req_abc")
            .with_detail("keyId : 0000009")
            .with_details(&[("fields", "name")])
            .with_exposure(error_catalog::dialect::Exposure::Always);
        for error in samples {
            for dialect in all_dialects() {
                let mut body = Vec::new();
                let _ = dialect.render_into(error, &cx, &mut body);
                if !body.is_empty() {
                    out.push(body);
                }
            }
        }
    }
    let mut corpus = Vec::new();
    add(&skms_samples(), &mut corpus);
    add(&vault_samples(), &mut corpus);
    add(&huawei_samples(), &mut corpus);
    add(&adobe_samples(), &mut corpus);
    add(&tricky_samples(), &mut corpus);
    add(&number_samples(), &mut corpus);
    corpus.push(br#"{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information","request_id":"7c1f"}"#.to_vec());
    corpus.push(br#"{"resources":[{"id":"TestStream2","authorized":false,"error":{"status":403,"code":"network_connection_failure","message":"m","details":"","action":"retry"}}]}"#.to_vec());
    corpus.push(b"<error><status>403</status><code>network_connection_failure</code><message>Unable &amp; &#13; &#x1F600;</message><![CDATA[x]]><!-- c --></error>".to_vec());
    corpus
}

const JUNK: &[&[u8]] = &[
    b"\xff",
    b"\xc0\x80",
    b"\x80",
    b"\xed\xa0\x80",
    b"\xf4\x90\x80\x80",
    b"\0",
    b"\"",
    b"\\",
    b"\\u",
    b"\\ud800",
    b"{",
    b"}",
    b"[",
    b"]",
    b":",
    b",",
    b"null",
    b"true",
    b"1e999",
    b"-0",
    b"18446744073709551616",
    b"99999999999999999999999999999999",
    b"-9223372036854775809",
    b"1.5",
    b"[]",
    b"{}",
    b"\"\"",
    b"<",
    b">",
    b"&",
    b"&unknown;",
    b"&#0;",
    b"&#x110000;",
    b"<![CDATA[",
    b"]]>",
    b"<!DOCTYPE x [<!ENTITY e \"boom\">]>",
    b"</error>",
    b"<error>",
    "：".as_bytes(),
    "中".as_bytes(),
    "\u{2028}".as_bytes(),
];

const WRONG_TYPES: &[(&[u8], &[u8])] = &[
    (b"\"secret_not_found\"", b"[1,2]"),
    (b"40013", b"\"40013\""),
    (b"40013", b"{\"a\":1}"),
    (b"403", b"\"403\""),
    (b"403", b"4030000"),
    (b"\"retry\"", b"7"),
    (b"{\"path\"", b"[{\"path\""),
    (b"\"message\":", b"\"message\":null,\"x\":"),
    (b"\"details\":{", b"\"details\":[{"),
];

fn mutate(rng: &mut Rng, corpus: &[Vec<u8>]) -> Vec<u8> {
    let mut body = rng.pick(corpus).clone();
    let rounds = 1 + rng.below(3);
    for _ in 0..rounds {
        match rng.below(10) {
            0 => body.truncate(rng.below(body.len() + 1)),
            1 => {
                for _ in 0..=rng.below(4) {
                    if !body.is_empty() {
                        let at = rng.below(body.len());
                        body[at] ^= 1 << rng.below(8);
                    }
                }
            }
            2 | 3 => {
                let at = rng.below(body.len() + 1);
                let junk = rng.pick(JUNK);
                body.splice(at..at, junk.iter().copied());
            }
            4 => {
                // Deep nesting.
                let depth = 1 + rng.below(20_000);
                let (open, close): (&[u8], &[u8]) = match rng.below(3) {
                    0 => (b"[", b"]"),
                    1 => (b"{\"a\":", b"}"),
                    _ => (b"<a>", b"</a>"),
                };
                let at = rng.below(body.len() + 1);
                let mut nested = open.repeat(depth);
                if rng.below(2) == 0 {
                    nested.extend(close.repeat(depth));
                }
                body.splice(at..at, nested);
            }
            5 => {
                let (from, to) = rng.pick(WRONG_TYPES);
                if let Some(at) = body.windows(from.len()).position(|w| w == *from) {
                    body.splice(at..at + from.len(), to.iter().copied());
                }
            }
            6 => {
                // Random bytes.
                let len = rng.below(64);
                body = (0..len).map(|_| (rng.next() & 0xff) as u8).collect();
            }
            7 => {
                // Duplicate a slice.
                if !body.is_empty() {
                    let start = rng.below(body.len());
                    let end = start + rng.below(body.len() - start + 1);
                    let copy = body[start..end].to_vec();
                    let at = rng.below(body.len() + 1);
                    body.splice(at..at, copy);
                }
            }
            8 => {
                // Drop a slice.
                if !body.is_empty() {
                    let start = rng.below(body.len());
                    let end = start + rng.below(body.len() - start + 1);
                    body.drain(start..end);
                }
            }
            _ => body.clear(),
        }
    }
    body
}

const HEADER_NAMES: &[&str] = &[
    "scms-poc-error",
    "scms-poc-error-message",
    "x-request-id",
    "adobe-request-id",
    "retry-after",
    "content-type",
];

const HEADER_VALUES: &[&[u8]] = &[
    b"5065",
    b"raNoCertFileAvailable",
    b"pcaInvalidInputValueFormat",
    b"laEncFailure",
    b"",
    b"  ",
    b"\xff\xfe",
    b"\xe4\xb8\xad",
    b"application/xml",
    b"application/json",
    b"text/html",
    b"45",
    b"-1",
    b"99999999999999999999999",
    b"Wed, 21 Oct 2015 07:28:00 GMT",
    b"\t5065\t",
];

fn headers(rng: &mut Rng) -> HeaderMap {
    let mut map = HeaderMap::new();
    for _ in 0..rng.below(4) {
        let name = HeaderName::from_static(HEADER_NAMES[rng.below(HEADER_NAMES.len())]);
        let value: Vec<u8> = if rng.below(4) == 0 {
            (0..rng.below(16))
                .map(|_| (rng.next() & 0xff) as u8)
                .collect()
        } else {
            rng.pick(HEADER_VALUES).to_vec()
        };
        if let Ok(value) = HeaderValue::from_bytes(&value) {
            map.insert(name, value);
        }
    }
    map
}

fn parse_all(status: StatusCode, headers: &HeaderMap, body: &[u8]) -> usize {
    fn one<C: Catalog>(dialect: &AnyDialect, incoming: &Incoming<'_>) -> usize {
        match dialect.parse::<C>(incoming) {
            Ok(parsed) => {
                // What a parse gives is usable.
                let _ = parsed.known();
                0
            }
            Err(error) => {
                assert!(!error.to_string().is_empty());
                assert_eq!(error.dialect(), dialect.format());
                1
            }
        }
    }
    let incoming = Incoming::new(status, headers, body);
    let mut errors = 0;
    for dialect in all_dialects() {
        errors += one::<ScmsTestCode>(&dialect, &incoming);
        errors += one::<SkmsTestCode>(&dialect, &incoming);
        errors += one::<VaultTestCode>(&dialect, &incoming);
        errors += one::<HuaweiTestCode>(&dialect, &incoming);
        errors += one::<AdobeTestCode>(&dialect, &incoming);
        errors += one::<TrickyCode>(&dialect, &incoming);
        errors += one::<NumbersCode>(&dialect, &incoming);
    }
    if let Ok(text) = std::str::from_utf8(body) {
        let _ = AdobePassErrorObject::from_xml(text);
    }
    errors
}

#[test]
fn parsers_survive_random_and_mutated_input() {
    // A fixed count, not a time budget: the same inputs on every machine (about a second
    // in a debug build here).
    const RUNS: usize = 1_500;
    let corpus = corpus();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let statuses = [400, 401, 403, 404, 429, 500, 200, 599];
    let (mut runs, mut errors) = (0usize, 0usize);
    while runs < RUNS {
        let body = mutate(&mut rng, &corpus);
        let headers = headers(&mut rng);
        let status = StatusCode::from_u16(*rng.pick(&statuses)).unwrap_or(StatusCode::BAD_REQUEST);
        let outcome = catch_unwind(AssertUnwindSafe(|| parse_all(status, &headers, &body)));
        match outcome {
            Ok(count) => errors += count,
            Err(_) => panic!(
                "a parser panicked on status {status}, headers {headers:?}, body {:?}",
                String::from_utf8_lossy(&body)
            ),
        }
        runs += 1;
    }
    assert!(
        errors > RUNS / 2,
        "mutations should break most payloads: {errors} errors in {runs} inputs"
    );
}

#[test]
fn malformed_payloads_say_what_and_where() {
    let headers = HeaderMap::new();
    let incoming = |body: &'static [u8]| Incoming::new(StatusCode::BAD_REQUEST, &headers, body);
    let skms = AnyDialect::from(WireFormat::Skms);

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
            dialect: WireFormat::Skms,
            valid_up_to: 24
        })
    );
    assert_eq!(
        error.map(|_| ()).unwrap_err().to_string(),
        "skms error body is not UTF-8: invalid byte at offset 24"
    );

    let error = skms.parse::<SkmsTestCode>(&incoming(b"   "));
    assert_eq!(
        error,
        Err(ParseError::EmptyBody {
            dialect: WireFormat::Skms
        })
    );

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
            dialect: WireFormat::Skms,
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

    let adobe = AnyDialect::from(WireFormat::AdobePass);
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
            dialect: WireFormat::AdobePass,
            member: "code"
        })
    );
    let error = adobe.parse::<AdobeTestCode>(&incoming(b"<html><body>Bad gateway</body></html>"));
    assert_eq!(
        error,
        Err(ParseError::Missing {
            dialect: WireFormat::AdobePass,
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
    let error = AnyDialect::Scms(Scms::qa()).parse::<ScmsTestCode>(&Incoming::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        &bad,
        b"",
    ));
    assert!(matches!(error, Err(ParseError::Header { .. })), "{error:?}");
}
