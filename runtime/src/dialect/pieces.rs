//! A JSON body written as a fixed list of pieces, with one capacity check when every piece
//! is a plain copy.
//!
//! The built-in JSON dialects describe a body once, as an array of [`Piece`]s: JSON syntax,
//! texts the macro escaped at compile time, texts to escape (a request id, a detail) and the
//! rare parts that need code (a message with fields, a `details` object). [`write_pieces`]
//! then takes one of two paths:
//!
//! - **Every piece is a copy** (the texts to escape hold nothing to escape, nothing needs
//!   code): the total length is reserved once and the pieces are copied into the spare
//!   capacity, with one length update at the end. This is the path of every error with a
//!   static message, and the reason the module exists: appending piece by piece checks the
//!   capacity and stores the length once per piece. An SKMS render (body and head) went
//!   from 16.5 to 12.3 ns with this module and the borrowed head together, then to 10 ns
//!   with the short copies and one piece per optional member
//!   (`cargo bench -p error-catalog --bench dialects`).
//! - **Otherwise** each piece is appended in turn through the [`super::json`]
//!   writers, escaping as it goes.
//!
//! Both paths write the same bytes; the dialects' differential tests hold both to
//! `serde_json`.
//!
//! This file holds the crate's only `unsafe` code: one `Vec::set_len` after the copy.

use core::mem::MaybeUninit;

use super::head::BodyAndHeaderText;
use super::json;

/// One part of a JSON body, for [`write_pieces`].
#[derive(Clone, Copy)]
pub(crate) enum Piece<'p> {
    /// Bytes copied as they are: JSON syntax, or a number.
    Raw(&'p [u8]),
    /// Text that needs no escaping (escaped at compile time, or checked), copied between
    /// quotes.
    Quoted(&'p [u8]),
    /// Text written as a JSON string: quoted, escaped as it is copied.
    Str(&'p str),
    /// Text written inside a JSON string (the quotes are in the pieces around it), escaped
    /// as it is copied.
    Text(&'p str),
    /// A string member: `key` (the comma, the quoted name, the colon and the opening quote:
    /// `,"detail":"`), the text escaped as it is copied, then the closing quote. One piece
    /// rather than three, so an optional member is one test.
    Member(&'static [u8], &'p str),
    /// A [`Member`](Piece::Member) whose text is known to need no escaping (a request id
    /// checked once for its header and its body), copied without a second look.
    CleanMember(&'static [u8], &'p str),
    /// A [`Member`](Piece::Member) whose text is first [`sanitize`](super::sanitize)d, as a
    /// header would send it, then escaped: a request id that check did not find clean.
    SanitizedMember(&'static [u8], &'p str),
    /// A part written by code: a message with fields, a `details` object.
    Written(&'p dyn WriteJson),
    /// Nothing: the pieces of a member that is absent. (An empty [`Raw`](Piece::Raw) would
    /// do, but its length is not known at compile time where it stands for an optional
    /// member, and copying it costs a call to `memcpy`.)
    Absent,
}

/// The piece of an optional string member: [`Piece::Member`] when there is a `value`, else
/// nothing.
#[inline(always)]
pub(crate) fn member<'p>(key: &'static [u8], value: Option<&'p str>) -> Piece<'p> {
    match value {
        Some(text) => Piece::Member(key, text),
        None => Piece::Absent,
    }
}

/// The piece of an optional string member checked once for its header and its body (what
/// [`Prepared::request_id_for_body`](super::Prepared::request_id_for_body) gives):
/// [`Piece::CleanMember`] when it is clean, [`Piece::SanitizedMember`] when it is not.
#[inline(always)]
pub(crate) fn checked_member<'p>(
    key: &'static [u8],
    value: Option<BodyAndHeaderText<'p>>,
) -> Piece<'p> {
    match value.map(BodyAndHeaderText::parts) {
        Some((text, true)) => Piece::CleanMember(key, text),
        Some((text, false)) => Piece::SanitizedMember(key, text),
        None => Piece::Absent,
    }
}

/// The key piece of an optional member: `key` when the member is `present`, else nothing.
#[inline(always)]
pub(crate) fn member_key(key: &'static [u8], present: bool) -> Piece<'static> {
    if present {
        Piece::Raw(key)
    } else {
        Piece::Absent
    }
}

/// A part of a JSON body that code writes, for [`Piece::Written`].
pub(crate) trait WriteJson {
    /// Appends the part.
    fn write_json(&self, out: &mut Vec<u8>);
}

/// Appends `pieces` to `out`, in order: with one capacity check when every piece is a copy
/// (see the [module documentation](self)), else one piece at a time.
#[inline(always)]
pub(crate) fn write_pieces<const N: usize>(out: &mut Vec<u8>, pieces: [Piece<'_>; N])
where
    for<'p> [Piece<'p>; N]: Unrolled,
{
    match pieces.copied_length() {
        Some(total) => copy_pieces(out, &pieces, total),
        None => pieces.append_into(out),
    }
}

/// An array of pieces walked in straight-line code: a loop over them is not unrolled (the
/// optimizer sees a loop of a `match` with calls) and then measured slower than appending
/// piece by piece, while straight-line code folds each constant piece into a few stores.
pub(crate) trait Unrolled {
    /// The length of the pieces when every one is a copy, `None` when one needs escaping
    /// or code.
    fn copied_length(&self) -> Option<usize>;

    /// Copies the pieces, all copies, into `spare`.
    fn copy_into(&self, spare: &mut Spare<'_>);

    /// Appends the pieces one at a time, escaping texts.
    fn append_into(&self, out: &mut Vec<u8>);
}

/// Implements [`Unrolled`] for arrays of each length, given its indices.
macro_rules! unrolled {
    ($($len:literal => [$($index:literal)*]),+ $(,)?) => {$(
        impl Unrolled for [Piece<'_>; $len] {
            #[inline(always)]
            fn copied_length(&self) -> Option<usize> {
                Some(0 $(+ self[$index].copied_length()?)*)
            }

            #[inline(always)]
            fn copy_into(&self, spare: &mut Spare<'_>) {
                $(spare.piece(&self[$index]);)*
            }

            #[inline(always)]
            fn append_into(&self, out: &mut Vec<u8>) {
                $(self[$index].append_to(out);)*
            }
        }
    )+};
}

unrolled! {
    1 => [0],
    2 => [0 1],
    3 => [0 1 2],
    4 => [0 1 2 3],
    5 => [0 1 2 3 4],
    6 => [0 1 2 3 4 5],
    7 => [0 1 2 3 4 5 6],
    8 => [0 1 2 3 4 5 6 7],
    9 => [0 1 2 3 4 5 6 7 8],
    10 => [0 1 2 3 4 5 6 7 8 9],
    11 => [0 1 2 3 4 5 6 7 8 9 10],
    12 => [0 1 2 3 4 5 6 7 8 9 10 11],
    13 => [0 1 2 3 4 5 6 7 8 9 10 11 12],
    14 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13],
    15 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14],
    16 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15],
    17 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16],
    18 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17],
    19 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18],
    20 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19],
    21 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20],
    22 => [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21],
}

