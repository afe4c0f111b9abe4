//! The status line and headers of a rendered error, kept apart from the body so a server can
//! write the body into its own buffer.

use std::borrow::Cow;

use http::header::HeaderName;
use http::{HeaderMap, HeaderValue, Response, StatusCode};

use super::json::{has_byte, has_byte_below, tail_word, words};

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
/// character (CR and LF included): they are replaced by spaces when the header is set.
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

    /// The value as an [`http::HeaderValue`]; `None` never happens for a header of a [`Head`].
    #[must_use]
    pub fn to_header_value(&self) -> Option<HeaderValue> {
        HeaderValue::from_str(self.value).ok()
    }
}

/// `content-type`.
const CONTENT_TYPE: &str = "content-type";
/// `retry-after`.
const RETRY_AFTER: &str = "retry-after";

/// A number of seconds in decimal, kept inline so a `Retry-After` header allocates nothing.
///
/// Sixteen ASCII digits, right-aligned, zeros before them; all zeros for no value (a value's
/// last digit is never a zero byte). One aligned 16-byte word: creating a head writes it with
/// one store and returning the head (every render does) reads it back with one load. A
/// 21-byte layout was written in overlapping pieces that the return's loads could not be
/// forwarded from, a store-forwarding stall that cost a third of a 20 ns render.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(align(16))]
struct Decimal([u8; Decimal::WIDTH]);

impl Decimal {
    const WIDTH: usize = 16;
    /// The largest value with [`WIDTH`](Self::WIDTH) digits: 317 million years.
    const MAX: u64 = 9_999_999_999_999_999;
    const NONE: Decimal = Decimal([0; Decimal::WIDTH]);

    fn get(&self) -> Option<&str> {
        if self.0[Self::WIDTH - 1] == 0 {
            return None;
        }
        let start = self.0.iter().position(|&byte| byte != 0).unwrap_or(0);
        core::str::from_utf8(&self.0[start..]).ok()
    }

    /// `value` in decimal; values above [`MAX`](Self::MAX) are `MAX` (no client waits longer).
    fn new(value: u64) -> Self {
        let mut rest = value.min(Self::MAX);
        let mut digits = [0; Self::WIDTH];
        let mut at = Self::WIDTH;
        loop {
            at -= 1;
            // `rest % 10` is below 10, so the cast is exact.
            digits[at] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        Decimal(digits)
    }
}

/// How many headers besides `Content-Type` and `Retry-After` a [`Head`] holds without
/// allocating: enough for every built-in dialect, and small, since a head is returned by
/// value on the render fast path.
const INLINE: usize = 2;

/// One header a dialect set: its lowercase name and its sanitized value.
pub(crate) type Slot<'a> = (&'static str, Cow<'a, str>);

/// A header kept inline in a [`Head`]: its value borrowed, so the head's inline part needs
/// no drop (a value the head owns goes to its boxed list).
type Inline<'a> = (&'static str, &'a str);

/// A header for [`Head::built`]: its name, its value, and whether the value is known clean
/// (no control character, no space: [`sanitize`] would borrow it as it is). A value not
/// known clean is sanitized by the head, out of line.
#[derive(Clone, Copy, Debug)]
pub(crate) struct BuiltHeader<'a> {
    name: &'static str,
    value: &'a str,
    clean: bool,
}

impl<'a> BuiltHeader<'a> {
    /// Header `name` with `value`, checked here, in one pass.
    #[inline(always)]
    pub(crate) fn new(name: &'static str, value: &'a str) -> Self {
        BuiltHeader {
            name,
            value,
            clean: is_token_like(value.as_bytes()),
        }
    }

    /// The header as a head keeps it inline: none for an empty value, as
    /// [`Head::insert_header`] skips it.
    #[inline(always)]
    fn inline(self) -> Option<Inline<'a>> {
        (!self.value.is_empty()).then_some((self.name, self.value))
    }
}

