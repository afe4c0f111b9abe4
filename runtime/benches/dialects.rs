//! Per dialect: rendering one error with a static message into a reused buffer (the fast
//! path), `serde_json::to_writer` of an equivalent hand-written `#[derive(Serialize)]` struct
//! into the same kind of buffer, and parsing the rendered response back.
//!
//! `cargo bench -p error-catalog --bench dialects`
//!
//! Every catalog has entries of different statuses and message lengths, as the vendor's has,
//! so the compiler cannot fold the rendered entry's status, message or their lengths into
//! constants (Huawei's codes are all eight bytes, `SCM.####`, as they are in its catalog).

use divan::{Bencher, black_box};
use error_catalog::dialect::adobe_pass::Media;
use error_catalog::dialect::{
    self, AdobePass, Context, Dialect, Huawei, Incoming, Problem, ScaiVault, Scms, Skms,
};
use error_catalog::{CatalogError, WireError};
use http::Response;
use serde::Serialize;

fn main() {
    let divan = divan::Divan::from_args();
    // A fixed sample size: divan otherwise sizes samples from the first one, and a hiccup
    // there leaves every sample one iteration long, below the timer's precision.
    // `DIVAN_SAMPLE_SIZE` still overrides it.
    if std::env::var_os("DIVAN_SAMPLE_SIZE").is_some() {
        divan.main();
    } else {
        divan.sample_size(SAMPLE_SIZE).main();
    }
}

/// Iterations per sample: about 4 to 1,000 microseconds per sample for these benches.
const SAMPLE_SIZE: u32 = 1_000;

error_catalog::error_catalog! {
    /// SKMS-style errors.
    #[catalog(code = u16, dialect = skms)]
    pub enum KeyError {
        /// The key is not in the vault.
        KeyNotFound { code: 40013, status: 400, message: "Key not found in the keyVault" },
        /// Header creation failed.
        FailedCreateHeader { code: 40003, status: 400, message: "Failed create header" },
        /// The token is invalid.
        InvalidToken { code: 40101, status: 401, message: "Invalid token" },
    }
}

error_catalog::error_catalog! {
    /// Scai-vault-style errors.
    #[catalog(code = str, dialect = scai_vault)]
    pub enum VaultError {
        /// Too many requests.
        RateLimited { code: "rate_limited", status: 429, message: "Caller-specific rate limit", action: retry-after },
        /// The secret does not exist.
        SecretNotFound { code: "secret_not_found", status: 404, message: "Secret '{path}' not found", fields: { path: String } },
    }
}

error_catalog::error_catalog! {
    /// Huawei-style errors.
    #[catalog(code = str, dialect = huawei, locale = "zh-CN")]
    pub enum ScmError {
        /// Invalid parameter.
        InvalidRequestParameter { code: "SCM.0005", status: 400, message: "请求参数错误" },
        /// The certificate number is invalid.
        InvalidCertificateNumber { code: "SCM.0008", status: 400, message: "证书编号异常" },
        /// The token was not authenticated.
        TokenNotAuthenticated { code: "SCM.1000", status: 401, message: "请求所带的Token没有经过认证或者认证失败" },
    }
}

error_catalog::error_catalog! {
    /// Adobe-Pass-style errors.
    #[catalog(code = str, dialect = adobe_pass)]
    pub enum PassError {
        /// The partner service could not be reached.
        NetworkConnectionFailure {
            code: "network_connection_failure",
            status: 403,
            message: "Unable to contact your TV provider services",
            action: retry,
            help_url: "https://experienceleague.adobe.com/docs/pass/authentication/auth-features/error-reportn/enhanced-error-codes.html",
        },
        /// The request is malformed.
        BadRequest { code: "bad_request", status: 400, message: "The API request is invalid or improperly formed." },
    }
}

