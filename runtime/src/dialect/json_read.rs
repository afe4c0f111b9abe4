//! The JSON reader of the built-in parsers: a `serde` deserializer for the bodies vendors
//! actually send, which hands anything else to `serde_json`.
//!
//! Vendors' error bodies are small objects of strings and integers. `serde_json` reads one in
//! about a thousand instructions, most of it bookkeeping for inputs these bodies never are
//! (escapes, floats, positions for its error messages). [`from_str`] first reads the body
//! with [`Reader`], which knows only strings without escapes, integers that fit an `i64` or a
//! `u64`, `null`, `true`, `false`, arrays and objects, and gives up ("bails") on anything
//! else, on any error a visitor raises, and on trailing text. A bailed body is read again by
//! `serde_json`, which then gives its usual value or error.
//!
//! The reader makes exactly the visitor calls `serde_json` makes for the inputs it accepts
//! (borrowed strings, `u64` for a non-negative integer, `i64` for a negative one, `visit_none`
//! for `null` where an option is read, ...), so a body it reads gives the value `serde_json`
//! gives; the tests check that on every dialect's bodies and on mutations of them.
//!
//! Two body types go faster still ([`from_str_by_members`]): their
//! [`ReadMembers`] reads each member's key with [`Reader::object`] and its value with a typed
//! reader ([`Reader::code`], [`Reader::text`], ...), without serde's visitors, and bails to the
//! path above on anything it is not sure of.

use core::fmt;
use std::borrow::Cow;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::json::{CodeRef, ReadDetails, Text};

/// Reads `text` as JSON into `T`: through [`Reader`] when it can, else through `serde_json`.
///
/// # Errors
///
/// `serde_json`'s error for a body that is not JSON of `T`'s shape.
#[inline]
pub(crate) fn from_str<'a, T: Deserialize<'a>>(text: &'a str) -> Result<T, serde_json::Error> {
    match read(text) {
        Some(value) => Ok(value),
        None => serde_json::from_str(text),
    }
}

/// Reads `text` into `T` with [`Reader`] alone: `None` when it bails.
#[inline]
fn read<'a, T: Deserialize<'a>>(text: &'a str) -> Option<T> {
    whole(text, |reader| T::deserialize(reader))
}

/// Reads `text` as JSON into `T`: member by member when it can ([`ReadMembers`]), else as
/// [`from_str`] does.
///
/// # Errors
///
/// `serde_json`'s error for a body that is not JSON of `T`'s shape.
#[inline]
pub(crate) fn from_str_by_members<'a, T: ReadMembers<'a>>(
    text: &'a str,
) -> Result<T, serde_json::Error> {
    match whole(text, T::read_members) {
        Some(value) => Ok(value),
        None => from_str(text),
    }
}

/// Reads all of `text` with `read`, which reads one value: `None` when it bails or when
/// anything but whitespace follows the value.
#[inline]
fn whole<'a, T>(text: &'a str, read: impl FnOnce(&mut Reader<'a>) -> Result<T, Bail>) -> Option<T> {
    let mut reader = Reader {
        text,
        at: 0,
        depth: 0,
    };
    let value = read(&mut reader).ok()?;
    match reader.peek() {
        None => Some(value),
        Some(_) => None,
    }
}

