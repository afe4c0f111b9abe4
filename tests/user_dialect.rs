//! A dialect written outside the runtime, with its public API only (nothing hidden): a
//! catalog's native dialect, every entry rendered and round-tripped, the shared fuzz harness,
//! content negotiation between its JSON and XML forms, and axum serving it.

#[path = "../runtime/tests/dialect_harness/mod.rs"]
mod dialect_harness;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use error_catalog::dialect::{
    self, Context, Dialect, DynDialect, Exposure, Head, Incoming, ParseError, ParsedCode, Prepared,
    Reading, Reply, WireCode, json, negotiate, xml,
};
use error_catalog::{DynOccurrence, WireError};
use http::StatusCode;

/// The Acme wire format: `{"fault": {"id", "text", "extra": {...}}}` in JSON, or
/// `<fault><id/><text/></fault>` in XML, as the request's `Accept` prefers; the request id in
/// `acme-trace`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Acme;

const ACME_TRACE: &str = "acme-trace";

impl Dialect for Acme {
    const NAME: &'static str = "acme";
    const MEDIA_TYPES: &'static [&'static str] = &["application/json", "application/xml"];
    const DEFAULT: Self = Acme;

    fn render_into<'a, E>(&self, error: &E, cx: &Context<'a>, body: &mut Vec<u8>) -> Reply<Head<'a>>
    where
        E: WireError + ?Sized,
    {
        let prepared = Prepared::new(error, cx);
        let media = Self::MEDIA_TYPES[negotiate(cx.accept(), Self::MEDIA_TYPES)];
        if media == "application/xml" {
            let mut out = xml::ElementWriter::new(body);
            out.start("fault");
            out.display("id", &json::code_of(error));
            out.display("text", &error);
            error.for_each_field(&mut |name, value| out.display(name, value));
            out.end("fault");
        } else {
            body.extend_from_slice(b"{\"fault\":{\"id\":");
            json::write_code(body, error.entry(), false);
            body.extend_from_slice(b",\"text\":");
            json::write_message(body, error);
            body.extend_from_slice(b",\"extra\":{");
            let mut first = true;
            json::visit_details(error, &prepared, &mut |name, value| {
                if !first {
                    body.push(b',');
                }
                first = false;
                json::write_str(body, name);
                body.push(b':');
                json::write_display(body, value);
            });
            body.extend_from_slice(b"}}}");
        }
        let mut head = Head::new(prepared.status());
        head.set_content_type(media);
        if let Some(id) = prepared.request_id() {
            head.insert_header(ACME_TRACE, id);
        }
        Reply::Respond(head)
    }

    fn read(&self, response: &Incoming<'_>) -> Result<Reading, ParseError> {
        #[derive(serde::Deserialize)]
        struct Body {
            fault: Fault,
        }
        #[derive(serde::Deserialize)]
        struct Fault {
            id: WireCode,
            #[serde(default)]
            text: String,
            #[serde(default)]
            extra: Option<dialect::Details>,
        }

        let mut reading = Reading::new(response.status());
        let is_xml = response
            .header(Self::NAME, "content-type")?
            .is_some_and(|media| media.contains("xml"));
        if is_xml {
            let text = response.text(Self::NAME)?;
            let children =
                xml::read_children(Self::NAME, text, "fault")?.ok_or(ParseError::Missing {
                    dialect: Self::NAME,
                    member: "fault",
                })?;
            for (name, value) in children {
                match name.as_str() {
                    "id" => reading.code = Some(WireCode::Str(value)),
                    "text" => reading.message = Some(value),
                    _ => reading.fields.push((name, value)),
                }
            }
            if reading.code.is_none() {
                return Err(ParseError::Missing {
                    dialect: Self::NAME,
                    member: "id",
                });
            }
        } else {
            let body: Body = response.json(Self::NAME)?;
            reading.code = Some(body.fault.id);
            reading.message = Some(body.fault.text);
            if let Some(extra) = &body.fault.extra {
                extra.read_into(&mut reading);
            }
        }
        reading.request_id = response.request_id(ACME_TRACE);
        Ok(reading)
    }
}

