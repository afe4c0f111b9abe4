//! The client side: a received response, what parsing it gives, and why parsing can fail.

use core::fmt;
use std::borrow::Cow;

use http::header::{HeaderName, RETRY_AFTER};
use http::{HeaderMap, Response, StatusCode};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::{Action, Catalog, CatalogInfo, Entry};

use super::json::{CodeRef, WireCode};

/// A response received from a vendor, as the parsers read it: status, headers and body bytes,
/// with a limit on the body's size.
///
/// ```
/// use error_catalog::dialect::Incoming;
///
/// let headers = http::HeaderMap::new();
/// let body = br#"{"code": 40013, "message": "Key not found in the keyVault"}"#;
/// let incoming = Incoming::new(http::StatusCode::BAD_REQUEST, &headers, body).with_limit(1024);
/// assert_eq!(incoming.limit(), 1024);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Incoming<'a> {
    status: StatusCode,
    headers: &'a HeaderMap,
    body: &'a [u8],
    limit: usize,
}

impl<'a> Incoming<'a> {
    /// The default body size limit: 64 KiB.
    pub const DEFAULT_LIMIT: usize = 64 * 1024;

    /// A received response, with the default size limit.
    #[must_use]
    pub fn new(status: StatusCode, headers: &'a HeaderMap, body: &'a [u8]) -> Self {
        Incoming {
            status,
            headers,
            body,
            limit: Self::DEFAULT_LIMIT,
        }
    }

    /// A received [`http::Response`] whose body is bytes.
    #[must_use]
    pub fn from_response<B: AsRef<[u8]>>(response: &'a Response<B>) -> Self {
        Self::new(
            response.status(),
            response.headers(),
            response.body().as_ref(),
        )
    }

    /// Sets the largest body, in bytes, the parsers accept.
    #[must_use]
    pub fn with_limit(mut self, bytes: usize) -> Self {
        self.limit = bytes;
        self
    }

    /// The HTTP status.
    #[must_use]
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The headers.
    #[must_use]
    pub fn headers(&self) -> &'a HeaderMap {
        self.headers
    }

    /// The body bytes.
    #[must_use]
    pub fn body(&self) -> &'a [u8] {
        self.body
    }

    /// The body size limit in bytes.
    #[must_use]
    pub fn limit(&self) -> usize {
        self.limit
    }

    /// The body as UTF-8 text, checked against the limit; `dialect` names the dialect in
    /// the error.
    ///
    /// # Errors
    ///
    /// [`ParseError::TooLarge`], [`ParseError::NotUtf8`], or [`ParseError::EmptyBody`] for a
    /// body of only whitespace.
    pub fn text(&self, dialect: &'static str) -> Result<&'a str, ParseError> {
        if self.body.len() > self.limit {
            return Err(ParseError::TooLarge {
                dialect,
                size: self.body.len(),
                limit: self.limit,
            });
        }
        let text = core::str::from_utf8(self.body).map_err(|error| ParseError::NotUtf8 {
            dialect,
            valid_up_to: error.valid_up_to(),
        })?;
        // A body that starts with a visible ASCII character (`{`, `<`) is not blank: no
        // need to trim it.
        let visible_first = text.as_bytes().first().is_some_and(u8::is_ascii_graphic);
        if !visible_first && text.trim().is_empty() {
            return Err(ParseError::EmptyBody { dialect });
        }
        Ok(text)
    }

    /// The body as JSON of type `T`, after the checks of [`text`](Self::text).
    ///
    /// # Errors
    ///
    /// As [`text`](Self::text), and [`ParseError::Json`] for a body that is malformed,
    /// truncated or not of `T`'s shape.
    pub fn json<T: DeserializeOwned>(&self, dialect: &'static str) -> Result<T, ParseError> {
        let text = self.text(dialect)?;
        serde_json::from_str(text).map_err(|error| ParseError::json(dialect, &error))
    }

    /// [`json`](Self::json) into a type borrowing from the body: what the built-in parsers
    /// read, so each string is allocated once, for the [`Reading`]. Plain bodies are read by
    /// the crate's own JSON reader, anything else by serde_json, with the same result.
    #[inline]
    pub(crate) fn json_borrowed<T: Deserialize<'a>>(
        &self,
        dialect: &'static str,
    ) -> Result<T, ParseError> {
        self.json_with(dialect, super::json_read::from_str)
    }

    /// [`json_borrowed`](Self::json_borrowed) for a body the crate's JSON reader reads a
    /// member at a time, without serde's visitors, when it can.
    #[inline]
    pub(crate) fn json_by_members<T: super::json_read::ReadMembers<'a>>(
        &self,
        dialect: &'static str,
    ) -> Result<T, ParseError> {
        self.json_with(dialect, super::json_read::from_str_by_members)
    }

    /// The body, after the checks of [`text`](Self::text), read by `read`.
    #[inline]
    fn json_with<T>(
        &self,
        dialect: &'static str,
        read: impl FnOnce(&'a str) -> Result<T, serde_json::Error>,
    ) -> Result<T, ParseError> {
        let text = self.text(dialect)?;
        read(text).map_err(|error| ParseError::json(dialect, &error))
    }

    /// Header `name`'s value as text, without surrounding spaces and tabs.
    ///
    /// # Errors
    ///
    /// [`ParseError::Header`] for a value that is not UTF-8.
    pub fn header(&self, dialect: &'static str, name: &str) -> Result<Option<&'a str>, ParseError> {
        header_text(dialect, name, self.headers.get(name))
    }

    /// The first value of header `name`: what `HeaderMap::get` gives (see
    /// [`header_values`](Self::header_values)).
    #[inline]
    pub(crate) fn header_value(&self, name: &HeaderName) -> Option<&'a http::HeaderValue> {
        let [value] = self.header_values([name]);
        value
    }

    /// The first values of headers `names`, as `HeaderMap::get` gives them, found in one pass
    /// over a response of a few headers by comparing names (a known header's name is one
    /// comparison) instead of hashing each custom name; the pass stops once all are found.
    #[inline]
    pub(crate) fn header_values<const N: usize>(
        &self,
        names: [&HeaderName; N],
    ) -> [Option<&'a http::HeaderValue>; N] {
        let mut found = [None; N];
        if self.headers.len() <= SCAN_HEADERS {
            for (name, value) in self.headers {
                for (slot, wanted) in found.iter_mut().zip(names) {
                    if slot.is_none() && name == wanted {
                        *slot = Some(value);
                    }
                }
                if found.iter().all(Option::is_some) {
                    break;
                }
            }
        } else {
            for (slot, wanted) in found.iter_mut().zip(names) {
                *slot = self.headers.get(wanted);
            }
        }
        found
    }

    /// The request id header `name` and `Retry-After`, found in one pass: what
    /// [`request_id`](Self::request_id) and [`retry_after`](Self::retry_after) give.
    #[inline]
    pub(crate) fn request_id_and_retry_after(
        &self,
        name: &HeaderName,
    ) -> (Option<String>, Option<u64>) {
        let [request_id, retry_after] = self.header_values([name, &RETRY_AFTER]);
        (
            request_id.and_then(request_id_text),
            retry_after.and_then(retry_after_seconds),
        )
    }

    /// A request id header, decoded leniently (a bad byte must not hide the error itself);
    /// `None` when absent or empty.
    #[must_use]
    pub fn request_id(&self, name: &str) -> Option<String> {
        request_id_text(self.headers.get(name)?)
    }

    /// `Retry-After` in delta-seconds; an HTTP date or anything else gives `None`.
    #[must_use]
    pub fn retry_after(&self) -> Option<u64> {
        retry_after_seconds(self.header_value(&RETRY_AFTER)?)
    }
}

