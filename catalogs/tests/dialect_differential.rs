//! The JSON dialects' fast writers against serde: for every wire entry of the five bundled
//! catalogs, in every JSON dialect and several contexts, the body `render_into` writes is
//! byte for byte what `serde_json` writes for the dialect's envelope type. Every entry also
//! round-trips: rendered, then parsed back to the same entry.
//!
//! The entries' typed fields are filled by a test-only `WireError` implementation, so one
//! generic test covers every entry without naming its variant.

use std::fmt;

use error_catalog::dialect::adobe_pass::{AdobePassBody, Media};
use error_catalog::dialect::huawei::HuaweiBody;
use error_catalog::dialect::problem::ProblemDetails;
use error_catalog::dialect::scai_vault::ScaiVaultBody;
use error_catalog::dialect::skms::SkmsBody;
use error_catalog::dialect::{
    AdobePass, Context, Dialect, DynDialect, Exposure, Huawei, Incoming, ParsedCode, Problem,
    ScaiVault, Scms, Skms,
};
use error_catalog::{Catalog, CatalogError, CatalogInfo, Entry, WireError};
use error_catalog_vendors::adobe_pass::AdobePassCode;
use error_catalog_vendors::huawei::HuaweiScmCode;
use error_catalog_vendors::scai_vault::ScaiVaultCode;
use error_catalog_vendors::scms::ScmsCode;
use error_catalog_vendors::skms::SkmsCode;

/// One occurrence of any wire entry of catalog `C`, its fields given as text.
#[derive(Debug)]
struct Sample<C> {
    code: C,
    fields: Vec<(&'static str, String)>,
}

impl<C: Catalog> Sample<C> {
    /// The entry with every field set to `value`.
    fn new(code: C, value: &str) -> Self {
        let fields = code
            .entry()
            .fields()
            .iter()
            .map(|name| (*name, value.to_owned()))
            .collect();
        Sample { code, fields }
    }
}

/// The message template with `{field}` replaced and `{{`/`}}` read as braces, as the
/// generated `Display` renders it.
impl<C: Catalog> fmt::Display for Sample<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.code.entry().message_template();
        while let Some(at) = rest.find(['{', '}']) {
            f.write_str(&rest[..at])?;
            let tail = &rest[at..];
            if tail.starts_with("{{") || tail.starts_with("}}") {
                f.write_str(&tail[..1])?;
                rest = &tail[2..];
            } else if let Some(close) = tail.find('}') {
                let name = &tail[1..close];
                let value = self.fields.iter().find(|(field, _)| *field == name);
                f.write_str(value.map_or("", |(_, value)| value.as_str()))?;
                rest = &tail[close + 1..];
            } else {
                return Err(fmt::Error);
            }
        }
        f.write_str(rest)
    }
}

impl<C: Catalog> std::error::Error for Sample<C> {}

impl<C: Catalog> CatalogError for Sample<C> {
    type Code = C;

    fn kind(&self) -> C {
        self.code
    }

    fn for_each_field(&self, visit: &mut dyn FnMut(&'static str, &dyn fmt::Display)) {
        for (name, value) in &self.fields {
            visit(name, value);
        }
    }
}

impl<C: Catalog> WireError for Sample<C> {
    fn entry(&self) -> &'static Entry {
        self.code.entry()
    }

    fn catalog(&self) -> &'static CatalogInfo {
        C::INFO
    }

    fn for_each_field(&self, visit: &mut dyn FnMut(&'static str, &dyn fmt::Display)) {
        CatalogError::for_each_field(self, visit);
    }
}

const TRICKY: &str = "a\"b\\c\r\nd\u{0}e\u{1f}\u{7f}\u{2028}中文：😀<&>{x}";

fn contexts() -> Vec<Context<'static>> {
    const DETAILS: &[(&str, &str)] = &[("fields", "name: required"), ("tricky", TRICKY)];
    vec![
        Context::new(),
        Context::new().with_request_id("req_abc"),
        Context::new()
            .with_request_id("12f6fef9-d2e0-422b-a9d7-60d799abe353")
            .with_detail("keyId : 0000009")
            .with_details(DETAILS)
            .with_retry_after(45)
            .with_help_url("https://help.example/\"q\"")
            .with_instance("/requests/12f6fef9")
            .with_exposure(Exposure::Always),
        // A request id a header takes as it is, which a JSON body must escape.
        Context::new().with_request_id("req \"quoted\" \\ id"),
        // Quotes without a space: the request id's one check for header and body fails on
        // the quote alone.
        Context::new().with_request_id("req\"1\\2"),
        Context::new()
            .with_request_id("req\r\nSet-Cookie: x=1")
            .with_detail(TRICKY)
            .with_details(DETAILS),
    ]
}

