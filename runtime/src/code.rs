//! Codes as they travel on the wire: integers or strings.

use core::fmt;

/// Whether a catalog's codes are integers or strings, fixed per catalog.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CodeKind {
    /// Integer codes such as SKMS `40013`; the Rust type is the declared width.
    Int {
        /// The Rust type the catalog declared (`u16`, `u32`, `i64`...).
        rust_type: &'static str,
    },
    /// String codes such as Huawei `SCM.0005`.
    Str,
}

/// One entry's code, as a value that any catalog can hold.
///
/// ```
/// use error_catalog::Code;
///
/// assert_eq!(Code::Int(40013).to_string(), "40013");
/// assert_eq!(Code::Str("SCM.0005").to_string(), "SCM.0005");
/// assert_eq!(Code::Int(5065).as_int(), Some(5065));
/// assert_eq!(Code::Int(u64::MAX.into()).to_string(), "18446744073709551615");
/// // As the integer or the text it holds, a code honours width and alignment.
/// assert_eq!(format!("[{:<10}]", Code::Str("SCM.0005")), "[SCM.0005  ]");
/// assert_eq!(format!("[{:>6}]", Code::Int(5065)), "[  5065]");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    /// An integer code. `i128` holds every value of every declared code type exactly, from
    /// `i64::MIN` to `u64::MAX`.
    Int(i128),
    /// A string code.
    Str(&'static str),
}

impl Code {
    /// The integer, for an integer code.
    #[must_use]
    pub const fn as_int(self) -> Option<i128> {
        match self {
            Code::Int(value) => Some(value),
            Code::Str(_) => None,
        }
    }

    /// The string, for a string code.
    #[must_use]
    pub const fn as_str(self) -> Option<&'static str> {
        match self {
            Code::Int(_) => None,
            Code::Str(value) => Some(value),
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::Int(value) => fmt::Display::fmt(value, f),
            Code::Str(value) => f.pad(value),
        }
    }
}
