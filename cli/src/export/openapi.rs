//! `export --format openapi`: an OpenAPI 3.1 document of every error a catalog's service
//! sends, built from the catalogs and the real dialects.
//!
//! Per catalog `<id>`:
//! - `components.schemas.<id>.Code`: the code `enum`, with `x-enum-varnames` (the Rust
//!   variants) and `x-enum-descriptions` (the messages), which client generators read.
//! - `components.schemas.<id>.Error`: the dialect's error body (the vendor's envelope, or
//!   RFC 9457 problem details), its code a `$ref` to `<id>.Code`.
//! - `components.responses.<id>.<status>`: one response per HTTP status, its schema the
//!   `Error` narrowed to the codes that status carries, a named example per entry (the body
//!   the dialect renders, so what the service sends), the headers the dialect sets
//!   (`Retry-After` where the entry asks for one), and `x-error-codes`: every code with its
//!   variant, message, action and help URL.
//!
//! `--fragment` writes only `components` (and the `x-error-codes` extension), for merging
//! into a service's own document.

use std::collections::BTreeMap;

use error_catalog::dialect::scms::Stage;
use error_catalog::dialect::{Context, DynDialect, Reply, Scms};
use error_catalog::{Action, CatalogInfo, DynOccurrence, Entry};
use http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use serde_json::{Map, Value, json};

use crate::Env;
use crate::lookup;

/// The OpenAPI version written.
pub const OPENAPI_VERSION: &str = "3.1.0";

/// The request id every example carries (a real service sends a fresh one).
const EXAMPLE_REQUEST_ID: &str = "req_example";
/// The `Retry-After` delay of the examples.
const EXAMPLE_RETRY_AFTER: u64 = 30;

/// The whole document: `openapi`, `info`, `paths` (empty) and `components`; or with
/// `fragment` only `components`.
pub fn document(env: &Env, catalogs: &[&'static CatalogInfo], fragment: bool) -> Value {
    let mut schemas = Map::new();
    let mut responses = Map::new();
    let mut catalog_list = Vec::new();
    for info in catalogs {
        let rendered = render_catalog(info);
        schemas.insert(format!("{}.Code", info.id()), code_schema(info, &rendered));
        schemas.insert(format!("{}.Error", info.id()), envelope(info));
        for (status, entries) in by_status(&rendered) {
            responses.insert(
                format!("{}.{status}", info.id()),
                response(info, status, &entries),
            );
        }
        catalog_list.push(json!({
            "id": info.id(),
            "title": lookup::catalog_title(info),
            "dialect": info.dialect().name(),
            "schema": format!("#/components/schemas/{}.Error", info.id()),
            "codes": format!("#/components/schemas/{}.Code", info.id()),
        }));
    }
    let components = json!({ "schemas": schemas, "responses": responses });
    if fragment {
        return json!({ "components": components, "x-error-catalogs": catalog_list });
    }
    let titles: Vec<String> = catalogs
        .iter()
        .map(|info| lookup::catalog_title(info))
        .collect();
    json!({
        "openapi": OPENAPI_VERSION,
        "info": {
            "title": format!("{} error catalogs", env.name),
            "version": env.version,
            "description": format!(
                "The errors of {}, one response per HTTP status under `components.responses` \
                 (`<catalog>.<status>`), as `{} export --format openapi` writes them from the \
                 catalogs. Reference them from an operation's `responses`.",
                titles.join(", "),
                env.name
            ),
        },
        "paths": {},
        "components": components,
        "x-error-catalogs": catalog_list,
    })
}

/// One wire entry as its dialect renders it.
struct Rendered {
    entry: &'static Entry,
    status: u16,
    content_type: Option<String>,
    /// Headers other than the content type and length, as sent.
    headers: Vec<(String, String)>,
    /// The body as JSON; `None` for a dialect without one (SCMS).
    body: Option<Value>,
}

/// The dialect the documentation renders `info` in: its native one, SCMS in its QA stage
/// (the PROD stage answers every error as a bare 500, which documents nothing).
fn doc_dialect(info: &CatalogInfo) -> &'static dyn DynDialect {
    static SCMS_QA: Scms = Scms::new(Stage::Qa);
    match info.dialect().name() {
        "scms" => &SCMS_QA,
        _ => info.dialect(),
    }
}

