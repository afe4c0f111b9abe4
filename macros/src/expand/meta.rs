//! The code enum's static tables, accessors, lookups and `Catalog` impl.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::ast::{Catalog, CodeKind, CodeLit, Entry};
use crate::symbol;
use crate::template::escape_json;

use super::{lookup, private};

fn some_str(value: Option<String>) -> TokenStream {
    match value {
        Some(text) => quote!(::core::option::Option::Some(#text)),
        None => quote!(::core::option::Option::None),
    }
}

/// The entry's help URL: its own, else the catalog template with `{code}` filled in.
fn help_url(catalog: &Catalog, entry: &Entry) -> Option<String> {
    if let Some(own) = &entry.help_url {
        return Some(own.value());
    }
    let template = catalog.help_url.as_ref()?.value();
    let code = entry.code.as_ref()?.value.text();
    Some(template.replace(symbol::HELP_URL_CODE, &code))
}

fn code_value(code: &CodeLit) -> TokenStream {
    match code {
        CodeLit::Int(value) => {
            let value = Literal::i64_unsuffixed(i64::try_from(*value).unwrap_or_default());
            quote!(::error_catalog::Code::Int(#value))
        }
        CodeLit::Str(value) => quote!(::error_catalog::Code::Str(#value)),
    }
}

/// The code as a literal of the catalog's Rust type (`5065`, `"SCM.0005"`).
pub fn typed_code(code: &CodeLit) -> TokenStream {
    match code {
        CodeLit::Int(value) => {
            let value = Literal::i128_unsuffixed(*value);
            quote!(#value)
        }
        CodeLit::Str(value) => quote!(#value),
    }
}

/// The Rust type of `code()`: `&'static str` or the declared integer type.
pub fn code_type(catalog: &Catalog) -> TokenStream {
    match &catalog.code_kind {
        Some(CodeKind::Int { ty, .. }) => quote!(::core::primitive::#ty),
        _ => quote!(&'static ::core::primitive::str),
    }
}

fn raw_entry(catalog: &Catalog, entry: &Entry) -> TokenStream {
    let private = private();
    let variant = entry.ident.to_string();
    let code = match &entry.code {
        Some(code) => {
            let value = code_value(&code.value);
            quote!(::core::option::Option::Some(#value))
        }
        None => quote!(::core::option::Option::None),
    };
    let status = entry.effective_status(catalog);
    let reported = status.is_some_and(|status| status.reported);
    let status = match status {
        Some(status) => {
            let value = status.value;
            quote!(::core::option::Option::Some(#private::status(#value)))
        }
        None => quote!(::core::option::Option::None),
    };
    let message = entry
        .message
        .as_ref()
        .map_or(String::new(), |m| m.text.clone());
    let message_json = escape_json(&message);
    // Facts renderers use, computed here rather than by const evaluation in the user's crate.
    let message_static = !message.contains(['{', '}']);
    let code_text = entry
        .code
        .as_ref()
        .map_or(String::new(), |code| code.value.text());
    let code_json_plain = escape_json(&code_text) == code_text;
    let help_url_text = help_url(catalog, entry);
    let help_url_json_plain = help_url_text
        .as_ref()
        .is_none_or(|url| escape_json(url) == *url);
    let action = format_ident!("{}", entry.effective_action(catalog));
    let log_only = entry.log_only.is_some();
    let text = |lit: &Option<syn::LitStr>| some_str(lit.as_ref().map(syn::LitStr::value));
    let name = text(&entry.name);
    let key = text(&entry.key);
    let description = text(&entry.description);
    let solution = text(&entry.solution);
    let category = text(&entry.category);
    let notes = text(&entry.notes);
    let help_url = some_str(help_url_text);
    let fields = entry.fields.iter().map(|field| field.ident.to_string());
    let translations = entry.translations.iter().map(|t| {
        let tag = &t.tag;
        let text = t.lit.value();
        quote!((#tag, #text))
    });
    quote! {
        #private::entry(#private::RawEntry {
            variant: #variant,
            code: #code,
            status: #status,
            status_reported: #reported,
            message: #message,
            message_json: #message_json,
            message_static: #message_static,
            code_text: #code_text,
            code_json_plain: #code_json_plain,
            help_url_json_plain: #help_url_json_plain,
            action: ::error_catalog::Action::#action,
            log_only: #log_only,
            name: #name,
            key: #key,
            description: #description,
            solution: #solution,
            category: #category,
            help_url: #help_url,
            notes: #notes,
            fields: &[#(#fields),*],
            translations: &[#(#translations),*],
        })
    }
}

pub fn expand(catalog: &Catalog) -> syn::Result<TokenStream> {
    let private = private();
    let code_enum = &catalog.code_enum;
    let count = catalog.entries.len();
    let idents: Vec<_> = catalog.entries.iter().map(|entry| &entry.ident).collect();
    let entries = catalog
        .entries
        .iter()
        .map(|entry| raw_entry(catalog, entry));
    let (int_codes, str_codes, names) = lookup::expand(catalog)?;
    let id = &catalog.id;
    let type_name = catalog.ident.to_string();
    let doc = &catalog.doc;
    let locale = &catalog.locale;
    let wire_format = format_ident!("{}", catalog.dialect);
    let code_type = code_type(catalog);
    let code_kind = match &catalog.code_kind {
        Some(CodeKind::Int { ty, .. }) => {
            let ty = ty.to_string();
            quote!(::error_catalog::CodeKind::Int { rust_type: #ty })
        }
        _ => quote!(::error_catalog::CodeKind::Str),
    };
    let codes = catalog.entries.iter().map(|entry| match &entry.code {
        Some(code) => {
            let code = typed_code(&code.value);
            quote!(::core::option::Option::Some(#code))
        }
        None => quote!(::core::option::Option::None),
    });
    let is_int = matches!(catalog.code_kind, Some(CodeKind::Int { .. }));
    let from_code = if is_int {
        quote! {
            /// The entry whose code is `code`. One hash and one comparison, whatever the
            /// catalog's size.
            #[must_use]
            pub fn from_code(code: #code_type) -> ::core::option::Option<Self> {
                let code = <::core::primitive::i64 as ::core::convert::TryFrom<#code_type>>::try_from(code).ok()?;
                Self::INFO.find_int_code(code).and_then(|index| Self::ALL.get(index).copied())
            }

            /// The entry whose code is `code` in its text form (`"40013"`), as a vendor's
            /// header or body carries it.
            #[must_use]
            pub fn from_code_str(code: &::core::primitive::str) -> ::core::option::Option<Self> {
                Self::INFO.find_code(code).and_then(|index| Self::ALL.get(index).copied())
            }
        }
    } else {
        quote! {
            /// The entry whose code is `code`. One hash and one comparison, whatever the
            /// catalog's size.
            #[must_use]
            pub fn from_code(code: &::core::primitive::str) -> ::core::option::Option<Self> {
                Self::INFO.find_code(code).and_then(|index| Self::ALL.get(index).copied())
            }
        }
    };
    let text_accessors = [
        ("name", "The vendor's symbolic name."),
        ("key", "The vendor's key or issue id."),
        ("description", "The description the source gives."),
        ("solution", "The source's solution or help text."),
        (
            "category",
            "The category: usually the source table the entry comes from.",
        ),
        ("help_url", "The documentation URL."),
        (
            "notes",
            "Free notes: quirks of the source, decisions taken.",
        ),
    ]
    .map(|(name, doc)| {
        let name = format_ident!("{}", name);
        quote! {
            #[doc = #doc]
            #[must_use]
            pub const fn #name(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                self.entry().#name()
            }
        }
    });

    Ok(quote! {
        impl #code_enum {
            /// Every entry, in declaration order.
            pub const ALL: &'static [Self] = &[#(Self::#idents),*];

            /// The catalog's static description: every entry's metadata and the lookup tables.
            pub const INFO: &'static ::error_catalog::CatalogInfo = {
                static ENTRIES: [::error_catalog::Entry; #count] = [#(#entries),*];
                static INFO: ::error_catalog::CatalogInfo = #private::catalog(#private::RawCatalog {
                    id: #id,
                    type_name: #type_name,
                    doc: #doc,
                    code_kind: #code_kind,
                    wire_format: ::error_catalog::WireFormat::#wire_format,
                    locale: #locale,
                    entries: &ENTRIES,
                    int_codes: #int_codes,
                    str_codes: #str_codes,
                    names: #names,
                });
                &INFO
            };

            /// This entry's static metadata.
            #[inline]
            #[must_use]
            pub const fn entry(self) -> &'static ::error_catalog::Entry {
                &Self::INFO.entries()[self as ::core::primitive::usize]
            }

            /// The code on the wire; `None` only for a log-only entry declared without one.
            #[inline]
            #[must_use]
            pub const fn code(self) -> ::core::option::Option<#code_type> {
                const CODES: [::core::option::Option<#code_type>; #count] = [#(#codes),*];
                CODES[self as ::core::primitive::usize]
            }

            /// The HTTP status; `None` only for log-only entries.
            #[inline]
            #[must_use]
            pub const fn status(self) -> ::core::option::Option<#private::StatusCode> {
                self.entry().status()
            }

            /// The remediation hint.
            #[inline]
            #[must_use]
            pub const fn action(self) -> ::error_catalog::Action {
                self.entry().action()
            }

            /// The message template, `{field}` placeholders included.
            #[inline]
            #[must_use]
            pub const fn message_template(self) -> &'static ::core::primitive::str {
                self.entry().message_template()
            }

            /// Whether the entry is only logged, never sent.
            #[inline]
            #[must_use]
            pub const fn is_log_only(self) -> ::core::primitive::bool {
                self.entry().is_log_only()
            }

            #(#text_accessors)*

            #from_code

            /// The first entry whose vendor name is `name`.
            #[must_use]
            pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
                Self::INFO.find_name(name).and_then(|index| Self::ALL.get(index).copied())
            }
        }

        #[automatically_derived]
        impl ::error_catalog::Catalog for #code_enum {
            const INFO: &'static ::error_catalog::CatalogInfo = #code_enum::INFO;
            const ALL: &'static [Self] = #code_enum::ALL;

            #[inline]
            fn index(self) -> ::core::primitive::usize {
                self as ::core::primitive::usize
            }
        }

        /// The code, or the variant name for an entry without one.
        #[automatically_derived]
        impl ::core::fmt::Display for #code_enum {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self.entry().code() {
                    ::core::option::Option::Some(code) => ::core::fmt::Display::fmt(&code, f),
                    ::core::option::Option::None => f.write_str(self.entry().variant()),
                }
            }
        }
    })
}
