//! Stage 1: tokens to a loose syntax tree.
//!
//! Only the shape is read here: the catalog header, the entries and their `key: value`
//! items, each value kept as raw tokens. What a value means is decided in [`crate::ast`],
//! so a malformed entry or item is reported and skipped without hiding the rest.

use proc_macro2::{Delimiter, Group, Spacing, Span, TokenStream, TokenTree};
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
    /// The entry has no `{ ... }` (already reported): a name, nothing else known.
    pub malformed: bool,
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
///
/// The tokens are kept as trees: inside a compiler each token stream built or walked is a
/// call across the proc-macro bridge per token, and most values are a single literal or
/// word that the lowering reads straight from its tree.
pub struct Value {
    pub separator: Span,
    pub trees: Vec<TokenTree>,
}

impl Value {
    /// The value's tokens as a stream, for a parser.
    pub fn tokens(&self) -> TokenStream {
        self.trees.iter().cloned().collect()
    }

    /// Whether the value has no tokens (`code: ,`).
    pub fn is_empty(&self) -> bool {
        self.trees.is_empty()
    }

    /// The value's only token, when it is a single literal.
    pub fn single_literal(&self) -> Option<&proc_macro2::Literal> {
        match self.trees.as_slice() {
            [TokenTree::Literal(literal)] => Some(literal),
            _ => None,
        }
    }

    /// The contents of the value's group if the value is exactly one group delimited by
    /// `delimiter`.
    pub fn single_group(&self, delimiter: Delimiter) -> Option<TokenStream> {
        match self.trees.as_slice() {
            [TokenTree::Group(group)] if group.delimiter() == delimiter => Some(group.stream()),
            _ => None,
        }
    }

    /// What to underline for an error about the value: its tokens, or its separator when
    /// the value is empty. (Errors take tokens, not a joined span: joining spans is not
    /// stable, but `syn::Error::new_spanned` underlines from the first token to the last.)
    pub fn spot(&self) -> TokenStream {
        if self.trees.is_empty() {
            let mut punct = proc_macro2::Punct::new(':', proc_macro2::Spacing::Alone);
            punct.set_span(self.separator);
            TokenTree::Punct(punct).into()
        } else {
            self.tokens()
        }
    }
}

/// The words a declaration's header errors use, so `error_catalog!` and `compose_catalogs!`
/// read the same `attrs vis enum Name { body }` shape and each names its own parts.
pub(crate) struct HeaderWords {
    /// What the name after `enum` is: "the catalog's type name".
    pub name: &'static str,
    /// A name to show in examples: `VaultError`.
    pub example: &'static str,
    /// What the braces hold: "the catalog's entries".
    pub body: &'static str,
    /// The braces' content in the example: ` ... `.
    pub body_example: &'static str,
    /// Whose body it is: "the catalog's".
    pub owner: &'static str,
}

const CATALOG_WORDS: HeaderWords = HeaderWords {
    name: "the catalog's type name",
    example: "VaultError",
    body: "the catalog's entries",
    body_example: " ... ",
    owner: "the catalog's",
};

/// A declaration's `attrs vis enum Name { body }`, the body left unparsed.
pub(crate) struct Header {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    pub body: TokenStream,
}

impl Header {
    /// [`Header::parse2`] once the nesting of all of `tokens` is checked (syn may read all of
    /// it), reporting either mistake to `cx`.
    pub(crate) fn parse_checked(
        cx: &Ctxt,
        tokens: TokenStream,
        words: &HeaderWords,
    ) -> Option<Self> {
        if !nesting_ok(cx, &tokens) {
            return None;
        }
        Header::parse2(tokens, words)
            .map_err(|error| cx.push(error))
            .ok()
    }

    /// Parses the header of `tokens`, its errors worded by `words`.
    pub(crate) fn parse2(tokens: TokenStream, words: &HeaderWords) -> syn::Result<Self> {
        if let Some(header) = Header::read_braced(&tokens) {
            return Ok(header);
        }
        syn::parse::Parser::parse2(|input: ParseStream| Header::parse(input, words), tokens)
    }

