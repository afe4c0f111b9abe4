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

use quick_xml::Writer;
use quick_xml::events::{BytesEnd, BytesStart, Event};

use super::parse::ParseError;

/// Appends `text` escaped for XML 1.0 character data: `<`, `>` and `&` as entities, CR as
/// `&#13;` (so no parser folds it into a line end), and every character XML 1.0 cannot hold
/// (C0 controls but tab and LF, U+FFFE, U+FFFF) as U+FFFD.
pub fn write_escaped(out: &mut Vec<u8>, text: &str) {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
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

/// Writes elements into a byte buffer through a quick-xml writer, texts escaped by
/// [`write_escaped`].
pub struct ElementWriter<'a> {
    writer: Writer<&'a mut Vec<u8>>,
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
        ElementWriter {
            writer: Writer::new(out),
        }
    }

    /// Writes the start tag `<name>`.
    pub fn start(&mut self, name: &str) {
        // Writing into a `Vec` cannot fail.
        let _ = self.writer.write_event(Event::Start(BytesStart::new(name)));
    }

    /// Writes the end tag `</name>`.
    pub fn end(&mut self, name: &str) {
        let _ = self.writer.write_event(Event::End(BytesEnd::new(name)));
    }

    /// Writes `<name>text</name>`, the text escaped.
    pub fn text(&mut self, name: &str, text: &str) {
        self.start(name);
        write_escaped(self.writer.get_mut(), text);
        self.end(name);
    }

    /// Writes `<name>value</name>`, `value`'s `Display` text escaped.
    pub fn display(&mut self, name: &str, value: &dyn fmt::Display) {
        use fmt::Write as _;
        self.start(name);
        let _ = write!(Escaper(self.writer.get_mut()), "{value}");
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
    let mut reader = quick_xml::Reader::from_str(text);
    let xml_error = |reader: &quick_xml::Reader<&[u8]>, message: String| ParseError::Xml {
        dialect,
        position: reader.error_position(),
        message,
    };
    let mut depth = 0usize;
    // Depth of the root once found; the child being read and its text.
    let mut inside: Option<usize> = None;
    let mut child: Option<(String, String, bool)> = None;
    let mut children = Vec::new();
    loop {
        let event = reader
            .read_event()
            .map_err(|error| xml_error(&reader, error.to_string()))?;
        match event {
            Event::Start(start) => {
                let name = String::from_utf8_lossy(start.local_name().as_ref()).into_owned();
                match inside {
                    None if depth <= 1 && name == root => inside = Some(depth),
                    Some(level) if depth == level + 1 => child = Some((name, String::new(), true)),
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
                        let name =
                            String::from_utf8_lossy(start.local_name().as_ref()).into_owned();
                        children.push((name, String::new()));
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
                    text.push_str(&decoded);
                }
            }
            Event::CData(content) => {
                if let Some((_, text, _)) = &mut child {
                    let decoded = content
                        .decode()
                        .map_err(|error| xml_error(&reader, error.to_string()))?;
                    text.push_str(&decoded);
                }
            }
            Event::GeneralRef(reference) => {
                if let Some((_, text, _)) = &mut child {
                    let resolved = resolve_reference(&reference).ok_or_else(|| {
                        xml_error(&reader, "unknown or invalid entity reference".to_owned())
                    })?;
                    text.push(resolved);
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
