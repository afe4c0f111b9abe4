//! Stage 1: tokens to a loose syntax tree.
//!
//! Only the shape is read here: the catalog header, the entries and their `key: value`
//! items, each value kept as raw tokens. What a value means is decided in [`crate::ast`],
//! so a malformed entry or item is reported and skipped without hiding the rest.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Ident, Token, Visibility};

use crate::ctxt::Ctxt;
use crate::symbol;

/// `attrs vis enum Ident { entries }`.
pub struct CatalogInput {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    /// The entries that parsed; malformed ones were reported to the [`Ctxt`].
    pub entries: Vec<EntryInput>,
}

/// `attrs Ident { items }`.
pub struct EntryInput {
    pub attrs: Vec<Attribute>,
    pub ident: Ident,
    pub items: Vec<Item>,
}

/// `key` (a flag) or `key: value` in an entry, `key = value` in `#[catalog(...)]`.
pub struct Item {
    pub key: Ident,
    /// The tokens after `:` or `=`; `None` for a flag.
    pub value: Option<Value>,
    /// The item was malformed (already reported): the key counts as given, nothing else.
    pub malformed: bool,
}

/// Where items are read, for messages that say what belongs there.
#[derive(Clone, Copy)]
pub enum Place {
    Entry,
    CatalogAttr,
}

/// The raw tokens of a value and the span of its separator, for "missing value" errors.
pub struct Value {
    pub separator: Span,
    pub tokens: TokenStream,
}

impl Value {
    /// What to underline for an error about the value: its tokens, or its separator when
    /// the value is empty. (Errors take tokens, not a joined span: joining spans is not
    /// stable, but `syn::Error::new_spanned` underlines from the first token to the last.)
    pub fn spot(&self) -> TokenStream {
        if self.tokens.is_empty() {
            let mut punct = proc_macro2::Punct::new(':', proc_macro2::Spacing::Alone);
            punct.set_span(self.separator);
            TokenTree::Punct(punct).into()
        } else {
            self.tokens.clone()
        }
    }
}

struct Header {
    attrs: Vec<Attribute>,
    vis: Visibility,
    ident: Ident,
    body: TokenStream,
}

impl Parse for Header {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let vis: Visibility = input.parse()?;
        if !input.peek(Token![enum]) {
            return Err(input.error(
                "expected `enum` and the catalog's type name, as in `pub enum VaultError { ... }`",
            ));
        }
        input.parse::<Token![enum]>()?;
        let ident: Ident = input.parse().map_err(|error| {
            syn::Error::new(
                error.span(),
                "expected the catalog's type name after `enum`, as in `pub enum VaultError { ... }`",
            )
        })?;
        if !input.peek(syn::token::Brace) {
            return Err(input.error(format!(
                "expected the catalog's entries in braces after `{ident}`, as in `pub enum {ident} {{ ... }}`"
            )));
        }
        let content;
        syn::braced!(content in input);
        let body: TokenStream = content.parse()?;
        if !input.is_empty() {
            return Err(input.error("unexpected tokens after the catalog's `{ ... }` body"));
        }
        Ok(Header {
            attrs,
            vis,
            ident,
            body,
        })
    }
}

/// Parses the whole macro input, reporting malformed entries and items to `cx`.
pub fn parse_catalog(cx: &Ctxt, tokens: TokenStream) -> Option<CatalogInput> {
    let header: Header = match syn::parse2(tokens) {
        Ok(header) => header,
        Err(error) => {
            cx.push(error);
            return None;
        }
    };
    let entries = split_top_level(header.body)
        .into_iter()
        .filter_map(|chunk| match syn::parse2::<EntryChunk>(chunk) {
            Ok(EntryChunk(entry)) => Some(entry),
            Err(error) => {
                cx.push(error);
                None
            }
        })
        .map(|raw| EntryInput {
            attrs: raw.attrs,
            ident: raw.ident,
            items: parse_items(cx, raw.body, Place::Entry),
        })
        .collect();
    Some(CatalogInput {
        attrs: header.attrs,
        vis: header.vis,
        ident: header.ident,
        entries,
    })
}

