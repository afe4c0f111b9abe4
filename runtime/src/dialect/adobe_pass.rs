//! Adobe Pass Authentication: the `error` object `{"status", "code", "message", "details",
//! "helpUrl", "trace", "action"}` in the body's `"error"` member, as JSON or as XML under
//! `<error>`, chosen from the request's `Accept` ([`Context::with_accept`]); the request id in
//! `Adobe-Request-Id` and in `trace`; `Retry-After` for an entry whose action is `retry-after`.
//!
//! APIs that handle several items put an error object inside each failed item: embed
//! [`AdobePassErrorObject`] in the item type.
//!
//! ```
//! use error_catalog::dialect::adobe_pass::AdobePassErrorObject;
//! use error_catalog::dialect::{Context, ParsedCode};
//! use serde::{Deserialize, Serialize};
//!
//! error_catalog::error_catalog! {
//!     /// Adobe Pass errors.
//!     #[catalog(code = str, dialect = adobe_pass)]
//!     pub enum PassError {
//!         /// The partner service could not be reached.
//!         NetworkConnectionFailure {
//!             code: "network_connection_failure",
//!             status: 403,
//!             message: "Unable to contact your TV provider services",
//!             action: retry,
//!         },
//!     }
//! }
//!
//! #[derive(Serialize, Deserialize)]
//! struct Resource {
//!     id: String,
//!     authorized: bool,
//!     #[serde(default, skip_serializing_if = "Option::is_none")]
//!     error: Option<AdobePassErrorObject>,
//! }
//!
//! let cx = Context::new().with_request_id("8bcb17f9-b172-47d2-86d9-3eb146eba85e");
//! let failed = Resource {
//!     id: "TestStream2".into(),
//!     authorized: false,
//!     error: Some(AdobePassErrorObject::new(&PassError::NetworkConnectionFailure, &cx)),
//! };
//! let json = serde_json::to_string(&failed)?;
//! assert_eq!(
//!     json,
//!     r#"{"id":"TestStream2","authorized":false,"error":{"status":403,"code":"network_connection_failure","message":"Unable to contact your TV provider services","trace":"8bcb17f9-b172-47d2-86d9-3eb146eba85e","action":"retry"}}"#
//! );
//!
//! let back: Resource = serde_json::from_str(&json)?;
//! let parsed = back.error.expect("the item failed").to_parsed::<PassErrorCode>();
//! assert_eq!(parsed.code, ParsedCode::Known(PassErrorCode::NetworkConnectionFailure));
//! # Ok::<(), serde_json::Error>(())
//! ```

use std::borrow::Cow;

use http::StatusCode;
use http::header::{CONTENT_TYPE, RETRY_AFTER};
use serde::{Deserialize, Serialize};

use crate::{Action, Catalog, Code, WireError};

use super::json::{self, CodeRef, Text, WireCode};
use super::parse::{BorrowedReading, request_id_text, retry_after_seconds};
use super::pieces::{Piece, checked_member, member, member_key, write_pieces};
use super::xml;
use super::{
    Context, Dialect, Head, HeaderText, Incoming, JSON, ParseError, Parsed, Prepared, Reading,
    Reply,
};

/// `Adobe-Request-Id`.
pub const ADOBE_REQUEST_ID: &str = "adobe-request-id";

/// [`ADOBE_REQUEST_ID`] as a header name.
const ADOBE_REQUEST_ID_NAME: http::HeaderName = http::HeaderName::from_static(ADOBE_REQUEST_ID);

/// `application/xml`.
const XML: &str = "application/xml";

/// Which representation the Adobe Pass dialect renders.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Media {
    /// JSON or XML, as the context's `Accept` prefers; JSON when it has none or ties
    /// (the default).
    #[default]
    Negotiate,
    /// Always JSON.
    Json,
    /// Always XML.
    Xml,
}

/// The Adobe Pass dialect.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct AdobePass {
    media: Media,
}

