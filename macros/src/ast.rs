//! Stage 2: the typed catalog, lowered from the syntax tree.
//!
//! Each value is read according to its key; a value of the wrong shape is reported and left
//! out, so later stages see every well-formed part of the catalog. Every node keeps the span
//! of what the user wrote, for the rules in [`crate::check`].

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Attribute, Ident, LitInt, LitStr, Token, Type, Visibility};

use crate::ctxt::Ctxt;
use crate::format::Pattern;
use crate::parse::{self, CatalogInput, EntryInput, Item, Place, Value};
use crate::symbol::{self, catalog as catalog_key, entry as entry_key};
use crate::template::{self, Segment};
use crate::uri;

/// The whole catalog.
pub struct Catalog {
    /// Attributes forwarded to the error enum (doc comments and any others but `#[catalog]`).
    pub attrs: Vec<Attribute>,
    /// The doc comment's text.
    pub doc: String,
    pub vis: Visibility,
    pub ident: Ident,
    /// `None` when `code = ...` is missing or malformed (already reported).
    pub code_kind: Option<CodeKind>,
    pub id: String,
    pub format: Option<Format>,
    /// The native dialect.
    pub dialect: DialectSpec,
    /// The dialect of the generated `IntoResponse`: `None` for the native one, `Some(None)`
    /// for no impl (`into_response = none`).
    pub into_response: Option<Option<DialectSpec>>,
    pub default_status: Option<Status>,
    pub default_action: Option<ActionSpec>,
    pub help_url: Option<Text>,
    pub locale: String,
    pub code_enum: Ident,
    pub log_enum: Ident,
    /// The path generated code names the runtime crate by: `::error_catalog`, or the
    /// `crate = ...` setting for a renamed or re-exported dependency.
    pub krate: syn::Path,
    /// `lock = "errors/vault.lock"`: the lock file, relative to the crate's manifest.
    pub lock: Option<LitStr>,
    /// `retired = ["old_code", 5072]`: codes retired for good.
    pub retired: Vec<CodeValue>,
    pub entries: Vec<Entry>,
    /// Every setting `#[catalog(...)]` gave, well-formed or not.
    pub given: Vec<String>,
    /// `log_level = warn`: the level of entries that declare none.
    pub default_log_level: Option<LogLevelSpec>,
}

/// A dialect as `dialect = ...` names it.
pub enum DialectSpec {
    /// One of the runtime's built-in dialects: its type name in `error_catalog::dialect`.
    Builtin(&'static str),
    /// A user's type implementing the runtime's `Dialect` trait.
    Path(syn::Path),
}

/// Integer (of a declared width) or string codes.
pub enum CodeKind {
    Int { ty: Ident, min: i128, max: i128 },
    Str,
}

/// `format = "SCM.####"`.
pub struct Format {
    /// The pattern as written.
    pub text: String,
    pub pattern: Pattern,
}

/// An entry's code as written.
pub struct CodeValue {
    pub value: CodeLit,
    /// What the user wrote, for errors (`-404` is two tokens).
    pub tokens: TokenStream,
}

/// A string literal with its value, unescaped once: the value of a literal is computed from
/// its source text each time it is asked for, and a vendor name or a help URL is read by
/// the checks, the lookups and the entry table.
pub struct Text {
    pub lit: LitStr,
    pub value: String,
}

impl Text {
    pub fn new(lit: LitStr) -> Self {
        Text {
            value: lit_value(&lit),
            lit,
        }
    }
}

/// A code's value, so `0x1F` and `31`, or `"\x41"` and `"A"`, compare equal.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CodeLit {
    Int(i128),
    Str(String),
}

impl CodeLit {
    /// The code as text (`40013`, `SCM.0005`).
    pub fn text(&self) -> String {
        match self {
            CodeLit::Int(value) => value.to_string(),
            CodeLit::Str(value) => value.clone(),
        }
    }
}

/// `status: 404` or `status: reported(502)`.
#[derive(Clone)]
pub struct Status {
    pub value: u16,
    pub reported: bool,
    pub tokens: TokenStream,
}

/// An action as written.
#[derive(Clone)]
pub struct ActionSpec {
    /// The runtime `Action` variant.
    pub variant: &'static str,
    /// What the user wrote (`retry-after` is three tokens).
    pub tokens: TokenStream,
}

/// `message: "..."`, parsed.
pub struct Message {
    pub lit: LitStr,
    pub text: String,
    /// `None` when the template is malformed (already reported).
    pub segments: Option<Vec<Segment>>,
}

/// One typed field.
pub struct Field {
    pub attrs: Vec<Attribute>,
    pub ident: Ident,
    /// The name templates and the wire use: the identifier without `r#`.
    pub name: String,
    pub ty: Type,
}

/// One translation of the message.
pub struct Translation {
    pub tag: String,
    pub tag_tokens: TokenStream,
    pub lit: LitStr,
    /// The literal's value, unescaped once for the checks and the entry table.
    pub text: String,
}

/// `deprecated`, with an optional note.
pub struct Deprecated {
    pub note: Option<LitStr>,
}

/// `previously: { status: 503, action: retry }`: what a locked entry had before a deliberate
/// change.
pub struct Previously {
    pub tokens: TokenStream,
    pub status: Option<Status>,
    pub action: Option<ActionSpec>,
}

/// One entry of the catalog.
pub struct Entry {
    /// Attributes forwarded to the variants (doc comments, `#[cfg]`...).
    pub attrs: Vec<Attribute>,
    pub doc: String,
    pub ident: Ident,
    pub code: Option<CodeValue>,
    pub status: Option<Status>,
    pub message: Option<Message>,
    pub action: Option<ActionSpec>,
    pub log_only: Option<Span>,
    pub name: Option<Text>,
    pub repeated_name: Option<Span>,
    pub key: Option<LitStr>,
    pub description: Option<LitStr>,
    pub solution: Option<LitStr>,
    pub category: Option<LitStr>,
    pub help_url: Option<Text>,
    pub notes: Option<LitStr>,
    pub fields: Vec<Field>,
    pub source: Option<Type>,
    /// The `no_from` flag: keep the `source` without a `From` impl.
    pub no_from: Option<Span>,
    pub translations: Vec<Translation>,
    /// `deprecated` or `deprecated: "use X instead"`.
    pub deprecated: Option<Deprecated>,
    /// `previously: { status: 503, action: retry }`: a deliberate change of a locked entry.
    pub previously: Option<Previously>,
    /// The entry is a bare name (already reported): only its variant is known.
    pub malformed: bool,
    /// Every key the entry gave, well-formed or not, so a malformed value is not also
    /// reported as missing.
    pub given: Vec<String>,
    /// `log_level: info`.
    pub log_level: Option<LogLevelSpec>,
    /// `grpc: not-found`.
    pub grpc: Option<GrpcSpec>,
}