/// A `Retry-After` value in delta-seconds; an HTTP date or anything else gives `None`.
pub(crate) fn retry_after_seconds(value: &http::HeaderValue) -> Option<u64> {
    let text = trim_ows(value.to_str().ok()?);
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// Up to this many header values, [`Incoming`] finds a header by comparing names (a known
/// header's name is one comparison) rather than by hashing the name, as `HeaderMap::get` does.
const SCAN_HEADERS: usize = 8;

/// The text of header `name`'s `value`, without surrounding spaces and tabs.
pub(crate) fn header_text<'a>(
    dialect: &'static str,
    name: &str,
    value: Option<&'a http::HeaderValue>,
) -> Result<Option<&'a str>, ParseError> {
    match value {
        None => Ok(None),
        Some(value) => utf8_value(value)
            .map(|text| Some(trim_ows(text)))
            .map_err(|_| ParseError::Header {
                dialect,
                name: name.to_owned(),
                reason: "not UTF-8",
            }),
    }
}

/// A request id header's value, decoded leniently; `None` when empty.
pub(crate) fn request_id_text(value: &http::HeaderValue) -> Option<String> {
    // UTF-8, as request ids are, is its own lossy decoding: no copy before the trim.
    if let Ok(text) = utf8_value(value) {
        let text = trim_ows(text);
        return (!text.is_empty()).then(|| text.to_owned());
    }
    let text = String::from_utf8_lossy(value.as_bytes());
    let text = trim_ows(&text);
    (!text.is_empty()).then(|| text.to_owned())
}

/// A header value as UTF-8 text. Most values are visible ASCII, which `HeaderValue::to_str`
/// checks a byte at a time in a simple loop; only the others (`obs-text`, bytes from 0x80)
/// are checked as UTF-8, whose validation costs more on short values (SCMS parses went from
/// 84 to 62 ns with the message and code headers read this way).
#[inline]
fn utf8_value(value: &http::HeaderValue) -> Result<&str, core::str::Utf8Error> {
    match value.to_str() {
        Ok(text) => Ok(text),
        Err(_) => core::str::from_utf8(value.as_bytes()),
    }
}

