//! Stage 2: the rules of a composition that the macro can check without seeing the members'
//! entries. The rules over codes run in const evaluation (see the module docs).

use std::collections::HashMap;

use crate::ctxt::Ctxt;
use crate::symbol;

use super::parse::Composition;

/// Runs every rule.
pub fn check(cx: &Ctxt, composition: &Composition) {
    check_members_present(cx, composition);
    check_type_names(cx, composition);
    check_member_names(cx, composition);
    check_member_types(cx, composition);
    check_prefixes(cx, composition);
    check_renames(cx, composition);
}

/// A composition composes something.
fn check_members_present(cx: &Ctxt, composition: &Composition) {
    if composition.members.is_empty() {
        cx.error_spanned_by(
            &composition.ident,
            format!(
                "`{}` has no member catalogs; list them as `Vault(VaultError),`",
                composition.ident
            ),
        );
    }
}

/// The composed error and code types need names of their own.
fn check_type_names(cx: &Ctxt, composition: &Composition) {
    if composition.code_enum == composition.ident {
        cx.error_spanned_by(
            &composition.code_enum,
            format!(
                "`code_enum` must differ from the composed type's name `{}`",
                composition.ident
            ),
        );
    }
}

/// Member names become variants of both composed enums: unique, and not the name of an
/// item the expansion generates on them (`GatewayErrorCode::ALL` would name the variant).
fn check_member_names(cx: &Ctxt, composition: &Composition) {
    let mut first = HashMap::new();
    for member in &composition.members {
        let name = member.ident.to_string();
        let name = name.strip_prefix("r#").unwrap_or(&name);
        if symbol::GENERATED_ITEMS
            .iter()
            .any(|(item, _)| *item == name)
        {
            cx.error_spanned_by(
                &member.ident,
                format!(
                    "member `{name}` has the name of an item the composition generates (`{}::{name}`); rename the member",
                    composition.code_enum
                ),
            );
        }
        if let Some(earlier) = first.insert(member.ident.to_string(), &member.ident) {
            cx.duplicate(
                &member.ident,
                earlier,
                format!("duplicate member name `{}`", member.ident),
                "first used here",
            );
        }
    }
}

/// Each member type gets a `From` impl into the composed type: one type, one member.
fn check_member_types(cx: &Ctxt, composition: &Composition) {
    let mut first = HashMap::new();
    for member in &composition.members {
        let ty = &member.ty;
        let text = quote::quote!(#ty).to_string();
        if let Some(earlier) = first.insert(text.clone(), &member.ty) {
            cx.duplicate(
                &member.ty,
                earlier,
                format!("`{text}` is composed twice; `From<{text}>` could pick only one member, so list each catalog once"),
                "first composed here",
            );
        }
    }
}

/// A prefix is text that stands before codes: not empty, no control characters or spaces.
fn check_prefixes(cx: &Ctxt, composition: &Composition) {
    for member in &composition.members {
        let Some(prefix) = &member.prefix else {
            continue;
        };
        let text = crate::ast::lit_value(prefix);
        if text.is_empty() {
            cx.error_spanned_by(
                prefix,
                "empty `prefix`; leave `prefix` out to keep the member's codes as they are",
            );
        } else if text.chars().any(|c| c.is_control() || c.is_whitespace()) {
            cx.error_spanned_by(prefix, "a `prefix` may not contain spaces or control characters: it becomes part of every code on the wire");
        }
    }
}

/// Each member code is renamed at most once, to a non-empty code, and no two renames of a
/// member give the same wire code.
fn check_renames(cx: &Ctxt, composition: &Composition) {
    for member in &composition.members {
        let mut from = HashMap::new();
        let mut to = HashMap::new();
        for rename in &member.renames {
            if let Some(earlier) = from.insert(rename.from.clone(), &rename.from_tokens) {
                cx.duplicate(
                    &rename.from_tokens,
                    earlier,
                    format!("code `{}` is renamed twice", rename.from.escape_debug()),
                    "first renamed here",
                );
            }
            let wire = crate::ast::lit_value(&rename.to);
            if wire.is_empty() {
                cx.error_spanned_by(
                    &rename.to,
                    "empty wire code; a code must identify its entry",
                );
            } else if let Some(earlier) = to.insert(wire.clone(), &rename.to) {
                cx.duplicate(
                    &rename.to,
                    earlier,
                    format!("two codes are renamed to `{}`", wire.escape_debug()),
                    "first renamed here",
                );
            }
        }
    }
}
