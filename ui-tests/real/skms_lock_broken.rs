// The bundled SKMS catalog, verbatim from `catalogs/src/skms.rs` and checked against its
// lock `catalogs/errors/skms.lock`, except that `KeyNotFoundInKeyVault` (40013) is removed and
// `FailedCreateHeader` renumbered from 40003 to 40099. The ui driver copies the lock to
// `locks/` in the directory where trybuild compiles this file.
error_catalog::error_catalog! {
    /// Errors of Softcamp SKMS, the key management service, from its "Definition of SKMS Response
    /// Status Codes" page (the 26 rows of the error code definition; the 6 response code rows of
    /// the page are the HTTP status legend, not entries).
    ///
    /// On the wire an error is a bare JSON object: `{"code": 40013, "message": "...", "detail": "..."}`.
    /// The HTTP status is each entry's own and does not follow the code's prefix (40102-40112
    /// answer 400, 40301 answers 401): identify an error by its `code`. The category is the
    /// source's grouping by code prefix (`400xx`, `401xx`, `403xx`, `500xx`).
    #[catalog(code = u16, id = "skms", lock = "locks/skms.lock", dialect = skms, code_enum = SkmsCode)]
    pub enum SkmsError {
        /// The service failed to create a header.
        FailedCreateHeader {
            code: 40099,
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
            code: 40012,
            status: 400,
            message: "Relay client accessToken Failed",
            description: "Relay token renewal failed",
            category: "400xx",
            notes: "An integration or server-side failure answered with 400.",
        },
        /// The token is invalid.
        InvalidToken {
            code: 40101,
            status: 401,
            message: "Invalid token",
            description: "Invalid token",
            category: "401xx",
        },
        /// No company matches the given company ID.
        NoMatchingCompanyId {
            code: 40102,
            status: 400,
            message: "No matching company ID found",
            description: "No matching company_id",
            category: "401xx",
            notes: "The code's 401 prefix does not match its HTTP status, 400: identify the error by `code`.",
        },
        /// The domain already exists.
        DuplicateDomain {
            code: 40103,
            status: 400,
            message: "Failed Duplicate domain",
            description: "Duplicate Domain",
            category: "401xx",
            notes: "The code's 401 prefix does not match its HTTP status, 400: identify the error by `code`. Message kept verbatim: 'Failed Duplicate domain' (sic).",
        },
        /// No domain matches.
        NoMatchingDomains {
            code: 40104,
            status: 400,
            message: "No matching domains found",
            description: "No matching domain",
            category: "401xx",
            notes: "The code's 401 prefix does not match its HTTP status, 400: identify the error by `code`.",
        },
        /// A required value is missing.
        RequiredValueMissing {
            code: 40105,
            status: 400,
            message: "Required value is missing",
            description: "No required value",
            category: "401xx",
            notes: "The code's 401 prefix does not match its HTTP status, 400: identify the error by `code`.",
        },
        /// No license matches.
        NoMatchingLicense {
            code: 40107,
            status: 400,
            message: "No matching license found",
            description: "No matching license",
            category: "401xx",
            notes: "The code's 401 prefix does not match its HTTP status, 400: identify the error by `code`.",
        },
        /// The license is unavailable.
        UnavailableLicense {
            code: 40108,
            status: 400,
            message: "Unavailable License",
            description: "Unavailable License",
            category: "401xx",
            notes: "The code's 401 prefix does not match its HTTP status, 400: identify the error by `code`.",
        },
        /// The header key is empty.
        HeaderKeyEmpty {
            code: 40110,
            status: 400,
            message: "HeaderKey is Empty",
            description: "No matching header key",
            category: "401xx",
            notes: "The code's 401 prefix does not match its HTTP status, 400: identify the error by `code`.",
        },
        /// The encryption key (`DS_KEY_ENCRYPTION_KEY`) is empty.
        EncryptionKeyEmpty {
            code: 40111,
            status: 400,
            message: "EncryptionKey is Empty",
            description: "No matching encryption key\n- DS_KEY_ENCRYPTION_KEY",
            category: "401xx",
            notes: "The code's 401 prefix does not match its HTTP status, 400: identify the error by `code`.",
        },
        /// No SCI server matches the given server ID.
        NoMatchingSciServerId {
            code: 40112,
            status: 400,
            message: "No matching SCI ServerID found",
            description: "No matching SCI server ID found",
            category: "401xx",
            notes: "The code's 401 prefix does not match its HTTP status, 400: identify the error by `code`.",
        },
        /// The caller has no permission for this service.
        NoPermissionForService {
            code: 40301,
            status: 401,
            message: "You don't have permission this service",
            description: "Access Denied",
            category: "403xx",
            notes: "The code's 403 prefix does not match its HTTP status, 401: identify the error by `code`. Message kept verbatim: 'permission this service' (sic).",
        },
        /// An unexpected error occurred in the service.
        UnexpectedInternalError {
            code: 50001,
            status: 500,
            message: "An unexpected error has occurred in the internal system",
            description: "Internal Service Error",
            category: "500xx",
            notes: "The source's example detail is a raw Java exception text leaking an internal host name and IP address: the detail of a 5xx is not sent unless the service opts in.",
        },
        /// The connection to the SCI server failed.
        SciConnectionFailed {
            code: 50002,
            status: 500,
            message: "SCI Connection failed",
            description: "Failed to connect to SCI server",
            category: "500xx",
        },
        /// The SHIELDRM service (Service Linker) name does not exist.
        ServiceLinkerNameNotFound {
            code: 50003,
            status: 500,
            message: "Service Linker Name is Not Exist",
            description: "The SHIELDRM service name does not exist.",
            category: "500xx",
            notes: "Message kept verbatim: 'is Not Exist' (sic).",
        },
        /// The SHIELDRM service (Service Linker) is not in use.
        ServiceLinkerUnused {
            code: 50004,
            status: 500,
            message: "Service Linker is Unused",
            description: "Unused SHIELDRM service",
            category: "500xx",
        },
        /// Registering the SCI server integration (Service Linker) failed.
        SciServiceLinkerRegistrationFailed {
            code: 50005,
            status: 500,
            message: "SCI Service Linker registration Failed",
            description: "Failed to register SCI server integration system",
            category: "500xx",
        },
    }
}

fn main() {}
