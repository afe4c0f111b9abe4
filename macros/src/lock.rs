//! The rules of a catalog with a lock file (`#[catalog(lock = "errors/vault.lock")]`): codes
//! are public API, so what the lock records may only change deliberately. One `check_*` per
//! rule, as in [`crate::check`]; each error is spanned at the entry (or at the `lock` setting
//! for an entry that is gone) and says how to make the change on purpose.
//!
//! New entries are never errors: `errcat lock` records them.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use error_catalog_contract::lock::{Lock, LockCode, LockStatus, LockedEntry};
use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::LitStr;

use crate::ast::{Catalog, CodeLit, Entry};
use crate::ctxt::Ctxt;
use crate::symbol;

/// The lock as read at expansion time, with the file's absolute path.
pub struct LoadedLock {
    pub path: PathBuf,
    /// `None` when the file does not exist yet: every entry is new.
    pub lock: Option<Lock>,
}

/// Reads the catalog's lock file, reporting an unreadable or malformed one at the setting.
pub fn load(cx: &Ctxt, setting: &LitStr) -> Option<LoadedLock> {
    let relative = crate::ast::lit_value(setting);
    let base = std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(PathBuf::new, PathBuf::from);
    let path = base.join(&relative);
    match std::fs::read_to_string(&path) {
        Ok(text) => match Lock::parse(&text) {
            Ok(lock) => Some(LoadedLock {
                path,
                lock: Some(lock),
            }),
            Err(error) => {
                cx.error_spanned_by(
                    setting,
                    format!(
                        "lock file `{relative}` is malformed at {error}; regenerate it with `errcat lock`"
                    ),
                );
                None
            }
        },
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            Some(LoadedLock { path, lock: None })
        }
        Err(error) => {
            cx.error_spanned_by(
                setting,
                format!(
                    "cannot read lock file `{relative}` (relative to the crate's manifest): {error}"
                ),
            );
            None
        }
    }
}

/// The lock's code for a catalog code.
pub fn lock_code(code: &CodeLit) -> LockCode {
    match code {
        CodeLit::Int(value) => LockCode::Int(*value),
        CodeLit::Str(text) => LockCode::Str(text.clone()),
    }
}

/// Runs every rule against the lock (none yet: only the catalog's own `retired` list).
pub fn check(cx: &Ctxt, catalog: &Catalog, lock: Option<&Lock>) {
    let empty = Lock::default();
    let lock = lock.unwrap_or(&empty);
    let retired = retired_codes(catalog, lock);
    check_retired_reused(cx, catalog, &retired);
    check_previously_needs_lock(cx, catalog);
    if let Some(setting) = &catalog.lock {
        check_removed_or_renumbered(cx, catalog, lock, setting, &retired);
        check_changed(cx, catalog, lock);
    }
}

/// The retired codes to record in the catalog's metadata, with the variant that had each.
pub fn retired_list(catalog: &Catalog, lock: Option<&Lock>) -> Vec<(LockCode, String)> {
    let empty = Lock::default();
    let mut list: Vec<(LockCode, String)> = retired_codes(catalog, lock.unwrap_or(&empty))
        .into_iter()
        .collect();
    list.sort();
    list
}

/// Every retired code: the catalog's `retired` list and the lock's `retired` lines.
fn retired_codes(catalog: &Catalog, lock: &Lock) -> HashMap<LockCode, String> {
    let mut retired: HashMap<LockCode, String> = lock
        .retired
        .iter()
        .map(|r| (r.code.clone(), r.variant.clone()))
        .collect();
    for code in &catalog.retired {
        let code = lock_code(&code.value);
        let variant = lock
            .entries
            .iter()
            .find(|entry| entry.code.as_ref() == Some(&code))
            .map(|entry| entry.variant.clone())
            .unwrap_or_default();
        retired.entry(code).or_insert(variant);
    }
    retired
}

fn by_code(catalog: &Catalog) -> HashMap<LockCode, &Entry> {
    catalog
        .entries
        .iter()
        .filter_map(|entry| Some((lock_code(&entry.code.as_ref()?.value), entry)))
        .collect()
}

fn by_variant(catalog: &Catalog) -> HashMap<String, &Entry> {
    catalog
        .entries
        .iter()
        .map(|entry| (entry.ident.to_string(), entry))
        .collect()
}

