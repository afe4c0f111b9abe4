//! Softcamp SKMS: a bare object `{"code": 40013, "message": "...", "detail": "..."}`.
//!
//! `code` is the catalog's code in its own type (a number for integer catalogs), `detail` the
//! context's detail text where the [`Exposure`](super::Exposure) allows it: never for a 5xx
//! by default, since the vendor's own example leaks an internal host there.

use std::borrow::Cow;

use http::StatusCode;
use serde::{Deserialize, Serialize};

use crate::{Catalog, WireError};

use super::json::{self, CodeRef, Text, WireCode};
use super::parse::{BorrowedReading, recovered_fields};
use super::pieces::{Piece, member, write_pieces};
use super::{
    Context, Dialect, Head, Incoming, JSON, ParseError, Parsed, ParsedCode, Prepared, Reading,
    Reply, X_REQUEST_ID_NAME,
};

/// The SKMS dialect.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Skms;

/// The SKMS error body, for embedding in other serde types or reading by hand.
///
/// ```
/// use error_catalog::dialect::{WireCode, skms::SkmsBody};
///
/// let body: SkmsBody = serde_json::from_str(
///     r#"{"code": 40003, "message": "Failed create header", "detail": "4020"}"#,
/// )?;
/// assert_eq!(body.code, WireCode::Int(40003));
/// assert_eq!(body.detail.as_deref(), Some("4020"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkmsBody {
    /// The error code.
    pub code: WireCode,
    /// The message.
    #[serde(default)]
    pub message: String,
    /// The occurrence's detail text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl SkmsBody {
    /// The body the dialect renders for `error` (the serde path; [`Skms`] writes the same
    /// bytes faster).
    #[must_use]
    pub fn new<E: WireError + ?Sized>(error: &E, cx: &Context<'_>) -> Self {
        let prepared = Prepared::new(error, cx);
        SkmsBody {
            code: WireCode::native(json::code_of(error)),
            message: crate::language::message_for(error, cx).into_owned(),
            detail: prepared.detail(error).map(Cow::into_owned),
        }
    }

    /// What the body says, for a response of `status`.
    #[must_use]
    pub fn to_reading(&self, status: StatusCode) -> Reading {
        let mut reading = Reading::new(status).with_code(self.code.clone());
        reading.message = Some(self.message.clone());
        reading.detail.clone_from(&self.detail);
        reading
    }

    /// What the body says, in catalog `C`'s terms, for a response of `status`.
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

    /// [`super::SkmsBody`], for [`Skms::read`].
    #[derive(Deserialize)]
    #[cfg_attr(test, derive(Debug, PartialEq))]
    pub(super) struct SkmsBody<'a> {
        #[serde(borrow)]
        pub(super) code: CodeRef<'a>,
        #[serde(default, borrow)]
        pub(super) message: Text<'a>,
        #[serde(default, borrow)]
        pub(super) detail: Option<Text<'a>>,
    }

    impl<'a> ReadMembers<'a> for SkmsBody<'a> {
        fn read_members(reader: &mut Reader<'a>) -> Result<Self, Bail> {
            let (mut code, mut message, mut detail) = (None, None, None);
            reader.object(|reader, key| match key {
                "code" => once(&mut code, reader.code()?),
                "message" => once(&mut message, reader.text()?),
                "detail" => once(&mut detail, reader.optional_text()?),
                _ => reader.skip(),
            })?;
            Ok(SkmsBody {
                code: code.ok_or(Bail)?,
                message: message.unwrap_or_default(),
                detail: detail.flatten(),
            })
        }
    }
}

impl Dialect for Skms {
    const NAME: &'static str = "skms";
    const MEDIA_TYPES: &'static [&'static str] = &[JSON];
    const DEFAULT: Self = Skms;

    #[inline]
    fn render_into<'a, E>(&self, error: &E, cx: &Context<'a>, body: &mut Vec<u8>) -> Reply<Head<'a>>
    where
        E: WireError + ?Sized,
    {
        let prepared = Prepared::new(error, cx);
        let message = json::MessageFor::new(error, cx);
        let detail = prepared.detail(error);
        write_pieces(
            body,
            [
                Piece::Raw(b"{\"code\":"),
                json::code_piece(error.entry()),
                Piece::Raw(b",\"message\":\""),
                message.piece(),
                Piece::Raw(b"\""),
                member(b",\"detail\":\"", detail.as_deref()),
                Piece::Raw(b"}"),
            ],
        );

        let retry_after = cx
            .retry_after()
            .filter(|_| super::wants_retry_after(prepared.status(), error.entry().action()));
        Reply::Respond(Head::built(
            prepared.status(),
            JSON,
            super::content_language(error, cx),
            None,
            retry_after,
        ))
    }

    super::parse::read_through_borrowed!(read_borrowed, without parse);

    /// As `read` then `identify`, looking the code up where it lies in the body, and building
    /// the `Parsed` with no `Reading` between.
    fn parse<C: Catalog>(&self, response: &Incoming<'_>) -> Result<Parsed<C>, ParseError> {
        let body = read_body(response)?;
        let code = ParsedCode::from_code_ref(&body.code, false);
        let message = body.message.into_owned();
        let (request_id, retry_after) = response.request_id_and_retry_after(&X_REQUEST_ID_NAME);
        Ok(Parsed {
            fields: recovered_fields(&code, &message),
            code,
            status: response.status(),
            message: Some(message),
            detail: body.detail.map(Text::into_owned),
            request_id,
            retry_after,
            action: None,
            help_url: None,
        })
    }
}

/// The body, borrowed.
#[inline]
fn read_body<'a>(response: &Incoming<'a>) -> Result<borrowed::SkmsBody<'a>, ParseError> {
    response.json_by_members(Skms::NAME)
}

/// The response's reading, its code still in the body.
#[inline]
fn read_borrowed<'a>(response: &Incoming<'a>) -> Result<BorrowedReading<'a>, ParseError> {
    let body = read_body(response)?;
    let (request_id, retry_after) = response.request_id_and_retry_after(&X_REQUEST_ID_NAME);
    Ok(BorrowedReading {
        code: Some(body.code),
        reading: Reading {
            message: Some(body.message.into_owned()),
            detail: body.detail.map(Text::into_owned),
            request_id,
            retry_after,
            ..Reading::new(response.status())
        },
    })
}

#[cfg(test)]
mod tests {
    use super::borrowed::SkmsBody;
    use crate::dialect::json_read::tests::{agrees, agrees_by_members, check_bodies};

    /// The JSON reader, through serde and member by member, reads skms bodies as
    /// `serde_json` does.
    #[test]
    fn json_reader_reads_bodies_as_serde_json() {
        let by_serde: fn(&str) -> bool = |text| agrees::<SkmsBody<'_>>(text);
        let by_members: fn(&str) -> bool = |text| agrees_by_members::<SkmsBody<'_>>(text);
        for check in [by_serde, by_members] {
            check_bodies(
                &[
                    r#"{"code":40013,"message":"Key not found in the keyVault"}"#,
                    r#"{"code":"50001","message":"Internal error","detail":"HSM unreachable"}"#,
                    r#"{"code":-7,"message":"","detail":null}"#,
                    r#"{"code": 40003, "message": "Failed create header", "detail": "4020"}"#,
                    r#"{"message":"Unknown","trace":[1,{"at":"hsm"}],"code":"E1"}"#,
                ],
                check,
            );
        }
    }
}
