//! Small catalogs, one per dialect, shared by the `dialect_*` tests. The entries the seed
//! documents' example payloads name are declared verbatim (code, status, message).

#![allow(dead_code)]

use error_catalog::dialect::{Context, DynDialect, Exposure, Incoming, ParseError, Parsed};
use error_catalog::{Catalog, CatalogError, WireError};

error_catalog::error_catalog! {
    /// SCMS RA errors (and one log value).
    #[catalog(code = u16, id = "scms_test", dialect = scms)]
    pub enum ScmsTest {
        /// The certificate file is not available.
        RaNoCertFileAvailable {
            code: 5065,
            status: 500,
            message: "Requested certificate file is not available for download",
            name: "raNoCertFileAvailable",
            key: "SCMS-964",
        },
        /// The EE could not be authenticated.
        RaAuthenticationFailed {
            code: 5067,
            status: 500,
            message: "EE authentication failed",
            name: "raAuthenticationFailed",
            key: "SCMS-978",
        },
        /// The MA signature is missing.
        NoMaAuthorizationSignature {
            code: 5002,
            status: 401,
            message: "MA signature missing",
            name: "noMaAuthorizationSignature",
            key: "SCMS-792",
        },
        /// Request values are improperly formatted (a name the source repeats).
        PcaInvalidInputValueFormat {
            code: 5004,
            status: 400,
            message: "Request values improperly formatted",
            name: "pcaInvalidInputValueFormat",
            key: "SCMS-795",
        },
        /// The same name again.
        PcaInvalidInputValueFormat5012 {
            code: 5012,
            status: 400,
            message: "Request values improperly formatted",
            name: "pcaInvalidInputValueFormat",
            repeated_name,
            key: "SCMS-875",
        },
        /// Logged only.
        LaEncFailure { name: "laEncFailure", message: "LA could not establish TLS link with RA", log_only },
    }
}

error_catalog::error_catalog! {
    /// Softcamp SKMS errors.
    #[catalog(code = u16, id = "skms_test", dialect = skms)]
    pub enum SkmsTest {
        /// Header creation failed.
        FailedCreateHeader { code: 40003, status: 400, message: "Failed create header" },
        /// The key is not in the vault.
        KeyNotFound { code: 40013, status: 400, message: "Key not found in the keyVault" },
        /// Access denied.
        NoPermission { code: 40301, status: 401, message: "You don't have permission this service" },
        /// Internal error.
        Internal {
            code: 50001,
            status: 500,
            message: "An unexpected error has occurred in the internal system",
            source: std::io::Error,
        },
    }
}

error_catalog::error_catalog! {
    /// Scai vault errors.
    #[catalog(code = str, id = "vault_test", dialect = scai_vault)]
    pub enum VaultTest {
        /// The secret does not exist.
        SecretNotFound {
            code: "secret_not_found",
            status: 404,
            message: "Secret '{path}' not found",
            fields: { path: String },
        },
        /// Too many requests.
        RateLimited { code: "rate_limited", status: 429, message: "Caller-specific rate limit", action: retry-after },
        /// Field-level validation failed.
        ValidationError { code: "validation_error", status: 422, message: "Field-level validation; see details.fields" },
        /// Storage failed.
        StorageError { code: "storage_error", status: 500, message: "Database or object store error", source: std::io::Error },
        /// A reported status.
        WebhookDeliveryFailed { code: "webhook_delivery_failed", status: reported(502), message: "Non-2xx from destination" },
    }
}

error_catalog::error_catalog! {
    /// Huawei Cloud SCM errors.
    #[catalog(code = str, id = "huawei_test", dialect = huawei, format = "SCM.####", locale = "zh-CN")]
    pub enum HuaweiTest {
        /// Invalid parameter.
        InvalidRequestParameter {
            code: "SCM.0005",
            status: 400,
            message: "请求参数错误",
            translations: { en: "Invalid request parameter" },
        },
        /// Push to ELB failed.
        ElbPushFailed {
            code: "SCM.0201",
            status: 400,
            message: "推送失败，ELB error message：{upstream_message}",
            fields: { upstream_message: String },
            translations: { en: "Push failed, ELB error message: {upstream_message}" },
        },
    }
}

error_catalog::error_catalog! {
    /// Adobe Pass errors.
    #[catalog(
        code = str,
        id = "adobe_test",
        dialect = adobe_pass,
        help_url = "https://experienceleague.adobe.com/docs/pass/authentication/auth-features/error-reportn/enhanced-error-codes.html",
    )]
    pub enum AdobeTest {
        /// The partner service could not be reached.
        NetworkConnectionFailure {
            code: "network_connection_failure",
            status: 403,
            message: "Unable to contact your TV provider services",
            action: retry,
        },
        /// Too many requests.
        TooManyRequests {
            code: "too_many_requests",
            status: 429,
            message: "Too many requests have been sent within a given interval.",
            action: retry-after,
        },
        /// The authentication session expired.
        AuthenticationSessionExpired {
            code: "authentication_session_expired",
            status: 410,
            message: "The current authentication session has expired.",
            action: authentication,
        },
    }
}

