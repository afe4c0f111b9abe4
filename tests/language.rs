//! The client's language: messages chosen by `Accept-Language` (RFC 4647 lookup over the
//! catalog's locale and the entry's translations), with `Content-Language`.

use error_catalog::dialect::{self, Context, Dialect, Problem};
use error_catalog_vendors::huawei::HuaweiScmError;

fn push_failed() -> HuaweiScmError {
    HuaweiScmError::ElbPushRejected {
        upstream_message: "listener busy".into(),
    }
}

#[test]
fn translations_fill_their_fields_in_every_dialect() {
    let error = push_failed();
    let cx = Context::new().with_accept_language("en-US, zh;q=0.5");
    let response = dialect::render(&error, &cx).respond().expect("answers");
    let body: serde_json::Value = serde_json::from_slice(response.body()).expect("JSON");
    assert_eq!(
        body["error_msg"],
        "Push failed, ELB error message: listener busy"
    );
    assert_eq!(response.headers()["content-language"], "en");

    let problem = Problem.render(&error, &cx).respond().expect("answers");
    let body: serde_json::Value = serde_json::from_slice(problem.body()).expect("JSON");
    assert_eq!(
        body["detail"],
        "Push failed, ELB error message: listener busy"
    );
    assert_eq!(problem.headers()["content-language"], "en");
}

#[test]
fn the_catalogs_locale_without_a_match_and_no_header_without_a_request() {
    let error = push_failed();
    let chinese = "推送失败，ELB error message：listener busy";
    let plain = dialect::render(&error, &Context::new())
        .respond()
        .expect("answers");
    let body: serde_json::Value = serde_json::from_slice(plain.body()).expect("JSON");
    assert_eq!(body["error_msg"], chinese);
    assert!(plain.headers().get("content-language").is_none());

    let cx = Context::new().with_accept_language("fr-CA, de");
    let french = dialect::render(&error, &cx).respond().expect("answers");
    let body: serde_json::Value = serde_json::from_slice(french.body()).expect("JSON");
    assert_eq!(body["error_msg"], chinese);
    assert_eq!(french.headers()["content-language"], "zh-CN");
}
