//! Every example payload the seed documents print parses to the right entry. The payloads are
//! copied here as printed (the Adobe ones as the HTML `<code>` text of the page, decoded).

mod dialect_common;

use dialect_common::{AdobeTestCode, HuaweiTestCode, ScmsTestCode, SkmsTestCode, VaultTestCode};
use error_catalog::Action;
use error_catalog::Catalog;
use error_catalog::dialect::adobe_pass::AdobePassErrorObject;
use error_catalog::dialect::{
    self, AdobePass, Dialect, Incoming, JsonProblem, ParseError, Parsed, ParsedCode,
};
use http::{HeaderMap, HeaderValue, StatusCode};
use serde::Deserialize;

fn parse<C: Catalog>(
    status: u16,
    headers: &[(&'static str, &'static str)],
    body: &str,
) -> Result<Parsed<C>, ParseError> {
    let mut map = HeaderMap::new();
    for (name, value) in headers {
        map.insert(*name, HeaderValue::from_static(value));
    }
    let status = StatusCode::from_u16(status).expect("a valid status");
    dialect::parse::<C>(&Incoming::new(status, &map, body.as_bytes()))
}

// skms-response-status-codes.txt, "Examples".
const SKMS_KEY_NOT_FOUND: &str = r#"{
"code": 40013,
"message": "Key not found in the keyVault",
"detail": "keyId : 0000009"
}"#;

const SKMS_FAILED_CREATE_HEADER: &str = r#"{
"code": 40003,
"message": "Failed create header",
"detail": "4020"
}"#;

const SKMS_INTERNAL: &str = r#"{
"code": 50001,
"message": "An unexpected error has occurred in the internal system",
"detail": "I/O error on GET request for \"https://devkms.softcamp.co.kr:8080/drm/7FDKQsEK-QVGKyXA2-fx1LxIzy-SNIre0s9/key/0000003\": Connect to devkms.softcamp.co.kr:8080 [devkms.softcamp.co.kr/10.14.10.171] failed: Connection timed out: connect; nested exception is org.apache.http.conn.HttpHostConnectException: Connect to devkms.softcamp.co.kr:8080 [devkms.softcamp.co.kr/10.14.10.171] failed: Connection timed out: connect"
}"#;

#[test]
fn skms_examples() {
    let parsed = parse::<SkmsTestCode>(400, &[], SKMS_KEY_NOT_FOUND).expect("parses");
    assert_eq!(parsed.code, ParsedCode::Known(SkmsTestCode::KeyNotFound));
    assert_eq!(
        parsed.message.as_deref(),
        Some("Key not found in the keyVault")
    );
    assert_eq!(parsed.detail.as_deref(), Some("keyId : 0000009"));

    let parsed = parse::<SkmsTestCode>(400, &[], SKMS_FAILED_CREATE_HEADER).expect("parses");
    assert_eq!(
        parsed.code,
        ParsedCode::Known(SkmsTestCode::FailedCreateHeader)
    );
    assert_eq!(parsed.detail.as_deref(), Some("4020"));

    let parsed = parse::<SkmsTestCode>(500, &[], SKMS_INTERNAL).expect("parses");
    assert_eq!(parsed.code, ParsedCode::Known(SkmsTestCode::Internal));
    assert_eq!(parsed.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(parsed.detail.as_deref().is_some_and(|d| {
        d.starts_with("I/O error on GET request for \"https://devkms.softcamp.co.kr:8080/drm/")
    }));
}

// scaikey-error-codes.txt, "Envelope", with the headers the page lists.
const SCAI_ENVELOPE: &str = r#"{
  "error": {
    "code": "secret_not_found",
    "message": "Secret 'environments/production/missing' not found",
    "details": {"path": "environments/production/missing"},
    "request_id": "req_abc"
  }
}"#;

