//! Huawei Cloud: `{"error_code": "SCM.0005", "error_msg": "请求参数错误"}`, the request id in
//! the `X-Request-Id` header.
//!
//! The body has no detail member, so the context's detail is never sent. A parser reads the
//! upstream text that `SCM.0201`-style messages append after their full-width colon back into
//! the entry's field, and treats the API gateway's `APIGW.*` codes as unknown codes, not as
//! errors.

use http::StatusCode;
use serde::{Deserialize, Serialize};

use crate::{Catalog, WireError};

use super::head::BuiltHeader;
use super::json::{self, CodeRef, Text, WireCode};
use super::parse::{BorrowedReading, recovered_fields};
use super::pieces::{Piece, write_pieces};
use super::{
    Context, Dialect, Head, Incoming, JSON, ParseError, Parsed, ParsedCode, Prepared, Reading,
    Reply, X_REQUEST_ID, X_REQUEST_ID_NAME,
};

/// The Huawei Cloud dialect.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Huawei;

/// The Huawei Cloud error body.
///
/// ```
/// use error_catalog::dialect::huawei::HuaweiBody;
///
/// let body: HuaweiBody = serde_json::from_str(r#"{"error_code":"SCM.0005","error_msg":"请求参数错误"}"#)?;
/// assert_eq!(body.error_msg, "请求参数错误");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HuaweiBody {
    /// The error code: identify the error by this, never by the status.
    pub error_code: WireCode,
    /// The message.
    #[serde(default)]
    pub error_msg: String,
    /// The request id, which the API gateway's own errors repeat in the body; the service's
    /// errors carry it in the `X-Request-Id` header only, and the dialect renders it there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl HuaweiBody {
    /// The body the dialect renders for `error` (the serde path; [`Huawei`] writes the same
    /// bytes faster).
    #[must_use]
    pub fn new<E: WireError + ?Sized>(error: &E, cx: &Context<'_>) -> Self {
        HuaweiBody {
            error_code: WireCode::text(json::code_of(error)),
            error_msg: crate::language::message_for(error, cx).into_owned(),
            request_id: None,
        }
    }

    /// What the body says, for a response of `status`.
    #[must_use]
    pub fn to_reading(&self, status: StatusCode) -> Reading {
        let mut reading = Reading::new(status).with_code(self.error_code.clone());
        reading.message = Some(self.error_msg.clone());
        reading.request_id.clone_from(&self.request_id);
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

    /// [`super::HuaweiBody`], for [`Huawei::read`].
    #[derive(Deserialize)]
    #[cfg_attr(test, derive(Debug, PartialEq))]
    pub(super) struct HuaweiBody<'a> {
        #[serde(borrow)]
        pub(super) error_code: CodeRef<'a>,
        #[serde(default, borrow)]
        pub(super) error_msg: Text<'a>,
        #[serde(default, borrow)]
        pub(super) request_id: Option<Text<'a>>,
    }

    impl<'a> ReadMembers<'a> for HuaweiBody<'a> {
        fn read_members(reader: &mut Reader<'a>) -> Result<Self, Bail> {
            let (mut error_code, mut error_msg, mut request_id) = (None, None, None);
            reader.object(|reader, key| match key {
                "error_code" => once(&mut error_code, reader.code()?),
                "error_msg" => once(&mut error_msg, reader.text()?),
                "request_id" => once(&mut request_id, reader.optional_text()?),
                _ => reader.skip(),
            })?;
            Ok(HuaweiBody {
                error_code: error_code.ok_or(Bail)?,
                error_msg: error_msg.unwrap_or_default(),
                request_id: request_id.flatten(),
            })
        }
    }
}

impl Dialect for Huawei {
    const NAME: &'static str = "huawei";
    const MEDIA_TYPES: &'static [&'static str] = &[JSON];
    const DEFAULT: Self = Huawei;

    #[inline]
    fn render_into<'a, E>(&self, error: &E, cx: &Context<'a>, body: &mut Vec<u8>) -> Reply<Head<'a>>
    where
        E: WireError + ?Sized,
    {
        let prepared = Prepared::new(error, cx);
        let message = json::MessageFor::new(error, cx);
        write_pieces(
            body,
            [
                Piece::Raw(b"{\"error_code\":\""),
                json::code_text_piece(error.entry()),
                Piece::Raw(b"\",\"error_msg\":\""),
                message.piece(),
                Piece::Raw(b"\"}"),
            ],
        );

        let retry_after = cx
            .retry_after()
            .filter(|_| super::wants_retry_after(prepared.status(), error.entry().action()));
        Reply::Respond(Head::built(
            prepared.status(),
            JSON,
            super::content_language(error, cx),
            cx.request_id().map(|id| BuiltHeader::new(X_REQUEST_ID, id)),
            retry_after,
        ))
    }

    super::parse::read_through_borrowed!(read_borrowed, without parse);

    /// As `read` then `identify`, looking the code up where it lies in the body, and building
    /// the `Parsed` with no `Reading` between.
    fn parse<C: Catalog>(&self, response: &Incoming<'_>) -> Result<Parsed<C>, ParseError> {
        let body = read_body(response)?;
        let code = ParsedCode::from_code_ref(&body.error_code, false);
        let message = body.error_msg.into_owned();
        let (request_id, retry_after) = response.request_id_and_retry_after(&X_REQUEST_ID_NAME);
        Ok(Parsed {
            fields: recovered_fields(&code, &message),
            code,
            status: response.status(),
            message: Some(message),
            detail: None,
            // The header's, else the body's.
            request_id: request_id.or_else(|| body.request_id.map(Text::into_owned)),
            retry_after,
            action: None,
            help_url: None,
        })
    }
}

/// The body, borrowed.
#[inline]
fn read_body<'a>(response: &Incoming<'a>) -> Result<borrowed::HuaweiBody<'a>, ParseError> {
    response.json_by_members(Huawei::NAME)
}

/// The response's reading, its code still in the body.
#[inline]
fn read_borrowed<'a>(response: &Incoming<'a>) -> Result<BorrowedReading<'a>, ParseError> {
    let body = read_body(response)?;
    let (request_id, retry_after) = response.request_id_and_retry_after(&X_REQUEST_ID_NAME);
    Ok(BorrowedReading {
        code: Some(body.error_code),
        reading: Reading {
            message: Some(body.error_msg.into_owned()),
            // The header's, else the body's.
            request_id: request_id.or_else(|| body.request_id.map(Text::into_owned)),
            retry_after,
            ..Reading::new(response.status())
        },
    })
}

#[cfg(test)]
mod tests {
    use super::borrowed::HuaweiBody;
    use crate::dialect::json_read::tests::{agrees, agrees_by_members, check_bodies};

    /// The JSON reader, through serde and member by member, reads huawei bodies as
    /// `serde_json` does.
    #[test]
    fn json_reader_reads_bodies_as_serde_json() {
        let by_serde: fn(&str) -> bool = |text| agrees::<HuaweiBody<'_>>(text);
        let by_members: fn(&str) -> bool = |text| agrees_by_members::<HuaweiBody<'_>>(text);
        for check in [by_serde, by_members] {
            check_bodies(
                &[
                    r#"{"error_code":"SCM.0005","error_msg":"请求参数错误"}"#,
                    r#"{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information","request_id":"c4a1e2"}"#,
                    r#"{"error_code":"SCM.0201","error_msg":"推送失败，ELB error message：listener busy","request_id":null}"#,
                    r#"{ "error_msg" : "请求参数错误", "error_code" : "SCM.0005", "extra" : {"a": [true]} }"#,
                ],
                check,
            );
        }
    }
}
