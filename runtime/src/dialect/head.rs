//! The status line and headers of a rendered error, kept apart from the body so a server can
//! write the body into its own buffer.

use std::borrow::Cow;

use http::header::HeaderName;
use http::{HeaderMap, HeaderValue, Response, StatusCode};

/// What the server should do with a rendered error.
///
/// Every dialect but SCMS always answers; an SCMS RA may instead just close the connection
/// (see [`Scms::with_close_connection`](super::Scms::with_close_connection)).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reply<T> {
    /// Send this response.
    Respond(T),
    /// Send nothing: close the connection.
    CloseConnection,
}

impl<T> Reply<T> {
    /// The response, or `None` for [`CloseConnection`](Reply::CloseConnection).
    #[must_use]
    pub fn respond(self) -> Option<T> {
        match self {
            Reply::Respond(value) => Some(value),
            Reply::CloseConnection => None,
        }
    }

    /// Whether the connection is to be closed without an answer.
    #[must_use]
    pub fn is_close_connection(&self) -> bool {
        matches!(self, Reply::CloseConnection)
    }

    /// Transforms the response, keeping [`CloseConnection`](Reply::CloseConnection).
    #[must_use]
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Reply<U> {
        match self {
            Reply::Respond(value) => Reply::Respond(f(value)),
            Reply::CloseConnection => Reply::CloseConnection,
        }
    }
}

/// One response header, borrowed from its [`Head`]. Its value never holds a control
/// character (CR and LF included): they are replaced by spaces when the header is made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Header<'h> {
    name: &'static str,
    value: &'h str,
}

impl<'h> Header<'h> {
    /// The header's name, in lowercase (`content-type`, `x-request-id`).
    #[must_use]
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The name as an [`http::HeaderName`].
    #[must_use]
    pub fn header_name(&self) -> HeaderName {
        HeaderName::from_static(self.name)
    }

    /// The header's value, safe to send as is.
    #[must_use]
    pub fn value(&self) -> &'h str {
        self.value
    }

    /// The value as an [`http::HeaderValue`]; `None` never happens for a header a dialect made.
    #[must_use]
    pub fn to_header_value(&self) -> Option<HeaderValue> {
        HeaderValue::from_str(self.value).ok()
    }
}

/// `content-type`.
const CONTENT_TYPE: &str = "content-type";
/// `retry-after`.
const RETRY_AFTER: &str = "retry-after";

/// A `u64` in decimal, kept inline so a `Retry-After` header allocates nothing; empty for
/// no value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Decimal {
    digits: [u8; 20],
    start: u8,
}

impl Decimal {
    const NONE: Decimal = Decimal {
        digits: [0; 20],
        start: 20,
    };

    fn get(&self) -> Option<&str> {
        (self.start < 20).then(|| self.as_str())
    }

    fn new(mut value: u64) -> Self {
        let mut digits = [b'0'; 20];
        let mut at = digits.len();
        loop {
            at -= 1;
            // `value % 10` is below 10, so the cast is exact.
            digits[at] = b'0' + (value % 10) as u8;
            value /= 10;
            if value == 0 {
                break;
            }
        }
        Decimal {
            digits,
            // `at` is below 20.
            start: at as u8,
        }
    }

    fn as_str(&self) -> &str {
        core::str::from_utf8(&self.digits[usize::from(self.start)..]).unwrap_or("0")
    }
}

/// The status and headers of a rendered error: the part of a response that is not the body.
///
/// Header values borrow from the [`Context`](super::Context) and the catalog where they can,
/// so rendering an error allocates nothing in the common case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Head<'a> {
    status: StatusCode,
    content_type: Option<&'static str>,
    texts: [Option<(&'static str, Cow<'a, str>)>; 2],
    retry_after: Decimal,
}

impl<'a> Head<'a> {
    #[inline]
    pub(crate) fn new(status: StatusCode) -> Self {
        Head {
            status,
            content_type: None,
            texts: [None, None],
            retry_after: Decimal::NONE,
        }
    }

