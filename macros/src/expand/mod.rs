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
use crate::lock;
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
    let lock = catalog
        .lock
        .as_ref()
        .and_then(|setting| lock::load(&cx, setting));
    lock::check(&cx, &catalog, lock.as_ref().and_then(|l| l.lock.as_ref()));
    if cx.has_errors() {
        let mut tokens = fallback::expand(&catalog);
        tokens.extend(track_lock(lock.as_ref()));
        return (tokens, cx.into_errors());
    }
    match expand_catalog(&catalog, lock.as_ref()) {
        Ok(tokens) => (tokens, Vec::new()),
        Err(error) => (fallback::expand(&catalog), vec![error]),
    }
}

/// `include_bytes!` of the lock file, so cargo rebuilds the catalog when the lock changes.
fn track_lock(lock: Option<&lock::LoadedLock>) -> TokenStream {
    let Some(lock) = lock.filter(|lock| lock.lock.is_some()) else {
        return TokenStream::new();
    };
    let Some(path) = lock.path.to_str() else {
        return TokenStream::new();
    };
    quote! {
        const _: &[::core::primitive::u8] = ::core::include_bytes!(#path);
    }
}

fn expand_catalog(catalog: &Catalog, lock: Option<&lock::LoadedLock>) -> syn::Result<TokenStream> {
    let types = types::expand(catalog);
    let meta = meta::expand(catalog, lock)?;
    let track = track_lock(lock);
    let errors = display::expand(catalog);
    let ident = &catalog.ident;
    let krate = &catalog.krate;
    let into_response = expand_into_response(catalog);
    Ok(quote! {
        #types
        #meta
        #errors
        #track
        #into_response
        #krate::__impl_into_status!(#ident);
    })
}

/// The type a dialect setting names, as an absolute path; a user's path as written.
fn dialect_type(catalog: &Catalog, spec: &DialectSpec) -> TokenStream {
    match spec {
        DialectSpec::Builtin(ty) => {
            let krate = &catalog.krate;
            let ty = format_ident!("{}", ty);
            quote!(#krate::dialect::#ty)
        }
        DialectSpec::Path(path) => quote!(#path),
    }
}

/// For a user's dialect type, an assertion at the path's span that it implements
/// `Dialect`, so a type that does not gets the error under what the user wrote.
fn assert_dialect(catalog: &Catalog, spec: &DialectSpec) -> TokenStream {
    match spec {
        DialectSpec::Builtin(_) => TokenStream::new(),
        DialectSpec::Path(path) => {
            let private = private(catalog);
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
    let krate = &catalog.krate;
    match &catalog.into_response {
        None => quote!(#krate::__impl_into_response!(#ident);),
        Some(None) => TokenStream::new(),
        // A built-in dialect's trait object is the runtime's (see `__private::dialects`).
        Some(Some(DialectSpec::Builtin(ty))) => {
            let dialect = builtin_dialect(&private(catalog), ty);
            quote!(#krate::__impl_into_response!(#ident, static #dialect);)
        }
        Some(Some(spec)) => {
            let dialect = dialect_type(catalog, spec);
            let assert = assert_dialect(catalog, spec);
            quote! {
                #assert
                #krate::__impl_into_response!(#ident, #dialect);
            }
        }
    }
}

/// The derives of a code enum (fieldless, one variant per entry), with `Debug` where the
/// enum does not implement it by hand.
pub(crate) fn code_enum_derives(debug: bool) -> TokenStream {
    let debug = debug.then(|| quote!(, ::core::fmt::Debug));
    quote! {
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::cmp::PartialOrd,
            ::core::cmp::Ord,
            ::core::hash::Hash
            #debug
        )]
    }
}

/// The runtime's `static` trait object of the built-in dialect `ty` (`Skms`): generated code
/// refers to it rather than building the dialect's vtable in the user's crate (see
/// `__private::dialects`).
pub(crate) fn builtin_dialect(private: &TokenStream, ty: &str) -> TokenStream {
    let ty = format_ident!("{}", ty);
    quote!(#private::dialects::#ty)
}

/// The path of the runtime's hidden module, through the catalog's `crate = ...` path.
fn private(catalog: &Catalog) -> TokenStream {
    let krate = &catalog.krate;
    quote!(#krate::__private)
}