/// `text` without the spaces and tabs HTTP allows around a field value (Unicode spaces such
/// as U+00A0 belong to the value).
fn trim_ows(text: &str) -> &str {
    let ows = |byte: &u8| matches!(byte, b' ' | b'\t');
    let bytes = text.as_bytes();
    let start = bytes
        .iter()
        .position(|byte| !ows(byte))
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|byte| !ows(byte))
        .map_or(start, |last| last + 1);
    // Both ends are next to ASCII bytes or at the text's ends: character boundaries.
    text.get(start..end).unwrap_or_default()
}

/// Which entry a parsed response names.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ParsedCode<C> {
    /// An entry of the catalog.
    Known(C),
    /// A code the catalog does not hold (a newer entry, or a foreign one such as Huawei's API
    /// gateway `APIGW.0301`), as received.
    Unknown(String),
    /// The response names no code at all (an SCMS PROD-stage bare 500, a problem document
    /// without a `code`).
    Unidentified,
}

impl<C: Catalog> ParsedCode<C> {
    /// Looks `code` up in catalog `C`: its text form, then, when `by_name` (SCMS), the
    /// vendor name.
    #[must_use]
    pub fn identify(code: &str, by_name: bool) -> Self {
        match index_of(C::INFO, code, by_name).and_then(C::from_index) {
            Some(found) => ParsedCode::Known(found),
            None => ParsedCode::Unknown(code.to_owned()),
        }
    }

    /// Looks a code as received up in catalog `C`: an integer by value, anything else by
    /// its text form, then, when `by_name`, as a vendor name.
    #[must_use]
    pub fn from_wire(code: &WireCode, by_name: bool) -> Self {
        match code {
            WireCode::Int(value) => Self::from_int(*value, by_name),
            WireCode::Str(text) => Self::identify(text, by_name),
        }
    }

    /// [`from_wire`](Self::from_wire) for an integer code.
    pub(crate) fn from_int(value: i128, by_name: bool) -> Self {
        match C::INFO.find_int_code(value).and_then(C::from_index) {
            Some(found) => ParsedCode::Known(found),
            None => Self::identify(&value.to_string(), by_name),
        }
    }

    /// [`from_wire`](Self::from_wire) for a code still in the response's text.
    pub(crate) fn from_code_ref(code: &CodeRef<'_>, by_name: bool) -> Self {
        match code {
            CodeRef::Int(value) => Self::from_int(*value, by_name),
            CodeRef::Str(text) => Self::identify(text, by_name),
        }
    }

    /// [`from_wire`](Self::from_wire), keeping an unknown code's text without copying it.
    fn from_owned_wire(code: WireCode, by_name: bool) -> Self {
        match code {
            WireCode::Int(value) => Self::from_int(value, by_name),
            WireCode::Str(text) => {
                match index_of(C::INFO, &text, by_name).and_then(C::from_index) {
                    Some(found) => ParsedCode::Known(found),
                    None => ParsedCode::Unknown(text),
                }
            }
        }
    }
}

/// How a reader looks a received code up in a catalog it does not know the type of: the
/// lookups of [`ParsedCode::identify`] and [`ParsedCode::from_wire`], giving the entry's
/// position, compiled for one catalog. What [`Dialect::parse`](super::Dialect::parse) hands
/// a reader, typed or type-erased. Not part of the stable API.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub struct CodeLookup {
    text: fn(&str, bool) -> Option<usize>,
    int: fn(i128, bool) -> Option<usize>,
}

impl CodeLookup {
    /// The lookups of catalog `C`.
    #[must_use]
    pub fn of<C: Catalog>() -> Self {
        fn text<C: Catalog>(code: &str, by_name: bool) -> Option<usize> {
            index_of(C::INFO, code, by_name)
        }
        fn int<C: Catalog>(code: i128, by_name: bool) -> Option<usize> {
            int_index_of(C::INFO, code, by_name)
        }
        CodeLookup {
            text: text::<C>,
            int: int::<C>,
        }
    }

    /// The position of the entry `code`, as text, names.
    #[inline]
    pub(crate) fn text(self, code: &str, by_name: bool) -> Option<usize> {
        (self.text)(code, by_name)
    }

    /// The position of the entry integer `code` names.
    #[inline]
    pub(crate) fn int(self, code: i128, by_name: bool) -> Option<usize> {
        (self.int)(code, by_name)
    }
}

/// The position in `catalog` of the entry a received code names: by the code's text form,
/// then, when `by_name`, by vendor name, preferring a wire entry when a name is shared with a
/// log-only one. What [`ParsedCode::identify`] decides, without a catalog type.
#[inline(always)]
fn index_of(catalog: &CatalogInfo, code: &str, by_name: bool) -> Option<usize> {
    if let Some(found) = catalog.find_code(code) {
        return Some(found);
    }
    if !by_name {
        return None;
    }
    // The first entry of that name; when it is log-only, the first wire entry after it.
    let entries = catalog.entries();
    let first = catalog.find_name(code)?;
    if !entries.get(first)?.is_log_only() {
        return Some(first);
    }
    let wire = entries
        .get(first + 1..)
        .unwrap_or_default()
        .iter()
        .position(|entry| entry.name() == Some(code) && !entry.is_log_only());
    Some(wire.map_or(first, |offset| first + 1 + offset))
}

