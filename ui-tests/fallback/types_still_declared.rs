//! A catalog with a mistake still declares its types and their API: the code that uses them
//! must report nothing but the catalog's own error.
#![deny(missing_docs)]

error_catalog::error_catalog! {
    /// Errors of a small service.
    #[catalog(code = u16, dialect = json)]
    #[derive(Clone, PartialEq)]
    pub enum ApiError {
        /// The secret is missing.
        NotFound {
            code: 404,
            status: 404,
            message: "Secret '{path}' not found",
            fields: { path: String },
        },
        /// Storage failed.
        Storage { code: 500, status: 500, message: "Storage failed", source: FmtError },
        /// A cache miss, logged only.
        CacheMiss { message: "Cache miss", log_only },
    }
}

/// A `Clone` source error, so the derive applies.
pub type FmtError = std::fmt::Error;

fn names(
    error: ApiError,
    code: ApiErrorCode,
    log: ApiErrorLog,
) -> (ApiError, ApiErrorCode, ApiErrorLog) {
    (error, code, log)
}

fn build() -> (ApiError, ApiErrorCode, ApiErrorLog) {
    (
        ApiError::NotFound {
            path: String::from("a"),
        },
        ApiErrorCode::NotFound,
        ApiErrorLog::CacheMiss,
    )
}

fn uses(error: &ApiError, log: &ApiErrorLog) -> Result<(), ApiError> {
    let _: &dyn std::error::Error = error;
    let _: String = error.to_string();
    let _: String = format!("{error:?} {log} {log:?}");
    let _: u16 = error.code();
    let _: http::StatusCode = error.status();
    let _: ApiErrorCode = error.kind();
    let _: error_catalog::Action = error.action();
    let _: &error_catalog::Entry = error.entry();
    let _: ApiErrorCode = log.kind();
    let _: bool = error.clone() == *error;
    let code = ApiErrorCode::from_code(404).or(ApiErrorCode::from_code_str("404"));
    let code = code.or(ApiErrorCode::from_name("notFound")).unwrap_or(ApiErrorCode::ALL[0]);
    let _: Option<u16> = code.code();
    let _: Option<http::StatusCode> = code.status();
    let _: Option<&str> = code.help_url();
    let _: &str = code.message_template();
    let _: usize = ApiErrorCode::INFO.entries().len();
    let _: String = format!("{code} {code:?}");
    let _ = ApiErrorCode::from(error);
    let _ = http::StatusCode::from(error);
    fn generic<E: error_catalog::WireError>(_: &E) {}
    generic(error);
    let _ = <ApiErrorCode as error_catalog::Catalog>::ALL;
    Err(ApiError::from(std::fmt::Error))
}

fn main() {
    let _ = names;
    let _ = build;
    let _ = uses;
}
