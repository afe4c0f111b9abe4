//! The JSON dialects write a generated error's message and `details` from the fields the
//! error hands over (string fields copied, others formatted, `#[redact]` ones left out),
//! without going through `Display`. For errors with fields of every standard string type and
//! of other types, in every JSON dialect and several contexts, the body `render_into` writes
//! is byte for byte what `serde_json` writes for the dialect's envelope, which the runtime
//! builds from `Display` and `for_each_field`.

use std::borrow::Cow;
use std::fmt;
use std::rc::Rc;
use std::sync::Arc;

use error_catalog::WireError;
use error_catalog::dialect::adobe_pass::{AdobePassBody, Media};
use error_catalog::dialect::huawei::HuaweiBody;
use error_catalog::dialect::problem::ProblemDetails;
use error_catalog::dialect::scai_vault::ScaiVaultBody;
use error_catalog::dialect::skms::SkmsBody;
use error_catalog::dialect::{
    AdobePass, Context, Dialect, Exposure, Huawei, Problem, ScaiVault, Skms, json,
};

/// A field type of its own, whose `Display` formats with arguments.
#[derive(Debug)]
pub struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "({}, {:>3})", self.x, self.y)
    }
}

error_catalog::error_catalog! {
    /// Errors whose fields are of every standard string type, and of others.
    #[catalog(code = str, dialect = scai_vault)]
    pub enum FieldError {
        /// Every string type the writers copy.
        Strings {
            code: "strings",
            status: 404,
            message: "owned {owned}, fixed {fixed}, boxed {boxed}, cow {cow}, shared {shared}, counted {counted}",
            fields: {
                owned: String,
                fixed: &'static str,
                boxed: Box<str>,
                cow: Cow<'static, str>,
                shared: Arc<str>,
                counted: Rc<str>,
            },
        },
        /// Fields that are formatted.
        Formatted {
            code: "formatted",
            status: 400,
            message: "n={n} ratio={ratio} at {point}",
            fields: { n: u32, ratio: f64, point: Point },
        },
        /// A field used twice, braces, and text only around them.
        Repeated {
            code: "repeated",
            status: 409,
            message: "{name}{name} {{not a field}} {name}",
            fields: { name: String },
        },
        /// A redacted field, never written, and a field the message does not name.
        Redacted {
            code: "redacted",
            status: 403,
            message: "denied for {user}",
            fields: { #[redact] secret: String, user: String, extra: String },
        },
        /// Texts of more than 127 bytes around a field, and a field the message names at its
        /// start.
        Long {
            code: "long",
            status: 422,
            message: "{first}This text runs long enough that the macro's message program writes its length as a character of more than one byte: 01234567890123456789012345678901234567890123456789 — and it holds 'quotes', \"escapes\", 中文, {{braces}} and more. {name} Then more text after the field, abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij.",
            fields: { first: String, name: String },
        },
        /// A 5xx: details are sent only when the context exposes them.
        Internal {
            code: "internal",
            status: 500,
            message: "internal: {reason}",
            fields: { reason: String },
        },
    }
}

error_catalog::compose_catalogs! {
    /// The field errors under a prefix: a composed entry is its member's with the code
    /// rewritten, and the member's fields serve.
    #[catalog(id = "composed", dialect = problem)]
    pub enum Composed {
        /// The field errors, as `f.<code>`.
        Fields(FieldError) { prefix: "f." },
    }
}

const TRICKY: &str = "a\"b\\c\r\nd\u{0}e\u{1f}\u{7f}\u{2028}中文：😀<&>{x}}";

/// Every error, with each text field set to `value`.
fn errors(value: &'static str) -> Vec<FieldError> {
    vec![
        FieldError::Strings {
            owned: value.to_owned(),
            fixed: value,
            boxed: value.into(),
            cow: Cow::Borrowed(value),
            shared: value.into(),
            counted: value.into(),
        },
        FieldError::Strings {
            owned: String::new(),
            fixed: "",
            boxed: "".into(),
            cow: Cow::Owned(value.repeat(3)),
            shared: "".into(),
            counted: "long enough to take more than two words".into(),
        },
        FieldError::Formatted {
            n: 7,
            ratio: -0.25,
            point: Point { x: -3, y: 42 },
        },
        FieldError::Repeated {
            name: value.to_owned(),
        },
        FieldError::Redacted {
            secret: "hunter2".to_owned(),
            user: value.to_owned(),
            extra: value.to_owned(),
        },
        FieldError::Long {
            first: value.to_owned(),
            name: value.to_owned(),
        },
        FieldError::Internal {
            reason: value.to_owned(),
        },
    ]
}

fn contexts() -> Vec<Context<'static>> {
    const DETAILS: &[(&str, &str)] = &[("user", "shadowed by the field"), ("more", TRICKY)];
    vec![
        Context::new(),
        Context::new().with_request_id("req_abc"),
        Context::new()
            .with_request_id("req \"1\"")
            .with_detail(TRICKY)
            .with_details(DETAILS)
            .with_exposure(Exposure::Always),
    ]
}

