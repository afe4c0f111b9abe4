//! Code lookup: the generated `from_code` (a compile-time perfect hash) against a plain
//! `match`, a `phf::Map` and a `std::collections::HashMap`, side by side, at 50, 1,000 and
//! 10,000 entries, for hits, misses and near-misses.
//!
//! Key kinds: codes sharing a long prefix (`SCM.00001`..`SCM.10000`), snake_case words
//! (`root_certificate_revoked`) and sparse seven-digit `u32` codes. Misses have the shape of
//! hits (`SCM.43117`, another word combination, another seven-digit number); a near-miss is a
//! hit with its last byte changed (`SCM.0004x`, `secret_not_founx`, `code ± 1`).
//!
//! Every iteration looks up the next key of a list of 16,384 drawn at random from the set, so
//! the branch predictor cannot learn one key; the reported time is per lookup.
//!
//! `cargo bench --bench lookup` (filter with e.g. `-- str_prefix`). The catalogs, `match` fns
//! and `phf` maps come from the package's `build.rs`.

use std::collections::HashMap;
use std::fmt;
use std::hash::Hash;

use divan::Bencher;

#[allow(dead_code, clippy::all)]
mod fixtures {
    include!(concat!(env!("OUT_DIR"), "/bench_fixtures.rs"));
}

fn main() {
    divan::main();
}

/// How many keys each benchmark cycles through.
const QUERIES: usize = 16_384;

/// One catalog with its baselines and key sets.
trait Fixture {
    type Key: Copy + Eq + Hash + fmt::Debug + phf_shared_key::Get + 'static;
    /// `HITS[i]` is the code of entry `i`.
    const HITS: &'static [Self::Key];
    const MISSES: &'static [Self::Key];
    const NEAR_MISSES: &'static [Self::Key];
    fn ours(key: Self::Key) -> Option<usize>;
    fn by_match(key: Self::Key) -> Option<usize>;
    fn phf(key: Self::Key) -> Option<usize>;
}

/// `phf::Map::get` takes a borrowed key: `&str` for string keys, `&u32` for integers.
mod phf_shared_key {
    pub trait Get {
        fn get(self, map: &'static phf::Map<Self, usize>) -> Option<usize>
        where
            Self: Sized;
    }

    impl Get for &'static str {
        #[inline]
        fn get(self, map: &'static phf::Map<Self, usize>) -> Option<usize> {
            map.get(self).copied()
        }
    }

    impl Get for u32 {
        #[inline]
        fn get(self, map: &'static phf::Map<Self, usize>) -> Option<usize> {
            map.get(&self).copied()
        }
    }
}

macro_rules! fixture {
    ($name:ident, $module:ident, $key:ty) => {
        struct $name;

        impl Fixture for $name {
            type Key = $key;
            const HITS: &'static [$key] = &fixtures::$module::HITS;
            const MISSES: &'static [$key] = &fixtures::$module::MISSES;
            const NEAR_MISSES: &'static [$key] = &fixtures::$module::NEAR_MISSES;

            #[inline]
            fn ours(key: $key) -> Option<usize> {
                fixtures::$module::ours(key)
            }

            #[inline]
            fn by_match(key: $key) -> Option<usize> {
                fixtures::$module::by_match(key)
            }

            #[inline]
            fn phf(key: $key) -> Option<usize> {
                phf_shared_key::Get::get(key, &fixtures::$module::PHF)
            }
        }
    };
}