/// A log level as written: `warn`.
#[derive(Clone, Copy)]
pub struct LogLevelSpec {
    /// Its number in the generated tables (`error_catalog_contract::log_level_number`).
    pub number: u8,
}

/// A gRPC status code as written: `not-found` or `NOT_FOUND`.
pub struct GrpcSpec {
    /// Its number (`error_catalog_contract::GRPC_CODES`); never 0 (`ok`).
    pub number: u8,
    pub tokens: TokenStream,
}

impl Field {
    /// The `#[redact]` attribute, if the field has one.
    pub fn redact_attr(&self) -> Option<&Attribute> {
        self.attrs
            .iter()
            .find(|attr| attr.path().is_ident(symbol::REDACT_ATTR))
    }

    /// Whether the field is marked `#[redact]`.
    pub fn is_redacted(&self) -> bool {
        self.redact_attr().is_some()
    }
}

impl Entry {
    /// Whether the entry wrote `key`, whatever its value.
    pub fn gave(&self, key: &str) -> bool {
        self.given.iter().any(|given| given == key)
    }

    /// The status this entry answers with, its own or the catalog's default.
    pub fn effective_status<'a>(&'a self, catalog: &'a Catalog) -> Option<&'a Status> {
        if self.log_only.is_some() {
            return None;
        }
        self.status.as_ref().or(catalog.default_status.as_ref())
    }

    /// The action, its own or the catalog's default (`none` when neither is given).
    pub fn effective_action(&self, catalog: &Catalog) -> &'static str {
        self.action
            .as_ref()
            .or(catalog.default_action.as_ref())
            .map_or("None", |action| action.variant)
    }
}

impl Catalog {
    /// The entries sent on the wire, in declaration order.
    pub fn wire_entries(&self) -> Vec<&Entry> {
        self.entries
            .iter()
            .filter(|e| e.log_only.is_none())
            .collect()
    }

    /// The log-only entries, in declaration order.
    pub fn log_entries(&self) -> Vec<&Entry> {
        self.entries
            .iter()
            .filter(|e| e.log_only.is_some())
            .collect()
    }

    /// Lowers the syntax tree, reporting malformed values to `cx`.
    pub fn from_syntax(cx: &Ctxt, input: CatalogInput) -> Catalog {
        let mut forwarded = Vec::new();
        let mut catalog_attr: Option<Attribute> = None;
        for attr in input.attrs {
            if attr.path().is_ident(symbol::CATALOG_ATTR) {
                if let Some(first) = &catalog_attr {
                    cx.duplicate(
                        &attr,
                        first,
                        "duplicate `#[catalog(...)]` attribute; merge them into one",
                        "first `#[catalog(...)]` here",
                    );
                } else {
                    catalog_attr = Some(attr);
                }
            } else if attr.path().is_ident("derive") {
                forwarded.extend(check_derives(cx, attr));
            } else {
                forwarded.push(attr);
            }
        }
        let doc = doc_text(&forwarded);
        let ident = input.ident;
        let mut catalog = Catalog {
            attrs: forwarded,
            doc,
            vis: input.vis,
            code_kind: None,
            id: snake_case(&ident.to_string()),
            format: None,
            dialect: DialectSpec::Builtin("Problem"),
            into_response: None,
            default_status: None,
            default_action: None,
            help_url: None,
            locale: "en".to_owned(),
            code_enum: quote::format_ident!("{}Code", ident, span = ident.span()),
            log_enum: quote::format_ident!("{}Log", ident, span = ident.span()),
            krate: syn::parse_quote!(::error_catalog),
            lock: None,
            retired: Vec::new(),
            ident,
            entries: Vec::new(),
            given: Vec::new(),
            default_log_level: None,
        };
        match &catalog_attr {
            Some(attr) => catalog.apply_catalog_attr(cx, attr),
            None => cx.error_spanned_by(
                &catalog.ident,
                "missing `#[catalog(code = ...)]` above the enum; it declares the code kind, as in `#[catalog(code = str)]` or `#[catalog(code = u16)]`",
            ),
        }
        catalog.entries = input
            .entries
            .into_iter()
            .map(|entry| Entry::from_syntax(cx, entry))
            .collect();
        catalog
    }

