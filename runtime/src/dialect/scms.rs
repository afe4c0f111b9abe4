//! SCMS: no body. A QA-stage RA answers with the entry's status and the headers
//! `SCMS-POC-Error: <code>` and `SCMS-POC-Error-Message: <message>`; a PROD-stage RA (the
//! default: it reveals nothing) answers a bare 500. For entries the service names, the RA
//! closes the connection instead of answering ([`Reply::CloseConnection`]).
//!
//! ```
//! use error_catalog::Code;
//! use error_catalog::dialect::{Context, Dialect, Scms};
//!
//! error_catalog::error_catalog! {
//!     /// RA errors.
//!     #[catalog(code = u16, dialect = scms)]
//!     pub enum RaError {
//!         /// The certificate file is not available.
//!         RaNoCertFileAvailable {
//!             code: 5065,
//!             status: 500,
//!             message: "Requested certificate file is not available for download",
//!             name: "raNoCertFileAvailable",
//!         },
//!         /// The EE could not be authenticated.
//!         RaAuthenticationFailed { code: 5067, status: 500, message: "EE authentication failed" },
//!     }
//! }
//!
//! let cx = Context::new();
//! let qa = Scms::qa().with_close_connection(&[Code::Int(5067)]);
//! let response = qa.render(&RaError::RaNoCertFileAvailable, &cx).respond().expect("answers");
//! assert_eq!(response.headers()["scms-poc-error"], "5065");
//! assert!(response.body().is_empty());
//! assert!(qa.render(&RaError::RaAuthenticationFailed, &cx).is_close_connection());
//!
//! let prod = Scms::default().render(&RaError::RaNoCertFileAvailable, &cx).respond().expect("answers");
//! assert_eq!(prod.status(), 500);
//! assert!(prod.headers().is_empty());
//! ```

use std::borrow::Cow;

use http::header::RETRY_AFTER;
use http::{HeaderName, StatusCode};

use crate::{Catalog, Code, WireError};

use super::CodeLookup;
use super::parse::{header_text, recovered_fields, retry_after_seconds};
use super::{
    Context, Dialect, Head, Incoming, ParseError, Parsed, ParsedCode, Reading, Reply, WireCode,
};

/// `SCMS-POC-Error`.
pub const SCMS_POC_ERROR: &str = "scms-poc-error";
/// `SCMS-POC-Error-Message`.
pub const SCMS_POC_ERROR_MESSAGE: &str = "scms-poc-error-message";

/// [`SCMS_POC_ERROR`] as a header name, for the parser.
const POC_ERROR_NAME: HeaderName = HeaderName::from_static(SCMS_POC_ERROR);
/// [`SCMS_POC_ERROR_MESSAGE`] as a header name, for the parser.
const POC_ERROR_MESSAGE_NAME: HeaderName = HeaderName::from_static(SCMS_POC_ERROR_MESSAGE);

/// Which kind of RA answers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Stage {
    /// A QA-stage RA: the entry's status and the `SCMS-POC-Error` headers.
    Qa,
    /// A production RA: a bare 500, nothing else.
    #[default]
    Prod,
}

/// The SCMS dialect: a [`Stage`] and the codes whose entries close the connection.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Scms {
    stage: Stage,
    close: &'static [Code],
}

impl Scms {
    /// The dialect at `stage`, closing no connection.
    #[must_use]
    pub const fn new(stage: Stage) -> Self {
        Scms { stage, close: &[] }
    }

    /// A QA-stage RA.
    #[must_use]
    pub const fn qa() -> Self {
        Self::new(Stage::Qa)
    }

    /// A production RA (the default).
    #[must_use]
    pub const fn prod() -> Self {
        Self::new(Stage::Prod)
    }

    /// Closes the connection, sending nothing, for the entries with these codes (failed TLS,
    /// signature or time checks, as the EE-RA guidance describes).
    #[must_use]
    pub const fn with_close_connection(mut self, codes: &'static [Code]) -> Self {
        self.close = codes;
        self
    }

    /// The stage.
    #[must_use]
    pub const fn stage(&self) -> Stage {
        self.stage
    }

    /// The codes whose entries close the connection.
    #[must_use]
    pub const fn closes_on(&self) -> &'static [Code] {
        self.close
    }
}

