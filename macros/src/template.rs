//! Message templates: literal text with `{field}` placeholders, `{{` and `}}` for braces.

/// One piece of a parsed template.
#[derive(Debug, PartialEq, Eq)]
pub enum Segment {
    /// Text rendered as is (escapes already resolved).
    Text(String),
    /// A placeholder naming a field.
    Field(String),
}

/// Parses `template`, or says what is wrong with it.
pub fn parse(template: &str) -> Result<Vec<Segment>, String> {
    // Most messages have no brace: one text, found with a byte search rather than the
    // character loop below (the macro is built unoptimized).
    if !has_brace(template) {
        return Ok(if template.is_empty() {
            Vec::new()
        } else {
            vec![Segment::Text(template.to_owned())]
        });
    }
    let mut segments = Vec::new();
    let mut text = String::new();
    let mut chars = template.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        match c {
            '{' if chars.peek().is_some_and(|&(_, next)| next == '{') => {
                chars.next();
                text.push('{');
            }
            '}' if chars.peek().is_some_and(|&(_, next)| next == '}') => {
                chars.next();
                text.push('}');
            }
            '}' => {
                return Err("unmatched `}` in message; write `}}` for a literal brace".to_owned());
            }
            '{' => {
                let mut name = String::new();
                let mut closed = false;
                for (_, inner) in chars.by_ref() {
                    if inner == '}' {
                        closed = true;
                        break;
                    }
                    name.push(inner);
                }
                if !closed {
                    return Err(
                        "unclosed `{` in message; write `{{` for a literal brace".to_owned()
                    );
                }
                if let Some(raw) = name.strip_prefix("r#").filter(|raw| is_identifier(raw)) {
                    return Err(format!(
                        "placeholder `{{{name}}}`: write `{{{raw}}}`; a template names a raw identifier field without `r#`"
                    ));
                }
                if !is_identifier(&name) {
                    return Err(format!(
                        "placeholder `{{{name}}}` must name a field, as in `{{path}}`; formatting specs and positions are not supported"
                    ));
                }
                if !text.is_empty() {
                    segments.push(Segment::Text(std::mem::take(&mut text)));
                }
                segments.push(Segment::Field(name));
            }
            other => text.push(other),
        }
    }
    if !text.is_empty() {
        segments.push(Segment::Text(text));
    }
    Ok(segments)
}

/// Whether `text` holds a `{` or a `}`: a byte search (`memchr`), where a `char` pattern is a
/// loop compiled with the macro, unoptimized.
pub fn has_brace(text: &str) -> bool {
    text.as_bytes().contains(&b'{') || text.as_bytes().contains(&b'}')
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|first| first == '_' || first.is_ascii_alphabetic())
        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
        && name != "_"
}

/// Whether `text` goes into a JSON string as it is: no quote, backslash or control character.
pub fn is_json_plain(text: &str) -> bool {
    all_bytes_in(text, &JSON_PLAIN)
}

/// The bytes a JSON string holds as they are: all but quotes, backslashes and control
/// characters.
const JSON_PLAIN: [bool; 256] = {
    let mut plain = [true; 256];
    let mut byte = 0;
    while byte < 0x20 {
        plain[byte] = false;
        byte += 1;
    }
    plain[b'"' as usize] = false;
    plain[b'\\' as usize] = false;
    plain
};

/// Whether `table` marks every byte of `text`. An indexed loop: cargo builds the macro
/// unoptimized, where an iterator adapter and its closure cost several calls per byte, and
/// every literal of a ten-thousand-entry catalog goes through here.
pub fn all_bytes_in(text: &str, table: &[bool; 256]) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        if !table[usize::from(bytes[at])] {
            return false;
        }
        at += 1;
    }
    true
}

/// Escapes `text` for the inside of a JSON string exactly as `serde_json` does.
pub fn escape_json(text: &str) -> String {
    if is_json_plain(text) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A template is its texts (braces unescaped) and the fields between them; a template
    /// without braces is one text.
    #[test]
    fn templates_split_into_texts_and_fields() {
        let text = |t: &str| Segment::Text(t.to_owned());
        let field = |f: &str| Segment::Field(f.to_owned());
        assert_eq!(parse(""), Ok(vec![]));
        assert_eq!(
            parse("Secret not found"),
            Ok(vec![text("Secret not found")])
        );
        assert_eq!(parse("证书异常"), Ok(vec![text("证书异常")]));
        assert_eq!(parse("{{a}}"), Ok(vec![text("{a}")]));
        assert_eq!(
            parse("Secret '{path}' after {n}"),
            Ok(vec![
                text("Secret '"),
                field("path"),
                text("' after "),
                field("n")
            ])
        );
        assert!(parse("a } b").is_err());
        assert!(parse("a { b").is_err());
    }

    /// A text is plain exactly when escaping leaves it as it is.
    #[test]
    fn plain_texts_are_those_escaping_leaves_alone() {
        for text in [
            "plain",
            "",
            "quo\"te",
            "back\\slash",
            "new\nline",
            "\u{1}",
            "\u{7f}",
            "证书",
        ] {
            assert_eq!(is_json_plain(text), escape_json(text) == text, "{text:?}");
        }
        assert!(is_json_plain("Secret not found"));
        assert!(!is_json_plain("a \"quoted\" word"));
        // Every character of one byte or two, alone and inside a text, against what JSON
        // escapes (`escape_json` itself takes `is_json_plain`'s word for a plain text).
        for c in (0..=0x7ff).filter_map(char::from_u32) {
            let escaped = c == '"' || c == '\\' || u32::from(c) < 0x20;
            for text in [c.to_string(), format!("ab{c}cd")] {
                assert_eq!(is_json_plain(&text), !escaped, "{text:?}");
            }
        }
    }
}
