//! Compositions of catalogs: one error type over several member catalogs.

use error_catalog::dialect::{self, Context, Incoming, ParsedCode};
use error_catalog::{Catalog, CatalogError, Code, CodeKind, WireError};
use error_catalog_vendors::adobe_pass::{AdobePassCode, AdobePassError};
use error_catalog_vendors::scai_vault::{ScaiVaultCode, ScaiVaultError};
use error_catalog_vendors::skms::{SkmsCode, SkmsError};

error_catalog::compose_catalogs! {
    /// A gateway in front of the Scai vault and Adobe Pass: both vendors' errors, each under
    /// its own prefix, so `internal_error` means one thing on the wire.
    #[catalog(id = "gateway", dialect = problem)]
    pub enum GatewayError {
        /// The vault's errors.
        Vault(ScaiVaultError) { prefix: "vault." },
        /// Adobe Pass errors.
        Adobe(AdobePassError) { prefix: "adobe." },
    }
}

error_catalog::compose_catalogs! {
    /// Adobe Pass keeps its codes but one, renamed; the vault keeps all of its own.
    pub enum RenamedError {
        Vault(ScaiVaultError),
        Adobe(AdobePassError) {
            rename: {
                "internal_error": "adobe_internal_error",
                "service_unavailable": "adobe_service_unavailable",
            },
        },
    }
}

error_catalog::error_catalog! {
    /// Integer codes of a second key service.
    #[catalog(code = u16, status = 400)]
    pub enum LegacyKeyError {
        /// The legacy store is read-only.
        ReadOnly { code: 46001, status: 409, message: "The legacy key store is read-only" },
        /// Too many legacy calls.
        Throttled { code: 46002, status: 429, message: "Slow down", action: retry-after },
    }
}

error_catalog::compose_catalogs! {
    /// Two integer catalogs in one integer namespace.
    #[catalog(dialect = skms)]
    pub enum KeysError {
        Skms(SkmsError),
        Legacy(LegacyKeyError),
    }
}

#[test]
fn composition_metadata_lists_every_member_entry_with_its_wire_code() {
    let info = GatewayErrorCode::INFO;
    assert_eq!(info.id(), "gateway");
    assert_eq!(info.type_name(), "GatewayError");
    assert_eq!(info.dialect().name(), "problem");
    assert_eq!(info.code_kind(), CodeKind::Str);
    let vault = ScaiVaultCode::ALL.len();
    let adobe = AdobePassCode::ALL.len();
    assert_eq!(info.entries().len(), vault + adobe);
    assert_eq!(GatewayErrorCode::ALL.len(), vault + adobe);
    for (index, code) in GatewayErrorCode::ALL.iter().enumerate() {
        assert_eq!(code.index(), index);
        let (member, position) = info.member_of(index).expect("every entry has a member");
        let member_entry = &member.catalog().entries()[position];
        let entry = code.entry();
        assert_eq!(entry.variant(), member_entry.variant());
        assert_eq!(entry.message_template(), member_entry.message_template());
        let wire = format!(
            "{}{}",
            member.prefix(),
            member_entry.code().expect("wire codes")
        );
        assert_eq!(entry.code().map(|c| c.to_string()), Some(wire.clone()));
        assert_eq!(GatewayErrorCode::from_code(&wire), Some(*code), "{wire}");
        assert_eq!(code.to_string(), wire);
    }
    let names: Vec<_> = info
        .members()
        .iter()
        .map(|m| (m.name(), m.catalog().id()))
        .collect();
    assert_eq!(names, [("Vault", "scai_vault"), ("Adobe", "adobe_pass")]);
    assert_eq!(
        GatewayErrorCode::from_code("internal_error"),
        None,
        "unprefixed codes are not on the wire"
    );
    assert_eq!(
        GatewayErrorCode::from_code("vault.internal_error"),
        Some(GatewayErrorCode::Vault(ScaiVaultCode::InternalError))
    );
    assert_eq!(
        GatewayErrorCode::from_code("adobe.internal_error"),
        Some(GatewayErrorCode::Adobe(AdobePassCode::InternalError))
    );
}

