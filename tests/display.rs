//! `Display`, `Error::source` and the `From` conversions of generated error types.

use std::error::Error as _;

error_catalog::error_catalog! {
    /// Test catalog.
    #[catalog(code = str, status = 500)]
    pub enum VaultError {
        /// Templated.
        SecretNotFound {
            code: "secret_not_found",
            status: 404,
            message: "Secret '{path}' not found in {engine}",
            fields: { path: String, engine: &'static str },
        },
        /// Static.
        RateLimited { code: "rate_limited", status: 429, message: "Caller-specific rate limit", action: retry-after },
        /// Escaped braces, no fields.
        Braces { code: "braces", message: "use {{ and }} literally" },
        /// A source error, with a From conversion.
        Storage { code: "storage_error", message: "Database or object store error", source: std::io::Error },
        /// A source and a field: no From (the field has no value to take).
        Backend {
            code: "backend_error",
            status: 502,
            message: "backend {name} failed",
            fields: { name: String },
            source: Box<dyn std::error::Error + Send + Sync>,
        },
        /// Chinese text and a full-width colon, as Huawei writes it.
        Push {
            code: "push_failed",
            status: 400,
            message: "推送失败，ELB error message：{upstream}",
            fields: { upstream: String },
        },
        /// Fields out of declaration order, one twice, a raw identifier, braces and a NUL.
        Mixed {
            code: "mixed",
            status: 400,
            message: "{{{kind}}} {type}\0{kind} in {{x}}: {count}",
            fields: { count: u32, r#type: String, kind: char },
        },
        /// A text run longer than 127 bytes before a field.
        Long { code: "long", status: 400, message: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx {n}!", fields: { n: u8 } },
        /// Log-only.
        Dropped { message: "record {id} dropped", log_only, fields: { id: u32 } },
    }
}

#[test]
fn templated_messages_render_their_fields() {
    let error = VaultError::SecretNotFound {
        path: "prod/db".into(),
        engine: "kv",
    };
    assert_eq!(error.to_string(), "Secret 'prod/db' not found in kv");
    let push = VaultError::Push {
        upstream: "listener busy".into(),
    };
    assert_eq!(
        push.to_string(),
        "推送失败，ELB error message：listener busy"
    );
}

#[test]
fn templates_mix_fields_escapes_and_nul_in_any_order() {
    let error = VaultError::Mixed {
        count: 3,
        r#type: "lease".into(),
        kind: 'k',
    };
    assert_eq!(error.to_string(), "{k} lease\0k in {x}: 3");
    assert_eq!(
        format!("{error:?}"),
        r#"Mixed { count: 3, type: "lease", kind: 'k' }"#
    );
}

#[test]
fn long_text_runs_render() {
    assert_eq!(
        VaultError::Long { n: 7 }.to_string(),
        format!("{} 7!", "x".repeat(150))
    );
}

#[test]
fn static_messages_render_the_template_and_unescape_braces() {
    assert_eq!(
        VaultError::RateLimited.to_string(),
        "Caller-specific rate limit"
    );
    assert_eq!(VaultError::Braces.to_string(), "use { and } literally");
    assert_eq!(
        VaultErrorCode::Braces.message_template(),
        "use {{ and }} literally"
    );
}

#[test]
fn display_honours_nothing_but_the_text() {
    // Width and fill of the outer formatter do not apply to a message (like io::Error).
    assert_eq!(
        format!("{:>30}", VaultError::RateLimited),
        "Caller-specific rate limit"
    );
    // Nor to the fields in a template, as a hand-written `write!(f, "...{}...", field)`
    // formats them: no width, fill or precision reaches a field, whatever its type.
    let error = VaultError::SecretNotFound {
        path: "prod/db".into(),
        engine: "kv",
    };
    for spec in [
        format!("{error:>40}"),
        format!("{error:*<40}"),
        format!("{error:.2}"),
        format!("{error:^9.1}"),
    ] {
        assert_eq!(spec, "Secret 'prod/db' not found in kv");
    }
    let mixed = VaultError::Mixed {
        count: 7,
        r#type: "t".into(),
        kind: 'k',
    };
    assert_eq!(format!("{mixed:>5}"), "{k} t\0k in {x}: 7");
    // A number field is not zero-padded to the error's width either.
    let long = format!("{:08}", VaultError::Long { n: 3 });
    assert!(long.ends_with("x 3!"), "{long}");
}

#[test]
fn source_errors_are_exposed_and_converted() {
    let io = std::io::Error::other("disk on fire");
    let error: VaultError = io.into();
    assert!(matches!(error, VaultError::Storage { .. }));
    assert_eq!(
        error.source().map(ToString::to_string).as_deref(),
        Some("disk on fire")
    );

    let boxed = VaultError::Backend {
        name: "acme".into(),
        source: "timeout".into(),
    };
    assert_eq!(boxed.to_string(), "backend acme failed");
    assert_eq!(
        boxed.source().map(ToString::to_string).as_deref(),
        Some("timeout")
    );

    assert!(VaultError::RateLimited.source().is_none());
}

#[test]
fn errors_convert_to_their_code_and_status() {
    let error = VaultError::SecretNotFound {
        path: "x".into(),
        engine: "kv",
    };
    assert_eq!(VaultErrorCode::from(&error), VaultErrorCode::SecretNotFound);
    assert_eq!(http::StatusCode::from(&error), http::StatusCode::NOT_FOUND);
    assert_eq!(error.kind(), VaultErrorCode::SecretNotFound);
    assert_eq!(error.code(), "secret_not_found");
    assert_eq!(error.status(), http::StatusCode::NOT_FOUND);
    // The catalog's default status applies where an entry gives none.
    let storage = VaultError::from(std::io::Error::other("x"));
    assert_eq!(storage.status(), http::StatusCode::INTERNAL_SERVER_ERROR);
}

#[test]
fn log_only_entries_display_but_have_no_status() {
    let dropped = VaultErrorLog::Dropped { id: 7 };
    assert_eq!(dropped.to_string(), "record 7 dropped");
    assert_eq!(dropped.kind(), VaultErrorCode::Dropped);
    assert!(VaultErrorCode::Dropped.is_log_only());
    assert_eq!(VaultErrorCode::Dropped.status(), None);
    assert_eq!(VaultErrorCode::Dropped.code(), None);
    assert_eq!(VaultErrorCode::Dropped.to_string(), "Dropped");
}

#[test]
fn codes_align_in_columns_as_the_text_they_are() {
    // A code enum displays as its code (or the variant name without one), with the width,
    // fill and alignment of the formatter, as a `str` or an integer does: tables of codes line up.
    assert_eq!(
        format!("[{:<18}]", VaultErrorCode::SecretNotFound),
        "[secret_not_found  ]"
    );
    assert_eq!(format!("[{:>9}]", VaultErrorCode::Dropped), "[  Dropped]");
    assert_eq!(
        format!("[{:^16}]", error_catalog::Code::Str("SCM.0005")),
        "[    SCM.0005    ]"
    );
    assert_eq!(
        format!("[{:>7}]", error_catalog::Code::Int(5065)),
        "[   5065]"
    );
    assert_eq!(
        format!("[{:.3}]", error_catalog::Code::Str("SCM.0005")),
        "[SCM]"
    );
}

#[test]
fn fields_are_visited_in_declaration_order() {
    use error_catalog::CatalogError;
    let error = VaultError::SecretNotFound {
        path: "p".into(),
        engine: "kv",
    };
    let mut seen = Vec::new();
    error.for_each_field(&mut |name, value| seen.push(format!("{name}={value}")));
    assert_eq!(seen, ["path=p", "engine=kv"]);
    let mut none = 0;
    VaultError::RateLimited.for_each_field(&mut |_, _| none += 1);
    assert_eq!(none, 0);
}
