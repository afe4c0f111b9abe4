//! Two arguments of the runtime's hidden `__private::entry`: every argument of ten thousand
//! table rows is type-checked on its own, and every `const` an entry names is evaluated on
//! its own, so an entry's small numbers are one integer literal and its texts that only
//! accessors read are one string literal.
//!
//! The `packed` integer:
//!
//! | bits | value |
//! |---|---|
//! | 0-7 | the [`flag`](crate::flag)s |
//! | 8-17 | the HTTP status (400-599), 0 for none |
//! | 18-21 | the action, numbered as [`ACTIONS`](crate::ACTIONS) |
//! | 22-25 | the log level, numbered as [`LOG_LEVELS`](crate::LOG_LEVELS) plus one, 0 for none |
//! | 26-31 | the gRPC code, numbered as [`GRPC_CODES`](crate::GRPC_CODES), 0 for none |
//! | 32-63 | the length in bytes of the variant name, at the start of the `names` text |
//! | 64-95 | the length in bytes of the vendor name after it |
//! | 96-127 | the length in bytes of the key after that |
//!
//! After the key, the `names` text holds the [`TAIL`] texts, each as its length in decimal,
//! a colon and the text, or nothing at all when every one of them is empty. See [`tail`].
//!
//! The macro packs; the runtime decodes the fields in its entry constructors, in place,
//! through the same [`unpacked!`](crate::unpacked) as [`Packed::unpack`].

use alloc::string::String;
use core::fmt::Write as _;

/// The numbers an entry packs into one `u128`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Packed {
    /// The [`flag`](crate::flag) bits.
    pub flags: u8,
    /// The HTTP status, 0 for none. Only its low 10 bits are kept.
    pub status: u16,
    /// The action's number. Only its low 4 bits are kept.
    pub action: u8,
    /// The log level's number plus one, 0 for none. Only its low 4 bits are kept.
    pub log_level: u8,
    /// The gRPC code's number, 0 for none. Only its low 6 bits are kept.
    pub grpc: u8,
    /// The variant name's length in bytes.
    pub variant_len: u32,
    /// The vendor name's length in bytes.
    pub name_len: u32,
    /// The key's length in bytes.
    pub key_len: u32,
}

impl Packed {
    /// The numbers as one integer.
    #[must_use]
    pub const fn pack(self) -> u128 {
        self.flags as u128
            | ((self.status & 0x3ff) as u128) << 8
            | ((self.action & 0xf) as u128) << 18
            | ((self.log_level & 0xf) as u128) << 22
            | ((self.grpc & 0x3f) as u128) << 26
            | (self.variant_len as u128) << 32
            | (self.name_len as u128) << 64
            | (self.key_len as u128) << 96
    }

    /// The numbers of an integer [`pack`](Self::pack) made.
    #[must_use]
    pub const fn unpack(packed: u128) -> Packed {
        crate::unpacked!(Packed, packed, {})
    }
}

/// A struct expression of type `$ty` whose members `flags`, `status`, `action`, `log_level`,
/// `grpc`, `variant_len`, `name_len` and `key_len` are the numbers of the integer `$packed`,
/// decoded in place, followed by the members `$members`. [`Packed::unpack`] is one; the
/// runtime's entry constructors are the others, which decode where they build the entry
/// because a call to `unpack` would be a frame of the compiler's const evaluation in every
/// row of a table.
#[doc(hidden)]
#[macro_export]
macro_rules! unpacked {
    ($ty:path, $packed:expr, { $($members:tt)* }) => {{
        let packed: u128 = $packed;
        $ty {
            flags: packed as u8,
            status: (packed >> 8) as u16 & 0x3ff,
            action: (packed >> 18) as u8 & 0xf,
            log_level: (packed >> 22) as u8 & 0xf,
            grpc: (packed >> 26) as u8 & 0x3f,
            variant_len: (packed >> 32) as u32,
            name_len: (packed >> 64) as u32,
            key_len: (packed >> 96) as u32,
            $($members)*
        }
    }};
}

/// The texts after the key in `names`, in this order.
pub const TAIL: [&str; 5] = ["description", "solution", "category", "notes", "deprecated"];

/// The tail of `names` for these texts (in [`TAIL`] order): empty when all are.
#[must_use]
pub fn tail(texts: [&str; 5]) -> String {
    let mut out = String::new();
    if texts.iter().all(|text| text.is_empty()) {
        return out;
    }
    for text in texts {
        // Writing to a `String` cannot fail.
        let _ = write!(out, "{}:{text}", text.len());
    }
    out
}

/// Text `index` (in [`TAIL`] order) of a `tail`; empty when the tail is empty or does not
/// read as [`tail`] writes it.
#[must_use]
pub const fn tail_text(tail: &str, index: usize) -> &str {
    let mut rest = tail;
    let mut i = 0;
    loop {
        let bytes = rest.as_bytes();
        let mut len: usize = 0;
        let mut at = 0;
        while at < bytes.len() && bytes[at].is_ascii_digit() {
            len = match len.checked_mul(10) {
                Some(len) => len.saturating_add((bytes[at] - b'0') as usize),
                None => return "",
            };
            at += 1;
        }
        if at == 0 || at >= bytes.len() || bytes[at] != b':' {
            return "";
        }
        let Some((_, after)) = rest.split_at_checked(at + 1) else {
            return "";
        };
        let Some((text, next)) = after.split_at_checked(len) else {
            return "";
        };
        if i == index {
            return text;
        }
        rest = next;
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_number_comes_back_unpacked() {
        for numbers in [
            Packed::default(),
            Packed {
                flags: u8::MAX,
                status: 599,
                action: 7,
                log_level: 5,
                grpc: 16,
                variant_len: u32::MAX,
                name_len: u32::MAX,
                key_len: u32::MAX,
            },
            Packed {
                flags: 0b1010_0101,
                status: 429,
                action: 3,
                log_level: 1,
                grpc: 0,
                variant_len: 8,
                name_len: 0,
                key_len: 70_000,
            },
        ] {
            assert_eq!(Packed::unpack(numbers.pack()), numbers);
        }
    }

    #[test]
    fn numbers_wider_than_their_bits_do_not_spill_into_the_next() {
        let wide = Packed {
            status: u16::MAX,
            action: u8::MAX,
            ..Packed::default()
        };
        let read = Packed::unpack(wide.pack());
        assert_eq!((read.status, read.action, read.log_level), (0x3ff, 0xf, 0));
    }

    #[test]
    fn tail_texts_come_back_by_position() {
        let texts = [
            "A description: with a colon",
            "",
            "Category 12",
            "",
            "Use X",
        ];
        let tail = tail(texts);
        assert_eq!(
            tail,
            "27:A description: with a colon0:11:Category 120:5:Use X"
        );
        for (index, text) in texts.iter().enumerate() {
            assert_eq!(tail_text(&tail, index), *text);
        }
        assert_eq!(tail_text(&tail, 5), "");
        assert_eq!(super::tail([""; 5]), "");
        assert_eq!(tail_text("", 0), "");
    }

    #[test]
    fn a_tail_that_does_not_read_gives_empty_texts() {
        for bad in [
            "12",
            "3:ab",
            "x:abc",
            ":",
            "99999999999999999999999:a",
            "2:é",
        ] {
            for index in 0..5 {
                let _ = tail_text(bad, index);
            }
        }
        assert_eq!(tail_text("3:ab", 0), "");
        assert_eq!(tail_text("1:é", 0), "");
    }
}
