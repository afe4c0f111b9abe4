//! Compositions of catalogs: one error type over several member catalogs, built in const
//! evaluation from the members' static tables (`compose_catalogs!` writes the calls).
//!
//! A member may live in another crate, so the macro never sees its entries: everything that
//! depends on them (the composed entries, their wire codes, the duplicate-code check) is
//! computed here by `const fn`s, at compile time, in the crate that declares the composition.

use core::fmt;

use crate::code::CodeKind;
use crate::{CatalogInfo, Code, Entry};
use error_catalog_contract::flag;

/// One member of a composed catalog, as [`CatalogInfo::members`] lists them.
///
/// A member's codes reach the composed wire namespace renamed where the composition says so,
/// else behind the member's prefix (none by default).
#[derive(Debug)]
pub struct CatalogMember {
    pub(crate) name: &'static str,
    pub(crate) info: &'static CatalogInfo,
    pub(crate) prefix: &'static str,
    pub(crate) renames: &'static [(&'static str, &'static str)],
}

impl CatalogMember {
    /// The variant that holds this member in the composed types (`Vault`).
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The member catalog.
    #[must_use]
    pub const fn catalog(&self) -> &'static CatalogInfo {
        self.info
    }

    /// The text put before each of the member's codes on the wire (`vault.`), or `""`.
    #[must_use]
    pub const fn prefix(&self) -> &'static str {
        self.prefix
    }

    /// The member's codes given another wire code, as `(member code, wire code)` pairs.
    #[must_use]
    pub const fn renames(&self) -> &'static [(&'static str, &'static str)] {
        self.renames
    }

    /// Whether the member keeps its own codes as they are on the wire.
    const fn is_verbatim(&self) -> bool {
        self.prefix.is_empty() && self.renames.is_empty()
    }

    /// The wire code of member entry `code_text`: `(head, tail)`, to be written one after the
    /// other (prefix and code, or `""` and the rename).
    const fn wire_parts(&self, code_text: &'static str) -> (&'static str, &'static str) {
        let mut i = 0;
        while i < self.renames.len() {
            if str_eq(self.renames[i].0, code_text) {
                return ("", self.renames[i].1);
            }
            i += 1;
        }
        (self.prefix, code_text)
    }

    /// The position of the member entry whose wire code is `code`.
    fn find_wire_code(&self, code: &str) -> Option<usize> {
        for (member_code, wire) in self.renames {
            if *wire == code {
                return self.info.find_code(member_code);
            }
        }
        let rest = code.strip_prefix(self.prefix)?;
        let found = self.info.find_code(rest)?;
        // A renamed code is no longer on the wire under the prefix.
        let renamed = self
            .renames
            .iter()
            .any(|(member_code, _)| *member_code == self.info.entries()[found].code_text);
        (!renamed).then_some(found)
    }
}

/// Finds a wire code in the members, each one after the other.
pub(crate) fn find_code(members: &[CatalogMember], code: &str) -> Option<usize> {
    let mut offset = 0;
    for member in members {
        if let Some(found) = member.find_wire_code(code) {
            return Some(offset + found);
        }
        offset += member.info.entries().len();
    }
    None
}

/// Finds an integer code in members that keep their integer codes.
pub(crate) fn find_int_code(members: &[CatalogMember], code: i128) -> Option<usize> {
    let mut offset = 0;
    for member in members {
        if member.is_verbatim()
            && let Some(found) = member.info.find_int_code(code)
        {
            return Some(offset + found);
        }
        offset += member.info.entries().len();
    }
    None
}

/// Finds the first entry with vendor name `name`.
pub(crate) fn find_name(members: &[CatalogMember], name: &str) -> Option<usize> {
    let mut offset = 0;
    for member in members {
        if let Some(found) = member.info.find_name(name) {
            return Some(offset + found);
        }
        offset += member.info.entries().len();
    }
    None
}

/// The member that holds composed entry `index`, with the entry's position in the member.
pub(crate) fn member_of(
    members: &'static [CatalogMember],
    index: usize,
) -> Option<(&'static CatalogMember, usize)> {
    let mut offset = 0;
    for member in members {
        let len = member.info.entries().len();
        if index < offset + len {
            return Some((member, index - offset));
        }
        offset += len;
    }
    None
}

