//! The byte layout of the perfect hash tables' slots: the macro writes each table as byte
//! strings with [`short_slot`], [`long_slot`] and [`int_slot`], the runtime reads them with
//! [`StrSlot`] and [`IntSlot`]. All numbers are little-endian, so a table reads the same on
//! every target.
//!
//! A string table has one of two slot sizes, whichever its longest key needs: the lookup reads
//! everything it compares from one slot, so the slot is as small as the keys allow (the fewer
//! bytes a table spans, the more of it the caches hold).

/// The bytes of a slot in a table whose keys all have at most [`WORDS_KEY`] bytes: the key's
/// first and last words (see [`key_words`](crate::hash::key_words)), which with its length
/// determine it, the length and the entry's position.
pub const SHORT_SLOT: usize = 24;

/// The bytes of a key's start in a [`LONG_SLOT`].
pub const KEY_PREFIX: usize = 16;

/// The bytes of a slot in a table holding a key longer than [`WORDS_KEY`]: the key's start
/// ([`KEY_PREFIX`] bytes), then what a [`SHORT_SLOT`] holds, whose words are the key's last 16
/// bytes.
///
/// The start is the key's first 16 bytes ([`key_prefix`]) for a key of up to
/// [`PREFIXED_KEY`] bytes, which the slot then holds whole; for a longer key it is where the
/// key starts in the table's key text ([`key_text_offset`]), and the key is compared there.
pub const LONG_SLOT: usize = KEY_PREFIX + SHORT_SLOT;

/// The longest key a slot's two words hold whole: a table whose keys are all this short has
/// [`SHORT_SLOT`]s.
pub const WORDS_KEY: usize = 16;

/// The longest key a [`LONG_SLOT`] holds whole.
pub const PREFIXED_KEY: usize = WORDS_KEY + KEY_PREFIX;

/// The start of a [`LONG_SLOT`] for a key of up to [`PREFIXED_KEY`] bytes: its first 16 bytes,
/// zero-padded.
#[must_use]
pub fn key_prefix(key: &[u8]) -> [u8; KEY_PREFIX] {
    let mut prefix = [0; KEY_PREFIX];
    let len = key.len().min(KEY_PREFIX);
    prefix[..len].copy_from_slice(&key[..len]);
    prefix
}

/// The start of a [`LONG_SLOT`] for a key longer than [`PREFIXED_KEY`] bytes: where it starts
/// in the table's key text.
#[must_use]
pub fn key_text_offset(offset: u32) -> [u8; KEY_PREFIX] {
    let mut start = [0; KEY_PREFIX];
    put(&mut start, 0, &offset.to_le_bytes());
    start
}

/// The bytes of an integer key's slot: the key, its entry position, four bytes of padding.
pub const INT_SLOT: usize = 16;

/// The position of an empty slot, which no entry has.
pub const EMPTY: u32 = u32::MAX;

const HEAD: usize = 0;
const TAIL: usize = 8;
const KEY_LEN: usize = 16;
const STR_POSITION: usize = 20;
const INT_KEY: usize = 0;
const INT_POSITION: usize = 8;

/// The slot of a string key in a table of short keys, and the last [`SHORT_SLOT`] bytes of
/// one in a table of long keys: the key's words `head` and `tail`, its length and the entry's
/// `position`.
#[must_use]
pub fn short_slot(head: u64, tail: u64, len: u32, position: u32) -> [u8; SHORT_SLOT] {
    let mut slot = [0; SHORT_SLOT];
    put(&mut slot, HEAD, &head.to_le_bytes());
    put(&mut slot, TAIL, &tail.to_le_bytes());
    put(&mut slot, KEY_LEN, &len.to_le_bytes());
    put(&mut slot, STR_POSITION, &position.to_le_bytes());
    slot
}