    fn apply_catalog_attr(&mut self, cx: &Ctxt, attr: &Attribute) {
        let tokens = match &attr.meta {
            syn::Meta::List(list) => list.tokens.clone(),
            other => {
                cx.error_spanned_by(
                    other,
                    "expected `#[catalog(code = ...)]` with its settings in parentheses",
                );
                return;
            }
        };
        let items = parse::parse_items(cx, tokens, Place::CatalogAttr);
        let mut seen = Seen::default();
        for item in items {
            let key = item.key.to_string();
            if !symbol::catalog::ALL.contains(&key.as_str()) {
                if let Some(meant) =
                    unknown_key(cx, &item.key, symbol::catalog::ALL, "catalog setting")
                {
                    self.given.push(meant.to_owned());
                }
                continue;
            }
            if !seen.first(cx, &item.key, &key) {
                continue;
            }
            self.given.push(key.clone());
            if item.malformed {
                continue;
            }
            let Some(value) = item.value else {
                cx.error_spanned_by(
                    &item.key,
                    format!("`{key}` needs a value, as in `{key} = ...`"),
                );
                continue;
            };
            match key.as_str() {
                catalog_key::CODE => self.code_kind = lower_code_kind(cx, &value),
                catalog_key::ID => {
                    if let Some(lit) =
                        lower_lit_str(cx, &value, "an identifier string such as `\"scai_vault\"`")
                    {
                        let id = lit_value(&lit);
                        if id.is_empty()
                            || !id
                                .bytes()
                                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
                        {
                            cx.error_spanned_by(
                                &lit,
                                "catalog `id` must be lowercase letters, digits and `_`, as in `\"scai_vault\"`",
                            );
                        } else {
                            self.id = id;
                        }
                    }
                }
                catalog_key::FORMAT => {
                    if let Some(lit) =
                        lower_lit_str(cx, &value, "a code pattern such as `\"SCM.####\"`")
                    {
                        let text = lit_value(&lit);
                        match Pattern::parse(&text) {
                            Ok(pattern) => self.format = Some(Format { text, pattern }),
                            Err(problem) => cx.error_spanned_by(&lit, problem),
                        }
                    }
                }
                catalog_key::DIALECT => {
                    if let Some(dialect) = lower_dialect(cx, &value) {
                        self.dialect = dialect;
                    }
                }
                catalog_key::INTO_RESPONSE => {
                    if value.tokens().to_string() == symbol::NONE {
                        self.into_response = Some(None);
                    } else if let Some(dialect) = lower_dialect(cx, &value) {
                        self.into_response = Some(Some(dialect));
                    }
                }
                catalog_key::STATUS => self.default_status = lower_status(cx, &value),
                catalog_key::ACTION => self.default_action = lower_action(cx, &value),
                catalog_key::HELP_URL => {
                    if let Some(lit) = lower_lit_str(
                        cx,
                        &value,
                        "a URL template such as `\"https://docs.example/errors/{code}\"`",
                    ) {
                        let url = Text::new(lit);
                        match uri::check_template(&url.value) {
                            Ok(()) => self.help_url = Some(url),
                            Err(problem) => cx.error_spanned_by(&url.lit, problem),
                        }
                    }
                }
                catalog_key::LOCALE => {
                    if let Some(lit) = lower_lit_str(cx, &value, "a language tag such as `\"en\"`")
                    {
                        let tag = lit_value(&lit);
                        if is_language_tag(&tag) {
                            self.locale = tag;
                        } else {
                            cx.error_spanned_by(
                                &lit,
                                "`locale` must be a language tag such as `\"en\"` or `\"zh-CN\"`",
                            );
                        }
                    }
                }
                catalog_key::CODE_ENUM => {
                    if let Some(ident) = lower_ident(cx, &value, &key) {
                        self.code_enum = ident;
                    }
                }
                catalog_key::LOG_ENUM => {
                    if let Some(ident) = lower_ident(cx, &value, &key) {
                        self.log_enum = ident;
                    }
                }
                catalog_key::LOCK => {
                    if let Some(lit) = lower_lit_str(
                        cx,
                        &value,
                        "the lock file's path relative to the crate's manifest, as in `\"errors/vault.lock\"`",
                    ) {
                        if lit_value(&lit).trim().is_empty() {
                            cx.error_spanned_by(&lit, "empty `lock` path; write the lock file's path relative to the crate's manifest, as in `\"errors/vault.lock\"`");
                        } else {
                            self.lock = Some(lit);
                        }
                    }
                }
                catalog_key::RETIRED => self.retired = lower_retired(cx, &value),
                catalog_key::CRATE => {
                    if let Some(path) = lower_with(
                        cx,
                        &value,
                        "the path of the `error-catalog` crate, as in `crate = ::errcat` for a dependency renamed `errcat`",
                        syn::parse2::<syn::Path>,
                    ) {
                        self.krate = path;
                    }
                }
                catalog_key::LOG_LEVEL => self.default_log_level = lower_log_level(cx, &value),
                _ => {}
            }
        }
        if !self.given.iter().any(|key| key == catalog_key::CODE) {
            cx.error_spanned_by(
                attr,
                "missing `code = ...` in `#[catalog(...)]`; write `code = str` or an integer type such as `code = u16`",
            );
        }
    }
}

impl Entry {
    fn from_syntax(cx: &Ctxt, input: EntryInput) -> Entry {
        let doc = doc_text(&input.attrs);
        // Table positions are fixed at expansion time, so an entry cannot be `#[cfg]`-ed
        // away; and nothing else would apply to all three generated enums at once.
        for attr in input
            .attrs
            .iter()
            .filter(|attr| !attr.path().is_ident("doc"))
        {
            cx.error_spanned_by(
                attr,
                "only doc comments may precede an entry; attributes such as `#[cfg]` are not supported on entries",
            );
        }
        let mut entry = Entry {
            attrs: input.attrs,
            doc,
            ident: input.ident,
            code: None,
            status: None,
            message: None,
            action: None,
            log_only: None,
            name: None,
            repeated_name: None,
            key: None,
            description: None,
            solution: None,
            category: None,
            help_url: None,
            notes: None,
            fields: Vec::new(),
            source: None,
            no_from: None,
            translations: Vec::new(),
            deprecated: None,
            previously: None,
            malformed: input.malformed,
            given: Vec::new(),
            log_level: None,
            grpc: None,
        };
        let mut seen = Seen::default();
        for Item {
            key,
            value,
            malformed,
        } in input.items
        {
            let name = key.to_string();
            if !entry_key::ALL.contains(&name.as_str()) {
                // Count the likely meant key as given, so a typo is one error, not two.
                if let Some(meant) = unknown_key(cx, &key, entry_key::ALL, "entry key") {
                    entry.given.push(meant.to_owned());
                }
                continue;
            }
            if !seen.first(cx, &key, &name) {
                continue;
            }
            entry.given.push(name.clone());
            if malformed {
                continue;
            }
            if name == entry_key::DEPRECATED {
                entry.deprecated = lower_deprecated(cx, value.as_ref());
                continue;
            }
            let is_flag = entry_key::FLAGS.contains(&name.as_str());
            let value = match (value, is_flag) {
                (value, true) => {
                    if let Some(value) = value {
                        cx.error_spanned_by(
                            value.spot(),
                            format!("`{name}` is a flag and takes no value; write `{name}` alone"),
                        );
                    }
                    match name.as_str() {
                        entry_key::LOG_ONLY => entry.log_only = Some(key.span()),
                        entry_key::NO_FROM => entry.no_from = Some(key.span()),
                        _ => entry.repeated_name = Some(key.span()),
                    }
                    continue;
                }
                (None, false) => {
                    cx.error_spanned_by(
                        &key,
                        format!("`{name}` needs a value, as in `{name}: ...`"),
                    );
                    continue;
                }
                (Some(value), false) => value,
            };
            match name.as_str() {
                entry_key::CODE => entry.code = lower_code(cx, &value),
                entry_key::STATUS => entry.status = lower_status(cx, &value),
                entry_key::MESSAGE => entry.message = lower_message(cx, &value),
                entry_key::ACTION => entry.action = lower_action(cx, &value),
                entry_key::NAME => entry.name = lower_text(cx, &value, &name).map(Text::new),
                entry_key::KEY => entry.key = lower_text(cx, &value, &name),
                entry_key::DESCRIPTION => entry.description = lower_text(cx, &value, &name),
                entry_key::SOLUTION => entry.solution = lower_text(cx, &value, &name),
                entry_key::CATEGORY => entry.category = lower_text(cx, &value, &name),
                entry_key::HELP_URL => entry.help_url = lower_help_url(cx, &value),
                entry_key::NOTES => entry.notes = lower_text(cx, &value, &name),
                entry_key::FIELDS => entry.fields = lower_fields(cx, &value),
                entry_key::SOURCE => entry.source = lower_type(cx, &value),
                entry_key::TRANSLATIONS => entry.translations = lower_translations(cx, &value),
                entry_key::PREVIOUSLY => entry.previously = lower_previously(cx, &value),
                entry_key::LOG_LEVEL => entry.log_level = lower_log_level(cx, &value),
                entry_key::GRPC => entry.grpc = lower_grpc(cx, &value),
                _ => {}
            }
        }
        if !entry.gave(entry_key::MESSAGE) && !entry.malformed {
            cx.error_at(
                entry.ident.span(),
                format!(
                    "entry `{}` has no `message`; every entry needs one, as in `message: \"Secret not found\"`",
                    entry.ident
                ),
            );
        }
        entry
    }
}

