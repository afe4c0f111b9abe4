//! `export --format openapi` over the five bundled catalogs: the document validates against
//! the official OpenAPI 3.1 JSON Schema (vendored in `tests/data`, from
//! OAI/OpenAPI-Specification `schemas/v3.1/schema.json`, id 2022-10-07) with the `jsonschema`
//! crate, parses with the `oas3` crate (JSON and the YAML form alike), every example is valid
//! against its response's schema and parses back, with the catalog's own dialect, to the
//! code it documents.

#![cfg(feature = "bundled")]

use std::collections::BTreeSet;

use error_catalog::Catalog;
use error_catalog::dialect::{self, Incoming, ParsedCode};
use error_catalog_vendors::{CATALOGS, adobe_pass, huawei, scai_vault, scms, skms};
use http::{HeaderMap, HeaderValue, StatusCode};
use serde_json::{Value, json};

fn export(args: &[&str]) -> String {
    let cli = errcat::Cli::new(&CATALOGS);
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let status = cli.run_with(args.iter().copied(), &mut out, &mut err);
    assert_eq!(
        status,
        std::process::ExitCode::SUCCESS,
        "{}",
        String::from_utf8_lossy(&err)
    );
    String::from_utf8(out).expect("UTF-8")
}

fn document() -> Value {
    serde_json::from_str(&export(&["export", "--format", "openapi"])).expect("JSON")
}

fn openapi_schema() -> Value {
    serde_json::from_str(include_str!("data/openapi-3.1-schema.json")).expect("schema JSON")
}

