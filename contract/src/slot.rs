//! The byte layout of the perfect hash tables' slots: the macro writes each table as byte
//! strings with [`str_slot`] and [`int_slot`], the runtime reads them with [`StrSlot`] and
//! [`IntSlot`]. All numbers are little-endian, so a table reads the same on every target.

/// The bytes of a string key's slot: its first and last words (see
/// [`key_words`](crate::hash::key_words)), its offset and length in the index's key text,
/// its entry position, and four bytes of padding, so two slots make a cache line.
pub const STR_SLOT: usize = 32;

/// The bytes of a key prefix: the first 16 bytes of a key, zero-padded. A table holding a
/// key longer than 16 bytes has one prefix per slot, in slot order, so that a lookup reads
/// it beside the slot (both at addresses the hash gives) rather than after it (at the offset
/// the slot holds): for keys of up to 32 bytes, the slot's last 16 bytes and the prefix's
/// first 16 cover the whole key. Longer keys are compared with the key text.
pub const KEY_PREFIX: usize = 16;

/// The longest key a slot's two words (its first and last words) hold whole: a table whose
/// keys are all this short has no prefixes, and a lookup of such a key reads nothing else.
pub const WORDS_KEY: usize = 16;

/// The longest key the slot and its prefix compare whole.
pub const PREFIXED_KEY: usize = WORDS_KEY + KEY_PREFIX;

/// The prefix of `key` (see [`KEY_PREFIX`]); all zeros for an empty slot.
#[must_use]
pub fn key_prefix(key: Option<&[u8]>) -> [u8; KEY_PREFIX] {
    let mut prefix = [0; KEY_PREFIX];
    if let Some(key) = key {
        let len = key.len().min(KEY_PREFIX);
        prefix[..len].copy_from_slice(&key[..len]);
    }
    prefix
}

/// The bytes of an integer key's slot: the key, its entry position, four bytes of padding.
pub const INT_SLOT: usize = 16;

/// The position of an empty slot, which no entry has.
pub const EMPTY: u32 = u32::MAX;

const HEAD: usize = 0;
const TAIL: usize = 8;
const KEY_OFFSET: usize = 16;
const KEY_LEN: usize = 20;
const STR_POSITION: usize = 24;
const INT_KEY: usize = 0;
const INT_POSITION: usize = 8;

/// The slot of a string key: its words `head` and `tail`, where it starts in the key text and
/// how long it is, and the entry's `position`.
#[must_use]
pub fn str_slot(head: u64, tail: u64, offset: u32, len: u32, position: u32) -> [u8; STR_SLOT] {
    let mut slot = [0; STR_SLOT];
    put(&mut slot, HEAD, &head.to_le_bytes());
    put(&mut slot, TAIL, &tail.to_le_bytes());
    put(&mut slot, KEY_OFFSET, &offset.to_le_bytes());
    put(&mut slot, KEY_LEN, &len.to_le_bytes());
    put(&mut slot, STR_POSITION, &position.to_le_bytes());
    slot
}

/// An empty string slot: words `!0` and `!0` with length 0, which no key has.
pub const EMPTY_STR_SLOT: [u8; STR_SLOT] = {
    let mut slot = [0; STR_SLOT];
    let mut at = 0;
    while at < KEY_OFFSET {
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

/// A string key's slot as the runtime reads it.
#[derive(Clone, Copy)]
pub struct StrSlot<'a>(pub &'a [u8; STR_SLOT]);

impl StrSlot<'_> {
    /// The key's first word.
    #[inline(always)]
    #[must_use]
    pub fn head(self) -> u64 {
        u64::from_le_bytes(field(self.0, HEAD))
    }

    /// The key's last word.
    #[inline(always)]
    #[must_use]
    pub fn tail(self) -> u64 {
        u64::from_le_bytes(field(self.0, TAIL))
    }

    /// Where the key starts in the index's key text.
    #[inline(always)]
    #[must_use]
    pub fn key_offset(self) -> usize {
        u32::from_le_bytes(field(self.0, KEY_OFFSET)) as usize
    }

    /// The key's length in bytes.
    #[inline(always)]
    #[must_use]
    pub fn key_len(self) -> usize {
        u32::from_le_bytes(field(self.0, KEY_LEN)) as usize
    }

    /// The entry's position.
    #[inline(always)]
    #[must_use]
    pub fn position(self) -> u32 {
        u32::from_le_bytes(field(self.0, STR_POSITION))
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
    use super::{EMPTY, EMPTY_STR_SLOT, IntSlot, StrSlot, int_slot, str_slot};

    #[test]
    fn slots_read_back_what_was_written() {
        let slot = str_slot(1, u64::MAX - 1, 70_000, 17, 9_999);
        let read = StrSlot(&slot);
        assert_eq!(
            (
                read.head(),
                read.tail(),
                read.key_offset(),
                read.key_len(),
                read.position()
            ),
            (1, u64::MAX - 1, 70_000, 17, 9_999)
        );
        let empty = StrSlot(&EMPTY_STR_SLOT);
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
