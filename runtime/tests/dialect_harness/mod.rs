//! A fuzz harness for any dialect, through the public API only (nothing hidden): random and
//! mutated bodies and headers against a dialect's reader, checking that no input panics and
//! that every failure is a typed error naming the dialect. Deterministic (a fixed xorshift
//! seed) and bounded by a count, not a time budget.
//!
//! Used by `runtime/tests/dialect_fuzz.rs` for the built-in dialects and, through
//! `#[path]`, by the workspace's `tests/user_dialect.rs` for a dialect written outside the
//! runtime.

#![allow(dead_code)]

use std::panic::{AssertUnwindSafe, catch_unwind};

use error_catalog::WireError;
use error_catalog::dialect::{Context, DynDialect, Exposure, Incoming};
use http::{HeaderMap, HeaderName, HeaderValue, StatusCode};

/// xorshift64*: small, fast and good enough to pick mutations.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        usize::try_from(self.next() % n as u64).unwrap_or(0)
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const JUNK: &[&[u8]] = &[
    b"\xff",
    b"\xc0\x80",
    b"\x80",
    b"\xed\xa0\x80",
    b"\xf4\x90\x80\x80",
    b"\0",
    b"\"",
    b"\\",
    b"\\u",
    b"\\ud800",
    b"{",
    b"}",
    b"[",
    b"]",
    b":",
    b",",
    b"null",
    b"true",
    b"1e999",
    b"-0",
    b"18446744073709551616",
    b"99999999999999999999999999999999",
    b"-9223372036854775809",
    b"1.5",
    b"[]",
    b"{}",
    b"\"\"",
    b"<",
    b">",
    b"&",
    b"&unknown;",
    b"&#0;",
    b"&#x110000;",
    b"<![CDATA[",
    b"]]>",
    b"<!DOCTYPE x [<!ENTITY e \"boom\">]>",
    b"</error>",
    b"<error>",
    "：".as_bytes(),
    "中".as_bytes(),
    "\u{2028}".as_bytes(),
];

const WRONG_TYPES: &[(&[u8], &[u8])] = &[
    (b"\"secret_not_found\"", b"[1,2]"),
    (b"40013", b"\"40013\""),
    (b"40013", b"{\"a\":1}"),
    (b"403", b"\"403\""),
    (b"403", b"4030000"),
    (b"\"retry\"", b"7"),
    (b"{\"path\"", b"[{\"path\""),
    (b"\"message\":", b"\"message\":null,\"x\":"),
    (b"\"details\":{", b"\"details\":[{"),
];

pub fn mutate(rng: &mut Rng, corpus: &[Vec<u8>]) -> Vec<u8> {
    let mut body = rng.pick(corpus).clone();
    let rounds = 1 + rng.below(3);
    for _ in 0..rounds {
        match rng.below(10) {
            0 => body.truncate(rng.below(body.len() + 1)),
            1 => {
                for _ in 0..=rng.below(4) {
                    if !body.is_empty() {
                        let at = rng.below(body.len());
                        body[at] ^= 1 << rng.below(8);
                    }
                }
            }
            2 | 3 => {
                let at = rng.below(body.len() + 1);
                let junk = rng.pick(JUNK);
                body.splice(at..at, junk.iter().copied());
            }
            4 => {
                // Deep nesting.
                let depth = 1 + rng.below(20_000);
                let (open, close): (&[u8], &[u8]) = match rng.below(3) {
                    0 => (b"[", b"]"),
                    1 => (b"{\"a\":", b"}"),
                    _ => (b"<a>", b"</a>"),
                };
                let at = rng.below(body.len() + 1);
                let mut nested = open.repeat(depth);
                if rng.below(2) == 0 {
                    nested.extend(close.repeat(depth));
                }
                body.splice(at..at, nested);
            }
            5 => {
                let (from, to) = rng.pick(WRONG_TYPES);
                if let Some(at) = body.windows(from.len()).position(|w| w == *from) {
                    body.splice(at..at + from.len(), to.iter().copied());
                }
            }
            6 => {
                // Random bytes.
                let len = rng.below(64);
                body = (0..len).map(|_| (rng.next() & 0xff) as u8).collect();
            }
            7 => {
                // Duplicate a slice.
                if !body.is_empty() {
                    let start = rng.below(body.len());
                    let end = start + rng.below(body.len() - start + 1);
                    let copy = body[start..end].to_vec();
                    let at = rng.below(body.len() + 1);
                    body.splice(at..at, copy);
                }
            }
            8 => {
                // Drop a slice.
                if !body.is_empty() {
                    let start = rng.below(body.len());
                    let end = start + rng.below(body.len() - start + 1);
                    body.drain(start..end);
                }
            }
            _ => body.clear(),
        }
    }
    body
}

