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

error_catalog::error_catalog! {
    /// Codes of every length around the inline key words (8, 16, 24 bytes) and longer.
    #[catalog(code = str, status = 400)]
    pub enum LengthError {
        /// 1 byte.
        L1 { code: "a", message: "1", name: "n" },
        /// 8 bytes.
        L8 { code: "abcdefgh", message: "8", name: "nnnnnnnn" },
        /// 15 bytes.
        L15 { code: "abcdefghijklmno", message: "15" },
        /// 16 bytes.
        L16 { code: "abcdefghijklmnop", message: "16", name: "nnnnnnnnnnnnnnnn" },
        /// 17 bytes.
        L17 { code: "abcdefghijklmnopq", message: "17" },
        /// 24 bytes.
        L24 { code: "abcdefghijklmnopqrstuvwx", message: "24", name: "nnnnnnnnnnnnnnnnnnnnnnnn" },
        /// 25 bytes.
        L25 { code: "abcdefghijklmnopqrstuvwxy", message: "25", name: "nnnnnnnnnnnnnnnnnnnnnnnnn" },
        /// 32 bytes.
        L32 { code: "abcdefghijklmnopqrstuvwxyz012345", message: "32" },
        /// 33 bytes.
        L33 { code: "abcdefghijklmnopqrstuvwxyz0123456", message: "33" },
        /// 33 bytes, the same last 24 bytes as `L33`.
        L33b { code: "Abcdefghijklmnopqrstuvwxyz0123456", message: "33b" },
        /// 120 bytes.
        L120 { code: "0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789ab", message: "120" },
        /// Non-ASCII.
        Wide { code: "请求参数错误·é", message: "wide", name: "名前" },
    }
}

error_catalog::error_catalog! {
    /// The extremes of `i64`.
    #[catalog(code = i64, status = 400)]
    pub enum WideIntError {
        /// Smallest.
        Min { code: -9223372036854775808, message: "min" },
        /// Largest.
        Max { code: 9223372036854775807, message: "max" },
        /// Zero.
        Zero { code: 0, message: "zero" },
    }
}

#[test]
fn codes_of_every_length_are_found_and_their_neighbours_are_not() {
    for (index, &code) in LengthErrorCode::ALL.iter().enumerate() {
        let text = code.code().expect("wire entry");
        assert_eq!(LengthErrorCode::from_code(text), Some(code), "{text}");
        assert_eq!(LengthErrorCode::INFO.find_code(text), Some(index));
        // The same length with one byte changed, at the start, middle and end.
        for at in [0, text.len() / 2, text.len() - 1] {
            let mut other = text.as_bytes().to_vec();
            if !text.is_char_boundary(at) || !text.is_char_boundary(at + 1) {
                continue;
            }
            other[at] = if other[at] == b'#' { b'%' } else { b'#' };
            let other = String::from_utf8(other).expect("ascii change");
            assert_eq!(LengthErrorCode::from_code(&other), None, "{other}");
        }
        // One byte shorter and longer: found only if that is another code.
        if text.is_char_boundary(text.len() - 1) {
            let shorter = &text[..text.len() - 1];
            let found = LengthErrorCode::from_code(shorter).and_then(|c| c.code());
            assert!(found.is_none_or(|found| found == shorter), "{shorter}");
        }
        let longer = format!("{text}z");
        let found = LengthErrorCode::from_code(&longer).and_then(|c| c.code());
        assert!(found.is_none_or(|found| found == longer), "{longer}");
    }
    assert_eq!(LengthErrorCode::from_code(""), None);
    for name in [
        "n",
        "nnnnnnnn",
        "nnnnnnnnnnnnnnnn",
        "nnnnnnnnnnnnnnnnnnnnnnnn",
        "nnnnnnnnnnnnnnnnnnnnnnnnn",
        "名前",
    ] {
        assert!(LengthErrorCode::from_name(name).is_some(), "{name}");
    }
    assert_eq!(
        LengthErrorCode::from_name("nnnnnnnnnnnnnnnnnnnnnnnnnn"),
        None
    );
    assert_eq!(LengthErrorCode::from_name(""), None);
}

#[test]
fn integer_extremes_are_found() {
    assert_eq!(
        WideIntErrorCode::from_code(i64::MIN),
        Some(WideIntErrorCode::Min)
    );
    assert_eq!(
        WideIntErrorCode::from_code(i64::MAX),
        Some(WideIntErrorCode::Max)
    );
    assert_eq!(WideIntErrorCode::from_code(0), Some(WideIntErrorCode::Zero));
    assert_eq!(WideIntErrorCode::from_code(i64::MIN + 1), None);
    assert_eq!(WideIntErrorCode::from_code(i64::MAX - 1), None);
    assert_eq!(WideIntErrorCode::from_code(-1), None);
    assert_eq!(
        WideIntErrorCode::from_code_str("-9223372036854775808"),
        Some(WideIntErrorCode::Min)
    );
}

