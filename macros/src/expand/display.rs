//! The error and log enums' behaviour: the variant index, `Display` from the message
//! template, `Error::source`, `From` conversions and the runtime traits.

use std::collections::HashMap;

use proc_macro2::{Delimiter, Group, Punct, Spacing, TokenStream, TokenTree};
use quote::{format_ident, quote, quote_spanned};
use syn::Ident;
use syn::spanned::Spanned;

use crate::ast::{Catalog, Entry, Field};

use super::meta::code_type;
use super::private;

/// The most variants with fields in one generated function of the field visit (see
/// `field_arms`).
const FIELD_ARMS_PER_FN: usize = 256;

/// The most arms in one generated `match` of the code enum (see `kind_body`).
const INDEX_ARMS_PER_FN: usize = 1024;

/// The local each field of `entry` is bound to in generated patterns: `__field0`... by
/// position, resolved where the enum's name `ty` is (so that every alternative of an
/// or-pattern binds the same name, whatever expanded the field types) and located at the
/// field's type, where a type without `Display` or `Debug` is reported.
///
/// Patterns name the enum rather than `Self` and are spanned at the variant's name: the
/// compiler resolves `Self::Variant` by scanning the enum's variants, and parses a struct
/// pattern by reading the source text of its span, which for the macro's call site is the
/// whole catalog. Both cost nothing per pattern here, but ten thousand patterns made them
/// quadratic (measured with `perf` on a 10,000-entry catalog: a fifth of `cargo check`).
fn field_locals<'a>(ty: &Ident, entry: &'a Entry) -> Vec<(&'a Field, Ident)> {
    entry
        .fields
        .iter()
        .enumerate()
        .map(|(i, field)| {
            let span = ty.span().located_at(field.ty.span());
            (field, format_ident!("__field{}", i, span = span))
        })
        .collect()
}

