//! JSON writing for the fast path (byte-for-byte what `serde_json` writes), and the serde
//! types the JSON envelopes share: the code and the `details` object.
//!
//! A dialect writes its body member by member: static punctuation as byte strings, and every
//! value through these functions, which escape exactly as `serde_json` does and copy what
//! the macro escaped at compile time (static messages, plain codes and help URLs).
//!
//! ```
//! use error_catalog::dialect::{json, Context, Prepared};
//!
//! error_catalog::error_catalog! {
//!     /// Errors of the Scai vault API.
//!     #[catalog(code = str)]
//!     pub enum VaultError {
//!         /// Returned when a secret path does not exist.
//!         SecretNotFound { code: "secret_not_found", status: 404, message: "Secret '{path}' not found", fields: { path: String } },
//!     }
//! }
//!
//! let error = VaultError::SecretNotFound { path: "a\"b".into() };
//! let cx = Context::new();
//! let mut body = Vec::new();
//! body.extend_from_slice(b"{\"code\":");
//! json::write_code(&mut body, error.entry(), false);
//! body.extend_from_slice(b",\"message\":");
//! json::write_message(&mut body, &error);
//! json::write_details_member(&mut body, &error, &Prepared::new(&error, &cx));
//! body.push(b'}');
//! assert_eq!(
//!     String::from_utf8(body).unwrap(),
//!     r#"{"code":"secret_not_found","message":"Secret 'a\"b' not found","details":{"path":"a\"b"}}"#
//! );
//! ```

use core::fmt;
use std::borrow::Cow;

use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::__private::{Field, MessageSegment, for_each_segment};
use crate::{Code, Entry, WireError};

use super::pieces::{Piece, WriteJson, write_pieces};
use super::{Context, Prepared};

/// For each byte, the character that follows the backslash in its escape, `u` for `\u00XX`,
/// or 0 when the byte is copied as is: exactly the set `serde_json` escapes.
static ESCAPE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut byte = 0;
    while byte < 0x20 {
        table[byte] = b'u';
        byte += 1;
    }
    table[0x08] = b'b';
    table[0x09] = b't';
    table[0x0a] = b'n';
    table[0x0c] = b'f';
    table[0x0d] = b'r';
    table[b'"' as usize] = b'"';
    table[b'\\' as usize] = b'\\';
    table
};

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Splits `bytes` into little-endian words and the tail of fewer than eight bytes.
#[inline]
pub(crate) fn words(bytes: &[u8]) -> (impl Iterator<Item = u64> + '_, &[u8]) {
    let (words, tail) = bytes.as_chunks::<8>();
    (words.iter().map(|word| u64::from_le_bytes(*word)), tail)
}

