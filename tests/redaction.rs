//! `#[redact]`: a redacted field never goes on the wire, whichever way the error is built
//! (the generated type, an `Occurrence` from a code, a `DynOccurrence` from metadata) and
//! whichever dialect renders it.

use error_catalog::dialect::{self, Context};
use error_catalog::{DynOccurrence, Occurrence, WireError};

error_catalog::error_catalog! {
    /// Errors of a vault.
    #[catalog(code = str, dialect = scai_vault)]
    pub enum VaultError {
        /// A backend refused the request.
        BackendRefused {
            code: "backend_refused",
            status: 502,
            message: "Backend '{backend}' refused the request",
            fields: { backend: String, #[redact] token: String },
        },
    }
}

const SECRET: &str = "hunter2";

fn responses(error: &dyn WireError) -> Vec<(&'static str, String)> {
    dialect::BUILTIN
        .iter()
        .map(|dialect| {
            let response = dialect
                .render(error, &Context::new())
                .respond()
                .expect("a wire entry answers");
            // Some dialects (SCMS) answer in headers: check the whole response.
            let mut text = String::from_utf8(response.body().clone()).expect("UTF-8");
            for (name, value) in response.headers() {
                text.push_str(&format!(
                    "\n{name}: {}",
                    String::from_utf8_lossy(value.as_bytes())
                ));
            }
            (dialect.name(), text)
        })
        .collect()
}

fn assert_redacted(error: &dyn WireError) {
    let mut visited = Vec::new();
    error.for_each_field(&mut |name, value| visited.push((name, value.to_string())));
    assert_eq!(visited, [("backend", "vault-1".to_owned())]);
    for (dialect, response) in responses(error) {
        assert!(
            !response.contains(SECRET),
            "{dialect} sent the redacted value: {response}"
        );
        // SCMS in PROD (its default stage) sends nothing but a 500; every other dialect
        // carries the message, whose field is not redacted.
        if dialect != "scms" {
            assert!(
                response.contains("vault-1"),
                "{dialect} lost the message: {response}"
            );
        }
    }
}

#[test]
fn the_generated_type_keeps_a_redacted_field_off_every_dialect() {
    assert_redacted(&VaultError::BackendRefused {
        backend: "vault-1".into(),
        token: SECRET.into(),
    });
}

#[test]
fn occurrences_keep_a_redacted_field_off_every_dialect() {
    let occurrence = Occurrence::new(VaultErrorCode::BackendRefused)
        .expect("a wire entry")
        .with_field("backend", "vault-1")
        .with_field("token", SECRET);
    assert_eq!(occurrence.field("token"), Some(SECRET));
    assert_redacted(&occurrence);

    let info = VaultErrorCode::INFO;
    let index = info.find_code("backend_refused").expect("declared");
    let occurrence = DynOccurrence::new(info, index)
        .expect("a wire entry")
        .with_field("backend", "vault-1")
        .with_field("token", SECRET);
    assert_redacted(&occurrence);
}
