use error_catalog_vendors::adobe_pass::AdobePassError;
use error_catalog_vendors::huawei::HuaweiScmError;
use error_catalog_vendors::scai_vault::ScaiVaultError;
use error_catalog_vendors::skms::SkmsError;

error_catalog::compose_catalogs! {
    /// Every mistake a member's options can hold, reported in one compile.
    pub enum GatewayError {
        Vault(ScaiVaultError) { prefix: "vault ", prefix: "v." },
        Vault(AdobePassError) {
            rename: {
                "internal_error": "a",
                "internal_error": "b",
                "service_unavailable": "a",
                "network_connection_failure": "",
                internal_error => "c",
            },
        },
        Skms(SkmsError) { prefix: vault, rename: "x" },
        Huawei(HuaweiScmError) { prefix },
    }
}

fn main() {}