/// The status and headers of a rendered error: the part of a response that is not the body.
///
/// A dialect builds one in [`Dialect::render_into`](super::Dialect::render_into): the status,
/// the content type, then any header. Every value goes through [`sanitize`], so no CR, LF or
/// other control character ever reaches a response header, whatever the context or an
/// error's fields hold. Values borrow from the [`Context`](super::Context) and the catalog
/// where they can, and the first two headers are kept inline, so rendering an error
/// allocates nothing in the common case.
///
/// ```
/// use error_catalog::dialect::Head;
/// use http::StatusCode;
///
/// let mut head = Head::new(StatusCode::FORBIDDEN);
/// head.set_content_type("application/json");
/// head.insert_header("x-goog-request-id", "req\r\nSet-Cookie: a=b");
/// head.append_header("vary", "accept");
/// head.set_retry_after(30);
/// assert_eq!(head.header("X-Goog-Request-Id"), Some("req  Set-Cookie: a=b"));
/// let names: Vec<_> = head.headers().map(|header| header.name()).collect();
/// assert_eq!(names, ["content-type", "x-goog-request-id", "vary", "retry-after"]);
/// ```
#[derive(Clone, Debug)]
pub struct Head<'a> {
    status: StatusCode,
    content_type: Option<&'static str>,
    /// The first headers, while their values are borrowed.
    texts: [Option<Inline<'a>>; INLINE],
    /// The headers after the inline ones: beyond [`INLINE`], or from the first value the
    /// head owns on. Boxed so a head stays small (one word instead of three, on the render
    /// path every error takes), and the only part of a head that needs a drop: a head of
    /// borrowed values is dropped by one test of this pointer, inline, rather than a call
    /// that looks at every slot.
    #[allow(clippy::box_collection)]
    more: Option<Box<Vec<Slot<'a>>>>,
    retry_after: Decimal,
}

/// Heads are equal when they send the same status and headers, however they store them (a
/// built head may leave its first inline slot empty).
impl PartialEq for Head<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.status == other.status && self.headers().eq(other.headers())
    }
}

impl Eq for Head<'_> {}

impl<'a> Head<'a> {
    /// A head with `status` and no header.
    #[inline]
    #[must_use]
    pub const fn new(status: StatusCode) -> Self {
        Head {
            status,
            content_type: None,
            texts: [None, None],
            more: None,
            retry_after: Decimal::NONE,
        }
    }

    /// A head for the built-in dialects' render path: `first` and `second` are the headers
    /// in the order they are sent (names distinct). It spares the render path the
    /// out-of-line setter calls on a head whose address escapes. The head is written once,
    /// with no header and no `Retry-After`, then given what the render has: one head mutated
    /// in place, where a struct expression choosing each field (an earlier form) executed
    /// more instructions, and a `match` between two heads built the head in a temporary and
    /// copied it out. Headers known clean (the common case) go inline as they are; any
    /// other sends both through [`sanitize`], out of line.
    #[inline(always)]
    pub(crate) fn built(
        status: StatusCode,
        content_type: &'static str,
        first: Option<BuiltHeader<'a>>,
        second: Option<BuiltHeader<'a>>,
        retry_after: Option<u64>,
    ) -> Self {
        let mut head = Head {
            status,
            content_type: Some(content_type),
            texts: [None, None],
            more: None,
            retry_after: Decimal::NONE,
        };
        if let Some(seconds) = retry_after {
            head.retry_after = Decimal::new(seconds);
        }
        let clean = |header: &Option<BuiltHeader<'_>>| header.is_none_or(|header| header.clean);
        if clean(&first) && clean(&second) {
            head.texts = [
                first.and_then(BuiltHeader::inline),
                second.and_then(BuiltHeader::inline),
            ];
        } else {
            (head.texts, head.more) = sanitized(first, second);
        }
        head
    }

    /// The HTTP status.
    #[must_use]
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// Replaces the HTTP status.
    #[inline]
    pub fn set_status(&mut self, status: StatusCode) {
        self.status = status;
    }