error_catalog::error_catalog! {
    /// Messages and codes that stress every escaping rule.
    #[catalog(code = str, id = "tricky", dialect = problem)]
    pub enum Tricky {
        /// Quotes and backslashes.
        Quotes { code: "quo\"te\\s", status: 400, message: "say \"hi\" \\ path C:\\dir / <tag> & 'x'" },
        /// Control characters.
        Controls { code: "controls", status: 400, message: "nul\u{0} bell\u{7} bs\u{8} tab\t lf\n cr\r ff\u{c} us\u{1f} del\u{7f}" },
        /// Chinese and line separators.
        Chinese { code: "中文", status: 400, message: "请求参数错误：U+2028\u{2028}U+2029\u{2029} emoji 😀 nbsp\u{a0}" },
        /// Braces.
        Braces { code: "braces", status: 409, message: "literal {{braces}} and {value}", fields: { value: String } },
        /// Static braces.
        StaticBraces { code: "static_braces", status: 409, message: "only {{literal}} braces" },
        /// Fields in a template that needs escaping itself, one of them twice.
        QuotedFields {
            code: "quoted_fields",
            status: 422,
            message: "\"{first}\" \\ {{{second}}}\t\u{1}{first}",
            fields: { first: String, second: u32 },
        },
        /// A server error with a source.
        Internal { code: "internal", status: 500, message: "internal \"failure\"", source: std::io::Error },
    }
}

error_catalog::error_catalog! {
    /// An integer catalog with awkward codes, rendered in every dialect.
    #[catalog(code = i32, id = "numbers", dialect = problem)]
    pub enum Numbers {
        /// Negative code.
        Negative { code: -7, status: 418, message: "negative \u{1} code" },
        /// Large code with a field.
        Large { code: 2147483647, status: 503, message: "busy {what}", fields: { what: String }, action: retry-after },
    }
}

/// A value that stresses escaping, for typed fields.
pub const TRICKY_VALUE: &str = "a\"b\\c\r\nd\u{0}e\u{2028}中😀<&>";

pub fn scms_samples() -> Vec<ScmsTest> {
    vec![
        ScmsTest::RaNoCertFileAvailable,
        ScmsTest::RaAuthenticationFailed,
        ScmsTest::NoMaAuthorizationSignature,
        ScmsTest::PcaInvalidInputValueFormat,
        ScmsTest::PcaInvalidInputValueFormat5012,
    ]
}

pub fn skms_samples() -> Vec<SkmsTest> {
    vec![
        SkmsTest::FailedCreateHeader,
        SkmsTest::KeyNotFound,
        SkmsTest::NoPermission,
        SkmsTest::Internal {
            source: std::io::Error::other("connect to devkms.internal [10.14.10.171] timed out"),
        },
    ]
}

pub fn vault_samples() -> Vec<VaultTest> {
    vec![
        VaultTest::SecretNotFound {
            path: "environments/production/missing".into(),
        },
        VaultTest::SecretNotFound {
            path: TRICKY_VALUE.into(),
        },
        VaultTest::RateLimited,
        VaultTest::ValidationError,
        VaultTest::StorageError {
            source: std::io::Error::other("pg: connection refused"),
        },
        VaultTest::WebhookDeliveryFailed,
    ]
}

pub fn huawei_samples() -> Vec<HuaweiTest> {
    vec![
        HuaweiTest::InvalidRequestParameter,
        HuaweiTest::ElbPushFailed {
            upstream_message: "listener 8f2c busy：retry later".into(),
        },
    ]
}

pub fn adobe_samples() -> Vec<AdobeTest> {
    vec![
        AdobeTest::NetworkConnectionFailure,
        AdobeTest::TooManyRequests,
        AdobeTest::AuthenticationSessionExpired,
    ]
}

pub fn tricky_samples() -> Vec<Tricky> {
    vec![
        Tricky::Quotes,
        Tricky::Controls,
        Tricky::Chinese,
        Tricky::Braces {
            value: TRICKY_VALUE.into(),
        },
        Tricky::StaticBraces,
        Tricky::QuotedFields {
            first: TRICKY_VALUE.into(),
            second: 7,
        },
        Tricky::Internal {
            source: std::io::Error::other("secret \"db\" at 10.0.0.1\r\nX-Injected: 1"),
        },
    ]
}

pub fn number_samples() -> Vec<Numbers> {
    vec![
        Numbers::Negative,
        Numbers::Large {
            what: TRICKY_VALUE.into(),
        },
    ]
}

/// Contexts that exercise every optional member.
pub fn contexts() -> Vec<Context<'static>> {
    const DETAILS: &[(&str, &str)] = &[
        ("fields", "name: must not be empty"),
        ("path", "shadowed by the entry's field"),
        ("fields", "a repeat"),
        ("tricky", TRICKY_VALUE),
    ];
    vec![
        Context::new(),
        Context::new().with_request_id("req_abc"),
        Context::new()
            .with_request_id("8bcb17f9-b172-47d2-86d9-3eb146eba85e")
            .with_detail("keyId : 0000009")
            .with_details(DETAILS)
            .with_retry_after(45)
            .with_help_url("https://help.example/\"quoted\"")
            .with_instance("/requests/8bcb17f9")
            .with_exposure(Exposure::Always),
        Context::new()
            .with_request_id("req\r\nSet-Cookie: stolen=1")
            .with_detail(TRICKY_VALUE)
            .with_exposure(Exposure::AlwaysWithSource),
        Context::new()
            .with_detail("hidden for 5xx")
            .with_details(DETAILS)
            .with_exposure(Exposure::ClientErrors),
        Context::new()
            .with_detail("never")
            .with_exposure(Exposure::Never),
    ]
}

/// Renders `error` in `dialect` with `cx` and parses the response back as catalog `C`.
pub fn round_trip<E: WireError + CatalogError>(
    dialect: &dyn DynDialect,
    error: &E,
    cx: &Context<'_>,
) -> Option<Result<Parsed<E::Code>, ParseError>> {
    let response = dialect.render(error, cx).respond()?;
    Some(dialect.parse::<E::Code>(&Incoming::from_response(&response)))
}

/// Every catalog code of `C` that is on the wire.
pub fn wire_codes<C: Catalog>() -> impl Iterator<Item = C> {
    C::ALL
        .iter()
        .copied()
        .filter(|code| !code.entry().is_log_only())
}
