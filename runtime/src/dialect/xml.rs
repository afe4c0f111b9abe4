//! XML text escaping for XML 1.0 (which cannot carry most control characters at all), and
//! reading the leaf elements of one element with quick-xml: what an XML dialect (Adobe
//! Pass's XML form, a user's) writes and reads its bodies with.
//!
//! ```
//! use error_catalog::dialect::xml::{ElementWriter, read_children};
//!
//! let mut body = Vec::new();
//! let mut out = ElementWriter::new(&mut body);
//! out.start("error");
//! out.text("code", "a<b");
//! out.display("status", &403);
//! out.end("error");
//! assert_eq!(body, b"<error><code>a&lt;b</code><status>403</status></error>");
//!
//! let text = String::from_utf8(body).unwrap();
//! let children = read_children("my_dialect", &text, "error")?.expect("has <error>");
//! assert_eq!(children[0], ("code".to_owned(), "a<b".to_owned()));
//! # Ok::<(), error_catalog::dialect::ParseError>(())
//! ```

use core::fmt;

use std::borrow::Cow;

use quick_xml::events::{BytesStart, Event};

use super::parse::ParseError;

/// Appends `text` escaped for XML 1.0 character data: `<`, `>` and `&` as entities, CR as
/// `&#13;` (so no parser folds it into a line end), and every character XML 1.0 cannot hold
/// (C0 controls but tab and LF, U+FFFE, U+FFFF) as U+FFFD.
pub fn write_escaped(out: &mut Vec<u8>, text: &str) {
    let bytes = text.as_bytes();
    let clean = clean_prefix(bytes);
    if clean == bytes.len() {
        out.extend_from_slice(bytes);
    } else {
        write_escaped_from(out, bytes, clean);
    }
}

/// Whether a byte of `word` may need rewriting: a control character (tab and LF included,
/// which the byte loop then keeps), `<`, `>`, `&`, or 0xEF (U+FFFE and U+FFFF start with it).
#[inline]
const fn word_needs_escape(word: u64) -> bool {
    use super::json::{has_byte, has_byte_below};
    has_byte_below(word, 0x20)
        | has_byte(word, b'<')
        | has_byte(word, b'>')
        | has_byte(word, b'&')
        | has_byte(word, 0xef)
}

/// The length of the longest prefix of `bytes` made of whole words with nothing to escape,
/// or all of `bytes` when it has nothing to escape.
#[inline]
fn clean_prefix(bytes: &[u8]) -> usize {
    let (words, tail) = super::json::words(bytes);
    let mut at = 0;
    for word in words {
        if word_needs_escape(word) {
            return at;
        }
        at += 8;
    }
    if !word_needs_escape(super::json::tail_word(tail, b' ')) {
        bytes.len()
    } else {
        at
    }
}

/// The byte loop of [`write_escaped`], from `clean` on (everything before it is clean, and
/// copied with the run it starts).
fn write_escaped_from(out: &mut Vec<u8>, bytes: &[u8], clean: usize) {
    let mut start = 0;
    let mut i = clean;
    while i < bytes.len() {
        let byte = bytes[i];
        let replacement: &[u8] = match byte {
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'&' => b"&amp;",
            b'\r' => b"&#13;",
            b'\t' | b'\n' => {
                i += 1;
                continue;
            }
            0..0x20 => "\u{fffd}".as_bytes(),
            // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
            0xef if matches!(bytes.get(i + 1..i + 3), Some([0xbf, 0xbe | 0xbf])) => {
                out.extend_from_slice(&bytes[start..i]);
                out.extend_from_slice("\u{fffd}".as_bytes());
                i += 3;
                start = i;
                continue;
            }
            _ => {
                i += 1;
                continue;
            }
        };
        out.extend_from_slice(&bytes[start..i]);
        out.extend_from_slice(replacement);
        i += 1;
        start = i;
    }
    out.extend_from_slice(&bytes[start..]);
}

/// A `fmt::Write` that XML-escapes into a byte buffer.
struct Escaper<'a>(&'a mut Vec<u8>);

impl fmt::Write for Escaper<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        write_escaped(self.0, text);
        Ok(())
    }
}

