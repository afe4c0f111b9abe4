//! Variants whose typed fields have the same types share one arm of the generated field
//! visit (an or-pattern binding the fields by position). These check that each variant still
//! writes its own fields, by its own names, through `Display`, `Debug` and `for_each_field`,
//! and that variants whose types, or redactions, differ do not share.

use error_catalog::CatalogError;

error_catalog::error_catalog! {
    /// Variants grouped by their field types.
    #[catalog(code = u16, status = 400)]
    pub enum Shapes {
        /// `String, u32`.
        First { code: 1, message: "first {x} {y}", fields: { x: String, y: u32 } },
        /// `String, u32` under other names, used in the other order.
        Renamed { code: 2, message: "renamed {count} {name}", fields: { name: String, count: u32 } },
        /// One field named as `First`'s first, of another type.
        SameNameOtherType { code: 3, message: "other {x}", fields: { x: u32 } },
        /// `String, u32` with the first redacted: its own arm.
        Redacted { code: 4, message: "redacted {y}", fields: { #[redact] x: String, y: u32 } },
        /// `String, u32` with a field the message does not name.
        Unnamed { code: 5, message: "unnamed {y}", fields: { x: String, y: u32 } },
        /// No fields.
        Bare { code: 6, message: "bare" },
        /// `u32` again, as `SameNameOtherType`, under another name.
        OtherU32 { code: 7, message: "u32 {n}", fields: { n: u32 } },
        /// The same types spelled the same, with a path.
        Pathed { code: 8, message: "pathed {a} {b}", fields: { a: ::std::string::String, b: u32 } },
    }
}

/// What `for_each_field` hands over, as `name=value`.
fn visited(error: &impl CatalogError) -> Vec<String> {
    let mut seen = Vec::new();
    error.for_each_field(&mut |name, value| seen.push(format!("{name}={value}")));
    seen
}

#[test]
fn each_variant_writes_its_own_fields_by_its_own_names() {
    let first = Shapes::First {
        x: "a".into(),
        y: 1,
    };
    let renamed = Shapes::Renamed {
        name: "b".into(),
        count: 2,
    };
    let other = Shapes::SameNameOtherType { x: 3 };
    let redacted = Shapes::Redacted {
        x: "secret".into(),
        y: 4,
    };
    let unnamed = Shapes::Unnamed {
        x: "c".into(),
        y: 5,
    };
    let other_u32 = Shapes::OtherU32 { n: 7 };
    let pathed = Shapes::Pathed {
        a: "d".into(),
        b: 8,
    };

    assert_eq!(first.to_string(), "first a 1");
    assert_eq!(renamed.to_string(), "renamed 2 b");
    assert_eq!(other.to_string(), "other 3");
    assert_eq!(redacted.to_string(), "redacted 4");
    assert_eq!(unnamed.to_string(), "unnamed 5");
    assert_eq!(Shapes::Bare.to_string(), "bare");
    assert_eq!(other_u32.to_string(), "u32 7");
    assert_eq!(pathed.to_string(), "pathed d 8");

    assert_eq!(visited(&first), ["x=a", "y=1"]);
    assert_eq!(visited(&renamed), ["name=b", "count=2"]);
    assert_eq!(visited(&other), ["x=3"]);
    assert_eq!(visited(&redacted), ["y=4"]);
    assert_eq!(visited(&unnamed), ["x=c", "y=5"]);
    assert!(visited(&Shapes::Bare).is_empty());
    assert_eq!(visited(&other_u32), ["n=7"]);
    assert_eq!(visited(&pathed), ["a=d", "b=8"]);
}

#[test]
fn debug_names_each_variant_and_its_fields() {
    assert_eq!(
        format!(
            "{:?}",
            Shapes::Renamed {
                name: "b".into(),
                count: 2
            }
        ),
        r#"Renamed { name: "b", count: 2 }"#
    );
    let redacted = format!(
        "{:?}",
        Shapes::Redacted {
            x: "secret".into(),
            y: 4
        }
    );
    assert!(!redacted.contains("secret"), "{redacted}");
    assert!(redacted.starts_with("Redacted {"), "{redacted}");
    assert_eq!(
        format!("{:?}", Shapes::SameNameOtherType { x: 3 }),
        "SameNameOtherType { x: 3 }"
    );
}

// Past 256 variants with fields the visit is split into functions by variant position; the
// variants of each function are grouped the same way. Every variant there has fields, of three
// lists of types in turn, so each function holds all three.
include!("data/many_variants.rs");

#[test]
fn grouped_arms_hold_across_the_split_into_functions() {
    assert_eq!(ManyCode::ALL.len(), 300);
    for (position, kind) in ManyCode::ALL.iter().enumerate() {
        let (error, expected) = make(position);
        assert_eq!(error.kind(), *kind);
        assert_eq!(error.to_string(), expected);
        let fields = visited(&error);
        let a = format!("a=v{position}");
        let b = format!("b={position}");
        match position % 3 {
            0 => assert_eq!(fields, [a, b]),
            1 => assert_eq!(fields, [b, a]),
            _ => assert_eq!(fields, [a]),
        }
    }
}
