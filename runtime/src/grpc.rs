//! gRPC (feature `tonic`): every wire error as a `tonic::Status` carrying Google's richer
//! error model, and a received `Status` back into the catalog's typed code.
//!
//! The status code is the entry's [`GrpcCode`]: its own `grpc: ...` in the catalog, else
//! the standard mapping of its HTTP status ([`GrpcCode::from_http`]). The message is the
//! error's `Display` text. The details (`google.rpc`, through `tonic-types`):
//!
//! - `ErrorInfo`: `reason` is the code (`secret_not_found`), `domain` the catalog id, and
//!   `metadata` the typed fields (never the `#[redact]` ones);
//! - `RetryInfo`: for an entry whose action is `retry` or `retry-after`, or when a delay is
//!   given, with that delay;
//! - `Help`: the entry's help URL, when it has one;
//! - `LocalizedMessage`: the message in the catalog's locale;
//! - `RequestInfo`: the request id, when one is given.
//!
//! ```
//! use error_catalog::grpc;
//!
//! error_catalog::error_catalog! {
//!     /// Errors of the Scai vault API.
//!     #[catalog(code = str, id = "scai_vault")]
//!     pub enum VaultError {
//!         /// No such secret.
//!         SecretNotFound {
//!             code: "secret_not_found",
//!             status: 404,
//!             message: "Secret '{path}' not found",
//!             fields: { path: String },
//!         },
//!         /// The path exists already.
//!         Exists { code: "exists", status: 409, message: "Exists", grpc: already-exists },
//!     }
//! }
//!
//! let status = tonic::Status::from(VaultError::SecretNotFound { path: "prod/db".into() });
//! assert_eq!(status.code(), tonic::Code::NotFound);
//! assert_eq!(status.message(), "Secret 'prod/db' not found");
//!
//! let received = grpc::from_status::<VaultErrorCode>(&status)?;
//! assert_eq!(received.code(), grpc::ReceivedCode::Known(VaultErrorCode::SecretNotFound));
//! assert_eq!(received.field("path"), Some("prod/db"));
//! assert_eq!(grpc::to_status(&VaultError::Exists).code(), tonic::Code::AlreadyExists);
//! # Ok::<(), grpc::StatusError>(())
//! ```

use core::fmt;
use core::time::Duration;
use std::collections::HashMap;

use tonic_types::{ErrorDetails, StatusExt};

use crate::{Action, Catalog, GrpcCode, Occurrence, WireError};

impl From<GrpcCode> for tonic::Code {
    fn from(code: GrpcCode) -> Self {
        tonic::Code::from_i32(code.number())
    }
}

impl From<tonic::Code> for GrpcCode {
    fn from(code: tonic::Code) -> Self {
        GrpcCode::from_number(code as i32).unwrap_or(GrpcCode::Unknown)
    }
}

/// What a status adds to the catalog entry: the retry delay and the request id.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StatusContext<'a> {
    retry_after: Option<Duration>,
    request_id: Option<&'a str>,
}

impl<'a> StatusContext<'a> {
    /// Nothing added.
    #[must_use]
    pub const fn new() -> Self {
        StatusContext {
            retry_after: None,
            request_id: None,
        }
    }

    /// How long the client should wait before retrying: sent as `RetryInfo.retry_delay`.
    #[must_use]
    pub const fn with_retry_after(mut self, delay: Duration) -> Self {
        self.retry_after = Some(delay);
        self
    }

    /// The id of the request the error answers: sent as `RequestInfo.request_id`.
    #[must_use]
    pub const fn with_request_id(mut self, request_id: &'a str) -> Self {
        self.request_id = Some(request_id);
        self
    }
}

/// `error` as a `tonic::Status`, with the details the module documentation lists.
#[must_use]
pub fn to_status<E: WireError + ?Sized>(error: &E) -> tonic::Status {
    to_status_with(error, &StatusContext::new())
}

/// [`to_status`], with a retry delay or a request id.
#[must_use]
pub fn to_status_with<E: WireError + ?Sized>(
    error: &E,
    context: &StatusContext<'_>,
) -> tonic::Status {
    let entry = error.entry();
    let info = error.catalog();
    let message = error.to_string();
    let mut metadata = HashMap::new();
    error.for_each_field(&mut |name, value| {
        metadata.insert(name.to_owned(), value.to_string());
    });
    let reason = match entry.code() {
        Some(code) => code.to_string(),
        None => entry.variant().to_owned(),
    };
    let mut details = ErrorDetails::new();
    details.set_error_info(reason.clone(), info.id(), metadata);
    if context.retry_after.is_some() || matches!(entry.action(), Action::Retry | Action::RetryAfter)
    {
        details.set_retry_info(context.retry_after);
    }
    if let Some(url) = entry.help_url() {
        details.add_help_link(format!("Documentation of error {reason}"), url);
    }
    details.set_localized_message(info.locale(), message.clone());
    if let Some(request_id) = context.request_id {
        details.set_request_info(request_id, "");
    }
    tonic::Status::with_error_details(entry.grpc_code().into(), message, details)
}

