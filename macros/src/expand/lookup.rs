//! The perfect hash tables for code and vendor-name lookup, as runtime index constructors.

use proc_macro2::{Span, TokenStream};
use quote::quote;

use crate::ast::{Catalog, CodeLit};
use crate::phf::{self, hash};
use error_catalog_contract::slot;

use super::private;
use super::text::Source;

/// `(int_codes, str_codes, names)` constructor expressions for `RawCatalog`.
pub fn expand(catalog: &Catalog) -> syn::Result<(TokenStream, TokenStream, TokenStream)> {
    let span = catalog.ident.span();
    let private = private(catalog);
    let none = quote!(::core::option::Option::None);
    let signed =
        matches!(&catalog.code_kind, Some(crate::ast::CodeKind::Int { min, .. }) if *min < 0);
    let mut ints: Vec<(u64, u32)> = Vec::new();
    let mut strs: Vec<(String, u32)> = Vec::new();
    for (position, entry) in catalog.entries.iter().enumerate() {
        let position = table_position(catalog, position)?;
        match entry.code.as_ref().map(|code| &code.value) {
            Some(CodeLit::Int(value)) => {
                // The range check ran in `check`: every code fits its declared type, so it
                // has a key of that type's signedness.
                if let Some(key) = hash::int_key(*value, signed) {
                    ints.push((key, position));
                }
            }
            Some(CodeLit::Str(value)) => strs.push((value.clone(), position)),
            None => {}
        }
    }
    let (int_codes, str_codes) =
        if matches!(catalog.code_kind, Some(crate::ast::CodeKind::Int { .. })) {
            let table = phf::build(&ints, |key, seed| hash::hash_int(*key, seed))
                .ok_or_else(|| too_hard(span))?;
            let index = int_index(&private, signed, &table)?;
            (quote!(::core::option::Option::Some(#index)), none.clone())
        } else {
            let table = str_table(&private, &strs, span)?;
            (none.clone(), quote!(::core::option::Option::Some(#table)))
        };

    let mut names: Vec<(String, u32)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (position, entry) in catalog.entries.iter().enumerate() {
        if let Some(name) = &entry.name
            && seen.insert(name.value.as_str())
        {
            names.push((name.value.clone(), table_position(catalog, position)?));
        }
    }
    let names = str_table(&private, &names, span)?;
    Ok((int_codes, str_codes, names))
}

fn table_position(catalog: &Catalog, position: usize) -> syn::Result<u32> {
    u32::try_from(position)
        .ok()
        .filter(|&p| p != u32::MAX)
        .ok_or_else(|| {
            syn::Error::new(
                catalog.ident.span(),
                "a catalog holds at most 4294967294 entries",
            )
        })
}

fn too_hard(span: Span) -> syn::Error {
    syn::Error::new(
        span,
        "could not build the lookup table for this catalog; please report this catalog as a bug",
    )
}

fn str_table(
    private: &TokenStream,
    keys: &[(String, u32)],
    span: Span,
) -> syn::Result<TokenStream> {
    let table = phf::build(keys, |key, seed| hash::hash_words(key.as_bytes(), seed).0)
        .ok_or_else(|| too_hard(span))?;
    // The slot size the longest key needs (see `error_catalog_contract::slot`).
    let long_keys = table
        .slots
        .iter()
        .flatten()
        .any(|(key, _)| key.len() > slot::WORDS_KEY);
    let slot_size = if long_keys {
        slot::LONG_SLOT
    } else {
        slot::SHORT_SLOT
    };
    let mut slots = Vec::with_capacity(table.slots.len() * slot_size);
    // The keys a long slot does not hold whole.
    let mut text = String::new();
    for entry in &table.slots {
        let (start, short) = match entry {
            Some((key, position)) => {
                let (head, tail) = hash::key_words(key.as_bytes());
                let len = u32::try_from(key.len()).map_err(|_| too_hard(span))?;
                let start = if key.len() > slot::PREFIXED_KEY {
                    let offset = u32::try_from(text.len()).map_err(|_| too_hard(span))?;
                    text.push_str(key);
                    slot::key_text_offset(offset)
                } else {
                    slot::key_prefix(key.as_bytes())
                };
                (start, slot::short_slot(head, tail, len, *position))
            }
            None => ([0; slot::KEY_PREFIX], slot::EMPTY_SHORT_SLOT),
        };
        if long_keys {
            slots.extend(slot::long_slot(start, short));
        } else {
            slots.extend(short);
        }
    }
    let (short, long) = if long_keys {
        (&[][..], &slots[..])
    } else {
        (&slots[..], &[][..])
    };
    let mut source = Source::default();
    source
        .int(table.seed)
        .push(",")
        .bytes(&pilots(&table.pilots));
    let seed_and_pilots = source.into_tokens()?;
    let short = aligned(private, short)?;
    let long = aligned(private, long)?;
    let mut source = Source::default();
    source.string(&text);
    let text = source.into_tokens()?;
    Ok(quote!(#private::str_index(#seed_and_pilots, #short, #long, #text)))
}

fn int_index(
    private: &TokenStream,
    signed: bool,
    table: &phf::Table<u64>,
) -> syn::Result<TokenStream> {
    let slots: Vec<u8> = table
        .slots
        .iter()
        .flat_map(|entry| slot::int_slot(*entry))
        .collect();
    let mut source = Source::default();
    source
        .int(table.seed)
        .push(",")
        .push(if signed { "true" } else { "false" })
        .push(",")
        .bytes(&pilots(&table.pilots));
    let head = source.into_tokens()?;
    let slots = aligned(private, &slots)?;
    Ok(quote!(#private::int_index(#head, #slots)))
}

/// A block holding `bytes` as a `&'static Aligned<[u8]>`: a `const` item, because a reference
/// to a temporary in an argument would not live long enough.
fn aligned(private: &TokenStream, bytes: &[u8]) -> syn::Result<TokenStream> {
    let mut source = Source::default();
    source.bytes(bytes);
    let bytes = source.into_tokens()?;
    Ok(quote! {{
        const SLOTS: &#private::Aligned<[::core::primitive::u8]> = &#private::Aligned(*#bytes);
        SLOTS
    }})
}

/// A table's displacements, two little-endian bytes each.
fn pilots(pilots: &[u16]) -> Vec<u8> {
    pilots
        .iter()
        .flat_map(|pilot| pilot.to_le_bytes())
        .collect()
}