impl AdobePass {
    /// The dialect rendering `media`.
    #[must_use]
    pub const fn new(media: Media) -> Self {
        AdobePass { media }
    }

    /// Which representation it renders.
    #[must_use]
    pub const fn media(&self) -> Media {
        self.media
    }

    /// Whether an error rendered for `cx` is XML.
    fn xml_for(&self, cx: &Context<'_>) -> bool {
        match self.media {
            Media::Json => false,
            Media::Xml => true,
            Media::Negotiate => super::negotiate(cx.accept(), Self::MEDIA_TYPES) != 0,
        }
    }
}

/// The Adobe Pass error body: `{"error": {...}}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdobePassBody {
    /// The error object.
    pub error: AdobePassErrorObject,
}

/// The Adobe Pass error object, at the top of a body or inside an item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdobePassErrorObject {
    /// The HTTP status of the error.
    pub status: u16,
    /// The error code.
    pub code: WireCode,
    /// A message the application can show the user.
    #[serde(default)]
    pub message: String,
    /// A detail message from the partner or the programmer; often absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
    /// A URL with more information.
    #[serde(default, rename = "helpUrl", skip_serializing_if = "Option::is_none")]
    pub help_url: Option<String>,
    /// The identifier to report to support, with `Adobe-Request-Id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trace: Option<String>,
    /// The recommended action (`retry`, `authentication`...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
}

impl AdobePassBody {
    /// The body the dialect renders for `error` as JSON (the serde path; [`AdobePass`] writes
    /// the same bytes faster).
    #[must_use]
    pub fn new<E: WireError + ?Sized>(error: &E, cx: &Context<'_>) -> Self {
        AdobePassBody {
            error: AdobePassErrorObject::new(error, cx),
        }
    }
}

impl AdobePassErrorObject {
    /// The error object for `error`.
    #[must_use]
    pub fn new<E: WireError + ?Sized>(error: &E, cx: &Context<'_>) -> Self {
        let prepared = Prepared::new(error, cx);
        AdobePassErrorObject {
            status: prepared.status().as_u16(),
            code: WireCode::text(json::code_of(error)),
            message: crate::language::message_for(error, cx).into_owned(),
            details: prepared.detail(error).map(Cow::into_owned),
            help_url: cx
                .help_url()
                .or(error.entry().help_url())
                .map(str::to_owned),
            trace: prepared.request_id().map(HeaderText::into_owned),
            action: Some(error.entry().action().as_str().to_owned()),
        }
    }

    /// What the object says, with its own `status`; a status outside 100..=999 reads as 500.
    #[must_use]
    pub fn to_reading(&self) -> Reading {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut reading = Reading::new(status).with_code(self.code.clone());
        reading.message = Some(self.message.clone());
        reading.detail.clone_from(&self.details);
        reading.help_url.clone_from(&self.help_url);
        reading.request_id.clone_from(&self.trace);
        reading.action = self.action.as_deref().and_then(|text| text.parse().ok());
        reading
    }

    /// What the object says, in catalog `C`'s terms, with its own `status`; a status
    /// outside 100..=999 reads as 500.
    #[must_use]
    pub fn to_parsed<C: Catalog>(&self) -> Parsed<C> {
        self.to_reading().identify()
    }

    /// Reads the object from an XML body (`<error><status>403</status>...</error>`).
    ///
    /// # Errors
    ///
    /// Malformed XML, no `<error>` element, no `<code>`, or a `<status>` that is no number.
    pub fn from_xml(text: &str) -> Result<Self, ParseError> {
        let parts = XmlObject::read(text)?;
        Ok(AdobePassErrorObject {
            status: parts.status,
            code: WireCode::Str(parts.code.into_owned()),
            message: parts.message.into_owned(),
            details: parts.details.map(Cow::into_owned),
            help_url: parts.help_url.map(Cow::into_owned),
            trace: parts.trace.map(Cow::into_owned),
            action: parts.action.map(Cow::into_owned),
        })
    }
}

