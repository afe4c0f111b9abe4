//! Fresh request ids, as a vendor sends one with every response: UUID-v4-looking text from a
//! small PRNG (SplitMix64) seeded from [`RandomState`]'s per-process random keys and advanced
//! by a counter. Not for secrets: a mock only needs ids that differ and look real.

use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::sync::atomic::{AtomicU64, Ordering};

/// SplitMix64's increment (the golden ratio in 64 bits).
const GAMMA: u64 = 0x9e37_79b9_7f4a_7c15;

/// A source of request ids, shared by every connection.
#[derive(Debug)]
pub struct RequestIds {
    seed: u64,
    counter: AtomicU64,
}

impl RequestIds {
    /// A source seeded at random, once per process.
    pub fn new() -> Self {
        RequestIds {
            seed: RandomState::new().hash_one("errcat serve request ids"),
            counter: AtomicU64::new(0),
        }
    }

    /// The next id: `xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx` in lowercase hex, `y` one of
    /// `8 9 a b` (a version-4, RFC 9562 variant UUID), different for every call.
    pub fn next(&self) -> String {
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        // Two consecutive SplitMix64 outputs of the sequence that starts at the seed.
        let state = self
            .seed
            .wrapping_add(n.wrapping_mul(2).wrapping_mul(GAMMA));
        let high = mix(state.wrapping_add(GAMMA));
        let low = mix(state.wrapping_add(GAMMA.wrapping_mul(2)));
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&high.to_be_bytes());
        bytes[8..].copy_from_slice(&low.to_be_bytes());
        bytes[6] = (bytes[6] & 0x0f) | 0x40;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        format_uuid(&bytes)
    }
}

/// SplitMix64's output function.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// `bytes` as `8-4-4-4-12` lowercase hex.
fn format_uuid(bytes: &[u8; 16]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::with_capacity(36);
    for (i, byte) in bytes.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            text.push('-');
        }
        text.push(char::from(HEX[usize::from(byte >> 4)]));
        text.push(char::from(HEX[usize::from(byte & 0x0f)]));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::RequestIds;

    fn looks_like_uuid_v4(id: &str) -> bool {
        let groups: Vec<&str> = id.split('-').collect();
        groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12])
            && id
                .chars()
                .all(|c| c == '-' || c.is_ascii_digit() || ('a'..='f').contains(&c))
            && groups[2].starts_with('4')
            && groups[3].starts_with(['8', '9', 'a', 'b'])
    }

    #[test]
    fn ids_are_uuid_v4_like_and_fresh() {
        let ids = RequestIds::new();
        let many: Vec<String> = (0..1000).map(|_| ids.next()).collect();
        for id in &many {
            assert!(looks_like_uuid_v4(id), "{id}");
        }
        let mut unique = many.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), many.len());
        // Another process (another seed) starts elsewhere.
        assert_ne!(RequestIds::new().next(), RequestIds::new().next());
    }
}
