use error_catalog_vendors::scai_vault::ScaiVaultError;

error_catalog::compose_catalogs! {
    /// The same catalog twice.
    pub enum TwiceError {
        Vault(ScaiVaultError) { prefix: "a." },
        Again(ScaiVaultError) { prefix: "b." },
    }
}

fn main() {}
