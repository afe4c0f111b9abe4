//! The `tracing` event of a recorded error, with the entry's typed fields as event fields.
//!
//! `tracing` wants `&'static` field names and a callsite per event shape; the macros make
//! them at compile time. Here the shape is the catalog entry's, so each entry gets one
//! callsite, made (and leaked) the first time the entry is recorded and cached after that.

use core::error::Error;
use core::fmt::Write as _;
use std::collections::HashMap;
use std::sync::{LazyLock, OnceLock, PoisonError, RwLock};

use tracing_core::callsite::{self, Callsite};
use tracing_core::field::{Field, FieldSet, Value};
use tracing_core::metadata::{Kind, Level, LevelFilter, Metadata};
use tracing_core::subscriber::Interest;
use tracing_core::{Event, dispatcher};

use crate::{Catalog, CatalogError, Code, Entry, LogLevel};

/// The target of every event.
const TARGET: &str = "error_catalog";

/// The fields every event has, in this order, before the entry's typed fields.
const FIXED: [&str; 9] = [
    "message",
    "catalog",
    "code",
    "variant",
    "key",
    "action",
    "status",
    "source",
    "request_id",
];

/// The most fields one event carries; typed fields past it are left out. `tracing` itself
/// stops at 32 per event.
const MAX_FIELDS: usize = 64;

/// The callsite of one entry's events.
struct EntryCallsite {
    metadata: OnceLock<Metadata<'static>>,
    /// The entry's logged typed fields (declared, not redacted), in the order of the
    /// callsite's fields after [`FIXED`].
    fields: Vec<&'static str>,
}

impl Callsite for EntryCallsite {
    fn set_interest(&self, _: Interest) {}

    fn metadata(&self) -> &Metadata<'_> {
        // Set right after the callsite is made, before anyone can see it.
        self.metadata.get().unwrap_or(&UNSET_METADATA)
    }
}

/// What an [`EntryCallsite`] would answer before its metadata is set.
struct UnsetCallsite;

impl Callsite for UnsetCallsite {
    fn set_interest(&self, _: Interest) {}

    fn metadata(&self) -> &Metadata<'_> {
        &UNSET_METADATA
    }
}

static UNSET_CALLSITE: UnsetCallsite = UnsetCallsite;

static UNSET_METADATA: Metadata<'static> = Metadata::new(
    "error_catalog",
    TARGET,
    Level::ERROR,
    None,
    None,
    None,
    FieldSet::new(&[], tracing_core::identify_callsite!(&UNSET_CALLSITE)),
    Kind::EVENT,
);

/// Callsites by the address of their entry's static metadata.
static CALLSITES: LazyLock<RwLock<HashMap<usize, &'static EntryCallsite>>> =
    LazyLock::new(RwLock::default);

fn level(level: LogLevel) -> Level {
    match level {
        LogLevel::Error => Level::ERROR,
        LogLevel::Warn => Level::WARN,
        LogLevel::Info => Level::INFO,
        LogLevel::Debug => Level::DEBUG,
        LogLevel::Trace => Level::TRACE,
    }
}

/// The callsite of `entry`'s events, made on first use.
fn callsite_of(entry: &'static Entry, type_name: &str) -> &'static EntryCallsite {
    let key = core::ptr::from_ref(entry) as usize;
    if let Some(found) = CALLSITES
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .get(&key)
    {
        return found;
    }
    let fields: Vec<&'static str> = entry
        .fields()
        .iter()
        .copied()
        .filter(|name| !entry.is_redacted(name))
        .take(MAX_FIELDS - FIXED.len())
        .collect();
    let names: Vec<&'static str> = FIXED
        .iter()
        .copied()
        .chain(fields.iter().map(|&name| {
            if FIXED.contains(&name) {
                &*Box::leak(format!("field.{name}").into_boxed_str())
            } else {
                name
            }
        }))
        .collect();
    let names: &'static [&'static str] = Box::leak(names.into_boxed_slice());
    let name: &'static str =
        Box::leak(format!("{type_name}::{}", entry.variant()).into_boxed_str());
    let made: &'static EntryCallsite = Box::leak(Box::new(EntryCallsite {
        metadata: OnceLock::new(),
        fields,
    }));
    let _ = made.metadata.set(Metadata::new(
        name,
        TARGET,
        level(entry.log_level()),
        None,
        None,
        None,
        FieldSet::new(names, tracing_core::identify_callsite!(made)),
        Kind::EVENT,
    ));
    let mut callsites = CALLSITES.write().unwrap_or_else(PoisonError::into_inner);
    // Another thread may have made one meanwhile: keep the first (the loser stays leaked,
    // once, and unregistered).
    let (kept, fresh) = match callsites.get(&key) {
        Some(found) => (*found, false),
        None => {
            callsites.insert(key, made);
            (made, true)
        }
    };
    drop(callsites);
    if fresh {
        // Outside the lock: subscribers' `register_callsite` may record errors themselves.
        callsite::register(kept);
    }
    kept
}

