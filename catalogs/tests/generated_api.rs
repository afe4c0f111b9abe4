//! What the macro generates for the five bundled catalogs: display of typed errors, lookups by
//! code and by vendor name (hits and misses), repeated names, statuses and actions.

use error_catalog::{Action, Code, StatusKind};
use error_catalog_vendors::adobe_pass::{AdobePassCode, AdobePassError};
use error_catalog_vendors::huawei::{HuaweiScmCode, HuaweiScmError};
use error_catalog_vendors::scai_vault::{ScaiVaultCode, ScaiVaultError};
use error_catalog_vendors::scms::{ScmsCode, ScmsError, ScmsLogValue};
use error_catalog_vendors::skms::{SkmsCode, SkmsError};
use http::StatusCode;

#[test]
fn scms() {
    let error = ScmsError::RaNoCertFileAvailable;
    assert_eq!(
        error.to_string(),
        "Requested certificate file is not available for download"
    );
    assert_eq!(error.code(), 5065);
    assert_eq!(error.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(error.kind(), ScmsCode::RaNoCertFileAvailable);
    assert_eq!(ScmsCode::from(&error), ScmsCode::RaNoCertFileAvailable);
    assert_eq!(StatusCode::from(&error), StatusCode::INTERNAL_SERVER_ERROR);

    // Lookups by code: hits and misses (5062 is absent from the source).
    assert_eq!(
        ScmsCode::from_code(5065),
        Some(ScmsCode::RaNoCertFileAvailable)
    );
    assert_eq!(
        ScmsCode::from_code_str("5023"),
        Some(ScmsCode::RaNumberOfRequestsExceeded5023)
    );
    assert_eq!(ScmsCode::from_code(5062), None);
    assert_eq!(ScmsCode::from_code_str("raNoCertFileAvailable"), None);
    assert_eq!(ScmsCode::from_code_str(""), None);

    // The lost status cell of SCMS-1083, declared 500.
    assert_eq!(ScmsCode::RaRequestNotEncrypted.code(), Some(5059));
    assert_eq!(
        ScmsCode::RaRequestNotEncrypted.status(),
        Some(StatusCode::INTERNAL_SERVER_ERROR)
    );
    assert!(ScmsCode::RaRequestNotEncrypted.notes().is_some());

    // Repeated vendor names: the first entry answers a lookup by name; all are listed.
    assert_eq!(
        ScmsCode::from_name("laEncFailure"),
        Some(ScmsCode::LaEncFailure)
    );
    assert_eq!(ScmsCode::INFO.entries_named("laEncFailure").count(), 3);
    let keys: Vec<_> = ScmsCode::INFO
        .entries_named("laEncFailure")
        .map(|entry| entry.key().unwrap())
        .collect();
    assert_eq!(keys, ["SCMS-1042", "SCMS-1044", "SCMS-1046"]);
    assert_eq!(
        ScmsCode::from_name("pcaInvalidInputValueFormat"),
        Some(ScmsCode::PcaInvalidInputValueFormat)
    );
    assert_eq!(
        ScmsCode::PcaInvalidInputValueFormat5012.name(),
        Some("pcaInvalidInputValueFormat")
    );
    assert_eq!(
        ScmsCode::INFO
            .entries_named("pcaInvalidInputValueFormat")
            .count(),
        2
    );
    assert_eq!(
        ScmsCode::INFO
            .entries_named("raNumberOfRequestsExceeded")
            .count(),
        2
    );
    assert_eq!(
        ScmsCode::from_name("InternalTimeout"),
        Some(ScmsCode::InternalTimeout)
    );
    assert_eq!(ScmsCode::from_name("internalTimeout"), None);
    assert_eq!(ScmsCode::from_name("SCMS-964"), None);

    // Log values: no code, no status, never on the wire, but displayable.
    let log = ScmsLogValue::LaEncFailureRa;
    assert_eq!(log.to_string(), "LA could not establish TLS link with RA");
    assert_eq!(log.kind(), ScmsCode::LaEncFailureRa);
    assert!(ScmsCode::LaEncFailureRa.is_log_only());
    assert_eq!(ScmsCode::LaEncFailureRa.code(), None);
    assert_eq!(ScmsCode::LaEncFailureRa.status(), None);
    assert_eq!(ScmsCode::LaEncFailureRa.action(), Action::None);
    assert_eq!(ScmsCode::LaEncFailureRa.to_string(), "LaEncFailureRa");
    assert_eq!(ScmsCode::RaNoCertFileAvailable.to_string(), "5065");
    assert_eq!(
        ScmsCode::ALL
            .iter()
            .filter(|code| code.is_log_only())
            .count(),
        12
    );

    // The non-breaking space of SCMS-978, kept.
    assert!(
        ScmsCode::RaAuthenticationFailed
            .description()
            .unwrap()
            .contains("or\u{a0}bad encryption")
    );
}

#[test]
fn skms() {
    let error = SkmsError::KeyNotFoundInKeyVault;
    assert_eq!(error.to_string(), "Key not found in the keyVault");
    assert_eq!(error.code(), 40013);
    assert_eq!(error.status(), StatusCode::BAD_REQUEST);

    // The status does not follow the code's prefix.
    assert_eq!(
        SkmsCode::from_code(40102).unwrap().status(),
        Some(StatusCode::BAD_REQUEST)
    );
    assert_eq!(
        SkmsCode::from_code(40301).unwrap().status(),
        Some(StatusCode::UNAUTHORIZED)
    );
    assert_eq!(
        SkmsError::NoPermissionForService.status(),
        StatusCode::UNAUTHORIZED
    );

    assert_eq!(
        SkmsCode::from_code_str("40013"),
        Some(SkmsCode::KeyNotFoundInKeyVault)
    );
    assert_eq!(SkmsCode::from_code(40106), None);
    assert_eq!(SkmsCode::from_code(200), None);
    assert_eq!(SkmsCode::from_code_str("4001x"), None);
    // SKMS has no vendor names.
    assert_eq!(SkmsCode::from_name("Invalid token"), None);
    assert_eq!(SkmsCode::InvalidToken.name(), None);
    assert_eq!(
        SkmsCode::EncryptionKeyEmpty.description(),
        Some("No matching encryption key\n- DS_KEY_ENCRYPTION_KEY")
    );
}

#[test]
fn scai_vault() {
    let error = ScaiVaultError::SecretNotFound { path: "a/b".into() };
    assert_eq!(error.to_string(), "Secret 'a/b' not found");
    assert_eq!(error.code(), "secret_not_found");
    assert_eq!(error.status(), StatusCode::NOT_FOUND);
    assert_eq!(error.kind().entry().fields(), ["path"]);

    // Derived not-found messages.
    assert_eq!(
        ScaiVaultError::VersionNotFound.to_string(),
        "Version not found"
    );
    assert_eq!(ScaiVaultError::CaNotFound.to_string(), "CA not found");
    assert_eq!(
        ScaiVaultError::DnsProviderNotFound.to_string(),
        "DNS provider not found"
    );

    // Lookups: hits and misses (codes are case-sensitive; HTTP statuses are not codes).
    assert_eq!(
        ScaiVaultCode::from_code("rate_limited"),
        Some(ScaiVaultCode::RateLimited)
    );
    assert_eq!(
        ScaiVaultCode::from_name("rate_limited"),
        Some(ScaiVaultCode::RateLimited)
    );
    assert_eq!(ScaiVaultCode::from_code("Rate_limited"), None);
    assert_eq!(ScaiVaultCode::from_code("429"), None);
    assert_eq!(ScaiVaultCode::from_code("not_found"), None);

    // Retry guidance.
    assert_eq!(ScaiVaultError::RateLimited.action(), Action::RetryAfter);
    assert_eq!(ScaiVaultError::ServiceUnavailable.action(), Action::Retry);
    assert_eq!(ScaiVaultError::InternalError.action(), Action::Retry);
    assert_eq!(ScaiVaultError::VersionConflict.action(), Action::None);
    assert_eq!(
        ScaiVaultError::QuotaExceeded.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    assert!(!ScaiVaultError::QuotaExceeded.action().is_retryable());
    let retryable: Vec<_> = ScaiVaultCode::ALL
        .iter()
        .filter(|code| code.action().is_retryable())
        .map(|code| code.code().unwrap())
        .collect();
    assert_eq!(
        retryable,
        ["rate_limited", "service_unavailable", "internal_error"]
    );

    // Webhook delivery codes carry a reported status.
    let reported: Vec<_> = ScaiVaultCode::ALL
        .iter()
        .filter(|code| code.entry().status_kind() == StatusKind::Reported)
        .map(|code| code.code().unwrap())
        .collect();
    assert_eq!(
        reported,
        [
            "webhook_url_invalid",
            "webhook_delivery_failed",
            "webhook_delivery_timeout"
        ]
    );
    assert_eq!(
        ScaiVaultCode::WebhookDeliveryTimeout.status(),
        Some(StatusCode::GATEWAY_TIMEOUT)
    );
}

#[test]
fn huawei_scm() {
    let error = HuaweiScmError::ElbPushRejected {
        upstream_message: "listener not found".into(),
    };
    assert_eq!(
        error.to_string(),
        "推送失败，ELB error message：listener not found"
    );
    assert_eq!(error.code(), "SCM.0201");
    assert_eq!(error.status(), StatusCode::BAD_REQUEST);
    let empty = HuaweiScmError::WafPushRejected {
        upstream_message: String::new(),
    };
    assert_eq!(empty.to_string(), "推送失败，WAF error message：");

    assert_eq!(
        HuaweiScmError::InvalidRequestParameter.to_string(),
        "请求参数错误"
    );
    assert_eq!(
        HuaweiScmError::InvalidTenantId.status(),
        StatusCode::FORBIDDEN
    );

    // Lookups: hits and misses (API gateway codes are foreign).
    assert_eq!(
        HuaweiScmCode::from_code("SCM.0005"),
        Some(HuaweiScmCode::InvalidRequestParameter)
    );
    assert_eq!(HuaweiScmCode::from_code("SCM.0006"), None);
    assert_eq!(HuaweiScmCode::from_code("APIGW.0101"), None);
    assert_eq!(HuaweiScmCode::from_code("scm.0005"), None);
    assert_eq!(HuaweiScmCode::from_name("SCM.0005"), None);

    // Chinese messages, English translations.
    let info = HuaweiScmCode::INFO;
    assert_eq!(info.locale(), "zh-CN");
    let entry = HuaweiScmCode::InvalidRequestParameter.entry();
    assert_eq!(
        entry.message_template_in("zh-CN", info.locale()),
        Some("请求参数错误")
    );
    assert_eq!(
        entry.message_template_in("en", info.locale()),
        Some("Invalid request parameter")
    );
    assert_eq!(entry.message_template_in("fr", info.locale()), None);
    assert_eq!(
        HuaweiScmCode::CdnPushRejected
            .entry()
            .message_template_in("en", info.locale()),
        Some("Push failed, CDN error message: {upstream_message}")
    );

    // Developer notes kept in the solution, and the other statuses in the notes.
    assert_eq!(
        HuaweiScmCode::OperationNotSupported.solution(),
        Some("有地方返回403")
    );
    assert!(
        HuaweiScmCode::OperationNotSupported
            .notes()
            .unwrap()
            .contains("403")
    );
    assert!(
        HuaweiScmCode::CertificateChainParseFailed
            .notes()
            .unwrap()
            .contains("500")
    );
    assert_eq!(
        HuaweiScmCode::InsufficientCdnPermission.solution(),
        Some("请配置CND权限")
    );
}

#[test]
fn adobe_pass() {
    let error = AdobePassError::NetworkConnectionFailure;
    assert_eq!(error.code(), "network_connection_failure");
    assert_eq!(error.status(), StatusCode::FORBIDDEN);
    assert_eq!(error.action(), Action::Retry);
    assert_eq!(
        error.to_string(),
        "There was a connection failure with the associated partner service. Retrying the request might solve the issue."
    );
    assert!(
        AdobePassCode::NetworkConnectionFailure
            .notes()
            .unwrap()
            .contains("Unable to contact your TV provider services")
    );

    assert_eq!(
        AdobePassCode::from_code("too_many_requests"),
        Some(AdobePassCode::TooManyRequests)
    );
    assert_eq!(AdobePassCode::TooManyRequests.action(), Action::RetryAfter);
    assert_eq!(
        AdobePassCode::from_name("invalid_client_id"),
        Some(AdobePassCode::InvalidClientId)
    );
    assert_eq!(AdobePassCode::from_code("degradation"), None);
    assert_eq!(AdobePassCode::from_code("retry"), None);

    // Actions by group; `degradation` has no code.
    let count = |action: Action| {
        AdobePassCode::ALL
            .iter()
            .filter(|code| code.action() == action)
            .count()
    };
    assert_eq!(count(Action::None), 23);
    assert_eq!(count(Action::Configuration), 6);
    assert_eq!(count(Action::ApplicationRegistration), 3);
    assert_eq!(count(Action::Authentication), 6);
    assert_eq!(count(Action::Authorization), 3);
    assert_eq!(count(Action::Degradation), 0);
    assert_eq!(count(Action::Retry), 4);
    assert_eq!(count(Action::RetryAfter), 2);
    for code in AdobePassCode::ALL {
        assert_eq!(code.category(), Some(code.action().as_str()));
        assert_eq!(code.name(), code.code());
        assert_eq!(code.entry().code(), code.code().map(Code::Str));
    }
}