    /// The HTTP status.
    #[must_use]
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The headers: content type, then the dialect's own, then `Retry-After`.
    pub fn headers(&self) -> impl Iterator<Item = Header<'_>> {
        let content_type = self.content_type.map(|value| Header {
            name: CONTENT_TYPE,
            value,
        });
        let texts = self
            .texts
            .iter()
            .flatten()
            .map(|(name, value)| Header { name, value });
        let retry_after = self.retry_after.get().map(|value| Header {
            name: RETRY_AFTER,
            value,
        });
        content_type.into_iter().chain(texts).chain(retry_after)
    }

    /// The value of header `name` (case-insensitive).
    #[must_use]
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers()
            .find(|header| header.name.eq_ignore_ascii_case(name))
            .map(|header| header.value)
    }

    /// The `Content-Type`, when the response has a body.
    #[must_use]
    pub fn content_type(&self) -> Option<&'static str> {
        self.content_type
    }

    /// Adds the headers to `map`, replacing any of the same name.
    pub fn write_headers(&self, map: &mut HeaderMap) {
        for header in self.headers() {
            if let Some(value) = header.to_header_value() {
                map.insert(header.header_name(), value);
            }
        }
    }

    /// The complete response with `body`.
    #[must_use]
    pub fn into_response(self, body: Vec<u8>) -> Response<Vec<u8>> {
        let mut response = Response::new(body);
        *response.status_mut() = self.status;
        self.write_headers(response.headers_mut());
        response
    }

    #[inline]
    pub(crate) fn set_content_type(&mut self, media_type: &'static str) {
        self.content_type = Some(media_type);
    }

    /// Sets a header from text that may hold anything: control characters become spaces,
    /// and a value left empty is dropped.
    pub(crate) fn set_text(&mut self, name: &'static str, value: Cow<'a, str>) {
        let value = match value {
            Cow::Borrowed(text) => sanitize(text),
            Cow::Owned(text) => match sanitize(&text) {
                Cow::Borrowed(_) => Cow::Owned(text),
                Cow::Owned(clean) => Cow::Owned(clean),
            },
        };
        self.set_clean(name, value);
    }

    /// Sets a header whose value is already [`sanitize`]d.
    #[inline]
    pub(crate) fn set_clean(&mut self, name: &'static str, value: Cow<'a, str>) {
        if value.is_empty() {
            return;
        }
        if let Some(slot) = self.texts.iter_mut().find(|slot| slot.is_none()) {
            *slot = Some((name, value));
        }
    }

    #[inline]
    pub(crate) fn set_retry_after(&mut self, seconds: u64) {
        self.retry_after = Decimal::new(seconds);
    }
}

/// Whether `bytes` holds no control character and no space, eight bytes at a time.
#[inline]
fn is_token_like(bytes: &[u8]) -> bool {
    use super::json::{has_byte, has_byte_below, words};
    let (mut words, tail) = words(bytes);
    words.all(|word| !has_byte_below(word, 0x21) && !has_byte(word, 0x7f))
        && tail.iter().all(|&byte| byte > b' ' && byte != 0x7f)
}

/// `text` made safe for a header value and for an identifier echoed in a body: every control
/// character (CR, LF, NUL, DEL...) becomes a space and surrounding whitespace is trimmed.
/// Borrows when nothing changes.
#[inline]
pub(crate) fn sanitize(text: &str) -> Cow<'_, str> {
    // The common case: no control character, no space at all.
    if is_token_like(text.as_bytes()) {
        return Cow::Borrowed(text);
    }
    sanitize_slow(text)
}

#[cold]
fn sanitize_slow(text: &str) -> Cow<'_, str> {
    let trimmed = text.trim_matches(|c: char| c.is_ascii_whitespace() || c.is_ascii_control());
    if trimmed.bytes().all(|b| b >= 0x20 && b != 0x7f) {
        return Cow::Borrowed(trimmed);
    }
    let clean: String = trimmed
        .chars()
        .map(|c| if c.is_ascii_control() { ' ' } else { c })
        .collect();
    Cow::Owned(clean)
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn control_characters_become_spaces() {
        assert_eq!(sanitize("req_abc"), "req_abc");
        assert_eq!(sanitize("a\r\nSet-Cookie: x=1"), "a  Set-Cookie: x=1");
        assert_eq!(sanitize("\r\n"), "");
        assert_eq!(sanitize(" tab\there "), "tab here");
        assert_eq!(sanitize("请求\u{7f}"), "请求");
    }
}
