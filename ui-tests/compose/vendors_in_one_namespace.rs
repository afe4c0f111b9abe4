// The Scai vault and Adobe Pass both define `internal_error` and `service_unavailable`: in
// one wire namespace a client could not tell them apart.
use error_catalog_vendors::adobe_pass::AdobePassError;
use error_catalog_vendors::scai_vault::ScaiVaultError;

error_catalog::compose_catalogs! {
    /// A gateway in front of both vendors.
    pub enum GatewayError {
        Vault(ScaiVaultError),
        Adobe(AdobePassError),
    }
}

fn main() {}