    /// The headers: content type, then the dialect's own in the order set, then `Retry-After`.
    pub fn headers(&self) -> impl Iterator<Item = Header<'_>> {
        let content_type = self.content_type.map(|value| Header {
            name: CONTENT_TYPE,
            value,
        });
        let inline = self
            .texts
            .iter()
            .flatten()
            .map(|&(name, value)| (name, value));
        let more = self
            .more
            .iter()
            .flat_map(|more| more.iter())
            .map(|(name, value)| (*name, &**value));
        let texts = inline
            .chain(more)
            .filter(|(name, _)| is_header_name(name))
            .map(|(name, value)| Header { name, value });
        let retry_after = self.retry_after.get().map(|value| Header {
            name: RETRY_AFTER,
            value,
        });
        content_type.into_iter().chain(texts).chain(retry_after)
    }

    /// The value of header `name` (case-insensitive); the first, if several.
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

    /// Adds the headers to `map`, replacing any of the same name there (a name the head
    /// holds several times is appended after the first).
    pub fn write_headers(&self, map: &mut HeaderMap) {
        for (i, header) in self.headers().enumerate() {
            let Some(value) = header.to_header_value() else {
                continue;
            };
            let repeated = self
                .headers()
                .take(i)
                .any(|earlier| earlier.name == header.name);
            if repeated {
                map.append(header.header_name(), value);
            } else {
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

    /// Sets the `Content-Type` (`application/json`).
    #[inline]
    pub fn set_content_type(&mut self, media_type: &'static str) {
        self.content_type = Some(media_type);
    }

    /// Sets header `name` to `value`, replacing any value set before. The value is
    /// [`sanitize`]d as it becomes a [`HeaderText`] (a value left empty sets nothing).
    ///
    /// `name` must be a lowercase HTTP field name (`x-request-id`); a header of any other
    /// name is never sent. `Content-Type` and `Retry-After` have their own setters.
    #[inline]
    pub fn insert_header(&mut self, name: &'static str, value: impl Into<HeaderText<'a>>) {
        let value = value.into().0;
        if value.is_empty() {
            return;
        }
        if let Some(at) = self
            .texts
            .iter()
            .position(|slot| slot.is_some_and(|(n, _)| n == name))
        {
            match value {
                Cow::Borrowed(text) => {
                    self.texts[at] = Some((name, text));
                    return;
                }
                // The header moves to the boxed list, where it is set below.
                Cow::Owned(_) => self.spill_from(at),
            }
        }
        match self
            .more
            .iter_mut()
            .flat_map(|more| more.iter_mut())
            .find(|slot| slot.0 == name)
        {
            Some(slot) => slot.1 = value,
            None => self.push(name, value),
        }
    }

    /// Moves the inline headers from slot `at` on to the front of the boxed list, in order,
    /// so a value the head must own can take their place there.
    fn spill_from(&mut self, at: usize) {
        let spilled: Vec<Slot<'a>> = self.texts[at..]
            .iter_mut()
            .filter_map(Option::take)
            .map(|(name, value)| (name, Cow::Borrowed(value)))
            .collect();
        let more = self.more.get_or_insert_default();
        more.splice(0..0, spilled);
    }

    /// Adds header `name` with `value`, after any value set before (a header that may
    /// repeat, such as `Vary`). The value is [`sanitize`]d (a value left empty adds nothing);
    /// `name` as for [`insert_header`](Self::insert_header).
    pub fn append_header(&mut self, name: &'static str, value: impl Into<HeaderText<'a>>) {
        let value = value.into().0;
        if !value.is_empty() {
            self.push(name, value);
        }
    }

    /// Sets `Retry-After` to `seconds`, capped at 9,999,999,999,999,999 (sixteen digits,
    /// 317 million years).
    #[inline]
    pub fn set_retry_after(&mut self, seconds: u64) {
        self.retry_after = Decimal::new(seconds);
    }

    /// Adds a header after every one set before. An inline slot may be empty before a
    /// used one ([`built`](Self::built) leaves the first empty when it has no first
    /// header), so a new header takes the first free slot after the last used one.
    #[inline]
    fn push(&mut self, name: &'static str, value: Cow<'a, str>) {
        let used = self
            .texts
            .iter()
            .rposition(Option::is_some)
            .map_or(0, |last| last + 1);
        match (self.texts.get_mut(used), value) {
            (Some(slot), Cow::Borrowed(value)) if self.more.is_none() => {
                *slot = Some((name, value))
            }
            (_, value) => self.more.get_or_insert_default().push((name, value)),
        }
    }
}

/// Text safe to send as a header value (and to echo as an identifier in a body): no control
/// character (CR, LF, NUL, DEL...) and no surrounding whitespace. Made from any text by
/// [`sanitize`]-ing it; what [`Prepared::request_id`](super::Prepared::request_id) gives is
/// one already, so a dialect passes it to [`Head::insert_header`] without a second scan.
///
/// ```
/// use error_catalog::dialect::HeaderText;
///
/// let text = HeaderText::new("req\r\nSet-Cookie: a=b");
/// assert_eq!(&*text, "req  Set-Cookie: a=b");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct HeaderText<'a>(Cow<'a, str>);

impl<'a> HeaderText<'a> {
    /// `text`, [`sanitize`]d.
    #[inline]
    #[must_use]
    pub fn new(text: impl Into<Cow<'a, str>>) -> Self {
        HeaderText(sanitize_cow(text.into()))
    }

    /// The text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The text as a `Cow`.
    #[must_use]
    pub fn into_cow(self) -> Cow<'a, str> {
        self.0
    }

    /// The text, owned.
    #[must_use]
    pub fn into_owned(self) -> String {
        self.0.into_owned()
    }
}

/// An identifier sent in a header and in a JSON body (a request id), checked once for both:
/// whether it is clean for each as it is (no control character, no space; no `"`, no `\\`),
/// from one pass over it where checking each way took two. A clean text is copied into both;
/// any other is [`sanitize`]d for the header and sanitized then escaped for the body, out of
/// the render's straight line.
#[derive(Clone, Copy, Debug)]
pub(crate) struct BodyAndHeaderText<'a> {
    /// The text as it was given.
    raw: &'a str,
    /// Whether `raw` goes into a header and into a JSON string as it is.
    clean: bool,
}