/// [`index_of`] for a code received as an integer.
#[inline(always)]
fn int_index_of(catalog: &CatalogInfo, code: i128, by_name: bool) -> Option<usize> {
    catalog
        .find_int_code(code)
        .or_else(|| index_of(catalog, &code.to_string(), by_name))
}

/// The reading methods of a [`Dialect`](super::Dialect) whose reader gives a
/// [`BorrowedReading`] (`$read_borrowed(&Incoming) -> Result<BorrowedReading, ParseError>`):
/// `read` copies the code into the reading, `parse` and `__read_in` look it up where it lies.
/// With `without parse`, the dialect writes `parse` itself: SKMS, Huawei and SCMS build their
/// `Parsed` in one struct expression, with no `Reading` between, which made their parses
/// about 10% faster (the reading's moves from one layer to the next cost more than the rest
/// of the glue). A test holds each to `read` then `identify`.
macro_rules! read_through_borrowed {
    ($read_borrowed:ident) => {
        $crate::dialect::parse::read_through_borrowed!($read_borrowed, without parse);

        /// As `read` then `identify`, looking the code up where it lies in the body.
        fn parse<C: $crate::Catalog>(
            &self,
            response: &$crate::dialect::Incoming<'_>,
        ) -> ::core::result::Result<$crate::dialect::Parsed<C>, $crate::dialect::ParseError> {
            $read_borrowed(response).map($crate::dialect::parse::BorrowedReading::identify)
        }
    };
    // For a dialect whose `parse` builds its `Parsed` itself.
    ($read_borrowed:ident, without parse) => {
        fn read(
            &self,
            response: &$crate::dialect::Incoming<'_>,
        ) -> ::core::result::Result<$crate::dialect::Reading, $crate::dialect::ParseError> {
            $read_borrowed(response).map($crate::dialect::parse::BorrowedReading::into_reading)
        }

        /// Looks the code up where it lies in the body.
        fn __read_in(
            &self,
            response: &$crate::dialect::Incoming<'_>,
            lookup: $crate::dialect::CodeLookup,
            index: &mut ::core::option::Option<usize>,
        ) -> ::core::result::Result<$crate::dialect::Reading, $crate::dialect::ParseError> {
            $read_borrowed(response).map(|reading| reading.read_in(lookup, index))
        }
    };
}
pub(crate) use read_through_borrowed;

/// A [`Reading`] whose code is still borrowed from the response: what the built-in JSON and
/// XML parsers read first. [`Dialect::read`](super::Dialect::read) copies the code into the
/// reading; [`Dialect::parse`](super::Dialect::parse) looks it up where it lies, so a
/// known code is never copied.
pub(crate) struct BorrowedReading<'a> {
    pub(crate) code: Option<CodeRef<'a>>,
    pub(crate) reading: Reading,
}

impl BorrowedReading<'_> {
    /// The reading, its code copied in.
    pub(crate) fn into_reading(self) -> Reading {
        let mut reading = self.reading;
        reading.code = self.code.map(CodeRef::into_owned);
        reading
    }

    /// What [`into_reading`](Self::into_reading) then [`Reading::identify`] give.
    pub(crate) fn identify<C: Catalog>(self) -> Parsed<C> {
        let code = match &self.code {
            Some(code) => ParsedCode::from_code_ref(code, self.reading.code_may_be_name),
            None => ParsedCode::Unidentified,
        };
        self.reading.identified_as(code)
    }

    /// What [`Dialect::__read_in`](super::Dialect::__read_in) gives: the position of the
    /// entry the code names in `lookup`'s catalog, the code looked up where it lies; the
    /// code is copied into the reading only when the catalog does not hold it.
    pub(crate) fn read_in(self, lookup: CodeLookup, index: &mut Option<usize>) -> Reading {
        let by_name = self.reading.code_may_be_name;
        *index = match &self.code {
            Some(CodeRef::Int(value)) => lookup.int(*value, by_name),
            Some(CodeRef::Str(text)) => lookup.text(text, by_name),
            None => None,
        };
        match index {
            Some(_) => self.reading,
            None => self.into_reading(),
        }
    }
}

