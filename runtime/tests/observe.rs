//! `observe::record`: tracing events with typed fields, captured by a test subscriber, and
//! the metrics counter, captured by a debugging recorder.

use std::sync::{Arc, Mutex};

use error_catalog::LogLevel;
use error_catalog::observe::{self, Emit};
use tracing_core::field::{Field, Visit};
use tracing_core::span::{Attributes, Id, Record};
use tracing_core::{Dispatch, Event, Level, Metadata, Subscriber, dispatcher};

error_catalog::error_catalog! {
    /// Errors of a vault.
    #[catalog(code = str, id = "vault")]
    pub enum VaultError {
        /// The backend failed.
        Backend {
            code: "backend_failed",
            status: 503,
            message: "Storage backend {backend} failed",
            key: "VAULT-1",
            action: retry,
            fields: { backend: String, attempts: u32, #[redact] token: String },
            source: std::io::Error,
        },
        /// No such secret.
        SecretNotFound {
            code: "secret_not_found",
            status: 404,
            message: "Secret '{path}' not found",
            fields: { path: String, code: u16 },
        },
        /// A quiet 4xx.
        Quiet { code: "quiet", status: 409, message: "Conflict", log_level: info },
        /// Logged only.
        CacheMiss { message: "cache miss for {path}", fields: { path: String }, log_only },
    }
}

error_catalog::error_catalog! {
    /// A catalog whose entries log at `debug` unless they say otherwise.
    #[catalog(code = u16, log_level = debug)]
    pub enum ChattyError {
        /// Debug by the catalog.
        Chatty { code: 1, status: 500, message: "chatty" },
        /// Its own level.
        Loud { code: 2, status: 400, message: "loud", log_level: error },
    }
}

/// One captured event.
#[derive(Debug, Clone)]
struct Captured {
    name: &'static str,
    target: &'static str,
    level: Level,
    fields: Vec<(String, String)>,
}

impl Captured {
    fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, value)| value.as_str())
    }
}

/// A subscriber that keeps every event, each field apart, typed values marked by type.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<Captured>>>);

struct Fields<'a>(&'a mut Vec<(String, String)>);

impl Visit for Fields<'_> {
    fn record_u64(&mut self, field: &Field, value: u64) {
        self.0
            .push((field.name().to_owned(), format!("u64:{value}")));
    }

    fn record_i64(&mut self, field: &Field, value: i64) {
        self.0
            .push((field.name().to_owned(), format!("i64:{value}")));
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.push((field.name().to_owned(), value.to_owned()));
    }

    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.push((field.name().to_owned(), format!("{value:?}")));
    }
}

impl Subscriber for Capture {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }

    fn new_span(&self, _: &Attributes<'_>) -> Id {
        Id::from_u64(1)
    }

    fn record(&self, _: &Id, _: &Record<'_>) {}

    fn record_follows_from(&self, _: &Id, _: &Id) {}

    fn event(&self, event: &Event<'_>) {
        let mut fields = Vec::new();
        event.record(&mut Fields(&mut fields));
        let metadata = event.metadata();
        self.0.lock().unwrap().push(Captured {
            name: metadata.name(),
            target: metadata.target(),
            level: *metadata.level(),
            fields,
        });
    }

    fn enter(&self, _: &Id) {}

    fn exit(&self, _: &Id) {}
}

fn capture(run: impl FnOnce()) -> Vec<Captured> {
    let capture = Capture::default();
    dispatcher::with_default(&Dispatch::new(capture.clone()), run);
    capture.0.lock().unwrap().clone()
}

fn backend() -> VaultError {
    VaultError::Backend {
        backend: "s3".into(),
        attempts: 3,
        token: "hunter2".into(),
        source: std::io::Error::other("connection reset"),
    }
}

#[test]
fn a_5xx_is_an_error_event_with_typed_fields_apart() {
    let events = capture(|| observe::record_with(&backend(), Some("req_1")));
    let [event] = events.as_slice() else {
        panic!("one event expected: {events:?}");
    };
    assert_eq!(event.level, Level::ERROR);
    assert_eq!(event.target, "error_catalog");
    assert_eq!(event.name, "VaultError::Backend");
    assert_eq!(event.field("message"), Some("Storage backend s3 failed"));
    assert_eq!(event.field("catalog"), Some("vault"));
    assert_eq!(event.field("code"), Some("backend_failed"));
    assert_eq!(event.field("variant"), Some("Backend"));
    assert_eq!(event.field("key"), Some("VAULT-1"));
    assert_eq!(event.field("action"), Some("retry"));
    assert_eq!(event.field("status"), Some("u64:503"));
    assert_eq!(event.field("source"), Some("connection reset"));
    assert_eq!(event.field("request_id"), Some("req_1"));
    assert_eq!(event.field("backend"), Some("s3"));
    assert_eq!(event.field("attempts"), Some("3"));
    // Redacted: not a field, and nowhere in any value.
    assert_eq!(event.field("token"), None);
    assert!(
        event
            .fields
            .iter()
            .all(|(_, value)| !value.contains("hunter2"))
    );
}