/// The body types the parser reads into: the public ones' members, defaults and names (so
/// serde's messages name the same types), borrowing strings from the body.
mod borrowed {
    use super::super::json_read::{Bail, ReadMembers, Reader, once};
    use super::*;

    /// [`super::AdobePassBody`], for [`AdobePass::read`].
    #[derive(Deserialize)]
    #[cfg_attr(test, derive(Debug, PartialEq))]
    pub(super) struct AdobePassBody<'a> {
        #[serde(borrow)]
        pub(super) error: AdobePassErrorObject<'a>,
    }

    /// [`super::AdobePassErrorObject`] for the parser.
    #[derive(Deserialize)]
    #[cfg_attr(test, derive(Debug, PartialEq))]
    pub(super) struct AdobePassErrorObject<'a> {
        /// Checked, though the response's own status is the reading's.
        #[serde(rename = "status")]
        pub(super) _status: u16,
        #[serde(borrow)]
        pub(super) code: CodeRef<'a>,
        #[serde(default, borrow)]
        pub(super) message: Text<'a>,
        #[serde(default, borrow)]
        pub(super) details: Option<Text<'a>>,
        #[serde(default, rename = "helpUrl", borrow)]
        pub(super) help_url: Option<Text<'a>>,
        #[serde(default, borrow)]
        pub(super) trace: Option<Text<'a>>,
        #[serde(default, borrow)]
        pub(super) action: Option<Text<'a>>,
    }

    impl<'a> ReadMembers<'a> for AdobePassBody<'a> {
        fn read_members(reader: &mut Reader<'a>) -> Result<Self, Bail> {
            let error = reader.only_member("error", AdobePassErrorObject::read_members)?;
            Ok(AdobePassBody { error })
        }
    }

    impl<'a> ReadMembers<'a> for AdobePassErrorObject<'a> {
        fn read_members(reader: &mut Reader<'a>) -> Result<Self, Bail> {
            let (mut status, mut code, mut message) = (None, None, None);
            let (mut details, mut help_url, mut trace, mut action) = (None, None, None, None);
            reader.object(|reader, key| match key {
                "status" => once(&mut status, reader.u16()?),
                "code" => once(&mut code, reader.code()?),
                "message" => once(&mut message, reader.text()?),
                "details" => once(&mut details, reader.optional_text()?),
                "helpUrl" => once(&mut help_url, reader.optional_text()?),
                "trace" => once(&mut trace, reader.optional_text()?),
                "action" => once(&mut action, reader.optional_text()?),
                _ => reader.skip(),
            })?;
            Ok(AdobePassErrorObject {
                _status: status.ok_or(Bail)?,
                code: code.ok_or(Bail)?,
                message: message.unwrap_or_default(),
                details: details.flatten(),
                help_url: help_url.flatten(),
                trace: trace.flatten(),
                action: action.flatten(),
            })
        }
    }
}

impl<'a> borrowed::AdobePassErrorObject<'a> {
    /// As [`AdobePassErrorObject::to_reading`], with the response's `status`; the response's
    /// request id header, when it has one, wins over the body's `trace` (left uncopied).
    fn into_reading(self, status: StatusCode, header_id: Option<String>) -> BorrowedReading<'a> {
        let mut reading = Reading::new(status);
        reading.message = Some(self.message.into_owned());
        reading.detail = self.details.map(Text::into_owned);
        reading.help_url = self.help_url.map(Text::into_owned);
        reading.request_id = header_id.or_else(|| self.trace.map(Text::into_owned));
        reading.action = self.action.and_then(|text| text.0.parse().ok());
        BorrowedReading {
            code: Some(self.code),
            reading,
        }
    }
}

/// An error object read from XML, its texts borrowed from the body where they can be: what
/// [`AdobePassErrorObject::from_xml`] and the parser build their results from.
struct XmlObject<'t> {
    status: u16,
    code: Cow<'t, str>,
    message: Cow<'t, str>,
    details: Option<Cow<'t, str>>,
    help_url: Option<Cow<'t, str>>,
    trace: Option<Cow<'t, str>>,
    action: Option<Cow<'t, str>>,
}

