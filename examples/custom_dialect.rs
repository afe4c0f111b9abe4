//! A dialect written outside the runtime: Google's AIP-193 error model, as a catalog's native
//! dialect.
//!
//! `cargo run --example custom_dialect`
//!
//! ```text
//! {"error": {"code": 403, "message": "...", "status": "PERMISSION_DENIED",
//!            "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo",
//!                         "reason": "...", "domain": "...", "metadata": {...}}]}}
//! ```
//!
//! `code` is the HTTP status, `status` the canonical status name, the catalog's code is the
//! `ErrorInfo` reason and the entry's typed fields travel in its `metadata`. The dialect uses
//! only the runtime's public API, as any crate's would.

use error_catalog::dialect::{self, Context, Dialect, Incoming};

/// The AIP-193 dialect, in a module of its own as it would be in a crate of its own.
mod aip193 {
    use error_catalog::WireError;
    use error_catalog::dialect::{
        Context, Details, Dialect, Head, Incoming, ParseError, Prepared, Reading, Reply, WireCode,
        json, wants_retry_after,
    };
    use http::StatusCode;
    use serde::Deserialize;

    /// `type.googleapis.com/google.rpc.ErrorInfo`: the reason, domain and metadata.
    const ERROR_INFO: &str = "type.googleapis.com/google.rpc.ErrorInfo";
    /// `type.googleapis.com/google.rpc.RequestInfo`: the request id.
    const REQUEST_INFO: &str = "type.googleapis.com/google.rpc.RequestInfo";

    /// Google's AIP-193 error model; `domain` names the service in `ErrorInfo`.
    #[derive(Clone, Copy, Debug)]
    pub struct Aip193 {
        domain: &'static str,
    }

    impl Aip193 {
        /// The dialect for the service named `domain` (`library.example.com`).
        pub const fn new(domain: &'static str) -> Self {
            Aip193 { domain }
        }
    }

    /// The canonical status name for an HTTP status (google.rpc.Code's HTTP mapping).
    fn status_name(status: StatusCode) -> &'static str {
        match status.as_u16() {
            400 => "INVALID_ARGUMENT",
            401 => "UNAUTHENTICATED",
            403 => "PERMISSION_DENIED",
            404 => "NOT_FOUND",
            409 => "ABORTED",
            429 => "RESOURCE_EXHAUSTED",
            499 => "CANCELLED",
            501 => "UNIMPLEMENTED",
            503 => "UNAVAILABLE",
            504 => "DEADLINE_EXCEEDED",
            code if code < 500 => "FAILED_PRECONDITION",
            _ => "INTERNAL",
        }
    }

    impl Dialect for Aip193 {
        const NAME: &'static str = "aip193";
        const MEDIA_TYPES: &'static [&'static str] = &["application/json"];
        const DEFAULT: Self = Aip193::new("library.example.com");

        fn render_into<'a, E>(
            &self,
            error: &E,
            cx: &Context<'a>,
            body: &mut Vec<u8>,
        ) -> Reply<Head<'a>>
        where
            E: WireError + ?Sized,
        {
            let prepared = Prepared::new(error, cx);
            let status = prepared.status();
            body.extend_from_slice(b"{\"error\":{\"code\":");
            body.extend_from_slice(status.as_str().as_bytes());
            body.extend_from_slice(b",\"message\":");
            // A static message is copied as the macro escaped it at compile time.
            json::write_message(body, error);
            body.extend_from_slice(b",\"status\":\"");
            body.extend_from_slice(status_name(status).as_bytes());
            body.extend_from_slice(b"\",\"details\":[{\"@type\":\"");
            body.extend_from_slice(ERROR_INFO.as_bytes());
            body.extend_from_slice(b"\",\"reason\":");
            json::write_code(body, error.entry(), true);
            body.extend_from_slice(b",\"domain\":");
            json::write_str(body, self.domain);
            body.extend_from_slice(b",\"metadata\":{");
            let mut first = true;
            // The typed fields, then what the exposure policy lets out of the context.
            json::visit_details(error, &prepared, &mut |name, value| {
                if !first {
                    body.push(b',');
                }
                first = false;
                json::write_str(body, name);
                body.push(b':');
                json::write_display(body, value);
            });
            body.extend_from_slice(b"}}");
            let request_id = prepared.request_id();
            if let Some(id) = &request_id {
                body.extend_from_slice(b",{\"@type\":\"");
                body.extend_from_slice(REQUEST_INFO.as_bytes());
                body.extend_from_slice(b"\",\"requestId\":");
                json::write_str(body, id);
                body.push(b'}');
            }
            body.extend_from_slice(b"]}}");

            let mut head = Head::new(status);
            head.set_content_type("application/json");
            if let Some(id) = request_id {
                head.insert_header("x-request-id", id);
            }
            if let Some(seconds) = cx.retry_after()
                && wants_retry_after(status, error.entry().action())
            {
                head.set_retry_after(seconds);
            }
            Reply::Respond(head)
        }

        fn read(&self, response: &Incoming<'_>) -> Result<Reading, ParseError> {
            #[derive(Deserialize)]
            struct Body {
                error: Status,
            }
            #[derive(Deserialize)]
            struct Status {
                #[serde(default)]
                message: String,
                #[serde(default)]
                details: Vec<Detail>,
            }
            #[derive(Deserialize)]
            struct Detail {
                #[serde(rename = "@type", default)]
                type_url: String,
                #[serde(default)]
                reason: Option<String>,
                #[serde(default)]
                metadata: Details,
                #[serde(rename = "requestId", default)]
                request_id: Option<String>,
            }

            let body: Body = response.json(Self::NAME)?;
            let mut reading = Reading::new(response.status());
            reading.message = Some(body.error.message);
            for detail in body.error.details {
                match detail.type_url.as_str() {
                    ERROR_INFO => {
                        reading.code = detail.reason.map(WireCode::Str);
                        reading.fields = detail
                            .metadata
                            .texts()
                            .map(|(name, value)| (name.to_owned(), value.into_owned()))
                            .collect();
                    }
                    REQUEST_INFO => reading.request_id = detail.request_id,
                    _ => {}
                }
            }
            if let Some(id) = response.request_id("x-request-id") {
                reading.request_id.get_or_insert(id);
            }
            reading.retry_after = response.retry_after();
            Ok(reading)
        }
    }
}