/// What a vendor's error response says, before it is typed against a catalog: what
/// [`Dialect::read`](super::Dialect::read) gives. [`identify`](Self::identify) turns it into
/// a [`Parsed`] of a catalog.
///
/// ```
/// use error_catalog::dialect::{Reading, WireCode};
///
/// let mut reading = Reading::new(http::StatusCode::FORBIDDEN).with_code(WireCode::Str("denied".into()));
/// reading.message = Some("Permission denied".into());
/// reading.fields.push(("resource".into(), "projects/p".into()));
/// assert_eq!(reading.field("resource"), Some("projects/p"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Reading {
    /// The code as received; `None` when the response names none (an SCMS PROD-stage bare
    /// 500, a problem document without a `code`).
    pub code: Option<WireCode>,
    /// Whether the code may also be a vendor's symbolic name (`raNoCertFileAvailable`), as
    /// SCMS allows in its header.
    pub code_may_be_name: bool,
    /// The HTTP status of the response (of the item, for an item-level error).
    pub status: StatusCode,
    /// The message as sent.
    pub message: Option<String>,
    /// The free-text detail (SKMS `detail`, Adobe `details`, `details.detail`).
    pub detail: Option<String>,
    /// Named values the response carries (the `details` object's members).
    pub fields: Vec<(String, String)>,
    /// The request id (or Adobe `trace`).
    pub request_id: Option<String>,
    /// `Retry-After` in seconds.
    pub retry_after: Option<u64>,
    /// The action the response states; `None` when it states none or one this version does
    /// not know.
    pub action: Option<Action>,
    /// The help URL the response gives.
    pub help_url: Option<String>,
}

impl Reading {
    /// A reading of a response with `status` that says nothing else yet.
    #[must_use]
    pub fn new(status: StatusCode) -> Self {
        Reading {
            code: None,
            code_may_be_name: false,
            status,
            message: None,
            detail: None,
            fields: Vec::new(),
            request_id: None,
            retry_after: None,
            action: None,
            help_url: None,
        }
    }

    /// The same reading with `code`.
    #[must_use]
    pub fn with_code(mut self, code: WireCode) -> Self {
        self.code = Some(code);
        self
    }

    /// The value of field `name`.
    #[must_use]
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, value)| value.as_str())
    }

    /// The reading in catalog `C`'s terms: the code identified among `C`'s entries (an
    /// integer by value, a string by its text, then as a vendor name when
    /// [`code_may_be_name`](Self::code_may_be_name)), and the entry's typed fields recovered
    /// from the message by matching its template and translations.
    #[must_use]
    pub fn identify<C: Catalog>(mut self) -> Parsed<C> {
        let code = match self.code.take() {
            Some(code) => ParsedCode::from_owned_wire(code, self.code_may_be_name),
            None => ParsedCode::Unidentified,
        };
        self.identified_as(code)
    }

    /// What [`Dialect::__read_in`](super::Dialect::__read_in) found, typed: entry `index`
    /// of `C` when the reader found the code there, else [`identify`](Self::identify).
    pub(crate) fn identified_at<C: Catalog>(self, index: Option<usize>) -> Parsed<C> {
        match index.and_then(C::from_index) {
            Some(found) => self.identified_as(ParsedCode::Known(found)),
            None => self.identify(),
        }
    }

    /// The rest of [`identify`](Self::identify), once the code is identified (by a parser
    /// that identified it from the response's text without copying it into the reading).
    pub(crate) fn identified_as<C: Catalog>(self, code: ParsedCode<C>) -> Parsed<C> {
        let mut fields = self.fields;
        if let Some(message) = &self.message {
            recover_fields(&code, message, &mut fields);
        }
        // One struct expression, built where the caller wants it: recovering the fields
        // into a finished `Parsed` made the compiler build it aside and copy it out.
        Parsed {
            code,
            status: self.status,
            message: self.message,
            detail: self.detail,
            fields,
            request_id: self.request_id,
            retry_after: self.retry_after,
            action: self.action,
            help_url: self.help_url,
        }
    }
}

/// What a vendor's error response says, typed against catalog `C`.
///
/// ```
/// use error_catalog::dialect::{self, Incoming, ParsedCode};
///
/// error_catalog::error_catalog! {
///     /// Errors of a Huawei-style service.
///     #[catalog(code = str, dialect = huawei)]
///     pub enum PushError {
///         /// Pushing to the load balancer failed.
///         PushFailed {
///             code: "SCM.0201",
///             status: 400,
///             message: "推送失败，ELB error message：{upstream_message}",
///             fields: { upstream_message: String },
///         },
///     }
/// }
///
/// let mut headers = http::HeaderMap::new();
/// headers.insert("x-request-id", http::HeaderValue::from_static("7c0e"));
/// let body = r#"{"error_code":"SCM.0201","error_msg":"推送失败，ELB error message：listener busy"}"#;
/// let incoming = Incoming::new(http::StatusCode::BAD_REQUEST, &headers, body.as_bytes());
/// let parsed = dialect::parse::<PushErrorCode>(&incoming)?;
/// assert_eq!(parsed.code, ParsedCode::Known(PushErrorCode::PushFailed));
/// assert_eq!(parsed.field("upstream_message"), Some("listener busy"));
/// assert_eq!(parsed.request_id.as_deref(), Some("7c0e"));
/// # Ok::<(), error_catalog::dialect::ParseError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Parsed<C> {
    /// The entry, an unknown code, or none.
    pub code: ParsedCode<C>,
    /// The HTTP status of the response (of the item, for an item-level error).
    pub status: StatusCode,
    /// The message as sent.
    pub message: Option<String>,
    /// The free-text detail (SKMS `detail`, Adobe `details`, `details.detail`).
    pub detail: Option<String>,
    /// Named values: the `details` object's members, then the entry's typed fields recovered
    /// from the message by matching its template (Huawei's upstream text after `：`).
    pub fields: Vec<(String, String)>,
    /// The request id (or Adobe `trace`).
    pub request_id: Option<String>,
    /// `Retry-After` in seconds.
    pub retry_after: Option<u64>,
    /// The action the response states (Adobe Pass, problem); `None` when it states none or
    /// one this version does not know.
    pub action: Option<Action>,
    /// The help URL the response gives.
    pub help_url: Option<String>,
}

