//! The Huawei Cloud SCM (SSL Certificate Manager) error catalog.

error_catalog::error_catalog! {
    /// Errors of Huawei Cloud SCM, the SSL Certificate Manager, from its 错误码 (error code)
    /// page. The messages are the page's Chinese 错误信息 column, kept verbatim; every entry also
    /// has an English rendering (`translations`). The description (描述) and solution (解决方案)
    /// columns are kept verbatim too, including the internal developer notes some solution cells
    /// hold. The category is the source's grouping by HTTP status (`400`, `401`, `403`, `500`).
    ///
    /// On the wire: `{"error_code": "SCM.0005", "error_msg": "请求参数错误"}`, with the request id
    /// in the `X-Request-Id` header. Some call sites answer other statuses than the ones listed
    /// (see SCM.0008, SCM.0010, SCM.0013): identify an error by `error_code`, never by status.
    /// SCM.0201, SCM.0211 and SCM.0221 append the upstream service's message after the message's
    /// full-width colon.
    #[catalog(
        code = str,
        id = "huawei_scm",
        dialect = huawei,
        format = "SCM.####",
        locale = "zh-CN",
        code_enum = HuaweiScmCode,
        lock = "errors/huawei_scm.lock",
    )]
    pub enum HuaweiScmError {
        /// A request parameter is invalid.
        InvalidRequestParameter {
            code: "SCM.0005",
            status: 400,
            message: "请求参数错误",
            description: "请求参数错误",
            solution: "请填写正确的请求参数",
            category: "400",
            translations: { en: "Invalid request parameter" },
        },
        /// The certificate number is invalid.
        InvalidCertificateNumber {
            code: "SCM.0008",
            status: 400,
            message: "证书编号异常",
            description: "证书编号异常",
            solution: "这个是否需要修改，有的地方在做这个证书的userid和token里的userid不匹配时也使用这个错误码，然后返回400",
            category: "400",
            notes: "The solution column holds an internal developer note, not a user solution; it is kept verbatim. It says some call sites also send this code, with 400, when the certificate's user ID does not match the user ID in the token. Identify the error by `error_code`, never by status.",
            translations: { en: "Invalid certificate number" },
        },
        /// The certificate is not bound to a domain name, so the upload failed.
        CertificateNotBoundToDomain {
            code: "SCM.0009",
            status: 400,
            message: "证书未绑定域名，上传失败",
            description: "证书未绑定域名，上传失败",
            solution: "请传递已绑定域名的证书",
            category: "400",
            translations: { en: "The certificate is not bound to a domain name; upload failed" },
        },
        /// The certificate's type or current status does not allow this operation.
        OperationNotSupported {
            code: "SCM.0010",
            status: 400,
            message: "证书类型或当前状态不支持此操作",
            description: "证书类型或当前状态不支持此操作",
            solution: "有地方返回403",
            category: "400",
            notes: "The solution column holds an internal developer note, not a user solution; it is kept verbatim. It says some call sites answer this code with 403 instead of 400. Identify the error by `error_code`, never by status.",
            translations: { en: "The certificate type or current status does not support this operation" },
        },
        /// The uploaded private key could not be parsed.
        PrivateKeyParseFailed {
            code: "SCM.0012",
            status: 400,
            message: "上传私钥解析不正确，请确保填写已签发证书",
            description: "上传私钥解析不正确，请确保填写已签发证书",
            solution: "请填写正确的证书私钥",
            category: "400",
            translations: { en: "The uploaded private key could not be parsed; make sure you provide an issued certificate" },
        },
        /// The uploaded certificate chain could not be parsed.
        CertificateChainParseFailed {
            code: "SCM.0013",
            status: 400,
            message: "上传证书链解析不正确，请确保填写已签发证书",
            description: "上传证书链解析不正确，请确保填写已签发证书",
            solution: "有地方返回500，需要修改一下代码/请填写正确的证书链",
            category: "400",
            notes: "The solution column is partly an internal developer note, kept verbatim: it says some call sites answer this code with 500 instead of 400 and the code needs fixing; the user solution is 请填写正确的证书链 (provide a correct certificate chain). Identify the error by `error_code`, never by status.",
            translations: { en: "The uploaded certificate chain could not be parsed; make sure you provide an issued certificate" },
        },
        /// The uploaded certificate and private key do not match.
        CertificateKeyMismatch {
            code: "SCM.0014",
            status: 400,
            message: "上传证书和私钥不匹配",
            description: "上传证书和私钥不匹配",
            solution: "请传递正确的证书和私钥",
            category: "400",
            translations: { en: "The uploaded certificate and private key do not match" },
        },
        /// The number or format of the domain names does not match what the purchased certificate requires.
        DomainsDoNotMatchCertificate {
            code: "SCM.0015",
            status: 400,
            message: "填写域名数量或格式与所购买证书要求不一致",
            description: "填写域名数量或格式与所购买证书要求不一致",
            solution: "请上传单域名和泛域名证书",
            category: "400",
            notes: "The solution (upload single-domain and wildcard certificates) does not match the message.",
            translations: { en: "The number or format of the domain names entered does not match the requirements of the purchased certificate" },
        },
        /// The certificate ID is wrong.
        InvalidCertificateId {
            code: "SCM.0020",
            status: 400,
            message: "证书ID错误",
            description: "证书ID错误",
            solution: "请传递正确的证书编号",
            category: "400",
            translations: { en: "Invalid certificate ID" },
        },
        /// The push service type is not supported.
        UnsupportedPushService {
            code: "SCM.0030",
            status: 400,
            message: "暂不支持的推送服务类型",
            description: "暂不支持的推送服务类型",
            solution: "请填写正确的推送服务",
            category: "400",
            translations: { en: "Unsupported push service type" },
        },
        /// The certificate could not be parsed.
        CertificateParseFailed {
            code: "SCM.0031",
            status: 400,
            message: "证书解析异常",
            description: "证书解析异常",
            solution: "请上传正确的证书",
            category: "400",
            translations: { en: "Certificate parsing error" },
        },
        /// The certificate name is wrong.
        InvalidCertificateName {
            code: "SCM.0032",
            status: 400,
            message: "证书名称错误",
            description: "证书名称错误",
            solution: "请填写正确的证书名称",
            category: "400",
            translations: { en: "Invalid certificate name" },
        },
        /// The certificate's private key is empty.
        PrivateKeyEmpty {
            code: "SCM.0059",
            status: 400,
            message: "证书私钥为空",
            description: "证书私钥为空",
            solution: "请联系客服处理",
            category: "400",
            translations: { en: "The certificate private key is empty" },
        },
        /// The project does not exist.
        ProjectNotFound {
            code: "SCM.0069",
            status: 400,
            message: "项目不存在",
            description: "项目不存在",
            solution: "请选择存在的项目",
            category: "400",
            translations: { en: "The project does not exist" },
        },
        /// A domain name in the uploaded certificate has a wrong format.
        InvalidCertificateDomainFormat {
            code: "SCM.0070",
            status: 400,
            message: "上传证书域名格式错误",
            description: "上传证书域名格式错误",
            solution: "请传递正确证书",
            category: "400",
            translations: { en: "Invalid domain name format in the uploaded certificate" },
        },
        /// Pushing the certificate to ELB failed; the message carries ELB's own error message.
        ElbPushRejected {
            code: "SCM.0201",
            status: 400,
            message: "推送失败，ELB error message：{upstream_message}",
            description: "推送失败，ELB error message：",
            solution: "请联系客服处理",
            category: "400",
            notes: "The message ends in a full-width colon after which the upstream service's error message is appended; it is the `upstream_message` field (rendered empty, the template gives the source's text).",
            fields: { upstream_message: String },
            translations: { en: "Push failed, ELB error message: {upstream_message}" },
        },
        /// The permissions on ELB are insufficient.
        InsufficientElbPermission {
            code: "SCM.0202",
            status: 400,
            message: "ELB权限不足",
            description: "ELB权限不足",
            solution: "请配置ELB权限",
            category: "400",
            notes: "A permission problem answered with 400, not 403.",
            translations: { en: "Insufficient ELB permissions" },
        },
        /// Pushing the certificate to ELB failed.
        ElbPushFailed {
            code: "SCM.0203",
            status: 400,
            message: "ELB推送失败",
            description: "ELB推送失败",
            solution: "请联系客服处理",
            category: "400",
            notes: "An ELB push failure is 400 while the CDN and WAF push failures (SCM.0213, SCM.0223) are 500.",
            translations: { en: "ELB push failed" },
        },
        /// Pushing the certificate to CDN failed; the message carries CDN's own error message.
        CdnPushRejected {
            code: "SCM.0211",
            status: 400,
            message: "推送失败，CDN error message：{upstream_message}",
            description: "推送失败，CDN error message：",
            solution: "请联系客服处理",
            category: "400",
            notes: "The message ends in a full-width colon after which the upstream service's error message is appended; it is the `upstream_message` field (rendered empty, the template gives the source's text).",
            fields: { upstream_message: String },
            translations: { en: "Push failed, CDN error message: {upstream_message}" },
        },
        /// The permissions on CDN are insufficient.
        InsufficientCdnPermission {
            code: "SCM.0212",
            status: 400,
            message: "CDN权限不足",
            description: "CDN权限不足",
            solution: "请配置CND权限",
            category: "400",
            notes: "Solution kept verbatim with its typo CND (for CDN). A permission problem answered with 400, not 403.",
            translations: { en: "Insufficient CDN permissions" },
        },
        /// Pushing the certificate to WAF failed; the message carries WAF's own error message.
        WafPushRejected {
            code: "SCM.0221",
            status: 400,
            message: "推送失败，WAF error message：{upstream_message}",
            description: "推送失败，WAF error message：",
            solution: "请联系客服处理",
            category: "400",
            notes: "The message ends in a full-width colon after which the upstream service's error message is appended; it is the `upstream_message` field (rendered empty, the template gives the source's text).",
            fields: { upstream_message: String },
            translations: { en: "Push failed, WAF error message: {upstream_message}" },
        },
        /// The permissions on WAF are insufficient.
        InsufficientWafPermission {
            code: "SCM.0222",
            status: 400,
            message: "WAF权限不足",
            description: "WAF权限不足",
            solution: "请配置WAF权限",
            category: "400",
            notes: "A permission problem answered with 400, not 403.",
            translations: { en: "Insufficient WAF permissions" },
        },
        /// The request's token was not authenticated or failed authentication.
        TokenAuthenticationFailed {
            code: "SCM.1000",
            status: 401,
            message: "请求所带的Token没有经过认证或者认证失败",
            description: "请求所带的Token没有经过认证或者认证失败",
            solution: "请填写正确token",
            category: "401",
            translations: { en: "The token in the request has not been authenticated or failed authentication" },
        },
        /// The user has not applied for the service's public beta.
        PublicBetaDenied {
            code: "SCM.1004",
            status: 401,
            message: "公测服务被拒绝",
            description: "用户未申请服务公测，请先申请公测",
            solution: "请申请公测",
            category: "401",
            notes: "The description (the user has not applied for the public beta) differs from the message.",
            translations: { en: "Public beta service denied" },
        },
        /// The account is restricted.
        AccountRestricted {
            code: "SCM.1009",
            status: 401,
            message: "账户受限",
            description: "账户受限",
            solution: "请联系管理员解冻",
            category: "401",
            translations: { en: "Account restricted" },
        },
        /// The account is frozen.
        AccountFrozen {
            code: "SCM.1010",
            status: 401,
            message: "账户冻结",
            description: "账户冻结",
            solution: "请联系管理员解冻",
            category: "401",
            translations: { en: "Account frozen" },
        },
        /// The caller's permissions are insufficient: a policy is missing.
        MissingPolicy {
            code: "SCM.4002",
            status: 401,
            message: "您的权限不足。缺少策略",
            description: "您的权限不足。缺少策略",
            solution: "请联系管理员添加策略",
            category: "401",
            notes: "Insufficient permission (a missing policy) answered with 401, not 403.",
            translations: { en: "Insufficient permissions. Missing policy" },
        },
        /// The tenant (project) ID is wrong.
        InvalidTenantId {
            code: "SCM.0002",
            status: 403,
            message: "租户ID错误",
            description: "租户ID错误",
            solution: "请传递正确与X-Auth-Token匹配的projectId",
            category: "403",
            notes: "A 403 for a wrong tenant (project) ID, which must match the X-Auth-Token.",
            translations: { en: "Invalid tenant ID" },
        },
        /// Downloading the certificate failed.
        CertificateDownloadFailed {
            code: "SCM.0007",
            status: 500,
            message: "证书下载失败",
            description: "证书下载失败",
            solution: "请联系客服处理",
            category: "500",
            translations: { en: "Certificate download failed" },
        },
        /// Encrypting the certificate failed.
        CertificateEncryptionFailed {
            code: "SCM.0037",
            status: 500,
            message: "证书加密失败",
            description: "证书加密失败",
            solution: "请联系客服处理",
            category: "500",
            notes: "Same message as SCM.0038.",
            translations: { en: "Certificate encryption failed" },
        },
        /// Decrypting the certificate's data encryption key (DEK) failed, although the message says encryption.
        DekDecryptionFailed {
            code: "SCM.0038",
            status: 500,
            message: "证书加密失败",
            description: "证书加密失败（应该是解密失败，实际上是在解密DEK）",
            solution: "请联系客服处理",
            category: "500",
            notes: "Same message as SCM.0037. The description carries a developer note: it should say decryption failed; the failure is in decrypting the DEK.",
            translations: { en: "Certificate encryption failed" },
        },
        /// Pushing the certificate to CDN failed.
        CdnPushFailed {
            code: "SCM.0213",
            status: 500,
            message: "CDN推送失败",
            description: "CDN推送失败",
            solution: "请联系客服处理",
            category: "500",
            translations: { en: "CDN push failed" },
        },
        /// Pushing the certificate to WAF failed.
        WafPushFailed {
            code: "SCM.0223",
            status: 500,
            message: "WAF推送失败",
            description: "WAF推送失败",
            solution: "请联系客服处理",
            category: "500",
            translations: { en: "WAF push failed" },
        },
        /// Calling the PDP (fine-grained authorization) interface failed.
        PdpAccessFailed {
            code: "SCM.4001",
            status: 500,
            message: "访问PDP接口错误",
            description: "获取细粒度授权结果失败",
            solution: "请联系客服处理",
            category: "500",
            notes: "The description (getting the fine-grained authorization result failed) differs from the message.",
            translations: { en: "Error accessing the PDP interface" },
        },
    }
}
