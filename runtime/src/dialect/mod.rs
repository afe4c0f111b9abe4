//! Wire formats ("dialects"): rendering a catalog error as a vendor's HTTP response, and
//! parsing a vendor's response back into the catalog's typed code.
//!
//! One module per dialect, each a type implementing [`Dialect`]:
//!
//! | dialect | body | headers |
//! | --- | --- | --- |
//! | [`Scms`] | none | QA: `SCMS-POC-Error`, `SCMS-POC-Error-Message`; PROD (default): bare 500 |
//! | [`Skms`] | `{"code", "message", "detail"}` | |
//! | [`ScaiVault`] | `{"error": {"code", "message", "details", "request_id"}}` | `X-Request-ID`, `Retry-After` on 429 |
//! | [`Huawei`] | `{"error_code", "error_msg"}` | `X-Request-Id` |
//! | [`AdobePass`] | `{"error": {"status", "code", "message", "details", "helpUrl", "trace", "action"}}`, or XML | `Adobe-Request-Id`, `Retry-After` for `retry-after` |
//! | [`Problem`] | RFC 9457 `application/problem+json` | |
//!
//! Only [`WireError`]s render: a catalog's log-only entries are another type, which does not
//! implement it, so they cannot reach the wire:
//!
//! ```compile_fail
//! error_catalog::error_catalog! {
//!     /// RA errors.
//!     #[catalog(code = u16, dialect = scms)]
//!     pub enum RaError {
//!         /// The download URL is invalid.
//!         RaInvalidUrl { code: 5072, status: 500, message: "Invalid URL sent in download request" },
//!         /// Logged, never sent.
//!         LaEncFailure { name: "laEncFailure", message: "LA could not establish TLS link with RA", log_only },
//!     }
//! }
//!
//! let cx = error_catalog::dialect::Context::new();
//! let _ = error_catalog::dialect::render(&RaError::RaInvalidUrl, &cx); // fine
//! let _ = error_catalog::dialect::render(&RaErrorLog::LaEncFailure, &cx); // error: not a `WireError`
//! ```
//!
//! ```
//! use error_catalog::dialect::{self, Context, Dialect, Problem};
//!
//! error_catalog::error_catalog! {
//!     /// Errors of the Scai vault API.
//!     #[catalog(code = str, dialect = scai_vault)]
//!     pub enum VaultError {
//!         /// Returned when a secret path does not exist.
//!         SecretNotFound {
//!             code: "secret_not_found",
//!             status: 404,
//!             message: "Secret '{path}' not found",
//!             fields: { path: String },
//!         },
//!     }
//! }
//!
//! let error = VaultError::SecretNotFound { path: "prod/db".into() };
//! let cx = Context::new().with_request_id("req_abc");
//!
//! // The catalog's own dialect...
//! let response = dialect::render(&error, &cx).respond().expect("only SCMS closes connections");
//! assert_eq!(response.status(), 404);
//! assert_eq!(response.headers()["x-request-id"], "req_abc");
//! assert_eq!(
//!     response.body().as_slice(),
//!     br#"{"error":{"code":"secret_not_found","message":"Secret 'prod/db' not found","details":{"path":"prod/db"},"request_id":"req_abc"}}"#
//! );
//!
//! // ...or any other, into a reused buffer.
//! let mut body = Vec::new();
//! let head = Problem.render_into(&error, &cx, &mut body).respond().expect("problem always answers");
//! assert_eq!(head.content_type(), Some("application/problem+json"));
//! ```

pub mod adobe_pass;
mod context;
mod head;
pub mod huawei;
mod json;
mod parse;
pub mod problem;
pub mod scai_vault;
pub mod scms;
pub mod skms;
mod xml;

#[cfg(feature = "axum")]
mod axum_support;

use http::{Response, StatusCode};

use crate::{Action, Catalog, WireError, WireFormat};

pub use adobe_pass::AdobePass;
pub use context::{Context, Exposure};
pub use head::{Head, Header, Reply};
pub use huawei::Huawei;
pub use json::{Details, WireCode};
pub use parse::{Incoming, JsonProblem, ParseError, Parsed, ParsedCode};
pub use problem::Problem;
pub use scai_vault::ScaiVault;
pub use scms::Scms;
pub use skms::Skms;

#[cfg(feature = "axum")]
#[doc(hidden)]
pub use axum_support::into_axum_response;

/// A wire format: renders any catalog's errors, and parses a vendor's responses into any
/// catalog's codes.
pub trait Dialect {
    /// Which wire format this is.
    fn format(&self) -> WireFormat;

    /// Appends the body of `error`'s response to `body` and returns the status and headers,
    /// or [`Reply::CloseConnection`]. The fast path: a JSON dialect copies the entry's
    /// compile-time escaped message and escapes only the dynamic parts.
    fn render_into<'a, E>(
        &self,
        error: &E,
        cx: &Context<'a>,
        body: &mut Vec<u8>,
    ) -> Reply<Head<'a>>
    where
        E: WireError + ?Sized;

    /// Parses a received response into catalog `C`'s terms. The code decides, never the
    /// status; an unknown code is [`ParsedCode::Unknown`], not an error.
    ///
    /// # Errors
    ///
    /// A body over the limit, not UTF-8, malformed, truncated or of the wrong shape.
    fn parse<C: Catalog>(&self, response: &Incoming<'_>) -> Result<Parsed<C>, ParseError>;

    /// `error`'s complete response.
    fn render<E>(&self, error: &E, cx: &Context<'_>) -> Reply<Response<Vec<u8>>>
    where
        E: WireError + ?Sized,
    {
        let mut body = Vec::new();
        self.render_into(error, cx, &mut body)
            .map(|head| head.into_response(body))
    }
}

/// Any of the dialects, chosen at run time: what a catalog's
/// [`wire_format`](crate::CatalogInfo::wire_format) or a configuration names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnyDialect {
    /// SCMS.
    Scms(Scms),
    /// Softcamp SKMS.
    Skms(Skms),
    /// Scai vault.
    ScaiVault(ScaiVault),
    /// Huawei Cloud.
    Huawei(Huawei),
    /// Adobe Pass.
    AdobePass(AdobePass),
    /// RFC 9457 problem details.
    Problem(Problem),
}

