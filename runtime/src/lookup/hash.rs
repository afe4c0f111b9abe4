//! The hash behind the compile-time perfect hash tables.
//!
//! This one file is compiled twice: by the macro crate (`#[path]`), which places the keys
//! at expansion time, and by the runtime, which finds them again. Both must agree bit for
//! bit, so it depends on nothing but `core`.

const MUL: u64 = 0x9E37_79B9_7F4A_7C15;
const MUL2: u64 = 0xD6E8_FEB8_6659_FD93;

#[inline]
fn fold(a: u64, b: u64) -> u64 {
    let wide = u128::from(a) * u128::from(b);
    (wide as u64) ^ ((wide >> 64) as u64)
}

/// Hashes bytes eight at a time (a word per multiply), the tail as one partial word.
#[inline]
pub fn hash_bytes(bytes: &[u8], seed: u64) -> u64 {
    let mut h = seed ^ (bytes.len() as u64).wrapping_mul(MUL);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = fold(h ^ u64::from_le_bytes(word), MUL2);
    }
    let tail = chunks.remainder();
    if !tail.is_empty() {
        let mut word = [0u8; 8];
        word[..tail.len()].copy_from_slice(tail);
        h = fold(h ^ u64::from_le_bytes(word), MUL2);
    }
    fold(h, MUL)
}

/// Hashes an integer code.
#[inline]
pub fn hash_int(value: i64, seed: u64) -> u64 {
    fold(fold((value as u64) ^ seed, MUL2), MUL)
}

/// Maps a hash uniformly onto `0..len` with a multiply instead of a division.
#[inline]
pub fn reduce(hash: u64, len: usize) -> usize {
    ((u128::from(hash) * len as u128) >> 64) as usize
}

/// The slot of a key with hash `hash` in its bucket's displacement `pilot`.
#[inline]
pub fn slot(hash: u64, pilot: u32, len: usize) -> usize {
    reduce(fold(hash ^ u64::from(pilot).wrapping_mul(MUL), MUL2), len)
}

/// The bucket of a key with hash `hash` among `buckets` buckets.
#[inline]
pub fn bucket(hash: u64, buckets: usize) -> usize {
    reduce(hash.rotate_left(32), buckets)
}