#[test]
fn scai_vault_envelope() {
    let parsed =
        parse::<VaultTestCode>(404, &[("x-request-id", "req_abc")], SCAI_ENVELOPE).expect("parses");
    assert_eq!(
        parsed.code,
        ParsedCode::Known(VaultTestCode::SecretNotFound)
    );
    assert_eq!(
        parsed.message.as_deref(),
        Some("Secret 'environments/production/missing' not found")
    );
    assert_eq!(
        parsed.field("path"),
        Some("environments/production/missing")
    );
    assert_eq!(
        parsed.fields.len(),
        1,
        "the message repeats the field, not a new one"
    );
    assert_eq!(parsed.request_id.as_deref(), Some("req_abc"));

    // "On 429: Retry-After: 45 — seconds."
    let body = r#"{"error": {"code": "rate_limited", "message": "Caller-specific rate limit", "request_id": "req_abc"}}"#;
    let parsed = parse::<VaultTestCode>(429, &[("retry-after", "45")], body).expect("parses");
    assert_eq!(parsed.code, ParsedCode::Known(VaultTestCode::RateLimited));
    assert_eq!(parsed.retry_after, Some(45));
}

// DIALECTS.md's Huawei body, and an API gateway error (a foreign code).
#[test]
fn huawei_examples() {
    let body = r#"{"error_code": "SCM.0005", "error_msg": "请求参数错误"}"#;
    let parsed = parse::<HuaweiTestCode>(400, &[("x-request-id", "0a1b2c")], body).expect("parses");
    assert_eq!(
        parsed.code,
        ParsedCode::Known(HuaweiTestCode::InvalidRequestParameter)
    );
    assert_eq!(parsed.message.as_deref(), Some("请求参数错误"));
    assert_eq!(parsed.request_id.as_deref(), Some("0a1b2c"));

    // Some call sites answer another status: the code decides.
    let parsed = parse::<HuaweiTestCode>(500, &[], body).expect("parses");
    assert_eq!(
        parsed.known(),
        Some(HuaweiTestCode::InvalidRequestParameter)
    );

    let body = r#"{"error_code":"SCM.0201","error_msg":"推送失败，ELB error message：The listener is in use：8f2c"}"#;
    let parsed = parse::<HuaweiTestCode>(400, &[], body).expect("parses");
    assert_eq!(parsed.known(), Some(HuaweiTestCode::ElbPushFailed));
    assert_eq!(
        parsed.field("upstream_message"),
        Some("The listener is in use：8f2c")
    );

    // The English rendering gives the field back too.
    let body = r#"{"error_code":"SCM.0201","error_msg":"Push failed, ELB error message: busy"}"#;
    let parsed = parse::<HuaweiTestCode>(400, &[], body).expect("parses");
    assert_eq!(parsed.field("upstream_message"), Some("busy"));

    let body = r#"{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information: verify aksk signature fail","request_id":"7c1f"}"#;
    let parsed = parse::<HuaweiTestCode>(401, &[], body).expect("a foreign code is no error");
    assert_eq!(parsed.code, ParsedCode::Unknown("APIGW.0301".to_owned()));
    assert_eq!(
        parsed.message.as_deref(),
        Some("Incorrect IAM authentication information: verify aksk signature fail")
    );
    assert_eq!(parsed.request_id.as_deref(), Some("7c1f"));
}

// scms-error-codes.txt: a QA-stage RA's headers, and a PROD-stage bare 500.
#[test]
fn scms_headers() {
    let headers = [
        ("scms-poc-error", "5065"),
        (
            "scms-poc-error-message",
            "Requested certificate file is not available for download",
        ),
    ];
    let parsed = parse::<ScmsTestCode>(500, &headers, "").expect("parses");
    assert_eq!(
        parsed.code,
        ParsedCode::Known(ScmsTestCode::RaNoCertFileAvailable)
    );
    assert_eq!(
        parsed.message.as_deref(),
        Some("Requested certificate file is not available for download")
    );

    let parsed = parse::<ScmsTestCode>(500, &[("scms-poc-error", "raNoCertFileAvailable")], "")
        .expect("parses");
    assert_eq!(
        parsed.code,
        ParsedCode::Known(ScmsTestCode::RaNoCertFileAvailable)
    );

    // A repeated name names its first entry.
    let parsed =
        parse::<ScmsTestCode>(400, &[("scms-poc-error", "pcaInvalidInputValueFormat")], "")
            .expect("parses");
    assert_eq!(
        parsed.code,
        ParsedCode::Known(ScmsTestCode::PcaInvalidInputValueFormat)
    );

    let parsed = parse::<ScmsTestCode>(500, &[], "").expect("parses");
    assert_eq!(parsed.code, ParsedCode::Unidentified);
    assert_eq!(parsed.message, None);

    let parsed = parse::<ScmsTestCode>(500, &[("scms-poc-error", "9999")], "").expect("parses");
    assert_eq!(parsed.code, ParsedCode::Unknown("9999".to_owned()));
}