/// The `source` chain of `error`, joined with `: `.
fn source_chain(error: &(dyn Error + '_)) -> Option<String> {
    let mut source = error.source()?;
    let mut chain = source.to_string();
    while let Some(next) = source.source() {
        let _ = write!(chain, ": {next}");
        source = next;
    }
    Some(chain)
}

/// Records `error` as an event, if the current subscriber wants it.
pub(super) fn event<E: CatalogError + Error + ?Sized>(error: &E, request_id: Option<&str>) {
    let entry = error.entry();
    let wanted = level(entry.log_level());
    if wanted > LevelFilter::current() {
        return;
    }
    let site = callsite_of(entry, <E::Code as Catalog>::INFO.type_name());
    let metadata: &'static Metadata<'static> = match site.metadata.get() {
        Some(metadata) => metadata,
        None => return,
    };
    if !dispatcher::get_default(|current| current.enabled(metadata)) {
        return;
    }

    let message = error.to_string();
    let catalog = <E::Code as Catalog>::INFO.id();
    // Subscribers record `i64` and `u64` natively and anything wider as `Debug` text, so an
    // integer code takes the narrowest of the two that holds it (every code fits one).
    let (code_signed, code_unsigned, code_text) = match entry.code() {
        Some(Code::Int(value)) => match i64::try_from(value) {
            Ok(value) => (Some(value), None, None),
            Err(_) => (None, u64::try_from(value).ok(), None),
        },
        Some(Code::Str(text)) => (None, None, Some(text)),
        None => (None, None, None),
    };
    let variant = entry.variant();
    let key = entry.key();
    let action = entry.action().as_str();
    let status = entry.status().map(|status| u64::from(status.as_u16()));
    let source = source_chain(&error);
    let mut typed: Vec<Option<String>> = vec![None; site.fields.len()];
    error.for_each_field(&mut |name, value| {
        if let Some(slot) = site.fields.iter().position(|field| *field == name) {
            typed[slot] = Some(value.to_string());
        }
    });

    let fields: Vec<Field> = metadata.fields().iter().collect();
    let Some(first) = fields.first() else {
        return;
    };
    let code_value: Option<&dyn Value> = match (&code_signed, &code_unsigned, &code_text) {
        (Some(value), _, _) => Some(value),
        (None, Some(value), _) => Some(value),
        (None, None, Some(text)) => Some(text),
        (None, None, None) => None,
    };
    let fixed: [Option<&dyn Value>; FIXED.len()] = [
        Some(&message),
        Some(&catalog),
        code_value,
        Some(&variant),
        key.as_ref().map(|key| key as &dyn Value),
        Some(&action),
        status.as_ref().map(|status| status as &dyn Value),
        source.as_ref().map(|source| source as &dyn Value),
        request_id.as_ref().map(|id| id as &dyn Value),
    ];
    // `FieldSet::value_set` takes an array: pad it with the first field, valueless.
    let mut values: [(&Field, Option<&dyn Value>); MAX_FIELDS] =
        core::array::from_fn(|_| (first, None));
    let typed_values = typed
        .iter()
        .map(|value| value.as_ref().map(|value| value as &dyn Value));
    for ((slot, field), value) in values
        .iter_mut()
        .zip(&fields)
        .zip(fixed.into_iter().chain(typed_values))
    {
        *slot = (field, value);
    }
    let value_set = metadata.fields().value_set(&values);
    Event::dispatch(metadata, &value_set);
}