const fn str_eq(a: &str, b: &str) -> bool {
    bytes_eq(a.as_bytes(), b.as_bytes())
}

const fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// A member as the macro declares it (the hidden, const-built form of [`CatalogMember`]).
#[must_use]
pub const fn member(
    name: &'static str,
    info: &'static CatalogInfo,
    prefix: &'static str,
    renames: &'static [(&'static str, &'static str)],
) -> CatalogMember {
    CatalogMember {
        name,
        info,
        prefix,
        renames,
    }
}

/// The number of entries of all members.
#[must_use]
pub const fn entry_count(members: &[CatalogMember]) -> usize {
    let mut total = 0;
    let mut m = 0;
    while m < members.len() {
        total += members[m].info.entries().len();
        m += 1;
    }
    total
}

/// The members' common locale, or `mul` (ISO 639-2: several languages) when they differ.
#[must_use]
pub const fn locale(members: &[CatalogMember]) -> &'static str {
    if members.is_empty() {
        return "en";
    }
    let first = members[0].info.locale();
    let mut m = 1;
    while m < members.len() {
        if !str_eq(members[m].info.locale(), first) {
            return "mul";
        }
        m += 1;
    }
    first
}

/// Whether member `m` keeps integer codes on the wire.
const fn keeps_int_codes(member: &CatalogMember) -> bool {
    matches!(member.info.code_kind(), CodeKind::Int { .. }) && member.is_verbatim()
}

/// The composed catalog's code kind: integers when every member keeps integer codes.
#[must_use]
pub const fn code_kind(members: &[CatalogMember]) -> CodeKind {
    let mut m = 0;
    while m < members.len() {
        if !keeps_int_codes(&members[m]) {
            return CodeKind::Str;
        }
        m += 1;
    }
    if members.is_empty() {
        CodeKind::Str
    } else {
        members[0].info.code_kind()
    }
}

/// Whether the wire code of `entry` of `member` is written anew (prefixed, renamed or an
/// integer turned into text), rather than kept as the member has it.
const fn rewritten(member: &CatalogMember, entry: &Entry, kind: CodeKind) -> bool {
    entry.code().is_some() && (!member.is_verbatim() || matches!(kind, CodeKind::Str))
}

/// The length of the text holding every rewritten wire code, one after the other.
#[must_use]
pub const fn code_text_len(members: &[CatalogMember]) -> usize {
    let kind = code_kind(members);
    let mut total = 0;
    let mut m = 0;
    while m < members.len() {
        let member = &members[m];
        let entries = member.info.entries();
        let mut e = 0;
        while e < entries.len() {
            if rewritten(member, &entries[e], kind) {
                let (head, tail) = member.wire_parts(entries[e].code_text);
                total += head.len() + tail.len();
            }
            e += 1;
        }
        m += 1;
    }
    total
}

/// The rewritten wire codes, one after the other, in entry order.
#[must_use]
pub const fn code_text<const LEN: usize>(members: &[CatalogMember]) -> [u8; LEN] {
    let kind = code_kind(members);
    let mut out = [0u8; LEN];
    let mut at = 0;
    let mut m = 0;
    while m < members.len() {
        let member = &members[m];
        let entries = member.info.entries();
        let mut e = 0;
        while e < entries.len() {
            if rewritten(member, &entries[e], kind) {
                let (head, tail) = member.wire_parts(entries[e].code_text);
                at = copy_into(&mut out, at, head.as_bytes());
                at = copy_into(&mut out, at, tail.as_bytes());
            }
            e += 1;
        }
        m += 1;
    }
    out
}

const fn copy_into<const LEN: usize>(out: &mut [u8; LEN], mut at: usize, bytes: &[u8]) -> usize {
    let mut i = 0;
    while i < bytes.len() && at < LEN {
        out[at] = bytes[i];
        at += 1;
        i += 1;
    }
    at
}

/// `len` bytes of `text` from `at`, as text. `text` was assembled from whole strings, so every
/// boundary is a character boundary; anything else reads as empty.
const fn slice(text: &'static [u8], at: usize, len: usize) -> &'static str {
    if at + len > text.len() {
        return "";
    }
    let (_, rest) = text.split_at(at);
    let (piece, _) = rest.split_at(len);
    match core::str::from_utf8(piece) {
        Ok(piece) => piece,
        Err(_) => "",
    }
}

/// Whether `text` goes into a JSON string without escaping.
const fn json_plain(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x20 || b == b'"' || b == b'\\' {
            return false;
        }
        i += 1;
    }
    true
}