error_catalog::error_catalog! {
    /// Errors of the Acme API.
    #[catalog(code = u16, id = "acme", dialect = Acme)]
    pub enum AcmeError {
        /// The anvil is out of stock.
        OutOfAnvils { code: 4091, status: 409, message: "No anvil left in '{warehouse}'", fields: { warehouse: String } },
        /// The caller is not a customer.
        NotACustomer { code: 4031, status: 403, message: "Not a customer" },
        /// Logged only.
        RocketMisfire { message: "Rocket misfired", log_only },
        /// Tricky text.
        Tricky { code: 4001, status: 400, message: "a\"b\\c <&> {{braces}} {value}", fields: { value: String } },
    }
}

error_catalog::error_catalog! {
    /// A catalog rendered as problem details by `IntoResponse`, natively Acme.
    #[catalog(code = str, dialect = crate::Acme, into_response = problem)]
    pub enum ProblemServed {
        /// Gone.
        Gone { code: "gone", status: 410, message: "Gone" },
    }
}

error_catalog::error_catalog! {
    /// A catalog with its own `IntoResponse`: no E0119 whatever the runtime's features.
    #[catalog(code = str, dialect = Acme, into_response = none)]
    pub enum HandWritten {
        /// Teapot.
        Teapot { code: "teapot", status: 418, message: "I'm a teapot" },
    }
}

impl axum::response::IntoResponse for HandWritten {
    fn into_response(self) -> axum::response::Response {
        (StatusCode::IM_A_TEAPOT, "short and stout").into_response()
    }
}

fn samples() -> Vec<AcmeError> {
    vec![
        AcmeError::OutOfAnvils {
            warehouse: "Desert \"7\"".into(),
        },
        AcmeError::NotACustomer,
        AcmeError::Tricky {
            value: "x\r\ny".into(),
        },
    ]
}

#[test]
fn the_catalog_names_the_user_dialect() {
    let dialect = AcmeErrorCode::INFO.dialect();
    assert_eq!(dialect.name(), "acme");
    assert_eq!(
        dialect.media_types(),
        ["application/json", "application/xml"]
    );
    assert_eq!(ProblemServedCode::INFO.dialect().name(), "acme");
    // Not a built-in: run-time lookup in the built-ins fails, in a table with it succeeds.
    assert!(dialect::find("acme").is_none());
    let mut table = dialect::BUILTIN.to_vec();
    table.push(&Acme);
    assert_eq!(
        dialect::find_in("acme", &table).map(|d| d.name()),
        Ok("acme")
    );
    let error = dialect::find_in("acmee", &table)
        .map(|d| d.name())
        .unwrap_err();
    assert!(error.to_string().contains("`acme`"), "{error}");
}

#[test]
fn every_entry_renders_and_round_trips() {
    let contexts = [
        Context::new(),
        Context::new().with_request_id("req\r\n1"),
        Context::new().with_accept("application/xml"),
        Context::new()
            .with_request_id("r2")
            .with_detail("detail")
            .with_exposure(Exposure::Always),
    ];
    // Every wire entry, from metadata alone, and the typed samples.
    for (index, entry) in AcmeErrorCode::INFO.entries().iter().enumerate() {
        match DynOccurrence::new(AcmeErrorCode::INFO, index) {
            Ok(occurrence) => {
                let occurrence = occurrence
                    .with_field("warehouse", "w")
                    .with_field("value", "v");
                for cx in &contexts {
                    let response = dialect::render(&occurrence, cx).respond().expect("answers");
                    let parsed =
                        dialect::parse::<AcmeErrorCode>(&Incoming::from_response(&response))
                            .unwrap_or_else(|e| panic!("{e}: {:?}", response.body()));
                    assert_eq!(parsed.code, ParsedCode::Known(AcmeErrorCode::ALL[index]));
                    assert_eq!(parsed.status, occurrence.status());
                }
            }
            Err(_) => assert!(entry.is_log_only()),
        }
    }
    for error in samples() {
        for cx in &contexts {
            let response = Acme.render(&error, cx).respond().expect("answers");
            let incoming = Incoming::from_response(&response);
            let parsed = Acme.parse::<AcmeErrorCode>(&incoming).expect("parses");
            assert_eq!(parsed.known(), Some(error.kind()));
            assert_eq!(parsed.message.as_deref(), Some(error.to_string().as_str()));
            WireError::for_each_field(&error, &mut |name, value| {
                assert_eq!(
                    parsed.field(name),
                    Some(value.to_string().as_str()),
                    "{name}"
                );
            });
            // Headers are sanitized: no CR/LF from the request id.
            for value in response.headers().values() {
                assert!(!value.as_bytes().contains(&b'\n'));
            }
            let xml = cx.accept().is_some();
            assert_eq!(
                response.headers()["content-type"],
                if xml {
                    "application/xml"
                } else {
                    "application/json"
                }
            );
        }
    }
}