impl Piece<'_> {
    /// The piece's length when it is a copy, `None` when it needs escaping or code.
    #[inline(always)]
    fn copied_length(&self) -> Option<usize> {
        match *self {
            Piece::Raw(bytes) => Some(bytes.len()),
            Piece::Quoted(bytes) => Some(bytes.len() + 2),
            Piece::Str(text) if !json::needs_escaping(text) => Some(text.len() + 2),
            Piece::Text(text) if !json::needs_escaping(text) => Some(text.len()),
            Piece::Member(key, text) if !json::needs_escaping(text) => {
                Some(key.len() + text.len() + 1)
            }
            Piece::CleanMember(key, text) => Some(key.len() + text.len() + 1),
            Piece::Str(_)
            | Piece::Text(_)
            | Piece::Member(..)
            | Piece::SanitizedMember(..)
            | Piece::Written(_) => None,
            Piece::Absent => Some(0),
        }
    }
}

/// Copies `pieces`, all copies of `total` bytes in all, into `out`'s spare capacity, and
/// adds them to its length at once.
#[inline(always)]
#[allow(unsafe_code)]
fn copy_pieces<L: Unrolled + ?Sized>(out: &mut Vec<u8>, pieces: &L, total: usize) {
    out.reserve(total);
    let start = out.len();
    let mut spare = Spare {
        spare: &mut out.spare_capacity_mut()[..total],
    };
    pieces.copy_into(&mut spare);
    let written = total - spare.spare.len();
    // SAFETY: `Spare::put` initialized the first `written` bytes of the spare capacity, one
    // range after the other (`write_copy_of_slice` into bounds-checked ranges of it, from 0
    // to `written`), and nothing touched the buffer since.
    unsafe { out.set_len(start + written) };
}