error_catalog::error_catalog! {
    /// SCMS-style errors.
    #[catalog(code = u16, dialect = scms)]
    pub enum RaError {
        /// The certificate file is not available.
        RaNoCertFileAvailable { code: 5065, status: 500, message: "Requested certificate file is not available for download" },
        /// The download URL is invalid.
        RaInvalidUrl { code: 5072, status: 500, message: "Invalid URL sent in download request" },
        /// The request values are improperly formatted.
        PcaInvalidInputValueFormat { code: 5004, status: 400, message: "Request values improperly formatted" },
    }
}

const REQUEST_ID: &str = "req_abc";

fn cx() -> Context<'static> {
    Context::new().with_request_id(REQUEST_ID)
}

/// Runs `body` a while before divan times it, so the first samples are not cold.
fn warmed<O>(bencher: Bencher, mut body: impl FnMut() -> O) {
    for _ in 0..WARM_UP {
        black_box(body());
    }
    bencher.bench_local(body);
}

const WARM_UP: usize = 10_000;

/// The fast path: the body into a buffer cleared and reused each iteration.
fn render<E: WireError>(bencher: Bencher, dialect: impl Dialect, error: &E) {
    let cx = cx();
    let mut buffer = Vec::with_capacity(512);
    warmed(bencher, || {
        buffer.clear();
        let head = dialect.render_into(black_box(error), black_box(&cx), &mut buffer);
        black_box(&head);
        black_box(&buffer);
    });
}

/// serde_json of a hand-written struct into the same kind of buffer.
fn serde<T: Serialize>(bencher: Bencher, value: &T) {
    let mut buffer = Vec::with_capacity(512);
    warmed(bencher, || {
        buffer.clear();
        let _ = serde_json::to_writer(&mut buffer, black_box(value));
        black_box(&buffer);
    });
}

/// Parsing the rendered response back into the catalog's code.
fn parse<E: WireError + CatalogError>(bencher: Bencher, dialect: impl Dialect, error: &E) {
    parse_with(bencher, &dialect, error, |incoming| {
        dialect.parse::<E::Code>(incoming).ok()?.known()
    });
}

/// [`parse`] through the catalog's native dialect, type-erased (`dialect::parse`), as a
/// service that names only the catalog parses; `native` is that dialect, to render with.
fn parse_native<E: WireError + CatalogError>(bencher: Bencher, native: impl Dialect, error: &E) {
    parse_with(bencher, &native, error, |incoming| {
        dialect::parse::<E::Code>(incoming).ok()?.known()
    });
}

/// Times `parse` of `error`'s response in `dialect`.
fn parse_with<E: WireError + CatalogError>(
    bencher: Bencher,
    dialect: &impl Dialect,
    error: &E,
    parse: impl Fn(&Incoming<'_>) -> Option<E::Code>,
) {
    let response: Response<Vec<u8>> = dialect
        .render(error, &cx())
        .respond()
        .unwrap_or_else(|| Response::new(Vec::new()));
    warmed(bencher, || {
        black_box(parse(&Incoming::from_response(black_box(&response))))
    });
}

mod skms {
    use super::*;

    #[derive(Serialize)]
    struct Body<'a> {
        code: u16,
        message: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        detail: Option<&'a str>,
    }

    #[divan::bench]
    fn render_fast(bencher: Bencher) {
        super::render(bencher, Skms, &KeyError::KeyNotFound);
    }

    #[divan::bench]
    fn serde_to_writer(bencher: Bencher) {
        let error = KeyError::KeyNotFound;
        super::serde(
            bencher,
            &Body {
                code: error.code(),
                message: KeyErrorCode::KeyNotFound.message_template(),
                detail: None,
            },
        );
    }

    #[divan::bench]
    fn parse(bencher: Bencher) {
        super::parse(bencher, Skms, &KeyError::KeyNotFound);
    }
}

mod scai_vault {
    use super::*;

