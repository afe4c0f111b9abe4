//! RFC 9457 problem details, `application/problem+json`: the dialect any catalog can use.
//!
//! | member | value |
//! | --- | --- |
//! | `type` | the entry's help URL (per entry, stable), else `about:blank` |
//! | `title` | with `type` the help URL: the message when it is static, else the entry's description or the status phrase (the same for every occurrence); the status phrase with `about:blank`, as the RFC asks |
//! | `status` | the entry's status |
//! | `detail` | this occurrence's message |
//! | `instance` | the context's [`instance`](super::Context::with_instance), when given, percent-encoded into a URI reference |
//! | `code` | extension: the code, in the catalog's type |
//! | `request_id` | extension: the context's request id, when given |
//! | `action` | extension: the entry's action |
//! | `details` | extension: the entry's typed fields and the exposed context details, as Scai vault's `details` |
//!
//! A parser follows the RFC: members of the wrong type count as absent, unknown members are
//! ignored, and a document with no `code` is [`ParsedCode::Unidentified`](super::ParsedCode::Unidentified).

use std::borrow::Cow;

use http::StatusCode;
use serde::{Deserialize, Serialize};

use crate::{Catalog, Entry, WireError};

use super::json::{self, Details, WireCode};
use super::{
    Context, Dialect, Head, HeaderText, Incoming, ParseError, Parsed, Prepared, Reading, Reply,
    X_REQUEST_ID,
};

/// `application/problem+json`.
const PROBLEM_JSON: &str = "application/problem+json";

/// The `type` of a problem with no further semantics than its status.
const ABOUT_BLANK: &str = "about:blank";

/// The RFC 9457 dialect.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Problem;

/// A problem details document. Every member is optional; deserializing ignores a member of
/// the wrong type, as RFC 9457 requires of consumers.
///
/// ```
/// use error_catalog::dialect::problem::ProblemDetails;
///
/// let problem: ProblemDetails = serde_json::from_str(
///     r#"{"type": "about:blank", "title": "Not Found", "status": "404", "code": 7}"#,
/// )?;
/// assert_eq!(problem.status, None, "a string status is ignored");
/// assert_eq!(problem.title.as_deref(), Some("Not Found"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct ProblemDetails {
    /// A URI reference identifying the problem type.
    #[serde(
        rename = "type",
        default,
        deserialize_with = "json::lenient",
        skip_serializing_if = "Option::is_none"
    )]
    pub type_uri: Option<String>,
    /// A short summary of the problem type.
    #[serde(
        default,
        deserialize_with = "json::lenient",
        skip_serializing_if = "Option::is_none"
    )]
    pub title: Option<String>,
    /// The HTTP status.
    #[serde(
        default,
        deserialize_with = "json::lenient",
        skip_serializing_if = "Option::is_none"
    )]
    pub status: Option<u16>,
    /// An explanation of this occurrence.
    #[serde(
        default,
        deserialize_with = "json::lenient",
        skip_serializing_if = "Option::is_none"
    )]
    pub detail: Option<String>,
    /// A URI reference identifying this occurrence.
    #[serde(
        default,
        deserialize_with = "json::lenient",
        skip_serializing_if = "Option::is_none"
    )]
    pub instance: Option<String>,
    /// Extension: the catalog code.
    #[serde(
        default,
        deserialize_with = "json::lenient",
        skip_serializing_if = "Option::is_none"
    )]
    pub code: Option<WireCode>,
    /// Extension: the request id.
    #[serde(
        default,
        deserialize_with = "json::lenient",
        skip_serializing_if = "Option::is_none"
    )]
    pub request_id: Option<String>,
    /// Extension: the recommended action.
    #[serde(
        default,
        deserialize_with = "json::lenient",
        skip_serializing_if = "Option::is_none"
    )]
    pub action: Option<String>,
    /// Extension: named details (typed fields and exposed context details).
    #[serde(
        default,
        deserialize_with = "json::lenient",
        skip_serializing_if = "Option::is_none"
    )]
    pub details: Option<Details>,
}

impl ProblemDetails {
    /// The document the dialect renders for `error` (the serde path; [`Problem`] writes the
    /// same bytes faster).
    #[must_use]
    pub fn new<E: WireError + ?Sized>(error: &E, cx: &Context<'_>) -> Self {
        let prepared = Prepared::new(error, cx);
        let entry = error.entry();
        let (type_uri, title) = type_and_title(entry, prepared.status());
        ProblemDetails {
            type_uri: Some(type_uri.to_owned()),
            title: Some(title.into_owned()),
            status: Some(prepared.status().as_u16()),
            detail: Some(crate::language::message_for(error, cx).into_owned()),
            instance: cx
                .instance()
                .map(|instance| uri_reference(instance).into_owned()),
            code: Some(WireCode::native(json::code_of(error))),
            request_id: prepared.request_id().map(HeaderText::into_owned),
            action: Some(entry.action().as_str().to_owned()),
            details: json::details_of(error, &prepared),
        }
    }

    /// What the document says, for a response of `status`.
    #[must_use]
    pub fn to_reading(&self, status: StatusCode) -> Reading {
        let mut reading = Reading::new(status);
        reading.code.clone_from(&self.code);
        let typed = self
            .type_uri
            .as_deref()
            .is_some_and(|uri| uri != ABOUT_BLANK);
        reading.message = self
            .detail
            .clone()
            .or_else(|| self.title.clone().filter(|_| typed));
        if let Some(details) = &self.details {
            details.read_into(&mut reading);
        }
        reading.request_id.clone_from(&self.request_id);
        reading.action = self.action.as_deref().and_then(|text| text.parse().ok());
        reading.help_url = self.type_uri.clone().filter(|_| typed);
        reading
    }

