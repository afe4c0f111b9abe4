//! Builds the perfect hash tables behind code and name lookup, at expansion time.
//!
//! Keys are spread over buckets; buckets are placed largest first, each trying displacement
//! values ("pilots") until all its keys land in free slots (hash-and-displace, as in CHD and
//! PTHash). Building is expected linear in the number of keys; the lookup side lives in the
//! runtime's `lookup` module and shares the hash functions through [`hash`].

pub use error_catalog_contract::hash;

/// A placed table: `slots[i]` holds the key and value stored at slot `i`, if any.
pub struct Table<K> {
    pub seed: u64,
    pub pilots: Vec<u16>,
    pub slots: Vec<Option<(K, u32)>>,
}

/// Pilots tried per bucket before a new seed is drawn: every `u16`, the pilots' type.
const MAX_PILOT: u32 = 1 << 16;
/// Seeds tried before giving up (with distinct keys, the first one practically always works).
const MAX_SEEDS: u64 = 64;

/// Places `entries` (distinct keys with their values) so each is found in one probe.
/// `None` only if no seed worked, which distinct keys make vanishingly unlikely.
pub fn build<K: Clone>(entries: &[(K, u32)], hash_of: impl Fn(&K, u64) -> u64) -> Option<Table<K>> {
    if entries.is_empty() {
        return Some(Table {
            seed: 0,
            pilots: Vec::new(),
            slots: Vec::new(),
        });
    }
    let n = entries.len();
    let slot_count = n + n / 8 + 1;
    let bucket_count = n / 3 + 1;
    (0..MAX_SEEDS).find_map(|attempt| {
        let seed = attempt.wrapping_mul(0xA076_1D64_78BD_642F) ^ 0xE703_7ED1_A0B4_28DB;
        let hashes: Vec<u64> = entries.iter().map(|(key, _)| hash_of(key, seed)).collect();
        place(&hashes, slot_count, bucket_count).map(|(pilots, positions)| {
            let mut slots = vec![None; slot_count];
            for (entry, position) in entries.iter().zip(positions) {
                slots[position] = Some(entry.clone());
            }
            Table {
                seed,
                pilots,
                slots,
            }
        })
    })
}

/// Finds a pilot for every bucket; returns the pilots and each key's slot.
fn place(hashes: &[u64], slot_count: usize, bucket_count: usize) -> Option<(Vec<u16>, Vec<usize>)> {
    let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); bucket_count];
    for (key, &h) in hashes.iter().enumerate() {
        buckets[hash::bucket(h, bucket_count)].push(key);
    }
    let mut order: Vec<usize> = (0..bucket_count).collect();
    order.sort_by_key(|&b| std::cmp::Reverse(buckets[b].len()));

    let mut pilots = vec![0u16; bucket_count];
    let mut taken = vec![false; slot_count];
    let mut positions = vec![0usize; hashes.len()];
    let mut candidate: Vec<usize> = Vec::new();
    for b in order {
        let keys = &buckets[b];
        if keys.is_empty() {
            break;
        }
        let pilot = (0..MAX_PILOT).find(|&pilot| {
            candidate.clear();
            for &key in keys {
                let slot = hash::slot(hashes[key], pilot, slot_count);
                if taken[slot] || candidate.contains(&slot) {
                    return false;
                }
                candidate.push(slot);
            }
            true
        })?;
        pilots[b] = u16::try_from(pilot).ok()?;
        for (&key, &slot) in keys.iter().zip(&candidate) {
            taken[slot] = true;
            positions[key] = slot;
        }
    }
    Some((pilots, positions))
}

#[cfg(test)]
mod tests {
    use super::{build, hash};

    fn find(table: &super::Table<String>, key: &str) -> Option<u32> {
        let h = hash::hash_words(key.as_bytes(), table.seed).0;
        let pilot = table.pilots[hash::bucket(h, table.pilots.len())];
        match &table.slots[hash::slot(h, u32::from(pilot), table.slots.len())] {
            Some((stored, value)) if stored == key => Some(*value),
            _ => None,
        }
    }

    #[test]
    fn every_key_is_found_and_others_are_not() {
        for n in [1usize, 2, 3, 50, 1000, 10_000] {
            let keys: Vec<(String, u32)> =
                (0..n).map(|i| (format!("SCM.{i:05}"), i as u32)).collect();
            let table =
                build(&keys, |k, seed| hash::hash_words(k.as_bytes(), seed).0).expect("placed");
            for (key, value) in &keys {
                assert_eq!(find(&table, key), Some(*value), "{key}");
            }
            assert_eq!(find(&table, "SCM.x"), None);
            assert_eq!(find(&table, ""), None);
        }
    }
}
