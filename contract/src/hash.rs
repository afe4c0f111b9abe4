//! The hash behind the compile-time perfect hash tables.
//!
//! The macro places the keys with these functions at expansion time and the runtime finds
//! them again with the same functions: both must agree bit for bit.

const MUL: u64 = 0x9E37_79B9_7F4A_7C15;
const MUL2: u64 = 0xD6E8_FEB8_6659_FD93;

#[inline(always)]
fn fold(a: u64, b: u64) -> u64 {
    let wide = u128::from(a) * u128::from(b);
    (wide as u64) ^ ((wide >> 64) as u64)
}

/// The little-endian word at `at..at + 8`.
#[inline(always)]
pub fn word(bytes: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(w)
}

#[inline(always)]
fn half(bytes: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 4];
    w.copy_from_slice(&bytes[at..at + 4]);
    u64::from(u32::from_le_bytes(w))
}

/// The first and last words of a key of at most 16 bytes, overlapping: with the length they
/// determine the key. A longer key gives the words of its last 16 bytes.
#[inline(always)]
pub fn key_words(bytes: &[u8]) -> (u64, u64) {
    let len = bytes.len();
    if len > 16 {
        (word(bytes, len - 16), word(bytes, len - 8))
    } else if len >= 8 {
        (word(bytes, 0), word(bytes, len - 8))
    } else if len >= 4 {
        (half(bytes, 0), half(bytes, len - 4))
    } else if len > 0 {
        let a = (u64::from(bytes[0]) << 16)
            | (u64::from(bytes[len / 2]) << 8)
            | u64::from(bytes[len - 1]);
        (a, 0)
    } else {
        (0, 0)
    }
}

/// Hashes bytes sixteen at a time (two words per multiply); the last block is read
/// overlapping the one before, so there is no byte-by-byte tail. Also returns the key's
/// [`key_words`].
#[inline(always)]
pub fn hash_words(bytes: &[u8], seed: u64) -> (u64, u64, u64) {
    let len = bytes.len();
    let mut s = seed ^ (len as u64).wrapping_mul(MUL);
    let mut at = 0;
    while len - at > 16 {
        s = fold(word(bytes, at) ^ MUL2, word(bytes, at + 8) ^ s);
        at += 16;
    }
    let (a, b) = key_words(bytes);
    (fold(a ^ s, b ^ s.rotate_left(32) ^ MUL2), a, b)
}

/// The 64-bit key under which an integer code is stored in a catalog's table.
///
/// A catalog's codes all have one declared type, so they are either all signed (`i16` to
/// `i64`: the key is the two's-complement bits of the `i64`) or all unsigned (`u16` to
/// `u64`: the key is the value). `None` when `value` is outside that kind's range, so a
/// negative code never finds an unsigned entry with the same bits, nor the reverse.
#[inline(always)]
#[must_use]
pub fn int_key(value: i128, signed: bool) -> Option<u64> {
    if signed {
        // The cast reinterprets the two's-complement bits; no value is lost.
        i64::try_from(value).ok().map(|value| value as u64)
    } else {
        u64::try_from(value).ok()
    }
}

/// Hashes an integer code's key (see [`int_key`]).
#[inline(always)]
#[must_use]
pub fn hash_int(key: u64, seed: u64) -> u64 {
    fold(fold(key ^ seed, MUL2), MUL)
}

/// Maps a hash uniformly onto `0..len` with a multiply instead of a division.
#[inline(always)]
pub fn reduce(hash: u64, len: usize) -> usize {
    ((u128::from(hash) * len as u128) >> 64) as usize
}

/// The slot of a key with hash `hash` in its bucket's displacement `pilot`.
#[inline(always)]
pub fn slot(hash: u64, pilot: u32, len: usize) -> usize {
    reduce(hash ^ u64::from(pilot).wrapping_mul(MUL), len)
}

/// The bucket of a key with hash `hash` among `buckets` buckets.
#[inline(always)]
pub fn bucket(hash: u64, buckets: usize) -> usize {
    reduce(hash.rotate_left(32), buckets)
}

#[cfg(test)]
mod tests {
    use super::int_key;

    #[test]
    fn int_keys_cover_each_kind_and_nothing_outside_it() {
        assert_eq!(int_key(u64::MAX.into(), false), Some(u64::MAX));
        assert_eq!(int_key(-1, false), None);
        assert_eq!(int_key(i128::from(u64::MAX) + 1, false), None);
        assert_eq!(int_key(-1, true), Some(u64::MAX));
        assert_eq!(int_key(i64::MIN.into(), true), Some(1 << 63));
        assert_eq!(int_key(i128::from(i64::MAX) + 1, true), None);
        assert_eq!(int_key(i128::from(i64::MIN) - 1, true), None);
    }
}