impl<'a> BodyAndHeaderText<'a> {
    /// `text`, checked.
    #[inline(always)]
    pub(crate) fn new(text: &'a str) -> Self {
        BodyAndHeaderText {
            raw: text,
            clean: is_plain_token(text.as_bytes()),
        }
    }

    /// The text as it was given, and whether it is clean for a header and a JSON string.
    #[inline(always)]
    pub(crate) fn parts(self) -> (&'a str, bool) {
        (self.raw, self.clean)
    }

    /// The text as header `name` of a [`Head::built`]: known clean when the one check found
    /// it clean for both uses.
    #[inline(always)]
    pub(crate) fn header(self, name: &'static str) -> BuiltHeader<'a> {
        BuiltHeader {
            name,
            value: self.raw,
            clean: self.clean,
        }
    }

    /// The text [`sanitize`]d, for a body other than JSON's: as it was given when the check
    /// found it clean, without a second scan.
    pub(crate) fn sanitized(self) -> Cow<'a, str> {
        if self.clean {
            Cow::Borrowed(self.raw)
        } else {
            sanitize(self.raw)
        }
    }
}

impl core::ops::Deref for HeaderText<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for HeaderText<'_> {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl<'a> From<&'a str> for HeaderText<'a> {
    #[inline]
    fn from(text: &'a str) -> Self {
        HeaderText(sanitize(text))
    }
}

impl From<String> for HeaderText<'_> {
    fn from(text: String) -> Self {
        HeaderText::new(text)
    }
}