/// The bytes of `tail` (fewer than eight, the rest of a [`words`] split) in one word, the
/// free bytes set to `fill`, so a word test covers the tail without a byte loop. Bytes may
/// be repeated (the two halves of a tail of four to seven bytes overlap): every test run on
/// it asks whether *some* byte is of a kind, which a repeat does not change.
#[inline]
pub(crate) fn tail_word(tail: &[u8], fill: u8) -> u64 {
    let fill = u64::from_le_bytes([fill; 8]);
    match *tail {
        [] => fill,
        [a] => fill << 8 | u64::from(a),
        [a, b] => fill << 16 | u64::from(u16::from_le_bytes([a, b])),
        [a, b, c] => fill << 24 | u64::from(u16::from_le_bytes([a, b])) | u64::from(c) << 16,
        [a, b, c, d, ..] => {
            let [e, f, g, h] = *tail.last_chunk::<4>().unwrap_or(&[a, b, c, d]);
            u64::from_le_bytes([a, b, c, d, e, f, g, h])
        }
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bits of the bytes of `word` below `limit` (at most 0x80), by the classic borrow
/// trick: a byte below the limit is always flagged, and a flagged byte may be followed by
/// falsely flagged ones, never preceded: the lowest flag is exact.
#[inline]
pub(crate) const fn bytes_below(word: u64, limit: u8) -> u64 {
    word.wrapping_sub(ONES * limit as u64) & !word & HIGHS
}

/// The high bits of the bytes of `word` equal to `byte`, as exact as [`bytes_below`].
#[inline]
pub(crate) const fn bytes_equal(word: u64, byte: u8) -> u64 {
    bytes_below(word ^ (ONES * byte as u64), 1)
}

/// Whether a byte of `word` is below `limit` (at most 0x80): exact when there is none, and
/// any byte flagged makes the caller look byte by byte.
#[inline]
pub(crate) const fn has_byte_below(word: u64, limit: u8) -> bool {
    bytes_below(word, limit) != 0
}

/// Whether a byte of `word` equals `byte`.
#[inline]
pub(crate) const fn has_byte(word: u64, byte: u8) -> bool {
    bytes_equal(word, byte) != 0
}

/// Whether any byte of `word` needs escaping: below 0x20, `"` or `\\`. Flipping bit 1 of
/// every byte maps exactly the control characters and `"` (0x22 to 0x20) below 0x21, so two
/// tests cover the three kinds.
#[inline]
const fn word_needs_escape(word: u64) -> bool {
    (bytes_below(word ^ (ONES * 0x02), 0x21) | bytes_equal(word, b'\\')) != 0
}

/// The length of the longest prefix of `bytes` made of whole clean words, or all of `bytes`
/// when it is clean.
#[inline]
fn clean_prefix(bytes: &[u8]) -> usize {
    let (words, tail) = words(bytes);
    let mut at = 0;
    for word in words {
        if word_needs_escape(word) {
            return at;
        }
        at += 8;
    }
    if !word_needs_escape(tail_word(tail, b' ')) {
        bytes.len()
    } else {
        at
    }
}

/// Whether `bytes` holds no byte JSON escapes, eight bytes at a time; a text of eight bytes
/// or more ends on its last eight, a word that overlaps the one before it, rather than on a
/// tail assembled byte by byte.
#[inline]
fn is_clean(bytes: &[u8]) -> bool {
    let Some(last) = bytes.last_chunk::<8>() else {
        return !word_needs_escape(tail_word(bytes, b' '));
    };
    let (mut words, _) = words(bytes);
    !words.any(word_needs_escape) && !word_needs_escape(u64::from_le_bytes(*last))
}

/// Whether `text` holds a byte JSON escapes (`"`, `\\` or a control character).
#[inline]
pub(crate) fn needs_escaping(text: &str) -> bool {
    !is_clean(text.as_bytes())
}

/// Appends `text` escaped for the inside of a JSON string: a clean text (checked eight bytes
/// at a time, usually the whole text) is copied at once, as a piece (a short text without a
/// call to `memcpy`); otherwise the clean prefix is, and after it only `"`, `\\` and control
/// characters are rewritten.
#[inline]
pub fn write_escaped(out: &mut Vec<u8>, text: &str) {
    let bytes = text.as_bytes();
    if is_clean(bytes) {
        write_pieces(out, [Piece::Raw(bytes)]);
    } else {
        write_escaped_from(out, bytes, clean_prefix(bytes));
    }
}

/// The byte loop of [`write_escaped`], looking from `clean` on (everything before it is
/// clean, and copied with the run it starts).
#[cold]
fn write_escaped_from(out: &mut Vec<u8>, bytes: &[u8], clean: usize) {
    let mut start = 0;
    for (i, &byte) in bytes.iter().enumerate().skip(clean) {
        let escape = ESCAPE[usize::from(byte)];
        if escape == 0 {
            continue;
        }
        out.extend_from_slice(&bytes[..i][start..]);
        if escape == b'u' {
            out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(byte >> 4)],
                HEX[usize::from(byte & 0xf)],
            ]);
        } else {
            out.extend_from_slice(&[b'\\', escape]);
        }
        start = i + 1;
    }
    out.extend_from_slice(&bytes[start..]);
}

/// Appends `text` as a JSON string, quotes included.
#[inline]
pub fn write_str(out: &mut Vec<u8>, text: &str) {
    out.push(b'"');
    write_escaped(out, text);
    out.push(b'"');
}

/// Appends `value` in decimal.
#[inline]
pub fn write_int(out: &mut Vec<u8>, value: i128) {
    /// `10^19`: the low half of a magnitude wider than 64 bits is its last 19 digits.
    const TEN_19: u128 = 10_000_000_000_000_000_000;
    if value < 0 {
        out.push(b'-');
    }
    let magnitude = value.unsigned_abs();
    // Every code's magnitude fits in 64 bits (`i64::MIN` to `u64::MAX`), where division is
    // cheap; a wider one is written as two halves (an `i128` magnitude is at most `2^127`, so
    // the high half, below `1.8 * 10^19`, fits in 64 bits too).
    match u64::try_from(magnitude) {
        Ok(magnitude) => write_digits(out, magnitude, 1),
        Err(_) => {
            let high = u64::try_from(magnitude / TEN_19).unwrap_or(u64::MAX);
            // The remainder is below 10^19, so the cast is exact.
            let low = (magnitude % TEN_19) as u64;
            write_digits(out, high, 1);
            write_digits(out, low, 19);
        }
    }
}

/// Appends `value` in decimal, with leading zeros up to `width` digits (at most 20).
#[inline]
fn write_digits(out: &mut Vec<u8>, value: u64, width: usize) {
    let mut digits = [b'0'; 20];
    let mut at = digits.len();
    let mut rest = value;
    loop {
        at -= 1;
        // `rest % 10` is below 10, so the cast is exact.
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    let start = at.min(digits.len().saturating_sub(width));
    out.extend_from_slice(&digits[start..]);
}

/// A `fmt::Write` that JSON-escapes what is written into a byte buffer, so a `Display`
/// value is escaped without first being collected in a `String`.
pub(crate) struct Escaper<'a>(pub(crate) &'a mut Vec<u8>);

