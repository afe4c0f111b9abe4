// SKMS codes are integers, the vault's strings: one namespace cannot hold both.
use error_catalog_vendors::scai_vault::ScaiVaultError;
use error_catalog_vendors::skms::SkmsError;

error_catalog::compose_catalogs! {
    /// Keys and secrets.
    pub enum KeysError {
        Vault(ScaiVaultError),
        Skms(SkmsError),
    }
}

fn main() {}
