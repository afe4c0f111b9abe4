//! Wire formats ("dialects"): rendering a catalog error as a vendor's HTTP response, and
//! parsing a vendor's response back into the catalog's typed code.
//!
//! One module per dialect, each a type implementing [`Dialect`], the same public trait a
//! dialect written in another crate implements (see [`Dialect`] for a complete one). The six
//! built in are listed once, in [`BUILTIN`]:
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
//!
//! // ...or one chosen by name at run time.
//! let huawei = dialect::find("huawei").expect("built in");
//! let response = huawei.render(&error, &cx).respond().expect("answers");
//! assert_eq!(response.headers()["content-type"], "application/json");
//! ```

pub mod adobe_pass;
mod context;
mod head;
pub mod huawei;
pub mod json;
mod json_read;
mod negotiate;
pub(crate) use negotiate::quality;
mod parse;
mod pieces;
pub mod problem;
pub mod scai_vault;
pub mod scms;
pub mod skms;
pub mod xml;

#[cfg(feature = "axum")]
mod axum_support;

use core::fmt;

use http::{Response, StatusCode};

use crate::{Action, Catalog, WireError};

pub use adobe_pass::AdobePass;
pub use context::{Context, Exposure, Prepared};
pub use head::{Head, Header, HeaderText, Reply, sanitize};
pub use huawei::Huawei;
pub use json::{Details, WireCode};
pub use negotiate::negotiate;
#[doc(hidden)]
pub use parse::CodeLookup;
pub use parse::{Incoming, JsonProblem, ParseError, Parsed, ParsedCode, Reading};
pub use problem::Problem;
pub use scai_vault::ScaiVault;
pub use scms::Scms;
pub use skms::Skms;

#[cfg(feature = "axum")]
#[doc(hidden)]
pub use axum_support::into_axum_response;

