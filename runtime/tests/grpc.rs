//! `grpc`: wire errors as `tonic::Status` with google.rpc details, and back.

use std::time::Duration;

use error_catalog::GrpcCode;
use error_catalog::grpc::{self, ReceivedCode, StatusContext, StatusError};
use tonic_types::StatusExt;

error_catalog::error_catalog! {
    /// Errors of a vault.
    #[catalog(code = str, id = "vault", help_url = "https://docs.example/errors/{code}", locale = "en-GB")]
    pub enum VaultError {
        /// No such secret.
        SecretNotFound {
            code: "secret_not_found",
            status: 404,
            message: "Secret '{path}' not found",
            fields: { path: String, #[redact] token: String },
        },
        /// Slow down.
        RateLimited { code: "rate_limited", status: 429, message: "Too many requests", action: retry-after },
        /// A create that collides.
        Exists { code: "exists", status: 409, message: "Exists", grpc: ALREADY_EXISTS },
        /// A conflict.
        Conflict { code: "conflict", status: 409, message: "Conflict" },
        /// Not there yet.
        Unsupported { code: "unsupported", status: 418, message: "Teapot", grpc: unimplemented },
        /// Logged only: log-only entries have no code.
        Quiet { message: "quiet", log_only },
    }
}

error_catalog::error_catalog! {
    /// Another catalog.
    #[catalog(code = u16, id = "other")]
    pub enum OtherError {
        /// Anything.
        Broken { code: 1, status: 500, message: "broken" },
    }
}

fn not_found() -> VaultError {
    VaultError::SecretNotFound {
        path: "prod/db".into(),
        token: "hunter2".into(),
    }
}

#[test]
fn an_error_becomes_a_status_with_error_info_and_the_richer_details() {
    let status = grpc::to_status_with(&not_found(), &StatusContext::new().with_request_id("req_1"));
    assert_eq!(status.code(), tonic::Code::NotFound);
    assert_eq!(status.message(), "Secret 'prod/db' not found");
    let details = status.check_error_details().expect("well-formed details");
    let info = details.error_info().expect("ErrorInfo");
    assert_eq!(info.reason, "secret_not_found");
    assert_eq!(info.domain, "vault");
    assert_eq!(
        info.metadata.get("path").map(String::as_str),
        Some("prod/db")
    );
    assert_eq!(info.metadata.get("token"), None);
    assert_eq!(
        details.help().expect("Help").links[0].url,
        "https://docs.example/errors/secret_not_found"
    );
    let localized = details.localized_message().expect("LocalizedMessage");
    assert_eq!(localized.locale, "en-GB");
    assert_eq!(localized.message, "Secret 'prod/db' not found");
    assert_eq!(
        details.request_info().expect("RequestInfo").request_id,
        "req_1"
    );
    assert!(details.retry_info().is_none());
    assert!(!format!("{status:?}").contains("hunter2"));
}

#[test]
fn a_status_parses_back_into_the_typed_code() {
    let status = tonic::Status::from(not_found());
    let received = grpc::from_status::<VaultErrorCode>(&status).expect("a vault status");
    assert_eq!(
        received.code(),
        ReceivedCode::Known(VaultErrorCode::SecretNotFound)
    );
    assert_eq!(received.grpc_code(), GrpcCode::NotFound);
    assert_eq!(received.message(), "Secret 'prod/db' not found");
    assert_eq!(received.field("path"), Some("prod/db"));
    assert_eq!(received.field("token"), None);
    assert_eq!(
        received.help_url(),
        Some("https://docs.example/errors/secret_not_found")
    );
    assert_eq!(
        received.localized_message(),
        Some(("en-GB", "Secret 'prod/db' not found"))
    );
    assert_eq!(received.retry_delay(), None);
    let occurrence = received.to_occurrence().expect("a known entry");
    assert_eq!(occurrence.to_string(), "Secret 'prod/db' not found");
}

#[test]
fn retry_info_carries_the_delay() {
    let status = grpc::to_status_with(
        &VaultError::RateLimited,
        &StatusContext::new().with_retry_after(Duration::from_secs(30)),
    );
    assert_eq!(status.code(), tonic::Code::ResourceExhausted);
    let received = grpc::from_status::<VaultErrorCode>(&status).expect("a vault status");
    assert_eq!(received.retry_delay(), Some(Some(Duration::from_secs(30))));
    let without = grpc::from_status::<VaultErrorCode>(&grpc::to_status(&VaultError::RateLimited))
        .expect("a vault status");
    assert_eq!(without.retry_delay(), Some(None));
}

#[test]
fn grpc_codes_follow_the_standard_mapping_unless_declared() {
    assert_eq!(
        grpc::to_status(&VaultError::Exists).code(),
        tonic::Code::AlreadyExists
    );
    assert_eq!(
        grpc::to_status(&VaultError::Conflict).code(),
        tonic::Code::Aborted
    );
    assert_eq!(
        grpc::to_status(&VaultError::Unsupported).code(),
        tonic::Code::Unimplemented
    );
    assert_eq!(
        grpc::to_status(&OtherError::Broken).code(),
        tonic::Code::Internal
    );
    assert_eq!(
        VaultErrorCode::Exists.entry().declared_grpc_code(),
        Some(GrpcCode::AlreadyExists)
    );
    assert_eq!(VaultErrorCode::Conflict.entry().declared_grpc_code(), None);
    let table = [
        (400, GrpcCode::InvalidArgument),
        (401, GrpcCode::Unauthenticated),
        (403, GrpcCode::PermissionDenied),
        (404, GrpcCode::NotFound),
        (409, GrpcCode::Aborted),
        (412, GrpcCode::FailedPrecondition),
        (416, GrpcCode::OutOfRange),
        (418, GrpcCode::FailedPrecondition),
        (429, GrpcCode::ResourceExhausted),
        (499, GrpcCode::Cancelled),
        (500, GrpcCode::Internal),
        (501, GrpcCode::Unimplemented),
        (502, GrpcCode::Internal),
        (503, GrpcCode::Unavailable),
        (504, GrpcCode::DeadlineExceeded),
    ];
    for (http, expected) in table {
        let status = http::StatusCode::from_u16(http).expect("a status");
        assert_eq!(GrpcCode::from_http(status), expected, "{http}");
    }
    for code in GrpcCode::ALL {
        assert_eq!(GrpcCode::from(tonic::Code::from(code)), code);
        assert_eq!(tonic::Code::from(code) as i32, code.number());
    }
}

#[test]
fn foreign_and_malformed_statuses_are_typed_errors() {
    let other = tonic::Status::from(OtherError::Broken);
    assert_eq!(
        grpc::from_status::<VaultErrorCode>(&other),
        Err(StatusError::OtherDomain {
            expected: "vault",
            found: "other".into()
        })
    );
    let plain = tonic::Status::not_found("nothing here");
    assert_eq!(
        grpc::from_status::<VaultErrorCode>(&plain),
        Err(StatusError::NoErrorInfo)
    );
    let garbage = tonic::Status::with_details(
        tonic::Code::Internal,
        "garbage",
        vec![0xff, 0xff, 0xff].into(),
    );
    assert!(matches!(
        grpc::from_status::<VaultErrorCode>(&garbage),
        Err(StatusError::MalformedDetails(_))
    ));
}

#[test]
fn unknown_reasons_are_kept() {
    let mut details = tonic_types::ErrorDetails::new();
    details.set_error_info("newer_code", "vault", std::collections::HashMap::new());
    let status = tonic::Status::with_error_details(tonic::Code::NotFound, "newer", details);
    let received = grpc::from_status::<VaultErrorCode>(&status).expect("a vault status");
    assert_eq!(received.code(), ReceivedCode::Unknown("newer_code".into()));
    assert!(received.to_occurrence().is_none());
    // A log-only entry's code never comes over the wire.
    let mut details = tonic_types::ErrorDetails::new();
    details.set_error_info("quiet", "vault", std::collections::HashMap::new());
    let status = tonic::Status::with_error_details(tonic::Code::Internal, "quiet", details);
    let received = grpc::from_status::<VaultErrorCode>(&status).expect("a vault status");
    assert_eq!(received.code(), ReceivedCode::Unknown("quiet".into()));
}