/// A fast writer, the bytes serde writes for the same error, and the dialect's name.
type Case<'a> = (&'a dyn Fn(&mut Vec<u8>), Vec<u8>, &'static str);

fn check_catalog<C: Catalog>() -> usize {
    let mut checked = 0;
    let mut body = Vec::new();
    for code in C::ALL
        .iter()
        .copied()
        .filter(|code| !code.entry().is_log_only())
    {
        for value in ["value", TRICKY] {
            let sample = Sample::new(code, value);
            for cx in contexts() {
                let cases: [Case<'_>; 5] = [
                    (
                        &|out| drop(Skms.render_into(&sample, &cx, out)),
                        serde_json::to_vec(&SkmsBody::new(&sample, &cx)).unwrap_or_default(),
                        "skms",
                    ),
                    (
                        &|out| drop(ScaiVault.render_into(&sample, &cx, out)),
                        serde_json::to_vec(&ScaiVaultBody::new(&sample, &cx)).unwrap_or_default(),
                        "scai_vault",
                    ),
                    (
                        &|out| drop(Huawei.render_into(&sample, &cx, out)),
                        serde_json::to_vec(&HuaweiBody::new(&sample, &cx)).unwrap_or_default(),
                        "huawei",
                    ),
                    (
                        &|out| drop(AdobePass::new(Media::Json).render_into(&sample, &cx, out)),
                        serde_json::to_vec(&AdobePassBody::new(&sample, &cx)).unwrap_or_default(),
                        "adobe_pass",
                    ),
                    (
                        &|out| drop(Problem.render_into(&sample, &cx, out)),
                        serde_json::to_vec(&ProblemDetails::new(&sample, &cx)).unwrap_or_default(),
                        "problem",
                    ),
                ];
                for (render, expected, dialect) in cases {
                    body.clear();
                    render(&mut body);
                    assert!(
                        !expected.is_empty(),
                        "{dialect}: serde failed for {sample:?}"
                    );
                    assert_eq!(
                        String::from_utf8_lossy(&body),
                        String::from_utf8_lossy(&expected),
                        "{dialect} {sample:?} {cx:?}"
                    );
                    assert_eq!(body, expected, "{dialect} {sample:?}");
                    checked += 1;
                }
            }

            // Round trip in the native dialect (SCMS at the QA stage) and in `problem`.
            static SCMS_QA: Scms = Scms::qa();
            let native: &dyn DynDialect = match C::INFO.dialect().name() {
                "scms" => &SCMS_QA,
                _ => C::INFO.dialect(),
            };
            for dialect in [native, &Problem] {
                let response = dialect
                    .render(&sample, &Context::new().with_request_id("req_abc"))
                    .respond()
                    .expect("default settings answer");
                let parsed = dialect
                    .parse::<C>(&Incoming::from_response(&response))
                    .unwrap_or_else(|e| panic!("{dialect:?} {sample:?}: {e}"));
                assert_eq!(parsed.code, ParsedCode::Known(code), "{dialect:?}");
                assert_eq!(parsed.status, sample.status(), "{dialect:?} {code:?}");
                if value == "value" && dialect.name() != "scms" {
                    assert_eq!(parsed.message, Some(sample.to_string()), "{dialect:?}");
                    for (name, value) in &sample.fields {
                        assert_eq!(
                            parsed.field(name),
                            Some(value.as_str()),
                            "{dialect:?} {code:?}"
                        );
                    }
                }
            }
        }
    }
    checked
}

#[test]
fn fast_path_matches_serde_json_for_every_bundled_entry() {
    let checked = check_catalog::<ScmsCode>()
        + check_catalog::<SkmsCode>()
        + check_catalog::<ScaiVaultCode>()
        + check_catalog::<HuaweiScmCode>()
        + check_catalog::<AdobePassCode>();
    // 221 wire entries (233 less SCMS's 12 log values), two field values, six contexts,
    // five dialects.
    assert_eq!(checked, 221 * 2 * 6 * 5);
}