/// A wire format: renders any catalog's errors, and reads a vendor's responses back.
///
/// A dialect is a value (settings such as the SCMS stage live in it) of a type implementing
/// this trait. Any crate can write one: everything the built-in six use is public — [`Head`]
/// for the status and headers, [`Context`] and [`Prepared`] for the request id and what the
/// exposure policy lets out, [`json`] and [`xml`] for bodies with the same escaping and the
/// entries' pre-escaped static messages, [`Incoming`], [`Reading`] and [`ParseError`] for
/// parsing. The type then names a catalog's native dialect with
/// `#[catalog(dialect = path::to::Type)]`, and works type-erased as a [`DynDialect`].
///
/// The smallest complete dialect, `{"err": <code>, "msg": <message>}`:
///
/// ```
/// use error_catalog::WireError;
/// use error_catalog::dialect::{json, Context, Dialect, Head, Incoming, ParseError, Reading, Reply};
///
/// /// `{"err": <code>, "msg": <message>}`.
/// #[derive(Clone, Copy, Debug, Default)]
/// pub struct Tiny;
///
/// #[derive(serde::Deserialize)]
/// struct Body {
///     err: error_catalog::dialect::WireCode,
///     msg: String,
/// }
///
/// impl Dialect for Tiny {
///     const NAME: &'static str = "tiny";
///     const MEDIA_TYPES: &'static [&'static str] = &["application/json"];
///     const DEFAULT: Self = Tiny;
///
///     fn render_into<'a, E>(&self, error: &E, _cx: &Context<'a>, body: &mut Vec<u8>) -> Reply<Head<'a>>
///     where
///         E: WireError + ?Sized,
///     {
///         body.extend_from_slice(b"{\"err\":");
///         json::write_code(body, error.entry(), false);
///         body.extend_from_slice(b",\"msg\":");
///         json::write_message(body, error);
///         body.push(b'}');
///         let mut head = Head::new(error.status());
///         head.set_content_type("application/json");
///         Reply::Respond(head)
///     }
///
///     fn read(&self, response: &Incoming<'_>) -> Result<Reading, ParseError> {
///         let body: Body = response.json(Self::NAME)?;
///         let mut reading = Reading::new(response.status()).with_code(body.err);
///         reading.message = Some(body.msg);
///         Ok(reading)
///     }
/// }
///
/// error_catalog::error_catalog! {
///     /// Errors of a tiny service.
///     #[catalog(code = u16, dialect = Tiny)]
///     pub enum TinyError {
///         /// The thing is missing.
///         Missing { code: 7, status: 404, message: "No such thing" },
///     }
/// }
///
/// let response = error_catalog::dialect::render(&TinyError::Missing, &Context::new())
///     .respond()
///     .expect("answers");
/// assert_eq!(response.body().as_slice(), br#"{"err":7,"msg":"No such thing"}"#);
/// let parsed = Tiny.parse::<TinyErrorCode>(&Incoming::from_response(&response))?;
/// assert_eq!(parsed.known(), Some(TinyErrorCode::Missing));
/// # Ok::<(), ParseError>(())
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a dialect",
    label = "not a dialect",
    note = "a dialect is a type implementing `error_catalog::dialect::Dialect`; the built-in ones are `scms`, `skms`, `scai_vault`, `huawei`, `adobe_pass` and `problem`"
)]
pub trait Dialect: Sized + Send + Sync + 'static {
    /// The dialect's name (`huawei`): how errors, `errcat`, docs and a run-time choice
    /// ([`find`]) name it. Lowercase letters, digits and `_` by convention.
    const NAME: &'static str;

    /// The media types its bodies come in, the preferred first; empty for a dialect without
    /// a body. A dialect with several picks one per response with [`negotiate()`] from
    /// [`Context::accept`].
    const MEDIA_TYPES: &'static [&'static str];

    /// The dialect with its default settings: what a catalog that names this type as its
    /// native dialect renders with.
    const DEFAULT: Self;

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

    /// Reads a received response, without knowing the catalog: the code as received, the
    /// message, details, request id and so on.
    ///
    /// # Errors
    ///
    /// A body over the limit, not UTF-8, malformed, truncated or of the wrong shape.
    fn read(&self, response: &Incoming<'_>) -> Result<Reading, ParseError>;

    /// Parses a received response into catalog `C`'s terms: [`read`](Self::read), then
    /// [`Reading::identify`]. The code decides, never the status; an unknown code is
    /// [`ParsedCode::Unknown`], not an error.
    ///
    /// # Errors
    ///
    /// As [`read`](Self::read).
    fn parse<C: Catalog>(&self, response: &Incoming<'_>) -> Result<Parsed<C>, ParseError> {
        self.read(response).map(Reading::identify)
    }

    /// [`read`](Self::read), setting `index` to the position of the entry the code names in
    /// `lookup`'s catalog: what [`parse`](Self::parse) does through a type-erased dialect,
    /// which cannot call a generic method. `index` stays `None` when the reader did not look
    /// the code up (the reading then holds it) or the catalog does not hold it. The built-in
    /// readers look the code up where it lies in the response instead of copying it first.
    /// Not part of the stable API: implement [`read`](Self::read).
    ///
    /// # Errors
    ///
    /// As [`read`](Self::read).
    #[doc(hidden)]
    fn __read_in(
        &self,
        response: &Incoming<'_>,
        lookup: CodeLookup,
        index: &mut Option<usize>,
    ) -> Result<Reading, ParseError> {
        let _ = (lookup, index);
        self.read(response)
    }

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

/// A [`Dialect`], type-erased: what a catalog stores as its native dialect
/// ([`CatalogInfo::dialect`](crate::CatalogInfo::dialect)) and what a run-time choice by name
/// gives ([`find`]). Implemented for every `Dialect`; use it as `&dyn DynDialect`.
///
/// ```
/// use error_catalog::dialect::{self, Context, DynDialect};
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
/// for dialect in dialect::BUILTIN {
///     let reply = dialect.render(&KeyError::KeyNotFound, &Context::new());
///     let response = reply.respond().expect("default settings always answer");
///     let expected = if dialect.name() == "scms" { 500 } else { 400 };
///     assert_eq!(response.status(), expected, "{}", dialect.name());
/// }
/// assert_eq!(KeyErrorCode::INFO.dialect().name(), "skms");
/// ```
pub trait DynDialect: Send + Sync + 'static {
    /// [`Dialect::NAME`].
    fn name(&self) -> &'static str;

    /// [`Dialect::MEDIA_TYPES`].
    fn media_types(&self) -> &'static [&'static str];

    /// [`Dialect::render_into`] for a type-erased error.
    fn render_dyn<'a>(
        &self,
        error: &dyn WireError,
        cx: &Context<'a>,
        body: &mut Vec<u8>,
    ) -> Reply<Head<'a>>;

    /// [`Dialect::read`].
    ///
    /// # Errors
    ///
    /// As [`Dialect::read`].
    fn read_dyn(&self, response: &Incoming<'_>) -> Result<Reading, ParseError>;

    /// [`Dialect::__read_in`]. Not part of the stable API.
    ///
    /// # Errors
    ///
    /// As [`Dialect::read`].
    #[doc(hidden)]
    fn __read_in_dyn(
        &self,
        response: &Incoming<'_>,
        lookup: CodeLookup,
        index: &mut Option<usize>,
    ) -> Result<Reading, ParseError> {
        let _ = (lookup, index);
        self.read_dyn(response)
    }
}