/// A body type the built-in parsers read without serde's visitors, a member at a time
/// ([`Reader::object`]), when it holds only what [`Reader`] knows: the Scai vault's, Adobe
/// Pass's, SKMS's and Huawei's bodies. Against the serde path this reads a Scai vault or
/// Adobe Pass body about 15% faster although it executes only 4% fewer instructions (likely
/// the serde path's moves of the large body structs through several layers of `Result`s,
/// which this path does not make), and parses an SKMS or Huawei response about 20% faster
/// together with building the reading in one expression. Problem documents measured the
/// same either way, so they keep the serde path.
///
/// `read_members` must give what `Deserialize` gives through `serde_json`, or bail: for a
/// missing required member, a duplicated member, a value of the wrong type or anything else
/// it is not sure of. The tests check it against `serde_json` on every dialect's bodies and
/// their mutations (`tests::agrees_by_members`).
pub(crate) trait ReadMembers<'a>: Deserialize<'a> {
    /// Reads the value that comes next (after any whitespace).
    fn read_members(reader: &mut Reader<'a>) -> Result<Self, Bail>;
}

/// Sets `slot` to `value`: the first time a member is read. A second time bails, as a
/// derived `Deserialize` refuses a duplicate member.
#[inline]
pub(crate) fn once<T>(slot: &mut Option<T>, value: T) -> Result<(), Bail> {
    match slot {
        Some(_) => Err(Bail),
        None => {
            *slot = Some(value);
            Ok(())
        }
    }
}

/// Why [`Reader`] gave a body up: it is outside what the reader knows, or a visitor refused
/// it. Either way `serde_json` reads the body again, so the reason does not matter.
#[derive(Debug)]
pub(crate) struct Bail;

impl fmt::Display for Bail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("left to serde_json")
    }
}

impl std::error::Error for Bail {}

impl de::Error for Bail {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Bail
    }
}

/// Past this nesting depth the reader bails (`serde_json` allows 128).
const MAX_DEPTH: u32 = 32;

/// A JSON deserializer over UTF-8 text.
pub(crate) struct Reader<'a> {
    text: &'a str,
    /// The byte position of the next unread byte.
    at: usize,
    /// How many arrays and objects enclose the position.
    depth: u32,
}

/// The kinds of value a typed `deserialize_*` method accepts before reading it as
/// `deserialize_any` does (`serde_json` rejects the others with an "invalid type" error).
#[derive(Clone, Copy)]
enum Expect {
    String,
    Number,
    Bool,
    Null,
    Array,
    Object,
    ObjectOrArray,
}