#[test]
fn validates_against_the_openapi_3_1_schema() {
    let document = document();
    let validator = jsonschema::validator_for(&openapi_schema()).expect("the schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&document)
        .map(|error| format!("{} at {}", error, error.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(document["openapi"], "3.1.0");

    // A mistake is caught: the validator is not vacuous.
    let mut broken = document.clone();
    broken["components"]["responses"]["skms.400"]["description"] = json!(7);
    assert!(!validator.is_valid(&broken));
}

#[test]
fn parses_with_oas3_as_json_and_as_yaml() {
    let json_text = export(&["export", "--format", "openapi"]);
    let from_json = oas3::from_json(&json_text).expect("oas3 parses the JSON document");
    let components = from_json.components.as_ref().expect("components");
    assert!(components.responses.contains_key("huawei_scm.400"));
    assert!(components.schemas.contains_key("adobe_pass.Error"));
    let yaml_text = export(&["export", "--format", "openapi-yaml"]);
    let from_yaml = oas3::from_yaml(&yaml_text).expect("oas3 parses the YAML document");
    assert_eq!(
        oas3::to_json(&from_json).expect("serialize"),
        oas3::to_json(&from_yaml).expect("serialize")
    );
}

/// Every wire entry of `C` appears once in the responses, under its status, with an example
/// that is valid against the response's schema and parses back to the entry.
fn examples_parse_back<C: Catalog>(document: &Value) {
    let info = C::INFO;
    let format = info.dialect().name();
    let responses = document["components"]["responses"]
        .as_object()
        .expect("responses");
    let mut seen = BTreeSet::new();
    for (name, response) in responses {
        let Some(status) = name.strip_prefix(&format!("{}.", info.id())) else {
            continue;
        };
        let status = StatusCode::from_u16(status.parse().expect("status")).expect("status");
        let codes = response["x-error-codes"].as_array().expect("x-error-codes");
        if format == "scms" {
            // No body: the QA stage's code header.
            for item in codes {
                let code = item["code"].as_str().expect("text code");
                let mut headers = HeaderMap::new();
                headers.insert(
                    "scms-poc-error",
                    HeaderValue::from_str(code).expect("header"),
                );
                let incoming = Incoming::new(status, &headers, b"");
                let parsed = dialect::Scms::new(dialect::scms::Stage::Qa);
                let parsed = dialect::Dialect::parse::<C>(&parsed, &incoming).expect("SCMS parses");
                assert_eq!(
                    parsed.known().map(|c| c.entry().variant()),
                    item["variant"].as_str()
                );
                seen.insert(item["variant"].as_str().unwrap().to_owned());
            }
            continue;
        }
        let content = response["content"].as_object().expect("content");
        let (media, body) = content.iter().next().expect("one media type");
        // The response's schema, resolved against the document.
        let mut schema = document.clone();
        schema["$schema"] = json!("https://json-schema.org/draft/2020-12/schema");
        schema["$ref"] = json!(format!(
            "#/components/responses/{}/content/{}/schema",
            name.replace('~', "~0").replace('/', "~1"),
            media.replace('~', "~0").replace('/', "~1")
        ));
        let validator = jsonschema::validator_for(&schema).expect("response schema compiles");
        let examples = body["examples"].as_object().expect("examples");
        assert_eq!(examples.len(), codes.len(), "{name}");
        for (item, (label, example)) in codes.iter().zip(examples) {
            let value = &example["value"];
            assert!(validator.is_valid(value), "{name} {label}: {value}");
            let bytes = serde_json::to_vec(value).expect("JSON");
            let mut headers = HeaderMap::new();
            headers.insert("content-type", HeaderValue::from_str(media).expect("media"));
            let parsed =
                dialect::parse_as::<C>(info.dialect(), &Incoming::new(status, &headers, &bytes))
                    .unwrap_or_else(|error| panic!("{name} {label}: {error}"));
            let ParsedCode::Known(code) = parsed.code else {
                panic!("{name} {label}: {:?}", parsed.code)
            };
            assert_eq!(code.entry().status(), Some(status), "{label}");
            let variant = code.entry().variant();
            assert!(
                codes.iter().any(|item| item["variant"] == variant),
                "{label} parsed as {variant}"
            );
            let _ = item;
            seen.insert(variant.to_owned());
        }
        // A code outside the status is refused by its schema.
        let mut foreign = examples.values().next().expect("an example")["value"].clone();
        let path: &[&str] = match format {
            "skms" | "problem" => &["code"],
            "huawei" => &["error_code"],
            _ => &["error", "code"],
        };
        let mut at = &mut foreign;
        for key in path {
            at = &mut at[*key];
        }
        *at = json!("no-such-code");
        assert!(
            !validator.is_valid(&foreign),
            "{name} accepts a foreign code"
        );
    }
    let wire: BTreeSet<String> = info
        .entries()
        .iter()
        .filter(|entry| !entry.is_log_only())
        .map(|entry| entry.variant().to_owned())
        .collect();
    assert_eq!(seen, wire, "{}", info.id());
}

#[test]
fn every_example_parses_back_to_its_code() {
    let document = document();
    examples_parse_back::<scms::ScmsCode>(&document);
    examples_parse_back::<skms::SkmsCode>(&document);
    examples_parse_back::<scai_vault::ScaiVaultCode>(&document);
    examples_parse_back::<huawei::HuaweiScmCode>(&document);
    examples_parse_back::<adobe_pass::AdobePassCode>(&document);
}

#[test]
fn rate_limits_document_retry_after_and_codes_feed_generators() {
    let document = document();
    let response = &document["components"]["responses"]["scai_vault.429"];
    assert_eq!(
        response["headers"]["Retry-After"]["schema"]["type"],
        "integer"
    );
    let codes = &document["components"]["schemas"]["skms.Code"];
    assert_eq!(codes["type"], "integer");
    assert_eq!(
        codes["enum"].as_array().map(Vec::len),
        codes["x-enum-varnames"].as_array().map(Vec::len)
    );
}

#[test]
fn the_fragment_merges_into_a_service_document() {
    let fragment: Value = serde_json::from_str(&export(&[
        "export",
        "--format",
        "openapi",
        "--fragment",
        "huawei",
    ]))
    .expect("JSON");
    assert!(fragment.get("openapi").is_none());
    // A service's own document, one operation referencing the catalog's 400.
    let mut service = json!({
        "openapi": "3.1.0",
        "info": { "title": "certificates", "version": "1" },
        "paths": { "/certificates": { "post": { "responses": {
            "201": { "description": "created" },
            "400": { "$ref": "#/components/responses/huawei_scm.400" },
        } } } },
        "components": { "schemas": { "Certificate": { "type": "object" } } },
    });
    for section in ["schemas", "responses"] {
        let theirs = fragment["components"][section]
            .as_object()
            .expect("section");
        let ours = service["components"]
            .as_object_mut()
            .expect("components")
            .entry(section)
            .or_insert_with(|| json!({}));
        for (name, value) in theirs {
            ours[name] = value.clone();
        }
    }
    let validator = jsonschema::validator_for(&openapi_schema()).expect("the schema compiles");
    assert!(validator.is_valid(&service));
    let parsed = oas3::from_json(service.to_string()).expect("oas3 parses the merged document");
    assert!(
        parsed
            .components
            .expect("components")
            .schemas
            .contains_key("Certificate")
    );
}