impl<C: Catalog> Parsed<C> {
    /// The catalog entry, when the code is known.
    #[must_use]
    pub fn known(&self) -> Option<C> {
        match &self.code {
            ParsedCode::Known(code) => Some(*code),
            _ => None,
        }
    }

    /// The value of field `name`.
    #[must_use]
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, value)| value.as_str())
    }
}

/// Adds to `fields` the typed fields of `code`'s entry, when it is known, that `message`
/// carries: see [`Parsed::fields`].
#[inline]
pub(crate) fn recover_fields<C: Catalog>(
    code: &ParsedCode<C>,
    message: &str,
    fields: &mut Vec<(String, String)>,
) {
    if let ParsedCode::Known(known) = code {
        let entry = known.entry();
        if !entry.fields().is_empty() {
            recover_entry_fields(entry, message, fields);
        }
    }
}

/// The typed fields `message` carries, for a parser that read no other fields: see
/// [`Parsed::fields`].
#[inline]
pub(crate) fn recovered_fields<C: Catalog>(
    code: &ParsedCode<C>,
    message: &str,
) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    recover_fields(code, message, &mut fields);
    fields
}

/// Adds to `fields` the typed fields of `entry` that `message` carries, by matching the
/// message against the entry's template and its translations; fields already present are
/// kept. Out of line: most entries have no fields, and the caller's check is all they cost.
#[inline(never)]
fn recover_entry_fields(entry: &Entry, message: &str, fields: &mut Vec<(String, String)>) {
    let has =
        |fields: &[(String, String)], name: &str| fields.iter().any(|(field, _)| field == name);
    // Nothing to add when every field came already (from `details`).
    if entry.fields().iter().all(|name| has(fields, name)) {
        return;
    }
    let templates = core::iter::once(entry.message_template())
        .chain(entry.translations().iter().map(|(_, text)| *text));
    for template in templates {
        if let Some(values) = match_template(template, message) {
            for (name, value) in values {
                if !has(fields, name) {
                    fields.push((name.to_owned(), value.into_owned()));
                }
            }
            return;
        }
    }
}

/// One piece of a message template.
enum Piece<'t> {
    Text(Cow<'t, str>),
    Field(&'t str),
}

/// Splits a template into text and placeholders; `None` for a malformed one.
fn pieces(template: &str) -> Option<Vec<Piece<'_>>> {
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut rest = template;
    while let Some(at) = rest.find(['{', '}']) {
        text.push_str(&rest[..at]);
        let tail = &rest[at..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            text.push_str(&tail[..1]);
            rest = &tail[2..];
        } else if tail.starts_with('{') {
            let close = tail.find('}')?;
            if !text.is_empty() {
                pieces.push(Piece::Text(Cow::Owned(core::mem::take(&mut text))));
            }
            pieces.push(Piece::Field(&tail[1..close]));
            rest = &tail[close + 1..];
        } else {
            return None;
        }
    }
    text.push_str(rest);
    if !text.is_empty() {
        pieces.push(Piece::Text(Cow::Owned(text)));
    }
    Some(pieces)
}

/// The field values that make `message` an instance of `template`; `None` when it is not one
/// (or when two placeholders touch, which no text can split).
fn match_template<'t, 'm>(
    template: &'t str,
    message: &'m str,
) -> Option<Vec<(&'t str, Cow<'m, str>)>> {
    let pieces = pieces(template)?;
    let mut values = Vec::new();
    let mut rest = message;
    let mut i = 0;
    while i < pieces.len() {
        match &pieces[i] {
            Piece::Text(text) => rest = rest.strip_prefix(text.as_ref())?,
            Piece::Field(name) => match pieces.get(i + 1) {
                None => {
                    values.push((*name, Cow::Borrowed(rest)));
                    rest = "";
                }
                Some(Piece::Field(_)) => return None,
                Some(Piece::Text(text)) => {
                    let at = if i + 2 == pieces.len() {
                        // The last text must end the message.
                        if !rest.ends_with(text.as_ref()) {
                            return None;
                        }
                        rest.len() - text.len()
                    } else {
                        rest.find(text.as_ref())?
                    };
                    values.push((*name, Cow::Borrowed(&rest[..at])));
                    rest = &rest[at..];
                }
            },
        }
        i += 1;
    }
    rest.is_empty().then_some(values)
}