impl<'a> Reader<'a> {
    /// The next byte after whitespace, not consumed.
    #[inline]
    fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        while let Some(&byte) = bytes.get(self.at) {
            if !matches!(byte, b' ' | b'\n' | b'\t' | b'\r') {
                return Some(byte);
            }
            self.at += 1;
        }
        None
    }

    /// Consumes `byte`, which must come next after whitespace.
    #[inline]
    fn eat(&mut self, byte: u8) -> Result<(), Bail> {
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(Bail)
        }
    }

    /// Consumes `word` (`null`, `true`, `false`), which must come next.
    fn literal(&mut self, word: &[u8]) -> Result<(), Bail> {
        let end = self.at + word.len();
        if self.text.as_bytes().get(self.at..end) == Some(word) {
            self.at = end;
            Ok(())
        } else {
            Err(Bail)
        }
    }

    /// The string whose opening quote is next, without its quotes; bails on an escape or a
    /// control character (`serde_json` rejects the latter).
    #[inline]
    fn string(&mut self) -> Result<&'a str, Bail> {
        let bytes = self.text.as_bytes();
        let start = self.at + 1;
        let rest = bytes.get(start..).ok_or(Bail)?;
        // A word at a time: the first word holding a quote, a backslash or a control
        // character says where the first of them is.
        let (words, _) = rest.as_chunks::<8>();
        let found = words.iter().enumerate().find_map(|(index, word)| {
            first_special(u64::from_le_bytes(*word)).map(|offset| start + index * 8 + offset)
        });
        let end = match found {
            Some(end) => end,
            None => end_in_last_bytes(bytes, start),
        };
        if bytes.get(end) != Some(&b'"') {
            return Err(Bail);
        }
        self.at = end + 1;
        // Both ends are next to an ASCII quote: character boundaries.
        self.text.get(start..end).ok_or(Bail)
    }

    /// The integer that starts next (after any whitespace, at `-` or a digit), as
    /// `serde_json` parses it; bails on a fraction, an exponent, `-0` and integers outside
    /// `i64` and `u64`, which `serde_json` reads as floats, and on malformed numbers.
    fn number(&mut self) -> Result<Number, Bail> {
        let bytes = self.text.as_bytes();
        let negative = bytes.get(self.at) == Some(&b'-');
        if negative {
            self.at += 1;
        }
        let mut magnitude: u64 = match bytes.get(self.at) {
            Some(b'0') => {
                self.at += 1;
                0
            }
            Some(&digit @ b'1'..=b'9') => {
                self.at += 1;
                u64::from(digit - b'0')
            }
            _ => return Err(Bail),
        };
        while let Some(&digit @ b'0'..=b'9') = bytes.get(self.at) {
            if magnitude == 0 {
                // A leading zero.
                return Err(Bail);
            }
            magnitude = magnitude
                .checked_mul(10)
                .and_then(|value| value.checked_add(u64::from(digit - b'0')))
                .ok_or(Bail)?;
            self.at += 1;
        }
        if matches!(bytes.get(self.at), Some(b'.' | b'e' | b'E')) {
            return Err(Bail);
        }
        if !negative {
            return Ok(Number::Unsigned(magnitude));
        }
        // `serde_json` reads `-0` and anything below `i64::MIN` as a float.
        if magnitude == 0 || magnitude > 1 << 63 {
            return Err(Bail);
        }
        Ok(Number::Signed(0_i64.wrapping_sub_unsigned(magnitude)))
    }

    /// `deserialize_any`, after checking that the next value is of a kind `expect` allows.
    fn expecting<V: Visitor<'a>>(&mut self, expect: Expect, visitor: V) -> Result<V::Value, Bail> {
        let allowed = matches!(
            (self.peek(), expect),
            (Some(b'"'), Expect::String)
                | (Some(b'-' | b'0'..=b'9'), Expect::Number)
                | (Some(b't' | b'f'), Expect::Bool)
                | (Some(b'n'), Expect::Null)
                | (Some(b'['), Expect::Array | Expect::ObjectOrArray)
                | (Some(b'{'), Expect::Object | Expect::ObjectOrArray)
        );
        if allowed {
            de::Deserializer::deserialize_any(self, visitor)
        } else {
            Err(Bail)
        }
    }

    /// Reads the object that comes next, calling `member` with each key, the reader at the
    /// key's value: `member` reads the value (with the typed readers below, or
    /// [`skip`](Self::skip)). Bails on anything but an object, on a key with an escape, and
    /// wherever `member` bails.
    #[inline]
    pub(crate) fn object(
        &mut self,
        mut member: impl FnMut(&mut Self, &'a str) -> Result<(), Bail>,
    ) -> Result<(), Bail> {
        if self.peek() != Some(b'{') {
            return Err(Bail);
        }
        self.nested(b'}', |reader| {
            if reader.peek() == Some(b'}') {
                return Ok(());
            }
            loop {
                if reader.peek() != Some(b'"') {
                    return Err(Bail);
                }
                let key = reader.string()?;
                reader.eat(b':')?;
                member(reader, key)?;
                match reader.peek() {
                    Some(b',') => reader.at += 1,
                    // Left for `nested` to consume.
                    Some(b'}') => return Ok(()),
                    _ => return Err(Bail),
                }
            }
        })
    }

    /// Reads the object that comes next for its member `name`, read by `read`: a wrapper
    /// such as `{"error": {...}}`. Other members are skipped; a missing or repeated `name`
    /// bails, as a derived `Deserialize` refuses them.
    #[inline]
    pub(crate) fn only_member<T>(
        &mut self,
        name: &str,
        mut read: impl FnMut(&mut Self) -> Result<T, Bail>,
    ) -> Result<T, Bail> {
        let mut value = None;
        self.object(|reader, key| {
            if key == name {
                once(&mut value, read(reader)?)
            } else {
                reader.skip()
            }
        })?;
        value.ok_or(Bail)
    }

    /// Reads the value that comes next and forgets it, as a derived `Deserialize` ignores
    /// a member it does not know.
    #[inline]
    pub(crate) fn skip(&mut self) -> Result<(), Bail> {
        de::Deserializer::deserialize_ignored_any(self, IgnoredAny).map(|IgnoredAny| ())
    }

    /// A string, as [`Text`] reads it (`null` and other types bail).
    #[inline]
    pub(crate) fn text(&mut self) -> Result<Text<'a>, Bail> {
        match self.peek() {
            Some(b'"') => Ok(Text(Cow::Borrowed(self.string()?))),
            _ => Err(Bail),
        }
    }

    /// `null` or a string, as `Option<Text>` reads them.
    #[inline]
    pub(crate) fn optional_text(&mut self) -> Result<Option<Text<'a>>, Bail> {
        match self.peek() {
            Some(b'n') => self.literal(b"null").map(|()| None),
            _ => self.text().map(Some),
        }
    }

    /// An integer or a string, as [`CodeRef`] reads them.
    #[inline]
    pub(crate) fn code(&mut self) -> Result<CodeRef<'a>, Bail> {
        match self.peek() {
            Some(b'"') => Ok(CodeRef::Str(Cow::Borrowed(self.string()?))),
            Some(b'-' | b'0'..=b'9') => Ok(match self.number()? {
                Number::Unsigned(value) => CodeRef::Int(value.into()),
                Number::Signed(value) => CodeRef::Int(value.into()),
            }),
            _ => Err(Bail),
        }
    }

    /// A non-negative integer that fits a `u16`, as `u16` reads it.
    #[inline]
    pub(crate) fn u16(&mut self) -> Result<u16, Bail> {
        match self.peek() {
            Some(b'0'..=b'9') => match self.number()? {
                Number::Unsigned(value) => u16::try_from(value).map_err(|_| Bail),
                Number::Signed(_) => Err(Bail),
            },
            _ => Err(Bail),
        }
    }

    /// A string's text, or the JSON text of an integer, `true`, `false` or `null`, as
    /// [`ReadDetails`] keeps a member: the text as it stands in the body, which is how
    /// `serde_json` writes these values back (the reader takes no other form of them: no
    /// leading zero, no `-0`, no exponent). Arrays and objects bail: `serde_json` writes
    /// them back without the body's whitespace.
    fn member_text(&mut self) -> Result<&'a str, Bail> {
        let first = self.peek().ok_or(Bail)?;
        let start = self.at;
        match first {
            b'"' => return self.string(),
            b'-' | b'0'..=b'9' => {
                self.number()?;
            }
            b'n' => self.literal(b"null")?,
            b't' => self.literal(b"true")?,
            b'f' => self.literal(b"false")?,
            _ => return Err(Bail),
        }
        self.text.get(start..self.at).ok_or(Bail)
    }

    /// `null` or an object of strings, integers and literals, as `Option<ReadDetails>`
    /// reads them; an array or object member bails.
    pub(crate) fn details(&mut self) -> Result<Option<ReadDetails>, Bail> {
        if self.peek() == Some(b'n') {
            return self.literal(b"null").map(|()| None);
        }
        let mut details = ReadDetails::default();
        self.object(|reader, name| {
            let value = reader.member_text()?.to_owned();
            details.add(Cow::Borrowed(name), value);
            Ok(())
        })?;
        Ok(Some(details))
    }

    /// Reads an array or object whose opening bracket is next, then its closing `close`.
    #[inline]
    fn nested<T>(
        &mut self,
        close: u8,
        read: impl FnOnce(&mut Self) -> Result<T, Bail>,
    ) -> Result<T, Bail> {
        self.at += 1;
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Bail);
        }
        let value = read(self)?;
        self.eat(close)?;
        self.depth -= 1;
        Ok(value)
    }
}

