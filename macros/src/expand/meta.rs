//! The code enum's static tables, accessors, lookups and `Catalog` impl.

use core::fmt::Write as _;
use std::collections::HashMap;

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote, quote_spanned};

use error_catalog_contract::{flag, row};

use error_catalog_contract::lock::LockCode;

use crate::ast::{Catalog, CodeKind, CodeLit, DialectSpec, Entry};
use crate::lock::LoadedLock;
use crate::symbol;
use crate::template::{Segment, escape_json, has_brace, is_json_plain};
use crate::uri;

use super::text::Source;
use super::{assert_dialect, builtin_dialect, dialect_type, lookup, private};

/// The entry's help URL: its own, else the catalog template with `{code}` filled in.
fn help_url(catalog: &Catalog, entry: &Entry) -> Option<String> {
    let code = entry.code.as_ref().map(|code| code.value.text());
    if let Some(own) = &entry.help_url {
        let own = &own.value;
        return Some(code.map_or_else(|| own.clone(), |code| uri::expand(own, &code)));
    }
    let template = &catalog.help_url.as_ref()?.value;
    Some(uri::expand(template, &code?))
}

/// The Rust type of `code()`: `&'static str` or the declared integer type.
pub fn code_type(catalog: &Catalog) -> TokenStream {
    match &catalog.code_kind {
        Some(CodeKind::Int { ty, .. }) => quote!(::core::primitive::#ty),
        _ => quote!(&'static ::core::primitive::str),
    }
}

/// The slices entries point to (field names, translations), each distinct one written once
/// as a named `const`: an array expression in each entry's arguments would be a promoted
/// constant with its own inference variables, which type-checking ten thousand of them in
/// one `static` initializer measured slower than the rest of the table together.
#[derive(Default)]
struct Lists {
    /// Source text of each `&[&str]` list, in the order first used.
    texts: Interned,
    /// Source text of each `&[(&str, &str)]` list.
    pairs: Interned,
    /// Source text of the members each `EntryExtra` sets.
    extras: Interned,
}

/// Distinct strings in the order first seen, each with its position.
#[derive(Default)]
struct Interned {
    order: Vec<String>,
    positions: HashMap<String, usize>,
}

impl Interned {
    /// The position of `item`, added at the end if new.
    fn intern(&mut self, item: String) -> usize {
        let next = self.order.len();
        *self.positions.entry(item).or_insert_with_key(|item| {
            self.order.push(item.clone());
            next
        })
    }
}

impl Lists {
    /// The name of the `const` holding the text list `items`.
    fn text(&mut self, items: &[&str]) -> String {
        let mut source = Source::default();
        for item in items {
            source.string(item).push(",");
        }
        format!("__S{}", self.texts.intern(source.into_string()))
    }

    /// The name of the `const` holding the pair list `items`.
    fn pairs(&mut self, items: &[(String, String)]) -> String {
        let mut source = Source::default();
        for (tag, text) in items {
            source
                .push("(")
                .string(tag)
                .push(",")
                .string(text)
                .push("),");
        }
        format!("__T{}", self.pairs.intern(source.into_string()))
    }

    /// The `const` items, for the same scope as the entry table.
    fn declare(&self, out: &mut Source) {
        for (i, items) in self.texts.order.iter().enumerate() {
            let _ = write!(out, "const __S{i}: &[&str] = &[{items}];");
        }
        for (i, items) in self.pairs.order.iter().enumerate() {
            let _ = write!(out, "const __T{i}: &[(&str, &str)] = &[{items}];");
        }
        for (i, args) in self.extras.order.iter().enumerate() {
            let _ = write!(
                out,
                "const __X{i}: &__p::EntryExtra = &__p::EntryExtra {{ {args} ..*__p::NO_EXTRA }};"
            );
        }
    }
}

/// The runtime's `EntryExtra` of entries that declare no translations and no redacted fields.
const NO_EXTRA: &str = "__p::NO_EXTRA";

/// Appends one entry as the runtime's positional `entry(..)` or `plain_entry(..)` call:
/// literals and names only, so ten thousand of them stay cheap to emit and to type-check (see
/// `__private::entry`).
fn push_entry(out: &mut Source, lists: &mut Lists, catalog: &Catalog, entry: &Entry) {
    let mut flags = 0u8;
    // An integer code's value is stored beside its decimal text, so that `Entry::code` reads it
    // rather than parsing: only integer catalogs' rows pay the argument.
    let (code_text, int_code) = match entry.code.as_ref().map(|code| &code.value) {
        Some(CodeLit::Int(value)) => {
            flags |= flag::HAS_CODE | flag::CODE_INT;
            (value.to_string(), Some(*value))
        }
        Some(CodeLit::Str(value)) => {
            flags |= flag::HAS_CODE;
            (value.clone(), None)
        }
        None => (String::new(), None),
    };
    let status = entry.effective_status(catalog);
    if status.is_some_and(|status| status.reported) {
        flags |= flag::REPORTED;
    }
    let status = status.map_or(0, |status| status.value);
    let message = entry
        .message
        .as_ref()
        .map_or(String::new(), |m| m.text.clone());
    // Facts renderers use, computed here rather than by const evaluation in the user's crate.
    let message_json = if is_json_plain(&message) {
        String::new()
    } else {
        escape_json(&message)
    };
    if !has_brace(&message) {
        flags |= flag::MESSAGE_STATIC;
    }
    if is_json_plain(&code_text) {
        flags |= flag::CODE_JSON_PLAIN;
    }
    let help_url = help_url(catalog, entry).unwrap_or_default();
    if is_json_plain(&help_url) {
        flags |= flag::HELP_URL_JSON_PLAIN;
    }
    if entry.log_only.is_some() {
        flags |= flag::LOG_ONLY;
    }
    if entry.deprecated.is_some() {
        flags |= flag::DEPRECATED;
    }
    let action = symbol::ACTIONS
        .iter()
        .find(|(_, variant)| *variant == entry.effective_action(catalog))
        .and_then(|(spelling, _)| error_catalog_contract::action_number(spelling))
        .unwrap_or_default();

    let variant = super::display::variant_name(entry);
    let name = entry.name.as_ref().map_or("", |name| &name.value);
    let key = lit_text(&entry.key);
    let note = entry
        .deprecated
        .as_ref()
        .and_then(|d| d.note.as_ref())
        .map(crate::ast::lit_value)
        .unwrap_or_default();
    let tail = row::tail([
        &lit_text(&entry.description),
        &lit_text(&entry.solution),
        &lit_text(&entry.category),
        &lit_text(&entry.notes),
        &note,
    ]);
    // Texts longer than `u32::MAX` bytes cannot be in a source file the compiler read.
    let length = |text: &str| u32::try_from(text.len()).unwrap_or(u32::MAX);
    let packed = row::Packed {
        flags,
        status,
        action,
        log_level: entry
            .log_level
            .or(catalog.default_log_level)
            .map_or(0, |level| level.number),
        grpc: entry.grpc.as_ref().map_or(0, |grpc| grpc.number),
        variant_len: length(&variant),
        name_len: length(name),
        key_len: length(&key),
    }
    .pack();
    let names = format!("{variant}{name}{key}{tail}");
    let program = message_program(entry);
    let extra = extra(lists, entry);
    // Most rows take the short form, `entry`'s first five arguments: every argument costs
    // type checking in every row. Integer catalogs' rows add the code's value.
    let plain = message_json.is_empty()
        && program.is_empty()
        && entry.fields.is_empty()
        && extra == NO_EXTRA;
    out.push(match (plain, int_code.is_some()) {
        (true, false) => "__p::plain_entry(",
        (true, true) => "__p::plain_int_entry(",
        (false, false) => "__p::entry(",
        (false, true) => "__p::int_entry(",
    })
    .string(&code_text)
    .push(",")
    .string(&message)
    .push(",")
    .string(&help_url)
    .push(",")
    .string(&names)
    .push(",")
    .int(packed);
    if !plain {
        let fields: Vec<&str> = entry
            .fields
            .iter()
            .map(|field| field.name.as_str())
            .collect();
        let fields = lists.text(&fields);
        out.push(",")
            .string(&message_json)
            .push(",")
            .string(&program)
            .push(",")
            .push(&fields)
            .push(",")
            .push(&extra);
    }
    if let Some(value) = int_code {
        out.push(",").signed(value);
    }
    out.push("),");
}

/// The value of an optional string literal, empty when absent.
fn lit_text(lit: &Option<syn::LitStr>) -> String {
    lit.as_ref().map(crate::ast::lit_value).unwrap_or_default()
}

/// The message template compiled for `Display`, empty when the message is static or does not
/// compile: for each run of literal text (braces unescaped) and the placeholder after it,
/// the text's length in bytes as one character, the text, and the field's position plus one
/// as one character (NUL after the last text). The runtime then writes a message without
/// scanning the template or comparing field names.
fn message_program(entry: &Entry) -> String {
    let Some(segments) = entry.message.as_ref().and_then(|m| m.segments.as_ref()) else {
        return String::new();
    };
    let braces = entry.message.as_ref().is_some_and(|m| has_brace(&m.text));
    if !braces {
        return String::new();
    }
    let number = |value: usize| u32::try_from(value).ok().and_then(char::from_u32);
    let mut program = String::new();
    let mut text = String::new();
    for segment in segments {
        match segment {
            Segment::Text(run) => text.push_str(run),
            Segment::Field(name) => {
                let field = entry
                    .fields
                    .iter()
                    .position(|field| field.name == *name)
                    .and_then(|index| number(index + 1));
                let (Some(length), Some(field)) = (number(text.len()), field) else {
                    return String::new();
                };
                program.push(length);
                program.push_str(&std::mem::take(&mut text));
                program.push(field);
            }
        }
    }
    let Some(length) = number(text.len()) else {
        return String::new();
    };
    program.push(length);
    program.push_str(&text);
    program.push('\0');
    program
}

/// The name of the entry's `EntryExtra` const: [`NO_EXTRA`] when it declares neither
/// translations nor redacted fields, else the catalog's `const` for exactly these.
fn extra(lists: &mut Lists, entry: &Entry) -> String {
    let translations: Vec<(String, String)> = entry
        .translations
        .iter()
        .map(|translation| (translation.tag.clone(), translation.text.clone()))
        .collect();
    let redacted: Vec<&str> = entry
        .fields
        .iter()
        .filter(|field| field.is_redacted())
        .map(|field| field.name.as_str())
        .collect();
    let mut args = Source::default();
    if !translations.is_empty() {
        let translations = lists.pairs(&translations);
        args.push("translations:").push(&translations).push(",");
    }
    if !redacted.is_empty() {
        let redacted = lists.text(&redacted);
        args.push("redacted:").push(&redacted).push(",");
    }
    let args = args.into_string();
    if args.is_empty() {
        return NO_EXTRA.to_owned();
    }
    format!("__X{}", lists.extras.intern(args))
}

/// The code as a runtime `Code` constructor.
fn runtime_code(krate: &syn::Path, code: &LockCode) -> TokenStream {
    match code {
        LockCode::Int(value) => {
            let value = Literal::i128_unsuffixed(*value);
            quote!(#krate::Code::Int(#value))
        }
        LockCode::Str(text) => quote!(#krate::Code::Str(#text)),
    }
}

pub fn expand(catalog: &Catalog, lock: Option<&LoadedLock>) -> syn::Result<TokenStream> {
    let private = private(catalog);
    let krate = &catalog.krate;
    let code_enum = &catalog.code_enum;
    let count = catalog.entries.len();
    let idents: Vec<_> = catalog.entries.iter().map(|entry| &entry.ident).collect();
    let mut entries = Source::default();
    let mut lists = Lists::default();
    for entry in &catalog.entries {
        push_entry(&mut entries, &mut lists, catalog, entry);
    }
    let entries = entries.into_tokens()?;
    let mut list_consts = Source::default();
    lists.declare(&mut list_consts);
    let list_consts = list_consts.into_tokens()?;

    let (int_codes, str_codes, names) = lookup::expand(catalog)?;
    let id = &catalog.id;
    let type_name = catalog.ident.to_string();
    let doc = &catalog.doc;
    let locale = &catalog.locale;
    let dialect = match &catalog.dialect {
        DialectSpec::Builtin(ty) => {
            let dialect = builtin_dialect(&private, ty);
            quote!(&#dialect)
        }
        DialectSpec::Path(path) => {
            let ty = dialect_type(catalog, &catalog.dialect);
            quote_spanned! {syn::spanned::Spanned::span(path)=>
                {
                    const __DIALECT: &'static dyn #krate::dialect::DynDialect =
                        &<#ty as #krate::dialect::Dialect>::DEFAULT;
                    &__DIALECT
                }
            }
        }
    };
    let assert = assert_dialect(catalog, &catalog.dialect);
    let code_type = code_type(catalog);
    let code_kind = match &catalog.code_kind {
        Some(CodeKind::Int { ty, .. }) => {
            let ty = ty.to_string();
            quote!(#krate::CodeKind::Int { rust_type: #ty })
        }
        _ => quote!(#krate::CodeKind::Str),
    };
    // The code from the entry table (no per-entry array): the declared integer type holds
    // every code, which `check` verified.
    let code_from_entry = if matches!(catalog.code_kind, Some(CodeKind::Int { .. })) {
        quote! {
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_possible_wrap)]
            match self.entry().code() {
                ::core::option::Option::Some(#krate::Code::Int(value)) => ::core::option::Option::Some(value as #code_type),
                _ => ::core::option::Option::None,
            }
        }
    } else {
        quote! {
            match self.entry().code() {
                ::core::option::Option::Some(#krate::Code::Str(text)) => ::core::option::Option::Some(text),
                _ => ::core::option::Option::None,
            }
        }
    };
    let lock_path = lock.and_then(|lock| lock.path.to_str()).unwrap_or_default();
    let retired = crate::lock::retired_list(catalog, lock.and_then(|l| l.lock.as_ref()))
        .into_iter()
        .map(|(code, variant)| {
            let code = runtime_code(krate, &code);
            quote!((#code, #variant))
        });
    let is_int = matches!(catalog.code_kind, Some(CodeKind::Int { .. }));
    let from_code = if is_int {
        quote! {
            /// The entry whose code is `code`. One hash and one comparison, whatever the
            /// catalog's size.
            #[inline]
            #[must_use]
            pub fn from_code(code: #code_type) -> ::core::option::Option<Self> {
                let code = <::core::primitive::i128 as ::core::convert::From<#code_type>>::from(code);
                Self::INFO.find_int_code(code).and_then(<Self as #krate::Catalog>::from_index)
            }

            /// The entry whose code is `code` in its text form (`"40013"`), as a vendor's
            /// header or body carries it.
            #[inline]
            #[must_use]
            pub fn from_code_str(code: &::core::primitive::str) -> ::core::option::Option<Self> {
                Self::INFO.find_code(code).and_then(<Self as #krate::Catalog>::from_index)
            }
        }
    } else {
        quote! {
            /// The entry whose code is `code`. One hash and one comparison, whatever the
            /// catalog's size.
            #[inline]
            #[must_use]
            pub fn from_code(code: &::core::primitive::str) -> ::core::option::Option<Self> {
                Self::INFO.find_code(code).and_then(<Self as #krate::Catalog>::from_index)
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

    let all_and_catalog = all_and_catalog(catalog, &idents);
    Ok(quote! {
        #assert

        #all_and_catalog

        #[allow(deprecated)]
        impl #code_enum {
            /// The catalog's static description: every entry's metadata and the lookup tables.
            pub const INFO: &'static #krate::CatalogInfo = {
                use #private as __p;
                #list_consts
                static ENTRIES: [#krate::Entry; #count] = [#entries];
                static INFO: #krate::CatalogInfo = #private::catalog(#private::RawCatalog {
                    id: #id,
                    type_name: #type_name,
                    doc: #doc,
                    code_kind: #code_kind,
                    dialect: #dialect,
                    locale: #locale,
                    entries: &ENTRIES,
                    int_codes: #int_codes,
                    str_codes: #str_codes,
                    names: #names,
                    lock_path: #lock_path,
                    retired: &[#(#retired),*],
                });
                &INFO
            };

            /// This entry's static metadata.
            #[inline]
            #[must_use]
            pub const fn entry(self) -> &'static #krate::Entry {
                &Self::INFO.entries()[self as ::core::primitive::usize]
            }

            /// The code on the wire; `None` only for a log-only entry, which has none.
            #[inline]
            #[must_use]
            pub const fn code(self) -> ::core::option::Option<#code_type> {
                #code_from_entry
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
            pub const fn action(self) -> #krate::Action {
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
            #[inline]
            #[must_use]
            pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
                Self::INFO.find_name(name).and_then(<Self as #krate::Catalog>::from_index)
            }
        }

        /// The variant name, as `#[derive(Debug)]` would write it, from the metadata table.
        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::fmt::Debug for #code_enum {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.entry().variant())
            }
        }

        /// The code, or the variant name for an entry without one, padded and aligned as the
        /// formatter asks (as a `str` or an integer is).
        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::fmt::Display for #code_enum {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self.entry().code() {
                    ::core::option::Option::Some(code) => ::core::fmt::Display::fmt(&code, f),
                    ::core::option::Option::None => f.pad(self.entry().variant()),
                }
            }
        }
    })
}

/// `ALL` and the `Catalog` impl, in an anonymous `const` beside the function that builds
/// the array.
///
/// The compiler evaluates a constant wherever a body names it (a lint reads the value of
/// every constant operand), then validates the value, and validating an array of enum
/// values looks each one's variant up by walking the enum's variants from the first: for
/// ten thousand entries, 50 million steps, a tenth of `cargo check` (measured with `perf`
/// on the build script's 10,000-entry catalog), for each constant holding the array. So no
/// generated body names `ALL`: `kind()` is a `match`, the lookups go through the generic
/// `Catalog::from_index` (`#[inline]`, so a crate that never calls them never evaluates
/// `ALL`), and each `ALL` is a borrow of a block (`&{ let all = all(); all }`), which is
/// not promoted to a constant of its own as `&[...]` or `&all()` would be. A crate that
/// reads `ALL` pays the validation once.
fn all_and_catalog(catalog: &Catalog, idents: &[&syn::Ident]) -> TokenStream {
    let krate = &catalog.krate;
    let code_enum = &catalog.code_enum;
    let count = idents.len();
    quote! {
        const _: () = {
            #[allow(deprecated)]
            const fn all() -> [#code_enum; #count] {
                // The enum's name, not `Self`: see `display::bind_fields`.
                [#(#code_enum::#idents),*]
            }

            #[allow(deprecated)]
            impl #code_enum {
                /// Every entry, in declaration order.
                pub const ALL: &'static [Self] = &{
                    let all = all();
                    all
                };
            }

            #[automatically_derived]
            #[allow(deprecated)]
            impl #krate::Catalog for #code_enum {
                const INFO: &'static #krate::CatalogInfo = #code_enum::INFO;
                const ALL: &'static [Self] = &{
                    let all = all();
                    all
                };

                #[inline]
                fn index(self) -> ::core::primitive::usize {
                    self as ::core::primitive::usize
                }
            }
        };
    }
}