impl fmt::Write for Escaper<'_> {
    #[inline]
    fn write_str(&mut self, text: &str) -> fmt::Result {
        write_escaped(self.0, text);
        Ok(())
    }
}

/// Appends `value`'s `Display` text as a JSON string.
pub fn write_display(out: &mut Vec<u8>, value: &dyn fmt::Display) {
    out.push(b'"');
    write_escaped_display(out, value);
    out.push(b'"');
}

/// Appends the error's message as a JSON string: the compile-time escaped template when the
/// message is static, the escaped `Display` text otherwise.
#[inline]
pub fn write_message<E: WireError + ?Sized>(out: &mut Vec<u8>, error: &E) {
    let entry = error.entry();
    if entry.is_message_static() {
        write_plain(out, entry.message_template_json());
    } else {
        write_display_of(out, error);
    }
}

/// The message of an error whose message has fields, as a JSON string, out of the static
/// messages' path: from the fields a generated error hands over, else its `Display` text.
#[inline(never)]
fn write_display_of<E: WireError + ?Sized>(out: &mut Vec<u8>, error: &E) {
    out.push(b'"');
    if !write_message_from_fields(out, error) {
        write_escaped_display(out, &error);
    }
    out.push(b'"');
}

/// Appends the error's message for the request `cx` describes: [`write_message`] unless the
/// request states an `Accept-Language` that picks one of the entry's translations.
#[inline]
pub fn write_message_for<E: WireError + ?Sized>(out: &mut Vec<u8>, error: &E, cx: &Context<'_>) {
    let entry = error.entry();
    out.push(b'"');
    if entry.is_message_static() && cx.accept_language().is_none() {
        out.extend_from_slice(entry.message_template_json().as_bytes());
    } else {
        write_message_text(out, error, cx);
    }
    out.push(b'"');
}

/// The inside of [`write_message_for`]'s string, escaped: a translation the request's
/// `Accept-Language` picks, else the static template or the `Display` text. Out of the
/// static messages' path.
#[inline(never)]
fn write_message_text<E: WireError + ?Sized>(out: &mut Vec<u8>, error: &E, cx: &Context<'_>) {
    if cx.accept_language().is_some() {
        match crate::language::negotiated(error, cx) {
            Some(lang) if !lang.eq_ignore_ascii_case(error.catalog().locale()) => {
                return write_escaped(out, &crate::language::message_in(error, lang));
            }
            _ => {}
        }
    }
    let entry = error.entry();
    if entry.is_message_static() {
        out.extend_from_slice(entry.message_template_json().as_bytes());
    } else if !write_message_from_fields(out, error) {
        write_escaped_display(out, &error);
    }
}

/// Appends the message of an error with fields, escaped, from the entry's message program
/// and the fields the error hands over, as the generated `Display` writes it, without the
/// formatting machinery for its text and its string fields; `false` (nothing written) when
/// the error hands over no fields or the macro compiled no program for the entry.
fn write_message_from_fields<E: WireError + ?Sized>(out: &mut Vec<u8>, error: &E) -> bool {
    let entry = error.entry();
    if !entry.has_message_program() {
        return false;
    }
    // The texts between fields are copied as they are when the template needs no escaping
    // (the macro checked it), escaped otherwise.
    let plain = entry.is_template_json_plain();
    error.__with_fields(&mut |fields| {
        let _ = for_each_segment(entry, |segment| {
            match segment {
                MessageSegment::Text(text) if plain => {
                    write_pieces(out, [Piece::Raw(text.as_bytes())]);
                }
                MessageSegment::Text(text) => write_escaped(out, text),
                MessageSegment::Field(index) => {
                    if let Some(value) = fields.get(index) {
                        write_field_escaped(out, *value);
                    }
                }
            }
            Ok::<(), core::convert::Infallible>(())
        });
    })
}

/// Appends a typed field's `Display` text escaped for the inside of a JSON string: a string
/// field copied, any other formatted.
fn write_field_escaped(out: &mut Vec<u8>, value: &dyn Field) {
    match value.as_text() {
        Some(text) => write_escaped(out, text),
        None => write_escaped_display(out, value),
    }
}

/// Appends `value`'s `Display` text escaped for the inside of a JSON string.
fn write_escaped_display(out: &mut Vec<u8>, value: &dyn fmt::Display) {
    use fmt::Write as _;
    // `Escaper` never fails; a `Display` impl that reports an error leaves what it wrote.
    let _ = write!(Escaper(out), "{value}");
}

