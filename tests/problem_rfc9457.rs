//! Every bundled wire entry's problem document obeys RFC 9457's member rules.

use error_catalog::DynOccurrence;
use error_catalog::dialect::{Context, Dialect, Problem};
use error_catalog_vendors::CATALOGS;

/// Whether `text` is a URI reference: only the characters RFC 3986 allows, `%` only in a
/// `%XX` escape.
fn is_uri_reference(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().all(|(i, &byte)| {
        if byte == b'%' {
            bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit)
        } else {
            byte.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=".contains(&byte)
        }
    })
}

#[test]
fn every_bundled_problem_document_follows_the_rfc() {
    let mut checked = 0;
    for info in CATALOGS {
        for (index, entry) in info.entries().iter().enumerate() {
            let Ok(mut occurrence) = DynOccurrence::new(info, index) else {
                continue;
            };
            for field in entry.fields() {
                occurrence = occurrence.with_field(field, "value {with} braces");
            }
            // A caller-supplied instance that is not a URI reference.
            let cx = Context::new()
                .with_instance("/errors/a b/\u{e9}\r\n")
                .with_request_id("req_1");
            let response = Problem
                .render(&occurrence, &cx)
                .respond()
                .expect("problem answers");
            let what = format!("{} {}", info.id(), entry.variant());
            assert_eq!(
                response.headers()["content-type"],
                "application/problem+json",
                "{what}"
            );
            let document: serde_json::Value =
                serde_json::from_slice(response.body()).expect("JSON");
            let object = document.as_object().expect("an object");
            let type_uri = object["type"].as_str().expect("`type` is a string");
            assert!(is_uri_reference(type_uri), "{what}: type {type_uri:?}");
            let title = object["title"].as_str().expect("`title` is a string");
            assert!(!title.is_empty(), "{what}");
            assert!(
                !title.contains('{') || entry.is_message_static(),
                "{what}: title {title:?} is a template"
            );
            assert!(
                !title.contains("value {with} braces"),
                "{what}: title carries a field"
            );
            assert_eq!(
                object["status"].as_u64(),
                Some(u64::from(response.status().as_u16())),
                "{what}: status equals the HTTP status"
            );
            assert!(object["detail"].is_string(), "{what}");
            let instance = object["instance"].as_str().expect("`instance` is a string");
            assert!(is_uri_reference(instance), "{what}: instance {instance:?}");
            assert_eq!(instance, "/errors/a%20b/%C3%A9%0D%0A");
            for name in object.keys() {
                let standard =
                    ["type", "title", "status", "detail", "instance"].contains(&name.as_str());
                assert!(
                    standard
                        || (name.len() >= 3
                            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')),
                    "{what}: extension member {name:?}"
                );
            }
            // The same title for another occurrence of the same entry.
            let other = Problem
                .render(
                    &DynOccurrence::new(info, index).expect("wire"),
                    &Context::new(),
                )
                .respond()
                .expect("problem answers");
            let other: serde_json::Value = serde_json::from_slice(other.body()).expect("JSON");
            assert_eq!(other["title"], object["title"], "{what}: title is stable");
            checked += 1;
        }
    }
    assert_eq!(checked, 221, "every bundled wire entry");
}