/// Writes elements into a byte buffer, texts escaped by [`write_escaped`]. Names are written
/// as given.
pub struct ElementWriter<'a> {
    out: &'a mut Vec<u8>,
}

impl fmt::Debug for ElementWriter<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ElementWriter").finish_non_exhaustive()
    }
}

impl<'a> ElementWriter<'a> {
    /// A writer appending to `out`.
    #[must_use]
    pub fn new(out: &'a mut Vec<u8>) -> Self {
        ElementWriter { out }
    }

    /// Writes the start tag `<name>`.
    #[inline]
    pub fn start(&mut self, name: &str) {
        self.out.push(b'<');
        self.out.extend_from_slice(name.as_bytes());
        self.out.push(b'>');
    }

    /// Writes the end tag `</name>`.
    #[inline]
    pub fn end(&mut self, name: &str) {
        self.out.extend_from_slice(b"</");
        self.out.extend_from_slice(name.as_bytes());
        self.out.push(b'>');
    }

    /// Writes `<name>text</name>`, the text escaped.
    #[inline]
    pub fn text(&mut self, name: &str, text: &str) {
        self.start(name);
        write_escaped(self.out, text);
        self.end(name);
    }

    /// Writes `<name>value</name>`, `value`'s `Display` text escaped.
    pub fn display(&mut self, name: &str, value: &dyn fmt::Display) {
        use fmt::Write as _;
        self.start(name);
        let _ = write!(Escaper(self.out), "{value}");
        self.end(name);
    }
}

/// The text of every leaf child of the first element named `root` at depth 0 or 1, as
/// `(child name, text)`; children that hold elements are skipped. `None` when there is no
/// such element. `dialect` names the dialect in errors.
///
/// # Errors
///
/// [`ParseError::Xml`] for malformed XML or an unclosed root.
pub fn read_children(
    dialect: &'static str,
    text: &str,
    root: &str,
) -> Result<Option<Vec<(String, String)>>, ParseError> {
    let children = read_leaves(dialect, text, root)?;
    Ok(children.map(|children| {
        children
            .into_iter()
            .map(|(name, text)| (name.into_owned(), text.into_owned()))
            .collect()
    }))
}

/// A leaf child: its local name and its text.
pub(crate) type Leaf<'t> = (Cow<'t, str>, Cow<'t, str>);

/// [`read_children`], names and texts borrowed from `text` where they can be (a text with no
/// entity, no CDATA section beside other text and no CR to normalize).
pub(crate) fn read_leaves<'t>(
    dialect: &'static str,
    text: &'t str,
    root: &str,
) -> Result<Option<Vec<Leaf<'t>>>, ParseError> {
    match read_flat_leaves(text, root) {
        Some(children) => Ok(Some(children)),
        None => read_leaves_with_reader(dialect, text, root),
    }
}

/// [`read_leaves`] for the documents every built-in dialect writes, without an XML reader:
/// an optional prolog of `<?...?>` declarations, then `<root>` holding only leaves
/// `<name>text</name>` or `<name/>`, with whitespace between tags. Names are ASCII letters,
/// digits, `_`, `-` and `.`; texts hold no `&` and no CR (nothing to decode). `None` as
/// soon as the text strays from that shape (attributes, namespaces, comments, CDATA, a
/// nested element, an entity, a root below the top...), and [`read_leaves_with_reader`]
/// then reads it; where this reads a document, both give the same leaves (a differential
/// test checks it).
fn read_flat_leaves<'t>(text: &'t str, root: &str) -> Option<Vec<Leaf<'t>>> {
    let bytes = text.as_bytes();
    let mut at = skip_prolog(bytes)?;
    let (name, after) = tag_name(text, at.checked_add(1)?)?;
    if bytes.get(at) != Some(&b'<') || name != root {
        return None;
    }
    let mut children = Vec::with_capacity(8);
    match bytes.get(after..after.checked_add(2)?)? {
        [b'/', b'>'] => return Some(children),
        [b'>', _] => at = after + 1,
        _ => return None,
    }
    loop {
        at = skip_whitespace(bytes, at);
        if bytes.get(at) != Some(&b'<') {
            return None;
        }
        if bytes.get(at + 1) == Some(&b'/') {
            let (name, after) = tag_name(text, at + 2)?;
            return (name == root && bytes.get(after) == Some(&b'>')).then_some(children);
        }
        let (name, after) = tag_name(text, at + 1)?;
        match bytes.get(after)? {
            b'/' if bytes.get(after + 1) == Some(&b'>') => {
                children.push((Cow::Borrowed(name), Cow::Borrowed("")));
                at = after + 2;
            }
            b'>' => {
                let start = after + 1;
                let end = start + memchr::memchr3(b'<', b'&', b'\r', bytes.get(start..)?)?;
                if bytes.get(end..end + 2)? != b"</" {
                    return None;
                }
                let (close, after) = tag_name(text, end + 2)?;
                if close != name || bytes.get(after) != Some(&b'>') {
                    return None;
                }
                children.push((Cow::Borrowed(name), Cow::Borrowed(text.get(start..end)?)));
                at = after + 1;
            }
            _ => return None,
        }
    }
}

