//! Implementation detail of the `error-catalog` crate: the encoding that the `error_catalog!`
//! macro writes at expansion time and the runtime reads at run time. Depend on
//! `error-catalog` instead.
//!
//! Both sides compile this one crate, so they cannot drift apart:
//!
//! - [`flag`]: the bits of an entry's `flags` in the generated metadata tables;
//! - [`ACTIONS`]: the numbering of actions in those tables;
//! - [`hash`]: the hash behind the compile-time perfect hash tables, which the macro uses to
//!   place keys and the runtime to find them again, bit for bit.
//!
//! It depends on nothing but `core`.

#![no_std]
#![deny(missing_docs)]

pub mod flag;
pub mod hash;

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
    ACTIONS
        .iter()
        .position(|candidate| *candidate == spelling)
        .and_then(|number| u8::try_from(number).ok())
}