    /// The header when `tokens` end with the braced body: syn reads only what comes
    /// before the braces, and the body is taken as it is, not walked token by token (each
    /// token of a ten-thousand-entry body would cross the proc-macro bridge). `None`
    /// when that part does not parse, for [`parse`](Self::parse) to report.
    fn read_braced(tokens: &TokenStream) -> Option<Self> {
        let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
        let (TokenTree::Group(body), head) = trees.split_last()? else {
            return None;
        };
        if body.delimiter() != Delimiter::Brace {
            return None;
        }
        let head: TokenStream = head.iter().cloned().collect();
        let (attrs, vis, ident) = syn::parse::Parser::parse2(
            |input: ParseStream| {
                let attrs = input.call(Attribute::parse_outer)?;
                let vis: Visibility = input.parse()?;
                input.parse::<Token![enum]>()?;
                let ident: Ident = input.parse()?;
                Ok((attrs, vis, ident))
            },
            head,
        )
        .ok()?;
        Some(Header {
            attrs,
            vis,
            ident,
            body: body.stream(),
        })
    }

    fn parse(input: ParseStream, words: &HeaderWords) -> syn::Result<Self> {
        let HeaderWords {
            name,
            example,
            body,
            body_example,
            owner,
        } = words;
        let attrs = input.call(Attribute::parse_outer)?;
        let vis: Visibility = input.parse()?;
        if !input.peek(Token![enum]) {
            return Err(input.error(format!(
                "expected `enum` and {name}, as in `pub enum {example} {{ ... }}`"
            )));
        }
        input.parse::<Token![enum]>()?;
        let ident: Ident = input.parse().map_err(|error| {
            syn::Error::new(
                error.span(),
                format!("expected {name} after `enum`, as in `pub enum {example} {{ ... }}`"),
            )
        })?;
        if !input.peek(syn::token::Brace) {
            return Err(input.error(format!(
                "expected {body} in braces after `{ident}`, as in `pub enum {ident} {{{body_example}}}`"
            )));
        }
        let content;
        syn::braced!(content in input);
        let body: TokenStream = content.parse()?;
        if !input.is_empty() {
            return Err(input.error(format!("unexpected tokens after {owner} `{{ ... }}` body")));
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
///
/// Nesting is checked before syn reads any part of the input (its parsers recurse, a level
/// of the stack each): the header's groups whole, then each entry. An entry's braces are
/// read once, for the check and for its keys: inside a compiler each read of a group crosses
/// the proc-macro bridge, and a catalog has thousands of entries.
pub fn parse_catalog(cx: &Ctxt, tokens: TokenStream) -> Option<CatalogInput> {
    let limit = symbol::MAX_NESTING;
    let checked = match check_head(&tokens, limit) {
        Ok(body_depth) => {
            body_depth.and_then(|depth| Header::read_braced(&tokens).map(|header| (header, depth)))
        }
        Err(span) => {
            report_too_deep(cx, span);
            return None;
        }
    };
    let (header, pieces) = match checked {
        Some((mut header, depth)) => {
            let pieces = split_top_level_trees(std::mem::take(&mut header.body))
                .into_iter()
                .map(|trees| EntryPiece::read(trees, depth, limit))
                .collect::<Result<Vec<_>, Span>>();
            match pieces {
                Ok(pieces) => (header, pieces),
                Err(span) => {
                    report_too_deep(cx, span);
                    return None;
                }
            }
        }
        None => {
            // syn reads the whole input to say what is wrong with the header (or, should
            // it parse, the body is split as it is).
            let mut header = Header::parse_checked(cx, tokens, &CATALOG_WORDS)?;
            let pieces = split_top_level_trees(std::mem::take(&mut header.body))
                .into_iter()
                .map(|trees| EntryPiece { trees, body: None })
                .collect();
            (header, pieces)
        }
    };
    let entries = pieces
        .into_iter()
        .filter_map(|piece| match read_entry(piece.trees, piece.body) {
            Ok(entry) => Some(entry),
            Err(error) => {
                cx.push(error);
                None
            }
        })
        .map(|raw| {
            if let Some(error) = raw.error {
                cx.push(error);
            }
            EntryInput {
                attrs: raw.attrs,
                ident: raw.ident,
                items: parse_item_trees(cx, raw.body, Place::Entry),
                malformed: raw.malformed,
            }
        })
        .collect();
    Some(CatalogInput {
        attrs: header.attrs,
        vis: header.vis,
        ident: header.ident,
        entries,
    })
}

/// Whether `tokens` nest at most [`symbol::MAX_NESTING`] deep; if not, reports the first
/// token deeper.
fn nesting_ok(cx: &Ctxt, tokens: &TokenStream) -> bool {
    match too_deep_from(tokens.clone(), 0, symbol::MAX_NESTING) {
        Some(span) => {
            report_too_deep(cx, span);
            false
        }
        None => true,
    }
}

/// Reports input nested deeper than [`symbol::MAX_NESTING`] at its first such token.
fn report_too_deep(cx: &Ctxt, span: Span) {
    cx.error_at(
        span,
        format!(
            "nesting deeper than {} levels of brackets, `<...>`, `&`, `*` or `->`; declare a type alias for the inner part",
            symbol::MAX_NESTING
        ),
    );
}

/// Checks the nesting of a declaration's top level: every group is walked whole but a final
/// `{ ... }` (the body), whose contents start at the depth returned, for its pieces to be
/// checked as they are read.
fn check_head(tokens: &TokenStream, limit: usize) -> Result<Option<usize>, Span> {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    Ok(check_level(&trees, 0, limit, true)?.map(|(_, depth)| depth))
}

/// One piece of a catalog's body (an entry, when well formed), its nesting checked.
struct EntryPiece {
    trees: Vec<TokenTree>,
    /// The contents of its final `{ ... }`, read once for the check and kept for the keys.
    body: Option<Vec<TokenTree>>,
}

impl EntryPiece {
    /// Checks `trees`, at `depth` in the body: a final `{ ... }` is read and kept, any other
    /// group walked whole.
    fn read(trees: Vec<TokenTree>, depth: usize, limit: usize) -> Result<EntryPiece, Span> {
        // A comma between pieces brings the walk back to the body's depth (splitting and
        // the walk close `<...>` alike), so each piece starts afresh.
        let body = match check_level(&trees, depth, limit, true)? {
            Some((group, inner)) => {
                let contents: Vec<TokenTree> = group.stream().into_iter().collect();
                check_level(&contents, inner, limit, false)?;
                Some(contents)
            }
            None => None,
        };
        Ok(EntryPiece { trees, body })
    }
}

/// Walks `trees`, whose depth is `depth`, and every group among them whole, but for a final
/// `{ ... }` when `spare_body`: that one is returned with the depth its contents start at,
/// for the caller to check as it reads them.
fn check_level(
    trees: &[TokenTree],
    depth: usize,
    limit: usize,
    spare_body: bool,
) -> Result<Option<(&Group, usize)>, Span> {
    let mut level = Level::new(depth);
    for (i, tree) in trees.iter().enumerate() {
        let (Some(inner), TokenTree::Group(group)) = (level.step(tree, limit)?, tree) else {
            continue;
        };
        if spare_body && i + 1 == trees.len() && group.delimiter() == Delimiter::Brace {
            return Ok(Some((group, inner)));
        }
        if let Some(span) = too_deep_from(group.stream(), inner, limit) {
            return Err(span);
        }
    }
    Ok(None)
}

struct RawEntry {
    attrs: Vec<Attribute>,
    ident: Ident,
    /// The trees between its braces.
    body: Vec<TokenTree>,
    /// A unit variant (`Name,`): reported, and kept so the fallback still declares it.
    malformed: bool,
    error: Option<syn::Error>,
}

/// One entry's pieces. The common shape, doc comments then `Name { ... }`, is read from its
/// trees, syn parsing only what comes before the braces; anything else is parsed whole by
/// [`EntryChunk`], which reports what is wrong. `body` is the final group's contents when
/// they were read already.
fn read_entry(chunk: Vec<TokenTree>, body: Option<Vec<TokenTree>>) -> syn::Result<RawEntry> {
    if let Some((TokenTree::Group(group), head)) = chunk.split_last()
        && group.delimiter() == Delimiter::Brace
        && !head.is_empty()
    {
        let head: TokenStream = head.iter().cloned().collect();
        let parsed = syn::parse::Parser::parse2(
            |input: ParseStream| {
                let attrs = input.call(Attribute::parse_outer)?;
                let ident: Ident = input.parse()?;
                Ok((attrs, ident))
            },
            head,
        );
        if let Ok((attrs, ident)) = parsed {
            return Ok(RawEntry {
                attrs,
                ident,
                body: body.unwrap_or_else(|| group.stream().into_iter().collect()),
                malformed: false,
                error: None,
            });
        }
    }
    syn::parse2::<EntryChunk>(chunk.into_iter().collect()).map(|EntryChunk(entry)| entry)
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
        if input.is_empty() {
            let error = syn::Error::new(
                ident.span(),
                format!(
                    "entry `{ident}` has no keys; write them in braces, as in `{ident} {{ code: ..., message: \"...\" }}`"
                ),
            );
            return Ok(EntryChunk(RawEntry {
                attrs,
                ident,
                body: Vec::new(),
                malformed: true,
                error: Some(error),
            }));
        }
        if !input.peek(syn::token::Brace) {
            return Err(input.error(format!(
                "expected `{{ ... }}` after `{ident}`: an entry's keys go in braces"
            )));
        }
        let content;
        syn::braced!(content in input);
        let body: TokenStream = content.parse()?;
        let body = body.into_iter().collect();
        if !input.is_empty() {
            return Err(input.error("expected `,` between entries"));
        }
        Ok(EntryChunk(RawEntry {
            attrs,
            ident,
            body,
            malformed: false,
            error: None,
        }))
    }
}

/// Parses `key`, `key: value` (entries) or `key = value` (`#[catalog]`) items.
pub fn parse_items(cx: &Ctxt, body: TokenStream, place: Place) -> Vec<Item> {
    parse_item_trees(cx, body.into_iter().collect(), place)
}

/// [`parse_items`] of trees already read.
fn parse_item_trees(cx: &Ctxt, body: Vec<TokenTree>, place: Place) -> Vec<Item> {
    let mut items = Vec::new();
    // Pieces still to read; a stray `{ ... }` pushes its contents, so its keys still count.
    let mut pending: Vec<Vec<TokenTree>> = split_top_level_trees(body)
        .into_iter()
        .flat_map(|chunk| split_missing_commas(cx, chunk, place))
        .rev()
        .collect();
    while let Some(chunk) = pending.pop() {
        if let Some(inner) = stray_braces(cx, &chunk, place) {
            let mut inner: Vec<Vec<TokenTree>> = split_top_level_trees(inner)
                .into_iter()
                .flat_map(|chunk| split_missing_commas(cx, chunk, place))
                .collect();
            inner.reverse();
            pending.extend(inner);
            continue;
        }
        if let Some(item) = parse_item(cx, chunk, place, &mut pending) {
            items.push(item);
        }
    }
    items
}

fn separator(place: Place) -> char {
    match place {
        Place::Entry => ':',
        Place::CatalogAttr => '=',
    }
}

/// `{ code: 1, ... }` where a key belongs (doubled braces): reported; its contents are read
/// as items of the entry.
fn stray_braces(cx: &Ctxt, chunk: &[TokenTree], place: Place) -> Option<TokenStream> {
    let (Place::Entry, [TokenTree::Group(group)]) = (place, chunk) else {
        return None;
    };
    if group.delimiter() != Delimiter::Brace {
        return None;
    }
    cx.error_at(
        group.span(),
        "unexpected `{ ... }`: an entry's keys go directly in its braces, as in `Name { code: ..., message: \"...\" }`",
    );
    Some(group.stream())
}

/// Splits a piece where a comma is missing, `code: 1 status: 404` or `code: 1 log_only`,
/// reporting each: a key followed by its separator can only start an item.
fn split_missing_commas(cx: &Ctxt, trees: Vec<TokenTree>, place: Place) -> Vec<Vec<TokenTree>> {
    let separator = separator(place);
    let mut pieces = Vec::new();
    let mut current: Vec<TokenTree> = Vec::new();
    for (i, tree) in trees.iter().enumerate() {
        let starts_item = i > 0
            && match tree {
                TokenTree::Ident(ident) => {
                    let next = trees.get(i + 1);
                    let keyed = matches!(next, Some(TokenTree::Punct(p)) if p.as_char() == separator && p.spacing() == Spacing::Alone);
                    let previous_is_path = matches!(
                        trees.get(i - 1),
                        Some(TokenTree::Punct(p)) if matches!(p.as_char(), ':' | '-' | '<' | '&' | '+')
                    );
                    // The word's text last: each `to_string` crosses the proc-macro bridge.
                    let flag = matches!(place, Place::Entry)
                        && matches!(next, None | Some(TokenTree::Ident(_)))
                        && !previous_is_path
                        && symbol::entry::FLAGS.contains(&ident.to_string().as_str());
                    keyed || flag
                }
                _ => false,
            };
        if starts_item && !current.is_empty() {
            cx.error_at(
                tree.span(),
                format!("missing `,` before `{tree}`; separate keys with commas"),
            );
            pieces.push(std::mem::take(&mut current));
        }
        current.push(tree.clone());
    }
    if !current.is_empty() {
        pieces.push(current);
    }
    pieces
}

/// One item; a stray `{ ... }` after a value is reported and its contents pushed to `pending`.
fn parse_item(
    cx: &Ctxt,
    chunk: Vec<TokenTree>,
    place: Place,
    pending: &mut Vec<Vec<TokenTree>>,
) -> Option<Item> {
    let separator = separator(place);
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
            return None;
        }
        None => return None,
    };
    let value = match iter.next() {
        None => None,
        Some(TokenTree::Punct(punct)) if punct.as_char() == separator => {
            let mut tokens: Vec<TokenTree> = iter.collect();
            let stray = tokens.iter().position(
                |tree| matches!(tree, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace),
            );
            // The key's text only when braces follow a value: comparing an identifier with
            // a string formats it across the proc-macro bridge.
            let braced_key = || key == symbol::entry::FIELDS || key == symbol::entry::TRANSLATIONS;
            if matches!(place, Place::Entry)
                && let Some(at) = stray.filter(|at| *at > 0 && !braced_key())
            {
                let rest = tokens.split_off(at);
                if let Some(TokenTree::Group(group)) = rest.first() {
                    cx.error_at(
                        group.span(),
                        format!("unexpected `{{ ... }}` after the value of `{key}`; only `fields` and `translations` take braces"),
                    );
                    let mut inner: Vec<Vec<TokenTree>> = split_top_level_trees(group.stream())
                        .into_iter()
                        .flat_map(|chunk| split_missing_commas(cx, chunk, place))
                        .collect();
                    inner.reverse();
                    pending.extend(inner);
                }
            }
            Some(Value {
                separator: punct.span(),
                trees: tokens,
            })
        }
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
            return Some(Item {
                key,
                value: None,
                malformed: true,
            });
        }
    };
    Some(Item {
        key,
        value,
        malformed: false,
    })
}