/// Every member's entries, in member order, with their wire codes rewritten into slices of
/// `text` (the output of [`code_text`]).
#[must_use]
pub const fn entries<const N: usize>(members: &[CatalogMember], text: &'static [u8]) -> [Entry; N] {
    let kind = code_kind(members);
    let mut out = [Entry::PLACEHOLDER; N];
    let mut at = 0;
    let mut n = 0;
    let mut m = 0;
    while m < members.len() {
        let member = &members[m];
        let entries = member.info.entries();
        let mut e = 0;
        while e < entries.len() && n < N {
            let mut entry = entries[e];
            if rewritten(member, &entry, kind) {
                let (head, tail) = member.wire_parts(entry.code_text);
                let len = head.len() + tail.len();
                let code = slice(text, at, len);
                at += len;
                entry.code_text = code;
                entry.code_int = 0;
                entry.flags &= !(flag::CODE_INT | flag::CODE_JSON_PLAIN);
                if json_plain(code) {
                    entry.flags |= flag::CODE_JSON_PLAIN;
                }
            }
            out[n] = entry;
            n += 1;
            e += 1;
        }
        m += 1;
    }
    out
}

/// What is wrong with a pair of members, as a compile-time message (a fixed buffer: const
/// evaluation cannot allocate).
pub struct Conflict {
    text: [u8; Conflict::CAPACITY],
    len: usize,
    found: bool,
}

impl Conflict {
    const CAPACITY: usize = 1024;

    const fn new() -> Self {
        Conflict {
            text: [0; Conflict::CAPACITY],
            len: 0,
            found: false,
        }
    }

    const fn push(&mut self, text: &str) {
        // Cut at a character boundary when the buffer is full.
        let bytes = text.as_bytes();
        if self.len + bytes.len() + 4 > Conflict::CAPACITY {
            if self.len + 3 <= Conflict::CAPACITY && !ends_with_ellipsis(&self.text, self.len) {
                self.len = copy_into(&mut self.text, self.len, "...".as_bytes());
            }
            return;
        }
        self.len = copy_into(&mut self.text, self.len, bytes);
    }

    /// Whether a conflict was found.
    #[must_use]
    pub const fn found(&self) -> bool {
        self.found
    }

    /// The message.
    #[must_use]
    pub const fn message(&self) -> &str {
        let (text, _) = self.text.split_at(self.len);
        match core::str::from_utf8(text) {
            Ok(text) => text,
            Err(_) => "conflicting member catalogs",
        }
    }
}

const fn ends_with_ellipsis(text: &[u8], len: usize) -> bool {
    len >= 3 && text[len - 1] == b'.' && text[len - 2] == b'.' && text[len - 3] == b'.'
}

impl fmt::Debug for Conflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

/// Whether the wire codes of `a`'s entry `ea` and `b`'s entry `eb` are equal, compared by
/// value as within a catalog.
const fn same_wire_code(
    a: &CatalogMember,
    ea: &Entry,
    b: &CatalogMember,
    eb: &Entry,
    kind: CodeKind,
) -> bool {
    match (ea.code(), eb.code()) {
        (Some(Code::Int(x)), Some(Code::Int(y))) if matches!(kind, CodeKind::Int { .. }) => x == y,
        (Some(_), Some(_)) => {
            let (ha, ta) = a.wire_parts(ea.code_text);
            let (hb, tb) = b.wire_parts(eb.code_text);
            concat_eq(ha, ta, hb, tb)
        }
        _ => false,
    }
}

/// Whether `ha + ta == hb + tb`.
const fn concat_eq(ha: &str, ta: &str, hb: &str, tb: &str) -> bool {
    let (ha, ta, hb, tb) = (ha.as_bytes(), ta.as_bytes(), hb.as_bytes(), tb.as_bytes());
    if ha.len() + ta.len() != hb.len() + tb.len() {
        return false;
    }
    let mut i = 0;
    while i < ha.len() + ta.len() {
        let x = if i < ha.len() {
            ha[i]
        } else {
            ta[i - ha.len()]
        };
        let y = if i < hb.len() {
            hb[i]
        } else {
            tb[i - hb.len()]
        };
        if x != y {
            return false;
        }
        i += 1;
    }
    true
}

