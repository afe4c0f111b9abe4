//! The body of the `IntoResponse` impls `error_catalog!` generates with the `axum` feature.

use ::axum::body::Body;
use ::axum::response::Response;
use http::StatusCode;

use crate::WireError;

use super::{Context, DynDialect, Reply};

/// Renders `error` in `dialect` (the catalog's native one, or the one it chose for
/// `IntoResponse`), as an axum response.
///
/// `IntoResponse` sees neither the request's `Accept` header nor a request id, so Adobe Pass
/// errors render as JSON and no request id is sent; a handler that needs either renders with
/// the [`dialect`](crate::dialect) API instead. SCMS renders at the PROD stage (a bare 500).
pub fn into_axum_response(error: &dyn WireError, dialect: &dyn DynDialect) -> Response {
    let response = match dialect.render(error, &Context::new()) {
        Reply::Respond(response) => response,
        // Default settings close no connection; a response is owed all the same.
        Reply::CloseConnection => {
            let mut response = http::Response::new(Vec::new());
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
        }
    };
    let (parts, body) = response.into_parts();
    Response::from_parts(parts, Body::from(body))
}