/// The `<code>` cells of adobe-pass-enhanced-error-codes.md's `error` row, verbatim.
const ADOBE_JSON_HTML: &str = r#"{<br>&nbsp;&nbsp;&nbsp;&nbsp;"status" : 403,<br>&nbsp;&nbsp;&nbsp;&nbsp;"code" : "network_connection_failure",<br>&nbsp;&nbsp;&nbsp;&nbsp;"message" : "Unable to contact your TV provider<br>&nbsp;&nbsp;&nbsp;&nbsp;services",<br>&nbsp;&nbsp;&nbsp;&nbsp;"helpUrl" : "https://experienceleague.adobe.com/docs/pass/authentication/auth-features/error-reportn/enhanced-error-codes.html",<br>&nbsp;&nbsp;&nbsp;&nbsp;"trace" : "12f6fef9-d2e0-422b-a9d7-60d799abe353",<br>&nbsp;&nbsp;&nbsp;&nbsp;"action" : "retry"<br>}"#;

const ADOBE_XML_HTML: &str = r#"&lt;error&gt;<br>&nbsp;&nbsp;&nbsp;&nbsp;&lt;status&gt;403&lt;/status&gt;<br>&nbsp;&nbsp;&nbsp;&nbsp;&lt;code&gt;network_connection_failure&lt;/code&gt;<br>&nbsp;&nbsp;&nbsp;&nbsp;&lt;message&gt;Unable to contact your TV provider services&lt;/message&gt;<br>&nbsp;&nbsp;&nbsp;&nbsp;&lt;helpUrl&gt;https://experienceleague.adobe.com/docs/pass/authentication/auth-features/error-reportn/enhanced-error-codes.html&lt;/helpUrl&gt;<br>&nbsp;&nbsp;&nbsp;&nbsp;&lt;trace>12f6fef9-d2e0-422b-a9d7-60d799abe353&lt;/trace&gt;<br>&nbsp;&nbsp;&nbsp;&nbsp;&lt;action>retry&lt;/action&gt;<br>&lt;/error&gt;"#;

/// The text a browser shows for the cells: `<br>` a line break, entities decoded.
fn html_text(html: &str) -> String {
    html.replace("<br>", "\n")
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
}

const HELP_URL: &str = "https://experienceleague.adobe.com/docs/pass/authentication/auth-features/error-reportn/enhanced-error-codes.html";

fn adobe_body(object: &str) -> String {
    format!("{{\"error\": {object}}}")
}

#[test]
fn adobe_pass_json_example() {
    // As the page shows it, the message wraps inside the JSON string: a raw line break in a
    // string is not JSON, and the parser says where: just past the line break that ends
    // line 4 (the message's line).
    let shown = adobe_body(&html_text(ADOBE_JSON_HTML));
    match parse::<AdobeTestCode>(403, &[], &shown) {
        Err(ParseError::Json {
            problem: JsonProblem::Syntax,
            line: 5,
            column: 0,
            ..
        }) => {}
        other => panic!("expected a syntax error at line 5, column 0, got {other:?}"),
    }

    // The wrap is the page's layout (the XML cell shows the message on one line).
    let unwrapped = shown.replace("provider\n    services", "provider services");
    let parsed = parse::<AdobeTestCode>(
        403,
        &[
            ("adobe-request-id", "f3a1"),
            ("content-type", "application/json"),
        ],
        &unwrapped,
    )
    .expect("parses");
    assert_eq!(
        parsed.code,
        ParsedCode::Known(AdobeTestCode::NetworkConnectionFailure)
    );
    assert_eq!(
        parsed.message.as_deref(),
        Some("Unable to contact your TV provider services")
    );
    assert_eq!(parsed.help_url.as_deref(), Some(HELP_URL));
    assert_eq!(parsed.action, Some(Action::Retry));
    assert_eq!(parsed.detail, None);
    assert_eq!(
        parsed.request_id.as_deref(),
        Some("f3a1"),
        "the header wins over trace"
    );
}