/// A sample value for field `name` in the examples.
pub fn sample_value(name: &str) -> String {
    format!("<{name}>")
}

fn render_catalog(info: &'static CatalogInfo) -> Vec<Rendered> {
    let dialect = doc_dialect(info);
    let cx = Context::new()
        .with_request_id(EXAMPLE_REQUEST_ID)
        .with_retry_after(EXAMPLE_RETRY_AFTER);
    let mut rendered = Vec::new();
    for (index, entry) in info.entries().iter().enumerate() {
        let Ok(mut occurrence) = DynOccurrence::new(info, index) else {
            continue;
        };
        for field in entry.fields() {
            occurrence = occurrence.with_field(field, sample_value(field));
        }
        let Reply::Respond(response) = dialect.render(&occurrence, &cx) else {
            continue;
        };
        let headers = response
            .headers()
            .iter()
            .filter(|(name, _)| **name != CONTENT_TYPE && **name != CONTENT_LENGTH)
            .map(|(name, value)| {
                (
                    header_name(name.as_str()),
                    String::from_utf8_lossy(value.as_bytes()).into_owned(),
                )
            })
            .collect();
        let content_type = response
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned);
        let body = (!response.body().is_empty())
            .then(|| serde_json::from_slice(response.body()).ok())
            .flatten();
        rendered.push(Rendered {
            entry,
            status: response.status().as_u16(),
            content_type,
            headers,
            body,
        });
    }
    rendered
}

/// `x-request-id` as `X-Request-Id`, `scms-poc-error` as `SCMS-POC-Error`: the vendors'
/// spellings (header names ignore case).
fn header_name(lower: &str) -> String {
    if let Some(rest) = lower.strip_prefix("scms-poc-") {
        return format!("SCMS-POC-{}", header_name(rest));
    }
    lower
        .split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect::<Vec<_>>()
        .join("-")
}

fn by_status(rendered: &[Rendered]) -> BTreeMap<u16, Vec<&Rendered>> {
    let mut map: BTreeMap<u16, Vec<&Rendered>> = BTreeMap::new();
    for item in rendered {
        map.entry(item.status).or_default().push(item);
    }
    map
}

/// The code as the body carries it (a JSON number or string), else as text.
fn wire_code(info: &CatalogInfo, item: &Rendered) -> Value {
    if let Some(body) = &item.body {
        let mut at = body;
        for key in code_path(info.dialect().name()) {
            match at.get(key) {
                Some(next) => at = next,
                None => break,
            }
        }
        if at.is_string() || at.is_number() {
            return at.clone();
        }
    }
    Value::String(lookup::entry_label(item.entry))
}

/// Where the code sits in the dialect's body; empty for SCMS (a header).
fn code_path(dialect: &str) -> &'static [&'static str] {
    match dialect {
        "skms" | "problem" => &["code"],
        "scai_vault" | "adobe_pass" => &["error", "code"],
        "huawei" => &["error_code"],
        _ => &[],
    }
}

fn code_schema(info: &CatalogInfo, rendered: &[Rendered]) -> Value {
    let codes: Vec<Value> = rendered.iter().map(|item| wire_code(info, item)).collect();
    let kind = if codes.iter().all(|code| code.is_i64() || code.is_u64()) {
        "integer"
    } else {
        "string"
    };
    json!({
        "title": format!("{} error code", lookup::catalog_title(info)),
        "description": format!(
            "Every code of catalog `{}` that goes on the wire.",
            info.id()
        ),
        "type": kind,
        "enum": codes,
        "x-enum-varnames": rendered.iter().map(|item| item.entry.variant()).collect::<Vec<_>>(),
        "x-enum-descriptions": rendered
            .iter()
            .map(|item| item.entry.message_template())
            .collect::<Vec<_>>(),
    })
}