error_catalog::error_catalog! {
    /// Errors of a library service, in Google's AIP-193 error model.
    #[catalog(code = str, id = "library", dialect = aip193::Aip193)]
    pub enum LibraryError {
        /// The caller lacks a permission on the shelf.
        ShelfAccessDenied {
            code: "SHELF_ACCESS_DENIED",
            status: 403,
            message: "Permission '{permission}' denied on shelf '{shelf}'",
            fields: { permission: String, shelf: String },
        },
        /// No book has this name.
        BookNotFound {
            code: "BOOK_NOT_FOUND",
            status: 404,
            message: "Book '{book}' not found",
            fields: { book: String },
        },
        /// Too many requests.
        RateLimitExceeded {
            code: "RATE_LIMIT_EXCEEDED",
            status: 429,
            message: "Quota exceeded for quota metric 'Read requests'",
            action: retry-after,
        },
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let error = LibraryError::ShelfAccessDenied {
        permission: "library.shelves.get".into(),
        shelf: "shelves/1".into(),
    };
    let cx = Context::new().with_request_id("req-7f3a");
    let response = dialect::render(&error, &cx)
        .respond()
        .ok_or("aip193 always answers")?;

    println!(
        "{} (native dialect {})",
        LibraryErrorCode::INFO.id(),
        LibraryErrorCode::INFO.dialect()
    );
    println!("HTTP/1.1 {}", response.status());
    for (name, value) in response.headers() {
        println!("{name}: {}", value.to_str()?);
    }
    println!("\n{}\n", String::from_utf8_lossy(response.body()));

    let parsed = dialect::parse::<LibraryErrorCode>(&Incoming::from_response(&response))?;
    println!("parsed: {:?}", parsed.code);
    println!("  message: {:?}", parsed.message);
    println!("  fields: {:?}", parsed.fields);
    println!("  request id: {:?}", parsed.request_id);

    // A reason this catalog does not know (a newer one) is a value, not an error.
    let headers = http::HeaderMap::new();
    let foreign = br#"{"error":{"code":403,"message":"Billing account closed","status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"BILLING_DISABLED","domain":"library.example.com","metadata":{"project":"p-1"}}]}}"#;
    let incoming = Incoming::new(http::StatusCode::FORBIDDEN, &headers, foreign);
    let parsed = aip193::Aip193::DEFAULT.parse::<LibraryErrorCode>(&incoming)?;
    println!("\nforeign reason parsed: {:?}", parsed.code);
    println!("  fields: {:?}", parsed.fields);
    Ok(())
}
