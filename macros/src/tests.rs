//! Unit tests through the non-proc-macro entry point: exact messages, and a fuzz test that
//! the macro never panics whatever tokens it is given.

use proc_macro2::{Delimiter, Group, Literal, Punct, Spacing, TokenStream, TokenTree};
use quote::quote;

use crate::expand::expand_with_errors;

fn errors(input: TokenStream) -> Vec<String> {
    expand_with_errors(input)
        .1
        .into_iter()
        .map(|error| error.to_string())
        .collect()
}

fn sample() -> TokenStream {
    quote! {
        /// Errors of the Scai vault API.
        #[catalog(code = str, dialect = scai_vault, status = 500, help_url = "https://docs.example/errors/{code}")]
        pub enum VaultError {
            /// Returned when a secret path does not exist.
            SecretNotFound {
                code: "secret_not_found",
                status: 404,
                message: "Secret '{path}' not found",
                fields: { path: String },
            },
            RateLimited {
                code: "rate_limited",
                status: 429,
                message: "Caller-specific rate limit",
                action: retry-after,
            },
            Storage {
                code: "storage_error",
                message: "Database or object store error",
                source: std::io::Error,
            },
            Delivery {
                code: "webhook_delivery_failed",
                status: reported(502),
                message: "Non-2xx from destination {{sic}}",
                translations: { en: "Non-2xx", zh-CN: "失败" },
            },
            LaEncFailure { name: "laEncFailure", key: "SCMS-1044", message: "LA could not establish TLS link with RA", log_only },
            LaEncFailureMa { name: "laEncFailure", repeated_name, message: "LA could not establish TLS link with MA", log_only },
        }
    }
}

#[test]
fn a_valid_catalog_expands_without_errors() {
    let (tokens, errors) = expand_with_errors(sample());
    assert!(errors.is_empty(), "{errors:?}");
    let text = tokens.to_string();
    assert!(text.contains("enum VaultErrorCode"));
    assert!(text.contains("enum VaultErrorLog"));
    assert!(text.contains("https://docs.example/errors/rate_limited"));
}

#[test]
fn duplicate_codes_compare_values() {
    let found = errors(quote! {
        #[catalog(code = u16, status = 400)]
        pub enum E {
            A { code: 0x1F, message: "a" },
            B { code: 31, message: "b" },
        }
    });
    assert_eq!(found, ["duplicate code `31`", "first defined here"]);
    let found = errors(quote! {
        #[catalog(code = str, status = 400)]
        pub enum E {
            A { code: "A", message: "a" },
            B { code: "\x41", message: "b" },
        }
    });
    assert_eq!(found, ["duplicate code `A`", "first defined here"]);
}

#[test]
fn unknown_keys_suggest_the_nearest() {
    let found = errors(quote! {
        #[catalog(code = u16)]
        pub enum E {
            A { code: 1, stauts: 404, message: "a" },
        }
    });
    assert_eq!(
        found[0],
        "unknown entry key `stauts`; did you mean `status`?"
    );
}

#[test]
fn every_mistake_is_reported_in_one_pass() {
    let found = errors(quote! {
        #[catalog(code = u16)]
        pub enum E {
            A { code: 1, status: 200, message: "a" },
            B { code: "x", status: 404, message: "{missing}" },
            C { code: 3, status: 404, message: "c", action: retyr },
            D { code: 4, status: 404, log_only, message: "d" },
        }
    });
    assert_eq!(
        found,
        [
            "status `200` is not an error status; expected 400-599",
            "unknown action `retyr` (did you mean `retry`?); expected one of `none`, `configuration`, `application-registration`, `authentication`, `authorization`, `degradation`, `retry`, `retry-after`",
            "expected an integer code: this catalog declares `code = u16`",
            "a `log_only` entry is never sent, so it takes no `code`",
            "a `log_only` entry is never sent, so it takes no `status`",
            "message names `{missing}` but entry `B` declares no fields; add `fields: { missing: String }`",
        ]
    );
}

/// A deterministic xorshift generator: the fuzz test must be reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

fn replacement(rng: &mut Rng) -> TokenTree {
    match rng.below(9) {
        0 => TokenTree::Literal(Literal::string("x{")),
        1 => TokenTree::Literal(Literal::u64_unsuffixed(rng.next() % 100_000)),
        2 => TokenTree::Literal(Literal::i64_suffixed(-7)),
        3 => TokenTree::Literal(Literal::f64_unsuffixed(1.5)),
        4 => TokenTree::Literal(Literal::character('é')),
        5 => TokenTree::Punct(Punct::new(',', Spacing::Alone)),
        6 => TokenTree::Punct(Punct::new('-', Spacing::Alone)),
        7 => TokenTree::Ident(proc_macro2::Ident::new(
            "status",
            proc_macro2::Span::call_site(),
        )),
        _ => TokenTree::Group(Group::new(Delimiter::Brace, TokenStream::new())),
    }
}

