use error_catalog_vendors::scai_vault::ScaiVaultError;

error_catalog::compose_catalogs! {
    /// A rename of a code the member does not have.
    pub enum GatewayError {
        Vault(ScaiVaultError) { rename: { "no_such_code": "gateway_no_such_code" } },
    }
}

fn main() {}
