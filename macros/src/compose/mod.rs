//! `compose_catalogs!`: one error type over several catalogs, possibly from other crates.
//!
//! The same pipeline as `error_catalog!`, one file a stage: [`parse`] reads the members,
//! [`check`] applies the rules the macro can see (names, types, prefixes, renames), and
//! [`expand`] writes the composed types. The members' entries are not visible here (a member
//! may come from another crate), so the rules over codes (no wire code twice, no integer
//! beside string codes) are checked in const evaluation by the runtime's `compose` module,
//! one generated check per pair of members, spanned at the later member.

mod check;
mod expand;
mod parse;

use proc_macro2::TokenStream;
use quote::quote;

use crate::ctxt::Ctxt;

/// The macro: expansion followed by every error as a `compile_error!`.
pub fn compose(input: TokenStream) -> TokenStream {
    let (tokens, errors) = compose_with_errors(input);
    let errors = errors.into_iter().map(|error| error.into_compile_error());
    quote! {
        #tokens
        #(#errors)*
    }
}

/// Runs the pipeline; on errors, only the types are declared, so code naming them resolves.
pub fn compose_with_errors(input: TokenStream) -> (TokenStream, Vec<syn::Error>) {
    let cx = Ctxt::default();
    let Some(composition) = parse::parse(&cx, input) else {
        return (TokenStream::new(), cx.into_errors());
    };
    check::check(&cx, &composition);
    if cx.has_errors() {
        return (expand::types(&composition), cx.into_errors());
    }
    (expand::expand(&composition), Vec::new())
}