/// A locked code stays in the catalog, with the variant it was locked with (or a new name
/// for that variant), unless it is retired.
fn check_removed_or_renumbered(
    cx: &Ctxt,
    catalog: &Catalog,
    lock: &Lock,
    setting: &LitStr,
    retired: &HashMap<LockCode, String>,
) {
    let codes = by_code(catalog);
    let variants = by_variant(catalog);
    for locked in &lock.entries {
        let Some(code) = &locked.code else { continue };
        if retired.contains_key(code) {
            continue;
        }
        match codes.get(code) {
            Some(entry) => {
                let now = entry.ident.to_string();
                if now != locked.variant
                    && let Some(other) = variants.get(&locked.variant)
                    && let Some(other_code) = &other.code
                {
                    cx.error_spanned_by(
                        code_spot(entry),
                        format!(
                            "code `{}` is locked to variant `{}`, which now has code `{}`; a published code keeps its meaning: give `{now}` a new code, and leave `{}` its own",
                            code.text().escape_debug(),
                            locked.variant,
                            other_code.value.text().escape_debug(),
                            locked.variant,
                        ),
                    );
                }
            }
            None => match variants.get(&locked.variant) {
                Some(entry) if entry.code.is_some() => cx.error_spanned_by(
                    code_spot(entry),
                    format!(
                        "entry `{}` is locked with code `{}` but now has code `{}`; codes are public API: keep `{}`, or retire it (`retired = [{}]` in `#[catalog(...)]`) and declare a new entry",
                        locked.variant,
                        code.text().escape_debug(),
                        entry.code.as_ref().map(|c| c.value.text()).unwrap_or_default().escape_debug(),
                        code.text().escape_debug(),
                        code_literal(code),
                    ),
                ),
                _ => cx.error_spanned_by(
                    setting,
                    format!(
                        "locked code `{}` (variant `{}`) is gone from the catalog; codes are public API: restore the entry (mark it `deprecated` to phase it out), or retire the code for good with `retired = [{}]` in `#[catalog(...)]`",
                        code.text().escape_debug(),
                        locked.variant,
                        code_literal(code),
                    ),
                ),
            },
        }
    }
}

/// `previously` acknowledges a change against the lock: without one it means nothing.
fn check_previously_needs_lock(cx: &Ctxt, catalog: &Catalog) {
    // A malformed `lock` setting was reported already.
    if catalog.given.iter().any(|key| key == symbol::catalog::LOCK) {
        return;
    }
    for entry in &catalog.entries {
        if let Some(previously) = &entry.previously {
            cx.error_spanned_by(
                &previously.tokens,
                "`previously` acknowledges a change of a locked entry, but this catalog has no lock; add `lock = \"errors/<catalog>.lock\"` to `#[catalog(...)]` or remove `previously`",
            );
        }
    }
}

/// A retired code is never declared again.
fn check_retired_reused(cx: &Ctxt, catalog: &Catalog, retired: &HashMap<LockCode, String>) {
    for entry in &catalog.entries {
        let Some(code) = &entry.code else { continue };
        if let Some(variant) = retired.get(&lock_code(&code.value)) {
            let was = if variant.is_empty() {
                String::new()
            } else {
                format!(" (it was `{variant}`)")
            };
            cx.error_spanned_by(
                &code.tokens,
                format!(
                    "code `{}` is retired{was}; a retired code is never reused, so clients that knew it are not misled: give `{}` a new code",
                    code.value.text().escape_debug(),
                    entry.ident,
                ),
            );
        }
    }
}