/// Appends `text`, known to need no escaping, as a JSON string.
#[inline]
fn write_plain(out: &mut Vec<u8>, text: &str) {
    out.push(b'"');
    out.extend_from_slice(text.as_bytes());
    out.push(b'"');
}

/// Appends the entry's code in its native JSON type (a number or a string), or as a string
/// (an integer code in decimal) when `as_string`.
#[inline(always)]
pub fn write_code(out: &mut Vec<u8>, entry: &'static Entry, as_string: bool) {
    if as_string {
        write_pieces(
            out,
            [Piece::Raw(b"\""), code_text_piece(entry), Piece::Raw(b"\"")],
        );
    } else {
        write_pieces(out, [code_piece(entry)]);
    }
}

/// The entry's code in its native JSON type, as a [`Piece`]: [`write_code`]'s bytes without
/// `as_string`.
#[inline(always)]
pub(crate) fn code_piece(entry: &'static Entry) -> Piece<'static> {
    if let Some(text) = entry.plain_json_code() {
        Piece::Quoted(text.as_bytes())
    } else if let Some(digits) = entry.int_code_decimal() {
        Piece::Raw(digits)
    } else {
        Piece::Str(code_text(entry))
    }
}

/// The inside of the entry's code as a JSON string (an integer code in decimal), as a
/// [`Piece`]: [`write_code`]'s bytes with `as_string`, without the quotes.
#[inline(always)]
pub(crate) fn code_text_piece(entry: &'static Entry) -> Piece<'static> {
    if let Some(text) = entry.plain_json_code() {
        Piece::Raw(text.as_bytes())
    } else if let Some(digits) = entry.int_code_decimal() {
        Piece::Raw(digits)
    } else {
        Piece::Text(code_text(entry))
    }
}

/// A string code that needs escaping (or none, from a hand-written `WireError`).
#[cold]
fn code_text(entry: &'static Entry) -> &'static str {
    match entry.code() {
        Some(Code::Str(text)) => text,
        // An integer code always has its decimal digits.
        Some(Code::Int(_)) | None => "",
    }
}

/// The inside of the error's message for the request `cx` describes, as a [`Piece`]: what
/// [`write_message_for`] writes between the quotes.
pub(crate) struct MessageFor<'m, 'a, E: ?Sized> {
    error: &'m E,
    cx: &'m Context<'a>,
}

impl<'m, 'a, E: WireError + ?Sized> MessageFor<'m, 'a, E> {
    /// The message of `error` for `cx`.
    #[inline]
    pub(crate) fn new(error: &'m E, cx: &'m Context<'a>) -> Self {
        MessageFor { error, cx }
    }

    /// The piece: the compile-time escaped template when the message is static and no
    /// language is negotiated, written by code otherwise.
    #[inline(always)]
    pub(crate) fn piece(&self) -> Piece<'_> {
        let entry = self.error.entry();
        if entry.is_message_static() && self.cx.accept_language().is_none() {
            Piece::Raw(entry.message_template_json().as_bytes())
        } else {
            Piece::Written(self)
        }
    }
}

impl<E: WireError + ?Sized> WriteJson for MessageFor<'_, '_, E> {
    fn write_json(&self, out: &mut Vec<u8>) {
        write_message_text(out, self.error, self.cx);
    }
}

/// The `,"details":{...}` member, as a [`Piece`]: what [`write_details_member`] writes.
pub(crate) struct DetailsMember<'m, 'c, 'a, E: ?Sized> {
    error: &'m E,
    prepared: &'m Prepared<'c, 'a>,
}

impl<'m, 'c, 'a, E: WireError + ?Sized> DetailsMember<'m, 'c, 'a, E> {
    /// The details member of `error` rendered as `prepared` decided.
    #[inline]
    pub(crate) fn new(error: &'m E, prepared: &'m Prepared<'c, 'a>) -> Self {
        DetailsMember { error, prepared }
    }

    /// The piece: nothing when the object would be empty, written by code otherwise.
    #[inline(always)]
    pub(crate) fn piece(&self) -> Piece<'_> {
        if has_details(self.error, self.prepared) {
            Piece::Written(self)
        } else {
            Piece::Absent
        }
    }
}

impl<E: WireError + ?Sized> WriteJson for DetailsMember<'_, '_, '_, E> {
    fn write_json(&self, out: &mut Vec<u8>) {
        write_details_object(out, self.error, self.prepared);
    }
}

/// The help URL as a [`Piece`]: what [`write_help_url`] writes.
#[inline]
pub(crate) fn help_url_piece<'p>(context_url: Option<&'p str>, entry: &Entry) -> Piece<'p> {
    match (context_url, entry.plain_json_help_url()) {
        (Some(url), _) => Piece::Str(url),
        (None, Some(url)) => Piece::Quoted(url.as_bytes()),
        (None, None) => Piece::Str(entry.help_url().unwrap_or_default()),
    }
}