impl<'t> XmlObject<'t> {
    /// Reads `<error><status>403</status>...</error>`.
    fn read(text: &'t str) -> Result<Self, ParseError> {
        const DIALECT: &str = AdobePass::NAME;
        let children = xml::read_leaves(DIALECT, text, "error")?.ok_or(ParseError::Missing {
            dialect: DIALECT,
            member: "error",
        })?;
        let (mut status, mut code, mut message) = (None, None, Cow::Borrowed(""));
        let (mut details, mut help_url, mut trace, mut action) = (None, None, None, None);
        for (name, value) in children {
            match &*name {
                "status" => status = Some(value),
                "code" => code = Some(trimmed(value)),
                "message" => message = value,
                "details" => details = Some(value),
                "helpUrl" => help_url = Some(trimmed(value)),
                "trace" => trace = Some(trimmed(value)),
                "action" => action = Some(trimmed(value)),
                _ => {}
            }
        }
        let code = code.ok_or(ParseError::Missing {
            dialect: DIALECT,
            member: "code",
        })?;
        let status = status.ok_or(ParseError::Missing {
            dialect: DIALECT,
            member: "status",
        })?;
        let status = status.trim().parse().map_err(|_| ParseError::Invalid {
            dialect: DIALECT,
            member: "status",
            reason: format!("`{}` is not an HTTP status", status.escape_debug()),
        })?;
        Ok(XmlObject {
            status,
            code,
            message,
            details,
            help_url,
            trace,
            action,
        })
    }

    /// As [`AdobePassErrorObject::to_reading`], with the response's `status`; the response's
    /// request id header, when it has one, wins over the body's `trace` (left uncopied).
    fn into_reading(self, status: StatusCode, header_id: Option<String>) -> BorrowedReading<'t> {
        let mut reading = Reading::new(status);
        reading.message = Some(self.message.into_owned());
        reading.detail = self.details.map(Cow::into_owned);
        reading.help_url = self.help_url.map(Cow::into_owned);
        reading.request_id = header_id.or_else(|| self.trace.map(Cow::into_owned));
        reading.action = self.action.and_then(|text| text.parse().ok());
        BorrowedReading {
            code: Some(CodeRef::Str(self.code)),
            reading,
        }
    }
}