/// Where a string that [`Reader::string`]'s word scan did not end, one starting at `start`,
/// ends in `bytes`: at the first quote, backslash or control character in the last few bytes
/// (`bytes.len()` when there is none). The closing quote of a body's last string is there.
/// The last few bytes are read as the last eight, one word: the bytes before them are in
/// words the scan read, which hold no special byte, so the first special byte of the eight
/// is the first of the few. A string starting in the last eight bytes goes byte by byte.
/// Out of line, so that `string` stays small enough to be inlined.
#[inline(never)]
fn end_in_last_bytes(bytes: &[u8], start: usize) -> usize {
    let rest = bytes.get(start..).unwrap_or_default();
    if let Some(last) = rest.last_chunk::<8>() {
        return match first_special(u64::from_le_bytes(*last)) {
            Some(offset) => bytes.len() - 8 + offset,
            None => bytes.len(),
        };
    }
    let mut end = start;
    while let Some(&byte) = bytes.get(end) {
        if byte == b'"' || byte == b'\\' || byte < 0x20 {
            break;
        }
        end += 1;
    }
    end
}

/// The position of the first byte of `word` (read little-endian) that ends or interrupts a
/// string without escapes: a quote, a backslash or a control character.
#[inline]
fn first_special(word: u64) -> Option<usize> {
    use super::json::{bytes_below, bytes_equal};
    // XOR with 0x02 maps a quote to 0x20 and keeps control characters below it: the bytes
    // below 0x21 afterwards are the quotes and the control characters. Each test's lowest
    // flag is exact, so the lowest of both is.
    let flags = bytes_below(word ^ 0x0202_0202_0202_0202, 0x21) | bytes_equal(word, b'\\');
    (flags != 0).then(|| flags.trailing_zeros() as usize / 8)
}

