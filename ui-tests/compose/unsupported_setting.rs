use error_catalog_vendors::scai_vault::ScaiVaultError;

error_catalog::compose_catalogs! {
    /// Settings of a catalog that a composition does not take.
    #[catalog(code = str, status = 500, colour = "blue")]
    pub enum GatewayError {
        Vault(ScaiVaultError) { prefix: "" , colour: "red" },
        Broken,
    }
}

fn main() {}