/// Part of a buffer's spare capacity, filled by copies from its start.
pub(crate) struct Spare<'o> {
    spare: &'o mut [MaybeUninit<u8>],
}

impl Spare<'_> {
    /// Copies `bytes` after what was copied before.
    #[inline(always)]
    fn put(&mut self, bytes: &[u8]) {
        let (head, rest) = core::mem::take(&mut self.spare).split_at_mut(bytes.len());
        copy_short(head, bytes);
        self.spare = rest;
    }

    /// Copies `piece`, a copy (a piece that is not is skipped: [`Unrolled::copied_length`]
    /// counted none).
    #[inline(always)]
    fn piece(&mut self, piece: &Piece<'_>) {
        match *piece {
            Piece::Raw(bytes) => self.put(bytes),
            Piece::Quoted(bytes) => {
                self.put(b"\"");
                self.put(bytes);
                self.put(b"\"");
            }
            Piece::Str(text) => {
                self.put(b"\"");
                self.put(text.as_bytes());
                self.put(b"\"");
            }
            Piece::Text(text) => self.put(text.as_bytes()),
            Piece::Member(key, text) | Piece::CleanMember(key, text) => {
                self.put(key);
                self.put(text.as_bytes());
                self.put(b"\"");
            }
            Piece::SanitizedMember(..) | Piece::Written(_) | Piece::Absent => {}
        }
    }
}

/// Copies `src` into `dst`, of the same length: a text of 4 to 32 bytes (a code, a request
/// id, a short message) as two overlapping words or 16-byte blocks, inline, rather than
/// through a call to `memcpy` that costs more than the copy.
#[inline(always)]
fn copy_short(dst: &mut [MaybeUninit<u8>], src: &[u8]) {
    let copied = copy_overlapping::<16>(dst, src)
        || copy_overlapping::<8>(dst, src)
        || copy_overlapping::<4>(dst, src);
    if !copied {
        dst.write_copy_of_slice(src);
    }
}

/// Copies `src`, when it holds `W` to `2 * W` bytes, into `dst` as its first `W` bytes and
/// its last `W` bytes (overlapping when it is shorter than `2 * W`); `false` when it is too
/// short or too long for that.
#[inline(always)]
fn copy_overlapping<const W: usize>(dst: &mut [MaybeUninit<u8>], src: &[u8]) -> bool {
    let len = src.len();
    match (src.first_chunk::<W>(), src.last_chunk::<W>()) {
        (Some(first), Some(last)) if len <= 2 * W => {
            let (first, last) = (*first, *last);
            dst[..W].write_copy_of_slice(&first);
            dst[len - W..].write_copy_of_slice(&last);
            true
        }
        _ => false,
    }
}

impl Piece<'_> {
    /// Appends the piece, escaping a text: the path of bodies with a piece to escape or
    /// write, in straight-line code too, so the constant pieces between those are stores
    /// rather than calls to `memcpy`.
    #[inline(always)]
    fn append_to(&self, out: &mut Vec<u8>) {
        match *self {
            Piece::Raw(bytes) => out.extend_from_slice(bytes),
            Piece::Quoted(bytes) => {
                out.push(b'"');
                out.extend_from_slice(bytes);
                out.push(b'"');
            }
            Piece::Str(text) => json::write_str(out, text),
            Piece::Text(text) => json::write_escaped(out, text),
            Piece::Member(key, text) => {
                out.extend_from_slice(key);
                json::write_escaped(out, text);
                out.push(b'"');
            }
            Piece::CleanMember(key, text) => {
                out.extend_from_slice(key);
                out.extend_from_slice(text.as_bytes());
                out.push(b'"');
            }
            Piece::SanitizedMember(key, text) => sanitized_member(out, key, text),
            Piece::Written(part) => part.write_json(out),
            Piece::Absent => {}
        }
    }
}