/// The schema of the dialect's error body, its code a `$ref` to the catalog's code enum.
fn envelope(info: &CatalogInfo) -> Value {
    let code = json!({ "$ref": format!("#/components/schemas/{}.Code", info.id()) });
    let details = json!({
        "type": "object",
        "description": "The occurrence's field values (not sent with a 5xx unless the service opts in)",
        "additionalProperties": true,
    });
    let string = |description: &str| json!({ "type": "string", "description": description });
    let mut schema = match info.dialect().name() {
        "skms" => json!({
            "type": "object",
            "required": ["code", "message"],
            "properties": {
                "code": code,
                "message": string("The message"),
                "detail": string("More about this occurrence"),
            },
        }),
        "scai_vault" => json!({
            "type": "object",
            "required": ["error"],
            "properties": {
                "error": {
                    "type": "object",
                    "required": ["code", "message"],
                    "properties": {
                        "code": code,
                        "message": string("The message"),
                        "details": details,
                        "request_id": string("The request's id, as in the X-Request-ID header"),
                    },
                },
            },
        }),
        "huawei" => json!({
            "type": "object",
            "required": ["error_code", "error_msg"],
            "properties": {
                "error_code": code,
                "error_msg": string("The message"),
                "request_id": string("The request's id"),
            },
        }),
        "adobe_pass" => json!({
            "type": "object",
            "required": ["error"],
            "properties": {
                "error": {
                    "type": "object",
                    "required": ["status", "code", "message"],
                    "properties": {
                        "status": { "type": "integer", "description": "The HTTP status" },
                        "code": code,
                        "message": string("The message"),
                        "details": string("More about this occurrence"),
                        "helpUrl": { "type": "string", "format": "uri", "description": "Documentation of the code" },
                        "trace": string("The request's id"),
                        "action": {
                            "type": "string",
                            "enum": Action::ALL.iter().map(|action| action.as_str()).collect::<Vec<_>>(),
                            "description": "What the client should do",
                        },
                    },
                },
            },
        }),
        "problem" => json!({
            "type": "object",
            "description": "RFC 9457 problem details, with the catalog's code as an extension member",
            "properties": {
                "type": { "type": "string", "format": "uri-reference" },
                "title": string("A short summary of the problem type"),
                "status": { "type": "integer" },
                "detail": string("The message of this occurrence"),
                "instance": { "type": "string", "format": "uri-reference" },
                "code": code,
                "request_id": string("The request's id"),
                "action": {
                    "type": "string",
                    "enum": Action::ALL.iter().map(|action| action.as_str()).collect::<Vec<_>>(),
                },
                "details": details,
            },
        }),
        // A dialect this exporter has no schema for: its examples still show the body.
        name if name != "scms" => json!({
            "type": "object",
            "description": format!("The `{name}` dialect's error body; see the examples"),
            "additionalProperties": true,
        }),
        // SCMS: no body; the code travels in the `SCMS-POC-Error` header (QA stage).
        _ => json!({
            "description": "SCMS errors have no body: the QA stage sends the code in the \
                            `SCMS-POC-Error` header and the message in `SCMS-POC-Error-Message`; \
                            the PROD stage answers a bare 500",
            "x-error-code-header": "SCMS-POC-Error",
            "properties": { "code": code },
        }),
    };
    if let Some(object) = schema.as_object_mut() {
        object.insert(
            "title".to_owned(),
            Value::String(format!(
                "{} error ({} dialect)",
                lookup::catalog_title(info),
                info.dialect().name()
            )),
        );
    }
    schema
}

/// The `Error` schema narrowed to `codes` at the dialect's code path.
fn narrowed(info: &CatalogInfo, codes: &[Value]) -> Value {
    let mut restriction = json!({ "enum": codes });
    for key in code_path(info.dialect().name()).iter().rev() {
        restriction = json!({ "type": "object", "properties": { *key: restriction } });
    }
    json!({
        "allOf": [
            { "$ref": format!("#/components/schemas/{}.Error", info.id()) },
            restriction,
        ]
    })
}

