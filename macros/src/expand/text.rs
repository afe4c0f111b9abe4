//! Bulk data emitted as source text and lexed once.
//!
//! Inside a compiler, every token a proc macro builds crosses the proc-macro bridge one call
//! at a time; a ten-thousand-entry table is hundreds of thousands of tokens, which measured
//! slower than all the rest of the expansion together. Tables carry no user spans, so they
//! are written as text and turned into tokens by one `parse`, which the compiler lexes
//! natively.

use core::fmt::Write as _;

use proc_macro2::{Span, TokenStream};

/// The bytes `escape_debug` leaves as they are: printable ASCII but quotes and backslashes.
const LITERAL_PLAIN: [bool; 256] = {
    let mut plain = [false; 256];
    let mut byte = b' ';
    while byte <= b'~' {
        plain[byte as usize] = true;
        byte += 1;
    }
    plain[b'"' as usize] = false;
    plain[b'\\' as usize] = false;
    plain[b'\'' as usize] = false;
    plain
};

/// Source text being built, with helpers for literals.
#[derive(Default)]
pub struct Source(String);

impl core::fmt::Write for Source {
    fn write_str(&mut self, text: &str) -> core::fmt::Result {
        self.0.push_str(text);
        Ok(())
    }
}

impl Source {
    /// Appends raw source text.
    pub fn push(&mut self, text: &str) -> &mut Self {
        self.0.push_str(text);
        self
    }

    /// Appends a string literal whose value is `value`.
    pub fn string(&mut self, value: &str) -> &mut Self {
        self.0.push('"');
        if crate::template::all_bytes_in(value, &LITERAL_PLAIN) {
            // Printable ASCII without quotes or backslashes: what `escape_debug` leaves as
            // it is, copied without the formatting machinery.
            self.0.push_str(value);
        } else {
            // `escape_debug` writes only escapes a Rust string literal accepts.
            let _ = write!(self.0, "{}", value.escape_debug());
        }
        self.0.push('"');
        self
    }

    /// Appends a byte string literal whose value is `bytes`: printable ASCII as itself,
    /// anything else escaped.
    pub fn bytes(&mut self, bytes: &[u8]) -> &mut Self {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        // Escaped from a table of hex digits: the tables are hundreds of kilobytes, and a
        // `write!` per byte was most of their cost in the (unoptimized) macro.
        self.0.reserve(bytes.len() * 4 + 3);
        self.0.push_str("b\"");
        for &byte in bytes {
            match byte {
                b'"' | b'\\' => {
                    self.0.push('\\');
                    self.0.push(char::from(byte));
                }
                b' '..=b'~' => self.0.push(char::from(byte)),
                _ => {
                    self.0.push_str("\\x");
                    self.0.push(char::from(HEX[usize::from(byte >> 4)]));
                    self.0.push(char::from(HEX[usize::from(byte & 0xf)]));
                }
            }
        }
        self.0.push('"');
        self
    }

    /// Appends an unsuffixed integer literal (its type comes from the context).
    pub fn int(&mut self, value: impl Into<u128>) -> &mut Self {
        let value: u128 = value.into();
        let _ = write!(self.0, "{value}");
        self
    }

    /// Appends a signed integer: an unsuffixed literal, after a `-` when negative.
    pub fn signed(&mut self, value: i128) -> &mut Self {
        let _ = write!(self.0, "{value}");
        self
    }

    /// The text itself.
    pub fn into_string(self) -> String {
        self.0
    }

    /// The tokens of the text, all spanned at the macro call.
    ///
    /// Inside the compiler the text goes straight to its lexer: `proc_macro2` would first
    /// lex it once more in the macro itself, to turn the panics older compilers raised on
    /// unbalanced delimiters into errors, which for a ten-thousand-entry table measured a
    /// tenth of the macro's time. The text is built only from fixed fragments and escaped
    /// literals (`string`, `bytes`, `int`), so it always lexes.
    pub fn into_tokens(self) -> syn::Result<TokenStream> {
        if proc_macro::is_available()
            && let Ok(tokens) = self.0.parse::<proc_macro::TokenStream>()
        {
            return Ok(tokens.into());
        }
        self.0.parse().map_err(|error| {
            syn::Error::new(
                Span::call_site(),
                format!("error_catalog: generated a table that does not lex ({error}); please report this catalog as a bug"),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// String literals are written as `escape_debug` writes them, whatever the text.
    #[test]
    fn strings_are_written_as_escape_debug_writes_them() {
        let texts = [
            "plain text",
            "",
            "quote \" here",
            "back\\slash",
            "it's",
            "tab\tnew\nline",
            "\u{7f}del",
            "证书编号异常",
            "e\u{301}",
            "\u{301}starts with a combining mark",
            "{braces} ~ and `ticks`",
        ];
        for text in texts {
            let mut source = Source::default();
            source.string(text);
            assert_eq!(source.0, format!("\"{}\"", text.escape_debug()), "{text:?}");
        }
        // Every character of one byte or two, alone and inside a text.
        for c in (0..=0x7ff).filter_map(char::from_u32) {
            for text in [c.to_string(), format!("ab{c}cd")] {
                let mut source = Source::default();
                source.string(&text);
                assert_eq!(source.0, format!("\"{}\"", text.escape_debug()), "{text:?}");
            }
        }
    }

    /// A byte string literal reads back as the bytes it was written from, every byte value
    /// included.
    #[test]
    fn byte_strings_read_back_as_their_bytes() {
        let every: Vec<u8> = (0..=255).collect();
        let mut reversed = every.clone();
        reversed.reverse();
        for bytes in [every, reversed, b"plain".to_vec(), Vec::new()] {
            let mut source = Source::default();
            source.bytes(&bytes);
            let lit: syn::LitByteStr = syn::parse_str(&source.0).expect("a byte string literal");
            assert_eq!(lit.value(), bytes, "{}", source.0);
        }
    }
}
