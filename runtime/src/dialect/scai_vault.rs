//! Scai vault: `{"error": {"code", "message", "details", "request_id"}}`, the request id also
//! in `X-Request-ID`, and `Retry-After` on a 429.
//!
//! `details` is an object: the entry's typed fields (`{"path": "..."}`), then the context's
//! named details and detail text where the [`Exposure`](super::Exposure) allows them; it is
//! left out when empty. Codes are strings (an integer catalog's in decimal).

use http::StatusCode;
use serde::{Deserialize, Serialize};

use crate::{Action, Catalog, WireError};

use super::json::{self, CodeRef, Details, ReadDetails, Text, WireCode};
use super::parse::BorrowedReading;
use super::pieces::{Piece, checked_member, write_pieces};
use super::{
    Context, Dialect, Head, HeaderText, Incoming, JSON, ParseError, Parsed, Prepared, Reading,
    Reply, X_REQUEST_ID, X_REQUEST_ID_NAME,
};

/// The Scai vault dialect.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct ScaiVault;

/// The Scai vault error body: `{"error": {...}}`.
///
/// ```
/// use error_catalog::dialect::scai_vault::ScaiVaultBody;
///
/// let body: ScaiVaultBody = serde_json::from_str(r#"{"error": {
///     "code": "secret_not_found",
///     "message": "Secret 'environments/production/missing' not found",
///     "details": {"path": "environments/production/missing"},
///     "request_id": "req_abc"
/// }}"#)?;
/// let details = body.error.details.expect("the example has details");
/// assert_eq!(details.get("path").as_deref(), Some("environments/production/missing"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScaiVaultBody {
    /// The error object.
    pub error: ScaiVaultErrorObject,
}

/// The Scai vault error object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScaiVaultErrorObject {
    /// The error code: branch on this, not on the HTTP status.
    pub code: WireCode,
    /// The message.
    #[serde(default)]
    pub message: String,
    /// Named details of the occurrence (`{"path": ...}`, `{"fields": ...}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<Details>,
    /// The request id, equal to the `X-Request-ID` header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl ScaiVaultBody {
    /// The body the dialect renders for `error` (the serde path; [`ScaiVault`] writes the
    /// same bytes faster).
    #[must_use]
    pub fn new<E: WireError + ?Sized>(error: &E, cx: &Context<'_>) -> Self {
        let prepared = Prepared::new(error, cx);
        ScaiVaultBody {
            error: ScaiVaultErrorObject {
                code: WireCode::text(json::code_of(error)),
                message: crate::language::message_for(error, cx).into_owned(),
                details: json::details_of(error, &prepared),
                request_id: prepared.request_id().map(HeaderText::into_owned),
            },
        }
    }
}

impl ScaiVaultErrorObject {
    /// What the object says, for a response of `status`.
    #[must_use]
    pub fn to_reading(&self, status: StatusCode) -> Reading {
        let mut reading = Reading::new(status).with_code(self.code.clone());
        reading.message = Some(self.message.clone());
        if let Some(details) = &self.details {
            details.read_into(&mut reading);
        }
        reading.request_id.clone_from(&self.request_id);
        reading
    }

    /// What the object says, in catalog `C`'s terms, for a response of `status`.
    #[must_use]
    pub fn to_parsed<C: Catalog>(&self, status: StatusCode) -> Parsed<C> {
        self.to_reading(status).identify()
    }
}

/// The body types the parser reads into: the public ones' members, defaults and names (so
/// serde's messages name the same types), borrowing strings from the body.
mod borrowed {
    use super::super::json_read::{Bail, ReadMembers, Reader, once};
    use super::*;

