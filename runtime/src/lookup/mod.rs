//! Code and name lookup through perfect hash tables the macro builds at compile time.
//!
//! A lookup hashes the key once (a word at a time), reads the displacement ("pilot") of the
//! key's bucket, reads one slot and compares one key: the cost does not grow with the
//! catalog, hits and misses alike.

use error_catalog_contract::hash;
use error_catalog_contract::slot::{
    EMPTY, INT_SLOT, IntSlot, LONG_SLOT, PREFIXED_KEY, SHORT_SLOT, StrSlot, WORDS_KEY,
};

/// A perfect hash table from string keys to entry positions.
///
/// The macro writes the table as byte strings and one string (pilots, slots, long keys), so
/// a catalog of ten thousand codes is a few literals for the compiler, not thirty thousand
/// expressions to type-check.
#[derive(Debug)]
pub struct StrIndex {
    pub(crate) seed: u64,
    pub(crate) pilots: &'static [[u8; 2]],
    /// The slots of a table whose keys all have at most 16 bytes, laid out as
    /// `error_catalog_contract::slot` says; empty in a table of longer keys. An empty slot
    /// matches no key.
    pub(crate) short: &'static [[u8; SHORT_SLOT]],
    /// The slots of a table holding a longer key; empty in a table of short keys.
    pub(crate) long: &'static [[u8; LONG_SLOT]],
    /// The keys longer than 32 bytes (those a long slot does not hold whole), one after the
    /// other.
    pub(crate) keys: &'static str,
}

impl StrIndex {
    /// An index with no keys.
    pub(crate) const EMPTY_INDEX: StrIndex = StrIndex {
        seed: 0,
        pilots: &[],
        short: &[],
        long: &[],
        keys: "",
    };

    /// The position stored for `key`, if `key` is in the table.
    #[inline(always)]
    #[must_use]
    pub fn find(&self, key: &str) -> Option<usize> {
        if self.pilots.is_empty() {
            return None;
        }
        let bytes = key.as_bytes();
        let (h, a, b) = hash::hash_words(bytes, self.seed);
        let pilot = u32::from(u16::from_le_bytes(
            self.pilots[hash::bucket(h, self.pilots.len())],
        ));
        if self.long.is_empty() {
            // Every key fits the slot's words: they and the length decide.
            let slot = StrSlot(self.short.get(hash::slot(h, pilot, self.short.len()))?);
            return slot
                .matches(a, b, bytes.len())
                .then(|| slot.position() as usize);
        }
        let slot = StrSlot(self.long.get(hash::slot(h, pilot, self.long.len()))?);
        let len = bytes.len();
        if !slot.matches(a, b, len) {
            return None;
        }
        if len > WORDS_KEY {
            // The slot's words are the key's last 16 bytes. Up to 32 bytes, the rest is the
            // slot's prefix, in the same row; a longer key is compared with the key text.
            let same = if len <= PREFIXED_KEY {
                slot.same_prefix(bytes)
            } else {
                // The slot's words covered the last 16 bytes.
                let start = slot.key_offset();
                let stored = self.keys.as_bytes().get(start..start + len - WORDS_KEY)?;
                *stored == bytes[..len - WORDS_KEY]
            };
            if !same {
                return None;
            }
        }
        Some(slot.position() as usize)
    }
}

/// A perfect hash table from integer keys to entry positions, written by the macro as byte
/// strings like [`StrIndex`].
#[derive(Debug)]
pub struct IntIndex {
    pub(crate) seed: u64,
    pub(crate) pilots: &'static [[u8; 2]],
    pub(crate) signed: bool,
    pub(crate) slots: &'static [[u8; INT_SLOT]],
}

impl IntIndex {
    /// The position stored for `key`, if `key` is in the table.
    #[inline(always)]
    #[must_use]
    pub fn find(&self, code: i128) -> Option<usize> {
        if self.pilots.is_empty() || self.slots.is_empty() {
            return None;
        }
        let key = hash::int_key(code, self.signed)?;
        let h = hash::hash_int(key, self.seed);
        let pilot = u16::from_le_bytes(self.pilots[hash::bucket(h, self.pilots.len())]);
        let slot = IntSlot(&self.slots[hash::slot(h, u32::from(pilot), self.slots.len())]);
        let position = slot.position();
        (position != EMPTY && slot.key() == key).then_some(position as usize)
    }
}

/// The code index of a catalog, by code kind.
#[derive(Debug)]
pub enum CodeIndex {
    /// Integer codes.
    Int(IntIndex),
    /// String codes.
    Str(StrIndex),
    /// A composition: its members' indexes, through `crate::compose`.
    Composed,
}

impl CodeIndex {
    /// Finds a code given in its text form; integer catalogs parse it first.
    #[inline(always)]
    pub(crate) fn find_text(&self, code: &str) -> Option<usize> {
        match self {
            CodeIndex::Int(index) => parse_int(code).and_then(|value| index.find(value)),
            CodeIndex::Str(index) => index.find(code),
            CodeIndex::Composed => None,
        }
    }

    /// Finds an integer code; string catalogs hold none.
    #[inline(always)]
    pub(crate) fn find_int(&self, code: i128) -> Option<usize> {
        match self {
            CodeIndex::Int(index) => index.find(code),
            CodeIndex::Str(_) | CodeIndex::Composed => None,
        }
    }
}

/// Parses the decimal text form of an integer code, as vendors print it (no sign but `-`,
/// no spaces, no leading `+`).
fn parse_int(text: &str) -> Option<i128> {
    /// Up to this many digits the value fits a `u64` whatever they are.
    const SHORT: usize = 19;
    let (negative, digits) = match text.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, text),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if digits.len() > SHORT {
        return text.parse().ok();
    }
    // A code's few digits, without `i128` parsing's overflow checks at every digit.
    let magnitude = digits
        .bytes()
        .fold(0_u64, |value, digit| value * 10 + u64::from(digit - b'0'));
    let value = i128::from(magnitude);
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::parse_int;

    #[test]
    fn parses_only_plain_decimal_codes() {
        assert_eq!(parse_int("40013"), Some(40013));
        assert_eq!(parse_int("-7"), Some(-7));
        assert_eq!(parse_int("+7"), None);
        assert_eq!(parse_int(" 7"), None);
        assert_eq!(parse_int(""), None);
        assert_eq!(parse_int("-"), None);
        assert_eq!(parse_int("18446744073709551615"), Some(u64::MAX.into()));
        assert_eq!(parse_int("-9223372036854775808"), Some(i64::MIN.into()));
        assert_eq!(parse_int("-0"), Some(0));
        assert_eq!(parse_int("007"), Some(7));
        // Each side of the short path's limit, and the longest `i128`s.
        assert_eq!(
            parse_int("9999999999999999999"),
            Some(9_999_999_999_999_999_999)
        );
        assert_eq!(
            parse_int("-9999999999999999999"),
            Some(-9_999_999_999_999_999_999)
        );
        assert_eq!(
            parse_int("10000000000000000000"),
            Some(10_000_000_000_000_000_000)
        );
        assert_eq!(parse_int(&i128::MAX.to_string()), Some(i128::MAX));
        assert_eq!(parse_int(&i128::MIN.to_string()), Some(i128::MIN));
        assert_eq!(parse_int("170141183460469231731687303715884105728"), None);
        assert_eq!(
            parse_int("999999999999999999999999999999999999999999"),
            None
        );
    }
}
