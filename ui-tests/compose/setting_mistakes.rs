use error_catalog_vendors::scai_vault::ScaiVaultError;

error_catalog::compose_catalogs! {
    /// Every mistake the settings can hold, reported in one compile.
    #[catalog(id = "Gateway", dialect = soap, code_enum = GatewayError, crate = "error_catalog")]
    #[catalog(id = "again")]
    pub enum GatewayError {
        Vault(ScaiVaultError),
    }
}

error_catalog::compose_catalogs! {
    /// Settings without values, and a code enum that is not a name.
    #[catalog(id, code_enum = 42)]
    pub enum OtherError {
        Vault(ScaiVaultError),
    }
}

fn main() {}
