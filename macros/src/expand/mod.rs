//! Stage 4: the generated code, one child module per output.
//!
//! Per-entry facts are emitted as data (`static` tables indexed by the code enum's
//! discriminant) read by small shared functions; only `Display`, `source()` and the variant
//! index are `match`es, and each has arms only for the entries that need them.

mod display;
mod fallback;
mod lookup;
mod meta;
mod text;
mod types;

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

use crate::ast::{Catalog, DialectSpec};
use crate::check;
use crate::ctxt::Ctxt;
use crate::parse;

/// The macro: expansion followed by every error as a `compile_error!`.
pub fn expand(input: TokenStream) -> TokenStream {
    let (tokens, errors) = expand_with_errors(input);
    let errors = errors.into_iter().map(|error| error.into_compile_error());
    quote! {
        #tokens
        #(#errors)*
    }
}

/// Runs the pipeline; on errors, the expansion is a best-effort declaration of the types so
/// the rest of the user's crate still resolves them.
pub fn expand_with_errors(input: TokenStream) -> (TokenStream, Vec<syn::Error>) {
    let cx = Ctxt::default();
    let Some(syntax) = parse::parse_catalog(&cx, input) else {
        return (TokenStream::new(), cx.into_errors());
    };
    let catalog = Catalog::from_syntax(&cx, syntax);
    check::check(&cx, &catalog);
    if cx.has_errors() {
        return (fallback::expand(&catalog), cx.into_errors());
    }
    match expand_catalog(&catalog) {
        Ok(tokens) => (tokens, Vec::new()),
        Err(error) => (fallback::expand(&catalog), vec![error]),
    }
}

fn expand_catalog(catalog: &Catalog) -> syn::Result<TokenStream> {
    let types = types::expand(catalog);
    let meta = meta::expand(catalog)?;
    let errors = display::expand(catalog);
    let into_response = expand_into_response(catalog);
    Ok(quote! {
        #types
        #meta
        #errors
        #into_response
    })
}

/// The type a dialect setting names, as an absolute path; a user's path as written.
fn dialect_type(spec: &DialectSpec) -> TokenStream {
    match spec {
        DialectSpec::Builtin(ty) => {
            let ty = format_ident!("{}", ty);
            quote!(::error_catalog::dialect::#ty)
        }
        DialectSpec::Path(path) => quote!(#path),
    }
}

/// For a user's dialect type, an assertion at the path's span that it implements
/// `Dialect`, so a type that does not gets the error under what the user wrote.
fn assert_dialect(spec: &DialectSpec) -> TokenStream {
    match spec {
        DialectSpec::Builtin(_) => TokenStream::new(),
        DialectSpec::Path(path) => {
            let private = private();
            quote_spanned! {path.span()=>
                const _: () = #private::assert_dialect::<#path>();
            }
        }
    }
}

/// The `IntoResponse` impl (only with the runtime's `axum` feature): in the native dialect,
/// in the one `into_response = ...` names, or none for `into_response = none`.
fn expand_into_response(catalog: &Catalog) -> TokenStream {
    let ident = &catalog.ident;
    match &catalog.into_response {
        None => quote!(::error_catalog::__impl_into_response!(#ident);),
        Some(None) => TokenStream::new(),
        Some(Some(spec)) => {
            let dialect = dialect_type(spec);
            let assert = assert_dialect(spec);
            quote! {
                #assert
                ::error_catalog::__impl_into_response!(#ident, #dialect);
            }
        }
    }
}

/// The path of the runtime's hidden module.
fn private() -> TokenStream {
    quote!(::error_catalog::__private)
}
