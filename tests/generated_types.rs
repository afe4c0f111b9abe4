//! The generated types: derives and attributes on the catalog, raw-identifier fields,
//! sources without `From`, boxed sources, percent-encoded help URLs.

use error_catalog::{Catalog, CatalogError};

/// A boxed source through an alias, as tower and others spell it.
type BoxError = Box<dyn std::error::Error + Send + Sync>;

error_catalog::error_catalog! {
    /// Derives on the catalog go to the error enum.
    #[catalog(code = str, status = 500, help_url = "https://docs.example/errors/{code}")]
    #[derive(Clone, PartialEq, Eq, serde::Serialize)]
    #[serde(tag = "kind")]
    pub enum ApiError {
        /// A templated message over a raw-identifier field.
        BadType {
            code: "bad type",
            status: 400,
            message: "bad type {type}",
            fields: { r#type: String },
        },
        /// A plain entry.
        NotFound { code: "SCM.0005", status: 404, message: "not found" },
        /// Its own help URL, with the code.
        Moved { code: "moved/permanently", status: 410, message: "moved", help_url: "https://other.example/?code={code}" },
    }
}

error_catalog::error_catalog! {
    /// Sources.
    #[catalog(code = u16, status = 500)]
    pub enum IoError {
        /// Gets `From<std::io::Error>`.
        Read { code: 1, message: "read failed", source: std::io::Error },
        /// Keeps its source without `From`: two `From<std::io::Error>` would conflict.
        Write { code: 2, message: "write failed", source: std::io::Error, no_from },
        /// A boxed source through an alias.
        Other { code: 3, message: "other failed", source: BoxError },
    }
}

#[test]
fn catalog_derives_apply_to_the_error_enum() {
    let error = ApiError::BadType {
        r#type: "jpeg".to_owned(),
    };
    assert_eq!(error.clone(), error);
    assert_ne!(error, ApiError::NotFound);
    assert_eq!(
        serde_json::to_value(&error).expect("serializes"),
        serde_json::json!({"kind": "BadType", "type": "jpeg"})
    );
    // The generated `Debug` is still the one in effect.
    assert_eq!(format!("{error:?}"), r#"BadType { type: "jpeg" }"#);
}

#[test]
fn raw_identifier_fields_are_named_without_r_hash() {
    let error = ApiError::BadType {
        r#type: "jpeg".to_owned(),
    };
    assert_eq!(error.to_string(), "bad type jpeg");
    assert_eq!(error.entry().fields(), ["type"]);
    let mut visited = Vec::new();
    error.for_each_field(&mut |name, value| visited.push((name, value.to_string())));
    assert_eq!(visited, [("type", "jpeg".to_owned())]);
}

#[test]
fn help_urls_percent_encode_the_code() {
    assert_eq!(
        ApiErrorCode::NotFound.help_url(),
        Some("https://docs.example/errors/SCM.0005")
    );
    assert_eq!(
        ApiErrorCode::BadType.help_url(),
        Some("https://docs.example/errors/bad%20type")
    );
    assert_eq!(
        ApiErrorCode::Moved.help_url(),
        Some("https://other.example/?code=moved%2Fpermanently")
    );
}

#[test]
fn sources_with_and_without_from() {
    use std::error::Error as _;
    let read: IoError = std::io::Error::other("disk").into();
    assert_eq!(read.kind(), IoErrorCode::Read);
    let write = IoError::Write {
        source: std::io::Error::other("full"),
    };
    assert_eq!(
        write.source().map(ToString::to_string).as_deref(),
        Some("full")
    );
    let other = IoError::Other {
        source: "boxed".into(),
    };
    assert_eq!(
        other.source().map(ToString::to_string).as_deref(),
        Some("boxed")
    );
    assert_eq!(IoErrorCode::ALL.len(), 3);
    assert_eq!(<IoErrorCode as Catalog>::INFO.entries().len(), 3);
}