/// How a JSON body is wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum JsonProblem {
    /// It is not JSON.
    Syntax,
    /// It ends in the middle of a value.
    Truncated,
    /// It is JSON, but not of the dialect's shape: a member is missing or of the wrong type,
    /// a number is out of range, or it nests too deep.
    Shape,
}

/// Why a response could not be parsed. Parsers never panic: every bad input ends here.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseError {
    /// The body is larger than the limit ([`Incoming::with_limit`]).
    TooLarge {
        /// The dialect parsing.
        dialect: &'static str,
        /// The body's size in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// The body is empty (or only whitespace) where the dialect needs one.
    EmptyBody {
        /// The dialect parsing.
        dialect: &'static str,
    },
    /// The body is not UTF-8.
    NotUtf8 {
        /// The dialect parsing.
        dialect: &'static str,
        /// The length of the valid prefix: the first bad byte's offset.
        valid_up_to: usize,
    },
    /// The JSON body is malformed, truncated or not of the dialect's shape.
    Json {
        /// The dialect parsing.
        dialect: &'static str,
        /// What kind of problem.
        problem: JsonProblem,
        /// The 1-based line of the problem.
        line: usize,
        /// The 1-based column of the problem.
        column: usize,
        /// `serde_json`'s description of the problem.
        message: String,
    },
    /// The XML body is malformed.
    Xml {
        /// The dialect parsing.
        dialect: &'static str,
        /// The byte offset of the problem.
        position: u64,
        /// What is wrong.
        message: String,
    },
    /// A member the dialect requires is missing.
    Missing {
        /// The dialect parsing.
        dialect: &'static str,
        /// The member (`error`, `code`...).
        member: &'static str,
    },
    /// A member has a value the dialect does not allow.
    Invalid {
        /// The dialect parsing.
        dialect: &'static str,
        /// The member.
        member: &'static str,
        /// What is wrong with it.
        reason: String,
    },
    /// A header the dialect reads is not valid text.
    Header {
        /// The dialect parsing.
        dialect: &'static str,
        /// The header's name.
        name: String,
        /// What is wrong with it.
        reason: &'static str,
    },
}

impl ParseError {
    /// The name of the dialect whose parser failed ([`Dialect::NAME`](super::Dialect::NAME)).
    #[must_use]
    pub fn dialect(&self) -> &'static str {
        match self {
            ParseError::TooLarge { dialect, .. }
            | ParseError::EmptyBody { dialect }
            | ParseError::NotUtf8 { dialect, .. }
            | ParseError::Json { dialect, .. }
            | ParseError::Xml { dialect, .. }
            | ParseError::Missing { dialect, .. }
            | ParseError::Invalid { dialect, .. }
            | ParseError::Header { dialect, .. } => dialect,
        }
    }

    /// The error for `serde_json`'s `error` reading a body of dialect `dialect`.
    #[must_use]
    pub fn json(dialect: &'static str, error: &serde_json::Error) -> Self {
        let problem = match error.classify() {
            serde_json::error::Category::Eof => JsonProblem::Truncated,
            serde_json::error::Category::Syntax | serde_json::error::Category::Io => {
                JsonProblem::Syntax
            }
            serde_json::error::Category::Data => JsonProblem::Shape,
        };
        let mut message = error.to_string();
        // serde_json appends " at line L column C"; the position has its own fields.
        if let Some(at) = message.rfind(" at line ") {
            message.truncate(at);
        }
        ParseError::Json {
            dialect,
            problem,
            line: error.line(),
            column: error.column(),
            message,
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::TooLarge {
                dialect,
                size,
                limit,
            } => write!(
                f,
                "{dialect} error body is {size} bytes, over the {limit}-byte limit"
            ),
            ParseError::EmptyBody { dialect } => {
                write!(f, "{dialect} error response has an empty body")
            }
            ParseError::NotUtf8 {
                dialect,
                valid_up_to,
            } => write!(
                f,
                "{dialect} error body is not UTF-8: invalid byte at offset {valid_up_to}"
            ),
            ParseError::Json {
                dialect,
                problem,
                line,
                column,
                message,
            } => {
                let what = match problem {
                    JsonProblem::Syntax => "is not valid JSON",
                    JsonProblem::Truncated => "is truncated JSON",
                    JsonProblem::Shape => "does not have the dialect's shape",
                };
                write!(
                    f,
                    "{dialect} error body {what} at line {line}, column {column}: {message}"
                )
            }
            ParseError::Xml {
                dialect,
                position,
                message,
            } => write!(
                f,
                "{dialect} error body is not valid XML at byte {position}: {message}"
            ),
            ParseError::Missing { dialect, member } => {
                write!(f, "{dialect} error body has no `{member}` member")
            }
            ParseError::Invalid {
                dialect,
                member,
                reason,
            } => write!(f, "{dialect} error body's `{member}` is invalid: {reason}"),
            ParseError::Header {
                dialect,
                name,
                reason,
            } => write!(f, "{dialect} error header `{name}` is invalid: {reason}"),
        }
    }
}