/// `text` without surrounding whitespace, still borrowed when it was.
fn trimmed(text: Cow<'_, str>) -> Cow<'_, str> {
    match text {
        Cow::Borrowed(text) => Cow::Borrowed(text.trim()),
        Cow::Owned(text) if text.trim().len() == text.len() => Cow::Owned(text),
        Cow::Owned(text) => Cow::Owned(text.trim().to_owned()),
    }
}

impl Dialect for AdobePass {
    const NAME: &'static str = "adobe_pass";
    /// JSON first (the default), then the XML types a request's `Accept` may prefer.
    const MEDIA_TYPES: &'static [&'static str] = &[JSON, XML, "text/xml"];
    /// JSON or XML as the request's `Accept` prefers.
    const DEFAULT: Self = AdobePass::new(Media::Negotiate);

    #[inline]
    fn render_into<'a, E>(&self, error: &E, cx: &Context<'a>, body: &mut Vec<u8>) -> Reply<Head<'a>>
    where
        E: WireError + ?Sized,
    {
        let prepared = Prepared::new(error, cx);
        let request_id = prepared.request_id_for_body();
        let detail = prepared.detail(error);
        let entry = error.entry();
        let help_url = cx.help_url().or(entry.help_url());
        let action = entry.action();
        let xml = self.xml_for(cx);
        if xml {
            let mut out = xml::ElementWriter::new(body);
            out.start("error");
            out.text("status", prepared.status().as_str());
            match json::code_of(error) {
                Code::Str(code) => out.text("code", code),
                code @ Code::Int(_) => out.display("code", &code),
            }
            out.text("message", &crate::language::message_for(error, cx));
            if let Some(detail) = &detail {
                out.text("details", detail);
            }
            if let Some(url) = help_url {
                out.text("helpUrl", url);
            }
            if let Some(id) = request_id {
                out.text("trace", &id.sanitized());
            }
            out.text("action", action.as_str());
            out.end("error");
        } else {
            let message = json::MessageFor::new(error, cx);
            write_pieces(
                body,
                [
                    Piece::Raw(b"{\"error\":{\"status\":"),
                    Piece::Raw(prepared.status().as_str().as_bytes()),
                    Piece::Raw(b",\"code\":\""),
                    json::code_text_piece(entry),
                    Piece::Raw(b"\",\"message\":\""),
                    message.piece(),
                    Piece::Raw(b"\""),
                    member(b",\"details\":\"", detail.as_deref()),
                    member_key(b",\"helpUrl\":", help_url.is_some()),
                    if help_url.is_some() {
                        json::help_url_piece(cx.help_url(), entry)
                    } else {
                        Piece::Absent
                    },
                    checked_member(b",\"trace\":\"", request_id),
                    Piece::Raw(b",\"action\":\""),
                    Piece::Raw(action.as_str().as_bytes()),
                    Piece::Raw(b"\"}}"),
                ],
            );
        }

        Reply::Respond(Head::built(
            prepared.status(),
            if xml { XML } else { JSON },
            super::content_language(error, cx),
            request_id.map(|id| id.header(ADOBE_REQUEST_ID)),
            cx.retry_after().filter(|_| action == Action::RetryAfter),
        ))
    }

    super::parse::read_through_borrowed!(read_borrowed);
}

/// The response's reading, its code still in the body.
fn read_borrowed<'a>(response: &Incoming<'a>) -> Result<BorrowedReading<'a>, ParseError> {
    let text = response.text(AdobePass::NAME)?;
    let [content_type, request_id, retry_after] =
        response.header_values([&CONTENT_TYPE, &ADOBE_REQUEST_ID_NAME, &RETRY_AFTER]);
    let is_xml = match content_type {
        Some(value) => value
            .as_bytes()
            .windows(3)
            .any(|w| w.eq_ignore_ascii_case(b"xml")),
        None => text.trim_start().starts_with('<'),
    };
    let header_id = request_id.and_then(request_id_text);
    let mut reading = if is_xml {
        XmlObject::read(text)?.into_reading(response.status(), header_id)
    } else {
        super::json_read::from_str_by_members::<borrowed::AdobePassBody<'_>>(text)
            .map_err(|error| ParseError::json(AdobePass::NAME, &error))?
            .error
            .into_reading(response.status(), header_id)
    };
    reading.reading.retry_after = retry_after.and_then(retry_after_seconds);
    Ok(reading)
}

#[cfg(test)]
mod tests {
    use super::borrowed::AdobePassBody;
    use crate::dialect::json_read::tests::{agrees, agrees_by_members, check_bodies};

    /// The JSON reader, through serde and member by member, reads adobe_pass bodies as
    /// `serde_json` does.
    #[test]
    fn json_reader_reads_bodies_as_serde_json() {
        let by_serde: fn(&str) -> bool = |text| agrees::<AdobePassBody<'_>>(text);
        let by_members: fn(&str) -> bool = |text| agrees_by_members::<AdobePassBody<'_>>(text);
        for check in [by_serde, by_members] {
            check_bodies(
                &[
                    r#"{"error":{"status":403,"code":"authorization_denied_by_mvpd","message":"The MVPD has returned a Deny decision","details":"Not in package","helpUrl":"https://experienceleague.adobe.com/errors","trace":"8a7c","action":"authentication"}}"#,
                    r#"{"error":{"status":400,"code":"invalid_requestor","message":"The requestor is not known","details":null,"helpUrl":null,"trace":null,"action":null}}"#,
                ],
                check,
            );
        }
    }
}