/// The span of the first token of `tokens`, whose trees are at `depth`, nested deeper than
/// `limit`, counting brackets, `<...>` and the type operators `&`, `*` and `->` (each is a
/// level of syn's recursive type parser). Iterative, so it is safe whatever the depth.
fn too_deep_from(tokens: TokenStream, depth: usize, limit: usize) -> Option<Span> {
    // One frame per open group: its trees still to walk and where the walk stands.
    let mut stack = vec![(tokens.into_iter(), Level::new(depth))];
    while let Some((trees, level)) = stack.last_mut() {
        let Some(tree) = trees.next() else {
            stack.pop();
            continue;
        };
        match level.step(&tree, limit) {
            Err(span) => return Some(span),
            Ok(Some(inner)) => {
                if let TokenTree::Group(group) = &tree {
                    stack.push((group.stream().into_iter(), Level::new(inner)));
                }
            }
            Ok(None) => {}
        }
    }
    None
}

/// Where the nesting walk stands inside one group.
struct Level {
    /// The depth at each open `<`.
    angles: Vec<usize>,
    /// The depth of the current type: the group's or innermost `<`'s, plus operators since
    /// the last `,`.
    depth: usize,
    /// The group's own depth.
    base: usize,
    previous_dash: bool,
}

impl Level {
    fn new(base: usize) -> Level {
        Level {
            angles: Vec::new(),
            depth: base,
            base,
            previous_dash: false,
        }
    }

