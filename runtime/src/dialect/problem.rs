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
use http::header::RETRY_AFTER;
use serde::{Deserialize, Serialize};

use crate::{Catalog, Entry, WireError};

use super::json::{self, CodeRef, Details, WireCode};
use super::parse::{BorrowedReading, request_id_text, retry_after_seconds};
use super::pieces::{Piece, checked_member, member, member_key, write_pieces};
use super::{
    Context, Dialect, Head, HeaderText, Incoming, ParseError, Parsed, Prepared, Reading, Reply,
    X_REQUEST_ID_NAME,
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
        let title = match Title::of(entry, prepared.status()) {
            Title::Phrase(phrase) => Cow::Borrowed(phrase),
            Title::OfEntry => template_title(entry),
        };
        ProblemDetails {
            type_uri: Some(entry.help_url().unwrap_or(ABOUT_BLANK).to_owned()),
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

/// The `title` of a problem whose `type` is the entry's help URL, else `about:blank`.
enum Title {
    /// No help URL: the status phrase, as RFC 9457 §4.2.1 asks with `about:blank`.
    Phrase(&'static str),
    /// The entry's own title ([`template_title`]), with its help URL as `type` (or with
    /// `about:blank` for a status without a phrase).
    OfEntry,
}

impl Title {
    fn of(entry: &'static Entry, status: StatusCode) -> Self {
        match (entry.help_url(), status.canonical_reason()) {
            (None, Some(phrase)) => Title::Phrase(phrase),
            _ => Title::OfEntry,
        }
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

/// The body types the parser reads into: the public ones' members, defaults and names (so
/// serde's messages name the same types), borrowing strings from the body.
mod borrowed {
    use super::*;

    /// [`super::ProblemDetails`], for [`Problem::read`]: every member lenient (a value of the
    /// wrong type counts as absent).
    #[derive(Deserialize)]
    #[cfg_attr(test, derive(Debug, PartialEq))]
    pub(super) struct ProblemDetails<'a> {
        #[serde(rename = "type", default, borrow)]
        pub(super) type_uri: Loose<'a>,
        #[serde(default, borrow)]
        pub(super) title: Loose<'a>,
        /// Read (and skipped) as `ProblemDetails` reads it; a reading keeps the response's.
        #[serde(default, borrow, rename = "status")]
        pub(super) _status: Loose<'a>,
        #[serde(default, borrow)]
        pub(super) detail: Loose<'a>,
        #[serde(default, borrow, rename = "instance")]
        pub(super) _instance: Loose<'a>,
        #[serde(default, borrow)]
        pub(super) code: Loose<'a>,
        #[serde(default, borrow)]
        pub(super) request_id: Loose<'a>,
        #[serde(default, borrow)]
        pub(super) action: Loose<'a>,
        #[serde(default, deserialize_with = "json::lenient")]
        pub(super) details: Option<Details>,
    }
}

impl<'a> borrowed::ProblemDetails<'a> {
    /// As [`ProblemDetails::to_reading`].
    fn into_reading(self, status: StatusCode) -> BorrowedReading<'a> {
        let mut reading = Reading::new(status);
        let code = self.code.into_code();
        let type_uri = self.type_uri.into_text();
        let typed = type_uri.as_deref().is_some_and(|uri| uri != ABOUT_BLANK);
        reading.message = self
            .detail
            .into_text()
            .or_else(|| self.title.into_text().filter(|_| typed))
            .map(Cow::into_owned);
        if let Some(details) = &self.details {
            details.read_into(&mut reading);
        }
        reading.request_id = self.request_id.into_text().map(Cow::into_owned);
        reading.action = self.action.into_text().and_then(|text| text.parse().ok());
        reading.help_url = type_uri.filter(|_| typed).map(Cow::into_owned);
        BorrowedReading { code, reading }
    }
}

/// A problem member read leniently, as `json::lenient` reads it: a string or an integer is
/// kept, any other value (or `null`) is consumed and counts as absent.
#[derive(Default)]
#[cfg_attr(test, derive(Debug, PartialEq))]
enum Loose<'a> {
    Str(Cow<'a, str>),
    Unsigned(u64),
    Signed(i64),
    #[default]
    Other,
}

impl<'a> Loose<'a> {
    fn into_text(self) -> Option<Cow<'a, str>> {
        match self {
            Loose::Str(text) => Some(text),
            _ => None,
        }
    }

    /// As `WireCode` reads a `serde_json::Value`, still borrowed.
    fn into_code(self) -> Option<CodeRef<'a>> {
        match self {
            Loose::Str(text) => Some(CodeRef::Str(text)),
            Loose::Unsigned(value) => Some(CodeRef::Int(value.into())),
            Loose::Signed(value) => Some(CodeRef::Int(value.into())),
            Loose::Other => None,
        }
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Loose<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::{self, MapAccess, SeqAccess, Visitor};

        struct LooseVisitor;

        impl<'de> Visitor<'de> for LooseVisitor {
            type Value = Loose<'de>;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("any valid JSON value")
            }

            fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<Self::Value, E> {
                Ok(Loose::Str(Cow::Borrowed(value)))
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
                Ok(Loose::Str(Cow::Owned(value.to_owned())))
            }

            fn visit_string<E: de::Error>(self, value: String) -> Result<Self::Value, E> {
                Ok(Loose::Str(Cow::Owned(value)))
            }

            fn visit_u64<E: de::Error>(self, value: u64) -> Result<Self::Value, E> {
                Ok(Loose::Unsigned(value))
            }

            fn visit_i64<E: de::Error>(self, value: i64) -> Result<Self::Value, E> {
                Ok(Loose::Signed(value))
            }

            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
                Ok(Loose::Other)
            }

            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
                Ok(Loose::Other)
            }

            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(Loose::Other)
            }

            fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(Loose::Other)
            }

            // Nested values are read as `serde_json::Value` reads them (each through
            // `deserialize_any`, so under the same nesting limit), and dropped.
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                while seq.next_element::<Loose<'de>>()?.is_some() {}
                Ok(Loose::Other)
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                while map.next_entry::<Loose<'de>, Loose<'de>>()?.is_some() {}
                Ok(Loose::Other)
            }
        }

        deserializer.deserialize_any(LooseVisitor)
    }
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
        let request_id = prepared.request_id_for_body();
        let entry = error.entry();
        let help_url = entry.help_url().is_some();
        let template;
        let title = match Title::of(entry, prepared.status()) {
            // A status phrase needs no escaping (a test checks every one).
            Title::Phrase(phrase) => Piece::Raw(phrase.as_bytes()),
            // The static message, pre-escaped at compile time.
            Title::OfEntry if entry.is_message_static() => {
                Piece::Raw(entry.message_template_json().as_bytes())
            }
            Title::OfEntry => {
                template = template_title(entry);
                Piece::Text(&template)
            }
        };
        let message = json::MessageFor::new(error, cx);
        let instance = cx.instance().map(uri_reference);
        let details = json::DetailsMember::new(error, &prepared);
        write_pieces(
            body,
            [
                Piece::Raw(if help_url {
                    b"{\"type\":"
                } else {
                    b"{\"type\":\"about:blank\",\"title\":\""
                }),
                if help_url {
                    json::help_url_piece(None, entry)
                } else {
                    Piece::Absent
                },
                member_key(b",\"title\":\"", help_url),
                title,
                Piece::Raw(b"\",\"status\":"),
                Piece::Raw(prepared.status().as_str().as_bytes()),
                Piece::Raw(b",\"detail\":\""),
                message.piece(),
                Piece::Raw(b"\""),
                member(b",\"instance\":\"", instance.as_deref()),
                Piece::Raw(b",\"code\":"),
                json::code_piece(entry),
                checked_member(b",\"request_id\":\"", request_id),
                Piece::Raw(b",\"action\":\""),
                Piece::Raw(entry.action().as_str().as_bytes()),
                Piece::Raw(b"\""),
                details.piece(),
                Piece::Raw(b"}"),
            ],
        );

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

    super::parse::read_through_borrowed!(read_borrowed);
}