/// Where the root element's `<` should be: after whitespace and `<?...?>` declarations
/// (which the reader skips too). `None` for anything else before it.
fn skip_prolog(bytes: &[u8]) -> Option<usize> {
    let mut at = skip_whitespace(bytes, 0);
    while bytes.get(at..at + 2)? == b"<?" {
        let rest = bytes.get(at + 2..)?;
        at += 2 + rest.windows(2).position(|pair| pair == b"?>")? + 2;
        at = skip_whitespace(bytes, at);
    }
    Some(at)
}

/// The position of the first byte from `at` on that is not XML whitespace.
fn skip_whitespace(bytes: &[u8], at: usize) -> usize {
    let rest = bytes.get(at..).unwrap_or_default();
    at + rest
        .iter()
        .position(|byte| !matches!(byte, b' ' | b'\t' | b'\n' | b'\r'))
        .unwrap_or(rest.len())
}

/// The tag name starting at `at` and the position after it: one or more ASCII letters,
/// digits, `_`, `-` or `.` (no namespace prefix).
fn tag_name(text: &str, at: usize) -> Option<(&str, usize)> {
    let rest = text.as_bytes().get(at..)?;
    let length = rest
        .iter()
        .position(|&byte| !(byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'-' | b'.')))
        .unwrap_or(rest.len());
    if length == 0 {
        return None;
    }
    Some((text.get(at..at + length)?, at + length))
}