/// Keys already given in one entry or attribute, for "given twice" errors.
#[derive(Default)]
struct Seen {
    /// Each key's text beside its token: comparing two `Ident`s formats both.
    keys: Vec<(String, Ident)>,
}

impl Seen {
    /// Records `key`, whose text is `name`; reports and returns `false` if it was given
    /// before.
    fn first(&mut self, cx: &Ctxt, key: &Ident, name: &str) -> bool {
        if let Some((_, first)) = self.keys.iter().find(|(seen, _)| seen == name) {
            cx.duplicate(
                key,
                first,
                format!("`{key}` is given twice; keep one"),
                "first given here",
            );
            return false;
        }
        self.keys.push((name.to_owned(), key.clone()));
        true
    }
}

/// Reports an unknown key; returns the key it probably meant.
fn unknown_key(cx: &Ctxt, key: &Ident, known: &[&'static str], what: &str) -> Option<&'static str> {
    let word = key.to_string();
    let suggestion = symbol::suggest(&word, known);
    let message = match suggestion {
        Some(suggestion) => format!("unknown {what} `{word}`; did you mean `{suggestion}`?"),
        None => format!(
            "unknown {what} `{word}`; expected one of {}",
            symbol::one_of(known.iter().copied())
        ),
    };
    cx.error_spanned_by(key, message);
    suggestion
}

/// A word that is none of the spellings a setting takes.
struct Unknown<'a> {
    /// What the setting names: "action".
    what: &'a str,
    /// The word as written.
    word: &'a str,
    /// The word as the spellings would write it, to find the nearest.
    lookalike: &'a str,
    spellings: &'a [&'static str],
    /// What else the setting takes, appended to the list.
    or: &'a str,
}

/// Reports an unknown word at `tokens`, with the nearest spelling and the list of them all.
fn unknown_word(cx: &Ctxt, tokens: impl quote::ToTokens, unknown: Unknown<'_>) {
    let Unknown {
        what,
        word,
        lookalike,
        spellings,
        or,
    } = unknown;
    let suggestion = symbol::suggest(lookalike, spellings)
        .map(|s| format!(" (did you mean `{s}`?)"))
        .unwrap_or_default();
    cx.error_spanned_by(
        tokens,
        format!(
            "unknown {what} `{word}`{suggestion}; expected one of {}{or}",
            symbol::one_of(spellings.iter().copied())
        ),
    );
}

fn lower_with<T>(
    cx: &Ctxt,
    value: &Value,
    expected: &str,
    parser: impl FnOnce(TokenStream) -> syn::Result<T>,
) -> Option<T> {
    if value.is_empty() {
        cx.error_spanned_by(value.spot(), format!("missing value; expected {expected}"));
        return None;
    }
    match parser(value.tokens()) {
        Ok(parsed) => Some(parsed),
        Err(_) => {
            cx.error_spanned_by(value.spot(), format!("expected {expected}"));
            None
        }
    }
}

/// An entry's `help_url`: a URI reference, which may use `{code}` like the catalog's.
fn lower_help_url(cx: &Ctxt, value: &Value) -> Option<Text> {
    let url = Text::new(lower_text(cx, value, entry_key::HELP_URL)?);
    match uri::check_template(&url.value) {
        Ok(()) => Some(url),
        Err(problem) => {
            cx.error_spanned_by(&url.lit, problem);
            None
        }
    }
}

/// `#[derive(...)]` on the catalog goes to the error enum; derives of the impls the macro
/// writes itself are reported and left out, so the expansion does not conflict.
fn check_derives(cx: &Ctxt, attr: Attribute) -> Option<Attribute> {
    let Ok(paths) = attr.parse_args_with(Punctuated::<syn::Path, Token![,]>::parse_terminated)
    else {
        // Not a derive list rustc accepts either: it reports it.
        return Some(attr);
    };
    let mut kept = Vec::new();
    for path in paths {
        let generated = path
            .segments
            .last()
            .map(|segment| segment.ident.to_string())
            .filter(|name| symbol::GENERATED_DERIVES.contains(&name.as_str()));
        match generated {
            Some(name) => cx.error_spanned_by(
                &path,
                format!(
                    "`{name}` is already implemented by `error_catalog!`; remove it from `#[derive(...)]`"
                ),
            ),
            None => kept.push(path),
        }
    }
    if kept.is_empty() {
        return None;
    }
    let pound = attr.pound_token;
    let bracket = attr.bracket_token;
    let mut rebuilt: Attribute = syn::parse_quote!(#[derive(#(#kept),*)]);
    rebuilt.pound_token = pound;
    rebuilt.bracket_token = bracket;
    Some(rebuilt)
}

fn lower_lit_str(cx: &Ctxt, value: &Value, expected: &str) -> Option<LitStr> {
    single_lit_str(value).or_else(|| lower_with(cx, value, expected, syn::parse2::<LitStr>))
}

/// The value when it is one string literal, read from its token without a parser.
fn single_lit_str(value: &Value) -> Option<LitStr> {
    match syn::Lit::new(value.single_literal()?.clone()) {
        syn::Lit::Str(lit) => Some(lit),
        _ => None,
    }
}

/// What `lit.value()` gives: the text between the quotes of a literal without escapes (most of
/// a catalog's, and `LitStr::value` walks them a character at a time), else syn's unescaping.
pub fn lit_value(lit: &LitStr) -> String {
    let repr = lit.token().to_string();
    match repr
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
    {
        // No escape, no suffix (its quote would have to come last) and no carriage return,
        // which syn reads as part of a line ending. (A byte slice's `contains` is a `memchr`.)
        Some(text) if !text.as_bytes().contains(&b'\\') && !text.as_bytes().contains(&b'\r') => {
            text.to_owned()
        }
        _ => lit.value(),
    }
}

fn lower_text(cx: &Ctxt, value: &Value, key: &str) -> Option<LitStr> {
    // The message is formatted only for a value that is not one string literal.
    single_lit_str(value).or_else(|| {
        lower_with(
            cx,
            value,
            &format!("a string literal for `{key}`"),
            syn::parse2::<LitStr>,
        )
    })
}

fn lower_ident(cx: &Ctxt, value: &Value, key: &str) -> Option<Ident> {
    lower_with(
        cx,
        value,
        &format!("a type name for `{key}`, as in `{key} = VaultCode`"),
        syn::parse2::<Ident>,
    )
}

fn lower_type(cx: &Ctxt, value: &Value) -> Option<Type> {
    lower_with(
        cx,
        value,
        "the source error's type, as in `std::io::Error`",
        syn::parse2::<Type>,
    )
}

/// Words joined by `-` (`retry-after`, `zh-CN`).
struct Words(String);

impl Parse for Words {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let first: Ident = input.parse()?;
        let mut text = first.to_string();
        while input.peek(Token![-]) {
            input.parse::<Token![-]>()?;
            let next: Ident = input.parse()?;
            text.push('-');
            text.push_str(&next.to_string());
        }
        Ok(Words(text))
    }
}