fn response(info: &CatalogInfo, status: u16, entries: &[&Rendered]) -> Value {
    let codes: Vec<Value> = entries.iter().map(|item| wire_code(info, item)).collect();
    let reason = http::StatusCode::from_u16(status)
        .ok()
        .and_then(|status| status.canonical_reason())
        .unwrap_or("");
    let listed: Vec<String> = entries
        .iter()
        .map(|item| {
            let code = lookup::entry_label(item.entry);
            format!("`{code}` ({})", item.entry.action())
        })
        .collect();
    let mut description = format!(
        "{status} {reason}: {} code{} of catalog `{}`: {}.",
        entries.len(),
        if entries.len() == 1 { "" } else { "s" },
        info.id(),
        listed.join(", ")
    );
    if info.dialect().name() == "scms" {
        description.push_str(" In the PROD stage every SCMS error is a bare 500.");
    }

    // Headers: every header some entry of this status gets, with its example values.
    let mut headers = Map::new();
    let mut names: Vec<&str> = Vec::new();
    for item in entries {
        for (name, _) in &item.headers {
            if !names.contains(&name.as_str()) {
                names.push(name);
            }
        }
    }
    for name in names {
        let carried: Vec<&Rendered> = entries
            .iter()
            .copied()
            .filter(|item| item.headers.iter().any(|(n, _)| n == name))
            .collect();
        let value_of = |item: &Rendered| {
            item.headers
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        let which = if carried.len() == entries.len() {
            "Sent with every code of this status".to_owned()
        } else {
            let codes: Vec<String> = carried
                .iter()
                .map(|item| format!("`{}`", lookup::entry_label(item.entry)))
                .collect();
            format!("Sent with {}", codes.join(", "))
        };
        let header = if name.eq_ignore_ascii_case("retry-after") {
            json!({
                "description": format!(
                    "Seconds to wait before retrying. {which}."
                ),
                "schema": { "type": "integer", "minimum": 0 },
                "example": EXAMPLE_RETRY_AFTER,
            })
        } else if name.eq_ignore_ascii_case("scms-poc-error") {
            json!({
                "description": format!("The error code. {which}."),
                "schema": { "type": "string", "enum": carried.iter().map(|item| value_of(item)).collect::<Vec<_>>() },
            })
        } else {
            json!({
                "description": format!("{which}."),
                "schema": { "type": "string" },
                "example": value_of(carried[0]),
            })
        };
        headers.insert(name.to_owned(), header);
    }

    let mut object = Map::new();
    object.insert("description".to_owned(), Value::String(description));
    if !headers.is_empty() {
        object.insert("headers".to_owned(), Value::Object(headers));
    }
    let with_body: Vec<&Rendered> = entries
        .iter()
        .copied()
        .filter(|item| item.body.is_some())
        .collect();
    if let Some(first) = with_body.first() {
        let media = first
            .content_type
            .clone()
            .unwrap_or_else(|| "application/json".to_owned());
        let mut examples = Map::new();
        for item in &with_body {
            let code = lookup::entry_label(item.entry);
            examples.insert(
                code,
                json!({
                    "summary": item.entry.message_template(),
                    "value": item.body,
                }),
            );
        }
        object.insert(
            "content".to_owned(),
            json!({ media: { "schema": narrowed(info, &codes), "examples": examples } }),
        );
    }
    object.insert(
        "x-error-codes".to_owned(),
        Value::Array(
            entries
                .iter()
                .zip(&codes)
                .map(|(item, code)| {
                    json!({
                        "code": code,
                        "variant": item.entry.variant(),
                        "message": item.entry.message_template(),
                        "action": item.entry.action().as_str(),
                        "retry_after": item.headers.iter().any(|(n, _)| n.eq_ignore_ascii_case("retry-after")),
                        "help_url": item.entry.help_url(),
                    })
                })
                .collect(),
        ),
    );
    Value::Object(object)
}
