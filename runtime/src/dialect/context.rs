//! What a response adds to the catalog entry: request id, details, retry delay, help URL and
//! the policy that decides which details may leave the service.

use std::borrow::Cow;

use http::StatusCode;

use crate::WireError;

use super::HeaderText;
use super::head::BodyAndHeaderText;

/// Which occurrence details (the context's [`detail`](Context::with_detail) and
/// [`details`](Context::with_details), and the source error's text) a response may carry.
///
/// The entry's own message and typed fields are always sent: the catalog declares them as
/// part of the wire contract. Everything else is information about this occurrence that may
/// be internal (the SKMS seed's own example leaks an internal host name and IP address in a
/// 500's `detail`), so by default it is sent for client errors only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Exposure {
    /// Never send occurrence details.
    Never,
    /// Send occurrence details with 4xx statuses only; a 5xx carries none (the default).
    #[default]
    ClientErrors,
    /// Send occurrence details with every status.
    Always,
    /// As [`Always`](Exposure::Always), and when the context gives no detail text, send the
    /// text of the error's `source()` chain as the detail.
    AlwaysWithSource,
}

impl Exposure {
    /// Whether details may accompany a response with `status`.
    #[inline]
    #[must_use]
    pub fn allows(self, status: StatusCode) -> bool {
        match self {
            Exposure::Never => false,
            Exposure::ClientErrors => status.is_client_error(),
            Exposure::Always | Exposure::AlwaysWithSource => true,
        }
    }
}

/// The per-response facts a dialect renders beside the entry: request id, occurrence
/// details, retry delay, help URL, `instance` URI, the request's `Accept` header and the
/// [`Exposure`] policy. Every piece is optional; `Context::new()` gives none.
///
/// ```
/// use error_catalog::dialect::{Context, Exposure};
///
/// let cx = Context::new()
///     .with_request_id("req_abc")
///     .with_detail("keyId : 0000009")
///     .with_retry_after(45)
///     .with_exposure(Exposure::ClientErrors);
/// assert_eq!(cx.request_id(), Some("req_abc"));
/// assert_eq!(cx.retry_after(), Some(45));
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Context<'a> {
    request_id: Option<&'a str>,
    detail: Option<&'a str>,
    details: &'a [(&'a str, &'a str)],
    retry_after: Option<u64>,
    help_url: Option<&'a str>,
    instance: Option<&'a str>,
    accept: Option<&'a str>,
    accept_language: Option<&'a str>,
    exposure: Exposure,
}

impl<'a> Context<'a> {
    /// A context with nothing in it and the default [`Exposure`].
    #[must_use]
    pub const fn new() -> Self {
        Context {
            request_id: None,
            detail: None,
            details: &[],
            retry_after: None,
            help_url: None,
            instance: None,
            accept: None,
            accept_language: None,
            exposure: Exposure::ClientErrors,
        }
    }

    /// The request id (Scai `request_id` and `X-Request-ID`, Huawei `X-Request-Id`, Adobe
    /// `trace` and `Adobe-Request-Id`, problem `request_id`). Control characters are replaced
    /// by spaces before it is sent anywhere.
    #[must_use]
    pub const fn with_request_id(mut self, request_id: &'a str) -> Self {
        self.request_id = Some(request_id);
        self
    }

    /// Free text about this occurrence (SKMS `detail`, Adobe `details`, a `detail` member of
    /// the Scai and problem `details` object), sent only where the [`Exposure`] allows.
    #[must_use]
    pub const fn with_detail(mut self, detail: &'a str) -> Self {
        self.detail = Some(detail);
        self
    }

    /// Named details of this occurrence, added after the entry's typed fields to the Scai
    /// and problem `details` object, sent only where the [`Exposure`] allows. A name the
    /// entry's fields or an earlier pair already use is skipped.
    #[must_use]
    pub const fn with_details(mut self, details: &'a [(&'a str, &'a str)]) -> Self {
        self.details = details;
        self
    }

    /// The delay in seconds for the `Retry-After` header, sent where the dialect sends one
    /// (a 429, or an entry whose action is `retry-after`).
    #[must_use]
    pub const fn with_retry_after(mut self, seconds: u64) -> Self {
        self.retry_after = Some(seconds);
        self
    }

    /// A help URL for this response, overriding the entry's (Adobe `helpUrl`).
    #[must_use]
    pub const fn with_help_url(mut self, url: &'a str) -> Self {
        self.help_url = Some(url);
        self
    }

    /// The problem `instance` URI reference identifying this occurrence.
    #[must_use]
    pub const fn with_instance(mut self, instance: &'a str) -> Self {
        self.instance = Some(instance);
        self
    }

    /// The request's `Accept` header value, which Adobe Pass negotiates JSON or XML from.
    #[must_use]
    pub const fn with_accept(mut self, accept: &'a str) -> Self {
        self.accept = Some(accept);
        self
    }

    /// The request's `Accept-Language` header value: the message is sent in the client's
    /// language when the entry has it (RFC 4647 lookup over the catalog's locale and the
    /// entry's translations, falling back to the catalog's locale), with `Content-Language`.
    #[must_use]
    pub const fn with_accept_language(mut self, accept_language: &'a str) -> Self {
        self.accept_language = Some(accept_language);
        self
    }

    /// The detail-exposure policy.
    #[must_use]
    pub const fn with_exposure(mut self, exposure: Exposure) -> Self {
        self.exposure = exposure;
        self
    }