/// [`read_leaves`] through `quick_xml`'s reader: any well-formed document.
fn read_leaves_with_reader<'t>(
    dialect: &'static str,
    text: &'t str,
    root: &str,
) -> Result<Option<Vec<Leaf<'t>>>, ParseError> {
    let mut reader = quick_xml::Reader::from_str(text);
    let xml_error = |reader: &quick_xml::Reader<&[u8]>, message: String| ParseError::Xml {
        dialect,
        position: reader.error_position(),
        message,
    };
    let mut depth = 0usize;
    // Depth of the root once found; the child being read and its text.
    let mut inside: Option<usize> = None;
    let mut child: Option<(Cow<'t, str>, Cow<'t, str>, bool)> = None;
    // Room for every member of the built-in dialects' objects, so the list grows only once.
    let mut children = Vec::with_capacity(8);
    loop {
        // Where the event starts: a tag's `<`.
        let at = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        let event = reader
            .read_event()
            .map_err(|error| xml_error(&reader, error.to_string()))?;
        match event {
            Event::Start(start) => {
                let name = local_name(text, at, &start);
                match inside {
                    None if depth <= 1 && name == root => inside = Some(depth),
                    Some(level) if depth == level + 1 => {
                        child = Some((name, Cow::Borrowed(""), true))
                    }
                    Some(level) if depth > level + 1 => {
                        // An element inside a child: the child is not a leaf.
                        if let Some((_, _, leaf)) = &mut child {
                            *leaf = false;
                        }
                    }
                    _ => {}
                }
                depth += 1;
            }
            Event::Empty(start) => {
                if let Some(level) = inside {
                    if depth == level + 1 {
                        children.push((local_name(text, at, &start), Cow::Borrowed("")));
                    } else if let Some((_, _, leaf)) = &mut child {
                        *leaf = false;
                    }
                } else if depth <= 1 && start.local_name().as_ref() == root.as_bytes() {
                    return Ok(Some(children));
                }
            }
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                match inside {
                    Some(level) if depth == level => return Ok(Some(children)),
                    Some(level) if depth == level + 1 => {
                        if let Some((name, text, true)) = child.take() {
                            children.push((name, text));
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(content) => {
                if let Some((_, text, _)) = &mut child {
                    let decoded = content
                        .xml10_content()
                        .map_err(|error| xml_error(&reader, error.to_string()))?;
                    append(text, decoded);
                }
            }
            Event::CData(content) => {
                if let Some((_, text, _)) = &mut child {
                    let decoded = content
                        .decode()
                        .map_err(|error| xml_error(&reader, error.to_string()))?;
                    append(text, decoded);
                }
            }
            Event::GeneralRef(reference) => {
                if let Some((_, text, _)) = &mut child {
                    let resolved = resolve_reference(&reference).ok_or_else(|| {
                        xml_error(&reader, "unknown or invalid entity reference".to_owned())
                    })?;
                    text.to_mut().push(resolved);
                }
            }
            Event::Eof => {
                return if inside.is_some() {
                    Err(xml_error(&reader, format!("`<{root}>` is not closed")))
                } else {
                    Ok(None)
                };
            }
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
        }
    }
}

/// The local name of the element `start`, whose tag begins at byte `at` of `text`: borrowed
/// from `text` (checked against the event's own bytes), or copied if it is not found there.
fn local_name<'t>(text: &'t str, at: usize, start: &BytesStart<'_>) -> Cow<'t, str> {
    let local = start.local_name();
    let local = local.as_ref();
    let end = at.saturating_add(1 + start.name().as_ref().len());
    match text.get(end.saturating_sub(local.len())..end) {
        Some(name) if name.as_bytes() == local => Cow::Borrowed(name),
        _ => Cow::Owned(String::from_utf8_lossy(local).into_owned()),
    }
}

/// Appends a decoded piece to a child's text, borrowing the first piece as it is.
fn append<'t>(text: &mut Cow<'t, str>, piece: Cow<'t, str>) {
    if text.is_empty() {
        *text = piece;
    } else {
        text.to_mut().push_str(&piece);
    }
}

/// The character a predefined entity or a character reference stands for.
fn resolve_reference(reference: &quick_xml::events::BytesRef<'_>) -> Option<char> {
    if reference.is_char_ref() {
        return reference.resolve_char_ref().ok().flatten();
    }
    match reference.as_ref() {
        b"lt" => Some('<'),
        b"gt" => Some('>'),
        b"amp" => Some('&'),
        b"apos" => Some('\''),
        b"quot" => Some('"'),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{read_children, write_escaped};
    #[test]
    fn escapes_what_xml_cannot_hold() {
        let mut out = Vec::new();
        write_escaped(&mut out, "a<b>&c\r\n\t\u{1}\u{fffe}中");
        assert_eq!(
            String::from_utf8(out).unwrap_or_default(),
            "a&lt;b&gt;&amp;c&#13;\n\t\u{fffd}\u{fffd}中"
        );
    }

    #[test]
    fn word_scan_escapes_as_the_byte_loop() {
        let specials = [
            "<", ">", "&", "\r", "\n", "\t", "\u{1}", "\u{fffe}", "\u{ffff}", "\u{fffd}", "中", "é",
        ];
        for special in specials {
            for at in 0..20 {
                let text = format!("{}{special}{}", "a".repeat(at), "b".repeat(20 - at));
                let mut fast = Vec::new();
                write_escaped(&mut fast, &text);
                let mut reference = Vec::new();
                super::write_escaped_from(&mut reference, text.as_bytes(), 0);
                assert_eq!(fast, reference, "{text:?}");
            }
        }
    }

    /// A deterministic xorshift generator, so a failure names a case that repeats.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            usize::try_from(self.0 % n as u64).unwrap_or(0)
        }

        /// A piece of `from`, from the part after `|` one time in ten.
        fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
            let split = from
                .iter()
                .position(|piece| *piece == "|")
                .unwrap_or(from.len());
            let (good, bad) = (&from[..split], from.get(split + 1..).unwrap_or_default());
            if bad.is_empty() || self.below(10) != 0 {
                good[self.below(good.len())]
            } else {
                bad[self.below(bad.len())]
            }
        }
    }

    /// The flat reader either declines a document or reads exactly what `quick_xml` reads,
    /// over documents built from the shapes the dialects write, the XML they do not, and
    /// every truncation of some of them.
    #[test]
    fn flat_reader_reads_what_the_xml_reader_reads() {
        // Each list: the shapes the flat reader takes, then `|`, then shapes it declines;
        // a piece comes from the second part one time in ten.
        let prologs = [
            "",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "\n<?xml version=\"1.0\"?>\r\n",
            "<?pi a?><?xml?>",
            "|",
            "<!-- c -->",
            "<!DOCTYPE error>",
            "\u{feff}",
            "x",
            "<?xml",
        ];
        let roots = [
            "error",
            "|",
            "Error",
            "ns:error",
            "response",
            "error a=\"1\"",
            "error ",
        ];
        let names = [
            "status", "code", "message", "helpUrl", "trace", "a.b", "x-y", "_1", "9", "error", "|",
            "é", "a:b", "", "a b",
        ];
        let texts = [
            "",
            "403",
            "x",
            " padded ",
            "中文",
            "a>b",
            "]]>",
            "\u{1}",
            "\t\n",
            "'\"",
            "|",
            "a &amp; b",
            "&#13;",
            "a\rb",
            "a\r\nb",
            "<![CDATA[c]]>",
            "<!-- c -->",
            "<i>nested</i>",
            "&bogus;",
            "a<b",
            "&",
        ];
        let gaps = [
            "",
            " ",
            "\n  ",
            "\r\n",
            "|",
            "text",
            "<!-- c -->",
            "<?pi?>",
            "&amp;",
        ];
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let (mut read, mut declined) = (0, 0);
        for case in 0..6_000 {
            let root = rng.pick(&roots);
            let mut doc = String::from(rng.pick(&prologs));
            doc.push_str(&format!("<{root}>"));
            for _ in 0..rng.below(6) {
                doc.push_str(rng.pick(&gaps));
                let name = rng.pick(&names);
                match rng.below(20) {
                    0 | 1 => doc.push_str(&format!("<{name}/>")),
                    2 => doc.push_str(&format!(
                        "<{name}>{}</{}>",
                        rng.pick(&texts),
                        rng.pick(&names)
                    )),
                    _ => doc.push_str(&format!("<{name}>{}</{name}>", rng.pick(&texts))),
                }
            }
            doc.push_str(rng.pick(&gaps));
            let close = root.split(' ').next().unwrap_or(root);
            match rng.below(20) {
                0 => {}
                1 => doc.push_str("</other>"),
                _ => doc.push_str(&format!("</{close}>")),
            }
            if rng.below(6) == 0 {
                doc.push_str(rng.pick(&["trailing", "<x>", "</y>", "<error/>"]));
            }
            if case % 8 == 0 {
                let cut = rng.below(doc.len() + 1);
                doc.truncate(
                    (0..=cut)
                        .rev()
                        .find(|&i| doc.is_char_boundary(i))
                        .unwrap_or(0),
                );
            }
            let Some(flat) = super::read_flat_leaves(&doc, "error") else {
                declined += 1;
                continue;
            };
            read += 1;
            let reader = super::read_leaves_with_reader("test", &doc, "error");
            assert!(
                matches!(&reader, Ok(Some(children)) if *children == flat),
                "case {case}: {doc:?}\nflat: {flat:?}\nreader: {reader:?}"
            );
        }
        // Both kinds are common, so the comparison covers what the flat reader accepts.
        assert!(
            read > 1_000 && declined > 1_000,
            "read {read}, declined {declined}"
        );
    }

    #[test]
    fn reads_leaf_children() {
        let xml = "<error><status>403</status><code>x</code><message>a &amp; b&#13;</message><nested><a>1</a></nested><details/></error>";
        let children = read_children("adobe_pass", xml, "error")
            .ok()
            .flatten()
            .unwrap_or_default();
        let expected: Vec<(String, String)> = [
            ("status", "403"),
            ("code", "x"),
            ("message", "a & b\r"),
            ("details", ""),
        ]
        .iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect();
        assert_eq!(children, expected);
    }
}