    #[derive(Serialize)]
    struct Body<'a> {
        error: Object<'a>,
    }

    #[derive(Serialize)]
    struct Object<'a> {
        code: &'a str,
        message: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        details: Option<Details<'a>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        request_id: Option<&'a str>,
    }

    #[derive(Serialize)]
    struct Details<'a> {
        path: &'a str,
    }

    #[divan::bench]
    fn render_fast(bencher: Bencher) {
        super::render(bencher, ScaiVault, &VaultError::RateLimited);
    }

    #[divan::bench]
    fn serde_to_writer(bencher: Bencher) {
        super::serde(
            bencher,
            &Body {
                error: Object {
                    code: "rate_limited",
                    message: "Caller-specific rate limit",
                    details: None,
                    request_id: Some(REQUEST_ID),
                },
            },
        );
    }

    #[divan::bench]
    fn render_fast_with_field(bencher: Bencher) {
        super::render(
            bencher,
            ScaiVault,
            &VaultError::SecretNotFound {
                path: "environments/production/missing".into(),
            },
        );
    }

    #[divan::bench]
    fn serde_to_writer_with_field(bencher: Bencher) {
        let message = "Secret 'environments/production/missing' not found".to_owned();
        super::serde(
            bencher,
            &Body {
                error: Object {
                    code: "secret_not_found",
                    message: &message,
                    details: Some(Details {
                        path: "environments/production/missing",
                    }),
                    request_id: Some(REQUEST_ID),
                },
            },
        );
    }

    /// The equivalent of the fast path's work: the message formatted from the field for each
    /// error (into a reused `String`, no allocation), then serialized. The bench above
    /// formats the message once, outside the loop, so it does less work than the fast path.
    #[divan::bench]
    fn serde_to_writer_with_field_formatted(bencher: Bencher) {
        use std::fmt::Write as _;
        let path = "environments/production/missing".to_owned();
        let mut message = String::with_capacity(64);
        let mut buffer = Vec::with_capacity(512);
        warmed(bencher, || {
            buffer.clear();
            message.clear();
            let path = black_box(&path);
            let _ = write!(message, "Secret '{path}' not found");
            let body = Body {
                error: Object {
                    code: "secret_not_found",
                    message: &message,
                    details: Some(Details { path }),
                    request_id: Some(REQUEST_ID),
                },
            };
            let _ = serde_json::to_writer(&mut buffer, black_box(&body));
            black_box(&buffer);
        });
    }

    #[divan::bench]
    fn parse(bencher: Bencher) {
        super::parse(
            bencher,
            ScaiVault,
            &VaultError::SecretNotFound {
                path: "environments/production/missing".into(),
            },
        );
    }
}

mod huawei {
    use super::*;

    #[derive(Serialize)]
    struct Body<'a> {
        error_code: &'a str,
        error_msg: &'a str,
    }

    #[divan::bench]
    fn render_fast(bencher: Bencher) {
        super::render(bencher, Huawei, &ScmError::InvalidRequestParameter);
    }

    #[divan::bench]
    fn serde_to_writer(bencher: Bencher) {
        super::serde(
            bencher,
            &Body {
                error_code: "SCM.0005",
                error_msg: "请求参数错误",
            },
        );
    }

    #[divan::bench]
    fn parse(bencher: Bencher) {
        super::parse(bencher, Huawei, &ScmError::InvalidRequestParameter);
    }

    #[divan::bench]
    fn parse_native(bencher: Bencher) {
        super::parse_native(bencher, Huawei, &ScmError::InvalidRequestParameter);
    }
}

mod adobe_pass {
    use super::*;

