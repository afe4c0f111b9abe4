//! Code and vendor-name lookup, and the static metadata behind it.

use error_catalog::{Action, Catalog, Code, CodeKind, StatusKind};

error_catalog::error_catalog! {
    /// Integer codes, as SKMS and SCMS have.
    #[catalog(code = u16, id = "keys", dialect = skms, help_url = "https://docs.example/errors/{code}")]
    pub enum KeyError {
        /// First.
        HeaderFailed { code: 40003, status: 400, message: "Failed create header", name: "headerFailed", key: "SKMS-1" },
        /// Second.
        InvalidToken { code: 40101, status: 401, message: "Invalid token", name: "invalidToken", description: "Invalid token" },
        /// Repeats a vendor name, as SCMS does.
        InvalidTokenAgain { code: 40102, status: 400, message: "No matching company ID found", name: "invalidToken", repeated_name },
        /// Own help URL.
        Internal { code: 50001, status: 500, message: "Internal", help_url: "https://status.example", action: retry },
        /// Log-only without code.
        Logged { message: "logged", log_only, name: "logged" },
    }
}

error_catalog::error_catalog! {
    /// String codes with a format.
    #[catalog(code = str, format = "SCM.####", locale = "zh-CN", status = 400)]
    pub enum ScmError {
        /// Bad parameters.
        BadRequest { code: "SCM.0005", message: "请求参数错误", translations: { en: "Invalid request parameters" } },
        /// Reported status.
        Delivery { code: "SCM.0201", status: reported(502), message: "推送失败" },
    }
}

#[test]
fn integer_codes_are_found_by_value_and_by_text() {
    assert_eq!(
        KeyErrorCode::from_code(40101),
        Some(KeyErrorCode::InvalidToken)
    );
    assert_eq!(
        KeyErrorCode::from_code_str("40101"),
        Some(KeyErrorCode::InvalidToken)
    );
    assert_eq!(KeyErrorCode::from_code(40100), None);
    assert_eq!(KeyErrorCode::from_code_str("40101 "), None);
    assert_eq!(KeyErrorCode::from_code_str("0x9C85"), None);
    assert_eq!(KeyErrorCode::lookup("50001"), Some(KeyErrorCode::Internal));
    assert_eq!(KeyErrorCode::INFO.find_int_code(40003), Some(0));
}

#[test]
fn string_codes_are_found_exactly() {
    assert_eq!(
        ScmErrorCode::from_code("SCM.0005"),
        Some(ScmErrorCode::BadRequest)
    );
    assert_eq!(ScmErrorCode::from_code("scm.0005"), None);
    assert_eq!(ScmErrorCode::from_code("SCM.000"), None);
    assert_eq!(ScmErrorCode::from_code("APIGW.0101"), None);
    assert_eq!(ScmErrorCode::from_code(""), None);
    assert_eq!(ScmErrorCode::INFO.find_int_code(5), None);
}

#[test]
fn vendor_names_find_the_first_entry_and_list_repeats() {
    assert_eq!(
        KeyErrorCode::from_name("invalidToken"),
        Some(KeyErrorCode::InvalidToken)
    );
    assert_eq!(
        KeyErrorCode::lookup_name("logged"),
        Some(KeyErrorCode::Logged)
    );
    assert_eq!(KeyErrorCode::from_name("nope"), None);
    let repeats: Vec<_> = KeyErrorCode::INFO
        .entries_named("invalidToken")
        .map(|entry| entry.code())
        .collect();
    assert_eq!(repeats, [Some(Code::Int(40101)), Some(Code::Int(40102))]);
}

#[test]
fn metadata_is_complete_and_in_declaration_order() {
    let all = KeyErrorCode::ALL;
    assert_eq!(all.len(), 5);
    for (index, code) in all.iter().enumerate() {
        assert_eq!(code.index(), index);
        assert_eq!(KeyErrorCode::from_index(index), Some(*code));
    }
    let info = KeyErrorCode::INFO;
    assert_eq!(info.id(), "keys");
    assert_eq!(info.type_name(), "KeyError");
    assert_eq!(info.doc(), "Integer codes, as SKMS and SCMS have.");
    assert_eq!(info.code_kind(), CodeKind::Int { rust_type: "u16" });
    assert_eq!(info.dialect().name(), "skms");
    assert_eq!(info.locale(), "en");

    let header = KeyErrorCode::HeaderFailed;
    assert_eq!(header.code(), Some(40003));
    assert_eq!(header.status(), Some(http::StatusCode::BAD_REQUEST));
    assert_eq!(header.action(), Action::None);
    assert_eq!(header.name(), Some("headerFailed"));
    assert_eq!(header.key(), Some("SKMS-1"));
    assert_eq!(header.description(), None);
    assert_eq!(header.help_url(), Some("https://docs.example/errors/40003"));
    assert_eq!(
        KeyErrorCode::Internal.help_url(),
        Some("https://status.example")
    );
    assert_eq!(KeyErrorCode::Internal.action(), Action::Retry);
    assert_eq!(KeyErrorCode::Logged.help_url(), None);
    assert_eq!(header.to_string(), "40003");
    assert_eq!(header.entry().variant(), "HeaderFailed");
    assert_eq!(header.entry().status_kind(), StatusKind::Response);
}

#[test]
fn locales_translations_and_reported_statuses() {
    let info = ScmErrorCode::INFO;
    assert_eq!(info.locale(), "zh-CN");
    assert_eq!(info.code_kind(), CodeKind::Str);
    let entry = ScmErrorCode::BadRequest.entry();
    assert_eq!(
        entry.message_template_in("en", info.locale()),
        Some("Invalid request parameters")
    );
    assert_eq!(
        entry.message_template_in("zh-cn", info.locale()),
        Some("请求参数错误")
    );
    assert_eq!(entry.message_template_in("fr", info.locale()), None);
    let delivery = ScmErrorCode::Delivery.entry();
    assert_eq!(delivery.status_kind(), StatusKind::Reported);
    assert_eq!(delivery.status(), Some(http::StatusCode::BAD_GATEWAY));
    assert_eq!(ScmError::Delivery.status(), http::StatusCode::BAD_GATEWAY);
    // The catalog default status fills in.
    assert_eq!(
        ScmErrorCode::BadRequest.status(),
        Some(http::StatusCode::BAD_REQUEST)
    );
}

#[test]
fn message_templates_are_pre_escaped_for_json() {
    error_catalog::error_catalog! {
        /// Tricky text.
        #[catalog(code = str, status = 400)]
        pub enum Tricky {
            /// Quotes, backslash, control characters, U+2028.
            Quoted { code: "q", message: "say \"hi\"\\ \n\t\u{1}\u{7f}\u{2028}é" },
        }
    }
    let entry = TrickyCode::Quoted.entry();
    let serde = serde_json::to_string(entry.message_template()).expect("a string serializes");
    assert_eq!(format!("\"{}\"", entry.message_template_json()), serde);
}
