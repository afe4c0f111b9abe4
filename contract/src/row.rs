//! The `packed` argument of the runtime's hidden `__private::entry`: an entry's small numbers
//! in one integer literal, since every argument of ten thousand table rows is type-checked
//! on its own.
//!
//! | bits | value |
//! |---|---|
//! | 0-7 | the [`flag`](crate::flag)s |
//! | 8-23 | the HTTP status, 0 for none |
//! | 24-31 | the action, numbered as [`ACTIONS`](crate::ACTIONS) |
//! | 32-63 | the length in bytes of the variant name at the start of the `names` argument |
//! | 64-95 | the length in bytes of the vendor name after it (the key is the rest) |
//!
//! The macro packs, the runtime unpacks.

/// The numbers packed into one `u128`.
#[must_use]
pub const fn pack(flags: u8, status: u16, action: u8, variant_len: u32, name_len: u32) -> u128 {
    flags as u128
        | (status as u128) << 8
        | (action as u128) << 24
        | (variant_len as u128) << 32
        | (name_len as u128) << 64
}

/// The flags.
#[must_use]
pub const fn flags(packed: u128) -> u8 {
    packed as u8
}

/// The HTTP status, 0 for none.
#[must_use]
pub const fn status(packed: u128) -> u16 {
    (packed >> 8) as u16
}

/// The action's number.
#[must_use]
pub const fn action(packed: u128) -> u8 {
    (packed >> 24) as u8
}

/// The variant name's length in bytes.
#[must_use]
pub const fn variant_len(packed: u128) -> u32 {
    (packed >> 32) as u32
}

/// The vendor name's length in bytes.
#[must_use]
pub const fn name_len(packed: u128) -> u32 {
    (packed >> 64) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_number_comes_back_unpacked() {
        for (flags, status, action, variant_len, name_len) in [
            (0, 0, 0, 0, 0),
            (u8::MAX, u16::MAX, u8::MAX, u32::MAX, u32::MAX),
            (0b1010_0101, 429, 7, 8, 0),
            (1, 599, 0, 70_000, 65_536),
        ] {
            let packed = pack(flags, status, action, variant_len, name_len);
            assert_eq!(
                (
                    self::flags(packed),
                    self::status(packed),
                    self::action(packed),
                    self::variant_len(packed),
                    self::name_len(packed)
                ),
                (flags, status, action, variant_len, name_len)
            );
        }
    }
}