    #[derive(Serialize)]
    struct Body<'a> {
        error: Object<'a>,
    }

    #[derive(Serialize)]
    struct Object<'a> {
        status: u16,
        code: &'a str,
        message: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        details: Option<&'a str>,
        #[serde(rename = "helpUrl", skip_serializing_if = "Option::is_none")]
        help_url: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        trace: Option<&'a str>,
        action: &'a str,
    }

    #[divan::bench]
    fn render_fast(bencher: Bencher) {
        super::render(
            bencher,
            AdobePass::new(Media::Json),
            &PassError::NetworkConnectionFailure,
        );
    }

    #[divan::bench]
    fn serde_to_writer(bencher: Bencher) {
        let entry = PassErrorCode::NetworkConnectionFailure;
        super::serde(
            bencher,
            &Body {
                error: Object {
                    status: 403,
                    code: "network_connection_failure",
                    message: entry.message_template(),
                    details: None,
                    help_url: entry.help_url(),
                    trace: Some(REQUEST_ID),
                    action: "retry",
                },
            },
        );
    }

    #[divan::bench]
    fn render_xml(bencher: Bencher) {
        super::render(
            bencher,
            AdobePass::new(Media::Xml),
            &PassError::NetworkConnectionFailure,
        );
    }

    #[divan::bench]
    fn parse(bencher: Bencher) {
        super::parse(
            bencher,
            AdobePass::new(Media::Json),
            &PassError::NetworkConnectionFailure,
        );
    }

    #[divan::bench]
    fn parse_xml(bencher: Bencher) {
        super::parse(
            bencher,
            AdobePass::new(Media::Xml),
            &PassError::NetworkConnectionFailure,
        );
    }
}

mod problem {
    use super::*;

    #[derive(Serialize)]
    struct Body<'a> {
        #[serde(rename = "type")]
        type_uri: &'a str,
        title: &'a str,
        status: u16,
        detail: &'a str,
        code: u16,
        request_id: Option<&'a str>,
        action: &'a str,
    }

    #[divan::bench]
    fn render_fast(bencher: Bencher) {
        super::render(bencher, Problem, &KeyError::KeyNotFound);
    }

    #[divan::bench]
    fn serde_to_writer(bencher: Bencher) {
        super::serde(
            bencher,
            &Body {
                type_uri: "about:blank",
                title: "Bad Request",
                status: 400,
                detail: "Key not found in the keyVault",
                code: 40013,
                request_id: Some(REQUEST_ID),
                action: "none",
            },
        );
    }

    #[divan::bench]
    fn parse(bencher: Bencher) {
        super::parse(bencher, Problem, &KeyError::KeyNotFound);
    }
}

mod scms {
    use super::*;

    #[divan::bench]
    fn render_qa_headers(bencher: Bencher) {
        super::render(bencher, Scms::qa(), &RaError::RaNoCertFileAvailable);
    }

    #[divan::bench]
    fn render_prod(bencher: Bencher) {
        super::render(bencher, Scms::prod(), &RaError::RaNoCertFileAvailable);
    }

    #[divan::bench]
    fn parse(bencher: Bencher) {
        super::parse(bencher, Scms::qa(), &RaError::RaNoCertFileAvailable);
    }
}

/// The generated `Display` of an error with a field (the message program run over the
/// field), against the `write!` of the same template a hand-written `Display` holds, each
/// into a reused `String`.
mod display {
    use super::*;
    use std::fmt::Write as _;

    fn written(bencher: Bencher, mut write: impl FnMut(&mut String)) {
        let mut text = String::with_capacity(128);
        warmed(bencher, || {
            text.clear();
            write(&mut text);
            black_box(&text);
        });
    }

    #[divan::bench]
    fn generated_with_field(bencher: Bencher) {
        let error = VaultError::SecretNotFound {
            path: "environments/production/missing".into(),
        };
        written(bencher, |text| {
            let _ = write!(text, "{}", black_box(&error));
        });
    }

    #[divan::bench]
    fn hand_written_with_field(bencher: Bencher) {
        let path = "environments/production/missing".to_owned();
        written(bencher, |text| {
            let _ = write!(text, "Secret '{}' not found", black_box(&path));
        });
    }
}