impl<'a> From<Cow<'a, str>> for HeaderText<'a> {
    fn from(text: Cow<'a, str>) -> Self {
        HeaderText::new(text)
    }
}

/// The headers of a [`Head::built`] when one is not known clean: each [`sanitize`]d (a value
/// left empty sets nothing), borrowed values inline until the first owned one (rare: a
/// request id with a control character), which goes to the boxed list with every header
/// after it, so the order holds.
#[cold]
#[inline(never)]
#[allow(clippy::box_collection)]
fn sanitized<'a>(
    first: Option<BuiltHeader<'a>>,
    second: Option<BuiltHeader<'a>>,
) -> ([Option<Inline<'a>>; INLINE], Option<Box<Vec<Slot<'a>>>>) {
    let mut texts = [None; INLINE];
    let mut inline = texts.iter_mut();
    let mut more = Vec::new();
    for header in [first, second].into_iter().flatten() {
        let value = if header.clean {
            Cow::Borrowed(header.value)
        } else {
            sanitize(header.value)
        };
        if value.is_empty() {
            continue;
        }
        // Inline while no header went to the list and a slot is free.
        let slot = if more.is_empty() { inline.next() } else { None };
        match (slot, value) {
            (Some(slot), Cow::Borrowed(value)) => *slot = Some((header.name, value)),
            (_, value) => more.push((header.name, value)),
        }
    }
    (texts, (!more.is_empty()).then(|| Box::new(more)))
}

/// `value` [`sanitize`]d, keeping an owned value's allocation when nothing changes.
#[inline]
fn sanitize_cow(value: Cow<'_, str>) -> Cow<'_, str> {
    match value {
        Cow::Borrowed(text) => sanitize(text),
        Cow::Owned(text) => match sanitize(&text) {
            Cow::Borrowed(clean) if clean.len() == text.len() => Cow::Owned(text),
            Cow::Borrowed(clean) => Cow::Owned(clean.to_owned()),
            Cow::Owned(clean) => Cow::Owned(clean),
        },
    }
}

/// Whether `name` is a lowercase HTTP field name (RFC 9110 `token`, no uppercase).
#[inline]
const fn is_header_name(name: &str) -> bool {
    let bytes = name.as_bytes();
    if bytes.is_empty() {
        return false;
    }
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        let ok = byte.is_ascii_lowercase()
            || byte.is_ascii_digit()
            || matches!(
                byte,
                b'!' | b'#'
                    | b'$'
                    | b'%'
                    | b'&'
                    | b'\''
                    | b'*'
                    | b'+'
                    | b'-'
                    | b'.'
                    | b'^'
                    | b'_'
                    | b'`'
                    | b'|'
                    | b'~'
            );
        if !ok {
            return false;
        }
        i += 1;
    }
    true
}

/// Whether `bytes` holds no control character and no space, eight bytes at a time.
#[inline]
fn is_token_like(bytes: &[u8]) -> bool {
    every_word(bytes, |word| {
        !has_byte_below(word, 0x21) && !has_byte(word, 0x7f)
    })
}

/// Whether `clean` holds for every eight bytes of `bytes` and for its tail (filled with a
/// letter, which every test here passes).
#[inline(always)]
fn every_word(bytes: &[u8], clean: impl Fn(u64) -> bool) -> bool {
    let (mut words, tail) = words(bytes);
    words.all(&clean) && clean(tail_word(tail, b'a'))
}

/// Whether `bytes` is [token-like](is_token_like) and holds no `"` and no `\\` either, so
/// it goes into a header and into a JSON string as it is.
#[inline]
fn is_plain_token(bytes: &[u8]) -> bool {
    every_word(bytes, |word| {
        !(has_byte_below(word, 0x21)
            | has_byte(word, 0x7f)
            | has_byte(word, b'"')
            | has_byte(word, b'\\'))
    })
}

/// `text` made safe for a header value and for an identifier echoed in a body: every control
/// character (CR, LF, NUL, DEL...) becomes a space and surrounding whitespace is trimmed.
/// Borrows when nothing changes. [`Head`] applies it to every header value.
///
/// ```
/// use error_catalog::dialect::sanitize;
///
/// assert_eq!(sanitize("req_abc"), "req_abc");
/// assert_eq!(sanitize("a\r\nSet-Cookie: x=1"), "a  Set-Cookie: x=1");
/// ```
#[inline]
#[must_use]
pub fn sanitize(text: &str) -> Cow<'_, str> {
    // The common case of a request id: no control character, no space at all.
    if is_token_like(text.as_bytes()) {
        return Cow::Borrowed(text);
    }
    sanitize_spaced(text)
}