impl AnyDialect {
    /// The native dialect of catalog `C`, with default settings.
    #[must_use]
    pub fn native<C: Catalog>() -> Self {
        C::INFO.wire_format().into()
    }
}

impl From<WireFormat> for AnyDialect {
    /// The dialect with default settings (SCMS: PROD stage).
    fn from(format: WireFormat) -> Self {
        match format {
            WireFormat::Scms => AnyDialect::Scms(Scms::default()),
            WireFormat::Skms => AnyDialect::Skms(Skms),
            WireFormat::ScaiVault => AnyDialect::ScaiVault(ScaiVault),
            WireFormat::Huawei => AnyDialect::Huawei(Huawei),
            WireFormat::AdobePass => AnyDialect::AdobePass(AdobePass::default()),
            WireFormat::Problem => AnyDialect::Problem(Problem),
        }
    }
}

impl Dialect for AnyDialect {
    fn format(&self) -> WireFormat {
        match self {
            AnyDialect::Scms(dialect) => dialect.format(),
            AnyDialect::Skms(dialect) => dialect.format(),
            AnyDialect::ScaiVault(dialect) => dialect.format(),
            AnyDialect::Huawei(dialect) => dialect.format(),
            AnyDialect::AdobePass(dialect) => dialect.format(),
            AnyDialect::Problem(dialect) => dialect.format(),
        }
    }

    #[inline]
    fn render_into<'a, E>(&self, error: &E, cx: &Context<'a>, body: &mut Vec<u8>) -> Reply<Head<'a>>
    where
        E: WireError + ?Sized,
    {
        match self {
            AnyDialect::Scms(dialect) => dialect.render_into(error, cx, body),
            AnyDialect::Skms(dialect) => dialect.render_into(error, cx, body),
            AnyDialect::ScaiVault(dialect) => dialect.render_into(error, cx, body),
            AnyDialect::Huawei(dialect) => dialect.render_into(error, cx, body),
            AnyDialect::AdobePass(dialect) => dialect.render_into(error, cx, body),
            AnyDialect::Problem(dialect) => dialect.render_into(error, cx, body),
        }
    }

    fn parse<C: Catalog>(&self, response: &Incoming<'_>) -> Result<Parsed<C>, ParseError> {
        match self {
            AnyDialect::Scms(dialect) => dialect.parse(response),
            AnyDialect::Skms(dialect) => dialect.parse(response),
            AnyDialect::ScaiVault(dialect) => dialect.parse(response),
            AnyDialect::Huawei(dialect) => dialect.parse(response),
            AnyDialect::AdobePass(dialect) => dialect.parse(response),
            AnyDialect::Problem(dialect) => dialect.parse(response),
        }
    }
}

/// Renders `error` in its catalog's native dialect, with default settings.
pub fn render<E>(error: &E, cx: &Context<'_>) -> Reply<Response<Vec<u8>>>
where
    E: WireError + ?Sized,
{
    AnyDialect::native::<E::Code>().render(error, cx)
}

/// Renders `error` in dialect `format`, with default settings.
///
/// ```
/// use error_catalog::WireFormat;
/// use error_catalog::dialect::{self, Context};
///
/// error_catalog::error_catalog! {
///     /// Errors of a key service.
///     #[catalog(code = u16, dialect = skms)]
///     pub enum KeyError {
///         /// The key is not in the vault.
///         KeyNotFound { code: 40013, status: 400, message: "Key not found in the keyVault" },
///     }
/// }
///
/// for format in WireFormat::ALL {
///     let reply = dialect::render_as(format, &KeyError::KeyNotFound, &Context::new());
///     let response = reply.respond().expect("default settings always answer");
///     let expected = if format == WireFormat::Scms { 500 } else { 400 };
///     assert_eq!(response.status(), expected, "{format}");
/// }
/// ```
pub fn render_as<E>(format: WireFormat, error: &E, cx: &Context<'_>) -> Reply<Response<Vec<u8>>>
where
    E: WireError + ?Sized,
{
    AnyDialect::from(format).render(error, cx)
}

/// Parses `response` in catalog `C`'s native dialect.
///
/// # Errors
///
/// See [`Dialect::parse`].
pub fn parse<C: Catalog>(response: &Incoming<'_>) -> Result<Parsed<C>, ParseError> {
    AnyDialect::native::<C>().parse(response)
}

/// Parses `response` in dialect `format`.
///
/// # Errors
///
/// See [`Dialect::parse`].
pub fn parse_as<C: Catalog>(
    format: WireFormat,
    response: &Incoming<'_>,
) -> Result<Parsed<C>, ParseError> {
    AnyDialect::from(format).parse(response)
}

/// Whether a `Retry-After` goes with an error of `status` and `action` in the HTTP-generic
/// dialects: with a 429 or a 503 (RFC 9110), or an entry whose action is `retry-after`.
fn wants_retry_after(status: StatusCode, action: Action) -> bool {
    status == StatusCode::TOO_MANY_REQUESTS
        || status == StatusCode::SERVICE_UNAVAILABLE
        || action == Action::RetryAfter
}

/// `application/json`.
const JSON: &str = "application/json";

/// `X-Request-Id` (Scai vault spells it `X-Request-ID`; header names ignore case).
const X_REQUEST_ID: &str = "x-request-id";
