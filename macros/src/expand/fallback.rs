//! The best-effort expansion beside `compile_error!`s: the types, so code that names them
//! does not drown the catalog's own errors in "cannot find type".

use std::collections::HashSet;

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::Catalog;

pub fn expand(catalog: &Catalog) -> TokenStream {
    let vis = &catalog.vis;
    let ident = &catalog.ident;
    let code_enum = &catalog.code_enum;
    let log_enum = &catalog.log_enum;
    let mut seen = HashSet::new();
    let unique: Vec<_> = catalog
        .entries
        .iter()
        .filter(|entry| seen.insert(entry.ident.to_string()))
        .collect();
    // Wire and log variants keep their fields, so code constructing them still resolves.
    let wire = unique
        .iter()
        .filter(|e| e.log_only.is_none())
        .map(|e| super::types::variant(catalog, e));
    let logged: Vec<_> = unique
        .iter()
        .filter(|e| e.log_only.is_some())
        .map(|e| super::types::variant(catalog, e))
        .collect();
    let all = unique.iter().map(|e| &e.ident);
    let log = (!logged.is_empty() && log_enum != ident && log_enum != code_enum).then(|| {
        quote! {
            #[allow(dead_code, missing_docs)]
            #vis enum #log_enum { #(#logged),* }
        }
    });
    let code = (code_enum != ident).then(|| {
        quote! {
            #[allow(dead_code, missing_docs)]
            #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug)]
            #vis enum #code_enum { #(#all),* }
        }
    });
    quote! {
        #[allow(dead_code, missing_docs)]
        #vis enum #ident { #(#wire),* }
        #log
        #code
    }
}