#[test]
fn a_log_only_entry_is_emitted_at_error() {
    let events = capture(|| {
        VaultErrorLog::CacheMiss {
            path: "prod/db".into(),
        }
        .emit()
    });
    let [event] = events.as_slice() else {
        panic!("one event expected: {events:?}");
    };
    assert_eq!(event.level, Level::ERROR);
    assert_eq!(event.field("message"), Some("cache miss for prod/db"));
    assert_eq!(event.field("variant"), Some("CacheMiss"));
    assert_eq!(event.field("path"), Some("prod/db"));
    assert_eq!(event.field("status"), None);
    assert_eq!(event.field("code"), None);
    assert_eq!(event.field("request_id"), None);
}

#[test]
fn a_4xx_is_a_warning_and_a_field_named_like_a_fixed_one_is_renamed() {
    let error = VaultError::SecretNotFound {
        path: "a/b".into(),
        code: 7,
    };
    let events = capture(|| error.emit_with(Some("req_2")));
    let [event] = events.as_slice() else {
        panic!("one event expected: {events:?}");
    };
    assert_eq!(event.level, Level::WARN);
    assert_eq!(event.field("code"), Some("secret_not_found"));
    assert_eq!(event.field("field.code"), Some("7"));
    assert_eq!(event.field("path"), Some("a/b"));
}

#[test]
fn levels_follow_the_catalog_and_the_entry() {
    assert_eq!(VaultErrorCode::Backend.entry().log_level(), LogLevel::Error);
    assert_eq!(
        VaultErrorCode::SecretNotFound.entry().log_level(),
        LogLevel::Warn
    );
    assert_eq!(VaultErrorCode::Quiet.entry().log_level(), LogLevel::Info);
    assert_eq!(
        VaultErrorCode::CacheMiss.entry().log_level(),
        LogLevel::Error
    );
    assert_eq!(ChattyErrorCode::Chatty.entry().log_level(), LogLevel::Debug);
    assert_eq!(ChattyErrorCode::Loud.entry().log_level(), LogLevel::Error);
    let events = capture(|| {
        observe::record(&VaultError::Quiet);
        observe::record(&ChattyError::Chatty);
        observe::record(&ChattyError::Loud);
        // Twice: the cached callsite serves the second.
        observe::record(&ChattyError::Loud);
    });
    let levels: Vec<Level> = events.iter().map(|event| event.level).collect();
    assert_eq!(
        levels,
        [Level::INFO, Level::DEBUG, Level::ERROR, Level::ERROR]
    );
    assert_eq!(events[2].field("code"), Some("i64:2"));
}

#[test]
fn redacted_fields_stay_out_of_debug_and_every_field_visit() {
    let error = backend();
    assert!(!format!("{error:?}").contains("hunter2"));
    assert!(format!("{error:?}").contains("[redacted]"));
    let mut seen = Vec::new();
    error_catalog::CatalogError::for_each_field(&error, &mut |name, value| {
        seen.push(format!("{name}={value}"));
    });
    assert_eq!(seen, ["backend=s3", "attempts=3"]);
    assert_eq!(VaultErrorCode::Backend.entry().redacted_fields(), ["token"]);
    assert!(VaultErrorCode::Backend.entry().is_redacted("token"));
    assert!(!VaultErrorCode::Backend.entry().is_redacted("backend"));
    // The dialects visit fields only through `for_each_field`: the token is not on the wire.
    let body = error_catalog::dialect::render(&error, &error_catalog::dialect::Context::new());
    let error_catalog::dialect::Reply::Respond(response) = body else {
        panic!("a response expected");
    };
    let text = String::from_utf8_lossy(response.body());
    assert!(text.contains("s3"), "{text}");
    assert!(!text.contains("hunter2"), "{text}");
}

#[test]
fn every_record_counts_by_catalog_code_and_status() {
    use metrics_util::debugging::{DebugValue, DebuggingRecorder};

    let recorder = DebuggingRecorder::new();
    let snapshotter = recorder.snapshotter();
    metrics::with_local_recorder(&recorder, || {
        observe::record(&backend());
        observe::record(&backend());
        VaultErrorLog::CacheMiss { path: "p".into() }.emit();
    });
    let mut counts: Vec<(Vec<(String, String)>, u64)> = snapshotter
        .snapshot()
        .into_vec()
        .into_iter()
        .map(|(key, _, _, value)| {
            assert_eq!(key.key().name(), observe::ERRORS_TOTAL);
            let labels = key
                .key()
                .labels()
                .map(|label| (label.key().to_owned(), label.value().to_owned()))
                .collect();
            let DebugValue::Counter(count) = value else {
                panic!("a counter expected");
            };
            (labels, count)
        })
        .collect();
    counts.sort();
    let labels = |code: &str, status: &str| {
        vec![
            ("catalog".to_owned(), "vault".to_owned()),
            ("code".to_owned(), code.to_owned()),
            ("status".to_owned(), status.to_owned()),
        ]
    };
    assert_eq!(
        counts,
        [
            (labels("CacheMiss", "none"), 1),
            (labels("backend_failed", "503"), 2),
        ]
    );
}

#[cfg(feature = "axum")]
#[test]
fn into_response_records_the_error() {
    use axum::response::IntoResponse;

    let events = capture(|| {
        let response = backend().into_response();
        assert_eq!(response.status(), 503);
    });
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].field("code"), Some("backend_failed"));
}