impl<D: Dialect> DynDialect for D {
    #[inline]
    fn name(&self) -> &'static str {
        D::NAME
    }

    #[inline]
    fn media_types(&self) -> &'static [&'static str] {
        D::MEDIA_TYPES
    }

    fn render_dyn<'a>(
        &self,
        error: &dyn WireError,
        cx: &Context<'a>,
        body: &mut Vec<u8>,
    ) -> Reply<Head<'a>> {
        self.render_into(error, cx, body)
    }

    fn read_dyn(&self, response: &Incoming<'_>) -> Result<Reading, ParseError> {
        self.read(response)
    }

    fn __read_in_dyn(
        &self,
        response: &Incoming<'_>,
        lookup: CodeLookup,
        index: &mut Option<usize>,
    ) -> Result<Reading, ParseError> {
        self.__read_in(response, lookup, index)
    }
}

impl dyn DynDialect {
    /// `error`'s complete response.
    pub fn render(&self, error: &dyn WireError, cx: &Context<'_>) -> Reply<Response<Vec<u8>>> {
        let mut body = Vec::new();
        self.render_dyn(error, cx, &mut body)
            .map(|head| head.into_response(body))
    }

    /// Parses a received response into catalog `C`'s terms.
    ///
    /// # Errors
    ///
    /// As [`Dialect::read`].
    pub fn parse<C: Catalog>(&self, response: &Incoming<'_>) -> Result<Parsed<C>, ParseError> {
        let mut index = None;
        let reading = self.__read_in_dyn(response, CodeLookup::of::<C>(), &mut index)?;
        Ok(reading.identified_at(index))
    }
}

impl fmt::Debug for dyn DynDialect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DynDialect({})", self.name())
    }
}

impl fmt::Display for dyn DynDialect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The built-in dialects with their default settings: the one list of them. A catalog names
/// one with `#[catalog(dialect = huawei)]`; tools choose one by name with [`find`].
pub static BUILTIN: [&dyn DynDialect; 6] = {
    use crate::__private::dialects;
    [
        dialects::Scms,
        dialects::Skms,
        dialects::ScaiVault,
        dialects::Huawei,
        dialects::AdobePass,
        dialects::Problem,
    ]
};

/// The built-in dialect named `name` (`huawei`), with default settings.
///
/// ```
/// let problem = error_catalog::dialect::find("problem").expect("built in");
/// assert_eq!(problem.media_types(), ["application/problem+json"]);
/// assert!(error_catalog::dialect::find("json").is_none());
/// ```
#[must_use]
pub fn find(name: &str) -> Option<&'static dyn DynDialect> {
    find_in(name, &BUILTIN).ok()
}

/// The dialect named `name` in `table` (the built-ins, a tool's own list with its users'
/// dialects...).
///
/// # Errors
///
/// [`UnknownDialect`], which lists the table's names.
pub fn find_in(
    name: &str,
    table: &[&'static dyn DynDialect],
) -> Result<&'static dyn DynDialect, UnknownDialect> {
    table
        .iter()
        .copied()
        .find(|dialect| dialect.name() == name)
        .ok_or_else(|| UnknownDialect {
            text: name.to_owned(),
            names: table.iter().map(|dialect| dialect.name()).collect(),
        })
}

/// The error of choosing a dialect by a name that names none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownDialect {
    text: String,
    names: Vec<&'static str>,
}