/// The status, action, log-only flag and fields of a locked entry change only when the
/// entry says what they were (`previously: { status: ..., action: ... }`).
fn check_changed(cx: &Ctxt, catalog: &Catalog, lock: &Lock) {
    let codes = by_code(catalog);
    let variants = by_variant(catalog);
    for locked in &lock.entries {
        let Some(code) = &locked.code else { continue };
        let Some(entry) = codes.get(code) else {
            continue;
        };
        // A code taken by another variant while its own still exists is reported as reused;
        // comparing the new entry with the old one would only repeat that.
        if entry.ident != locked.variant.as_str() && variants.contains_key(&locked.variant) {
            continue;
        }
        check_status(cx, catalog, locked, entry);
        check_action(cx, catalog, locked, entry);
        if !locked.log_only
            && let Some(flag) = entry.log_only
        {
            cx.error_at(
                flag,
                format!(
                    "locked code `{}` is sent on the wire; making it `log_only` takes it away from clients: deprecate it instead",
                    code.text().escape_debug()
                ),
            );
        }
        let fields: HashSet<String> = entry.fields.iter().map(|f| f.ident.to_string()).collect();
        let gone: Vec<&String> = locked
            .fields
            .iter()
            .filter(|field| !fields.contains(*field))
            .collect();
        // Malformed `fields` were reported already; their names are unknown, not gone.
        let fields_malformed = entry.gave(symbol::entry::FIELDS) && entry.fields.is_empty();
        if !gone.is_empty() && !fields_malformed {
            let names = gone
                .iter()
                .map(|f| format!("`{f}`"))
                .collect::<Vec<_>>()
                .join(", ");
            let spot = entry.message.as_ref().map_or_else(
                || entry.ident.to_token_stream(),
                |m| m.lit.to_token_stream(),
            );
            cx.error_spanned_by(
                spot,
                format!(
                    "field {names} of locked code `{}` is gone (removed or renamed); clients read the fields on the wire: keep {names}, or deprecate this entry and declare a new one",
                    code.text().escape_debug()
                ),
            );
        }
    }
}

fn check_status(cx: &Ctxt, catalog: &Catalog, locked: &LockedEntry, entry: &Entry) {
    let (Some(was), Some(now)) = (locked.status, entry.effective_status(catalog)) else {
        return;
    };
    let now_status = LockStatus {
        code: now.value,
        reported: now.reported,
    };
    if was == now_status {
        return;
    }
    let acknowledged = entry
        .previously
        .as_ref()
        .and_then(|p| p.status.as_ref())
        .is_some_and(|p| p.value == was.code && p.reported == was.reported);
    if !acknowledged {
        let spot = entry
            .status
            .as_ref()
            .map_or_else(|| entry.ident.to_token_stream(), |s| s.tokens.clone());
        cx.error_spanned_by(
            spot,
            format!(
                "the status of locked code `{}` changed from {was} to {now_status}; clients may branch on it: if the change is deliberate, say so with `previously: {{ status: {was} }}` and run `errcat lock`",
                locked.code.as_ref().map(LockCode::text).unwrap_or_default().escape_debug()
            ),
        );
    }
}

fn check_action(cx: &Ctxt, catalog: &Catalog, locked: &LockedEntry, entry: &Entry) {
    if entry.log_only.is_some() {
        return;
    }
    let now = symbol::ACTIONS
        .iter()
        .find(|(_, variant)| *variant == entry.effective_action(catalog))
        .map_or("none", |(spelling, _)| spelling);
    if locked.action == now {
        return;
    }
    let acknowledged = entry
        .previously
        .as_ref()
        .and_then(|p| p.action.as_ref())
        .and_then(|a| symbol::ACTIONS.iter().find(|(_, v)| *v == a.variant))
        .is_some_and(|(spelling, _)| *spelling == locked.action);
    if !acknowledged {
        let spot = entry
            .action
            .as_ref()
            .map_or_else(|| entry.ident.to_token_stream(), |a| a.tokens.clone());
        cx.error_spanned_by(
            spot,
            format!(
                "the action of locked code `{}` changed from `{}` to `{now}`; clients may act on it: if the change is deliberate, say so with `previously: {{ action: {} }}` and run `errcat lock`",
                locked.code.as_ref().map(LockCode::text).unwrap_or_default().escape_debug(),
                locked.action,
                locked.action,
            ),
        );
    }
}

/// The entry's code tokens, or its name.
fn code_spot(entry: &Entry) -> TokenStream {
    entry
        .code
        .as_ref()
        .map_or_else(|| entry.ident.to_token_stream(), |code| code.tokens.clone())
}

/// A code as a literal in the DSL (`"old_code"`, `5072`).
fn code_literal(code: &LockCode) -> String {
    match code {
        LockCode::Int(value) => value.to_string(),
        LockCode::Str(text) => format!("{text:?}"),
    }
}
