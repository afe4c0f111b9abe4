use error_catalog_vendors::scai_vault::ScaiVaultError;
use error_catalog_vendors::adobe_pass::AdobePassError;

error_catalog::compose_catalogs! {
    /// A rename onto a code another member already has on the wire.
    pub enum GatewayError {
        Vault(ScaiVaultError) { prefix: "vault." },
        Adobe(AdobePassError) { prefix: "adobe.", rename: { "internal_error": "vault.internal_error" } },
    }
}

fn main() {}
