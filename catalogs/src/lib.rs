//! Five real vendor error catalogs, declared with [`error_catalog::error_catalog!`], every
//! entry verbatim from the vendor's published page (typos, Chinese text and non-breaking
//! spaces included):
//!
//! | module | system | entries | codes look like |
//! | --- | --- | --- | --- |
//! | [`scms`] | SCMS, the V2X Security Credential Management System | 53 (12 log-only) | `5065`, `raNoCertFileAvailable`, `SCMS-964` |
//! | [`skms`] | Softcamp SKMS key management service | 26 | `40013` |
//! | [`scai_vault`] | the Scai platform's secrets / PKI vault | 73 | `secret_not_found` |
//! | [`huawei`] | Huawei Cloud SCM (SSL Certificate Manager) | 34 | `SCM.0005` |
//! | [`adobe_pass`] | Adobe Pass Authentication, Enhanced Error Codes | 47 | `authorization_denied_by_mvpd` |
//!
//! Where a source was silent or broken (a lost status cell, codes without a message), the
//! entry says what was decided, in its doc comment and in its `notes`.
//!
//! [`CATALOGS`] lists the five catalogs' static descriptions, for tools that walk every
//! catalog without naming the types:
//!
//! ```
//! use error_catalog_vendors::CATALOGS;
//!
//! let total: usize = CATALOGS.iter().map(|info| info.entries().len()).sum();
//! assert_eq!(total, 233);
//! ```

#![deny(missing_docs)]

pub mod adobe_pass;
pub mod huawei;
pub mod scai_vault;
pub mod scms;
pub mod skms;

/// The static descriptions of the five bundled catalogs, in the order SCMS, SKMS, Scai vault,
/// Huawei SCM, Adobe Pass.
pub static CATALOGS: [&error_catalog::CatalogInfo; 5] = [
    scms::ScmsCode::INFO,
    skms::SkmsCode::INFO,
    scai_vault::ScaiVaultCode::INFO,
    huawei::HuaweiScmCode::INFO,
    adobe_pass::AdobePassCode::INFO,
];