/// The fast writers, the bytes serde writes for the same error, and the dialect's name.
type Case<'a> = (&'a dyn Fn(&mut Vec<u8>), Vec<u8>, &'static str);

#[test]
fn messages_and_details_from_handed_fields_match_serde_json() {
    let mut checked = 0;
    for value in ["value", "", TRICKY] {
        for error in errors(value) {
            checked += check(&error);
            checked += check(&Composed::from(error));
        }
    }
    assert_eq!(checked, 3 * 7 * 2 * 3 * 5);
}

/// `error` in every JSON dialect and context against serde_json: the number of bodies
/// compared.
fn check<E: WireError>(error: &E) -> usize {
    let mut body = Vec::new();
    let mut checked = 0;
    // The generated type hands its fields over: the writers take the path under test.
    assert!(error.__with_fields(&mut |_| {}), "{error:?}");
    // The message writer a dialect of one's own uses, alone.
    body.clear();
    json::write_message(&mut body, error);
    assert_eq!(
        String::from_utf8_lossy(&body),
        serde_json::to_string(&error.to_string()).unwrap(),
        "{error:?}"
    );
    for cx in contexts() {
        let cases: [Case<'_>; 5] = [
            (
                &|out| drop(Skms.render_into(error, &cx, out)),
                serde_json::to_vec(&SkmsBody::new(error, &cx)).unwrap_or_default(),
                "skms",
            ),
            (
                &|out| drop(ScaiVault.render_into(error, &cx, out)),
                serde_json::to_vec(&ScaiVaultBody::new(error, &cx)).unwrap_or_default(),
                "scai_vault",
            ),
            (
                &|out| drop(Huawei.render_into(error, &cx, out)),
                serde_json::to_vec(&HuaweiBody::new(error, &cx)).unwrap_or_default(),
                "huawei",
            ),
            (
                &|out| drop(AdobePass::new(Media::Json).render_into(error, &cx, out)),
                serde_json::to_vec(&AdobePassBody::new(error, &cx)).unwrap_or_default(),
                "adobe_pass",
            ),
            (
                &|out| drop(Problem.render_into(error, &cx, out)),
                serde_json::to_vec(&ProblemDetails::new(error, &cx)).unwrap_or_default(),
                "problem",
            ),
        ];
        for (render, expected, dialect) in cases {
            assert!(
                !expected.is_empty(),
                "{dialect}: serde failed for {error:?}"
            );
            body.clear();
            render(&mut body);
            assert_eq!(
                String::from_utf8_lossy(&body),
                String::from_utf8_lossy(&expected),
                "{dialect} {error:?} {cx:?}"
            );
            checked += 1;
        }
    }
    checked
}

/// The message program the JSON writers and `Display` share, against the text spelled out:
/// texts longer than 127 bytes (their length one character of several bytes), braces, a
/// field first, a field twice.
#[test]
fn display_writes_the_template_with_its_fields() {
    let error = FieldError::Long {
        first: "A".to_owned(),
        name: "B".to_owned(),
    };
    let long1 = concat!(
        "This text runs long enough that the macro's message program writes its length as a ",
        "character of more than one byte: ",
    );
    let digits = "0123456789".repeat(5);
    let letters = "abcdefghij".repeat(14);
    assert_eq!(
        error.to_string(),
        format!(
            "A{long1}{digits} — and it holds 'quotes', \"escapes\", 中文, {{braces}} and more. B Then more text after the field, {letters}."
        )
    );
    let error = FieldError::Repeated {
        name: "x".to_owned(),
    };
    assert_eq!(error.to_string(), "xx {not a field} x");
}

/// What the writers copy and what they leave out, spelled out for one error.
#[test]
fn string_fields_are_escaped_and_redacted_fields_left_out() {
    let error = FieldError::Redacted {
        secret: "hunter2".to_owned(),
        user: "a\"b".to_owned(),
        extra: "x\ny".to_owned(),
    };
    let mut body = Vec::new();
    drop(ScaiVault.render_into(&error, &Context::new(), &mut body));
    assert_eq!(
        String::from_utf8(body).unwrap(),
        r#"{"error":{"code":"redacted","message":"denied for a\"b","details":{"user":"a\"b","extra":"x\ny"}}}"#
    );
    let error = FieldError::Formatted {
        n: 7,
        ratio: -0.25,
        point: Point { x: -3, y: 42 },
    };
    let mut body = Vec::new();
    drop(Skms.render_into(&error, &Context::new(), &mut body));
    assert_eq!(
        String::from_utf8(body).unwrap(),
        r#"{"code":"formatted","message":"n=7 ratio=-0.25 at (-3,  42)"}"#
    );
}
