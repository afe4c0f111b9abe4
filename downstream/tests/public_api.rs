//! The generated API, used from another crate whose dependency on the runtime is renamed.

use errcat::dialect::{self, Context, Incoming, ParsedCode};
use errcat::{Action, Catalog, CatalogError, Code, WireError};
use error_catalog_downstream::{
    KeyCode, KeyError, StorageError, StorageErrorCode, StorageErrorLog, read_object,
};

#[test]
fn a_renamed_runtime_expands_every_part_of_a_catalog() {
    let error = read_object("missing").expect_err("missing objects are errors");
    assert_eq!(error.to_string(), "Object 'missing' not found");
    assert_eq!(error.code(), "object_not_found");
    assert_eq!(error.status(), http::StatusCode::NOT_FOUND);
    assert_eq!(WireError::status(&error), http::StatusCode::NOT_FOUND);
    assert_eq!(error.kind(), StorageErrorCode::ObjectNotFound);
    assert_eq!(
        StorageErrorCode::ObjectNotFound.help_url(),
        Some("https://docs.example/errors/object_not_found")
    );
    assert_eq!(
        StorageErrorCode::from_code("slow_down"),
        Some(StorageErrorCode::SlowDown)
    );
    assert_eq!(StorageErrorCode::SlowDown.action(), Action::RetryAfter);
    assert_eq!(StorageErrorCode::INFO.id(), "storage_error");
    assert_eq!(StorageErrorCode::ALL.len(), 4);
    assert!(StorageErrorCode::CacheCold.is_log_only());

    let disk = read_object("broken").expect_err("broken objects are errors");
    let source = std::error::Error::source(&disk).expect("the io error is the source");
    assert_eq!(source.to_string(), "sector 7 unreadable");

    let log = StorageErrorLog::CacheCold { key: "k".into() };
    assert_eq!(log.to_string(), "cache cold for k");
    assert_eq!(CatalogError::kind(&log), StorageErrorCode::CacheCold);
}

#[test]
fn integer_catalogs_with_chosen_names_and_default_status() {
    assert_eq!(
        KeyError::KeyNotFound.status(),
        http::StatusCode::BAD_REQUEST
    );
    assert_eq!(
        KeyError::BadKeyId.status(),
        http::StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(KeyCode::from_code(40013), Some(KeyCode::KeyNotFound));
    assert_eq!(KeyCode::from_code_str("40014"), Some(KeyCode::BadKeyId));
    assert_eq!(KeyCode::KeyNotFound.entry().code(), Some(Code::Int(40013)));
    assert_eq!(
        <KeyCode as Catalog>::lookup("40013"),
        Some(KeyCode::KeyNotFound)
    );
}

#[test]
fn renders_and_parses_through_the_renamed_runtime() {
    let error = StorageError::ObjectNotFound { key: "a/b".into() };
    let cx = Context::new().with_request_id("req_1");
    let response = dialect::render(&error, &cx)
        .respond()
        .expect("scai_vault answers");
    assert_eq!(response.status(), 404);
    assert_eq!(
        response.body().as_slice(),
        br#"{"error":{"code":"object_not_found","message":"Object 'a/b' not found","details":{"key":"a/b"},"request_id":"req_1"}}"#
    );
    let incoming = Incoming::new(response.status(), response.headers(), response.body());
    let parsed = dialect::parse::<StorageErrorCode>(&incoming).expect("our own response parses");
    assert_eq!(
        parsed.code,
        ParsedCode::Known(StorageErrorCode::ObjectNotFound)
    );
    assert_eq!(parsed.field("key"), Some("a/b"));
}

/// The point of this crate: it must not reach into the runtime by any path but the public,
/// renamed one.
#[test]
fn uses_no_private_path() {
    for (name, text) in [
        ("src/lib.rs", include_str!("../src/lib.rs")),
        ("tests/public_api.rs", include_str!("public_api.rs")),
    ] {
        let code: String = text
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect();
        for forbidden in [concat!("__", "private"), concat!("error", "_catalog::")] {
            assert!(!code.contains(forbidden), "{name} names `{forbidden}`");
        }
    }
}

#[test]
fn compositions_work_through_the_renamed_runtime() {
    use error_catalog_downstream::{ServiceError, ServiceErrorCode};
    let error = ServiceError::from(KeyError::BadKeyId);
    assert_eq!(error.code(), Code::Str("keys.40014"));
    assert_eq!(error.status(), http::StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        ServiceErrorCode::from_code("object_not_found"),
        Some(ServiceErrorCode::Storage(StorageErrorCode::ObjectNotFound))
    );
    assert_eq!(
        ServiceErrorCode::from_code("keys.40013"),
        Some(ServiceErrorCode::Keys(KeyCode::KeyNotFound))
    );
    assert_eq!(ServiceErrorCode::INFO.members().len(), 2);
}

#[test]
fn a_dialect_of_this_crate_is_a_catalogs_native_dialect() {
    use error_catalog_downstream::{Tiny, TinyError, TinyErrorCode};

    let error = TinyError::Missing {
        thing: "gear \"7\"".into(),
    };
    assert_eq!(TinyErrorCode::INFO.dialect().name(), "tiny");
    let cx = Context::new().with_request_id("req\r\n1");
    let response = dialect::render(&error, &cx).respond().expect("answers");
    assert_eq!(response.status(), http::StatusCode::NOT_FOUND);
    assert_eq!(
        response.headers()["content-type"],
        "application/vnd.tiny+json"
    );
    assert_eq!(response.headers()["x-tiny-request-id"], "req  1");
    assert_eq!(
        std::str::from_utf8(response.body()).expect("UTF-8"),
        r#"{"err":7,"msg":"No such thing: gear \"7\""}"#
    );

    let parsed =
        dialect::parse::<TinyErrorCode>(&Incoming::from_response(&response)).expect("parses");
    assert_eq!(parsed.known(), Some(TinyErrorCode::Missing));
    assert_eq!(parsed.field("thing"), Some("gear \"7\""));
    assert_eq!(parsed.request_id.as_deref(), Some("req  1"));

    let found = dialect::find_in("tiny", &[&Tiny as &dyn dialect::DynDialect]).expect("by name");
    let busy = found
        .render(&TinyError::Busy, &Context::new())
        .respond()
        .expect("answers");
    assert_eq!(busy.status(), http::StatusCode::SERVICE_UNAVAILABLE);
    let foreign = Incoming::new(
        http::StatusCode::BAD_REQUEST,
        busy.headers(),
        br#"{"err": 99, "msg": "other"}"#,
    );
    let unknown = dialect::parse::<TinyErrorCode>(&foreign).expect("parses");
    assert!(matches!(unknown.code, ParsedCode::Unknown(_)));
    let broken = Incoming::new(http::StatusCode::BAD_REQUEST, busy.headers(), b"{");
    let error = dialect::parse::<TinyErrorCode>(&broken).expect_err("not JSON");
    assert_eq!(error.dialect(), "tiny");
}