error_catalog::error_catalog! {
    /// One code of 25 bytes and one name of 30: each table has two slots, so a key of the same
    /// length and the same last 16 bytes lands on the stored key's slot about half the time,
    /// and only the first bytes (the slot's key prefix) tell them apart.
    #[catalog(code = str, status = 400)]
    pub enum OneMidKey {
        /// The only entry.
        Only { code: "abcdefgh-0123456789abcdef", message: "mid", name: "name-of-thirty-bytes-abcdefghi" },
    }
}

error_catalog::error_catalog! {
    /// One code of 40 bytes, beyond the prefix: compared with the key text.
    #[catalog(code = str, status = 400)]
    pub enum OneLongKey {
        /// The only entry.
        Only { code: "abcdefghijklmnopqrstuvwx-0123456789abcdef", message: "long" },
    }
}

/// Every key with one byte changed before its last 16 bytes (all a lookup's slot words do
/// not see), so that the prefix or the key text must tell it apart. Each changed key lands on
/// the stored key's slot about half the time, so every position is changed to twelve bytes:
/// some of them reach the comparison.
fn changed_heads(key: &str) -> Vec<String> {
    (0..key.len() - 16)
        .flat_map(|at| {
            b"#%0123456789"
                .iter()
                .filter(move |&&byte| byte != key.as_bytes()[at])
                .map(move |&byte| {
                    let mut bytes = key.as_bytes().to_vec();
                    bytes[at] = byte;
                    String::from_utf8(bytes).expect("ascii change")
                })
        })
        .collect()
}

#[test]
fn keys_with_the_same_tail_differ_by_their_heads() {
    let code = OneMidKey::Only.code();
    assert_eq!(code.len(), 25);
    assert_eq!(OneMidKeyCode::from_code(code), Some(OneMidKeyCode::Only));
    for other in changed_heads(code) {
        assert_eq!(OneMidKeyCode::from_code(&other), None, "{other}");
    }
    let name = OneMidKeyCode::Only.name().expect("named");
    assert_eq!(name.len(), 30);
    assert_eq!(OneMidKeyCode::from_name(name), Some(OneMidKeyCode::Only));
    for other in changed_heads(name) {
        assert_eq!(OneMidKeyCode::from_name(&other), None, "{other}");
    }
    let long = OneLongKey::Only.code();
    assert_eq!(long.len(), 41);
    assert_eq!(OneLongKeyCode::from_code(long), Some(OneLongKeyCode::Only));
    for other in changed_heads(long) {
        assert_eq!(OneLongKeyCode::from_code(&other), None, "{other}");
    }
}

error_catalog::error_catalog! {
    /// One code of 1 byte, for keys of 2 and 3 bytes whose words are its words.
    #[catalog(code = str, status = 400)]
    pub enum OneByteKey {
        /// The only entry.
        Only { code: "x", message: "one" },
    }
}

error_catalog::error_catalog! {
    /// One code of 4 bytes, for keys of 5 to 7 bytes whose words are its words.
    #[catalog(code = str, status = 400)]
    pub enum OneHalfKey {
        /// The only entry.
        Only { code: "xxxx", message: "four" },
    }
}

error_catalog::error_catalog! {
    /// One code of 8 bytes, for keys of 9 to 16 bytes whose words are its words.
    #[catalog(code = str, status = 400)]
    pub enum OneWordKey {
        /// The only entry.
        Only { code: "xxxxxxxx", message: "eight" },
    }
}

/// A key's overlapping words are the same for every run of one byte within a word size
/// (`xxxxxxxx` and `xxxxxxxxx` read the same two words), so only the stored length tells such
/// keys apart. Each table has two slots: a longer run lands on the stored key's slot about
/// half the time, and across the runs many do.
#[test]
fn runs_of_one_byte_differ_by_their_lengths() {
    type Found = fn(&str) -> bool;
    let lookups: [(&str, Found); 3] = [
        ("x", |code| OneByteKeyCode::from_code(code).is_some()),
        ("xxxx", |code| OneHalfKeyCode::from_code(code).is_some()),
        ("xxxxxxxx", |code| OneWordKeyCode::from_code(code).is_some()),
    ];
    for (stored, found) in lookups {
        for len in 1..=16 {
            let key = "x".repeat(len);
            assert_eq!(found(&key), key == stored, "{key} against {stored}");
        }
    }
}