fixture!(Prefix50, str_prefix_50, &'static str);
fixture!(Prefix1000, str_prefix_1000, &'static str);
fixture!(Prefix10000, str_prefix_10000, &'static str);
fixture!(Snake50, str_snake_50, &'static str);
fixture!(Snake1000, str_snake_1000, &'static str);
fixture!(Snake10000, str_snake_10000, &'static str);
fixture!(Int50, int_50, u32);
fixture!(Int1000, int_1000, u32);
fixture!(Int10000, int_10000, u32);

/// The lookup implementation under measurement.
#[derive(Clone, Copy, Debug)]
enum Impl {
    /// The generated `XxxCode::from_code`.
    Ours,
    /// A generated `match` on the code.
    Match,
    /// A `phf::Map` built by `phf_codegen`.
    Phf,
    /// `std::collections::HashMap` (SipHash-1-3), built at start-up.
    HashMap,
}

impl fmt::Display for Impl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Impl::Ours => "ours",
            Impl::Match => "match",
            Impl::Phf => "phf",
            Impl::HashMap => "hashmap",
        })
    }
}

const IMPLS: [Impl; 4] = [Impl::Ours, Impl::Match, Impl::Phf, Impl::HashMap];

/// `QUERIES` keys drawn from `set` (with a fixed seed, so every run measures the same list).
fn queries<K: Copy>(set: &[K]) -> Vec<K> {
    let mut state: u64 = 0x0DDB_1A5E_5BAD_5EED;
    (0..QUERIES)
        .map(|_| {
            // xorshift64*
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            let draw = state.wrapping_mul(0x2545_F491_4F6C_DD1D);
            set[((u128::from(draw) * set.len() as u128) >> 64) as usize]
        })
        .collect()
}

fn run<F: Fixture>(bencher: Bencher, set: &'static [F::Key], imp: Impl) {
    let queries = queries(set);
    let map: HashMap<F::Key, usize> = F::HITS
        .iter()
        .enumerate()
        .map(|(i, &key)| (key, i))
        .collect();
    match imp {
        Impl::Ours => measure(bencher, &queries, &map, F::ours),
        Impl::Match => measure(bencher, &queries, &map, F::by_match),
        Impl::Phf => measure(bencher, &queries, &map, F::phf),
        Impl::HashMap => measure(bencher, &queries, &map, |key| map.get(&key).copied()),
    }
}

/// Checks `lookup` against the `HashMap` on every query, then times it one query per iteration.
fn measure<K: Copy + Eq + Hash + fmt::Debug>(
    bencher: Bencher,
    queries: &[K],
    expected: &HashMap<K, usize>,
    lookup: impl Fn(K) -> Option<usize>,
) {
    for &key in queries {
        assert_eq!(lookup(key), expected.get(&key).copied(), "{key:?}");
    }
    let mut next = 0;
    bencher
        .with_inputs(|| {
            let key = queries[next];
            next = (next + 1) % queries.len();
            key
        })
        .bench_local_values(|key| lookup(divan::black_box(key)));
}

/// Codes sharing the prefix `SCM.` (`SCM.00001`..`SCM.10000`).
#[divan::bench_group(sample_count = 200, sample_size = 1024)]
mod str_prefix {
    use super::*;

    #[divan::bench(types = [Prefix50, Prefix1000, Prefix10000], args = IMPLS)]
    fn hit<F: Fixture>(bencher: Bencher, imp: Impl) {
        run::<F>(bencher, F::HITS, imp);
    }

    #[divan::bench(types = [Prefix50, Prefix1000, Prefix10000], args = IMPLS)]
    fn miss<F: Fixture>(bencher: Bencher, imp: Impl) {
        run::<F>(bencher, F::MISSES, imp);
    }

    #[divan::bench(types = [Prefix50, Prefix1000, Prefix10000], args = IMPLS)]
    fn near_miss<F: Fixture>(bencher: Bencher, imp: Impl) {
        run::<F>(bencher, F::NEAR_MISSES, imp);
    }
}

/// snake_case codes (`secret_not_found`).
#[divan::bench_group(sample_count = 200, sample_size = 1024)]
mod str_snake {
    use super::*;

    #[divan::bench(types = [Snake50, Snake1000, Snake10000], args = IMPLS)]
    fn hit<F: Fixture>(bencher: Bencher, imp: Impl) {
        run::<F>(bencher, F::HITS, imp);
    }

    #[divan::bench(types = [Snake50, Snake1000, Snake10000], args = IMPLS)]
    fn miss<F: Fixture>(bencher: Bencher, imp: Impl) {
        run::<F>(bencher, F::MISSES, imp);
    }

    #[divan::bench(types = [Snake50, Snake1000, Snake10000], args = IMPLS)]
    fn near_miss<F: Fixture>(bencher: Bencher, imp: Impl) {
        run::<F>(bencher, F::NEAR_MISSES, imp);
    }
}

/// Sparse seven-digit `u32` codes (`from_code(u32)`).
#[divan::bench_group(sample_count = 200, sample_size = 1024)]
mod int {
    use super::*;

    #[divan::bench(types = [Int50, Int1000, Int10000], args = IMPLS)]
    fn hit<F: Fixture>(bencher: Bencher, imp: Impl) {
        run::<F>(bencher, F::HITS, imp);
    }

    #[divan::bench(types = [Int50, Int1000, Int10000], args = IMPLS)]
    fn miss<F: Fixture>(bencher: Bencher, imp: Impl) {
        run::<F>(bencher, F::MISSES, imp);
    }

    #[divan::bench(types = [Int50, Int1000, Int10000], args = IMPLS)]
    fn near_miss<F: Fixture>(bencher: Bencher, imp: Impl) {
        run::<F>(bencher, F::NEAR_MISSES, imp);
    }
}