/// Checks members `a` and `b` of `members` against each other (and `a` against itself when
/// `a == b`, for codes renamed into each other): no wire code twice, and no integer codes
/// beside string codes in one namespace. The macro emits one check per pair, spanned at the
/// later member, so the compile error points at the declaration.
#[must_use]
pub const fn check_pair(members: &[CatalogMember], a: usize, b: usize) -> Conflict {
    let mut conflict = Conflict::new();
    if a >= members.len() || b >= members.len() {
        return conflict;
    }
    let kind = code_kind(members);
    let (ma, mb) = (&members[a], &members[b]);
    if a != b
        && keeps_int_codes(ma) != keeps_int_codes(mb)
        && !ma.info.entries().is_empty()
        && !mb.info.entries().is_empty()
    {
        let (int, text) = if keeps_int_codes(ma) {
            (ma, mb)
        } else {
            (mb, ma)
        };
        conflict.found = true;
        conflict.push("member `");
        conflict.push(int.name);
        conflict.push("` (catalog `");
        conflict.push(int.info.id());
        conflict.push("`) has integer codes and member `");
        conflict.push(text.name);
        conflict.push("` (catalog `");
        conflict.push(text.info.id());
        conflict.push("`) string codes, which cannot share one wire namespace; give `");
        conflict.push(int.name);
        conflict.push("` a `prefix` (its codes become text such as `");
        conflict.push(int.info.id());
        conflict.push(".");
        conflict.push(int.info.entries()[0].code_text);
        conflict.push("`) or `rename` its codes");
        return conflict;
    }
    let ea = ma.info.entries();
    let eb = mb.info.entries();
    // Counted first, so the message says "code" or "codes".
    let mut count = 0;
    let mut pass = 0;
    while pass < 2 {
        if pass == 1 && count > 0 {
            conflict.found = true;
            conflict.push(if count == 1 {
                "duplicate wire code"
            } else {
                "duplicate wire codes"
            });
        }
        let mut written = 0;
        let mut i = 0;
        while i < ea.len() {
            let mut j = if a == b { i + 1 } else { 0 };
            while j < eb.len() {
                if same_wire_code(ma, &ea[i], mb, &eb[j], kind) {
                    if pass == 0 {
                        count += 1;
                    } else {
                        if written > 0 {
                            conflict.push(",");
                        }
                        written += 1;
                        let (head, tail) = ma.wire_parts(ea[i].code_text);
                        conflict.push(" `");
                        conflict.push(head);
                        conflict.push(tail);
                        conflict.push("`");
                    }
                }
                j += 1;
            }
            i += 1;
        }
        pass += 1;
    }
    if count > 0 {
        if a == b {
            conflict.push(" in member `");
            conflict.push(ma.name);
            conflict.push("` (catalog `");
            conflict.push(ma.info.id());
            conflict.push("`): a `rename` gives two of its entries one code");
        } else {
            conflict.push(" in member catalogs `");
            conflict.push(ma.info.id());
            conflict.push("` (`");
            conflict.push(ma.name);
            conflict.push("`) and `");
            conflict.push(mb.info.id());
            conflict.push("` (`");
            conflict.push(mb.name);
            conflict.push(
                "`); give one member a `prefix`, or `rename` the codes, so each means one thing on the wire",
            );
        }
    }
    conflict
}

/// Checks that every `rename` of `member` names one of its codes.
#[must_use]
pub const fn check_renames(members: &[CatalogMember], m: usize) -> Conflict {
    let mut conflict = Conflict::new();
    if m >= members.len() {
        return conflict;
    }
    let member = &members[m];
    let entries = member.info.entries();
    let mut r = 0;
    while r < member.renames.len() {
        let mut known = false;
        let mut e = 0;
        while e < entries.len() {
            if entries[e].code().is_some() && str_eq(entries[e].code_text, member.renames[r].0) {
                known = true;
            }
            e += 1;
        }
        if !known {
            conflict.found = true;
            conflict.push("`rename` names code `");
            conflict.push(member.renames[r].0);
            conflict.push("`, which member catalog `");
            conflict.push(member.info.id());
            conflict.push("` does not define");
            return conflict;
        }
        r += 1;
    }
    conflict
}
