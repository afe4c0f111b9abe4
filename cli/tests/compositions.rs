//! errcat over a composition: its entries are the members', with the composed wire codes.
#![cfg(feature = "bundled")]

use std::process::ExitCode;

use error_catalog_vendors::adobe_pass::AdobePassError;
use error_catalog_vendors::scai_vault::ScaiVaultError;

error_catalog::compose_catalogs! {
    /// A gateway in front of the vault and Adobe Pass.
    #[catalog(id = "gateway")]
    pub enum GatewayError {
        /// The vault's errors.
        Vault(ScaiVaultError) { prefix: "vault." },
        /// Adobe Pass errors.
        Adobe(AdobePassError) { prefix: "adobe." },
    }
}

fn run(args: &[&str]) -> (ExitCode, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let status = errcat::Cli::new(&[GatewayErrorCode::INFO])
        .name("gateway-errors")
        .run_with(args.iter().copied(), &mut out, &mut err);
    let mut text = String::from_utf8(out).expect("UTF-8");
    text.push_str(&String::from_utf8(err).expect("UTF-8"));
    (status, text)
}

#[test]
fn explain_names_the_member_and_the_composed_code() {
    let (status, out) = run(&["explain", "adobe.internal_error"]);
    assert_eq!(status, ExitCode::SUCCESS, "{out}");
    assert!(out.contains("Adobe (catalog adobe_pass)"), "{out}");
    assert!(out.contains("adobe.internal_error"), "{out}");
    // Unprefixed, it is no gateway code: only the vault's vendor name matches.
    let (status, out) = run(&["explain", "internal_error"]);
    assert_eq!(status, ExitCode::SUCCESS, "{out}");
    assert!(out.contains("matched by name"), "{out}");
    assert!(!out.contains("matched by code"), "{out}");
}

#[test]
fn list_and_export_cover_every_member_entry() {
    let (status, out) = run(&["export", "--format", "json"]);
    assert_eq!(status, ExitCode::SUCCESS, "{out}");
    let entries: Vec<serde_json::Value> = serde_json::from_str(&out).expect("JSON");
    assert_eq!(entries.len(), GatewayErrorCode::INFO.entries().len());
    assert!(
        entries
            .iter()
            .any(|e| e["code"] == "vault.secret_not_found")
    );
    let (status, out) = run(&["list"]);
    assert_eq!(status, ExitCode::SUCCESS, "{out}");
    assert!(out.contains("vault.rate_limited"), "{out}");
}