/// The text of `value` when its tokens are words joined by `-` (`retry-after`), read from
/// the tokens; `None` for anything else. Keywords pass as words here, so a caller accepts
/// only the spellings it knows and leaves the rest to [`Words`].
fn plain_words(value: &Value) -> Option<String> {
    let mut text = String::new();
    for (i, tree) in value.trees.iter().enumerate() {
        match tree {
            TokenTree::Ident(ident) if i % 2 == 0 => text.push_str(&ident.to_string()),
            TokenTree::Punct(punct) if i % 2 == 1 && punct.as_char() == '-' => text.push('-'),
            _ => return None,
        }
    }
    (value.trees.len() % 2 == 1).then_some(text)
}

/// The words of `value`, with the tokens they were written as.
fn lower_words(cx: &Ctxt, value: &Value, expected: &str) -> Option<(String, TokenStream)> {
    lower_with(cx, value, expected, syn::parse2::<Words>).map(|words| (words.0, value.tokens()))
}

/// A built-in dialect's name, or the path of a type implementing `Dialect`. A lowercase
/// single word that names no built-in is reported as an unknown name: types are
/// `UpperCamelCase`, so it is far likelier a typo than a type.
fn lower_dialect(cx: &Ctxt, value: &Value) -> Option<DialectSpec> {
    let spellings = || symbol::DIALECTS.iter().map(|(s, _)| *s);
    let expected = format!(
        "a dialect: one of {}, or the path of a type implementing `error_catalog::dialect::Dialect`",
        symbol::one_of(spellings())
    );
    let path = lower_with(cx, value, &expected, syn::parse2::<syn::Path>)?;
    let Some(ident) = path.get_ident() else {
        return Some(DialectSpec::Path(path));
    };
    let word = ident.to_string();
    if let Some((_, ty)) = symbol::DIALECTS
        .iter()
        .find(|(spelling, _)| *spelling == word)
    {
        return Some(DialectSpec::Builtin(ty));
    }
    if word.starts_with(|c: char| c.is_ascii_lowercase()) {
        unknown_word(
            cx,
            ident,
            Unknown {
                what: "dialect",
                word: &word,
                lookalike: &word,
                spellings: &spellings().collect::<Vec<_>>(),
                or: ", or the path of a type implementing `error_catalog::dialect::Dialect`",
            },
        );
        return None;
    }
    Some(DialectSpec::Path(path))
}

fn lower_action(cx: &Ctxt, value: &Value) -> Option<ActionSpec> {
    // The common case, a known action, read from the tokens without a parser.
    if let Some(word) = plain_words(value)
        && let Some((_, variant)) = symbol::ACTIONS
            .iter()
            .find(|(spelling, _)| *spelling == word)
    {
        return Some(ActionSpec {
            variant,
            tokens: value.tokens(),
        });
    }
    let spellings = || symbol::ACTIONS.iter().map(|(s, _)| *s);
    let expected = format!("an action: one of {}", symbol::one_of(spellings()));
    let (word, tokens) = lower_words(cx, value, &expected)?;
    if let Some((_, variant)) = symbol::ACTIONS
        .iter()
        .find(|(spelling, _)| *spelling == word)
    {
        return Some(ActionSpec { variant, tokens });
    }
    unknown_word(
        cx,
        tokens,
        Unknown {
            what: "action",
            word: &word,
            lookalike: &word,
            spellings: &spellings().collect::<Vec<_>>(),
            or: "",
        },
    );
    None
}

fn lower_log_level(cx: &Ctxt, value: &Value) -> Option<LogLevelSpec> {
    let spellings = || error_catalog_contract::LOG_LEVELS.iter().copied();
    let expected = format!("a log level: one of {}", symbol::one_of(spellings()));
    let (word, tokens) = lower_words(cx, value, &expected)?;
    if let Some(number) = error_catalog_contract::log_level_number(&word) {
        return Some(LogLevelSpec { number });
    }
    unknown_word(
        cx,
        tokens,
        Unknown {
            what: "log level",
            word: &word,
            lookalike: &word,
            spellings: &spellings().collect::<Vec<_>>(),
            or: "",
        },
    );
    None
}

fn lower_grpc(cx: &Ctxt, value: &Value) -> Option<GrpcSpec> {
    // `ok` is not an error's code.
    let spellings = || error_catalog_contract::GRPC_CODES.iter().copied().skip(1);
    let expected = format!(
        "a gRPC status code: one of {} (or as protobuf spells them, `NOT_FOUND`)",
        symbol::one_of(spellings())
    );
    let (word, tokens) = lower_words(cx, value, &expected)?;
    match error_catalog_contract::grpc_code_number(&word) {
        Some(0) => cx.error_spanned_by(
            tokens,
            "`ok` is not an error's gRPC code; leave `grpc` out to derive the code from the HTTP status",
        ),
        Some(number) => return Some(GrpcSpec { number, tokens }),
        None => {
            let kebab = word.to_ascii_lowercase().replace('_', "-");
            unknown_word(
                cx,
                tokens,
                Unknown {
                    what: "gRPC code",
                    word: &word,
                    lookalike: &kebab,
                    spellings: &spellings().collect::<Vec<_>>(),
                    or: "",
                },
            );
        }
    }
    None
}

fn lower_code_kind(cx: &Ctxt, value: &Value) -> Option<CodeKind> {
    let expected = format!(
        "`str` or an integer type: {}",
        symbol::one_of(symbol::INT_TYPES.iter().copied())
    );
    let ident = lower_with(cx, value, &expected, syn::parse2::<Ident>)?;
    let (min, max): (i128, i128) = match ident.to_string().as_str() {
        symbol::STR => return Some(CodeKind::Str),
        "u16" => (0, u16::MAX.into()),
        "u32" => (0, u32::MAX.into()),
        "u64" => (0, u64::MAX.into()),
        "i16" => (i16::MIN.into(), i16::MAX.into()),
        "i32" => (i32::MIN.into(), i32::MAX.into()),
        "i64" => (i64::MIN.into(), i64::MAX.into()),
        other => {
            cx.error_spanned_by(
                &ident,
                format!("unknown code kind `{other}`; expected {expected}"),
            );
            return None;
        }
    };
    Some(CodeKind::Int {
        ty: ident,
        min,
        max,
    })
}