impl std::error::Error for ParseError {}

#[cfg(test)]
mod tests {
    use http::header::{CONTENT_TYPE, RETRY_AFTER};
    use http::{HeaderMap, HeaderName, HeaderValue, StatusCode};

    use super::{Incoming, ParseError, match_template, request_id_text, trim_ows};

    #[test]
    fn header_lookup_gives_what_the_map_gives() {
        let names = [
            HeaderName::from_static("x-request-id"),
            HeaderName::from_static("x-request"),
            HeaderName::from_static("x-request-idx"),
            CONTENT_TYPE,
            RETRY_AFTER,
        ];
        // Maps from empty to past the scan's size, with repeated names and values.
        let mut headers = HeaderMap::new();
        for round in 0..12 {
            for name in &names {
                let incoming = Incoming::new(StatusCode::OK, &headers, b"");
                assert_eq!(
                    incoming.header_value(name),
                    headers.get(name),
                    "{name} in {headers:?}"
                );
            }
            let name = &names[round % names.len()];
            let value = HeaderValue::from_str(&format!("v{round}"))
                .unwrap_or(HeaderValue::from_static("v"));
            if round % 3 == 0 {
                headers.insert(name.clone(), value);
            } else {
                headers.append(name.clone(), value);
            }
            headers.append(
                HeaderName::from_static("x-filler"),
                HeaderValue::from_static("f"),
            );
        }
        assert!(headers.len() > 8);
    }

    #[test]
    fn request_ids_are_trimmed_and_decoded_leniently() {
        let id = |bytes: &[u8]| {
            request_id_text(
                &HeaderValue::from_bytes(bytes).unwrap_or(HeaderValue::from_static("bad")),
            )
        };
        assert_eq!(id(b"req_abc").as_deref(), Some("req_abc"));
        assert_eq!(id(b" \treq abc\t ").as_deref(), Some("req abc"));
        assert_eq!(id(b"r\xc3\xa9q").as_deref(), Some("réq"));
        assert_eq!(id(b"r\xffq").as_deref(), Some("r\u{fffd}q"));
        assert_eq!(id(b" \t "), None);
        assert_eq!(id(b""), None);
    }

    #[test]
    fn only_spaces_and_tabs_are_trimmed() {
        assert_eq!(trim_ows(" \t a b \t "), "a b");
        assert_eq!(trim_ows("\u{a0}a\u{a0}"), "\u{a0}a\u{a0}");
        assert_eq!(trim_ows("\ra\n"), "\ra\n");
        assert_eq!(trim_ows(" é "), "é");
        assert_eq!(trim_ows(" \t "), "");
        assert_eq!(trim_ows(""), "");
    }

    #[test]
    fn blank_bodies_are_empty() {
        let headers = HeaderMap::new();
        let text =
            |body: &'static str| Incoming::new(StatusCode::OK, &headers, body.as_bytes()).text("t");
        for blank in ["", " ", "\r\n\t", "\u{3000}", " \u{a0}\u{2028} "] {
            assert_eq!(
                text(blank),
                Err(ParseError::EmptyBody { dialect: "t" }),
                "{blank:?}"
            );
        }
        for body in ["{}", " {}", "\u{3000}x", "x"] {
            assert_eq!(text(body), Ok(body), "{body:?}");
        }
    }

    fn fields(template: &str, message: &str) -> Option<Vec<(String, String)>> {
        match_template(template, message).map(|values| {
            values
                .into_iter()
                .map(|(name, value)| (name.to_owned(), value.into_owned()))
                .collect()
        })
    }

    fn pair(name: &str, value: &str) -> (String, String) {
        (name.to_owned(), value.to_owned())
    }

    #[test]
    fn recovers_fields_from_messages() {
        assert_eq!(
            fields(
                "推送失败，ELB error message：{m}",
                "推送失败，ELB error message：busy：x"
            ),
            Some(vec![pair("m", "busy：x")])
        );
        assert_eq!(
            fields("Secret '{path}' not found", "Secret 'a'b' not found"),
            Some(vec![pair("path", "a'b")])
        );
        assert_eq!(
            fields("{a} and {b}!", "x and y and z!"),
            Some(vec![pair("a", "x"), pair("b", "y and z")])
        );
        assert_eq!(
            fields("{{literal}} {a}", "{literal} v"),
            Some(vec![pair("a", "v")])
        );
        assert_eq!(fields("Secret '{path}' not found", "Other"), None);
        assert_eq!(fields("{a}{b}", "xy"), None);
        assert_eq!(fields("x '{a}' y", "x 'é"), None);
        assert_eq!(fields("unclosed {a", "unclosed {a"), None);
    }
}