    /// [`super::ScaiVaultBody`], for [`ScaiVault::read`].
    #[derive(Deserialize)]
    #[cfg_attr(test, derive(Debug, PartialEq))]
    pub(super) struct ScaiVaultBody<'a> {
        #[serde(borrow)]
        pub(super) error: ScaiVaultErrorObject<'a>,
    }

    /// [`super::ScaiVaultErrorObject`] for the parser.
    #[derive(Deserialize)]
    #[cfg_attr(test, derive(Debug, PartialEq))]
    pub(super) struct ScaiVaultErrorObject<'a> {
        #[serde(borrow)]
        pub(super) code: CodeRef<'a>,
        #[serde(default, borrow)]
        pub(super) message: Text<'a>,
        #[serde(default)]
        pub(super) details: Option<ReadDetails>,
        #[serde(default, borrow)]
        pub(super) request_id: Option<Text<'a>>,
    }

    impl<'a> ReadMembers<'a> for ScaiVaultBody<'a> {
        fn read_members(reader: &mut Reader<'a>) -> Result<Self, Bail> {
            let error = reader.only_member("error", ScaiVaultErrorObject::read_members)?;
            Ok(ScaiVaultBody { error })
        }
    }

    impl<'a> ReadMembers<'a> for ScaiVaultErrorObject<'a> {
        fn read_members(reader: &mut Reader<'a>) -> Result<Self, Bail> {
            let (mut code, mut message, mut details, mut request_id) = (None, None, None, None);
            reader.object(|reader, key| match key {
                "code" => once(&mut code, reader.code()?),
                "message" => once(&mut message, reader.text()?),
                "details" => once(&mut details, reader.details()?),
                "request_id" => once(&mut request_id, reader.optional_text()?),
                _ => reader.skip(),
            })?;
            Ok(ScaiVaultErrorObject {
                code: code.ok_or(Bail)?,
                message: message.unwrap_or_default(),
                details: details.flatten(),
                request_id: request_id.flatten(),
            })
        }
    }
}

impl Dialect for ScaiVault {
    const NAME: &'static str = "scai_vault";
    const MEDIA_TYPES: &'static [&'static str] = &[JSON];
    const DEFAULT: Self = ScaiVault;

    #[inline]
    fn render_into<'a, E>(&self, error: &E, cx: &Context<'a>, body: &mut Vec<u8>) -> Reply<Head<'a>>
    where
        E: WireError + ?Sized,
    {
        let prepared = Prepared::new(error, cx);
        let request_id = prepared.request_id_for_body();
        let message = json::MessageFor::new(error, cx);
        let details = json::DetailsMember::new(error, &prepared);
        write_pieces(
            body,
            [
                Piece::Raw(b"{\"error\":{\"code\":\""),
                json::code_text_piece(error.entry()),
                Piece::Raw(b"\",\"message\":\""),
                message.piece(),
                Piece::Raw(b"\""),
                details.piece(),
                checked_member(b",\"request_id\":\"", request_id),
                Piece::Raw(b"}}"),
            ],
        );

        let retry_after = cx.retry_after().filter(|_| {
            prepared.status() == StatusCode::TOO_MANY_REQUESTS
                || error.entry().action() == Action::RetryAfter
        });
        Reply::Respond(Head::built(
            prepared.status(),
            JSON,
            super::content_language(error, cx),
            request_id.map(|id| id.header(X_REQUEST_ID)),
            retry_after,
        ))
    }

    super::parse::read_through_borrowed!(read_borrowed);
}

/// The response's reading, its code still in the body.
fn read_borrowed<'a>(response: &Incoming<'a>) -> Result<BorrowedReading<'a>, ParseError> {
    let borrowed::ScaiVaultBody { error } = response.json_by_members(ScaiVault::NAME)?;
    let mut reading = Reading::new(response.status());
    reading.message = Some(error.message.into_owned());
    if let Some(details) = error.details {
        details.read_into(&mut reading);
    }
    let (request_id, retry_after) = response.request_id_and_retry_after(&X_REQUEST_ID_NAME);
    // The header's, else the body's.
    reading.request_id = request_id.or_else(|| error.request_id.map(Text::into_owned));
    reading.retry_after = retry_after;
    Ok(BorrowedReading {
        code: Some(error.code),
        reading,
    })
}

#[cfg(test)]
mod tests {
    use super::borrowed::ScaiVaultBody;
    use crate::dialect::json_read::tests::{agrees, agrees_by_members, check_bodies};

    /// The JSON reader, through serde and member by member, reads scai_vault bodies as
    /// `serde_json` does.
    #[test]
    fn json_reader_reads_bodies_as_serde_json() {
        let by_serde: fn(&str) -> bool = |text| agrees::<ScaiVaultBody<'_>>(text);
        let by_members: fn(&str) -> bool = |text| agrees_by_members::<ScaiVaultBody<'_>>(text);
        for check in [by_serde, by_members] {
            check_bodies(
                &[
                    r#"{"error":{"code":"RATE_LIMITED","message":"Too many requests","details":{"retry_after":30,"detail":"slow down","ok":true,"none":null},"request_id":"r-1"}}"#,
                    r#"{"error":{"code":40401,"message":"Secret not found"}}"#,
                ],
                check,
            );
        }
    }
}