/// `"text"`, `123`, `0x1F` or `-5`.
struct CodeSyntax(CodeValue);

impl Parse for CodeSyntax {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let tokens: TokenStream = input.fork().parse()?;
        if input.peek(LitStr) {
            let lit: LitStr = input.parse()?;
            return Ok(CodeSyntax(CodeValue {
                value: CodeLit::Str(lit_value(&lit)),
                tokens,
            }));
        }
        let minus: Option<Token![-]> = input.parse()?;
        let lit: LitInt = input.parse()?;
        if !lit.suffix().is_empty() {
            return Err(syn::Error::new(
                lit.span(),
                format!(
                    "code `{lit}` has a type suffix; write `{}`",
                    lit.base10_digits()
                ),
            ));
        }
        let magnitude: i128 = lit.base10_parse()?;
        let value = if minus.is_some() {
            -magnitude
        } else {
            magnitude
        };
        Ok(CodeSyntax(CodeValue {
            value: CodeLit::Int(value),
            tokens,
        }))
    }
}

fn lower_code(cx: &Ctxt, value: &Value) -> Option<CodeValue> {
    if let Some(code) = single_code(value) {
        return Some(code);
    }
    let expected =
        "a code: an integer literal such as `40013` or a string literal such as `\"SCM.0005\"`";
    if value.is_empty() {
        cx.error_spanned_by(value.spot(), format!("missing value; expected {expected}"));
        return None;
    }
    match syn::parse2::<CodeSyntax>(value.tokens()) {
        Ok(code) => Some(code.0),
        Err(error) if error.to_string().contains("type suffix") => {
            cx.push(error);
            None
        }
        Err(_) => {
            cx.error_spanned_by(value.spot(), format!("expected {expected}"));
            None
        }
    }
}

/// The code when the value is one string literal or one unsuffixed integer literal, read
/// as [`CodeSyntax`] reads it, without a parser.
fn single_code(value: &Value) -> Option<CodeValue> {
    let code = match syn::Lit::new(value.single_literal()?.clone()) {
        syn::Lit::Str(lit) => CodeLit::Str(lit_value(&lit)),
        syn::Lit::Int(lit) if lit.suffix().is_empty() => CodeLit::Int(lit.base10_parse().ok()?),
        _ => return None,
    };
    Some(CodeValue {
        value: code,
        tokens: value.tokens(),
    })
}

/// Why a status did not parse, beyond "not a status".
enum StatusProblem {
    OutOfRange(u64, Span),
    Suffix(LitInt),
    ReportedTakesOne,
    Shape,
}

fn parse_status(tokens: TokenStream) -> Result<Status, StatusProblem> {
    let parser = |input: ParseStream| -> syn::Result<Result<Status, StatusProblem>> {
        let reported = if input.peek(Ident) {
            let word: Ident = input.parse()?;
            if word != symbol::REPORTED || !input.peek(syn::token::Paren) {
                return Ok(Err(StatusProblem::Shape));
            }
            true
        } else {
            false
        };
        let lit: LitInt = if reported {
            let content;
            syn::parenthesized!(content in input);
            let lit = content.parse()?;
            if !content.is_empty() {
                return Ok(Err(StatusProblem::ReportedTakesOne));
            }
            lit
        } else {
            input.parse()?
        };
        if !input.is_empty() {
            return Ok(Err(StatusProblem::Shape));
        }
        if !lit.suffix().is_empty() {
            return Ok(Err(StatusProblem::Suffix(lit)));
        }
        let value: u64 = lit.base10_parse()?;
        if !(400..=599).contains(&value) {
            return Ok(Err(StatusProblem::OutOfRange(value, lit.span())));
        }
        Ok(Ok(Status {
            value: u16::try_from(value).unwrap_or_default(),
            reported,
            tokens: TokenStream::new(),
        }))
    };
    let parsed =
        syn::parse::Parser::parse2(parser, tokens.clone()).unwrap_or(Err(StatusProblem::Shape))?;
    Ok(Status { tokens, ..parsed })
}

/// The status when the value is one unsuffixed integer literal within 400-599, read without
/// a parser; anything else is left to [`parse_status`].
fn single_status(value: &Value) -> Option<Status> {
    let syn::Lit::Int(lit) = syn::Lit::new(value.single_literal()?.clone()) else {
        return None;
    };
    if !lit.suffix().is_empty() {
        return None;
    }
    let status: u16 = lit.base10_parse().ok()?;
    (400..=599).contains(&status).then(|| Status {
        value: status,
        reported: false,
        tokens: value.tokens(),
    })
}

fn lower_status(cx: &Ctxt, value: &Value) -> Option<Status> {
    if let Some(status) = single_status(value) {
        return Some(status);
    }
    if value.is_empty() {
        cx.error_spanned_by(
            value.spot(),
            "missing value; expected an HTTP status such as `404`",
        );
        return None;
    }
    match parse_status(value.tokens()) {
        Ok(status) => return Some(status),
        Err(StatusProblem::OutOfRange(status, span)) => cx.error_at(
            span,
            format!("status `{status}` is not an error status; expected 400-599"),
        ),
        Err(StatusProblem::Suffix(lit)) => cx.error_spanned_by(
            &lit,
            format!(
                "status `{lit}` has a type suffix; write `{}`",
                lit.base10_digits()
            ),
        ),
        Err(StatusProblem::ReportedTakesOne) => cx.error_spanned_by(
            value.spot(),
            "`reported(...)` takes one status, as in `reported(502)`",
        ),
        Err(StatusProblem::Shape) => cx.error_spanned_by(
            value.spot(),
            "expected an HTTP status number within 400-599, such as `404`, or `reported(502)` for a status the vendor reports about something else",
        ),
    }
    None
}

fn lower_message(cx: &Ctxt, value: &Value) -> Option<Message> {
    let lit = lower_lit_str(cx, value, "the message as a string literal")?;
    let text = lit_value(&lit);
    if text.trim().is_empty() {
        cx.error_spanned_by(
            &lit,
            "empty message; write what went wrong, as in `\"Secret not found\"`",
        );
    }
    let segments = match template::parse(&text) {
        Ok(segments) => Some(segments),
        Err(problem) => {
            cx.error_spanned_by(&lit, problem);
            None
        }
    };
    Some(Message {
        lit,
        text,
        segments,
    })
}

struct FieldSyntax(Field);

