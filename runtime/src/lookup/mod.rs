//! Code and name lookup through perfect hash tables the macro builds at compile time.
//!
//! A lookup hashes the key once (a word at a time), reads the displacement ("pilot") of the
//! key's bucket, reads one slot and compares one key: the cost does not grow with the
//! catalog, hits and misses alike.

use error_catalog_contract::hash;

/// The slot value that marks an empty slot.
pub(crate) const EMPTY: u32 = u32::MAX;

/// A perfect hash table from string keys to entry positions.
#[derive(Debug)]
pub struct StrIndex {
    pub(crate) seed: u64,
    pub(crate) pilots: &'static [u16],
    /// `(key, first word, last word, position)`; see [`hash::key_words`]. An empty slot
    /// holds `("", !0, !0, EMPTY)`, which no key matches.
    pub(crate) slots: &'static [(&'static str, u64, u64, u32)],
}

impl StrIndex {
    /// An index with no keys.
    pub(crate) const EMPTY_INDEX: StrIndex = StrIndex {
        seed: 0,
        pilots: &[],
        slots: &[],
    };

    /// The position stored for `key`, if `key` is in the table.
    #[inline(always)]
    #[must_use]
    pub fn find(&self, key: &str) -> Option<usize> {
        if self.pilots.is_empty() || self.slots.is_empty() {
            return None;
        }
        let bytes = key.as_bytes();
        let (h, a, b) = hash::hash_words(bytes, self.seed);
        let pilot = self.pilots[hash::bucket(h, self.pilots.len())];
        let (stored, head, tail, position) =
            self.slots[hash::slot(h, u32::from(pilot), self.slots.len())];
        if head != a || tail != b || stored.len() != bytes.len() {
            return None;
        }
        if bytes.len() > 16 && !hash::same_head(stored.as_bytes(), bytes) {
            return None;
        }
        Some(position as usize)
    }
}

/// A perfect hash table from integer keys to entry positions.
#[derive(Debug)]
pub struct IntIndex {
    pub(crate) seed: u64,
    pub(crate) pilots: &'static [u16],
    pub(crate) signed: bool,
    pub(crate) slots: &'static [(u64, u32)],
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
        let pilot = self.pilots[hash::bucket(h, self.pilots.len())];
        let (stored, position) = self.slots[hash::slot(h, u32::from(pilot), self.slots.len())];
        (position != EMPTY && stored == key).then_some(position as usize)
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
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
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
        assert_eq!(
            parse_int("999999999999999999999999999999999999999999"),
            None
        );
    }
}