    /// Takes the group's next tree. For a group, the depth its contents start at (the caller
    /// walks them); the span of the tree when it goes deeper than `limit`.
    fn step(&mut self, tree: &TokenTree, limit: usize) -> Result<Option<usize>, Span> {
        let dash = matches!(tree, TokenTree::Punct(p) if p.as_char() == '-');
        match tree {
            TokenTree::Group(group) => {
                let depth = self.depth + 1;
                self.previous_dash = false;
                return if depth > limit {
                    Err(group.span_open())
                } else {
                    Ok(Some(depth))
                };
            }
            TokenTree::Punct(punct) => match punct.as_char() {
                '<' => {
                    self.angles.push(self.depth);
                    self.depth += 1;
                }
                '>' if self.previous_dash => self.depth += 1,
                '>' => {
                    self.depth = self.angles.pop().unwrap_or(self.base);
                }
                '&' | '*' => self.depth += 1,
                ',' | ';' | '=' => {
                    self.depth = self.angles.last().map_or(self.base, |d| d + 1);
                }
                _ => {}
            },
            _ => {}
        }
        self.previous_dash = dash;
        if self.depth > limit {
            return Err(tree.span());
        }
        Ok(None)
    }
}

/// Splits `tokens` at the commas that are not inside a group or a `<...>` type argument list.
/// Empty pieces (a trailing comma) are dropped.
pub fn split_top_level(tokens: TokenStream) -> Vec<TokenStream> {
    split_top_level_trees(tokens)
        .into_iter()
        .map(|piece| piece.into_iter().collect())
        .collect()
}