#[test]
fn member_errors_convert_in_and_back_out() {
    fn vault_call() -> Result<(), ScaiVaultError> {
        Err(ScaiVaultError::RateLimited)
    }
    fn handler() -> Result<(), GatewayError> {
        vault_call()?;
        Ok(())
    }
    let error = handler().expect_err("the vault refused");
    assert_eq!(
        error.kind(),
        GatewayErrorCode::Vault(ScaiVaultCode::RateLimited)
    );
    assert_eq!(error.code(), Code::Str("vault.rate_limited"));
    assert_eq!(error.status(), http::StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(error.to_string(), ScaiVaultError::RateLimited.to_string());
    assert!(matches!(
        error,
        GatewayError::Vault(ScaiVaultError::RateLimited)
    ));
    let back = ScaiVaultError::try_from(error).expect("a vault error");
    assert!(matches!(back, ScaiVaultError::RateLimited));
    let adobe = GatewayError::from(AdobePassError::InternalError);
    assert!(ScaiVaultError::try_from(adobe).is_err());
}

/// Every wire entry of the prefixed composition renders in every dialect and parses back to
/// the same composed code (SCMS only in its QA stage, which sends codes).
#[test]
fn prefixed_composition_renders_and_parses_in_every_dialect() {
    use error_catalog::Occurrence;
    let cx = Context::new().with_request_id("req_7");
    for code in GatewayErrorCode::ALL.iter().copied() {
        if code.entry().is_log_only() {
            continue;
        }
        let occurrence = Occurrence::new(code).expect("a wire entry");
        static SCMS_QA: error_catalog::dialect::Scms = error_catalog::dialect::Scms::qa();
        for builtin in dialect::BUILTIN {
            // SCMS answers with codes only in its QA stage.
            let format: &dyn dialect::DynDialect = if builtin.name() == "scms" {
                &SCMS_QA
            } else {
                builtin
            };
            let response = dialect::render_as(format, &occurrence, &cx)
                .respond()
                .expect("answers");
            let incoming = Incoming::new(response.status(), response.headers(), response.body());
            let parsed = dialect::parse_as::<GatewayErrorCode>(format, &incoming)
                .unwrap_or_else(|error| panic!("{format} {code}: {error}"));
            assert_eq!(parsed.code, ParsedCode::Known(code), "{format} {code}");
        }
    }
}

#[test]
fn composed_errors_render_with_their_prefixed_code() {
    let error = GatewayError::from(ScaiVaultError::SecretNotFound {
        path: "prod/db".into(),
    });
    let response = dialect::render(&error, &Context::new())
        .respond()
        .expect("problem answers");
    let body: serde_json::Value = serde_json::from_slice(response.body()).expect("JSON");
    assert_eq!(body["code"], "vault.secret_not_found");
    assert_eq!(body["status"], 404);
    assert_eq!(body["details"]["path"], "prod/db");
    assert_eq!(body["detail"], "Secret 'prod/db' not found");
    let mut fields = Vec::new();
    CatalogError::for_each_field(&error, &mut |name, value| {
        fields.push((name, value.to_string()))
    });
    assert_eq!(fields, [("path", "prod/db".to_owned())]);
    assert_eq!(WireError::status(&error), http::StatusCode::NOT_FOUND);
}

#[test]
fn renames_resolve_a_collision_code_by_code() {
    assert_eq!(
        RenamedErrorCode::from_code("internal_error"),
        Some(RenamedErrorCode::Vault(ScaiVaultCode::InternalError))
    );
    assert_eq!(
        RenamedErrorCode::from_code("adobe_internal_error"),
        Some(RenamedErrorCode::Adobe(AdobePassCode::InternalError))
    );
    assert_eq!(
        RenamedErrorCode::from_code("authorization_denied_by_mvpd"),
        Some(RenamedErrorCode::Adobe(
            AdobePassCode::AuthorizationDeniedByMvpd
        ))
    );
    let error = RenamedError::from(AdobePassError::ServiceUnavailable);
    assert_eq!(error.code(), Code::Str("adobe_service_unavailable"));
    assert_eq!(RenamedErrorCode::INFO.id(), "renamed_error");
}

#[test]
fn two_integer_catalogs_share_an_integer_namespace() {
    assert_eq!(KeysErrorCode::INFO.code_kind(), SkmsCode::INFO.code_kind());
    assert_eq!(
        KeysErrorCode::from_code("46002"),
        Some(KeysErrorCode::Legacy(LegacyKeyErrorCode::Throttled))
    );
    assert_eq!(
        KeysErrorCode::INFO
            .find_int_code(40013)
            .map(|i| KeysErrorCode::ALL[i]),
        Some(KeysErrorCode::Skms(SkmsCode::KeyNotFoundInKeyVault))
    );
    let error = KeysError::from(LegacyKeyError::Throttled);
    assert_eq!(error.code(), Code::Int(46002));
    let response = dialect::render(&error, &Context::new())
        .respond()
        .expect("skms answers");
    assert_eq!(
        response.body().as_slice(),
        br#"{"code":46002,"message":"Slow down"}"#
    );
    let incoming = Incoming::new(response.status(), response.headers(), response.body());
    let parsed = dialect::parse::<KeysErrorCode>(&incoming).expect("parses");
    assert_eq!(
        parsed.code,
        ParsedCode::Known(KeysErrorCode::Legacy(LegacyKeyErrorCode::Throttled))
    );
}

/// With the runtime's `axum` feature, a composition is a handler's error type like any
/// catalog's error: `IntoResponse` renders it in the composition's dialect.
#[test]
fn a_composition_is_an_axum_handlers_error_type() {
    use axum::response::IntoResponse;

    async fn handler() -> Result<&'static str, GatewayError> {
        Err(ScaiVaultError::RateLimited)?
    }

    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime");
    let response = runtime.block_on(async {
        let body = handler().await.into_response();
        let (parts, body) = body.into_parts();
        let bytes = axum::body::to_bytes(body, 1 << 16)
            .await
            .expect("a small body");
        (parts, bytes)
    });
    let (parts, body) = response;
    assert_eq!(parts.status, http::StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(parts.headers["content-type"], "application/problem+json");
    let body: serde_json::Value = serde_json::from_slice(&body).expect("JSON");
    assert_eq!(body["code"], "vault.rate_limited");
    assert_eq!(body["action"], "retry-after");
}