/// The response's reading, its code still in the body.
fn read_borrowed<'a>(response: &Incoming<'a>) -> Result<BorrowedReading<'a>, ParseError> {
    let problem: borrowed::ProblemDetails<'a> = response.json_borrowed(Problem::NAME)?;
    let mut borrowed = problem.into_reading(response.status());
    let reading = &mut borrowed.reading;
    let [request_id, retry_after] = response.header_values([&X_REQUEST_ID_NAME, &RETRY_AFTER]);
    // The body's, else the header's.
    if reading.request_id.is_none() {
        reading.request_id = request_id.and_then(request_id_text);
    }
    reading.retry_after = retry_after.and_then(retry_after_seconds);
    Ok(borrowed)
}

#[cfg(test)]
mod tests {
    /// The JSON reader reads problem bodies as `serde_json` does.
    #[test]
    fn json_reader_reads_bodies_as_serde_json() {
        crate::dialect::json_read::tests::check_bodies(
            &[
                r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"Key not found","instance":"/keys/k1","code":40013,"request_id":"r1","action":"none","details":{"key":"k1","n":2}}"#,
                r#"{"type":"https://errors.example.com/limit","title":["x"],"status":"429","code":"LIMIT","action":"retry-after","details":[1,2]}"#,
                r#"{"type":null,"title":true,"status":null,"detail":null,"code":-3,"request_id":false,"action":null,"details":null,"extra":{"a":[1,{"b":null}]}}"#,
                r#"{"detail":"d","details":"not an object","instance":7}"#,
            ],
            |text: &str| {
                crate::dialect::json_read::tests::agrees::<super::borrowed::ProblemDetails<'_>>(
                    text,
                )
            },
        );
    }

    use super::uri_reference;

    /// The render path copies status phrases into a JSON string as they are.
    #[test]
    fn status_phrases_need_no_json_escaping() {
        for code in 100..=999 {
            let phrase = http::StatusCode::from_u16(code)
                .ok()
                .and_then(|status| status.canonical_reason());
            if let Some(phrase) = phrase {
                let mut escaped = Vec::new();
                crate::dialect::json::write_escaped(&mut escaped, phrase);
                assert_eq!(escaped, phrase.as_bytes(), "{code} {phrase}");
            }
        }
    }

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
