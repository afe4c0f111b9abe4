//! Stage 1: the composition's tokens to its members and settings.
//!
//! ```text
//! #[catalog(id = "gateway", dialect = problem)]
//! pub enum GatewayError {
//!     Vault(ScaiVaultError) { prefix: "vault." },
//!     Adobe(AdobePassError) { rename: { "internal_error": "adobe_internal_error" } },
//! }
//! ```

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Ident, LitStr, Type, Visibility};

use crate::ctxt::Ctxt;
use crate::parse::{self as catalog_parse, Header, HeaderWords, Item, Place};
use crate::symbol;

/// The whole composition.
pub struct Composition {
    /// Attributes forwarded to the composed error enum (doc comments and others).
    pub attrs: Vec<Attribute>,
    pub doc: String,
    pub vis: Visibility,
    pub ident: Ident,
    pub id: String,
    /// The runtime `WireFormat` variant of the composed type's dialect.
    pub dialect: &'static str,
    pub code_enum: Ident,
    pub krate: syn::Path,
    pub members: Vec<Member>,
}

/// `Name(ErrorType) { prefix: "...", rename: { ... } }`.
pub struct Member {
    pub attrs: Vec<Attribute>,
    pub ident: Ident,
    pub ty: Type,
    pub prefix: Option<LitStr>,
    pub renames: Vec<Rename>,
}

/// `"member code": "wire code"` (an integer member code may be written as an integer).
pub struct Rename {
    /// The member's code in its text form (`40013`, `internal_error`).
    pub from: String,
    pub from_tokens: TokenStream,
    pub to: LitStr,
}

const COMPOSITION_WORDS: HeaderWords = HeaderWords {
    name: "the composed type's name",
    example: "GatewayError",
    body: "the member catalogs",
    body_example: " Vault(VaultError), ... ",
    owner: "the composition's",
};

struct RawMember {
    attrs: Vec<Attribute>,
    ident: Ident,
    ty: Type,
    options: Option<TokenStream>,
}

impl Parse for RawMember {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let ident: Ident = input.parse().map_err(|error| {
            syn::Error::new(
                error.span(),
                "expected a member: a variant name and the member's error type, as in `Vault(VaultError)`",
            )
        })?;
        if !input.peek(syn::token::Paren) {
            return Err(syn::Error::new(
                ident.span(),
                format!(
                    "expected the member's error type in parentheses after `{ident}`, as in `{ident}(VaultError)`"
                ),
            ));
        }
        let content;
        syn::parenthesized!(content in input);
        let ty: Type = content.parse()?;
        if !content.is_empty() {
            return Err(content.error("expected one error type in the parentheses"));
        }
        let options = if input.peek(syn::token::Brace) {
            let content;
            syn::braced!(content in input);
            Some(content.parse()?)
        } else {
            None
        };
        if !input.is_empty() {
            return Err(input.error("expected `,` between members"));
        }
        Ok(RawMember {
            attrs,
            ident,
            ty,
            options,
        })
    }
}

/// Parses the macro input, reporting mistakes to `cx`.
pub fn parse(cx: &Ctxt, tokens: TokenStream) -> Option<Composition> {
    // A composition is a few lines: its nesting is checked all at once.
    let header = Header::parse_checked(cx, tokens, &COMPOSITION_WORDS)?;
    let mut forwarded = Vec::new();
    let mut settings = None;
    for attr in header.attrs {
        if attr.path().is_ident(symbol::CATALOG_ATTR) {
            if settings.is_some() {
                cx.error_spanned_by(
                    &attr,
                    "duplicate `#[catalog(...)]` attribute; merge them into one",
                );
            } else {
                settings = Some(attr);
            }
        } else {
            forwarded.push(attr);
        }
    }
    let ident = header.ident;
    let mut composition = Composition {
        doc: crate::ast::doc_text(&forwarded),
        attrs: forwarded,
        vis: header.vis,
        id: crate::ast::snake_case(&ident.to_string()),
        dialect: "Problem",
        code_enum: quote::format_ident!("{}Code", ident, span = ident.span()),
        krate: syn::parse_quote!(::error_catalog),
        ident,
        members: Vec::new(),
    };
    if let Some(attr) = &settings {
        apply_settings(cx, &mut composition, attr);
    }
    for chunk in catalog_parse::split_top_level(header.body) {
        match syn::parse2::<RawMember>(chunk) {
            Ok(raw) => {
                let mut member = Member {
                    attrs: raw.attrs,
                    ident: raw.ident,
                    ty: raw.ty,
                    prefix: None,
                    renames: Vec::new(),
                };
                if let Some(options) = raw.options {
                    apply_member_options(cx, &mut member, options);
                }
                composition.members.push(member);
            }
            Err(error) => cx.push(error),
        }
    }
    Some(composition)
}

