use error_catalog_vendors::scai_vault::ScaiVaultError;

error_catalog::compose_catalogs! {
    /// A member named like a generated item.
    pub enum GatewayError {
        ALL(ScaiVaultError),
    }
}

fn main() {}
