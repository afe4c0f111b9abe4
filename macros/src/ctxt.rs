//! Collects the errors of every stage, so one compile reports every mistake in a catalog.

use core::fmt::Display;
use std::cell::RefCell;

use proc_macro2::Span;
use quote::ToTokens;

/// The error sink shared by the parse, lower and check stages.
#[derive(Default)]
pub struct Ctxt {
    errors: RefCell<Vec<syn::Error>>,
}

impl Ctxt {
    /// An error at `span`.
    pub fn error_at(&self, span: Span, message: impl Display) {
        self.errors
            .borrow_mut()
            .push(syn::Error::new(span, message));
    }

    /// An error spanning all of `tokens`.
    pub fn error_spanned_by(&self, tokens: impl ToTokens, message: impl Display) {
        self.errors
            .borrow_mut()
            .push(syn::Error::new_spanned(tokens.into_token_stream(), message));
    }

    /// A duplicate: an error at the repeat and a second one at the first definition.
    pub fn duplicate(
        &self,
        repeat: impl ToTokens,
        first: impl ToTokens,
        message: impl Display,
        first_note: &str,
    ) {
        let mut errors = self.errors.borrow_mut();
        errors.push(syn::Error::new_spanned(repeat.into_token_stream(), message));
        errors.push(syn::Error::new_spanned(
            first.into_token_stream(),
            first_note,
        ));
    }

    /// A ready-made error, such as one syn returned.
    pub fn push(&self, error: syn::Error) {
        self.errors.borrow_mut().push(error);
    }

    /// Whether any error was recorded.
    pub fn has_errors(&self) -> bool {
        !self.errors.borrow().is_empty()
    }

    /// Every error recorded, in the order recorded.
    pub fn into_errors(self) -> Vec<syn::Error> {
        self.errors.into_inner()
    }
}