    /// What the document says, in catalog `C`'s terms, for a response of `status`.
    #[must_use]
    pub fn to_parsed<C: Catalog>(&self, status: StatusCode) -> Parsed<C> {
        self.to_reading(status).identify()
    }
}

/// `type` and `title`: the help URL and the message template, or `about:blank` and the
/// status phrase.
fn type_and_title(entry: &'static Entry, status: StatusCode) -> (&'static str, Cow<'static, str>) {
    match (entry.help_url(), status.canonical_reason()) {
        (None, Some(reason)) => (ABOUT_BLANK, Cow::Borrowed(reason)),
        (url, _) => (url.unwrap_or(ABOUT_BLANK), template_title(entry)),
    }
}

/// A title that is the same for every occurrence (RFC 9457 §3.1.3): a static message as it
/// is; for a templated one (whose text changes with its fields) the entry's description, else
/// the status phrase, never the raw template with its `{placeholders}`.
fn template_title(entry: &'static Entry) -> Cow<'static, str> {
    if entry.is_message_static() {
        return Cow::Borrowed(entry.message_template());
    }
    let status = entry
        .status()
        .and_then(|status| status.canonical_reason())
        .unwrap_or("Error");
    Cow::Borrowed(entry.description().unwrap_or(status))
}

/// `text` as a URI reference (RFC 3986 §4.1): every byte outside the characters a URI
/// reference may hold (a space, a control character, non-ASCII, `"`, `<`, `\`...) and every
/// `%` not starting a `%XX` escape is percent-encoded, so a caller-supplied `instance` is
/// never sent raw. Borrows when `text` is one already.
pub fn uri_reference(text: &str) -> Cow<'_, str> {
    fn allowed(byte: u8) -> bool {
        byte.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=".contains(&byte)
    }
    let bytes = text.as_bytes();
    let escape_at = |i: usize| -> bool {
        let byte = bytes[i];
        if byte == b'%' {
            !(bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
        } else {
            !allowed(byte)
        }
    };
    if !(0..bytes.len()).any(escape_at) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &byte) in bytes.iter().enumerate() {
        if escape_at(i) {
            // Writing to a `String` cannot fail.
            let _ = core::fmt::Write::write_fmt(&mut out, format_args!("%{byte:02X}"));
        } else {
            out.push(char::from(byte));
        }
    }
    Cow::Owned(out)
}

impl Dialect for Problem {
    const NAME: &'static str = "problem";
    const MEDIA_TYPES: &'static [&'static str] = &[PROBLEM_JSON];
    const DEFAULT: Self = Problem;

    #[inline]
    fn render_into<'a, E>(&self, error: &E, cx: &Context<'a>, body: &mut Vec<u8>) -> Reply<Head<'a>>
    where
        E: WireError + ?Sized,
    {
        let prepared = Prepared::new(error, cx);
        let request_id = prepared.request_id();
        let entry = error.entry();
        let (type_uri, title) = type_and_title(entry, prepared.status());
        body.extend_from_slice(b"{\"type\":");
        if type_uri == ABOUT_BLANK {
            json::write_str(body, type_uri);
        } else {
            json::write_help_url(body, None, entry);
        }
        body.extend_from_slice(b",\"title\":");
        if type_uri != ABOUT_BLANK && entry.is_message_static() {
            // The static message, pre-escaped at compile time.
            body.push(b'"');
            body.extend_from_slice(entry.message_template_json().as_bytes());
            body.push(b'"');
        } else {
            json::write_str(body, &title);
        }
        body.extend_from_slice(b",\"status\":");
        body.extend_from_slice(prepared.status().as_str().as_bytes());
        body.extend_from_slice(b",\"detail\":");
        json::write_message_for(body, error, cx);
        if let Some(instance) = cx.instance() {
            body.extend_from_slice(b",\"instance\":");
            json::write_str(body, &uri_reference(instance));
        }
        body.extend_from_slice(b",\"code\":");
        json::write_code(body, error.entry(), false);
        if let Some(id) = &request_id {
            body.extend_from_slice(b",\"request_id\":");
            json::write_str(body, id);
        }
        body.extend_from_slice(b",\"action\":\"");
        body.extend_from_slice(entry.action().as_str().as_bytes());
        body.push(b'"');
        json::write_details_member(body, error, &prepared);
        body.push(b'}');

        let retry_after = cx
            .retry_after()
            .filter(|_| super::wants_retry_after(prepared.status(), entry.action()));
        Reply::Respond(Head::built(
            prepared.status(),
            PROBLEM_JSON,
            super::content_language(error, cx),
            None,
            retry_after,
        ))
    }

    fn read(&self, response: &Incoming<'_>) -> Result<Reading, ParseError> {
        let problem: ProblemDetails = response.json(Self::NAME)?;
        let mut reading = problem.to_reading(response.status());
        if reading.request_id.is_none() {
            reading.request_id = response.request_id(X_REQUEST_ID);
        }
        reading.retry_after = response.retry_after();
        Ok(reading)
    }
}

#[cfg(test)]
mod tests {
    use super::uri_reference;

    #[test]
    fn instances_become_uri_references() {
        assert_eq!(
            uri_reference("/vault/secrets/prod%2Fdb?x=1#a"),
            "/vault/secrets/prod%2Fdb?x=1#a"
        );
        assert_eq!(uri_reference("/a b"), "/a%20b");
        assert_eq!(uri_reference("/a\r\nb"), "/a%0D%0Ab");
        assert_eq!(uri_reference("/é"), "/%C3%A9");
        assert_eq!(uri_reference("/100%"), "/100%25");
        assert_eq!(uri_reference("/%zz\"<>"), "/%25zz%22%3C%3E");
    }
}