/// An empty short slot: words `!0` and `!0` with length 0, which no key has (the empty key's
/// words are 0).
pub const EMPTY_SHORT_SLOT: [u8; SHORT_SLOT] = {
    let mut slot = [0; SHORT_SLOT];
    let mut at = HEAD;
    while at < KEY_LEN {
        slot[at] = 0xff;
        at += 1;
    }
    let mut at = STR_POSITION;
    while at < STR_POSITION + 4 {
        slot[at] = 0xff;
        at += 1;
    }
    slot
};

/// The slot of a string key in a table of long keys: the key's `start` ([`key_prefix`] or
/// [`key_text_offset`]) followed by its [`short_slot`] (or [`EMPTY_SHORT_SLOT`], after a zero
/// start).
#[must_use]
pub fn long_slot(start: [u8; KEY_PREFIX], short: [u8; SHORT_SLOT]) -> [u8; LONG_SLOT] {
    let mut slot = [0; LONG_SLOT];
    put(&mut slot, 0, &start);
    put(&mut slot, KEY_PREFIX, &short);
    slot
}

/// The slot of an integer `key` for the entry at `position`; `None` is an empty slot.
#[must_use]
pub fn int_slot(entry: Option<(u64, u32)>) -> [u8; INT_SLOT] {
    let (key, position) = entry.unwrap_or((0, EMPTY));
    let mut slot = [0; INT_SLOT];
    put(&mut slot, INT_KEY, &key.to_le_bytes());
    put(&mut slot, INT_POSITION, &position.to_le_bytes());
    slot
}

fn put(slot: &mut [u8], at: usize, bytes: &[u8]) {
    slot[at..at + bytes.len()].copy_from_slice(bytes);
}

/// A string key's slot as the runtime reads it: a [`SHORT_SLOT`] or a [`LONG_SLOT`] (`N`).
#[derive(Clone, Copy)]
pub struct StrSlot<'a, const N: usize>(pub &'a [u8; N]);

impl<const N: usize> StrSlot<'_, N> {
    /// Where the short slot's fields start: after the key's start in a long slot.
    const WORDS: usize = N - SHORT_SLOT;

    /// The key's first word.
    #[inline(always)]
    #[must_use]
    pub fn head(self) -> u64 {
        u64::from_le_bytes(field(self.0, Self::WORDS + HEAD))
    }

    /// The key's last word.
    #[inline(always)]
    #[must_use]
    pub fn tail(self) -> u64 {
        u64::from_le_bytes(field(self.0, Self::WORDS + TAIL))
    }

    /// The key's length in bytes.
    #[inline(always)]
    #[must_use]
    pub fn key_len(self) -> usize {
        u32::from_le_bytes(field(self.0, Self::WORDS + KEY_LEN)) as usize
    }

    /// The entry's position.
    #[inline(always)]
    #[must_use]
    pub fn position(self) -> u32 {
        u32::from_le_bytes(field(self.0, Self::WORDS + STR_POSITION))
    }

    /// Whether a key of `len` bytes with the words `head` and `tail` can be the slot's key.
    /// For a key of at most [`WORDS_KEY`] bytes this decides; a longer key's words are only
    /// its last 16 bytes.
    #[inline(always)]
    #[must_use]
    pub fn matches(self, head: u64, tail: u64, len: usize) -> bool {
        self.head() == head && self.tail() == tail && self.key_len() == len
    }
}

impl StrSlot<'_, LONG_SLOT> {
    /// The key's first 16 bytes, for a key of up to [`PREFIXED_KEY`] bytes.
    #[inline(always)]
    #[must_use]
    pub fn prefix(self) -> [u8; KEY_PREFIX] {
        field(self.0, 0)
    }

    /// Whether `key`'s first 16 bytes are the slot's [`prefix`](Self::prefix): for a key of 17
    /// to [`PREFIXED_KEY`] bytes that [`matches`](StrSlot::matches), whether it is the slot's
    /// key (the words covered its last 16 bytes).
    #[inline(always)]
    #[must_use]
    pub fn same_prefix(self, key: &[u8]) -> bool {
        key.first_chunk::<KEY_PREFIX>() == Some(&self.prefix())
    }

    /// Where the key starts in the table's key text, for a key longer than
    /// [`PREFIXED_KEY`] bytes.
    #[inline(always)]
    #[must_use]
    pub fn key_offset(self) -> usize {
        u32::from_le_bytes(field(self.0, 0)) as usize
    }
}