/// Appends the help URL as a JSON string: the context's, else the entry's.
#[inline]
pub fn write_help_url(out: &mut Vec<u8>, context_url: Option<&str>, entry: &Entry) {
    write_pieces(out, [help_url_piece(context_url, entry)]);
}

/// The error's code; a wire entry always has one, a hand-written `WireError` that has none
/// renders as the empty string.
pub fn code_of<E: WireError + ?Sized>(error: &E) -> Code {
    error.entry().code().unwrap_or(Code::Str(""))
}

/// Calls `visit` with every member of the `details` object, in order: the entry's typed
/// fields, then the context's named details, then the context's detail text as `detail`,
/// skipping names already used.
pub fn visit_details<E: WireError + ?Sized>(
    error: &E,
    prepared: &Prepared<'_, '_>,
    visit: &mut dyn FnMut(&str, &dyn fmt::Display),
) {
    error.for_each_field(&mut |name, value| visit(name, value));
    visit_context_details(error, prepared, visit);
}

/// The members of the `details` object after the typed fields (see [`visit_details`]).
fn visit_context_details<E: WireError + ?Sized>(
    error: &E,
    prepared: &Prepared<'_, '_>,
    visit: &mut dyn FnMut(&str, &dyn fmt::Display),
) {
    let fields = error.entry().fields();
    let details = prepared.details();
    for (i, (name, value)) in details.iter().enumerate() {
        let repeated = fields.contains(name) || details[..i].iter().any(|(n, _)| n == name);
        if !repeated {
            visit(name, value);
        }
    }
    if let Some(detail) = prepared.detail(error) {
        let taken = fields.contains(&"detail") || details.iter().any(|(n, _)| *n == "detail");
        if !taken {
            visit("detail", &detail.as_ref());
        }
    }
}

/// Appends `,"details":{...}` after the previous member, or nothing when the object would be
/// empty.
#[inline]
pub fn write_details_member<E: WireError + ?Sized>(
    out: &mut Vec<u8>,
    error: &E,
    prepared: &Prepared<'_, '_>,
) {
    if has_details(error, prepared) {
        write_details_object(out, error, prepared);
    }
}

/// Whether the `details` object of `error` may have members (a hand-written
/// `for_each_field` may still visit none).
#[inline]
fn has_details<E: WireError + ?Sized>(error: &E, prepared: &Prepared<'_, '_>) -> bool {
    !(error.entry().fields().is_empty()
        && prepared.details().is_empty()
        && !prepared.has_detail(error))
}

fn write_details_object<E: WireError + ?Sized>(
    out: &mut Vec<u8>,
    error: &E,
    prepared: &Prepared<'_, '_>,
) {
    let start = out.len();
    out.extend_from_slice(b",\"details\":{");
    let mut first = true;
    // The typed fields as the error hands them over, string fields copied; else (and for
    // what follows them) through `Display`.
    let entry = error.entry();
    let handed = error.__with_fields(&mut |fields| {
        let redacted = entry.redacted_fields();
        for (name, value) in entry.fields().iter().zip(fields) {
            if redacted.is_empty() || !redacted.contains(name) {
                write_field_member(out, &mut first, name, *value);
            }
        }
    });
    let mut visit = |name: &str, value: &dyn fmt::Display| {
        open_member(out, &mut first, name);
        write_display(out, value);
    };
    if !handed {
        error.for_each_field(&mut |name, value| visit(name, value));
    }
    visit_context_details(error, prepared, &mut visit);
    if first {
        // A hand-written `for_each_field` that visits nothing despite declared fields.
        out.truncate(start);
    } else {
        out.push(b'}');
    }
}

/// Appends a `details` member's name and colon, after a comma unless it is the `first`.
fn open_member(out: &mut Vec<u8>, first: &mut bool, name: &str) {
    if !*first {
        out.push(b',');
    }
    *first = false;
    write_str(out, name);
    out.push(b':');
}

/// Appends a typed field's member, after a comma unless it is the `first`: its name, a Rust
/// identifier the macro checked (nothing to escape), copied with the syntax around it, then
/// its value as a string.
fn write_field_member(out: &mut Vec<u8>, first: &mut bool, name: &str, value: &dyn Field) {
    let comma = if *first {
        Piece::Absent
    } else {
        Piece::Raw(b",")
    };
    *first = false;
    write_pieces(
        out,
        [comma, Piece::Quoted(name.as_bytes()), Piece::Raw(b":\"")],
    );
    write_field_escaped(out, value);
    out.push(b'"');
}