/// Applies one random mutation somewhere in the tree.
fn mutate(tokens: TokenStream, rng: &mut Rng, depth: usize) -> TokenStream {
    let mut trees: Vec<TokenTree> = tokens.into_iter().collect();
    if trees.is_empty() {
        return std::iter::once(replacement(rng)).collect();
    }
    let at = rng.below(trees.len());
    // Descend into a group a third of the time.
    if depth < 6
        && rng.below(3) == 0
        && let TokenTree::Group(group) = &trees[at]
    {
        let inner = mutate(group.stream(), rng, depth + 1);
        let mut replaced = Group::new(group.delimiter(), inner);
        replaced.set_span(group.span());
        trees[at] = TokenTree::Group(replaced);
        return trees.into_iter().collect();
    }
    match rng.below(7) {
        0 => trees.truncate(at),
        1 => {
            trees.remove(at);
        }
        2 => {
            let other = rng.below(trees.len());
            trees.swap(at, other);
        }
        3 => trees[at] = replacement(rng),
        4 => trees.insert(at, replacement(rng)),
        5 => {
            let copy = trees[at].clone();
            trees.insert(at, copy);
        }
        _ => {
            if let TokenTree::Group(group) = &trees[at] {
                let delimiter = match rng.below(3) {
                    0 => Delimiter::Parenthesis,
                    1 => Delimiter::Bracket,
                    _ => Delimiter::None,
                };
                trees[at] = TokenTree::Group(Group::new(delimiter, group.stream()));
            } else {
                trees.reverse();
            }
        }
    }
    trees.into_iter().collect()
}

#[test]
fn mutated_input_gives_errors_never_a_panic() {
    let mut rng = Rng(0x5EED_CAFE_F00D_D00D);
    let mut rejected = 0;
    for case in 0..4000 {
        let mut tokens = sample();
        for _ in 0..=rng.below(4) {
            tokens = mutate(tokens, &mut rng, 0);
        }
        let input = tokens.to_string();
        let outcome = std::panic::catch_unwind(|| expand_with_errors(tokens));
        let (output, errors) = match outcome {
            Ok(result) => result,
            Err(_) => panic!("case {case}: the macro panicked on input:\n{input}"),
        };
        if errors.is_empty() {
            assert!(
                !output.is_empty(),
                "case {case}: no errors and no output for:\n{input}"
            );
        } else {
            rejected += 1;
        }
    }
    // Most mutations break the catalog; the test must have exercised the error paths.
    assert!(
        rejected > 2000,
        "only {rejected} of 4000 mutations were rejected"
    );
}