/// [`split_top_level`], each piece left as its trees.
fn split_top_level_trees(tokens: impl IntoIterator<Item = TokenTree>) -> Vec<Vec<TokenTree>> {
    let mut pieces = Vec::new();
    let mut current = Vec::new();
    let mut angle_depth = 0usize;
    let mut previous_dash = false;
    for tree in tokens {
        if let TokenTree::Punct(punct) = &tree {
            match punct.as_char() {
                ',' if angle_depth == 0 => {
                    if !current.is_empty() {
                        pieces.push(std::mem::take(&mut current));
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
        pieces.push(current);
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trees(text: &str) -> Vec<TokenTree> {
        text.parse::<TokenStream>()
            .unwrap_or_default()
            .into_iter()
            .collect()
    }

    /// What a parse gave, as text, to compare.
    fn entry_text(entry: syn::Result<RawEntry>) -> String {
        match entry {
            Ok(entry) => format!(
                "{} attrs, {}, {{{}}}, {}, {:?}",
                entry.attrs.len(),
                entry.ident,
                entry.body.into_iter().collect::<TokenStream>(),
                entry.malformed,
                entry.error.map(|error| error.to_string())
            ),
            Err(error) => format!("error: {error}"),
        }
    }

    /// Entries read from their trees parse as syn parses them, errors included, whether their
    /// braces' contents were read for the nesting check or not.
    #[test]
    fn entries_read_as_syn_parses_them() {
        let chunks = [
            r#"SecretNotFound { code: "secret_not_found", message: "Not found" }"#,
            r#"/// Docs.
               #[doc = "more"] RateLimited { code: 1, message: "Slow down" }"#,
            "RateLimited",
            "RateLimited ( code: 1 )",
            "enum { code: 1 }",
            "#![doc = \"inner\"] Inner { code: 1 }",
            "#[cfg(test)] Gated { code: 1 }",
            "Two Words { code: 1 }",
            "{ code: 1 }",
            "Name { code: 1 } { message: \"x\" }",
            "r#Raw { code: 1 }",
        ];
        for chunk in chunks {
            let fast = entry_text(read_entry(trees(chunk), None));
            let slow = entry_text(
                syn::parse2::<EntryChunk>(chunk.parse().unwrap_or_default())
                    .map(|EntryChunk(entry)| entry),
            );
            assert_eq!(fast, slow, "{chunk}");
            let piece = EntryPiece::read(trees(chunk), 1, symbol::MAX_NESTING)
                .unwrap_or_else(|_| panic!("{chunk} is not deep"));
            let checked = entry_text(read_entry(piece.trees, piece.body));
            assert_eq!(checked, slow, "{chunk}");
        }
    }

    /// Headers read around their braces parse as syn parses them.
    #[test]
    fn headers_read_as_syn_parses_them() {
        let headers = [
            "/// Docs.\n#[catalog(code = str)] pub enum VaultError { A { code: 1 } }",
            "pub(crate) enum E { }",
            "enum E { A { code: 1 }, }",
            "pub struct E { }",
            "pub enum E<T> { }",
            "pub enum { }",
            "pub enum E",
            "pub enum E { } extra",
            "pub enum E ( )",
        ];
        for header in headers {
            let tokens: TokenStream = header.parse().unwrap_or_default();
            let fast = Header::read_braced(&tokens);
            let slow = syn::parse::Parser::parse2(
                |input: ParseStream| Header::parse(input, &CATALOG_WORDS),
                tokens,
            );
            match (fast, slow) {
                (Some(fast), Ok(slow)) => assert_eq!(
                    (fast.attrs.len(), fast.ident, fast.body.to_string()),
                    (slow.attrs.len(), slow.ident, slow.body.to_string()),
                    "{header}"
                ),
                (Some(_), Err(error)) => panic!("{header}: read, but syn says {error}"),
                (None, _) => {}
            }
        }
        let tokens: TokenStream = "pub enum E { A { code: 1 } }".parse().unwrap_or_default();
        assert!(Header::read_braced(&tokens).is_some());
    }
}