/// The `details` object for serde envelopes, built by the same visit as the fast path;
/// `None` when it would be empty.
pub fn details_of<E: WireError + ?Sized>(
    error: &E,
    prepared: &Prepared<'_, '_>,
) -> Option<Details> {
    let mut members = Vec::new();
    visit_details(error, prepared, &mut |name, value| {
        members.push((
            name.to_owned(),
            serde_json::Value::String(value.to_string()),
        ));
    });
    (!members.is_empty()).then_some(Details(members))
}

/// An error code as it travels in JSON: a number or a string.
///
/// Deserializing accepts either JSON type; every integer from `i64::MIN` to `u64::MAX` (the
/// range of every declared code type) is an `Int`, and a wider one is kept as its decimal
/// text. Serializing writes the variant's type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum WireCode {
    /// A numeric code (SKMS `40013`).
    Int(i128),
    /// A string code (Huawei `"SCM.0005"`).
    Str(String),
}

impl WireCode {
    /// The code in its native type.
    #[must_use]
    pub fn native(code: Code) -> Self {
        match code {
            Code::Int(value) => WireCode::Int(value),
            Code::Str(text) => WireCode::Str(text.to_owned()),
        }
    }

    /// The code as a string, an integer code in decimal (for dialects whose codes are strings).
    #[must_use]
    pub fn text(code: Code) -> Self {
        WireCode::Str(code.to_string())
    }

    /// The code's text form, as [`Catalog::lookup`](crate::Catalog::lookup) takes it.
    #[must_use]
    pub fn as_text(&self) -> Cow<'_, str> {
        match self {
            WireCode::Int(value) => Cow::Owned(value.to_string()),
            WireCode::Str(text) => Cow::Borrowed(text),
        }
    }
}

impl fmt::Display for WireCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WireCode::Int(value) => fmt::Display::fmt(value, f),
            WireCode::Str(text) => f.write_str(text),
        }
    }
}

impl Serialize for WireCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            WireCode::Int(value) => serializer.serialize_i128(*value),
            WireCode::Str(text) => serializer.serialize_str(text),
        }
    }
}

impl<'de> Deserialize<'de> for WireCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CodeVisitor;

        impl Visitor<'_> for CodeVisitor {
            type Value = WireCode;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an integer or a string error code")
            }

            fn visit_i64<E: de::Error>(self, value: i64) -> Result<WireCode, E> {
                Ok(WireCode::Int(value.into()))
            }

            fn visit_u64<E: de::Error>(self, value: u64) -> Result<WireCode, E> {
                Ok(WireCode::Int(value.into()))
            }

            fn visit_i128<E: de::Error>(self, value: i128) -> Result<WireCode, E> {
                Ok(WireCode::Int(value))
            }

            fn visit_u128<E: de::Error>(self, value: u128) -> Result<WireCode, E> {
                Ok(i128::try_from(value)
                    .map_or_else(|_| WireCode::Str(value.to_string()), WireCode::Int))
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<WireCode, E> {
                Ok(WireCode::Str(value.to_owned()))
            }

            fn visit_string<E: de::Error>(self, value: String) -> Result<WireCode, E> {
                Ok(WireCode::Str(value))
            }
        }

        deserializer.deserialize_any(CodeVisitor)
    }
}

/// A `details` object (Scai vault, problem): members in the order they were written, which
/// a JSON map type would not keep.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Details(pub Vec<(String, serde_json::Value)>);

impl Details {
    /// The member `name` as text: a string as is, any other JSON value in its JSON form.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<Cow<'_, str>> {
        self.0
            .iter()
            .find(|(member, _)| member == name)
            .map(|(_, value)| value_text(value))
    }

    /// Adds the members to `reading`: `detail` as its detail text, the others as fields.
    pub fn read_into(&self, reading: &mut super::Reading) {
        for (name, text) in self.texts() {
            if name == "detail" {
                reading.detail = Some(text.into_owned());
            } else {
                reading.fields.push((name.to_owned(), text.into_owned()));
            }
        }
    }

    /// Every member as `(name, text)`, texts as [`get`](Self::get) gives them.
    pub fn texts(&self) -> impl Iterator<Item = (&str, Cow<'_, str>)> {
        self.0
            .iter()
            .map(|(name, value)| (name.as_str(), value_text(value)))
    }
}

fn value_text(value: &serde_json::Value) -> Cow<'_, str> {
    match value {
        serde_json::Value::String(text) => Cow::Borrowed(text),
        other => Cow::Owned(other.to_string()),
    }
}

impl Serialize for Details {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in &self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Details {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DetailsVisitor;

        impl<'de> Visitor<'de> for DetailsVisitor {
            type Value = Details;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a details object")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Details, A::Error> {
                let mut members = Vec::new();
                while let Some(member) = map.next_entry::<String, serde_json::Value>()? {
                    members.push(member);
                }
                Ok(Details(members))
            }
        }

