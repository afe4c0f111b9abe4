//! The Scai vault error catalog.

error_catalog::error_catalog! {
    /// Errors of the Scai platform's secrets and PKI vault (ScaiVault), from its "Error Codes"
    /// page, the complete stable vocabulary: authentication / authorization (11), validation (10),
    /// not found (22), conflict / state (9), rate limit / quota / availability (5), server /
    /// backend (6), dynamic / PKI specific (7) and webhook delivery (3). The category is the
    /// source's table.
    ///
    /// The vendor says to branch on `error.code`, not on the HTTP status. On the wire:
    /// `{"error": {"code": "secret_not_found", "message": "...", "details": {...}, "request_id": "..."}}`.
    /// The source's "Meaning" column is the message; the 22 not-found codes have none, so their
    /// messages are derived from the code (see each entry's notes). Actions follow the vendor's
    /// retry guidance: `rate_limited` retry-after, `service_unavailable` and `internal_error`
    /// retry, everything else none. The webhook delivery codes carry a reported status.
    #[catalog(code = str, id = "scai_vault", lock = "errors/scai_vault.lock", dialect = scai_vault, code_enum = ScaiVaultCode)]
    pub enum ScaiVaultError {
        /// The request has no Authorization header.
        AuthenticationRequired {
            code: "authentication_required",
            status: 401,
            message: "Missing Authorization header",
            name: "authentication_required",
            category: "Authentication / authorization",
        },
        /// The token's expiry time (`exp`) has passed.
        TokenExpired {
            code: "token_expired",
            status: 401,
            message: "Token exp passed",
            name: "token_expired",
            category: "Authentication / authorization",
        },
        /// The token's signature did not verify.
        TokenInvalid {
            code: "token_invalid",
            status: 401,
            message: "Signature failed",
            name: "token_invalid",
            category: "Authentication / authorization",
        },
        /// The token was explicitly revoked.
        TokenRevoked {
            code: "token_revoked",
            status: 401,
            message: "Explicitly revoked",
            name: "token_revoked",
            category: "Authentication / authorization",
        },
        /// No policy rule grants the request.
        AccessDenied {
            code: "access_denied",
            status: 403,
            message: "No matching policy rule",
            name: "access_denied",
            category: "Authentication / authorization",
        },
        /// The token's scope is too narrow for the request.
        InsufficientScope {
            code: "insufficient_scope",
            status: 403,
            message: "Token scope too narrow",
            name: "insufficient_scope",
            category: "Authentication / authorization",
        },
        /// A policy rule requires a fresh multi-factor authentication.
        MfaRequired {
            code: "mfa_required",
            status: 403,
            message: "Rule requires fresh MFA",
            name: "mfa_required",
            category: "Authentication / authorization",
        },
        /// The caller's IP address is outside the allowed ranges.
        IpNotAllowed {
            code: "ip_not_allowed",
            status: 403,
            message: "IP outside allowed ranges",
            name: "ip_not_allowed",
            category: "Authentication / authorization",
        },
        /// The request falls outside the allowed time window.
        TimeWindowViolation {
            code: "time_window_violation",
            status: 403,
            message: "Outside time window",
            name: "time_window_violation",
            category: "Authentication / authorization",
        },
        /// Cross-tenant access attempted without the partner admin role.
        TenantAccessDenied {
            code: "tenant_access_denied",
            status: 403,
            message: "Cross-tenant without partner admin",
            name: "tenant_access_denied",
            category: "Authentication / authorization",
        },
        /// Generic authorization failure.
        Forbidden {
            code: "forbidden",
            status: 403,
            message: "Generic authorization failure",
            name: "forbidden",
            category: "Authentication / authorization",
            notes: "Generic fallback for 403.",
        },
        /// The request body is malformed JSON or has the wrong shape.
        InvalidRequest {
            code: "invalid_request",
            status: 400,
            message: "Malformed JSON or shape",
            name: "invalid_request",
            category: "Validation",
        },
        /// The path does not follow the path format.
        InvalidPath {
            code: "invalid_path",
            status: 400,
            message: "Path format violation",
            name: "invalid_path",
            category: "Validation",
        },
        /// The `secret_type` is unknown.
        InvalidSecretType {
            code: "invalid_secret_type",
            status: 400,
            message: "Unknown secret_type",
            name: "invalid_secret_type",
            category: "Validation",
        },
        /// A duration string did not parse.
        InvalidDuration {
            code: "invalid_duration",
            status: 400,
            message: "Duration string didn't parse",
            name: "invalid_duration",
            category: "Validation",
        },
        /// The pagination cursor has expired or is malformed.
        InvalidCursor {
            code: "invalid_cursor",
            status: 400,
            message: "Cursor expired or malformed",
            name: "invalid_cursor",
            category: "Validation",
        },
        /// The policy's rules or bindings are invalid.
        InvalidPolicy {
            code: "invalid_policy",
            status: 400,
            message: "Policy rules/bindings invalid",
            name: "invalid_policy",
            category: "Validation",
        },
        /// A path pattern is not a valid glob.
        InvalidGlob {
            code: "invalid_glob",
            status: 400,
            message: "Path pattern not a valid glob",
            name: "invalid_glob",
            category: "Validation",
        },
        /// The role name is invalid.
        InvalidRole {
            code: "invalid_role",
            status: 400,
            message: "Role name invalid",
            name: "invalid_role",
            category: "Validation",
        },
        /// The engine or backend configuration was rejected.
        InvalidConfig {
            code: "invalid_config",
            status: 400,
            message: "Engine/backend config rejected",
            name: "invalid_config",
            category: "Validation",
        },
        /// One or more fields failed validation; `details.fields` lists them.
        ValidationError {
            code: "validation_error",
            status: 422,
            message: "Field-level validation; see details.fields",
            name: "validation_error",
            category: "Validation",
            notes: "`details.fields` of the error lists the failing fields (the vendor's Errors page).",
        },
        /// The secret at `path` does not exist.
        ///
        /// The source's table gives no message; this one is the source's own envelope example.
        SecretNotFound {
            code: "secret_not_found",
            status: 404,
            message: "Secret '{path}' not found",
            name: "secret_not_found",
            category: "Not found",
            notes: "The source's table gives no message for this code; the message is the source's own envelope example (\"Secret 'environments/production/missing' not found\"), with the path as a field (sent as `details.path`).",
            fields: { path: String },
        },
        /// The secret version does not exist.
        ///
        /// The source gives no message; this one is derived from the code.
        VersionNotFound {
            code: "version_not_found",
            status: 404,
            message: "Version not found",
            name: "version_not_found",
            category: "Not found",
            notes: "The source gives no message for this code (its not-found table has no Meaning column); the message is derived from the code: its words separated by spaces, the first capitalised, the acronyms CA, CSR, ACME and DNS in capitals as the vendor writes them elsewhere.",
        },
        /// The policy does not exist.
        ///
        /// The source gives no message; this one is derived from the code.
        PolicyNotFound {
            code: "policy_not_found",
            status: 404,
            message: "Policy not found",
            name: "policy_not_found",
            category: "Not found",
            notes: "The source gives no message for this code (its not-found table has no Meaning column); the message is derived from the code: its words separated by spaces, the first capitalised, the acronyms CA, CSR, ACME and DNS in capitals as the vendor writes them elsewhere.",
        },
        /// The policy binding does not exist.
        ///
        /// The source gives no message; this one is derived from the code.
        BindingNotFound {
            code: "binding_not_found",
            status: 404,
            message: "Binding not found",
            name: "binding_not_found",
            category: "Not found",
            notes: "The source gives no message for this code (its not-found table has no Meaning column); the message is derived from the code: its words separated by spaces, the first capitalised, the acronyms CA, CSR, ACME and DNS in capitals as the vendor writes them elsewhere.",
        },
        /// The webhook does not exist.
        ///
        /// The source gives no message; this one is derived from the code.
        WebhookNotFound {
            code: "webhook_not_found",
            status: 404,
            message: "Webhook not found",
            name: "webhook_not_found",
            category: "Not found",
            notes: "The source gives no message for this code (its not-found table has no Meaning column); the message is derived from the code: its words separated by spaces, the first capitalised, the acronyms CA, CSR, ACME and DNS in capitals as the vendor writes them elsewhere.",
        },
        /// The subscription does not exist.
        ///
        /// The source gives no message; this one is derived from the code.
        SubscriptionNotFound {
            code: "subscription_not_found",
            status: 404,
            message: "Subscription not found",
            name: "subscription_not_found",
            category: "Not found",
            notes: "The source gives no message for this code (its not-found table has no Meaning column); the message is derived from the code: its words separated by spaces, the first capitalised, the acronyms CA, CSR, ACME and DNS in capitals as the vendor writes them elsewhere.",
        },
        /// The rotation policy does not exist.
        ///
        /// The source gives no message; this one is derived from the code.
        RotationPolicyNotFound {
            code: "rotation_policy_not_found",
            status: 404,
            message: "Rotation policy not found",
            name: "rotation_policy_not_found",
            category: "Not found",
            notes: "The source gives no message for this code (its not-found table has no Meaning column); the message is derived from the code: its words separated by spaces, the first capitalised, the acronyms CA, CSR, ACME and DNS in capitals as the vendor writes them elsewhere.",
        },
        /// The secret policy does not exist.
        ///
        /// The source gives no message; this one is derived from the code.
        SecretPolicyNotFound {
            code: "secret_policy_not_found",
            status: 404,
            message: "Secret policy not found",
            name: "secret_policy_not_found",
            category: "Not found",
            notes: "The source gives no message for this code (its not-found table has no Meaning column); the message is derived from the code: its words separated by spaces, the first capitalised, the acronyms CA, CSR, ACME and DNS in capitals as the vendor writes them elsewhere.",
        },
        /// The certificate authority (CA) does not exist.
        ///
        /// The source gives no message; this one is derived from the code.
        CaNotFound {
            code: "ca_not_found",
            status: 404,
            message: "CA not found",
            name: "ca_not_found",
            category: "Not found",
            notes: "The source gives no message for this code (its not-found table has no Meaning column); the message is derived from the code: its words separated by spaces, the first capitalised, the acronyms CA, CSR, ACME and DNS in capitals as the vendor writes them elsewhere.",
        },
        /// The certificate does not exist.
        ///
        /// The source gives no message; this one is derived from the code.
        CertificateNotFound {
            code: "certificate_not_found",
            status: 404,
            message: "Certificate not found",
            name: "certificate_not_found",
            category: "Not found",
            notes: "The source gives no message for this code (its not-found table has no Meaning column); the message is derived from the code: its words separated by spaces, the first capitalised, the acronyms CA, CSR, ACME and DNS in capitals as the vendor writes them elsewhere.",
        },
        /// The certificate signing request (CSR) does not exist.
        ///
        /// The source gives no message; this one is derived from the code.
        CsrNotFound {
            code: "csr_not_found",
            status: 404,
            message: "CSR not found",
            name: "csr_not_found",
            category: "Not found",
            notes: "The source gives no message for this code (its not-found table has no Meaning column); the message is derived from the code: its words separated by spaces, the first capitalised, the acronyms CA, CSR, ACME and DNS in capitals as the vendor writes them elsewhere.",
        },
        /// The trust anchor does not exist.
        ///
        /// The source gives no message; this one is derived from the code.
        TrustAnchorNotFound {
            code: "trust_anchor_not_found",
            status: 404,
            message: "Trust anchor not found",
            name: "trust_anchor_not_found",
            category: "Not found",
            notes: "The source gives no message for this code (its not-found table has no Meaning column); the message is derived from the code: its words separated by spaces, the first capitalised, the acronyms CA, CSR, ACME and DNS in capitals as the vendor writes them elsewhere.",
        },
        /// The ACME account does not exist.
        ///
        /// The source gives no message; this one is derived from the code.
        AcmeAccountNotFound {
            code: "acme_account_not_found",
            status: 404,
            message: "ACME account not found",
            name: "acme_account_not_found",
            category: "Not found",
            notes: "The source gives no message for this code (its not-found table has no Meaning column); the message is derived from the code: its words separated by spaces, the first capitalised, the acronyms CA, CSR, ACME and DNS in capitals as the vendor writes them elsewhere.",
        },
        /// The ACME order does not exist.
        ///
        /// The source gives no message; this one is derived from the code.
        AcmeOrderNotFound {
            code: "acme_order_not_found",
            status: 404,
            message: "ACME order not found",
            name: "acme_order_not_found",
            category: "Not found",
            notes: "The source gives no message for this code (its not-found table has no Meaning column); the message is derived from the code: its words separated by spaces, the first capitalised, the acronyms CA, CSR, ACME and DNS in capitals as the vendor writes them elsewhere.",
        },
        /// The DNS provider does not exist.
        ///
        /// The source gives no message; this one is derived from the code.
        DnsProviderNotFound {
            code: "dns_provider_not_found",
            status: 404,
            message: "DNS provider not found",
            name: "dns_provider_not_found",
            category: "Not found",
            notes: "The source gives no message for this code (its not-found table has no Meaning column); the message is derived from the code: its words separated by spaces, the first capitalised, the acronyms CA, CSR, ACME and DNS in capitals as the vendor writes them elsewhere.",
        },
        /// The secrets engine does not exist.
        ///
        /// The source gives no message; this one is derived from the code.
        EngineNotFound {
            code: "engine_not_found",
            status: 404,
            message: "Engine not found",
            name: "engine_not_found",
            category: "Not found",
            notes: "The source gives no message for this code (its not-found table has no Meaning column); the message is derived from the code: its words separated by spaces, the first capitalised, the acronyms CA, CSR, ACME and DNS in capitals as the vendor writes them elsewhere.",
        },
        /// The role does not exist.
        ///
        /// The source gives no message; this one is derived from the code.
        RoleNotFound {
            code: "role_not_found",
            status: 404,
            message: "Role not found",
            name: "role_not_found",
            category: "Not found",
            notes: "The source gives no message for this code (its not-found table has no Meaning column); the message is derived from the code: its words separated by spaces, the first capitalised, the acronyms CA, CSR, ACME and DNS in capitals as the vendor writes them elsewhere.",
        },
        /// The lease does not exist.
        ///
        /// The source gives no message; this one is derived from the code.
        LeaseNotFound {
            code: "lease_not_found",
            status: 404,
            message: "Lease not found",
            name: "lease_not_found",
            category: "Not found",
            notes: "The source gives no message for this code (its not-found table has no Meaning column); the message is derived from the code: its words separated by spaces, the first capitalised, the acronyms CA, CSR, ACME and DNS in capitals as the vendor writes them elsewhere.",
        },
        /// The tenant does not exist.
        ///
        /// The source gives no message; this one is derived from the code.
        TenantNotFound {
            code: "tenant_not_found",
            status: 404,
            message: "Tenant not found",
            name: "tenant_not_found",
            category: "Not found",
            notes: "The source gives no message for this code (its not-found table has no Meaning column); the message is derived from the code: its words separated by spaces, the first capitalised, the acronyms CA, CSR, ACME and DNS in capitals as the vendor writes them elsewhere.",
        },
        /// The identity does not exist.
        ///
        /// The source gives no message; this one is derived from the code.
        IdentityNotFound {
            code: "identity_not_found",
            status: 404,
            message: "Identity not found",
            name: "identity_not_found",
            category: "Not found",
            notes: "The source gives no message for this code (its not-found table has no Meaning column); the message is derived from the code: its words separated by spaces, the first capitalised, the acronyms CA, CSR, ACME and DNS in capitals as the vendor writes them elsewhere.",
        },
        /// The federation backend does not exist.
        ///
        /// The source gives no message; this one is derived from the code.
        FederationBackendNotFound {
            code: "federation_backend_not_found",
            status: 404,
            message: "Federation backend not found",
            name: "federation_backend_not_found",
            category: "Not found",
            notes: "The source gives no message for this code (its not-found table has no Meaning column); the message is derived from the code: its words separated by spaces, the first capitalised, the acronyms CA, CSR, ACME and DNS in capitals as the vendor writes them elsewhere.",
        },
        /// The export does not exist.
        ///
        /// The source gives no message; this one is derived from the code.
        ExportNotFound {
            code: "export_not_found",
            status: 404,
            message: "Export not found",
            name: "export_not_found",
            category: "Not found",
            notes: "The source gives no message for this code (its not-found table has no Meaning column); the message is derived from the code: its words separated by spaces, the first capitalised, the acronyms CA, CSR, ACME and DNS in capitals as the vendor writes them elsewhere.",
        },
        /// A secret already exists at this path: a soft-deleted one still in its retention period.
        SecretExists {
            code: "secret_exists",
            status: 409,
            message: "Soft-deleted path in retention",
            name: "secret_exists",
            category: "Conflict / state",
        },
        /// The resource was modified concurrently.
        VersionConflict {
            code: "version_conflict",
            status: 409,
            message: "Concurrent modification",
            name: "version_conflict",
            category: "Conflict / state",
            notes: "The vendor's Errors page says to retry rarely, after fetching the current state: declared with no action, since repeating the same request does not help.",
        },
        /// The policy still has bindings.
        PolicyInUse {
            code: "policy_in_use",
            status: 409,
            message: "Policy has bindings",
            name: "policy_in_use",
            category: "Conflict / state",
        },
        /// The engine still has leases.
        EngineInUse {
            code: "engine_in_use",
            status: 409,
            message: "Engine has leases",
            name: "engine_in_use",
            category: "Conflict / state",
        },
        /// The CA has issued certificates.
        CaHasCertificates {
            code: "ca_has_certificates",
            status: 409,
            message: "CA has issued certs",
            name: "ca_has_certificates",
            category: "Conflict / state",
        },
        /// The name is already taken.
        NameConflict {
            code: "name_conflict",
            status: 409,
            message: "Name already taken",
            name: "name_conflict",
            category: "Conflict / state",
        },
        /// The identity is already bound.
        BindingConflict {
            code: "binding_conflict",
            status: 409,
            message: "Identity already bound",
            name: "binding_conflict",
            category: "Conflict / state",
        },
        /// The secret's `expires_at` has passed.
        SecretExpired {
            code: "secret_expired",
            status: 410,
            message: "expires_at passed",
            name: "secret_expired",
            category: "Conflict / state",
        },
        /// The lease has already expired.
        LeaseExpired {
            code: "lease_expired",
            status: 410,
            message: "Lease already expired",
            name: "lease_expired",
            category: "Conflict / state",
        },
        /// The caller hit its rate limit; retry after the `Retry-After` delay.
        RateLimited {
            code: "rate_limited",
            status: 429,
            message: "Caller-specific rate limit",
            action: retry-after,
            name: "rate_limited",
            category: "Rate limit / quota / availability",
            notes: "Retry-After (seconds) is sent on 429; retryable per the vendor's Errors page.",
        },
        /// The tenant's hard quota is exhausted; retrying does not help.
        QuotaExceeded {
            code: "quota_exceeded",
            status: 429,
            message: "Hard tenant quota",
            name: "quota_exceeded",
            category: "Rate limit / quota / availability",
            notes: "A 429, but not retryable: the vendor's Errors page lists only rate_limited as retryable (treated as non-retryable; unconfirmed).",
        },
        /// A dependency has a transient outage; retry with backoff.
        ServiceUnavailable {
            code: "service_unavailable",
            status: 503,
            message: "Transient dependency outage",
            action: retry,
            name: "service_unavailable",
            category: "Rate limit / quota / availability",
            notes: "Transient: the vendor's Errors page says to retry, backing off.",
        },
        /// The feature is switched off in this deployment.
        FeatureDisabled {
            code: "feature_disabled",
            status: 503,
            message: "Feature gated off at deploy",
            name: "feature_disabled",
            category: "Rate limit / quota / availability",
            notes: "A 503, but not retryable per the vendor's Errors page.",
        },
        /// The service is in operator-scheduled downtime.
        MaintenanceMode {
            code: "maintenance_mode",
            status: 503,
            message: "Operator-scheduled downtime",
            name: "maintenance_mode",
            category: "Rate limit / quota / availability",
            notes: "A 503, but not retryable per the vendor's Errors page.",
        },
        /// An unexpected server error; retry once, then escalate.
        InternalError {
            code: "internal_error",
            status: 500,
            message: "Unexpected server error",
            action: retry,
            name: "internal_error",
            category: "Server / backend",
            notes: "The vendor's Errors page says to retry once with backoff, then escalate.",
        },
        /// An interaction with the KMS failed.
        EncryptionError {
            code: "encryption_error",
            status: 500,
            message: "KMS interaction failed",
            name: "encryption_error",
            category: "Server / backend",
        },
        /// The database or object store failed.
        StorageError {
            code: "storage_error",
            status: 500,
            message: "Database or object store error",
            name: "storage_error",
            category: "Server / backend",
        },
        /// A federated backend or the ACME upstream failed.
        BackendError {
            code: "backend_error",
            status: 502,
            message: "Federated backend or ACME upstream failed",
            name: "backend_error",
            category: "Server / backend",
        },
        /// A federated or ACME backend rate-limited the vault.
        BackendRateLimited {
            code: "backend_rate_limited",
            status: 502,
            message: "Federated/ACME backend rate-limited us",
            name: "backend_rate_limited",
            category: "Server / backend",
            notes: "Upstream rate limiting maps to 502, not 429.",
        },
        /// A federated backend timed out.
        BackendTimeout {
            code: "backend_timeout",
            status: 504,
            message: "Federated backend timeout",
            name: "backend_timeout",
            category: "Server / backend",
        },
        /// The requested TTL exceeds the role's `max_ttl`.
        TtlExceedsMax {
            code: "ttl_exceeds_max",
            status: 400,
            message: "Requested TTL > role max_ttl",
            name: "ttl_exceeds_max",
            category: "Dynamic / PKI specific",
        },
        /// The CN or a SAN is not among the role's `allowed_domains`.
        DomainNotAllowed {
            code: "domain_not_allowed",
            status: 400,
            message: "CN/SAN not in role's allowed_domains",
            name: "domain_not_allowed",
            category: "Dynamic / PKI specific",
        },
        /// The CSR's key does not match the role's requirement.
        KeyTypeMismatch {
            code: "key_type_mismatch",
            status: 400,
            message: "CSR key doesn't match role requirement",
            name: "key_type_mismatch",
            category: "Dynamic / PKI specific",
        },
        /// The CSR failed to parse.
        CsrInvalid {
            code: "csr_invalid",
            status: 400,
            message: "CSR failed to parse",
            name: "csr_invalid",
            category: "Dynamic / PKI specific",
        },
        /// The CSR was already signed or rejected.
        CsrAlreadyProcessed {
            code: "csr_already_processed",
            status: 409,
            message: "CSR already signed or rejected",
            name: "csr_already_processed",
            category: "Dynamic / PKI specific",
            notes: "A 409 listed under Dynamic / PKI specific, not under Conflict / state.",
        },
        /// The ACME upstream rejected the order.
        AcmeOrderFailed {
            code: "acme_order_failed",
            status: 502,
            message: "ACME upstream rejected order",
            name: "acme_order_failed",
            category: "Dynamic / PKI specific",
        },
        /// The backend system cannot be reached.
        EngineUnreachable {
            code: "engine_unreachable",
            status: 502,
            message: "Can't reach backend system",
            name: "engine_unreachable",
            category: "Dynamic / PKI specific",
        },
        /// The webhook URL cannot be used (a blocked private IP, for example); the status is a reported one.
        WebhookUrlInvalid {
            code: "webhook_url_invalid",
            status: reported(400),
            message: "URL can't be used (private IP blocked, etc.)",
            name: "webhook_url_invalid",
            category: "Webhook delivery",
            notes: "The status is reported: the outcome of delivering to the customer's webhook URL, not the status of the response that carries the code.",
        },
        /// The webhook destination answered with a non-2xx status; the status is a reported one.
        WebhookDeliveryFailed {
            code: "webhook_delivery_failed",
            status: reported(502),
            message: "Non-2xx from destination",
            name: "webhook_delivery_failed",
            category: "Webhook delivery",
            notes: "The status is reported: the outcome of delivering to the customer's webhook URL, not the status of the response that carries the code.",
        },
        /// The webhook destination took more than 10 seconds to respond; the status is a reported one.
        WebhookDeliveryTimeout {
            code: "webhook_delivery_timeout",
            status: reported(504),
            message: "> 10s response time",
            name: "webhook_delivery_timeout",
            category: "Webhook delivery",
            notes: "The status is reported: the outcome of delivering to the customer's webhook URL, not the status of the response that carries the code.",
        },
    }
}