impl Parse for FieldSyntax {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let ident: Ident = input.parse()?;
        if !input.peek(Token![:]) {
            return Err(input.error(format!(
                "expected `:` and a type after `{ident}`, as in `{ident}: String`"
            )));
        }
        let colon = input.parse::<Token![:]>()?;
        if input.is_empty() || input.peek(Token![,]) {
            return Err(syn::Error::new(
                colon.span,
                format!("expected a type after `{ident}:`, as in `{ident}: String`"),
            ));
        }
        let ty: Type = input.parse()?;
        let name = ident.to_string();
        let name = name.strip_prefix("r#").unwrap_or(&name).to_owned();
        Ok(FieldSyntax(Field {
            attrs,
            ident,
            name,
            ty,
        }))
    }
}

/// `{ name: Type, ... }`, read inside its braces so an error at the end points at `}`.
struct FieldsSyntax(Punctuated<FieldSyntax, Token![,]>);

impl Parse for FieldsSyntax {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let content;
        syn::braced!(content in input);
        Ok(FieldsSyntax(Punctuated::parse_terminated(&content)?))
    }
}

fn lower_fields(cx: &Ctxt, value: &Value) -> Vec<Field> {
    let expected = "typed fields in braces, as in `fields: { path: String }`";
    let Some(body) = value.single_group(Delimiter::Brace) else {
        cx.error_spanned_by(value.spot(), format!("expected {expected}"));
        return Vec::new();
    };
    if body.is_empty() {
        cx.error_spanned_by(
            value.tokens(),
            "empty `fields`; declare at least one, as in `fields: { path: String }`, or leave the key out",
        );
        return Vec::new();
    }
    let fields = match syn::parse2::<FieldsSyntax>(value.tokens()) {
        Ok(FieldsSyntax(fields)) => fields,
        Err(error) => {
            let message = error.to_string();
            let message =
                if message.starts_with("expected `:`") || message.starts_with("expected a type") {
                    message
                } else {
                    "expected `name: Type` fields, as in `fields: { path: String }`".to_owned()
                };
            cx.error_at(error.span(), message);
            return Vec::new();
        }
    };
    let mut out: Vec<Field> = Vec::new();
    let mut first: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for FieldSyntax(field) in fields {
        if field.name == entry_key::SOURCE {
            cx.error_spanned_by(
                &field.ident,
                "a field cannot be named `source`; declare the underlying error with the entry's `source` key",
            );
            continue;
        }
        // Reported, but kept: the field is valid Rust, and the fallback declares it.
        if let Some((name, why)) = symbol::RESERVED_FIELDS
            .iter()
            .find(|(name, _)| *name == field.name)
        {
            cx.error_spanned_by(
                &field.ident,
                format!("a field cannot be named `{name}`: {why}; rename the field"),
            );
        } else if !field.name.is_ascii() {
            cx.error_spanned_by(
                &field.ident,
                format!(
                    "field `{}` cannot be named by a message template, which takes ASCII names (`a-z`, `A-Z`, `0-9`, `_`); rename the field",
                    field.name
                ),
            );
        }
        if let Some(&at) = first.get(&field.name) {
            if let Some(earlier) = out.get(at) {
                cx.duplicate(
                    &field.ident,
                    &earlier.ident,
                    format!("field `{}` is declared twice", field.name),
                    "first declared here",
                );
            }
        } else {
            first.insert(field.name.clone(), out.len());
            out.push(field);
        }
    }
    out
}

fn lower_translations(cx: &Ctxt, value: &Value) -> Vec<Translation> {
    let Some(body) = value.single_group(Delimiter::Brace) else {
        cx.error_spanned_by(
            value.spot(),
            "expected translations in braces, as in `translations: { en: \"Invalid request\" }`",
        );
        return Vec::new();
    };
    let mut out: Vec<Translation> = Vec::new();
    for chunk in parse::split_top_level(body) {
        let mut trees: Vec<TokenTree> = chunk.clone().into_iter().collect();
        let colon = trees
            .iter()
            .position(|tree| matches!(tree, TokenTree::Punct(p) if p.as_char() == ':'));
        let Some(colon) = colon else {
            cx.error_spanned_by(
                chunk,
                "expected `tag: \"text\"`, as in `en: \"Invalid request\"`",
            );
            continue;
        };
        let separator = trees[colon].span();
        let text_tokens: TokenStream = trees.split_off(colon + 1).into_iter().collect();
        trees.pop();
        let tag_tokens: TokenStream = trees.into_iter().collect();
        if tag_tokens.is_empty() {
            cx.error_at(
                separator,
                "missing language tag before `:`, as in `en: \"Invalid request\"`",
            );
            continue;
        }
        let Ok(Words(tag)) = syn::parse2::<Words>(tag_tokens.clone()) else {
            cx.error_spanned_by(
                tag_tokens,
                "expected a language tag such as `en` or `zh-CN`",
            );
            continue;
        };
        if !is_language_tag(&tag) {
            cx.error_spanned_by(
                tag_tokens,
                format!("`{tag}` is not a language tag; write tags such as `en` or `en-US`"),
            );
            continue;
        }
        if text_tokens.is_empty() {
            cx.error_spanned_by(
                chunk,
                format!("missing text for translation `{tag}`, as in `{tag}: \"...\"`"),
            );
            continue;
        }
        let Ok(lit) = syn::parse2::<LitStr>(text_tokens.clone()) else {
            cx.error_spanned_by(
                text_tokens,
                format!("expected the `{tag}` translation as a string literal"),
            );
            continue;
        };
        if let Some(first) = out.iter().find(|t| t.tag == tag) {
            cx.duplicate(
                &tag_tokens,
                &first.tag_tokens,
                format!("translation `{tag}` is given twice"),
                "first given here",
            );
        } else {
            out.push(Translation {
                tag,
                tag_tokens,
                text: lit_value(&lit),
                lit,
            });
        }
    }
    out
}

/// The text of the `#[doc = "..."]` attributes, one line each.
pub fn doc_text(attrs: &[Attribute]) -> String {
    let lines: Vec<String> = attrs
        .iter()
        .filter(|attr| attr.path().is_ident("doc"))
        .filter_map(|attr| match &attr.meta {
            syn::Meta::NameValue(syn::MetaNameValue {
                value:
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(lit),
                        ..
                    }),
                ..
            }) => Some(lit_value(lit)),
            _ => None,
        })
        .map(|line| line.strip_prefix(' ').map(str::to_owned).unwrap_or(line))
        .collect();
    lines.join("\n").trim().to_owned()
}