/// An integer as `serde_json` visits it.
enum Number {
    Unsigned(u64),
    Signed(i64),
}

/// Forwards each `deserialize_*` method to [`Reader::expecting`] with the kinds `serde_json`
/// accepts for it.
macro_rules! expecting {
    ($($method:ident => $expect:ident,)*) => {
        $(
            fn $method<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Bail> {
                self.expecting(Expect::$expect, visitor)
            }
        )*
    };
}

/// Bails in each `deserialize_*` method: `serde_json` visits those differently from
/// `deserialize_any` (bytes as bytes, 128-bit integers at full width, `f32` differently
/// with its `float_roundtrip` feature).
macro_rules! bailing {
    ($($method:ident,)*) => {
        $(
            fn $method<V: Visitor<'a>>(self, _: V) -> Result<V::Value, Bail> {
                Err(Bail)
            }
        )*
    };
}

impl<'a> de::Deserializer<'a> for &mut Reader<'a> {
    type Error = Bail;

    fn deserialize_any<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Bail> {
        match self.peek().ok_or(Bail)? {
            b'"' => {
                let text = self.string()?;
                visitor.visit_borrowed_str(text)
            }
            b'-' | b'0'..=b'9' => match self.number()? {
                Number::Unsigned(value) => visitor.visit_u64(value),
                Number::Signed(value) => visitor.visit_i64(value),
            },
            b'n' => {
                self.literal(b"null")?;
                visitor.visit_unit()
            }
            b't' => {
                self.literal(b"true")?;
                visitor.visit_bool(true)
            }
            b'f' => {
                self.literal(b"false")?;
                visitor.visit_bool(false)
            }
            b'[' => self.nested(b']', |reader| {
                visitor.visit_seq(Elements {
                    reader,
                    first: true,
                })
            }),
            b'{' => self.nested(b'}', |reader| {
                visitor.visit_map(Members {
                    reader,
                    first: true,
                })
            }),
            _ => Err(Bail),
        }
    }

    fn deserialize_str<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Bail> {
        match self.peek() {
            Some(b'"') => visitor.visit_borrowed_str(self.string()?),
            _ => Err(Bail),
        }
    }

    fn deserialize_string<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Bail> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Bail> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Bail> {
        if self.peek() == Some(b'n') {
            self.literal(b"null")?;
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_unit_struct<V: Visitor<'a>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, Bail> {
        self.expecting(Expect::Null, visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'a>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, Bail> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_tuple<V: Visitor<'a>>(self, _: usize, visitor: V) -> Result<V::Value, Bail> {
        self.expecting(Expect::Array, visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'a>>(
        self,
        _: &'static str,
        _: usize,
        visitor: V,
    ) -> Result<V::Value, Bail> {
        self.expecting(Expect::Array, visitor)
    }

    fn deserialize_struct<V: Visitor<'a>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Bail> {
        self.expecting(Expect::ObjectOrArray, visitor)
    }

    fn deserialize_enum<V: Visitor<'a>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Bail> {
        Err(Bail)
    }

    fn deserialize_ignored_any<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Bail> {
        de::Deserializer::deserialize_any(&mut *self, IgnoredAny)?;
        visitor.visit_unit()
    }

    expecting! {
        deserialize_bool => Bool,
        deserialize_i8 => Number,
        deserialize_i16 => Number,
        deserialize_i32 => Number,
        deserialize_i64 => Number,
        deserialize_u8 => Number,
        deserialize_u16 => Number,
        deserialize_u32 => Number,
        deserialize_u64 => Number,
        deserialize_f64 => Number,
        deserialize_char => String,
        deserialize_unit => Null,
        deserialize_seq => Array,
        deserialize_map => Object,
    }

    bailing! {
        deserialize_f32,
        deserialize_i128,
        deserialize_u128,
        deserialize_bytes,
        deserialize_byte_buf,
    }
}

/// The members of an object being read, its opening brace consumed.
struct Members<'r, 'a> {
    reader: &'r mut Reader<'a>,
    first: bool,
}

impl<'a> MapAccess<'a> for Members<'_, 'a> {
    type Error = Bail;

    fn next_key_seed<K: DeserializeSeed<'a>>(&mut self, seed: K) -> Result<Option<K::Value>, Bail> {
        match self.reader.peek() {
            // Left for `nested` to consume.
            Some(b'}') => return Ok(None),
            Some(b',') if !self.first => self.reader.at += 1,
            Some(b'"') if self.first => {}
            _ => return Err(Bail),
        }
        self.first = false;
        if self.reader.peek() != Some(b'"') {
            return Err(Bail);
        }
        let key = self.reader.string()?;
        self.reader.eat(b':')?;
        seed.deserialize(Key(key)).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'a>>(&mut self, seed: V) -> Result<V::Value, Bail> {
        seed.deserialize(&mut *self.reader)
    }
}