fn apply_settings(cx: &Ctxt, composition: &mut Composition, attr: &Attribute) {
    let syn::Meta::List(list) = &attr.meta else {
        cx.error_spanned_by(
            attr,
            "expected `#[catalog(...)]` with its settings in parentheses",
        );
        return;
    };
    let known = [
        symbol::catalog::ID,
        symbol::catalog::DIALECT,
        symbol::catalog::CODE_ENUM,
        symbol::catalog::CRATE,
    ];
    for Item {
        key,
        value,
        malformed,
    } in catalog_parse::parse_items(cx, list.tokens.clone(), Place::CatalogAttr)
    {
        let name = key.to_string();
        if !known.contains(&name.as_str()) {
            let message = if symbol::catalog::ALL.contains(&name.as_str()) {
                format!(
                    "`{name}` is not a setting of a composition: its entries keep what their member catalogs declare; a composition takes {}",
                    symbol::one_of(known)
                )
            } else {
                format!(
                    "unknown composition setting `{name}`; expected one of {}",
                    symbol::one_of(known)
                )
            };
            cx.error_spanned_by(&key, message);
            continue;
        }
        if malformed {
            continue;
        }
        let Some(value) = value else {
            cx.error_spanned_by(
                &key,
                format!("`{name}` needs a value, as in `{name} = ...`"),
            );
            continue;
        };
        let tokens = value.tokens();
        match name.as_str() {
            symbol::catalog::ID => match syn::parse2::<LitStr>(tokens)
                .map(|lit| crate::ast::lit_value(&lit))
            {
                Ok(id) if crate::ast::is_catalog_id(&id) => composition.id = id,
                _ => cx.error_spanned_by(
                    value.spot(),
                    "composition `id` must be a string of lowercase letters, digits and `_`, as in `\"gateway\"`",
                ),
            },
            symbol::catalog::DIALECT => {
                let word = syn::parse2::<Ident>(tokens).map(|ident| ident.to_string());
                match word.ok().and_then(|word| {
                    symbol::DIALECTS
                        .iter()
                        .find(|(spelling, _)| *spelling == word)
                }) {
                    Some((_, variant)) => composition.dialect = variant,
                    None => cx.error_spanned_by(
                        value.spot(),
                        format!(
                            "expected a dialect: one of {}",
                            symbol::one_of(symbol::DIALECTS.iter().map(|(s, _)| *s))
                        ),
                    ),
                }
            }
            symbol::catalog::CODE_ENUM => match syn::parse2::<Ident>(tokens) {
                Ok(ident) => composition.code_enum = ident,
                Err(_) => cx.error_spanned_by(
                    value.spot(),
                    "expected a type name for `code_enum`, as in `code_enum = GatewayCode`",
                ),
            },
            _ => match syn::parse2::<syn::Path>(tokens) {
                Ok(path) => composition.krate = path,
                Err(_) => cx.error_spanned_by(
                    value.spot(),
                    "expected the path of the `error-catalog` crate, as in `crate = ::errcat`",
                ),
            },
        }
    }
}

fn apply_member_options(cx: &Ctxt, member: &mut Member, options: TokenStream) {
    const PREFIX: &str = "prefix";
    const RENAME: &str = "rename";
    let mut seen: Vec<String> = Vec::new();
    for Item {
        key,
        value,
        malformed,
    } in catalog_parse::parse_items(cx, options, Place::Entry)
    {
        let name = key.to_string();
        if name != PREFIX && name != RENAME {
            cx.error_spanned_by(
                &key,
                format!("unknown member option `{name}`; expected `prefix` or `rename`"),
            );
            continue;
        }
        if seen.contains(&name) {
            cx.error_spanned_by(&key, format!("`{name}` is given twice; keep one"));
            continue;
        }
        seen.push(name.clone());
        if malformed {
            continue;
        }
        let Some(value) = value else {
            cx.error_spanned_by(&key, format!("`{name}` needs a value, as in `{name}: ...`"));
            continue;
        };
        if name == PREFIX {
            match syn::parse2::<LitStr>(value.tokens()) {
                Ok(lit) => member.prefix = Some(lit),
                Err(_) => cx.error_spanned_by(
                    value.spot(),
                    "expected the prefix as a string literal, as in `prefix: \"vault.\"`",
                ),
            }
            continue;
        }
        let Some(body) = value.single_group(Delimiter::Brace) else {
            cx.error_spanned_by(
                value.spot(),
                "expected renames in braces, as in `rename: { \"internal_error\": \"vault_internal_error\" }`",
            );
            continue;
        };
        for pair in catalog_parse::split_top_level(body) {
            match parse_rename(pair.clone()) {
                Some(rename) => member.renames.push(rename),
                None => cx.error_spanned_by(
                    pair,
                    "expected `code: \"wire code\"`, as in `\"internal_error\": \"vault_internal_error\"` or `40013: \"skms_key_not_found\"`",
                ),
            }
        }
    }
}

fn parse_rename(tokens: TokenStream) -> Option<Rename> {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let colon = trees
        .iter()
        .position(|tree| matches!(tree, TokenTree::Punct(p) if p.as_char() == ':'))?;
    let from_tokens: TokenStream = trees[..colon].iter().cloned().collect();
    let to_tokens: TokenStream = trees[colon + 1..].iter().cloned().collect();
    let to: LitStr = syn::parse2(to_tokens).ok()?;
    let from = if let Ok(lit) = syn::parse2::<LitStr>(from_tokens.clone()) {
        crate::ast::lit_value(&lit)
    } else {
        let text = from_tokens.to_string().replace(' ', "");
        let digits = text.strip_prefix('-').unwrap_or(&text);
        let int: syn::LitInt = syn::parse_str(digits).ok()?;
        let value: i128 = int.base10_parse().ok()?;
        if text.starts_with('-') {
            (-value).to_string()
        } else {
            value.to_string()
        }
    };
    Some(Rename {
        from,
        from_tokens,
        to,
    })
}