        deserializer.deserialize_map(DetailsVisitor)
    }
}

/// A JSON string borrowed from the body when it holds no escape: what the built-in parsers
/// read bodies into, so a string is allocated once, as the [`Reading`](super::Reading) keeps
/// it, rather than for a body struct and again for the reading. It accepts and rejects
/// exactly what `String` does, with the same messages.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Text<'a>(pub(crate) Cow<'a, str>);

impl Text<'_> {
    pub(crate) fn into_owned(self) -> String {
        self.0.into_owned()
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;

        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }

            fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Borrowed(value)))
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(value.to_owned())))
            }

            fn visit_string<E: de::Error>(self, value: String) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(value)))
            }

            fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<Text<'de>, E> {
                match core::str::from_utf8(value) {
                    Ok(text) => Ok(Text(Cow::Owned(text.to_owned()))),
                    Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(value), &self)),
                }
            }
        }

        deserializer.deserialize_string(TextVisitor)
    }
}

/// [`WireCode`] borrowing its text from the body, for the built-in parsers; accepts what
/// `WireCode` accepts, with the same messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum CodeRef<'a> {
    Int(i128),
    Str(Cow<'a, str>),
}

impl CodeRef<'_> {
    pub(crate) fn into_owned(self) -> WireCode {
        match self {
            CodeRef::Int(value) => WireCode::Int(value),
            CodeRef::Str(text) => WireCode::Str(text.into_owned()),
        }
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for CodeRef<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CodeVisitor;

        impl<'de> Visitor<'de> for CodeVisitor {
            type Value = CodeRef<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an integer or a string error code")
            }

            fn visit_i64<E: de::Error>(self, value: i64) -> Result<CodeRef<'de>, E> {
                Ok(CodeRef::Int(value.into()))
            }

            fn visit_u64<E: de::Error>(self, value: u64) -> Result<CodeRef<'de>, E> {
                Ok(CodeRef::Int(value.into()))
            }

            fn visit_i128<E: de::Error>(self, value: i128) -> Result<CodeRef<'de>, E> {
                Ok(CodeRef::Int(value))
            }

            fn visit_u128<E: de::Error>(self, value: u128) -> Result<CodeRef<'de>, E> {
                Ok(i128::try_from(value).map_or_else(
                    |_| CodeRef::Str(Cow::Owned(value.to_string())),
                    CodeRef::Int,
                ))
            }

            fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<CodeRef<'de>, E> {
                Ok(CodeRef::Str(Cow::Borrowed(value)))
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<CodeRef<'de>, E> {
                Ok(CodeRef::Str(Cow::Owned(value.to_owned())))
            }

            fn visit_string<E: de::Error>(self, value: String) -> Result<CodeRef<'de>, E> {
                Ok(CodeRef::Str(Cow::Owned(value)))
            }
        }

        deserializer.deserialize_any(CodeVisitor)
    }
}

/// A [`Details`] object read straight into what the reading keeps of it, for the built-in
/// parsers: its `detail` member's text and the other members as `(name, text)` fields, a
/// string member as is, any other value as [`Details::texts`] gives it (its
/// `serde_json::Value` in JSON form).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct ReadDetails {
    /// The last `detail` member's text.
    pub(crate) detail: Option<String>,
    /// The other members, in order.
    pub(crate) fields: Vec<(String, String)>,
}

impl ReadDetails {
    /// Keeps member `name` of the object: its `detail` member as the detail text, any other
    /// as a field.
    pub(crate) fn add(&mut self, name: Cow<'_, str>, value: String) {
        if name == "detail" {
            self.detail = Some(value);
        } else {
            self.fields.push((name.into_owned(), value));
        }
    }

    /// As [`Details::read_into`].
    pub(crate) fn read_into(self, reading: &mut super::Reading) {
        if let Some(detail) = self.detail {
            reading.detail = Some(detail);
        }
        if reading.fields.is_empty() {
            reading.fields = self.fields;
        } else {
            reading.fields.extend(self.fields);
        }
    }
}

