//! Implementation detail of the `error-catalog` crate: the `error_catalog!` macro.
//!
//! Depend on `error-catalog` instead; it re-exports the macro and holds every item the
//! generated code names.
//!
//! The macro is a pipeline, one module a stage: `parse` reads the tokens into a syntax tree,
//! `ast` lowers it into a typed catalog, `check` applies the rules that span entries, and
//! `expand` writes the code. Every stage records its errors in one `ctxt::Ctxt`, so a
//! catalog with several mistakes reports all of them in one compile.

#![deny(missing_docs)]

mod ast;
mod check;
mod compose;
mod ctxt;
mod expand;
mod format;
mod lock;
mod parse;
mod phf;
mod symbol;
mod template;
#[cfg(test)]
mod tests;
mod uri;

/// Declares an error catalog: see the `error-catalog` crate for the grammar and the
/// generated API.
#[proc_macro]
pub fn error_catalog(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    expand::expand(input.into()).into()
}

/// Composes several catalogs into one error type: see the `error-catalog` crate for the
/// grammar and the generated API.
#[proc_macro]
pub fn compose_catalogs(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    compose::compose(input.into()).into()
}