/// The elements of an array being read, its opening bracket consumed.
struct Elements<'r, 'a> {
    reader: &'r mut Reader<'a>,
    first: bool,
}

impl<'a> SeqAccess<'a> for Elements<'_, 'a> {
    type Error = Bail;

    fn next_element_seed<T: DeserializeSeed<'a>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Bail> {
        match self.reader.peek() {
            Some(b']') => return Ok(None),
            Some(b',') if !self.first => {
                self.reader.at += 1;
                // `[1,]` is an error.
                if self.reader.peek() == Some(b']') {
                    return Err(Bail);
                }
            }
            Some(_) if self.first => {}
            _ => return Err(Bail),
        }
        self.first = false;
        seed.deserialize(&mut *self.reader).map(Some)
    }
}

/// An object's key, visited as `serde_json` visits keys: as a borrowed string, whatever is
/// asked (it bails where `serde_json` would parse the key as a number or a bool).
struct Key<'a>(&'a str);

impl<'a> de::Deserializer<'a> for Key<'a> {
    type Error = Bail;

    fn deserialize_any<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Bail> {
        visitor.visit_borrowed_str(self.0)
    }

    fn deserialize_option<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Bail> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'a>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, Bail> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'a>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Bail> {
        Err(Bail)
    }

    bailing! {
        deserialize_bool,
        deserialize_i8,
        deserialize_i16,
        deserialize_i32,
        deserialize_i64,
        deserialize_i128,
        deserialize_u8,
        deserialize_u16,
        deserialize_u32,
        deserialize_u64,
        deserialize_u128,
        deserialize_f32,
        deserialize_f64,
        deserialize_bytes,
        deserialize_byte_buf,
    }

    serde::forward_to_deserialize_any! {
        <W: Visitor<'a>>
        char str string unit unit_struct seq tuple tuple_struct map struct identifier
        ignored_any
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use core::fmt::Debug;

    use serde::Deserialize;

    use super::{ReadMembers, Text, read, whole};

    /// Checks the reader against `serde_json` on `text`: when the reader reads it, so must
    /// `serde_json`, to the same value. Whether the reader read it.
    pub(crate) fn agrees<'a, T>(text: &'a str) -> bool
    where
        T: Deserialize<'a> + PartialEq + Debug,
    {
        agrees_with(text, read::<T>(text))
    }

    /// [`agrees`] for the member reader of `T` ([`ReadMembers`]).
    pub(crate) fn agrees_by_members<'a, T>(text: &'a str) -> bool
    where
        T: ReadMembers<'a> + PartialEq + Debug,
    {
        agrees_with(text, whole(text, T::read_members))
    }

    /// Checks `read`, what a reader made of `text`, against `serde_json`'s reading of it.
    fn agrees_with<'a, T>(text: &'a str, read: Option<T>) -> bool
    where
        T: Deserialize<'a> + PartialEq + Debug,
    {
        match read {
            Some(value) => {
                let reference = serde_json::from_str::<T>(text);
                assert!(
                    matches!(&reference, Ok(reference) if *reference == value),
                    "{text:?}: the reader gives {value:?}, serde_json {reference:?}"
                );
                true
            }
            None => false,
        }
    }

    /// Bodies made from each of `seeds` by small edits: every truncation, and for every
    /// position a deletion and insertions of bytes that change a JSON text's meaning.
    pub(crate) fn mutations(seeds: &[&str]) -> Vec<String> {
        const INSERTED: &[&str] = &[
            "\"", "\\", "\\n", ",", ":", "{", "}", "[", "]", "0", "-", "1.5", "e", " ", "\n",
            "\u{1}", "null", "true", "é", "中",
        ];
        let mut bodies = Vec::new();
        for seed in seeds {
            bodies.push((*seed).to_owned());
            let boundaries = (0..=seed.len()).filter(|&at| seed.is_char_boundary(at));
            for at in boundaries {
                bodies.push(seed[..at].to_owned());
                if let Some(character) = seed[at..].chars().next() {
                    let after = at + character.len_utf8();
                    bodies.push(format!("{}{}", &seed[..at], &seed[after..]));
                }
                for inserted in INSERTED {
                    bodies.push(format!("{}{inserted}{}", &seed[..at], &seed[at..]));
                }
            }
            // Each member after a comma, repeated: a duplicate member.
            for (comma, _) in seed.match_indices(',') {
                let rest = &seed[comma + 1..];
                let end = comma + 1 + rest.find([',', '}']).unwrap_or(rest.len());
                let member = &seed[comma..end];
                bodies.push(format!("{}{member}{}", &seed[..end], &seed[end..]));
            }
        }
        bodies
    }

    /// Checks a dialect's body type against `serde_json` (`agrees` is [`agrees`] for that
    /// type) on its `seeds`, which the reader must read, and on their [`mutations`], of which
    /// the reader must read a fair share.
    pub(crate) fn check_bodies(seeds: &[&str], agrees: impl Fn(&str) -> bool) {
        for seed in seeds {
            assert!(agrees(seed), "the reader bails on {seed:?}");
        }
        let bodies = mutations(seeds);
        let read = bodies.iter().filter(|body| agrees(body)).count();
        assert!(
            read * 10 > bodies.len(),
            "the reader read {read} of {} mutations",
            bodies.len()
        );
    }

    /// The word scan finds the first special byte wherever it is and whatever follows it.
    #[test]
    fn word_scan_finds_the_first_special_byte() {
        let specials = (0u8..0x20).chain([b'"', b'\\']);
        for special in specials {
            for at in 0..8 {
                for after in [b'a', 0, b'"', b'\\', 0x1f, 0xff] {
                    let mut word = *b"abcdefgh";
                    word[at] = special;
                    for later in word.iter_mut().skip(at + 1) {
                        *later = after;
                    }
                    // A byte just below and above the special one must not hide it.
                    if at > 0 {
                        word[at - 1] = special.wrapping_add(1).max(0x20);
                    }
                    assert_eq!(
                        super::first_special(u64::from_le_bytes(word)),
                        Some(at),
                        "{word:?}"
                    );
                }
            }
        }
        for clean in [
            *b"abcdefgh",
            [0x7f; 8],
            [0xff; 8],
            [0x80; 8],
            *b" !#[]{}~",
            [0x20; 8],
        ] {
            assert_eq!(
                super::first_special(u64::from_le_bytes(clean)),
                None,
                "{clean:?}"
            );
        }
    }

    /// A wrapper's member is read once, whatever else the object holds; a missing or repeated
    /// one bails, as serde's derive refuses it.
    #[test]
    fn only_member_reads_the_wrapped_member() {
        fn inner(text: &str) -> Option<String> {
            whole(text, |reader| {
                reader.only_member("error", |reader| reader.text().map(Text::into_owned))
            })
        }
        assert_eq!(inner(r#"{"error":"e"}"#).as_deref(), Some("e"));
        assert_eq!(
            inner(r#" { "x" : [1, {"y": null}], "error" : "e", "z": true } "#).as_deref(),
            Some("e")
        );
        for bailed in [
            r#"{}"#,
            r#"{"x":1}"#,
            r#"{"error":"e","error":"f"}"#,
            r#"{"error":1}"#,
            r#"{"error":"e",}"#,
            r#"["e"]"#,
            r#"{"error":"e"} x"#,
        ] {
            assert_eq!(inner(bailed), None, "{bailed}");
        }
    }

    /// Every JSON value's shape: the reader reads what it knows as `serde_json` does, and
    /// bails on the rest.
    #[test]
    fn reads_values_as_serde_json() {
        let read_here = [
            r#"{"a":"x","b":[1,-2,0,true,false,null],"c":{"d":{}},"e":[]}"#,
            " \t\r\n{ \"a\" : [ 1 , { } ] } \n",
            "18446744073709551615",
            "-9223372036854775808",
            "\"中文 é \u{7f}\"",
            r#"{"a":1,"a":2}"#,
        ];
        for text in read_here {
            assert!(agrees::<serde_json::Value>(text), "{text:?} is bailed");
        }
        let bailed = [
            r#""a\"b""#,
            "1.5",
            "1e3",
            "-0",
            "01",
            "18446744073709551616",
            "-9223372036854775809",
            "[1,]",
            r#"{"a":1,}"#,
            "{} x",
            "",
            "nul",
            "\"\u{1}\"",
        ];
        for text in bailed {
            assert!(!agrees::<serde_json::Value>(text), "{text:?} is read");
        }
        let deep = format!("{}{}", "[".repeat(40), "]".repeat(40));
        assert!(!agrees::<serde_json::Value>(&deep));
        let mut answered = 0;
        for text in mutations(&read_here) {
            answered += usize::from(agrees::<serde_json::Value>(&text));
        }
        assert!(answered > 100, "the reader read only {answered} mutations");
    }

    /// Typed targets: options, integers of a width, strings, and what serde's derive makes of
    /// missing, duplicate and unknown members.
    #[test]
    fn reads_typed_targets_as_serde_json() {
        #[derive(Debug, PartialEq, Deserialize)]
        struct Body<'a> {
            #[serde(borrow)]
            code: &'a str,
            status: u16,
            #[serde(default)]
            note: Option<String>,
            #[serde(default)]
            small: Option<i8>,
            #[serde(default)]
            flag: bool,
            #[serde(default)]
            unit: Option<()>,
        }
        let seeds = [
            r#"{"code":"E1","status":404,"note":null,"small":-5,"flag":true,"other":[{"x":1}]}"#,
            r#"{"status":200,"code":"E2","unit":null}"#,
        ];
        for seed in seeds {
            assert!(agrees::<Body<'_>>(seed), "{seed:?} is bailed");
        }
        let mut answered = 0;
        for text in mutations(&seeds) {
            answered += usize::from(agrees::<Body<'_>>(&text));
        }
        assert!(answered > 100, "the reader read only {answered} mutations");
        // Refused by the visitors: out of range, of the wrong type, missing, duplicated.
        for text in [
            r#"{"code":"E1","status":70000}"#,
            r#"{"code":"E1","status":"404"}"#,
            r#"{"code":"E1"}"#,
            r#"{"code":"E1","code":"E2","status":1}"#,
        ] {
            assert!(!agrees::<Body<'_>>(text), "{text:?} is read");
        }
        // A struct written as an array, as `serde_json` allows.
        assert!(agrees::<Body<'_>>(r#"["E1",404,null,null,false,null]"#));
    }
}