struct RawEntry {
    attrs: Vec<Attribute>,
    ident: Ident,
    body: TokenStream,
}

struct EntryChunk(RawEntry);

impl Parse for EntryChunk {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer).map_err(|error| {
            syn::Error::new(
                error.span(),
                "expected a doc comment or `#[...]` before the entry",
            )
        })?;
        let ident: Ident = input.parse().map_err(|error| {
            syn::Error::new(
                error.span(),
                "expected an entry: a variant name followed by `{ code: ..., status: ..., message: ... }`",
            )
        })?;
        if !input.peek(syn::token::Brace) {
            return Err(input.error(format!(
                "expected `{{ ... }}` after `{ident}`: an entry's keys go in braces"
            )));
        }
        let content;
        syn::braced!(content in input);
        let body: TokenStream = content.parse()?;
        if !input.is_empty() {
            return Err(input.error("expected `,` between entries"));
        }
        Ok(EntryChunk(RawEntry { attrs, ident, body }))
    }
}

/// Parses `key`, `key: value` (entries) or `key = value` (`#[catalog]`) items.
pub fn parse_items(cx: &Ctxt, body: TokenStream, place: Place) -> Vec<Item> {
    let separator = match place {
        Place::Entry => ':',
        Place::CatalogAttr => '=',
    };
    let mut items = Vec::new();
    for chunk in split_top_level(body) {
        let mut iter = chunk.into_iter();
        let key = match iter.next() {
            Some(TokenTree::Ident(key)) => key,
            Some(other) => {
                let expected = match place {
                    Place::Entry => format!(
                        "expected an entry key such as {}",
                        symbol::one_of(["code", "status", "message"])
                    ),
                    Place::CatalogAttr => format!(
                        "expected a catalog setting such as {}",
                        symbol::one_of(["code = str", "dialect = problem", "status = 500"])
                    ),
                };
                cx.error_spanned_by(other, expected);
                continue;
            }
            None => continue,
        };
        let value = match iter.next() {
            None => None,
            Some(TokenTree::Punct(punct)) if punct.as_char() == separator => Some(Value {
                separator: punct.span(),
                tokens: iter.collect(),
            }),
            Some(other) => {
                let message = match place {
                    Place::Entry => format!(
                        "expected `:` after `{key}`, as in `{key}: ...`, or `,` if it is a flag"
                    ),
                    Place::CatalogAttr => {
                        format!("expected `=` after `{key}`, as in `{key} = ...`")
                    }
                };
                cx.error_spanned_by(other, message);
                items.push(Item {
                    key,
                    value: None,
                    malformed: true,
                });
                continue;
            }
        };
        items.push(Item {
            key,
            value,
            malformed: false,
        });
    }
    items
}

/// Splits `tokens` at the commas that are not inside a group or a `<...>` type argument list.
/// Empty pieces (a trailing comma) are dropped.
pub fn split_top_level(tokens: TokenStream) -> Vec<TokenStream> {
    let mut pieces = Vec::new();
    let mut current = Vec::new();
    let mut angle_depth = 0usize;
    let mut previous_dash = false;
    for tree in tokens {
        if let TokenTree::Punct(punct) = &tree {
            match punct.as_char() {
                ',' if angle_depth == 0 => {
                    if !current.is_empty() {
                        pieces.push(current.drain(..).collect());
                    }
                    previous_dash = false;
                    continue;
                }
                '<' => angle_depth += 1,
                '>' if !previous_dash => angle_depth = angle_depth.saturating_sub(1),
                _ => {}
            }
            previous_dash = punct.as_char() == '-';
        } else {
            previous_dash = false;
        }
        current.push(tree);
    }
    if !current.is_empty() {
        pieces.push(current.into_iter().collect());
    }
    pieces
}

/// The contents of `group` if `tokens` is exactly one group delimited by `delimiter`.
pub fn single_group(tokens: &TokenStream, delimiter: Delimiter) -> Option<TokenStream> {
    let mut iter = tokens.clone().into_iter();
    match (iter.next(), iter.next()) {
        (Some(TokenTree::Group(group)), None) if group.delimiter() == delimiter => {
            Some(group.stream())
        }
        _ => None,
    }
}