/// An integer key's slot as the runtime reads it.
#[derive(Clone, Copy)]
pub struct IntSlot<'a>(pub &'a [u8; INT_SLOT]);

impl IntSlot<'_> {
    /// The key.
    #[inline(always)]
    #[must_use]
    pub fn key(self) -> u64 {
        u64::from_le_bytes(field(self.0, INT_KEY))
    }

    /// The entry's position, [`EMPTY`] for an empty slot.
    #[inline(always)]
    #[must_use]
    pub fn position(self) -> u32 {
        u32::from_le_bytes(field(self.0, INT_POSITION))
    }
}

/// The `N` bytes at `at` of a slot (a constant offset, so no bounds check survives inlining).
#[inline(always)]
fn field<const N: usize>(slot: &[u8], at: usize) -> [u8; N] {
    let mut bytes = [0; N];
    bytes.copy_from_slice(&slot[at..at + N]);
    bytes
}

#[cfg(test)]
mod tests {
    use super::{
        EMPTY, EMPTY_SHORT_SLOT, IntSlot, KEY_PREFIX, StrSlot, int_slot, key_prefix,
        key_text_offset, long_slot, short_slot,
    };

    #[test]
    fn slots_read_back_what_was_written() {
        let short = short_slot(1, u64::MAX - 1, 17, 9_999);
        let read = StrSlot(&short);
        assert_eq!(
            (read.head(), read.tail(), read.key_len(), read.position()),
            (1, u64::MAX - 1, 17, 9_999)
        );
        assert!(read.matches(1, u64::MAX - 1, 17));
        assert!(!read.matches(1, u64::MAX - 1, 16));
        assert!(!read.matches(0, u64::MAX - 1, 17));
        assert!(!read.matches(1, u64::MAX, 17));

        let prefixed = long_slot(key_prefix(b"0123456789abcdefXYZ"), short);
        let read = StrSlot(&prefixed);
        assert_eq!(
            (read.head(), read.tail(), read.key_len(), read.position()),
            (1, u64::MAX - 1, 17, 9_999)
        );
        assert_eq!(&read.prefix(), b"0123456789abcdef");
        assert!(read.same_prefix(b"0123456789abcdef-and-more"));
        assert!(!read.same_prefix(b"0123456789abcdeF-and-more"));
        assert!(!read.same_prefix(b"0123456789abcde"));
        assert_eq!(key_prefix(b"abc"), *b"abc\0\0\0\0\0\0\0\0\0\0\0\0\0");
        let text = StrSlot(&long_slot(key_text_offset(70_000), short));
        assert_eq!(text.key_offset(), 70_000);

        for empty in [
            StrSlot(&EMPTY_SHORT_SLOT).matches(0, 0, 0),
            StrSlot(&long_slot([0; KEY_PREFIX], EMPTY_SHORT_SLOT)).matches(0, 0, 0),
        ] {
            assert!(!empty, "the empty key does not match an empty slot");
        }
        let empty = StrSlot(&EMPTY_SHORT_SLOT);
        assert_eq!(
            (
                empty.head(),
                empty.tail(),
                empty.key_len(),
                empty.position()
            ),
            (u64::MAX, u64::MAX, 0, EMPTY)
        );
        let slot = int_slot(Some((u64::MAX, 3)));
        assert_eq!(
            (IntSlot(&slot).key(), IntSlot(&slot).position()),
            (u64::MAX, 3)
        );
        assert_eq!(IntSlot(&int_slot(None)).position(), EMPTY);
    }
}