    /// The request id, as given.
    #[must_use]
    pub const fn request_id(&self) -> Option<&'a str> {
        self.request_id
    }

    /// The occurrence detail text, as given (whether or not it will be sent).
    #[must_use]
    pub const fn detail(&self) -> Option<&'a str> {
        self.detail
    }

    /// The named occurrence details, as given (whether or not they will be sent).
    #[must_use]
    pub const fn details(&self) -> &'a [(&'a str, &'a str)] {
        self.details
    }

    /// The `Retry-After` delay in seconds.
    #[must_use]
    pub const fn retry_after(&self) -> Option<u64> {
        self.retry_after
    }

    /// The help URL override.
    #[must_use]
    pub const fn help_url(&self) -> Option<&'a str> {
        self.help_url
    }

    /// The problem `instance`.
    #[must_use]
    pub const fn instance(&self) -> Option<&'a str> {
        self.instance
    }

    /// The request's `Accept` header value.
    #[must_use]
    pub const fn accept(&self) -> Option<&'a str> {
        self.accept
    }

    /// The request's `Accept-Language` header value.
    #[must_use]
    pub const fn accept_language(&self) -> Option<&'a str> {
        self.accept_language
    }

    /// The detail-exposure policy.
    #[must_use]
    pub const fn exposure(&self) -> Exposure {
        self.exposure
    }
}

/// The decisions every dialect shares about one rendering: the status, the request id made
/// safe to send, and which occurrence details the [`Exposure`] policy lets out. A dialect
/// asks it rather than the [`Context`] directly, so every dialect (built in or not) and the
/// serde envelopes apply the same policy. Each piece is computed when asked for.
///
/// ```
/// use error_catalog::dialect::{Context, Prepared};
///
/// error_catalog::error_catalog! {
///     /// Errors of a key service.
///     #[catalog(code = u16)]
///     pub enum KeyError {
///         /// The key is not in the vault.
///         KeyNotFound { code: 40013, status: 400, message: "Key not found" },
///         /// The database failed.
///         Internal { code: 50000, status: 500, message: "Internal error" },
///     }
/// }
///
/// let cx = Context::new().with_request_id("req\n1").with_detail("keyId : 0000009");
/// let client = Prepared::new(&KeyError::KeyNotFound, &cx);
/// assert_eq!(client.request_id().as_deref(), Some("req 1"));
/// assert_eq!(client.detail(&KeyError::KeyNotFound).as_deref(), Some("keyId : 0000009"));
/// // A 5xx carries no occurrence detail by default.
/// let server = Prepared::new(&KeyError::Internal, &cx);
/// assert_eq!(server.detail(&KeyError::Internal), None);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Prepared<'c, 'a> {
    status: StatusCode,
    exposed: bool,
    cx: &'c Context<'a>,
}

impl<'c, 'a> Prepared<'c, 'a> {
    /// The decisions for rendering `error` with `cx`.
    #[inline]
    #[must_use]
    pub fn new<E: WireError + ?Sized>(error: &E, cx: &'c Context<'a>) -> Self {
        let status = error.status();
        Prepared {
            status,
            exposed: cx.exposure.allows(status),
            cx,
        }
    }

    /// The status of the response: the error's.
    #[inline]
    #[must_use]
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The context.
    #[inline]
    #[must_use]
    pub fn context(&self) -> &'c Context<'a> {
        self.cx
    }

    /// Whether the policy lets occurrence details out with this status.
    #[inline]
    #[must_use]
    pub fn exposes_details(&self) -> bool {
        self.exposed
    }

    /// The request id with control characters replaced ([`sanitize`](super::sanitize)d),
    /// ready for a header and for a body.
    #[inline]
    #[must_use]
    pub fn request_id(&self) -> Option<HeaderText<'a>> {
        self.cx.request_id.map(HeaderText::from)
    }

    /// [`request_id`](Self::request_id), and whether it also goes into a JSON string as it
    /// is, from one pass over it: for the dialects that send it in the body and a header.
    #[inline]
    pub(crate) fn request_id_for_body(&self) -> Option<BodyAndHeaderText<'a>> {
        self.cx.request_id.map(BodyAndHeaderText::new)
    }

    /// The detail text, when the policy allows one: the context's, or with
    /// [`Exposure::AlwaysWithSource`] the text of `error`'s `source()` chain.
    #[must_use]
    pub fn detail<E: WireError + ?Sized>(&self, error: &E) -> Option<Cow<'a, str>> {
        if !self.exposed {
            return None;
        }
        match self.cx.detail {
            Some(text) => Some(Cow::Borrowed(text)),
            None if self.cx.exposure == Exposure::AlwaysWithSource => source_text(error),
            None => None,
        }
    }

    /// Whether [`detail`](Self::detail) gives a text, without building it.
    #[inline]
    #[must_use]
    pub fn has_detail<E: WireError + ?Sized>(&self, error: &E) -> bool {
        self.exposed
            && (self.cx.detail.is_some()
                || (self.cx.exposure == Exposure::AlwaysWithSource && error.source().is_some()))
    }

    /// The context's named details, empty when the policy forbids them.
    #[inline]
    #[must_use]
    pub fn details(&self) -> &'a [(&'a str, &'a str)] {
        if self.exposed { self.cx.details } else { &[] }
    }
}

/// The text of the error's `source()` chain, `: `-separated.
fn source_text<'a, E: WireError + ?Sized>(error: &E) -> Option<Cow<'a, str>> {
    use core::fmt::Write as _;
    let mut source = error.source()?;
    let mut text = String::new();
    loop {
        if !text.is_empty() {
            text.push_str(": ");
        }
        // Writing to a `String` cannot fail.
        let _ = write!(text, "{source}");
        match source.source() {
            Some(next) => source = next,
            None => break,
        }
    }
    Some(Cow::Owned(text))
}
