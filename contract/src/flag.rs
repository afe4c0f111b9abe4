//! The bits of an entry's flags, packed into the `packed` argument of the runtime's hidden
//! `__private::entry` (see [`row`](crate::row)).
//!
//! The macro sets the bits, the runtime reads them.

/// The entry has a code.
pub const HAS_CODE: u8 = 1;
/// The code is an integer, written in decimal as the `code_text` argument.
pub const CODE_INT: u8 = 1 << 1;
/// The entry is log-only.
pub const LOG_ONLY: u8 = 1 << 2;
/// The status is one the vendor reports about something else.
pub const REPORTED: u8 = 1 << 3;
/// The message renders as its template verbatim (no braces).
pub const MESSAGE_STATIC: u8 = 1 << 4;
/// The code text needs no JSON escaping.
pub const CODE_JSON_PLAIN: u8 = 1 << 5;
/// The help URL needs no JSON escaping.
pub const HELP_URL_JSON_PLAIN: u8 = 1 << 6;
/// The entry is deprecated (its note, possibly empty, is the `deprecated` argument).
pub const DEPRECATED: u8 = 1 << 7;