fn is_language_tag(tag: &str) -> bool {
    !tag.is_empty()
        && tag.split('-').all(|part| {
            !part.is_empty() && part.len() <= 8 && part.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// `VaultError` -> `vault_error`.
pub fn snake_case(name: &str) -> String {
    let name = name.strip_prefix("r#").unwrap_or(name);
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether `id` is a catalog id: lowercase letters, digits and `_`.
pub fn is_catalog_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// `deprecated` alone, or `deprecated: "note"`.
fn lower_deprecated(cx: &Ctxt, value: Option<&Value>) -> Option<Deprecated> {
    let Some(value) = value else {
        return Some(Deprecated { note: None });
    };
    let note = lower_lit_str(
        cx,
        value,
        "a note saying what to use instead, as in `deprecated: \"use TokenExpired\"`, or `deprecated` alone",
    )?;
    Some(Deprecated { note: Some(note) })
}

/// `previously: { status: 503, action: retry }`.
fn lower_previously(cx: &Ctxt, value: &Value) -> Option<Previously> {
    let expected = "the locked values this entry deliberately changes, as in `previously: { status: 503 }` or `previously: { action: retry }`";
    let Some(body) = value.single_group(Delimiter::Brace) else {
        cx.error_spanned_by(value.spot(), format!("expected {expected}"));
        return None;
    };
    let mut previously = Previously {
        tokens: value.tokens(),
        status: None,
        action: None,
    };
    let mut seen = Seen::default();
    let items = parse::parse_items(cx, body, Place::Entry);
    if items.is_empty() {
        cx.error_spanned_by(value.spot(), format!("expected {expected}"));
        return None;
    }
    for item in items {
        let name = item.key.to_string();
        if item.malformed || !seen.first(cx, &item.key, &name) {
            continue;
        }
        let Some(value) = item.value else {
            cx.error_spanned_by(
                &item.key,
                format!("`{name}` needs a value, as in `{name}: ...`"),
            );
            continue;
        };
        match name.as_str() {
            entry_key::STATUS => previously.status = lower_status(cx, &value),
            entry_key::ACTION => previously.action = lower_action(cx, &value),
            _ => cx.error_spanned_by(
                &item.key,
                format!("`previously` records a locked `status` or `action`, not `{name}`"),
            ),
        }
    }
    Some(previously)
}

/// `retired = ["old_code", 5072]`.
fn lower_retired(cx: &Ctxt, value: &Value) -> Vec<CodeValue> {
    let Some(body) = value.single_group(Delimiter::Bracket) else {
        cx.error_spanned_by(
            value.spot(),
            "expected the retired codes in brackets, as in `retired = [\"old_code\", 5072]`",
        );
        return Vec::new();
    };
    parse::split_top_level(body)
        .into_iter()
        .filter_map(|tokens| {
            let value = Value {
                separator: value.separator,
                trees: tokens.into_iter().collect(),
            };
            lower_code(cx, &value)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use proc_macro2::{Span, TokenStream};

    use super::*;

    /// Values as an entry writes them, well-formed or not.
    const VALUES: &[&str] = &[
        r#""secret_not_found""#,
        r#""a \"quoted\" \u{41} text""#,
        r##"r#"raw"#"##,
        r#""suffixed"x"#,
        r#"b"bytes""#,
        r#"c"text""#,
        "40013",
        "0x1F",
        "4_04",
        "404",
        "399",
        "600",
        "65536",
        "404u16",
        "5i32",
        "-5",
        "- 404",
        "1.5",
        "'c'",
        "true",
        "reported(502)",
        "retry",
        "none",
        "retry-after",
        "application-registration",
        "retry - after",
        "retry->after",
        "retry-",
        "-retry",
        "Self",
        "enum",
        "retry after",
        r#""a" "b""#,
        "",
    ];

    fn value(text: &str) -> Value {
        let trees = text
            .parse::<TokenStream>()
            .unwrap_or_default()
            .into_iter()
            .collect();
        Value {
            separator: Span::call_site(),
            trees,
        }
    }

    /// Each shortcut of the lowering gives what the parser it skips gives, wherever it
    /// gives anything; and it does fire for the common spellings.
    #[test]
    fn shortcuts_agree_with_the_parsers() {
        for text in VALUES {
            let value = value(text);
            if let Some(fast) = single_lit_str(&value) {
                let slow = syn::parse2::<LitStr>(value.tokens()).expect(text);
                assert_eq!(fast.value(), slow.value(), "{text}");
                assert_eq!(fast.suffix(), slow.suffix(), "{text}");
            }
            if let Some(fast) = single_code(&value) {
                let slow = syn::parse2::<CodeSyntax>(value.tokens()).expect(text).0;
                assert!(fast.value == slow.value, "{text}");
                assert_eq!(fast.tokens.to_string(), slow.tokens.to_string(), "{text}");
            }
            if let Some(fast) = single_status(&value) {
                let slow = parse_status(value.tokens()).ok().expect(text);
                assert_eq!(
                    (fast.value, fast.reported, fast.tokens.to_string()),
                    (slow.value, slow.reported, slow.tokens.to_string()),
                    "{text}"
                );
            }
            if let Some(words) = plain_words(&value)
                && symbol::ACTIONS
                    .iter()
                    .any(|(spelling, _)| *spelling == words)
            {
                let slow = syn::parse2::<Words>(value.tokens()).expect(text);
                assert_eq!(words, slow.0, "{text}");
            }
        }
        assert!(single_lit_str(&value(r#""secret_not_found""#)).is_some());
        assert!(single_code(&value("40013")).is_some());
        assert!(single_code(&value(r#""SCM.0005""#)).is_some());
        assert!(single_status(&value("404")).is_some());
        assert_eq!(
            plain_words(&value("retry-after")).as_deref(),
            Some("retry-after")
        );
        assert_eq!(plain_words(&value("retry")).as_deref(), Some("retry"));
        assert_eq!(plain_words(&value("retry->after")), None);
        assert_eq!(plain_words(&value("retry-")), None);
    }

    /// `lit_value` gives what `LitStr::value` gives, escapes, raw strings and suffixes
    /// included.
    #[test]
    fn lit_value_is_what_syn_unescapes() {
        let spellings = [
            r#""secret_not_found""#,
            r#""""#,
            r#""Secret '{path}' not found""#,
            r#""密钥不存在""#,
            r#""a \"quoted\" text""#,
            r#""tab\tnewline\n""#,
            r#""\u{41}\x42""#,
            r#""ends in a backslash \\""#,
            "\"continued \\\n    line\"",
            "\"crlf\r\nline\"",
            r##"r#"raw "quoted" \n"#"##,
            r#""suffixed"x"#,
        ];
        let mut read = 0;
        for spelling in spellings {
            let Ok(lit) = syn::parse_str::<LitStr>(spelling) else {
                continue;
            };
            read += 1;
            assert_eq!(lit_value(&lit), lit.value(), "{spelling}");
        }
        assert!(read >= 10, "only {read} spellings parsed");
        let built = LitStr::new("a \"b\"\r\n\\", Span::call_site());
        assert_eq!(lit_value(&built), "a \"b\"\r\n\\");
    }
}