impl UnknownDialect {
    /// The names that would have been accepted.
    #[must_use]
    pub fn expected(&self) -> &[&'static str] {
        &self.names
    }
}

impl fmt::Display for UnknownDialect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown dialect `{}`; expected one of ",
            self.text.escape_debug()
        )?;
        for (i, name) in self.names.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "`{name}`")?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownDialect {}

/// Renders `error` in its catalog's native dialect, with default settings.
pub fn render(error: &dyn WireError, cx: &Context<'_>) -> Reply<Response<Vec<u8>>> {
    error.catalog().dialect().render(error, cx)
}

/// Renders `error` in `dialect` (a built-in found by [`find`], a catalog's, a user's).
pub fn render_as(
    dialect: &dyn DynDialect,
    error: &dyn WireError,
    cx: &Context<'_>,
) -> Reply<Response<Vec<u8>>> {
    dialect.render(error, cx)
}

/// Parses `response` in catalog `C`'s native dialect.
///
/// # Errors
///
/// See [`Dialect::read`].
pub fn parse<C: Catalog>(response: &Incoming<'_>) -> Result<Parsed<C>, ParseError> {
    C::INFO.dialect().parse(response)
}

/// Parses `response` in `dialect`.
///
/// # Errors
///
/// See [`Dialect::read`].
pub fn parse_as<C: Catalog>(
    dialect: &dyn DynDialect,
    response: &Incoming<'_>,
) -> Result<Parsed<C>, ParseError> {
    dialect.parse(response)
}

/// Sets `Content-Language` to the language the message went out in, when the request stated
/// an `Accept-Language` ([`Context::with_accept_language`]); dialects call it after building
/// their head.
#[inline]
pub fn set_content_language<'a, E: WireError + ?Sized>(
    head: &mut Head<'a>,
    error: &E,
    cx: &Context<'a>,
) {
    if let Some(lang) = crate::language::negotiated(error, cx) {
        head.insert_header("content-language", lang);
    }
}

/// The `Content-Language` header of a built-in dialect's [`Head::built`]: as
/// [`set_content_language`] sets it.
/// Inline, so the render path of a request that states no `Accept-Language` (most) makes no
/// call for it.
#[inline(always)]
fn content_language<'a, E: WireError + ?Sized>(
    error: &E,
    cx: &Context<'a>,
) -> Option<head::BuiltHeader<'a>> {
    cx.accept_language()?;
    negotiated_content_language(error, cx)
}

/// [`content_language`] once the request states an `Accept-Language`.
#[inline(never)]
fn negotiated_content_language<'a, E: WireError + ?Sized>(
    error: &E,
    cx: &Context<'a>,
) -> Option<head::BuiltHeader<'a>> {
    let lang = crate::language::negotiated(error, cx)?;
    Some(head::BuiltHeader::new("content-language", lang))
}

/// Whether a `Retry-After` goes with an error of `status` and `action` in the HTTP-generic
/// dialects: with a 429 or a 503 (RFC 9110), or an entry whose action is `retry-after`.
///
/// ```
/// use error_catalog::Action;
/// use error_catalog::dialect::wants_retry_after;
/// use http::StatusCode;
///
/// assert!(wants_retry_after(StatusCode::TOO_MANY_REQUESTS, Action::None));
/// assert!(wants_retry_after(StatusCode::BAD_REQUEST, Action::RetryAfter));
/// assert!(!wants_retry_after(StatusCode::BAD_REQUEST, Action::Retry));
/// ```
#[must_use]
pub fn wants_retry_after(status: StatusCode, action: Action) -> bool {
    status == StatusCode::TOO_MANY_REQUESTS
        || status == StatusCode::SERVICE_UNAVAILABLE
        || action == Action::RetryAfter
}

/// `application/json`.
const JSON: &str = "application/json";

/// `X-Request-Id` (Scai vault spells it `X-Request-ID`; header names ignore case).
const X_REQUEST_ID: &str = "x-request-id";

/// [`X_REQUEST_ID`] as a header name, for reading without parsing the name each time.
const X_REQUEST_ID_NAME: http::HeaderName = http::HeaderName::from_static(X_REQUEST_ID);