/// One member's value of a [`ReadDetails`].
struct MemberText<'a>(Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for MemberText<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
        use serde_json::Value;

        struct MemberVisitor;

        fn json<'de>(value: Value) -> MemberText<'de> {
            MemberText(Cow::Owned(value.to_string()))
        }

        impl<'de> Visitor<'de> for MemberVisitor {
            type Value = MemberText<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any valid JSON value")
            }

            fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<Self::Value, E> {
                Ok(MemberText(Cow::Borrowed(value)))
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
                Ok(MemberText(Cow::Owned(value.to_owned())))
            }

            fn visit_string<E: de::Error>(self, value: String) -> Result<Self::Value, E> {
                Ok(MemberText(Cow::Owned(value)))
            }

            fn visit_bool<E: de::Error>(self, value: bool) -> Result<Self::Value, E> {
                Ok(json(Value::Bool(value)))
            }

            fn visit_i64<E: de::Error>(self, value: i64) -> Result<Self::Value, E> {
                Ok(json(Value::from(value)))
            }

            fn visit_u64<E: de::Error>(self, value: u64) -> Result<Self::Value, E> {
                Ok(json(Value::from(value)))
            }

            fn visit_f64<E: de::Error>(self, value: f64) -> Result<Self::Value, E> {
                Ok(json(
                    serde_json::Number::from_f64(value).map_or(Value::Null, Value::Number),
                ))
            }

            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(json(Value::Null))
            }

            fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(json(Value::Null))
            }

            fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
                Value::deserialize(SeqAccessDeserializer::new(seq)).map(json)
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                Value::deserialize(MapAccessDeserializer::new(map)).map(json)
            }
        }

        deserializer.deserialize_any(MemberVisitor)
    }
}

impl<'de> Deserialize<'de> for ReadDetails {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DetailsVisitor;

        impl<'de> Visitor<'de> for DetailsVisitor {
            type Value = ReadDetails;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a details object")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ReadDetails, A::Error> {
                let mut details = ReadDetails::default();
                while let Some((name, value)) = map.next_entry::<Text<'de>, MemberText<'de>>()? {
                    details.add(name.0, value.0.into_owned());
                }
                Ok(details)
            }
        }

        deserializer.deserialize_map(DetailsVisitor)
    }
}

/// Deserializes a member RFC 9457 style: a value of the wrong type counts as absent.
pub(crate) fn lenient<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    let value = serde_json::Value::deserialize(deserializer)?;
    Ok(T::deserialize(value).ok())
}

#[cfg(test)]
mod tests {
    use super::{write_escaped, write_int};

    #[test]
    fn escapes_like_serde_json() {
        for text in [
            "plain",
            "quote \" backslash \\ slash /",
            "\u{0}\u{1}\u{8}\u{9}\u{a}\u{b}\u{c}\u{d}\u{1f}\u{7f}",
            "中文 \u{2028} \u{2029} 😀",
            "a clean prefix of several words, then \"a quote\" and a\nnew line",
            "exactly8\\",
            "seven!\u{1}",
        ] {
            let mut out = vec![b'"'];
            write_escaped(&mut out, text);
            out.push(b'"');
            assert_eq!(
                out,
                serde_json::to_vec(text).unwrap_or_default(),
                "{text:?}"
            );
        }
    }

    /// Every text length up to 20 (whole words, a tail of each size, both) and every
    /// position of the character to escape, against the byte loop alone.
    #[test]
    fn escapes_in_words_and_tails_as_the_byte_loop() {
        for special in ["\"", "\\", "\n", "\u{1f}", "\u{7f}", "中", "é"] {
            for length in 0..=20 {
                for at in 0..=length {
                    let text = format!("{}{special}{}", "a".repeat(at), "b".repeat(length - at));
                    let mut fast = Vec::new();
                    super::write_escaped(&mut fast, &text);
                    let mut reference = Vec::new();
                    super::write_escaped_from(&mut reference, text.as_bytes(), 0);
                    assert_eq!(fast, reference, "{text:?}");
                }
            }
        }
    }

    /// Every byte at every position of a word of each clean filler (the fillers around the
    /// bytes that flip to below 0x21, and those whose borrows could spill), and words of
    /// fillers alone: flagged exactly when JSON escapes the byte.
    #[test]
    fn word_scan_finds_every_escape_and_nothing_else() {
        let escaped = |byte: u8| byte < 0x20 || byte == b'"' || byte == b'\\';
        for filler in [b'a', b' ', b'!', b'#', b'$', b'[', b']', 0x7f, 0x80, 0xff] {
            assert!(!super::word_needs_escape(u64::from_le_bytes([filler; 8])));
            for byte in 0..=u8::MAX {
                for at in 0..8 {
                    let mut word = [filler; 8];
                    word[at] = byte;
                    assert_eq!(
                        super::word_needs_escape(u64::from_le_bytes(word)),
                        escaped(byte),
                        "{byte:#x} at {at} among {filler:#x}"
                    );
                }
            }
        }
    }

    #[test]
    fn writes_integers() {
        let wide = [
            i128::from(u64::MAX),
            i128::from(u64::MAX) + 1,
            // Zeros inside the low half.
            5 * 10_i128.pow(19) + 7,
            -(10_i128.pow(30)),
            i128::MAX,
            i128::MIN,
        ];
        for value in [0, 7, -7, 40013, i64::MAX.into(), i64::MIN.into()]
            .into_iter()
            .chain(wide)
        {
            let mut out = Vec::new();
            write_int(&mut out, value);
            assert_eq!(out, value.to_string().into_bytes());
        }
    }
}
