//! The best-effort expansion beside `compile_error!`s: the three types with the API the
//! rest of the user's crate may use (derives, `Display`, `Error`, `kind()`, `code()`,
//! `status()`, the code enum's `ALL`, `INFO`, lookups and accessors, the runtime traits), so
//! code that names them reports nothing but the catalog's own errors. Bodies are
//! `unreachable!()`: the crate does not compile, so they never run.

use std::collections::HashSet;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::Ident;

use crate::ast::{Catalog, CodeKind, Entry};

use super::meta::code_type;
use super::private;

pub fn expand(catalog: &Catalog) -> TokenStream {
    let vis = &catalog.vis;
    let ident = &catalog.ident;
    let code_enum = &catalog.code_enum;
    let log_enum = &catalog.log_enum;
    let attrs = &catalog.attrs;
    let mut seen = HashSet::new();
    let unique: Vec<&Entry> = catalog
        .entries
        .iter()
        .filter(|entry| seen.insert(entry.ident.to_string()))
        .collect();
    let wire: Vec<&Entry> = unique
        .iter()
        .copied()
        .filter(|e| e.log_only.is_none())
        .collect();
    let logged: Vec<&Entry> = unique
        .iter()
        .copied()
        .filter(|e| e.log_only.is_some())
        .collect();
    let has_code = code_enum != ident;
    let has_log = !logged.is_empty() && log_enum != ident && log_enum != code_enum;

    // Wire and log variants keep their fields, so code constructing them still resolves.
    let wire_variants = wire.iter().map(|e| super::types::variant(catalog, e));
    let error = quote! {
        #(#attrs)*
        #[allow(dead_code, missing_docs)]
        #vis enum #ident { #(#wire_variants),* }
    };
    let error_impls = enum_impls(catalog, ident, &wire, true, has_code);
    let log = has_log.then(|| {
        let variants = logged.iter().map(|e| super::types::variant(catalog, e));
        let impls = enum_impls(catalog, log_enum, &logged, false, has_code);
        quote! {
            #[allow(dead_code, missing_docs)]
            #vis enum #log_enum { #(#variants),* }
            #impls
        }
    });
    let code = has_code.then(|| code_enum_items(catalog, &unique));
    let krate = &catalog.krate;
    let into_response = has_code.then(|| quote!(#krate::__impl_into_response!(#ident);));
    quote! {
        #error
        #error_impls
        #log
        #code
        #into_response
    }
}

/// Whether an associated item named `name` can be declared beside `entries`' variants.
fn free(entries: &[&Entry], name: &str) -> bool {
    !entries.iter().any(|entry| entry.ident == name)
}

fn enum_impls(
    catalog: &Catalog,
    ty: &Ident,
    entries: &[&Entry],
    wire: bool,
    has_code: bool,
) -> TokenStream {
    let krate = &catalog.krate;
    let private = private(catalog);
    let code_enum = &catalog.code_enum;
    let unreachable = quote!(::core::unreachable!());
    let item = |name: &str, body: TokenStream| free(entries, name).then_some(body);
    let kind = has_code
        .then(|| {
            item(
                "kind",
                quote!(pub const fn kind(&self) -> #code_enum { #unreachable }),
            )
        })
        .flatten();
    let action = item(
        "action",
        quote!(pub const fn action(&self) -> #krate::Action { #unreachable }),
    );
    let entry = item(
        "entry",
        quote!(pub const fn entry(&self) -> &'static #krate::Entry { #unreachable }),
    );
    let code_type = code_type(catalog);
    let code = wire
        .then(|| {
            item(
                "code",
                quote!(pub const fn code(&self) -> #code_type { #unreachable }),
            )
        })
        .flatten();
    let status = wire
        .then(|| {
            item(
                "status",
                quote!(pub const fn status(&self) -> #private::StatusCode { #unreachable }),
            )
        })
        .flatten();
    let catalog_error = has_code.then(|| {
        quote! {
            #[automatically_derived]
            impl ::core::convert::From<&#ty> for #code_enum {
                fn from(_: &#ty) -> Self { #unreachable }
            }

            #[automatically_derived]
            impl #krate::CatalogError for #ty {
                type Code = #code_enum;
                fn kind(&self) -> #code_enum { #unreachable }
                fn for_each_field(&self, _: &mut dyn ::core::ops::FnMut(&'static ::core::primitive::str, &dyn ::core::fmt::Display)) {}
            }

        }
    });
    // `WireError` and the status conversion only for the error enum, as in the expansion.
    let wire_error = (wire && has_code).then(|| {
        quote! {
            #[automatically_derived]
            impl #krate::WireError for #ty {
                fn entry(&self) -> &'static #krate::Entry { #unreachable }
                fn catalog(&self) -> &'static #krate::CatalogInfo { #unreachable }
                fn for_each_field(&self, _: &mut dyn ::core::ops::FnMut(&'static ::core::primitive::str, &dyn ::core::fmt::Display)) { #unreachable }
            }
        }
    });
    let status_from = wire.then(|| {
        quote! {
            #[automatically_derived]
            impl ::core::convert::From<&#ty> for #private::StatusCode {
                fn from(_: &#ty) -> Self { #unreachable }
            }
        }
    });
    // `From<source>` for the sources that would get one, once per type.
    let mut sources = HashSet::new();
    let from_impls = entries
        .iter()
        .filter(|entry| entry.fields.is_empty() && entry.no_from.is_none())
        .filter_map(|entry| entry.source.as_ref())
        .filter(|source| sources.insert(quote!(#source).to_string()))
        .map(|source| {
            quote! {
                #[automatically_derived]
                impl ::core::convert::From<#source> for #ty {
                    fn from(_: #source) -> Self { #unreachable }
                }
            }
        });
    quote! {
        #[allow(dead_code, missing_docs, clippy::all)]
        impl #ty {
            #kind
            #action
            #entry
            #code
            #status
        }

        #[automatically_derived]
        impl ::core::fmt::Debug for #ty {
            fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result { #unreachable }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for #ty {
            fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result { #unreachable }
        }

        #[automatically_derived]
        impl ::core::error::Error for #ty {}

        #catalog_error
        #wire_error
        #status_from
        #(#from_impls)*
    }
}

fn code_enum_items(catalog: &Catalog, entries: &[&Entry]) -> TokenStream {
    let vis = &catalog.vis;
    let krate = &catalog.krate;
    let private = private(catalog);
    let code_enum = &catalog.code_enum;
    let unreachable = quote!(::core::unreachable!());
    let idents: Vec<&Ident> = entries.iter().map(|entry| &entry.ident).collect();
    let code_type = code_type(catalog);
    let option = quote!(::core::option::Option);
    let str_ty = quote!(&::core::primitive::str);
    let is_int = matches!(catalog.code_kind, Some(CodeKind::Int { .. }));
    let mut items: Vec<(&str, TokenStream)> = vec![
        (
            "ALL",
            quote!(pub const ALL: &'static [Self] = &[#(Self::#idents),*];),
        ),
        (
            "INFO",
            quote!(pub const INFO: &'static #krate::CatalogInfo = &#private::FALLBACK_CATALOG;),
        ),
        (
            "entry",
            quote!(pub const fn entry(self) -> &'static #krate::Entry { #unreachable }),
        ),
        (
            "code",
            quote!(pub const fn code(self) -> #option<#code_type> { #unreachable }),
        ),
        (
            "status",
            quote!(pub const fn status(self) -> #option<#private::StatusCode> { #unreachable }),
        ),
        (
            "action",
            quote!(pub const fn action(self) -> #krate::Action { #unreachable }),
        ),
        (
            "message_template",
            quote!(pub const fn message_template(self) -> &'static ::core::primitive::str { #unreachable }),
        ),
        (
            "is_log_only",
            quote!(pub const fn is_log_only(self) -> ::core::primitive::bool { #unreachable }),
        ),
        (
            "from_name",
            quote!(pub fn from_name(_: #str_ty) -> #option<Self> { #unreachable }),
        ),
    ];
    if is_int {
        items.push((
            "from_code",
            quote!(pub fn from_code(_: #code_type) -> #option<Self> { #unreachable }),
        ));
        items.push((
            "from_code_str",
            quote!(pub fn from_code_str(_: #str_ty) -> #option<Self> { #unreachable }),
        ));
    } else {
        items.push((
            "from_code",
            quote!(pub fn from_code(_: #str_ty) -> #option<Self> { #unreachable }),
        ));
    }
    for name in [
        "name",
        "key",
        "description",
        "solution",
        "category",
        "help_url",
        "notes",
    ] {
        let accessor = format_ident!("{}", name);
        items.push((
            name,
            quote!(pub const fn #accessor(self) -> #option<&'static ::core::primitive::str> { #unreachable }),
        ));
    }
    let items = items
        .into_iter()
        .filter(|(name, _)| free(entries, name))
        .map(|(_, tokens)| tokens);
    let derives = super::code_enum_derives(true);
    quote! {
        #[allow(dead_code, missing_docs)]
        #derives
        #vis enum #code_enum { #(#idents),* }

        #[allow(dead_code, missing_docs, clippy::all)]
        impl #code_enum {
            #(#items)*
        }

        #[automatically_derived]
        impl #krate::Catalog for #code_enum {
            const INFO: &'static #krate::CatalogInfo = &#private::FALLBACK_CATALOG;
            const ALL: &'static [Self] = &[#(Self::#idents),*];
            fn index(self) -> ::core::primitive::usize { #unreachable }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for #code_enum {
            fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result { #unreachable }
        }
    }
}