/// A catalog with one entry whose `fields` body is `fields`.
fn with_field_type(ty: TokenStream) -> TokenStream {
    quote! {
        #[catalog(code = u16, status = 500)]
        pub enum E {
            A { code: 1, message: "a", fields: { value: #ty } },
        }
    }
}

/// `Vec<Vec<...<u8>...>>`, `depth` deep, built without recursion.
fn nested_vec(depth: usize) -> TokenStream {
    let mut text = "Vec<".repeat(depth);
    text.push_str("u8");
    text.push_str(&">".repeat(depth));
    text.parse().expect("lexes")
}

#[test]
fn nesting_is_bounded_whatever_the_depth() {
    let limit = crate::symbol::MAX_NESTING;
    let message = format!(
        "nesting deeper than {limit} levels of brackets, `<...>`, `&`, `*` or `->`; declare a type alias for the inner part"
    );
    for depth in [limit, 10_000] {
        assert_eq!(
            errors(with_field_type(nested_vec(depth))),
            [message.as_str()]
        );
    }
    // References, pointers and return types recurse in syn's type parser too.
    for operator in ["&", "*const ", "fn() -> "] {
        let ty: TokenStream = format!("{}u8", operator.repeat(10_000))
            .parse()
            .expect("lexes");
        assert_eq!(
            errors(with_field_type(ty)),
            [message.as_str()],
            "{operator}"
        );
    }
    // So do groups, built here one level at a time.
    let mut ty: TokenStream = quote!(u8);
    for _ in 0..10_000 {
        ty = TokenTree::Group(Group::new(Delimiter::Parenthesis, ty)).into();
    }
    assert_eq!(errors(with_field_type(ty)), [message.as_str()]);
}

/// `depth` parentheses around `inner`, built one level at a time.
fn nested_parens(depth: usize, inner: TokenStream) -> TokenStream {
    let mut tokens = inner;
    for _ in 0..depth {
        tokens = TokenTree::Group(Group::new(Delimiter::Parenthesis, tokens)).into();
    }
    tokens
}

/// Nesting is checked in every place syn or the macro reads: the header's attributes, an
/// entry's doc attribute, an entry's values, a malformed entry (read by syn whole), between
/// entries, and `compose_catalogs!`.
#[test]
fn nesting_is_bounded_in_every_place() {
    let limit = crate::symbol::MAX_NESTING;
    let message = format!(
        "nesting deeper than {limit} levels of brackets, `<...>`, `&`, `*` or `->`; declare a type alias for the inner part"
    );
    let deep = nested_parens(10_000, quote!(1));
    let inputs = [
        quote! {
            #[catalog(code = u16, status = 500, id = #deep)]
            pub enum E { A { code: 1, message: "a" } }
        },
        quote! {
            #[catalog(code = u16, status = 500)]
            pub enum E {
                #[doc = #deep]
                A { code: 1, message: "a" },
            }
        },
        quote! {
            #[catalog(code = u16, status = 500)]
            pub enum E { A { code: 1, message: "a" }, B { code: #deep, message: "b" } }
        },
        quote! {
            #[catalog(code = u16, status = 500)]
            pub enum E { A { code: 1, message: "a", translations: { fr: #deep } } }
        },
        quote! {
            #[catalog(code = u16, status = 500)]
            pub enum E { A { code: 1, message: "a" }, B #deep { code: 2 } }
        },
        quote! {
            #[catalog(code = u16, status = 500)]
            pub enum E { A { code: 1, message: "a" } #deep }
        },
        quote! {
            #[catalog(code = u16, status = 500)]
            pub enum E { A { code: 1, message: "a" }, &&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&& B { code: 2 } }
        },
        quote! {
            #[catalog(code = u16, status = 500)]
            pub enum #deep { A { code: 1, message: "a" } }
        },
    ];
    for input in inputs {
        assert_eq!(errors(input.clone()), [message.as_str()], "{input}");
    }
    let composed = crate::compose::compose_with_errors(quote! {
        pub enum Service { Vault(#deep) }
    });
    let composed: Vec<String> = composed.1.iter().map(ToString::to_string).collect();
    assert_eq!(composed, [message.as_str()]);
}

#[test]
fn nesting_below_the_limit_expands() {
    // The enum body, the entry and `fields` are three levels: this is the deepest type that
    // fits, and syn must handle it on a test thread's 2 MiB stack.
    let depth = crate::symbol::MAX_NESTING - 4;
    assert_eq!(
        errors(with_field_type(nested_vec(depth))),
        Vec::<String>::new()
    );
}

#[test]
fn long_literals_and_many_fields_expand() {
    let long = "x".repeat(1_000_000);
    let found = errors(quote! {
        #[catalog(code = str, status = 500)]
        pub enum E {
            A { code: #long, message: #long, description: #long },
        }
    });
    assert!(found.is_empty(), "{found:?}");

    let names: Vec<proc_macro2::Ident> = (0..5_000usize)
        .map(|i| quote::format_ident!("field{}", i))
        .collect();
    let template: String = names.iter().map(|name| format!("{{{name}}} ")).collect();
    let (tokens, found) = expand_with_errors(quote! {
        #[catalog(code = u16, status = 500)]
        pub enum E {
            A { code: 1, message: #template, fields: { #(#names: u8),* } },
        }
    });
    assert!(found.is_empty(), "{found:?}");
    assert!(!tokens.is_empty());
}

#[test]
fn generated_names_are_not_entry_names() {
    let found = errors(quote! {
        #[catalog(code = u16, status = 500)]
        pub enum E {
            ALL { code: 1, message: "a" },
            visit_fields { code: 2, message: "b" },
        }
    });
    assert_eq!(found.len(), 2);
    assert!(found[0].starts_with("entry `ALL` has the name of the generated `ECode::ALL`"));
    assert!(
        found[1]
            .starts_with("entry `visit_fields` has the name of the generated `E::visit_fields`")
    );
}

#[test]
fn help_url_codes_are_percent_encoded() {
    let (tokens, found) = expand_with_errors(quote! {
        #[catalog(code = str, status = 500, help_url = "https://docs.example/{code}")]
        pub enum E {
            A { code: "SCM.0005", message: "a" },
            B { code: "a b/c", message: "b" },
            C { code: "c", message: "c", help_url: "https://other.example/?code={code}" },
        }
    });
    assert!(found.is_empty(), "{found:?}");
    let text = tokens.to_string();
    assert!(text.contains("\"https://docs.example/SCM.0005\""));
    assert!(text.contains("\"https://docs.example/a%20b%2Fc\""));
    assert!(text.contains("\"https://other.example/?code=c\""));
}
