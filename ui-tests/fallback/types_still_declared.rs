//! A catalog with a mistake still declares its types: the code that uses them must report
//! nothing but the catalog's own error.
#![deny(missing_docs)]

error_catalog::error_catalog! {
    /// Errors of a small service.
    #[catalog(code = u16, dialect = json)]
    pub enum ApiError {
        /// The secret is missing.
        NotFound {
            code: 404,
            status: 404,
            message: "Secret '{path}' not found",
            fields: { path: String },
        },
        /// A cache miss, logged only.
        CacheMiss { message: "Cache miss", log_only },
    }
}

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

fn main() {
    let _ = names;
    let _ = build;
}
