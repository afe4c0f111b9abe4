//! The SCMS (V2X Security Credential Management System) error catalog.

error_catalog::error_catalog! {
    /// Errors of the SCMS, the V2X Security Credential Management System, from the SCMS error code
    /// page: the RA-EE errors (16), the SCMS inter-component errors (25) and the error log values
    /// (12), one catalog with the source table kept as `category` (`RA-EE`, `SCMS`, `Log`).
    ///
    /// Every entry carries the vendor's symbolic name (`raNoCertFileAvailable`) and issue key
    /// (`SCMS-964`). Some names repeat, as in the source; the repeats carry `repeated_name`
    /// and their Rust variant names get the code (`PcaInvalidInputValueFormat5012`) or, for
    /// the log values without a code, what their message says (`LaEncFailureRa`).
    ///
    /// A QA-stage RA answers with the entry's status and the `SCMS-POC-Error` /
    /// `SCMS-POC-Error-Message` headers; a production RA always answers 500. Log values are
    /// added to a local error log, never returned or sent to another component: they make up
    /// [`ScmsLogValue`]. The source's table of standard HTTP status codes is a legend, not entries.
    #[catalog(code = u16, id = "scms", lock = "errors/scms.lock", dialect = scms, code_enum = ScmsCode, log_enum = ScmsLogValue)]
    pub enum ScmsError {
        /// The certificate file the EE asked for is not available for download.
        RaNoCertFileAvailable {
            code: 5065,
            status: 500,
            message: "Requested certificate file is not available for download",
            name: "raNoCertFileAvailable",
            key: "SCMS-964",
            category: "RA-EE",
        },
        /// The EE's download request carried an invalid URL.
        RaInvalidUrl {
            code: 5072,
            status: 500,
            message: "Invalid URL sent in download request",
            name: "raInvalidURL",
            key: "SCMS-976",
            category: "RA-EE",
        },
        /// The RA could not authenticate the EE: one of the 1609.2 data layers failed validation.
        RaAuthenticationFailed {
            code: 5067,
            status: 500,
            message: "EE authentication failed",
            name: "raAuthenticationFailed",
            key: "SCMS-978",
            description: "Any of the 1609.2 data layers cannot be validated. It can be caused by failed signature verification, untrusted certificates, or\u{a0}bad encryption.\nPlease see EE-RA Communications - General Guidance and the respective RA - Services View documentation",
            category: "RA-EE",
            notes: "The additional information keeps the source's non-breaking space between 'or' and 'bad encryption'.",
        },
        /// The PCA certificate chain file the EE asked for is not available for download.
        RaNoPcaCertificateChainFileAvailable {
            code: 5068,
            status: 500,
            message: "Requested certificate chain file not available for download",
            name: "raNoPcaCertificateChainFileAvailable",
            key: "SCMS-981",
            category: "RA-EE",
        },
        /// The `.info` file the EE asked for is not available for download.
        RaNoInfoFileAvailable {
            code: 5069,
            status: 500,
            message: "Requested .info file is not available for download",
            name: "raNoInfoFileAvailable",
            key: "SCMS-983",
            category: "RA-EE",
        },
        /// The EE's request contained invalid parameter values.
        RaWrongParameters {
            code: 5070,
            status: 500,
            message: "EE request contained invalid parameter values",
            name: "raWrongParameters",
            key: "SCMS-987",
            category: "RA-EE",
        },
        /// The EE exceeded the retry limit.
        RaMoreThanAllowedTries {
            code: 5071,
            status: 500,
            message: "EE exceeded retry limit",
            name: "raMoreThanAllowedTries",
            key: "SCMS-990",
            category: "RA-EE",
        },
        /// The EE's enrollment certificate is blacklisted.
        RaBlacklisted {
            code: 5055,
            status: 500,
            message: "Enrollment certificate blacklisted",
            name: "raBlacklisted",
            key: "SCMS-1065",
            category: "RA-EE",
        },
        /// The EE asked for several application certificates for the same PSID/SSP.
        RaRequestForMultipleCerts {
            code: 5056,
            status: 500,
            message: "Multiple application certificates requests for same PSID/SSP",
            name: "raRequestForMultipleCerts",
            key: "SCMS-1068",
            category: "RA-EE",
        },
        /// The RA already received this request.
        RaDuplicateRequestReceived {
            code: 5057,
            status: 500,
            message: "Duplicate request received",
            name: "raDuplicateRequestReceived",
            key: "SCMS-1070",
            category: "RA-EE",
        },
        /// The request's signature is invalid or missing.
        RaInvalidSignature {
            code: 5058,
            status: 500,
            message: "Invalid signature or signature missing",
            name: "raInvalidSignature",
            key: "SCMS-1082",
            category: "RA-EE",
        },
        /// The EE's request was not encrypted.
        ///
        /// The source's status cell is empty; other published copies of the page show 500, which is declared here.
        RaRequestNotEncrypted {
            code: 5059,
            status: 500,
            message: "Request not encrypted",
            name: "raRequestNotEncrypted",
            key: "SCMS-1083",
            category: "RA-EE",
            notes: "HTTP status cell empty in the source; the its.dot.gov copy of the same page shows 500, which is declared here.",
        },
        /// The EE used invalid credentials (blacklisted, expired or unauthorized).
        RaInvalidCredentials {
            code: 5060,
            status: 500,
            message: "EE used invalid credentials (blacklisted, expired, unauthorized)",
            name: "raInvalidCredentials",
            key: "SCMS-1084",
            category: "RA-EE",
        },
        /// The EE lacks the permissions for this request.
        RaUnauthorizedRequest {
            code: 5061,
            status: 500,
            message: "Unauthorized request (invalid permissions)",
            name: "raUnauthorizedRequest",
            key: "SCMS-1085",
            category: "RA-EE",
        },
        /// The EE contacted an RA that does not have it on its allow list.
        RaMismatch {
            code: 5063,
            status: 500,
            message: "EE attempted to contact an RA that does not have it on the white list",
            name: "raMismatch",
            key: "SCMS-1087",
            category: "RA-EE",
            notes: "RA-EE code 5062 is absent from the source.",
        },
        /// The EE's request carried an invalid timestamp.
        RaInvalidTimeReceived {
            code: 5064,
            status: 500,
            message: "Invalid timestamp sent",
            name: "raInvalidTimeReceived",
            key: "SCMS-1088",
            category: "RA-EE",
        },
        /// An SCMS component could not process the request in time.
        InternalTimeout {
            code: 5001,
            status: 500,
            message: "Internal timeout. Request could not be processed in time.",
            name: "InternalTimeout",
            key: "SCMS-789",
            category: "SCMS",
            notes: "The vendor name is capitalised (InternalTimeout), unlike the other camelCase names.",
        },
        /// The MA's authorization signature is missing.
        NoMaAuthorizationSignature {
            code: 5002,
            status: 401,
            message: "MA signature missing",
            name: "noMaAuthorizationSignature",
            key: "SCMS-792",
            category: "SCMS",
            notes: "The vendor name has no component prefix (noMa...), cf. pcaInvalidMaAuthorizationSignature (5003).",
        },
        /// The PCA found the MA's authorization signature invalid.
        PcaInvalidMaAuthorizationSignature {
            code: 5003,
            status: 401,
            message: "Signature invalid",
            name: "pcaInvalidMaAuthorizationSignature",
            key: "SCMS-793",
            category: "SCMS",
        },
        /// The PCA received improperly formatted request values.
        PcaInvalidInputValueFormat {
            code: 5004,
            status: 400,
            message: "Request values improperly formatted",
            name: "pcaInvalidInputValueFormat",
            key: "SCMS-795",
            category: "SCMS",
            notes: "The vendor name pcaInvalidInputValueFormat is used again by 5012 (SCMS-875), with the same message.",
        },
        /// The PCA received an invalid linkage value.
        PcaInvalidLinkageValue {
            code: 5005,
            status: 400,
            message: "Invalid linkage value send",
            name: "pcaInvalidLinkageValue",
            key: "SCMS-796",
            category: "SCMS",
            notes: "The vendor name pcaInvalidLinkageValue is used again by 5013 (SCMS-876), with the same message. Message kept verbatim: 'send' (sic) for 'sent'.",
        },
        /// The PCA received more linkage values than allowed.
        PcaNumberOfLinkageValuesExceeded {
            code: 5006,
            status: 400,
            message: "Number of linkage values above threshold",
            name: "pcaNumberOfLinkageValuesExceeded",
            key: "SCMS-804",
            category: "SCMS",
            notes: "The vendor name pcaNumberOfLinkageValuesExceeded is used again by 5014 (SCMS-884), with the same message.",
        },
        /// The RA-PCA request hash is invalid.
        RaInvalidHashRequest {
            code: 5007,
            status: 400,
            message: "Invalid RA-PCA request hash send",
            name: "raInvalidHashRequest",
            key: "SCMS-812",
            category: "SCMS",
            notes: "Message kept verbatim: 'send' (sic) for 'sent'.",
        },
        /// The RA received more requests than allowed.
        RaNumberOfRequestsExceeded {
            code: 5008,
            status: 400,
            message: "Number of linkage values above threshold",
            name: "raNumberOfRequestsExceeded",
            key: "SCMS-820",
            category: "SCMS",
            notes: "The message is copied from the linkage-value rows although the name speaks of requests. The vendor name raNumberOfRequestsExceeded is used again by 5023 (SCMS-936), with a different message.",
        },
        /// The RA received an invalid linkage value.
        RaInvalidLinkageValue {
            code: 5009,
            status: 400,
            message: "Invalid linkage value send",
            name: "raInvalidLinkageValue",
            key: "SCMS-829",
            category: "SCMS",
            notes: "Message kept verbatim: 'send' (sic) for 'sent'.",
        },
        /// The LA received an invalid LCI (linkage chain identifier) value.
        LaInvalidLinkageValue {
            code: 5010,
            status: 400,
            message: "Invalid LCI value send",
            name: "laInvalidLinkageValue",
            key: "SCMS-844",
            category: "SCMS",
            notes: "The vendor name speaks of a linkage value, the message of an LCI value. Message kept verbatim: 'send' (sic) for 'sent'.",
        },
        /// The LA received more LCI values than allowed.
        LaNumberOfLciValuesExceeded {
            code: 5011,
            status: 400,
            message: "Number of LCI values above threshold",
            name: "laNumberOfLciValuesExceeded",
            key: "SCMS-851",
            category: "SCMS",
        },
        /// The PCA received improperly formatted request values (second code under this vendor name).
        PcaInvalidInputValueFormat5012 {
            code: 5012,
            status: 400,
            message: "Request values improperly formatted",
            name: "pcaInvalidInputValueFormat",
            repeated_name,
            key: "SCMS-875",
            category: "SCMS",
            notes: "Repeats the vendor name of 5004 (SCMS-795), with the same message.",
        },
        /// The PCA received an invalid linkage value (second code under this vendor name).
        PcaInvalidLinkageValue5013 {
            code: 5013,
            status: 400,
            message: "Invalid linkage value send",
            name: "pcaInvalidLinkageValue",
            repeated_name,
            key: "SCMS-876",
            category: "SCMS",
            notes: "Repeats the vendor name of 5005 (SCMS-796), with the same message. Message kept verbatim: 'send' (sic) for 'sent'.",
        },
        /// The PCA received more linkage values than allowed (second code under this vendor name).
        PcaNumberOfLinkageValuesExceeded5014 {
            code: 5014,
            status: 400,
            message: "Number of linkage values above threshold",
            name: "pcaNumberOfLinkageValuesExceeded",
            repeated_name,
            key: "SCMS-884",
            category: "SCMS",
            notes: "Repeats the vendor name of 5006 (SCMS-804), with the same message.",
        },
        /// The LA received improperly formatted request values.
        LaInvalidInputValueFormat {
            code: 5015,
            status: 400,
            message: "Request values improperly formatted",
            name: "laInvalidInputValueFormat",
            key: "SCMS-892",
            category: "SCMS",
        },
        /// The LA received an invalid encrypted pre-linkage value.
        LaInvalidPrelinkageValuePresented {
            code: 5016,
            status: 400,
            message: "Invalid encrypted pre-linkage value send",
            name: "laInvalidPrelinkageValuePresented",
            key: "SCMS-893",
            category: "SCMS",
            notes: "Message kept verbatim: 'send' (sic) for 'sent'.",
        },
        /// The LA received more linkage values than allowed.
        LaNumberOfLinkageValuesExceeded {
            code: 5017,
            status: 400,
            message: "Number of linkage values above threshold",
            name: "laNumberOfLinkageValuesExceeded",
            key: "SCMS-900",
            category: "SCMS",
        },
        /// The RA received improperly formatted request values.
        RaInvalidInputValueFormat {
            code: 5018,
            status: 400,
            message: "Request values improperly formatted",
            name: "raInvalidInputValueFormat",
            key: "SCMS-910",
            category: "SCMS",
        },
        /// The enrollment certificate is already blacklisted.
        RaCertificateAlreadyBlacklisted {
            code: 5020,
            status: 400,
            message: "Enrollment certificate already blacklisted",
            name: "raCertificateAlreadyBlacklisted",
            key: "SCMS-917",
            category: "SCMS",
        },
        /// The RA received an invalid RIF value.
        RaInvalidRifValue {
            code: 5022,
            status: 400,
            message: "Invalid RIF value send",
            name: "raInvalidRIFValue",
            key: "SCMS-929",
            category: "SCMS",
            notes: "Message kept verbatim: 'send' (sic) for 'sent'.",
        },
        /// The RA received more RIF values than allowed (second code under this vendor name).
        RaNumberOfRequestsExceeded5023 {
            code: 5023,
            status: 400,
            message: "Number of RIF values above threshold",
            name: "raNumberOfRequestsExceeded",
            repeated_name,
            key: "SCMS-936",
            category: "SCMS",
            notes: "Repeats the vendor name of 5008 (SCMS-820), with a different message.",
        },
        /// The PCA could not authenticate the LA.
        PcaAuthFailure {
            code: 5044,
            status: 401,
            message: "PCA could not authenticate LA",
            name: "pcaAuthFailure",
            key: "SCMS-1041",
            category: "SCMS",
        },
        /// The RA could not authenticate the LA.
        RaAuthFailure {
            code: 5046,
            status: 401,
            message: "RA could not authenticate LA",
            name: "raAuthFailure",
            key: "SCMS-1043",
            category: "SCMS",
        },
        /// The MA could not authenticate the LA.
        MaAuthFailure {
            code: 5048,
            status: 401,
            message: "MA failed to authenticate LA",
            name: "maAuthFailure",
            key: "SCMS-1045",
            category: "SCMS",
        },
        /// The PCA could not encrypt a certificate.
        PcaCertificateEncryptionFailed {
            code: 5066,
            status: 500,
            message: "PCA unable to encrypt certificate",
            name: "pcaCertificateEncryptionFailed",
            key: "SCMS-1277",
            category: "SCMS",
            notes: "Listed among the SCMS inter-component errors although its number falls in the RA-EE range (5055-5072).",
        },
        /// Logged about RA retries; the source gives only placeholder text as its message.
        RaRetries {
            message: "The value is saved to the log, no error is returned.",
            log_only,
            name: "raRetries",
            key: "SCMS-988",
            category: "Log",
            notes: "The source's message column holds placeholder text, not a description of the condition; it is kept verbatim.",
        },
        /// Logged when the MA cannot decrypt a misbehavior report.
        MaDecryptionFailed {
            message: "MA unable to decrypt misbehavior report",
            log_only,
            name: "maDecryptionFailed",
            key: "SCMS-1014",
            category: "Log",
        },
        /// Logged when an authentication with a CA fails; the source gives only placeholder text as its message.
        AuthCaAuthenticationFailed {
            message: "The value is saved to the log, no error is returned.",
            log_only,
            name: "authCAAuthenticationFailed",
            key: "SCMS-1026",
            category: "Log",
            notes: "The source's message column holds placeholder text, not a description of the condition; it is kept verbatim.",
        },
        /// Logged when a component's addressing information is invalid; the source gives only placeholder text as its message.
        TcComponentAddressingInfoInvalid {
            message: "The value is saved to the log, no error is returned.",
            log_only,
            name: "tcComponentAddressingInfoInvalid",
            key: "SCMS-1031",
            category: "Log",
            notes: "The source's message column holds placeholder text, not a description of the condition; it is kept verbatim.",
        },
        /// Logged when a component cannot be reached; the source gives only placeholder text as its message.
        TcComponentUnreachable {
            message: "The value is saved to the log, no error is returned.",
            log_only,
            name: "tcComponentUnreachable",
            key: "SCMS-1032",
            category: "Log",
            notes: "The source's message column holds placeholder text, not a description of the condition; it is kept verbatim.",
        },
        /// Logged when an issued certificate is invalid; the source gives only placeholder text as its message.
        IssuedCertInvalid {
            message: "The value is saved to the log, no error is returned.",
            log_only,
            name: "issuedCertInvalid",
            key: "SCMS-1033",
            category: "Log",
            notes: "The source's message column holds placeholder text, not a description of the condition; it is kept verbatim.",
        },
        /// Logged when the LA fails to set up an encrypted link; the source gives only placeholder text as its message.
        LaEncFailure {
            message: "The value is saved to the log, no error is returned.",
            log_only,
            name: "laEncFailure",
            key: "SCMS-1042",
            category: "Log",
            notes: "The source's message column holds placeholder text, not a description of the condition; it is kept verbatim. The vendor name laEncFailure is used three times (SCMS-1042, SCMS-1044, SCMS-1046); by its position this one is probably the PCA case (unconfirmed).",
        },
        /// Logged when the LA cannot establish a TLS link with the RA.
        LaEncFailureRa {
            message: "LA could not establish TLS link with RA",
            log_only,
            name: "laEncFailure",
            repeated_name,
            key: "SCMS-1044",
            category: "Log",
            notes: "Repeats the vendor name laEncFailure of SCMS-1042, with its own message.",
        },
        /// Logged when the LA cannot establish a TLS link with the MA.
        LaEncFailureMa {
            message: "LA could not establish TLS link with MA",
            log_only,
            name: "laEncFailure",
            repeated_name,
            key: "SCMS-1046",
            category: "Log",
            notes: "Repeats the vendor name laEncFailure of SCMS-1042, with its own message.",
        },
        /// Logged when a DCM list notification fails; the source gives only placeholder text as its message.
        TcNotifyDcmListFailure {
            message: "The value is saved to the log, no error is returned.",
            log_only,
            name: "tcNotifyDCMListFailure",
            key: "SCMS-1047",
            category: "Log",
            notes: "The source's message column holds placeholder text, not a description of the condition; it is kept verbatim.",
        },
        /// Logged when authentication fails while notifying a DCM; the source gives only placeholder text as its message.
        TcNotifyDcmAuthenticationFailure {
            message: "The value is saved to the log, no error is returned.",
            log_only,
            name: "tcNotifyDCMAuthenticationFailure",
            key: "SCMS-1048",
            category: "Log",
            notes: "The source's message column holds placeholder text, not a description of the condition; it is kept verbatim.",
        },
        /// Logged when a CRL is not available; the source gives only placeholder text as its message.
        CrlNotAvailable {
            message: "The value is saved to the log, no error is returned.",
            log_only,
            name: "crlNotAvailable",
            key: "SCMS-1056",
            category: "Log",
            notes: "The source's message column holds placeholder text, not a description of the condition; it is kept verbatim.",
        },
    }
}