#[test]
fn the_shared_fuzz_harness_finds_no_panic() {
    let samples = samples();
    let erased: Vec<&dyn WireError> = samples.iter().map(|e| e as &dyn WireError).collect();
    let dialects: [&dyn DynDialect; 1] = [&Acme];
    let mut corpus = dialect_harness::corpus(&dialects, &erased);
    corpus.push(b"<fault><id>4091</id><text>t</text></fault>".to_vec());
    let typed = |dialect: &dyn DynDialect, incoming: &Incoming<'_>| {
        if let Err(error) = dialect.parse::<AcmeErrorCode>(incoming) {
            assert_eq!(error.dialect(), "acme");
        }
    };
    let errors = dialect_harness::fuzz(&dialects, &corpus, &[ACME_TRACE], 800, &typed);
    assert!(errors > 0);
}

/// `GET path` on loopback, with `accept`; the raw response.
fn get(address: SocketAddr, path: &str, accept: &str) -> std::io::Result<String> {
    let mut stream = TcpStream::connect_timeout(&address, Duration::from_secs(5))?;
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nAccept: {accept}\r\nConnection: close\r\n\r\n"
    )?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    Ok(response)
}

/// The raw response as an `http::Response`.
fn to_response(raw: &str) -> http::Response<Vec<u8>> {
    let (head, body) = raw.split_once("\r\n\r\n").expect("a head and a body");
    let mut lines = head.lines();
    let status: u16 = lines
        .next()
        .and_then(|line| line.split(' ').nth(1))
        .and_then(|code| code.parse().ok())
        .expect("a status line");
    let mut response = http::Response::new(body.as_bytes().to_vec());
    *response.status_mut() = StatusCode::from_u16(status).expect("a status");
    for line in lines {
        if let Some((name, value)) = line.split_once(':') {
            response.headers_mut().append(
                http::HeaderName::from_bytes(name.trim().as_bytes()).expect("a name"),
                http::HeaderValue::from_str(value.trim()).expect("a value"),
            );
        }
    }
    response
}

#[tokio::test(flavor = "current_thread")]
async fn axum_serves_the_user_dialect() {
    use axum::Router;
    use axum::routing::get as route;

    let app = Router::new()
        .route(
            "/anvil",
            route(|| async {
                Err::<String, _>(AcmeError::OutOfAnvils {
                    warehouse: "Desert 7".into(),
                })
            }),
        )
        .route(
            "/gone",
            route(|| async { Err::<String, _>(ProblemServed::Gone) }),
        )
        .route(
            "/teapot",
            route(|| async { Err::<String, _>(HandWritten::Teapot) }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("loopback");
    let address = listener.local_addr().expect("bound");
    let server = tokio::spawn(async move { axum::serve(listener, app).await });

    let fetch = |path: &'static str| {
        tokio::task::spawn_blocking(move || get(address, path, "application/xml"))
    };
    let anvil = fetch("/anvil").await.expect("joined").expect("answered");
    let gone = fetch("/gone").await.expect("joined").expect("answered");
    let teapot = fetch("/teapot").await.expect("joined").expect("answered");
    server.abort();

    // `IntoResponse` does not see `Accept`: the native dialect's first media type.
    let anvil = to_response(&anvil);
    assert_eq!(anvil.status(), StatusCode::CONFLICT);
    assert_eq!(anvil.headers()["content-type"], "application/json");
    let parsed = dialect::parse::<AcmeErrorCode>(&Incoming::from_response(&anvil)).expect("parses");
    assert_eq!(parsed.known(), Some(AcmeErrorCode::OutOfAnvils));
    assert_eq!(parsed.field("warehouse"), Some("Desert 7"));

    let gone = to_response(&gone);
    assert_eq!(gone.status(), StatusCode::GONE);
    assert_eq!(gone.headers()["content-type"], "application/problem+json");
    let problem = dialect::find("problem").expect("built in");
    let parsed = problem
        .parse::<ProblemServedCode>(&Incoming::from_response(&gone))
        .expect("parses");
    assert_eq!(parsed.known(), Some(ProblemServedCode::Gone));

    let teapot = to_response(&teapot);
    assert_eq!(teapot.status(), StatusCode::IM_A_TEAPOT);
    assert_eq!(teapot.body().as_slice(), b"short and stout");
}