/// [`sanitize`] of a text with a space or a control character: out of line, so the check
/// of an identifier stays small where it is inlined.
#[inline(never)]
fn sanitize_spaced(text: &str) -> Cow<'_, str> {
    // The common case of a message: no control character, no space at either end.
    let bytes = text.as_bytes();
    if has_no_control(bytes)
        && !bytes.first().is_some_and(u8::is_ascii_whitespace)
        && !bytes.last().is_some_and(u8::is_ascii_whitespace)
    {
        return Cow::Borrowed(text);
    }
    sanitize_slow(text)
}

/// Whether `bytes` holds no control character (below 0x20, or DEL), eight bytes at a time.
#[inline]
fn has_no_control(bytes: &[u8]) -> bool {
    every_word(bytes, |word| {
        !has_byte_below(word, 0x20) && !has_byte(word, 0x7f)
    })
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
    use super::{BodyAndHeaderText, sanitize};

    #[test]
    fn control_characters_become_spaces() {
        assert_eq!(sanitize("req_abc"), "req_abc");
        assert_eq!(sanitize("a\r\nSet-Cookie: x=1"), "a  Set-Cookie: x=1");
        assert_eq!(sanitize("\r\n"), "");
        assert_eq!(sanitize(" tab\there "), "tab here");
        assert_eq!(sanitize("请求\u{7f}"), "请求");
    }

    /// Every length up to 20 (whole words, a tail of each size, both) and every position of
    /// a character a header cannot hold.
    #[test]
    fn finds_control_characters_in_words_and_tails() {
        for special in ['\r', '\n', '\0', '\u{7f}', '\t'] {
            for length in 0..=20 {
                for at in 0..=length {
                    let text = format!("{}{special}{}", "a".repeat(at), "b".repeat(length - at));
                    let expected = format!("{}{}", "a".repeat(at), "b".repeat(length - at));
                    let expected = match (at, length - at) {
                        (0, _) | (_, 0) => expected,
                        _ => format!("{} {}", "a".repeat(at), "b".repeat(length - at)),
                    };
                    assert_eq!(sanitize(&text), expected, "{text:?}");
                }
            }
        }
        for length in 0..=20 {
            let clean = "x".repeat(length);
            assert!(matches!(sanitize(&clean), std::borrow::Cow::Borrowed(_)));
        }
    }

    /// The one check of a request id for its header and its body: clean only without a
    /// character either would change (a control character or a space for the header, a
    /// quote or a backslash for JSON), at every position of every length up to 20.
    #[test]
    fn body_and_header_text_is_clean_only_without_anything_to_change() {
        for length in 0..=20 {
            let clean = "x".repeat(length);
            assert_eq!(BodyAndHeaderText::new(&clean).parts(), (&*clean, true));
            for special in ['"', '\\', ' ', '\r', '\0', '\u{7f}', '\u{1f}'] {
                for at in 0..=length {
                    let text = format!("{}{special}{}", "a".repeat(at), "b".repeat(length - at));
                    let checked = BodyAndHeaderText::new(&text);
                    assert_eq!(checked.parts(), (&*text, false), "{text:?}");
                    assert_eq!(checked.sanitized(), sanitize(&text), "{text:?}");
                }
            }
        }
        // Non-ASCII text is clean for both.
        assert!(BodyAndHeaderText::new("请求-é").parts().1);
    }

    /// Texts with spaces inside (a message) take the shortcut only when the full rule would
    /// leave them as they are: every length up to 20, a space or a control character at
    /// every position, spaces inside.
    #[test]
    fn messages_with_spaces_agree_with_the_full_rule() {
        for special in [' ', '\t', '\r', '\0', '\u{7f}', '\u{3000}'] {
            for length in 0..=20 {
                for at in 0..=length {
                    let base: String = (0..length)
                        .map(|i| if i % 3 == 1 { ' ' } else { 'm' })
                        .collect();
                    let mut text = base.clone();
                    text.insert(
                        text.char_indices().nth(at).map_or(text.len(), |(i, _)| i),
                        special,
                    );
                    for text in [base, text] {
                        assert_eq!(sanitize(&text), super::sanitize_slow(&text), "{text:?}");
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod head_tests {
    use super::Head;
    use http::StatusCode;

    #[test]
    fn headers_overflow_and_bad_names_are_never_sent() {
        let mut head = Head::new(StatusCode::BAD_REQUEST);
        for (name, value) in [
            ("a", "1"),
            ("b", "2"),
            ("c", "3"),
            ("d", "4"),
            ("Bad Name", "x"),
        ] {
            head.insert_header(name, value);
        }
        head.insert_header("c", "3'");
        head.append_header("d", "5");
        head.insert_header("e", "\r\n");
        let pairs: Vec<_> = head.headers().map(|h| (h.name(), h.value())).collect();
        assert_eq!(
            pairs,
            [("a", "1"), ("b", "2"), ("c", "3'"), ("d", "4"), ("d", "5")]
        );
        let response = head.into_response(Vec::new());
        let d: Vec<_> = response.headers().get_all("d").iter().collect();
        assert_eq!(d, ["4", "5"]);
        assert_eq!(response.headers().len(), 5);
    }
}

#[cfg(test)]
mod built_tests {
    use super::{BuiltHeader, Head};
    use http::StatusCode;

    /// A head built without its first header has an empty slot before a used one: headers
    /// added later still come after every header set before, and replace in place.
    #[test]
    fn headers_added_to_a_built_head_keep_their_order() {
        let id = Some(BuiltHeader::new("x-request-id", "r1"));
        let mut head = Head::built(StatusCode::NOT_FOUND, "application/json", None, id, None);
        head.insert_header("vary", "accept");
        head.append_header("link", "</a>");
        head.insert_header("x-request-id", "r2");
        let mut same = Head::new(StatusCode::NOT_FOUND);
        same.set_content_type("application/json");
        for (name, value) in [("x-request-id", "r2"), ("vary", "accept"), ("link", "</a>")] {
            same.append_header(name, value);
        }
        assert_eq!(head, same, "the same headers, stored differently");
        let pairs: Vec<_> = head.headers().map(|h| (h.name(), h.value())).collect();
        assert_eq!(
            pairs,
            [
                ("content-type", "application/json"),
                ("x-request-id", "r2"),
                ("vary", "accept"),
                ("link", "</a>"),
            ]
        );
    }

    /// A built head sends what a head given the same headers by its setters sends, for
    /// every pair of headers: absent, clean, clean but empty, spaced (sanitized, still
    /// borrowed), blank (sanitized to nothing) and with a control character (sanitized to
    /// an owned value); with and without `Retry-After`; and after more headers are added
    /// and replaced. (Heads are equal when they send the same headers in the same order.)
    #[test]
    fn built_heads_send_what_setters_send() {
        let values = [
            None,
            Some("r1"),
            Some(""),
            Some("r 1"),
            Some(" \t "),
            Some("r\r\n1"),
        ];
        for first in values {
            for second in values {
                for retry_after in [None, Some(30)] {
                    let mut built = Head::built(
                        StatusCode::TOO_MANY_REQUESTS,
                        "application/json",
                        first.map(|value| BuiltHeader::new("content-language", value)),
                        second.map(|value| BuiltHeader::new("x-request-id", value)),
                        retry_after,
                    );
                    let mut set = Head::new(StatusCode::TOO_MANY_REQUESTS);
                    set.set_content_type("application/json");
                    if let Some(value) = first {
                        set.insert_header("content-language", value);
                    }
                    if let Some(value) = second {
                        set.insert_header("x-request-id", value);
                    }
                    if let Some(seconds) = retry_after {
                        set.set_retry_after(seconds);
                    }
                    let case = (first, second, retry_after);
                    assert_eq!(built, set, "{case:?}");
                    for head in [&mut built, &mut set] {
                        head.append_header("vary", "accept");
                        head.insert_header("x-request-id", "r\u{0}2");
                    }
                    assert_eq!(built, set, "{case:?}, then more headers");
                }
            }
        }
    }
}

#[cfg(test)]
mod owned_tests {
    use super::{BuiltHeader, Head};
    use http::StatusCode;

    fn pairs<'h>(head: &'h Head<'_>) -> Vec<(&'static str, &'h str)> {
        head.headers().map(|h| (h.name(), h.value())).collect()
    }

    /// Values a head must own (sanitized ones) keep their place among borrowed ones: set
    /// inline, replacing an inline value, built in, added after.
    #[test]
    fn owned_values_keep_the_order_of_headers() {
        let mut head = Head::new(StatusCode::BAD_REQUEST);
        head.insert_header("a", "1");
        head.insert_header("b", "2");
        head.insert_header("a", "one\r\n");
        head.insert_header("c", "3");
        head.insert_header("b", "two");
        assert_eq!(pairs(&head), [("a", "one"), ("b", "two"), ("c", "3")]);

        let mut head = Head::new(StatusCode::BAD_REQUEST);
        head.insert_header("a", "1");
        head.insert_header("b", "2");
        head.insert_header("b", "t\u{7f}wo");
        head.insert_header("a", "o\u{0}ne");
        assert_eq!(pairs(&head), [("a", "o ne"), ("b", "t wo")]);

        let owned = Some(BuiltHeader::new("x-request-id", "r\u{0}1"));
        let language = Some(BuiltHeader::new("content-language", "zh-CN"));
        let mut head = Head::built(
            StatusCode::NOT_FOUND,
            "application/json",
            language,
            owned,
            None,
        );
        head.append_header("vary", "accept");
        head.insert_header("content-language", "en");
        assert_eq!(
            pairs(&head),
            [
                ("content-type", "application/json"),
                ("content-language", "en"),
                ("x-request-id", "r 1"),
                ("vary", "accept"),
            ]
        );
        let only_owned = Some(BuiltHeader::new("x-request-id", "r\n2"));
        let head = Head::built(
            StatusCode::NOT_FOUND,
            "application/json",
            None,
            only_owned,
            None,
        );
        assert_eq!(
            pairs(&head),
            [
                ("content-type", "application/json"),
                ("x-request-id", "r 2")
            ]
        );
    }
}

#[cfg(test)]
mod retry_after_tests {
    use super::Head;
    use http::StatusCode;

    #[test]
    fn retry_after_is_decimal_seconds_and_absurd_delays_are_capped() {
        let head = Head::new(StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(head.header("retry-after"), None);
        for (seconds, text) in [
            (0, "0"),
            (7, "7"),
            (30, "30"),
            (86_400, "86400"),
            (9_999_999_999_999_999, "9999999999999999"),
            (u64::MAX, "9999999999999999"),
        ] {
            let mut head = Head::new(StatusCode::TOO_MANY_REQUESTS);
            head.set_retry_after(seconds);
            assert_eq!(head.header("Retry-After"), Some(text), "{seconds}");
        }
    }
}
