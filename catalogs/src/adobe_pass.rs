//! The Adobe Pass Authentication error catalog (Enhanced Error Codes).

error_catalog::error_catalog! {
    /// Errors of Adobe Pass Authentication, from its "Enhanced Error Codes" page. The table is
    /// grouped by action (the category here): none (23), configuration (6),
    /// application-registration (3), authentication (6), authorization (3), retry (4) and
    /// retry-after (2); `degradation` has no code yet. A blank action cell of the source belongs
    /// to its group.
    ///
    /// The table gives a description per code, which is the message here; the message on the
    /// wire may differ. On the wire the error object sits in the body's `error` field (JSON or
    /// XML): `{"status": 403, "code": "...", "message": "...", "details": "...", "helpUrl": "...",
    /// "trace": "...", "action": "retry"}`. The `status`, `code` and `action` sets only ever grow.
    #[catalog(code = str, id = "adobe_pass", lock = "errors/adobe_pass.lock", dialect = adobe_pass, code_enum = AdobePassCode)]
    pub enum AdobePassError {
        /// The MVPD denied authorization for the resource.
        AuthorizationDeniedByMvpd {
            code: "authorization_denied_by_mvpd",
            status: 403,
            message: "The MVPD has returned a \"Deny\" decision when requesting authorization for the specified resource.",
            name: "authorization_denied_by_mvpd",
            category: "none",
        },
        /// The MVPD denied authorization because of parental controls.
        AuthorizationDeniedByParentalControls {
            code: "authorization_denied_by_parental_controls",
            status: 403,
            message: "The MVPD has returned a \"Deny\" decision due parental controls settings for the specified resource.",
            name: "authorization_denied_by_parental_controls",
            category: "none",
            notes: "Text kept verbatim: 'due parental controls' (sic).",
        },
        /// A Programmer degradation rule denies authorization to the current user.
        AuthorizationDeniedByProgrammer {
            code: "authorization_denied_by_programmer",
            status: 403,
            message: "The degradation rule applied by the Programmer enforces a \"Deny\" decision for the current user.",
            name: "authorization_denied_by_programmer",
            category: "none",
            notes: "Mentions a degradation rule, but the source's action is none.",
        },
        /// The API request is invalid or malformed.
        BadRequest {
            code: "bad_request",
            status: 400,
            message: "The API request is invalid or improperly formed. Review the API documentation to determine the request requirements.",
            name: "bad_request",
            category: "none",
        },
        /// The individualization service is unavailable.
        IndividualizationServiceUnavailable {
            code: "individualization_service_unavailable",
            status: 503,
            message: "The request failed due to the individualization service being unavailable.",
            name: "individualization_service_unavailable",
            category: "none",
        },
        /// An internal server error occurred.
        InternalError {
            code: "internal_error",
            status: 500,
            message: "The request failed due to an internal server error.",
            name: "internal_error",
            category: "none",
        },
        /// The client's date, time or time zone is wrong.
        InvalidClientTime {
            code: "invalid_client_time",
            status: 400,
            message: "The client machine Date / Time / Timezone is not set correctly. This will likely lead to authentication / authorization errors.",
            name: "invalid_client_time",
            category: "none",
        },
        /// The custom scheme of the application registration is not recognized.
        InvalidCustomScheme {
            code: "invalid_custom_scheme",
            status: 400,
            message: "The specified custom scheme used in the application registration is not recognized. Please check the TVE dashboard configuration for the proper custom scheme values.",
            name: "invalid_custom_scheme",
            category: "none",
        },
        /// The requestor uses a domain Adobe has not allowed.
        InvalidDomain {
            code: "invalid_domain",
            status: 400,
            message: "The requestor is using an invalid domain. All domains used by a particular Requestor ID need to be whitelisted by Adobe.",
            name: "invalid_domain",
            category: "none",
        },
        /// The request contains an invalid header.
        InvalidHeader {
            code: "invalid_header",
            status: 400,
            message: "The request failed because it contained an invalid header. Review the API documentation to determine which headers are valid for your request and if there are any limitations for their value.",
            name: "invalid_header",
            category: "none",
        },
        /// The request's HTTP method is not supported.
        InvalidHttpMethod {
            code: "invalid_http_method",
            status: 405,
            message: "The HTTP method associated with the request is not supported. Review the API documentation to determine the supported HTTP methods for your request.",
            name: "invalid_http_method",
            category: "none",
        },
        /// The request contains an invalid parameter or parameter value.
        InvalidParameterValue {
            code: "invalid_parameter_value",
            status: 400,
            message: "The request failed because it contained an invalid parameter or parameter value. Review the API documentation to determine which parameters are valid for your request and if there are any limitations for their value.",
            name: "invalid_parameter_value",
            category: "none",
        },
        /// The request uses an invalid or malformed resource.
        InvalidResourceValue {
            code: "invalid_resource_value",
            status: 400,
            message: "The request failed because an invalid or a malformed resource was used. Review the API documentation to determine how complex resources must be encoded for your request and if there are any limitations for their value and/or size.",
            name: "invalid_resource_value",
            category: "none",
        },
        /// The registration code is no longer valid or has expired.
        InvalidRegistrationCode {
            code: "invalid_registration_code",
            status: 404,
            message: "The specified registration code is not longer valid or has expired.",
            name: "invalid_registration_code",
            category: "none",
            notes: "A 404 although the input is invalid. Text kept verbatim: 'is not longer valid' (sic).",
        },
        /// The service configuration is incorrect.
        InvalidServiceConfiguration {
            code: "invalid_service_configuration",
            status: 500,
            message: "The request failed due incorrect service configuration.",
            name: "invalid_service_configuration",
            category: "none",
            notes: "Text kept verbatim: 'due incorrect' (sic).",
        },
        /// The request lacks the authentication header the API requires.
        MissingAuthenticationHeader {
            code: "missing_authentication_header",
            status: 400,
            message: "The request failed because it doesn't contain the required authentication header for the specific API.",
            name: "missing_authentication_header",
            category: "none",
        },
        /// The resource has no mapping; support must add one.
        MissingResourceMapping {
            code: "missing_resource_mapping",
            status: 400,
            message: "There is no corresponding mapping for the specified resource. Contact support to fix the required mapping.",
            name: "missing_resource_mapping",
            category: "none",
        },
        /// The MVPD denied pre-authorization for the resource.
        PreauthorizationDeniedByMvpd {
            code: "preauthorization_denied_by_mvpd",
            status: 403,
            message: "The MVPD has returned a \"Deny\" decision when requesting pre-authorization for the specified resource.",
            name: "preauthorization_denied_by_mvpd",
            category: "none",
        },
        /// Programmer degradation rules deny pre-authorization to the current user.
        PreauthorizationDeniedByProgrammer {
            code: "preauthorization_denied_by_programmer",
            status: 403,
            message: "The degradation rules applied by the Programmer enforce a \"Deny\" decision for the current user.",
            name: "preauthorization_denied_by_programmer",
            category: "none",
            notes: "Mentions degradation rules, but the source's action is none.",
        },
        /// The registration code service is unavailable.
        RegistrationCodeServiceUnavailable {
            code: "registration_code_service_unavailable",
            status: 503,
            message: "The request failed because the registration code service is not available.",
            name: "registration_code_service_unavailable",
            category: "none",
        },
        /// The authentication or authorization service is unavailable.
        ServiceUnavailable {
            code: "service_unavailable",
            status: 503,
            message: "The request failed due to the fact that authentication or authorization service is not available.",
            name: "service_unavailable",
            category: "none",
        },
        /// Retrieving the access token failed unexpectedly.
        AccessTokenUnavailable {
            code: "access_token_unavailable",
            status: 400,
            message: "The request failed due to an unexpected error while retrieving the access token. Please check the TVE dashboard configuration for available software statements and registered custom schemes.",
            name: "access_token_unavailable",
            category: "none",
        },
        /// The Adobe Pass Authentication SDK is too old and no longer supported.
        UnsupportedClientVersion {
            code: "unsupported_client_version",
            status: 400,
            message: "This version of Adobe Pass Authentication SDK is too old and is no longer supported. Please check the API documentation for the steps needed to upgrade to the latest version.",
            name: "unsupported_client_version",
            category: "none",
        },
        /// The SSL connection to the partner service has a problem.
        NetworkRequiredSsl {
            code: "network_required_ssl",
            status: 403,
            message: "There is an SSL connection issue for target partner service. Please contact support team.",
            action: configuration,
            name: "network_required_ssl",
            category: "configuration",
        },
        /// The authorization or preauthorization request queried too many resources.
        TooManyResources {
            code: "too_many_resources",
            status: 403,
            message: "The authorization or preauthorization request failed because too many resources were queried. Please contact support team to properly configure the authorization and preauthorization limitations.",
            action: configuration,
            name: "too_many_resources",
            category: "configuration",
        },
        /// The programmer or service provider is not registered.
        UnknownProgrammer {
            code: "unknown_programmer",
            status: 400,
            message: "The programmer or service provider is not recognized. Use the TVE Dashboard to register the specified programmer.",
            action: configuration,
            name: "unknown_programmer",
            category: "configuration",
        },
        /// The application is not registered.
        UnknownApplication {
            code: "unknown_application",
            status: 400,
            message: "The application is not recognized. Use the TVE Dashboard to register the specified application.",
            action: configuration,
            name: "unknown_application",
            category: "configuration",
            notes: "The source cites this code's 400 against unknown_software_statement's 401 as an inconsistency kept for backwards compatibility.",
        },
        /// No integration exists between the programmer and the identity provider.
        UnknownIntegration {
            code: "unknown_integration",
            status: 400,
            message: "The integration between the specified programmer and identity provider does not exist. Use the TVE Dashboard to create the required integration.",
            action: configuration,
            name: "unknown_integration",
            category: "configuration",
        },
        /// The access token's software statement is not recognized.
        UnknownSoftwareStatement {
            code: "unknown_software_statement",
            status: 401,
            message: "The software statement associated with the access token is not recognized. Contact support team in order to clarify the status of the software statement.",
            action: configuration,
            name: "unknown_software_statement",
            category: "configuration",
            notes: "A 401 while the sibling unknown_* codes are 400: an inconsistency kept for backwards compatibility, as the source says.",
        },
        /// The access token has expired; the application must refresh it.
        AccessTokenExpired {
            code: "access_token_expired",
            status: 401,
            message: "The access token has expired. The application should refresh the access token as indicated in the API documentation.",
            action: application-registration,
            name: "access_token_expired",
            category: "application-registration",
        },
        /// The access token's signature is no longer valid; the application must refresh the token.
        InvalidAccessTokenSignature {
            code: "invalid_access_token_signature",
            status: 401,
            message: "The access token signature is no longer valid. The application should refresh the access token as indicated in the API documentation.",
            action: application-registration,
            name: "invalid_access_token_signature",
            category: "application-registration",
        },
        /// The client identifier is not recognized; the application must register again.
        InvalidClientId {
            code: "invalid_client_id",
            status: 401,
            message: "The associated client identifier is not recognized. The application should follow the application registration process as indicated in the API documentation.",
            action: application-registration,
            name: "invalid_client_id",
            category: "application-registration",
        },
        /// The authentication session has expired; the user must re-authenticate.
        AuthenticationSessionExpired {
            code: "authentication_session_expired",
            status: 410,
            message: "The current authentication session has expired. The user must re-authenticate with a supported MVPD in order to continue.",
            action: authentication,
            name: "authentication_session_expired",
            category: "authentication",
        },
        /// The authentication session could not be retrieved; the user must re-authenticate.
        AuthenticationSessionMissing {
            code: "authentication_session_missing",
            status: 401,
            message: "The authentication session associated with this request could not be retrieved. The user must re-authenticate with a supported MVPD in order to continue.",
            action: authentication,
            name: "authentication_session_missing",
            category: "authentication",
        },
        /// The identity provider invalidated the authentication session; the user must re-authenticate.
        AuthenticationSessionInvalidated {
            code: "authentication_session_invalidated",
            status: 401,
            message: "The authentication session was invalidated by the identity provider. The user must re-authenticate with a supported MVPD in order to continue.",
            action: authentication,
            name: "authentication_session_invalidated",
            category: "authentication",
        },
        /// The authorization flow names another MVPD than the one that issued the authentication session.
        AuthenticationSessionIssuerMismatch {
            code: "authentication_session_issuer_mismatch",
            status: 400,
            message: "The authorization request failed due to the fact that the indicated MVPD for the authorization flow is different from the one who issued the authentication session. The user must re-authenticate with the desired MVPD in order to continue.",
            action: authentication,
            name: "authentication_session_issuer_mismatch",
            category: "authentication",
            notes: "A 400; the description speaks of the authorization request.",
        },
        /// The device is no longer at home, so the home-based authentication no longer holds; the user must re-authenticate.
        AuthorizationDeniedByHbaPolicies {
            code: "authorization_denied_by_hba_policies",
            status: 403,
            message: "The MVPD has returned a \"Deny\" decision due home-based authentication policies. The current authentication was obtained using a home-based authentication flow (HBA) but the device is no longer at-home when requesting authorization for the specified resource. The user must re-authenticate with a supported MVPD in order to continue.",
            action: authentication,
            name: "authorization_denied_by_hba_policies",
            category: "authentication",
            notes: "An authorization_* code in the authentication action group. Text kept verbatim: 'due home-based' (sic).",
        },
        /// The MVPD did not recognize the user's identity.
        IdentityNotRecognizedByMvpd {
            code: "identity_not_recognized_by_mvpd",
            status: 403,
            message: "The authorization request failed due to the fact that user identity was not recognized by the MVPD.",
            action: authentication,
            name: "identity_not_recognized_by_mvpd",
            category: "authentication",
        },
        /// The authorization for the resource has expired; the user must obtain a new one.
        AuthorizationExpired {
            code: "authorization_expired",
            status: 410,
            message: "The previous authorization for the specified resource has expired. The user must obtain a new authorization in order to continue.",
            action: authorization,
            name: "authorization_expired",
            category: "authorization",
        },
        /// No authorization exists for the resource; the user must obtain one.
        AuthorizationNotFound {
            code: "authorization_not_found",
            status: 404,
            message: "No authorization was found for the specified resource. The user must obtain a new authorization in order to continue.",
            action: authorization,
            name: "authorization_not_found",
            category: "authorization",
        },
        /// The device identifier does not match the authorization's device.
        DeviceIdentifierMismatch {
            code: "device_identifier_mismatch",
            status: 403,
            message: "The specified device identifier doesn't match the authorization device identification. The user must obtain a new authorization in order to continue.",
            action: authorization,
            name: "device_identifier_mismatch",
            category: "authorization",
        },
        /// Connecting to the partner service failed; retrying may help.
        NetworkConnectionFailure {
            code: "network_connection_failure",
            status: 403,
            message: "There was a connection failure with the associated partner service. Retrying the request might solve the issue.",
            action: retry,
            name: "network_connection_failure",
            category: "retry",
            notes: "A 403 with action retry. The one wire message the source shows for this code is \"Unable to contact your TV provider services\"; the message here is the table's description.",
        },
        /// Connecting to the partner service timed out; retrying may help.
        NetworkConnectionTimeout {
            code: "network_connection_timeout",
            status: 403,
            message: "There was a connection timeout with the associated partner service. Retrying the request might solve the issue.",
            action: retry,
            name: "network_connection_timeout",
            category: "retry",
            notes: "A 403 with action retry.",
        },
        /// Reading the partner service's response failed; retrying may help.
        NetworkReceivedError {
            code: "network_received_error",
            status: 403,
            message: "There was a read error while retrieving the response from the associated partner service. Retrying the request might solve the issue.",
            action: retry,
            name: "network_received_error",
            category: "retry",
            notes: "A 403 with action retry.",
        },
        /// The request exceeded the maximum execution time; retrying may help.
        MaximumExecutionTimeExceeded {
            code: "maximum_execution_time_exceeded",
            status: 403,
            message: "The request did not complete in the maximum allowed time. Retrying the request might solve the issue.",
            action: retry,
            name: "maximum_execution_time_exceeded",
            category: "retry",
            notes: "A 403 with action retry.",
        },
        /// Too many requests were sent in the interval; retry after the `Retry-After` delay.
        TooManyRequests {
            code: "too_many_requests",
            status: 429,
            message: "Too many requests have been sent within a given interval. The application can retry the request after the suggested period of time.",
            action: retry-after,
            name: "too_many_requests",
            category: "retry-after",
            notes: "A Retry-After header gives the delay in seconds.",
        },
        /// This user issued too many requests in the interval; retry after the `Retry-After` delay.
        UserRateLimitExceeded {
            code: "user_rate_limit_exceeded",
            status: 429,
            message: "Too many request have been issued by a particular user within a given interval. The application can retry the request after the suggested period of time.",
            action: retry-after,
            name: "user_rate_limit_exceeded",
            category: "retry-after",
            notes: "A Retry-After header gives the delay in seconds. Text kept verbatim: 'Too many request have been issued' (sic).",
        },
    }
}
