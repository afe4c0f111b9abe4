//! The error and log enums' behaviour: the variant index, `Display` from the message
//! template, `Error::source`, `From` conversions and the runtime traits.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::Ident;
use syn::spanned::Spanned;

use crate::ast::{Catalog, Entry};
use crate::template::Segment;

use super::meta::{code_type, typed_code};
use super::private;

/// The pattern `Self::Variant { field: __field0, .. }` binding every field of `entry`.
fn bind_fields(entry: &Entry) -> (TokenStream, Vec<(Ident, Ident)>) {
    let ident = &entry.ident;
    let bindings: Vec<(Ident, Ident)> = entry
        .fields
        .iter()
        .enumerate()
        // Spanned at the field's type, so a missing `Display` impl is reported there.
        .map(|(i, field)| {
            let local = format_ident!("__field{}", i, span = field.ty.span());
            (field.ident.clone(), local)
        })
        .collect();
    let pairs = bindings.iter().map(|(field, local)| quote!(#field: #local));
    (quote!(Self::#ident { #(#pairs,)* .. }), bindings)
}

/// The `Display` arm of an entry whose message is not its template verbatim: it has
/// placeholders, or `{{`/`}}` escapes.
fn display_arm(entry: &Entry) -> Option<TokenStream> {
    let message = entry.message.as_ref()?;
    let segments = message.segments.as_ref()?;
    let verbatim = matches!(segments.as_slice(), [Segment::Text(text)] if *text == message.text)
        || segments.is_empty();
    if verbatim {
        return None;
    }
    let (pattern, bindings) = bind_fields(entry);
    let writes = segments.iter().map(|segment| match segment {
        Segment::Text(text) => quote!(__formatter.write_str(#text)?;),
        Segment::Field(name) => {
            let local = bindings
                .iter()
                .find(|(field, _)| field == name)
                .map(|(_, local)| local);
            let span = local.map_or_else(proc_macro2::Span::call_site, Ident::span);
            quote_spanned!(span=> ::core::fmt::Display::fmt(#local, __formatter)?;)
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
    let private = private();
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
            let name = entry.ident.to_string();
            let fields = bindings.iter().map(|(field, local)| {
                let field = field.to_string();
                quote!(.field(#field, #local))
            });
            let (pattern, source) = match &entry.source {
                Some(_) => {
                    let ident = &entry.ident;
                    let pairs = bindings.iter().map(|(field, local)| quote!(#field: #local));
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

    let display_arms: Vec<TokenStream> = entries.iter().filter_map(|e| display_arm(e)).collect();
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
                    // Method syntax, so a `Box<dyn Error>` source derefs to its `dyn Error`.
                    use #private::AsDynError as _;
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
        .filter(|entry| entry.fields.is_empty())
        .filter_map(|entry| {
            let source = entry.source.as_ref()?;
            let ident = &entry.ident;
            Some(quote_spanned! {source.span()=>
                #[automatically_derived]
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
            let visits = bindings.iter().map(|(field, local)| {
                let name = field.to_string();
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
        let statuses = entries.iter().map(|entry| {
            let value = entry
                .effective_status(catalog)
                .map_or(500, |status| status.value);
            proc_macro2::Literal::u16_unsuffixed(value)
        });
        quote! {
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
                    const STATUSES: [::core::primitive::u16; #count] = [#(#statuses),*];
                    #private::status(STATUSES[self.variant_index()])
                }
            }

            #[automatically_derived]
            impl ::error_catalog::WireError for #ty {
                #[inline]
                fn entry(&self) -> &'static ::error_catalog::Entry {
                    #ty::entry(self)
                }

                #[inline]
                fn catalog(&self) -> &'static ::error_catalog::CatalogInfo {
                    #code_enum::INFO
                }

                fn for_each_field(
                    &self,
                    visit: &mut dyn ::core::ops::FnMut(&'static ::core::primitive::str, &dyn ::core::fmt::Display),
                ) {
                    <Self as ::error_catalog::CatalogError>::for_each_field(self, visit);
                }

                #[inline]
                fn status(&self) -> #private::StatusCode {
                    #ty::status(self)
                }
            }

            #[automatically_derived]
            impl ::core::convert::From<&#ty> for #private::StatusCode {
                fn from(error: &#ty) -> Self {
                    error.status()
                }
            }
        }
    });

    quote! {
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
            pub const fn action(&self) -> ::error_catalog::Action {
                self.kind().action()
            }

            /// The entry's static metadata.
            #[inline]
            #[must_use]
            pub const fn entry(&self) -> &'static ::error_catalog::Entry {
                self.kind().entry()
            }

            #[inline]
            const fn variant_index(&self) -> ::core::primitive::usize {
                #index_body
            }
        }

        #wire_items

        #[automatically_derived]
        impl ::core::fmt::Debug for #ty {
            fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #debug_body
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for #ty {
            fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #display_body
            }
        }

        #[automatically_derived]
        impl ::core::error::Error for #ty {
            #source_fn
        }

        #(#from_impls)*

        #[automatically_derived]
        impl ::core::convert::From<&#ty> for #code_enum {
            fn from(error: &#ty) -> Self {
                error.kind()
            }
        }

        #[automatically_derived]
        impl ::error_catalog::CatalogError for #ty {
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
