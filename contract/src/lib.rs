//! Implementation detail of the `error-catalog` crate: the encoding that the `error_catalog!`
//! macro writes at expansion time and the runtime reads at run time. Depend on
//! `error-catalog` instead.
//!
//! Both sides compile this one crate, so they cannot drift apart:
//!
//! - [`flag`]: the bits of an entry's `flags` in the generated metadata tables;
//! - [`ACTIONS`]: the numbering of actions in those tables;
//! - [`LOG_LEVELS`] and [`GRPC_CODES`]: the numbering of log levels and gRPC codes there;
//! - [`hash`]: the hash behind the compile-time perfect hash tables, which the macro uses to
//!   place keys and the runtime to find them again, bit for bit;
//! - [`slot`]: the byte layout of those tables' slots;
//! - [`row`]: how an entry's small numbers are packed into one argument of those tables;
//! - [`lock`]: the lock file format, which the macro reads and the runtime writes.
//!
//! It depends on nothing but `core` and `alloc`.

#![no_std]
#![deny(missing_docs)]

extern crate alloc;

pub mod flag;
pub mod hash;
pub mod lock;
pub mod row;
pub mod slot;

/// Every action's kebab-case spelling, in the order of its number in the generated tables
/// (`none` is 0). The runtime's `Action::ALL` follows the same order, and a test of the
/// runtime checks that it does.
pub const ACTIONS: [&str; 8] = [
    "none",
    "configuration",
    "application-registration",
    "authentication",
    "authorization",
    "degradation",
    "retry",
    "retry-after",
];

/// The number of the action spelled `spelling` in the generated tables.
#[must_use]
pub fn action_number(spelling: &str) -> Option<u8> {
    let position = ACTIONS
        .iter()
        .position(|candidate| *candidate == spelling)?;
    u8::try_from(position).ok()
}

/// Every log level's spelling, in the order of its number in the generated tables; the
/// number is the position plus one, and 0 means "by class" (log-only and 5xx at `error`,
/// 4xx at `warn`). The runtime's `LogLevel::ALL` follows the same order.
pub const LOG_LEVELS: [&str; 5] = ["error", "warn", "info", "debug", "trace"];

/// The number of the log level spelled `spelling` in the generated tables (1 for `error`).
#[must_use]
pub fn log_level_number(spelling: &str) -> Option<u8> {
    let position = LOG_LEVELS
        .iter()
        .position(|candidate| *candidate == spelling)?;
    u8::try_from(position + 1).ok()
}

/// The canonical gRPC status codes' kebab-case spellings, at the index of their number
/// (`google.rpc.Code`: `ok` is 0, `unauthenticated` 16). In the generated tables 0 means
/// "derived from the HTTP status", which is why `ok` cannot be declared.
pub const GRPC_CODES: [&str; 17] = [
    "ok",
    "cancelled",
    "unknown",
    "invalid-argument",
    "deadline-exceeded",
    "not-found",
    "already-exists",
    "permission-denied",
    "resource-exhausted",
    "failed-precondition",
    "aborted",
    "out-of-range",
    "unimplemented",
    "internal",
    "unavailable",
    "data-loss",
    "unauthenticated",
];

/// The number of the gRPC code spelled `spelling`, in kebab case (`not-found`) or as the
/// protobuf enum writes it (`NOT_FOUND`).
#[must_use]
pub fn grpc_code_number(spelling: &str) -> Option<u8> {
    let screaming = |c: u8| {
        if c == b'-' {
            b'_'
        } else {
            c.to_ascii_uppercase()
        }
    };
    let position = GRPC_CODES.iter().position(|candidate| {
        *candidate == spelling
            || (candidate.len() == spelling.len()
                && candidate
                    .bytes()
                    .zip(spelling.bytes())
                    .all(|(c, s)| screaming(c) == s))
    })?;
    u8::try_from(position).ok()
}