/// Headers the built-in dialects read; a harness run adds its dialects' own.
pub const HEADER_NAMES: &[&str] = &[
    "scms-poc-error",
    "scms-poc-error-message",
    "x-request-id",
    "adobe-request-id",
    "retry-after",
    "content-type",
];

const HEADER_VALUES: &[&[u8]] = &[
    b"5065",
    b"raNoCertFileAvailable",
    b"pcaInvalidInputValueFormat",
    b"laEncFailure",
    b"",
    b"  ",
    b"\xff\xfe",
    b"\xe4\xb8\xad",
    b"application/xml",
    b"application/json",
    b"text/html",
    b"45",
    b"-1",
    b"99999999999999999999999",
    b"Wed, 21 Oct 2015 07:28:00 GMT",
    b"\t5065\t",
];

pub fn headers(rng: &mut Rng, names: &[&'static str]) -> HeaderMap {
    let mut map = HeaderMap::new();
    for _ in 0..rng.below(4) {
        let name = HeaderName::from_static(names[rng.below(names.len())]);
        let value: Vec<u8> = if rng.below(4) == 0 {
            (0..rng.below(16))
                .map(|_| (rng.next() & 0xff) as u8)
                .collect()
        } else {
            rng.pick(HEADER_VALUES).to_vec()
        };
        if let Ok(value) = HeaderValue::from_bytes(&value) {
            map.insert(name, value);
        }
    }
    map
}

/// Every sample rendered in every dialect, with a context that sends everything: the bodies
/// to mutate.
pub fn corpus(dialects: &[&dyn DynDialect], samples: &[&dyn WireError]) -> Vec<Vec<u8>> {
    let cx = Context::new()
        .with_request_id("req_abc")
        .with_detail("keyId : 0000009")
        .with_details(&[("fields", "name")])
        .with_exposure(Exposure::Always);
    let mut corpus = Vec::new();
    for error in samples {
        for dialect in dialects {
            let mut body = Vec::new();
            let _ = dialect.render_dyn(*error, &cx, &mut body);
            if !body.is_empty() {
                corpus.push(body);
            }
        }
    }
    corpus
}

/// Reads `runs` mutated inputs with every dialect, and hands each input to `extra` (typed
/// parses, helpers) too. Panics if anything panics, or if a reader fails without naming its
/// dialect or without a description. Returns how many reads failed.
pub fn fuzz(
    dialects: &[&dyn DynDialect],
    corpus: &[Vec<u8>],
    header_names: &[&'static str],
    runs: usize,
    extra: &dyn Fn(&dyn DynDialect, &Incoming<'_>),
) -> usize {
    let mut names: Vec<&'static str> = HEADER_NAMES.to_vec();
    names.extend_from_slice(header_names);
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let statuses = [400, 401, 403, 404, 429, 500, 200, 599];
    let mut errors = 0usize;
    for _ in 0..runs {
        let body = mutate(&mut rng, corpus);
        let headers = headers(&mut rng, &names);
        let status = StatusCode::from_u16(*rng.pick(&statuses)).unwrap_or(StatusCode::BAD_REQUEST);
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            let incoming = Incoming::new(status, &headers, &body);
            let mut failed = 0;
            for dialect in dialects {
                if let Err(error) = dialect.read_dyn(&incoming) {
                    assert!(!error.to_string().is_empty());
                    assert_eq!(error.dialect(), dialect.name());
                    failed += 1;
                }
                extra(*dialect, &incoming);
            }
            failed
        }));
        match outcome {
            Ok(count) => errors += count,
            Err(_) => panic!(
                "a parser panicked on status {status}, headers {headers:?}, body {:?}",
                String::from_utf8_lossy(&body)
            ),
        }
    }
    errors
}