#[test]
fn adobe_pass_xml_example() {
    let xml = html_text(ADOBE_XML_HTML);
    for headers in [&[][..], &[("content-type", "application/xml")][..]] {
        let parsed = parse::<AdobeTestCode>(403, headers, &xml).expect("parses");
        assert_eq!(
            parsed.code,
            ParsedCode::Known(AdobeTestCode::NetworkConnectionFailure)
        );
        assert_eq!(
            parsed.message.as_deref(),
            Some("Unable to contact your TV provider services")
        );
        assert_eq!(parsed.help_url.as_deref(), Some(HELP_URL));
        assert_eq!(
            parsed.request_id.as_deref(),
            Some("12f6fef9-d2e0-422b-a9d7-60d799abe353")
        );
        assert_eq!(parsed.action, Some(Action::Retry));
    }
    let object = AdobePassErrorObject::from_xml(&xml).expect("parses");
    assert_eq!(object.status, 403);
}

// "Example with partial success and item-level error", verbatim.
const ADOBE_ITEMS: &str = r#"{
   "resources" : [
        {
            "id" : "TestStream1",
            "authorized" : true
        },
        {
            "id" : "TestStream2",
            "authorized" : false,
            "error" : {
 
               "status" : 403,
               "code" : "network_connection_failure",
               "message" : "Unable to contact your TV provider services",
               "details" : "",
               "helpUrl" : "https://experienceleague.adobe.com/docs/pass/authentication/auth-features/error-reportn/enhanced-error-codes.html",
               "trace" : "8bcb17f9-b172-47d2-86d9-3eb146eba85e",
               "action" : "retry"
            }
 
        }
    ]
}"#;

#[derive(Deserialize)]
struct Resources {
    resources: Vec<Resource>,
}

#[derive(Deserialize)]
struct Resource {
    id: String,
    authorized: bool,
    #[serde(default)]
    error: Option<AdobePassErrorObject>,
}

#[test]
fn adobe_pass_item_level_example() {
    let body: Resources = serde_json::from_str(ADOBE_ITEMS).expect("parses");
    assert_eq!(body.resources.len(), 2);
    assert!(body.resources[0].authorized && body.resources[0].error.is_none());
    let failed = &body.resources[1];
    assert_eq!(failed.id, "TestStream2");
    assert!(!failed.authorized);
    let parsed = failed
        .error
        .as_ref()
        .expect("the item carries an error")
        .to_parsed::<AdobeTestCode>();
    assert_eq!(
        parsed.code,
        ParsedCode::Known(AdobeTestCode::NetworkConnectionFailure)
    );
    assert_eq!(parsed.status, StatusCode::FORBIDDEN);
    assert_eq!(parsed.detail.as_deref(), Some(""));
    assert_eq!(
        parsed.request_id.as_deref(),
        Some("8bcb17f9-b172-47d2-86d9-3eb146eba85e")
    );
    assert_eq!(parsed.action, Some(Action::Retry));
}

#[test]
fn parsers_ignore_the_status() {
    // Identify by code: the same body under any status names the same entry.
    for status in [200, 400, 404, 500, 503] {
        let parsed = parse::<VaultTestCode>(status, &[], SCAI_ENVELOPE).expect("parses");
        assert_eq!(parsed.known(), Some(VaultTestCode::SecretNotFound));
    }
    let parsed = AdobePass::default()
        .parse::<AdobeTestCode>(&Incoming::new(
            StatusCode::OK,
            &HeaderMap::new(),
            html_text(ADOBE_XML_HTML).as_bytes(),
        ))
        .expect("parses");
    assert_eq!(
        parsed.known(),
        Some(AdobeTestCode::NetworkConnectionFailure)
    );
}