/// Appends [`Piece::SanitizedMember`]: out of line, as what it writes is rare.
#[cold]
#[inline(never)]
fn sanitized_member(out: &mut Vec<u8>, key: &[u8], text: &str) {
    out.extend_from_slice(key);
    json::write_escaped(out, &super::sanitize(text));
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Literal(&'static str);

    impl WriteJson for Literal {
        fn write_json(&self, out: &mut Vec<u8>) {
            out.extend_from_slice(self.0.as_bytes());
        }
    }

    fn written<const N: usize>(start: &[u8], pieces: [Piece<'_>; N]) -> String
    where
        for<'p> [Piece<'p>; N]: Unrolled,
    {
        let mut out = start.to_vec();
        write_pieces(&mut out, pieces);
        String::from_utf8(out).unwrap()
    }

    fn one_at_a_time<const N: usize>(start: &[u8], pieces: [Piece<'_>; N]) -> String
    where
        for<'p> [Piece<'p>; N]: Unrolled,
    {
        let mut out = start.to_vec();
        pieces.append_into(&mut out);
        String::from_utf8(out).unwrap()
    }

    /// Copies come out the same on both paths, after what the buffer held.
    #[test]
    fn both_paths_write_the_same_bytes() {
        let plain = [
            Piece::Raw(b"{\"a\":"),
            Piece::Quoted(b"x y"),
            Piece::Raw(b",\"b\":"),
            Piece::Str("caf\u{e9}"),
            Piece::Absent,
            Piece::Raw(b",\"c\":\""),
            Piece::Text("0123456789abcdefg"),
            Piece::Raw(b"\""),
            member(b",\"d\":\"", Some("req_1")),
            member(b",\"e\":\"", None),
            Piece::Raw(b"}"),
        ];
        let expected =
            "..{\"a\":\"x y\",\"b\":\"caf\u{e9}\",\"c\":\"0123456789abcdefg\",\"d\":\"req_1\"}";
        assert_eq!(plain.copied_length(), Some(expected.len() - 2));
        assert_eq!(written(b"..", plain), expected);
        assert_eq!(one_at_a_time(b"..", plain), expected);
    }

    /// Texts of every length up to 62 bytes are copied whole (the short copies overlap two
    /// words), alone and between other pieces.
    #[test]
    fn texts_of_every_length_are_copied() {
        let text = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for len in 0..=text.len() {
            let piece = &text[..len];
            assert_eq!(written(b"", [Piece::Text(piece)]), piece);
            assert_eq!(
                written(
                    b"[",
                    [
                        Piece::Raw(piece.as_bytes()),
                        Piece::Quoted(b"q"),
                        Piece::Text(piece)
                    ]
                ),
                format!("[{piece}\"q\"{piece}")
            );
        }
    }

    /// A text to escape, or a written part, takes the piece-by-piece path, in order.
    #[test]
    fn escaping_and_written_parts_go_one_at_a_time() {
        let escaped = [
            Piece::Raw(b"{\"a\":"),
            Piece::Str("say \"hi\"\n"),
            Piece::Raw(b",\"b\":\""),
            Piece::Text("back\\slash"),
            Piece::Raw(b"\",\"c\":"),
            Piece::Written(&Literal("[1,2]")),
            member(b",\"d\":\"", Some("tab\t")),
            Piece::Raw(b"}"),
        ];
        assert_eq!(escaped.copied_length(), None);
        let expected = r#"{"a":"say \"hi\"\n","b":"back\\slash","c":[1,2],"d":"tab\t"}"#;
        assert_eq!(written(b"", escaped), expected);
        for (i, piece) in escaped.iter().enumerate() {
            let needs_code = !matches!(piece, Piece::Raw(_));
            let mut alone = escaped;
            for (j, other) in alone.iter_mut().enumerate() {
                if j != i && !matches!(other, Piece::Raw(_)) {
                    *other = Piece::Absent;
                }
            }
            assert_eq!(alone.copied_length().is_none(), needs_code, "piece {i}");
        }
    }

    /// The copy path reserves what it needs, whatever the buffer held: a buffer with no
    /// spare capacity, and one with exactly enough.
    #[test]
    fn copies_grow_the_buffer() {
        let pieces = [Piece::Raw(b"0123456789"); 6];
        let mut empty = Vec::new();
        write_pieces(&mut empty, pieces);
        assert_eq!(empty, b"0123456789".repeat(6));

        let mut exact = Vec::with_capacity(61);
        exact.push(b'>');
        write_pieces(&mut exact, pieces);
        assert_eq!(exact.len(), 61);
        assert_eq!(&exact[1..], b"0123456789".repeat(6).as_slice());
    }
}