/// The catalog code a received status names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReceivedCode<C> {
    /// A wire entry of the catalog.
    Known(C),
    /// A reason the catalog does not hold as a wire code (a newer entry), as received.
    Unknown(String),
}

/// A `tonic::Status` read back against catalog `C`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReceivedStatus<C> {
    code: ReceivedCode<C>,
    grpc_code: GrpcCode,
    message: String,
    fields: Vec<(String, String)>,
    retry_delay: Option<Option<Duration>>,
    help_url: Option<String>,
    localized_message: Option<(String, String)>,
    request_id: Option<String>,
}

impl<C: Catalog> ReceivedStatus<C> {
    /// The entry, by `ErrorInfo.reason`.
    #[must_use]
    pub fn code(&self) -> ReceivedCode<C> {
        self.code.clone()
    }

    /// The status's gRPC code.
    #[must_use]
    pub fn grpc_code(&self) -> GrpcCode {
        self.grpc_code
    }

    /// The status's message.
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The value of typed field `name`, from `ErrorInfo.metadata`.
    #[must_use]
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, value)| value.as_str())
    }

    /// Every `ErrorInfo.metadata` pair, sorted by name.
    #[must_use]
    pub fn fields(&self) -> &[(String, String)] {
        &self.fields
    }

    /// `RetryInfo`: `None` without one, `Some(None)` for one without a delay.
    #[must_use]
    pub fn retry_delay(&self) -> Option<Option<Duration>> {
        self.retry_delay
    }

    /// The first `Help` link's URL.
    #[must_use]
    pub fn help_url(&self) -> Option<&str> {
        self.help_url.as_deref()
    }

    /// `LocalizedMessage` as `(locale, message)`.
    #[must_use]
    pub fn localized_message(&self) -> Option<(&str, &str)> {
        self.localized_message
            .as_ref()
            .map(|(locale, message)| (locale.as_str(), message.as_str()))
    }

    /// `RequestInfo.request_id`.
    #[must_use]
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The known entry as an [`Occurrence`] with the received field values, ready to render
    /// in any dialect; `None` for an unknown code.
    #[must_use]
    pub fn to_occurrence(&self) -> Option<Occurrence<C>> {
        let ReceivedCode::Known(code) = self.code else {
            return None;
        };
        let occurrence = Occurrence::new(code).ok()?;
        Some(
            self.fields
                .iter()
                .fold(occurrence, |occurrence, (name, value)| {
                    occurrence.with_field(name, value.as_str())
                }),
        )
    }
}

/// Why a `tonic::Status` could not be read against a catalog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StatusError {
    /// The status's details are not well-formed `google.rpc.Status` protobuf.
    MalformedDetails(String),
    /// The details carry no `ErrorInfo`, so nothing names the catalog entry.
    NoErrorInfo,
    /// The `ErrorInfo.domain` is another catalog's (or another service's).
    OtherDomain {
        /// The catalog's id.
        expected: &'static str,
        /// The domain received.
        found: String,
    },
}

impl fmt::Display for StatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StatusError::MalformedDetails(problem) => {
                write!(f, "malformed gRPC status details: {problem}")
            }
            StatusError::NoErrorInfo => f.write_str("the gRPC status carries no ErrorInfo detail"),
            StatusError::OtherDomain { expected, found } => write!(
                f,
                "the gRPC status's ErrorInfo domain is `{found}`, not catalog `{expected}`"
            ),
        }
    }
}

impl std::error::Error for StatusError {}

/// Reads `status` against catalog `C`: `ErrorInfo.reason` is looked up as a wire code of
/// `C`, whose id must be the `ErrorInfo.domain`.
///
/// # Errors
///
/// [`StatusError`] when the details do not decode, carry no `ErrorInfo`, or name another
/// domain.
pub fn from_status<C: Catalog>(status: &tonic::Status) -> Result<ReceivedStatus<C>, StatusError> {
    let details = status
        .check_error_details()
        .map_err(|error| StatusError::MalformedDetails(error.to_string()))?;
    let info = details.error_info().ok_or(StatusError::NoErrorInfo)?;
    let expected = C::INFO.id();
    if info.domain != expected {
        return Err(StatusError::OtherDomain {
            expected,
            found: info.domain.clone(),
        });
    }
    let code = match C::lookup(&info.reason) {
        Some(code) if !code.entry().is_log_only() => ReceivedCode::Known(code),
        _ => ReceivedCode::Unknown(info.reason.clone()),
    };
    let mut fields: Vec<(String, String)> = info
        .metadata
        .iter()
        .map(|(name, value)| (name.clone(), value.clone()))
        .collect();
    fields.sort();
    Ok(ReceivedStatus {
        code,
        grpc_code: status.code().into(),
        message: status.message().to_owned(),
        fields,
        retry_delay: details.retry_info().map(|retry| retry.retry_delay),
        help_url: details
            .help()
            .and_then(|help| help.links.first())
            .map(|link| link.url.clone()),
        localized_message: details
            .localized_message()
            .map(|localized| (localized.locale.clone(), localized.message.clone())),
        request_id: details.request_info().map(|info| info.request_id.clone()),
    })
}