/// The body of `kind()`: a `match` with one arm per variant, each naming the code enum's
/// variant of the same name.
///
/// The compiler's exhaustiveness check of a `match` grows with its arms times the variants
/// it has seen, so past `INDEX_ARMS_PER_FN` arms the match is a chain of nested functions of
/// that many arms each, every one handing the variants it does not name to the next, and
/// the last one's final arm a wildcard for the one variant left (measured on 10,000
/// variants: 0.48 s of `cargo check` in one match, 0.20 s in chunks of 1,024). Inlined,
/// the chain folds back into one read of the discriminant in an optimized build. (A
/// `match` rather than `ALL[index]`: see `meta::all_and_catalog`.)
fn kind_body(ty: &Ident, code_enum: &Ident, entries: &[&Entry]) -> TokenStream {
    let arms = |entries: &[&Entry]| {
        let mut arms = TokenStream::new();
        for entry in entries {
            push_kind_arm(&mut arms, ty, code_enum, entry);
        }
        arms
    };
    let Some(last) = entries.last() else {
        return quote!(match *self {});
    };
    if entries.len() <= INDEX_ARMS_PER_FN {
        let arms = arms(entries);
        return quote!(match self { #arms });
    }
    let last = &last.ident;
    let chunks: Vec<&[&Entry]> = entries.chunks(INDEX_ARMS_PER_FN).collect();
    let fns = chunks.iter().enumerate().map(|(chunk, members)| {
        let start = chunk * INDEX_ARMS_PER_FN;
        let name = format_ident!("__kind_from_{}", start);
        let rest = if chunk + 1 < chunks.len() {
            let next = format_ident!("__kind_from_{}", start + INDEX_ARMS_PER_FN);
            quote!(_ => #next(__this),)
        } else {
            // Every other variant returned in an earlier chunk.
            quote!(_ => #code_enum::#last,)
        };
        let named = if chunk + 1 < chunks.len() {
            members
        } else {
            &members[..members.len() - 1]
        };
        let arms = arms(named);
        quote! {
            #[inline]
            const fn #name(__this: &#ty) -> #code_enum {
                match __this { #arms #rest }
            }
        }
    });
    quote! {
        #(#fns)*
        __kind_from_0(self)
    }
}

/// Appends `ty::Variant { .. } => code_enum::Variant,` (`ty::Variant` for a unit variant),
/// spanned at the variant's name (see `field_locals`). The trees are pushed one by one rather
/// than quoted: a quoted arm is a token stream of its own, and joining ten thousand of them
/// crosses the proc-macro bridge several times an arm.
fn push_kind_arm(arms: &mut TokenStream, ty: &Ident, code_enum: &Ident, entry: &Entry) {
    let ident = &entry.ident;
    let span = ident.span();
    let punct = |c: char, spacing: Spacing| {
        let mut punct = Punct::new(c, spacing);
        punct.set_span(span);
        TokenTree::Punct(punct)
    };
    arms.extend([
        TokenTree::Ident(ty.clone()),
        punct(':', Spacing::Joint),
        punct(':', Spacing::Alone),
        TokenTree::Ident(ident.clone()),
    ]);
    if !entry.fields.is_empty() || entry.source.is_some() {
        let mut rest = Group::new(
            Delimiter::Brace,
            [punct('.', Spacing::Joint), punct('.', Spacing::Alone)]
                .into_iter()
                .collect(),
        );
        rest.set_span(span);
        arms.extend([TokenTree::Group(rest)]);
    }
    arms.extend([
        punct('=', Spacing::Joint),
        punct('>', Spacing::Alone),
        TokenTree::Ident(code_enum.clone()),
        punct(':', Spacing::Joint),
        punct(':', Spacing::Alone),
        TokenTree::Ident(ident.clone()),
        punct(',', Spacing::Alone),
    ]);
}

/// The variant's name as `#[derive(Debug)]` writes it: without `r#`.
pub fn variant_name(entry: &Entry) -> String {
    let name = entry.ident.to_string();
    name.strip_prefix("r#")
        .map_or_else(|| name.clone(), str::to_owned)
}

/// The arms of the field visit for `entries` (each with fields): one arm per distinct list of
/// field types, whose pattern is an or-pattern of every variant with that list.
///
/// The arm's body (an array of `&dyn Field` coercions and the call) is then type-checked and
/// borrow-checked once per list rather than once per variant: the 10,000-entry catalog has
/// two lists, and its `cargo check` went from 3.3 s to 2.7 s (pre-expanded, `-Z
/// time-passes`). Bindings are named by position, so variants with different field names
/// share an arm, and the same type text names the same type: every variant is in one enum.
fn field_arms(ty: &Ident, private: &TokenStream, entries: &[&Entry]) -> Vec<TokenStream> {
    // (the first variant's values, the patterns), in first-seen order, and each list's arm.
    let mut arms: Vec<(TokenStream, Vec<TokenStream>)> = Vec::new();
    let mut by_shape: HashMap<String, usize> = HashMap::new();
    for entry in entries {
        let ident = &entry.ident;
        let mut shape = String::new();
        let mut pairs = Vec::new();
        let mut values = Vec::new();
        for (field, local) in field_locals(ty, entry) {
            if field.is_redacted() {
                shape.push_str("#redact,");
                values.push(quote!(#private::REDACTED));
                continue;
            }
            let field_ty = &field.ty;
            shape.push_str(&quote!(#field_ty).to_string());
            shape.push(',');
            let name = &field.ident;
            pairs.push(quote!(#name: #local));
            values.push(quote!(#local));
        }
        let pattern = quote_spanned!(ident.span()=> #ty::#ident { #(#pairs,)* .. });
        match by_shape.get(&shape) {
            Some(&arm) => arms[arm].1.push(pattern),
            None => {
                by_shape.insert(shape, arms.len());
                arms.push((quote!(&[#(#values),*]), vec![pattern]));
            }
        }
    }
    arms.into_iter()
        .map(|(values, patterns)| quote!(#(#patterns)|* => __visit(#values),))
        .collect()
}

/// Everything the error enum (`wire`) or the log enum needs, over `entries`.
fn expand_enum(catalog: &Catalog, ty: &Ident, entries: &[&Entry], wire: bool) -> TokenStream {
    let private = private(catalog);
    let krate = &catalog.krate;
    let code_enum = &catalog.code_enum;
    let count = entries.len();
    let kind_body = kind_body(ty, code_enum, entries);

    // One `match` binds each variant's typed fields and hands them, as `&dyn Field` in
    // declaration order (`#[redact]` ones never bound), to the runtime's table-driven
    // `Display`, `Debug` and field visit: a catalog of ten thousand entries compiles one
    // match, not one per trait, with arms only for the entries that have fields, one per
    // list of field types (`field_arms`).
    let fielded: Vec<&Entry> = entries
        .iter()
        .copied()
        .filter(|entry| !entry.fields.is_empty())
        .collect();
    let field_arms = |entries: &[&Entry]| field_arms(ty, &private, entries);
    // Ten thousand entries make one function of thousands of arms, and the compiler's
    // borrow checking and LLVM's optimization grow faster than its size: the variants are
    // split into nested functions of `FIELD_ARMS_PER_FN` each, picked by the variant's index,
    // and grouped into arms within each.
    let fields_body = if entries.is_empty() {
        quote!(match *self {})
    } else if fielded.len() <= FIELD_ARMS_PER_FN {
        let arms = field_arms(&fielded);
        let fallback = (fielded.len() < count).then(|| quote!(_ => __visit(&[]),));
        quote!(match self { #(#arms)* #fallback })
    } else {
        // The dispatch reads `kind() as usize`: positions in the code enum, which are the
        // catalog's, of its wire entries or of its log-only ones (`entries`, in order).
        let every = count == catalog.entries.len();
        let positions: Vec<usize> = catalog
            .entries
            .iter()
            .enumerate()
            .filter(|(_, entry)| every || entry.log_only.is_none() == wire)
            .filter(|(_, entry)| !entry.fields.is_empty())
            .map(|(position, _)| position)
            .collect();
        let mut chunk_fns = Vec::new();
        let mut dispatch = Vec::new();
        for (chunk, (members, indexes)) in fielded
            .chunks(FIELD_ARMS_PER_FN)
            .zip(positions.chunks(FIELD_ARMS_PER_FN))
            .enumerate()
        {
            let name = format_ident!("__chunk{}", chunk);
            let arms = field_arms(members);
            let (first, last) = (indexes[0], indexes[indexes.len() - 1]);
            chunk_fns.push(quote! {
                fn #name(
                    __this: &#ty,
                    __visit: &mut dyn ::core::ops::FnMut(&[&dyn #private::Field]) -> ::core::fmt::Result,
                ) -> ::core::fmt::Result {
                    match __this {
                        #(#arms)*
                        _ => __visit(&[]),
                    }
                }
            });
            dispatch.push(quote!(#first..=#last => #name(self, __visit),));
        }
        quote! {
            #(#chunk_fns)*
            match self.kind() as ::core::primitive::usize {
                #(#dispatch)*
                _ => __visit(&[]),
            }
        }
    };
    let has_fields = !fielded.is_empty();
    let visit_fields_fn = (!entries.is_empty()).then(|| {
        quote! {
            /// Calls `__visit` with the typed fields of this variant, in declaration order.
            fn visit_fields(
                &self,
                __visit: &mut dyn ::core::ops::FnMut(&[&dyn #private::Field]) -> ::core::fmt::Result,
            ) -> ::core::fmt::Result {
                #fields_body
            }
        }
    });

    // `Debug` as `#[derive(Debug)]` writes it: from the field visit, but for the variants
    // with a `source`, which print it after their fields.
    let debug_arms: Vec<TokenStream> = entries
        .iter()
        .filter(|entry| entry.source.is_some())
        .map(|entry| {
            let ident = &entry.ident;
            let bindings = field_locals(ty, entry);
            let name = variant_name(entry);
            // A redacted field is left to `..`: its type need not be `Debug`.
            let pairs = bindings
                .iter()
                .zip(&entry.fields)
                .filter(|(_, declared)| !declared.is_redacted())
                .map(|((field, local), _)| {
                    let field = &field.ident;
                    quote!(#field: #local)
                });
            let fields = bindings
                .iter()
                .zip(&entry.fields)
                .map(|((field, local), declared)| {
                    let field = &field.name;
                    if declared.is_redacted() {
                        // `{:?}` ends up in logs too.
                        quote!(.field(#field, &#private::REDACTED))
                    } else {
                        quote!(.field(#field, #local))
                    }
                });
            quote_spanned! {ident.span()=>
                #ty::#ident { #(#pairs,)* source: __source, .. } => __formatter.debug_struct(#name) #(#fields)* .field("source", __source).finish(),
            }
        })
        .collect();
    let debug_fallback = (debug_arms.len() < count).then(|| {
        quote! {
            _ => {
                let __entry = self.entry();
                self.visit_fields(&mut |__fields| #private::fmt_debug(__formatter, __entry, __fields))
            }
        }
    });
    let debug_body = if entries.is_empty() {
        quote!(match *self {})
    } else {
        quote!(match self { #(#debug_arms)* #debug_fallback })
    };

    let display_body = if entries.is_empty() {
        quote!(match *self {})
    } else {
        quote! {
            let __entry = self.entry();
            if __entry.is_message_static() {
                __formatter.write_str(__entry.message_template())
            } else {
                self.visit_fields(&mut |__fields| #private::fmt_message(__formatter, __entry, __fields))
            }
        }
    };

    let source_arms: Vec<TokenStream> = entries
        .iter()
        .filter_map(|entry| {
            let source_ty = entry.source.as_ref()?;
            let ident = &entry.ident;
            Some(quote_spanned! {source_ty.span()=>
                #ty::#ident { source: __source, .. } => {
                    // Method resolution picks the one trait that applies; a type that is no
                    // error gets a plain message at the source type (see `__private::source`).
                    use #private::source::*;
                    ::core::option::Option::Some(__source.as_dyn_error())
                }
            })
        })
        .collect();
    let source_fn = (!source_arms.is_empty()).then(|| {
        let fallback =
            (source_arms.len() < count).then(|| quote!(_ => ::core::option::Option::None,));
        quote! {
            fn source(&self) -> ::core::option::Option<&(dyn ::core::error::Error + 'static)> {
                match self {
                    #(#source_arms)*
                    #fallback
                }
            }
        }
    });

    let from_impls = entries
        .iter()
        .filter(|entry| entry.fields.is_empty() && entry.no_from.is_none())
        .filter_map(|entry| {
            let source = entry.source.as_ref()?;
            let ident = &entry.ident;
            Some(quote_spanned! {source.span()=>
                #[automatically_derived]
                #[allow(deprecated)]
                impl ::core::convert::From<#source> for #ty {
                    fn from(source: #source) -> Self {
                        Self::#ident { source }
                    }
                }
            })
        });

    let for_each_field = if has_fields {
        quote! {
            fn for_each_field(&self, __visit: &mut dyn ::core::ops::FnMut(&'static ::core::primitive::str, &dyn ::core::fmt::Display)) {
                let __entry = self.entry();
                let _ = self.visit_fields(&mut |__fields| {
                    #private::visit_fields(__entry, __fields, __visit);
                    ::core::result::Result::Ok(())
                });
            }
        }
    } else {
        quote! {
            fn for_each_field(&self, _: &mut dyn ::core::ops::FnMut(&'static ::core::primitive::str, &dyn ::core::fmt::Display)) {}
        }
    };

    // The fields as the generated `Display` sees them, for the JSON dialects' writers (the
    // default, `false`, sends them through `Display` and the field visit).
    let with_fields = has_fields.then(|| {
        quote! {
            fn __with_fields(
                &self,
                __with: &mut dyn ::core::ops::FnMut(&[&dyn #private::Field]),
            ) -> ::core::primitive::bool {
                let _ = self.visit_fields(&mut |__fields| {
                    __with(__fields);
                    ::core::result::Result::Ok(())
                });
                true
            }
        }
    });

    let wire_items = wire.then(|| {
        let code_type = code_type(catalog);
        let default_code = match &catalog.code_kind {
            Some(crate::ast::CodeKind::Int { .. }) => quote!(0),
            _ => quote!(""),
        };
        quote! {
            #[allow(deprecated)]
            impl #ty {
                /// The code on the wire.
                #[inline]
                #[must_use]
                pub const fn code(&self) -> #code_type {
                    // Every wire entry has a code (`check` rejects one without).
                    match self.kind().code() {
                        ::core::option::Option::Some(code) => code,
                        ::core::option::Option::None => #default_code,
                    }
                }

                /// The HTTP status to answer with.
                #[inline]
                #[must_use]
                pub const fn status(&self) -> #private::StatusCode {
                    // Every wire entry has a status (`check` rejects one without); the
                    // entry table holds it as a `StatusCode` already, so this is one load.
                    match self.entry().status() {
                        ::core::option::Option::Some(status) => status,
                        ::core::option::Option::None => #private::StatusCode::INTERNAL_SERVER_ERROR,
                    }
                }
            }

            #[automatically_derived]
            #[allow(deprecated)]
            impl #krate::WireError for #ty {
                #[inline]
                fn entry(&self) -> &'static #krate::Entry {
                    #ty::entry(self)
                }

                #[inline]
                fn catalog(&self) -> &'static #krate::CatalogInfo {
                    #code_enum::INFO
                }

                fn for_each_field(
                    &self,
                    visit: &mut dyn ::core::ops::FnMut(&'static ::core::primitive::str, &dyn ::core::fmt::Display),
                ) {
                    <Self as #krate::CatalogError>::for_each_field(self, visit);
                }

                #[inline]
                fn status(&self) -> #private::StatusCode {
                    #ty::status(self)
                }

                #with_fields
            }

            #[automatically_derived]
            #[allow(deprecated)]
            impl ::core::convert::From<&#ty> for #private::StatusCode {
                fn from(error: &#ty) -> Self {
                    error.status()
                }
            }
        }
    });

    quote! {
        #[allow(deprecated)]
        impl #ty {
            /// Which catalog entry this is.
            #[inline]
            #[must_use]
            pub const fn kind(&self) -> #code_enum {
                #kind_body
            }

            /// The remediation hint.
            #[inline]
            #[must_use]
            pub const fn action(&self) -> #krate::Action {
                self.kind().action()
            }

            /// The entry's static metadata.
            #[inline]
            #[must_use]
            pub const fn entry(&self) -> &'static #krate::Entry {
                self.kind().entry()
            }

            #visit_fields_fn
        }

        #wire_items

        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::fmt::Debug for #ty {
            fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #debug_body
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::fmt::Display for #ty {
            fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #display_body
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::error::Error for #ty {
            #source_fn
        }

        #(#from_impls)*

        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::convert::From<&#ty> for #code_enum {
            fn from(error: &#ty) -> Self {
                error.kind()
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl #krate::CatalogError for #ty {
            type Code = #code_enum;

            fn kind(&self) -> #code_enum {
                #ty::kind(self)
            }

            #for_each_field
        }
    }
}

pub fn expand(catalog: &Catalog) -> TokenStream {
    let wire = catalog.wire_entries();
    let logged = catalog.log_entries();
    let error = expand_enum(catalog, &catalog.ident, &wire, true);
    let log = (!logged.is_empty()).then(|| expand_enum(catalog, &catalog.log_enum, &logged, false));
    quote! {
        #error
        #log
    }
}
