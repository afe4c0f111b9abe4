// The SKMS catalog's 40003..40013 entries, verbatim from `catalogs/src/skms.rs` (seed
// `skms.tsv`), except that `RelayClientAccessTokenFailed` repeats the code of the entry
// before it (40011 instead of 40012).
error_catalog::error_catalog! {
    /// Errors of Softcamp SKMS (the 400xx rows).
    #[catalog(code = u16, id = "skms", dialect = skms, code_enum = SkmsCode)]
    pub enum SkmsError {
        /// The service failed to create a header.
        FailedCreateHeader {
            code: 40003,
            status: 400,
            message: "Failed create header",
            description: "Header creation failed",
            category: "400xx",
            notes: "The source's example response carries the detail \"4020\" (a string).",
        },
        /// The service failed to extract a header.
        FailedExtractHeader {
            code: 40004,
            status: 400,
            message: "Failed extract header",
            description: "Header extraction failed",
            category: "400xx",
        },
        /// A batch or scheduler job failed.
        BatchSchedulerFailed {
            code: 40005,
            status: 400,
            message: "Batch/Scheduler Failed",
            description: "Batch/Scheduler Failure",
            category: "400xx",
        },
        /// The connection to the OAuth (authentication) service failed.
        OauthConnectionFailed {
            code: 40006,
            status: 400,
            message: "oAuth connection failed",
            description: "Authentication connection failed",
            category: "400xx",
            notes: "An integration or server-side failure answered with 400.",
        },
        /// The integrated log service failed.
        IntegratedLogServiceFailed {
            code: 40007,
            status: 400,
            message: "Integrated Log Service Failed",
            description: "Integrated Log Service Failure",
            category: "400xx",
            notes: "An integration or server-side failure answered with 400.",
        },
        /// The key vault (Keybolt) service failed.
        KeyVaultServiceFailed {
            code: 40008,
            status: 400,
            message: "Key Vault Service Failed",
            description: "Keybolt Service Failure",
            category: "400xx",
            notes: "The message says 'Key Vault', the description 'Keybolt' (a transliteration of 키볼트, the same product). An integration or server-side failure answered with 400.",
        },
        /// The Service Linker key manager is not in use, so key data integration failed.
        ServiceLinkerKeyManagerNotUsed {
            code: 40009,
            status: 400,
            message: "Service Linker Key Manager is not used",
            description: "Key data integration failure",
            category: "400xx",
            notes: "The message (not used) and the description (integration failure) disagree.",
        },
        /// Azure information could not be retrieved.
        UnableToGetAzureInfo {
            code: 40011,
            status: 400,
            message: "Unable to AzureInfo",
            description: "Failed to retrieve Azure information",
            category: "400xx",
            notes: "Message kept verbatim: 'Unable to AzureInfo' (sic).",
        },
        /// Renewing the relay client's access token failed.
        RelayClientAccessTokenFailed {
            code: 40011,
            status: 400,
            message: "Relay client accessToken Failed",
            description: "Relay token renewal failed",
            category: "400xx",
            notes: "An integration or server-side failure answered with 400.",
        },
        /// The requested key was not found in the key vault.
        KeyNotFoundInKeyVault {
            code: 40013,
            status: 400,
            message: "Key not found in the keyVault",
            description: "Failed to retrieve key from Keybolt",
            category: "400xx",
            notes: "The message says 'keyVault', the description 'Keybolt' (the same product). The source's example response carries the detail \"keyId : 0000009\".",
        },
    }
}

fn main() {}
