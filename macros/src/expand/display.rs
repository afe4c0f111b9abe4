//! The error and log enums' behaviour: the variant index, `Display` from the message
//! template, `Error::source`, `From` conversions and the runtime traits.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::Ident;
use syn::spanned::Spanned;

use std::collections::HashMap;

use crate::ast::{Catalog, Entry, Field};
use crate::template::Segment;

use super::meta::{code_type, typed_code};
use super::private;

/// The pattern `Self::Variant { field: __field0, .. }` binding every field of `entry`.
fn bind_fields(entry: &Entry) -> (TokenStream, Vec<(&Field, Ident)>) {
    let ident = &entry.ident;
    let bindings: Vec<(&Field, Ident)> = entry
        .fields
        .iter()
        .enumerate()
        // Spanned at the field's type, so a missing `Display` impl is reported there.
        .map(|(i, field)| {
            let local = format_ident!("__field{}", i, span = field.ty.span());
            (field, local)
        })
        .collect();
    let pairs = bindings.iter().map(|(field, local)| {
        let field = &field.ident;
        quote!(#field: #local)
    });
    (quote!(Self::#ident { #(#pairs,)* .. }), bindings)
}

/// The variant's name as `#[derive(Debug)]` writes it: without `r#`.
pub fn variant_name(entry: &Entry) -> String {
    let name = entry.ident.to_string();
    name.strip_prefix("r#")
        .map_or_else(|| name.clone(), str::to_owned)
}

/// The `Display` arm of an entry whose message is not its template verbatim: it has
/// placeholders, or `{{`/`}}` escapes.
fn display_arm(private: &TokenStream, entry: &Entry) -> Option<TokenStream> {
    let message = entry.message.as_ref()?;
    let segments = message.segments.as_ref()?;
    let verbatim = matches!(segments.as_slice(), [Segment::Text(text)] if *text == message.text)
        || segments.is_empty();
    if verbatim {
        return None;
    }
    let (pattern, bindings) = bind_fields(entry);
    let locals: HashMap<&str, &Ident> = bindings
        .iter()
        .map(|(field, local)| (field.name.as_str(), local))
        .collect();
    let writes = segments.iter().map(|segment| match segment {
        Segment::Text(text) => quote!(__formatter.write_str(#text)?;),
        Segment::Field(name) => {
            let local = locals.get(name.as_str()).copied();
            let span = local.map_or_else(proc_macro2::Span::call_site, |local| local.span());
            // The same `&dyn Display` coercion as the field visit: a field type without
            // `Display` gets one error, not two.
            quote_spanned!(span=> #private::display_field(#local, __formatter)?;)
        }
    });
    Some(quote! {
        #pattern => {
            #(#writes)*
            ::core::result::Result::Ok(())
        }
    })
}

/// Everything the error enum (`wire`) or the log enum needs, over `entries`.
fn expand_enum(catalog: &Catalog, ty: &Ident, entries: &[&Entry], wire: bool) -> TokenStream {
    let private = private(catalog);
    let krate = &catalog.krate;
    let code_enum = &catalog.code_enum;
    let count = entries.len();
    // Which code enum variant each of these variants is: its position in `ALL`, as plain
    // integers (identity when every entry is here).
    let kind_of_index = if entries.len() == catalog.entries.len() {
        quote!(#code_enum::ALL[self.variant_index()])
    } else {
        // `entries` are the catalog's wire entries, or its log-only ones, in order.
        let positions = catalog
            .entries
            .iter()
            .enumerate()
            .filter(|(_, entry)| entry.log_only.is_none() == wire)
            .map(|(position, _)| proc_macro2::Literal::usize_unsuffixed(position));
        quote! {{
            const POSITIONS: [::core::primitive::usize; #count] = [#(#positions),*];
            #code_enum::ALL[POSITIONS[self.variant_index()]]
        }}
    };
    let index_arms = entries.iter().enumerate().map(|(i, entry)| {
        let ident = &entry.ident;
        quote!(Self::#ident { .. } => #i)
    });
    let index_body = if entries.is_empty() {
        quote!(match *self {})
    } else {
        quote!(match self { #(#index_arms,)* })
    };

    // `Debug` as `#[derive(Debug)]` writes it, but with arms only for entries that have
    // fields: a unit variant's name comes from the metadata table, so a catalog of ten
    // thousand entries does not compile a ten-thousand-arm match for it.
    let debug_arms: Vec<TokenStream> = entries
        .iter()
        .filter(|entry| !entry.fields.is_empty() || entry.source.is_some())
        .map(|entry| {
            let (pattern, bindings) = bind_fields(entry);
            let name = variant_name(entry);
            let fields = bindings
                .iter()
                .zip(&entry.fields)
                .map(|((field, local), declared)| {
                    let field = &field.name;
                    if declared.is_redacted() {
                        // `{:?}` ends up in logs too.
                        quote!(.field(#field, &::core::format_args!("[redacted]")))
                    } else {
                        quote!(.field(#field, #local))
                    }
                });
            let (pattern, source) = match &entry.source {
                Some(_) => {
                    let ident = &entry.ident;
                    let pairs = bindings.iter().map(|(field, local)| {
                        let field = &field.ident;
                        quote!(#field: #local)
                    });
                    (
                        quote!(Self::#ident { #(#pairs,)* source: __source }),
                        quote!(.field("source", __source)),
                    )
                }
                None => (pattern, TokenStream::new()),
            };
            quote! {
                #pattern => __formatter.debug_struct(#name) #(#fields)* #source .finish(),
            }
        })
        .collect();
    let debug_fallback = (debug_arms.len() < count)
        .then(|| quote!(_ => __formatter.write_str(self.kind().entry().variant()),));
    let debug_body = if entries.is_empty() {
        quote!(match *self {})
    } else {
        quote!(match self { #(#debug_arms)* #debug_fallback })
    };

    let display_arms: Vec<TokenStream> = entries
        .iter()
        .filter_map(|e| display_arm(&private, e))
        .collect();
    let display_fallback = (display_arms.len() < count)
        .then(|| quote!(_ => __formatter.write_str(self.kind().message_template()),));
    let display_body = if entries.is_empty() {
        quote!(match *self {})
    } else {
        quote!(match self { #(#display_arms)* #display_fallback })
    };

    let source_arms: Vec<TokenStream> = entries
        .iter()
        .filter_map(|entry| {
            let ty = entry.source.as_ref()?;
            let ident = &entry.ident;
            Some(quote_spanned! {ty.span()=>
                Self::#ident { source: __source, .. } => {
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

    let field_arms: Vec<TokenStream> = entries
        .iter()
        .filter(|entry| !entry.fields.is_empty())
        .map(|entry| {
            let (pattern, bindings) = bind_fields(entry);
            // Redacted fields are bound but never visited: no log, no dialect sees them.
            let visits = bindings
                .iter()
                .zip(&entry.fields)
                .filter(|(_, declared)| !declared.is_redacted())
                .map(|((field, local), _)| {
                    let name = &field.name;
                    quote_spanned!(local.span()=> __visit(#name, #local);)
                });
            quote!(#pattern => { #(#visits)* })
        })
        .collect();
    let for_each_field = if field_arms.is_empty() {
        quote! {
            fn for_each_field(&self, _: &mut dyn ::core::ops::FnMut(&'static ::core::primitive::str, &dyn ::core::fmt::Display)) {}
        }
    } else {
        let fallback = (field_arms.len() < count).then(|| quote!(_ => {}));
        quote! {
            fn for_each_field(&self, __visit: &mut dyn ::core::ops::FnMut(&'static ::core::primitive::str, &dyn ::core::fmt::Display)) {
                match self {
                    #(#field_arms)*
                    #fallback
                }
            }
        }
    };

    let wire_items = wire.then(|| {
        let code_type = code_type(catalog);
        let codes = entries.iter().map(|entry| match &entry.code {
            Some(code) => typed_code(&code.value),
            // Unreachable: `check` rejects a wire entry without a code.
            None => quote!(::core::default::Default::default()),
        });
        quote! {
            #[allow(deprecated)]
            impl #ty {
                /// The code on the wire.
                #[inline]
                #[must_use]
                pub const fn code(&self) -> #code_type {
                    const CODES: [#code_type; #count] = [#(#codes),*];
                    CODES[self.variant_index()]
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
                #kind_of_index
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

            #[inline]
            const fn variant_index(&self) -> ::core::primitive::usize {
                #index_body
            }
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
