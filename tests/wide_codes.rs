//! Integer codes over the full range of their declared type: `u64` up to `u64::MAX`, `i64`
//! down to `i64::MIN`, through lookup, rendering and parsing.

use error_catalog::dialect::{self, Context, Incoming};
use error_catalog::{Catalog, Code};

error_catalog::error_catalog! {
    /// Codes at the top of `u64`, as some vendors' 64-bit hashes are.
    #[catalog(code = u64, dialect = skms)]
    pub enum WideError {
        /// The largest `u64`.
        Highest { code: 18446744073709551615, status: 500, message: "highest" },
        /// Just above `i64::MAX`.
        AboveSigned { code: 9223372036854775808, status: 400, message: "above signed" },
        /// An ordinary code.
        Small { code: 7, status: 404, message: "small" },
    }
}

error_catalog::error_catalog! {
    /// Codes at both ends of `i64`.
    #[catalog(code = i64, dialect = skms)]
    pub enum SignedError {
        /// The smallest `i64`.
        Lowest { code: -9223372036854775808, status: 400, message: "lowest" },
        /// Minus one, whose bits are `u64::MAX`'s.
        MinusOne { code: -1, status: 400, message: "minus one" },
        /// The largest `i64`.
        Highest { code: 9223372036854775807, status: 500, message: "highest" },
    }
}

#[test]
fn the_whole_u64_range_is_found_by_value_and_by_text() {
    assert_eq!(WideErrorCode::Highest.code(), Some(u64::MAX));
    assert_eq!(
        WideErrorCode::from_code(u64::MAX),
        Some(WideErrorCode::Highest)
    );
    assert_eq!(
        WideErrorCode::from_code(1 << 63),
        Some(WideErrorCode::AboveSigned)
    );
    assert_eq!(
        WideErrorCode::from_code_str("18446744073709551615"),
        Some(WideErrorCode::Highest)
    );
    assert_eq!(WideErrorCode::from_code_str("18446744073709551616"), None);
    assert_eq!(WideErrorCode::from_code(u64::MAX - 1), None);
    assert_eq!(
        WideErrorCode::Highest.entry().code(),
        Some(Code::Int(u64::MAX.into()))
    );
    assert_eq!(WideErrorCode::INFO.find_int_code(u64::MAX.into()), Some(0));
}

#[test]
fn a_negative_code_never_finds_an_unsigned_entry_with_the_same_bits() {
    // -1 and u64::MAX share their 64 bits; only the catalog's own kind matches.
    assert_eq!(WideErrorCode::INFO.find_int_code(-1), None);
    assert_eq!(WideErrorCode::lookup("-1"), None);
    assert_eq!(SignedErrorCode::INFO.find_int_code(u64::MAX.into()), None);
    assert_eq!(SignedErrorCode::lookup("18446744073709551615"), None);
    assert_eq!(
        SignedErrorCode::lookup("-1"),
        Some(SignedErrorCode::MinusOne)
    );
}

#[test]
fn the_whole_i64_range_is_found_by_value_and_by_text() {
    assert_eq!(
        SignedErrorCode::from_code(i64::MIN),
        Some(SignedErrorCode::Lowest)
    );
    assert_eq!(
        SignedErrorCode::from_code(i64::MAX),
        Some(SignedErrorCode::Highest)
    );
    assert_eq!(
        SignedErrorCode::from_code_str("-9223372036854775808"),
        Some(SignedErrorCode::Lowest)
    );
    assert_eq!(SignedErrorCode::from_code_str("-9223372036854775809"), None);
}

#[test]
fn wide_codes_go_on_the_wire_as_numbers_and_parse_back() {
    for (error, text) in [
        (WideError::Highest, "18446744073709551615"),
        (WideError::AboveSigned, "9223372036854775808"),
    ] {
        let response = dialect::render(&error, &Context::new())
            .respond()
            .expect("a wire entry answers");
        let body = std::str::from_utf8(response.body()).expect("UTF-8");
        assert!(
            body.contains(&format!("\"code\":{text}")),
            "the code is a JSON number: {body}"
        );
        let parsed =
            dialect::parse::<WideErrorCode>(&Incoming::from_response(&response)).expect("parses");
        assert_eq!(parsed.known(), Some(error.kind()));
    }
    let lowest = dialect::render(&SignedError::Lowest, &Context::new())
        .respond()
        .expect("a wire entry answers");
    let parsed =
        dialect::parse::<SignedErrorCode>(&Incoming::from_response(&lowest)).expect("parses");
    assert_eq!(parsed.known(), Some(SignedErrorCode::Lowest));
}
