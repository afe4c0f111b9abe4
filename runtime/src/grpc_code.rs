//! The canonical gRPC status codes, and the standard mapping from HTTP statuses.

use core::fmt;

use http::StatusCode;

/// A canonical gRPC status code (`google.rpc.Code`), numbered as the protocol numbers them.
///
/// Every wire entry has one: [`Entry::grpc_code`](crate::Entry::grpc_code), declared with
/// `grpc: not-found` or derived from the HTTP status by [`GrpcCode::from_http`]. It exists
/// without the `tonic` feature, so tools can show it; the feature converts it to
/// `tonic::Code`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(missing_docs)] // The variants are the protocol's, documented in `google/rpc/code.proto`.
pub enum GrpcCode {
    Ok = 0,
    Cancelled = 1,
    Unknown = 2,
    InvalidArgument = 3,
    DeadlineExceeded = 4,
    NotFound = 5,
    AlreadyExists = 6,
    PermissionDenied = 7,
    ResourceExhausted = 8,
    FailedPrecondition = 9,
    Aborted = 10,
    OutOfRange = 11,
    Unimplemented = 12,
    Internal = 13,
    Unavailable = 14,
    DataLoss = 15,
    Unauthenticated = 16,
}

impl GrpcCode {
    /// Every code, at the index of its number.
    pub const ALL: [GrpcCode; 17] = [
        GrpcCode::Ok,
        GrpcCode::Cancelled,
        GrpcCode::Unknown,
        GrpcCode::InvalidArgument,
        GrpcCode::DeadlineExceeded,
        GrpcCode::NotFound,
        GrpcCode::AlreadyExists,
        GrpcCode::PermissionDenied,
        GrpcCode::ResourceExhausted,
        GrpcCode::FailedPrecondition,
        GrpcCode::Aborted,
        GrpcCode::OutOfRange,
        GrpcCode::Unimplemented,
        GrpcCode::Internal,
        GrpcCode::Unavailable,
        GrpcCode::DataLoss,
        GrpcCode::Unauthenticated,
    ];

    /// The code numbered `number`.
    #[must_use]
    pub const fn from_number(number: i32) -> Option<GrpcCode> {
        if number < 0 || number as usize >= GrpcCode::ALL.len() {
            None
        } else {
            Some(GrpcCode::ALL[number as usize])
        }
    }

    /// The code's number on the wire (`NOT_FOUND` is 5).
    #[must_use]
    pub const fn number(self) -> i32 {
        self as i32
    }

    /// The code's spelling in the DSL (`not-found`); the protocol writes `NOT_FOUND`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        error_catalog_contract::GRPC_CODES[self as usize]
    }

    /// The standard mapping of an HTTP error status to a gRPC code, as `google.rpc.Code`
    /// documents it for each code (the table of Google's API design guide, AIP-193):
    ///
    /// | HTTP | gRPC |
    /// | --- | --- |
    /// | 400 | `INVALID_ARGUMENT` |
    /// | 401 | `UNAUTHENTICATED` |
    /// | 403 | `PERMISSION_DENIED` |
    /// | 404 | `NOT_FOUND` |
    /// | 409 | `ABORTED` (a conflict to retry at a higher level; declare `grpc: already-exists` for a create that collides) |
    /// | 412 | `FAILED_PRECONDITION` |
    /// | 416 | `OUT_OF_RANGE` |
    /// | 429 | `RESOURCE_EXHAUSTED` |
    /// | 499 | `CANCELLED` |
    /// | 501 | `UNIMPLEMENTED` |
    /// | 503 | `UNAVAILABLE` |
    /// | 504 | `DEADLINE_EXCEEDED` |
    /// | other 4xx | `FAILED_PRECONDITION` |
    /// | other 5xx | `INTERNAL` |
    /// | anything else | `UNKNOWN` |
    #[must_use]
    pub const fn from_http(status: StatusCode) -> GrpcCode {
        match status.as_u16() {
            400 => GrpcCode::InvalidArgument,
            401 => GrpcCode::Unauthenticated,
            403 => GrpcCode::PermissionDenied,
            404 => GrpcCode::NotFound,
            409 => GrpcCode::Aborted,
            412 => GrpcCode::FailedPrecondition,
            416 => GrpcCode::OutOfRange,
            429 => GrpcCode::ResourceExhausted,
            499 => GrpcCode::Cancelled,
            501 => GrpcCode::Unimplemented,
            503 => GrpcCode::Unavailable,
            504 => GrpcCode::DeadlineExceeded,
            other if other >= 400 && other < 500 => GrpcCode::FailedPrecondition,
            other if other >= 500 && other < 600 => GrpcCode::Internal,
            _ => GrpcCode::Unknown,
        }
    }
}

impl fmt::Display for GrpcCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
