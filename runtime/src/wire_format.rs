//! The names of the wire formats ("dialects") a catalog can render in.

use core::fmt;
use core::str::FromStr;

/// A vendor's way of putting an error on the wire.
///
/// Each catalog names its native format with `#[catalog(dialect = ...)]`; `problem`
/// (RFC 9457) suits any catalog and is the default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum WireFormat {
    /// SCMS: status and `SCMS-POC-Error` headers (QA stage) or a bare 500 (PROD stage).
    Scms,
    /// Softcamp SKMS: `{"code": 40013, "message": ..., "detail": ...}`.
    Skms,
    /// Scai vault: `{"error": {"code", "message", "details", "request_id"}}`.
    ScaiVault,
    /// Huawei Cloud: `{"error_code", "error_msg"}`.
    Huawei,
    /// Adobe Pass: the `error` object, in JSON or XML.
    AdobePass,
    /// RFC 9457 problem details (`application/problem+json`).
    #[default]
    Problem,
}

impl WireFormat {
    /// Every wire format.
    pub const ALL: [WireFormat; 6] = [
        WireFormat::Scms,
        WireFormat::Skms,
        WireFormat::ScaiVault,
        WireFormat::Huawei,
        WireFormat::AdobePass,
        WireFormat::Problem,
    ];

    /// The snake_case name used in `#[catalog(dialect = ...)]` and on the command line.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            WireFormat::Scms => "scms",
            WireFormat::Skms => "skms",
            WireFormat::ScaiVault => "scai_vault",
            WireFormat::Huawei => "huawei",
            WireFormat::AdobePass => "adobe_pass",
            WireFormat::Problem => "problem",
        }
    }
}

impl fmt::Display for WireFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error of parsing a [`WireFormat`] from text that names none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownWireFormat {
    text: String,
}

impl fmt::Display for UnknownWireFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown dialect `{}`; expected one of ",
            self.text.escape_debug()
        )?;
        for (i, format) in WireFormat::ALL.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "`{format}`")?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownWireFormat {}

impl FromStr for WireFormat {
    type Err = UnknownWireFormat;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        WireFormat::ALL
            .into_iter()
            .find(|format| format.as_str() == text)
            .ok_or_else(|| UnknownWireFormat {
                text: text.to_owned(),
            })
    }
}