impl Dialect for Scms {
    const NAME: &'static str = "scms";
    const MEDIA_TYPES: &'static [&'static str] = &[];
    /// The PROD stage, closing no connection.
    const DEFAULT: Self = Scms::prod();

    fn render_into<'a, E>(
        &self,
        error: &E,
        cx: &Context<'a>,
        _body: &mut Vec<u8>,
    ) -> Reply<Head<'a>>
    where
        E: WireError + ?Sized,
    {
        let entry = error.entry();
        if entry.code().is_some_and(|code| self.close.contains(&code)) {
            return Reply::CloseConnection;
        }
        match self.stage {
            Stage::Prod => Reply::Respond(Head::new(StatusCode::INTERNAL_SERVER_ERROR)),
            Stage::Qa => {
                let mut head = Head::new(error.status());
                if let Some(code) = entry.code() {
                    let text = match code {
                        Code::Str(text) => Cow::Borrowed(text),
                        Code::Int(value) => entry
                            .int_code_decimal()
                            .and_then(|digits| core::str::from_utf8(digits).ok())
                            .map_or_else(|| Cow::Owned(value.to_string()), Cow::Borrowed),
                    };
                    head.insert_header(SCMS_POC_ERROR, text);
                }
                head.insert_header(
                    SCMS_POC_ERROR_MESSAGE,
                    crate::language::message_for(error, cx),
                );
                super::set_content_language(&mut head, error, cx);
                Reply::Respond(head)
            }
        }
    }

    fn read(&self, response: &Incoming<'_>) -> Result<Reading, ParseError> {
        let headers = Headers::of(response)?;
        Ok(headers.reading(
            response.status(),
            headers.code.map(|code| WireCode::Str(code.to_owned())),
        ))
    }

    /// As [`read`](Self::read) then [`Reading::identify`], identifying the code from the
    /// header's text without copying it.
    fn parse<C: Catalog>(&self, response: &Incoming<'_>) -> Result<Parsed<C>, ParseError> {
        let headers = Headers::of(response)?;
        let code = match headers.code {
            Some(code) => ParsedCode::identify(code, true),
            None => ParsedCode::Unidentified,
        };
        let message = headers.message.map(str::to_owned);
        // One struct expression, with no `Reading` between.
        Ok(Parsed {
            fields: match &message {
                Some(message) => recovered_fields(&code, message),
                None => Vec::new(),
            },
            code,
            status: response.status(),
            message,
            detail: None,
            request_id: None,
            retry_after: headers.retry_after,
            action: None,
            help_url: None,
        })
    }

    /// Looks the code up in the header's text, without copying it.
    fn __read_in(
        &self,
        response: &Incoming<'_>,
        lookup: CodeLookup,
        index: &mut Option<usize>,
    ) -> Result<Reading, ParseError> {
        let headers = Headers::of(response)?;
        *index = headers.code.and_then(|code| lookup.text(code, true));
        let code = match index {
            Some(_) => None,
            None => headers.code.map(|code| WireCode::Str(code.to_owned())),
        };
        Ok(headers.reading(response.status(), code))
    }
}

/// What an SCMS response's headers say, borrowed from them.
struct Headers<'a> {
    /// The code header's text; `None` when absent or empty.
    code: Option<&'a str>,
    message: Option<&'a str>,
    retry_after: Option<u64>,
}

impl<'a> Headers<'a> {
    fn of(response: &Incoming<'a>) -> Result<Self, ParseError> {
        const NAME: &str = Scms::NAME;
        let [code, message, retry_after] =
            response.header_values([&POC_ERROR_NAME, &POC_ERROR_MESSAGE_NAME, &RETRY_AFTER]);
        Ok(Headers {
            code: header_text(NAME, SCMS_POC_ERROR, code)?.filter(|code| !code.is_empty()),
            message: header_text(NAME, SCMS_POC_ERROR_MESSAGE, message)?,
            retry_after: retry_after.and_then(retry_after_seconds),
        })
    }

    /// The reading, with `code`: one struct expression, built where the caller wants it.
    /// The code may be a vendor's symbolic name.
    fn reading(&self, status: StatusCode, code: Option<WireCode>) -> Reading {
        Reading {
            code,
            code_may_be_name: true,
            message: self.message.map(str::to_owned),
            retry_after: self.retry_after,
            ..Reading::new(status)
        }
    }
}
