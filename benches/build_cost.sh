#!/usr/bin/env bash
# Build cost of a catalog against two hand-written equivalents.
#
# Generates, in a temporary directory, crates holding the build script's rich catalog
# (`build.rs`: `rich_catalog_1000.rs`, `large_catalog.rs`) at 1,000 and 10,000 entries, and
# the same entries written by hand twice:
# - `tables_*`: static tables (an entry array, a sorted code array searched by binary search,
#   a table-driven `Display`), with no enum at all: the floor for the data alone;
# - `handwritten_*`: the error enum the macro replaces, as people write it (`#[derive(Debug)]`,
#   `Display`, status and code as `match`es).
# The macro's catalogs are built twice: as cargo builds any proc macro (`catalog_*`,
# unoptimized) and with the profile setting the README suggests for large catalogs
# (`catalog_opt_*`: proc macros and their dependencies at `opt-level = 3`).
# Builds the dependencies once, then for each crate touches only its `lib.rs` and times
# `cargo check` and `cargo build --release`, with the peak RSS of the compiler when
# `/usr/bin/time` is there. Not part of `cargo test`.
#
# Usage: benches/build_cost.sh [runs]   (each timing is the median of `runs`, default 1)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-1}
# The generated catalogs come from the root package's build script, in the project's own target
# directory (run it there if no build has, before cargo is pointed at the temporary one).
root_target=${CARGO_TARGET_DIR:-$root/target}
generated() { ls -t "$root_target"/*/build/error-catalog-suite-*/out/rich_catalog_1000.rs 2>/dev/null | head -n 1; }
if [[ -z $(generated) ]]; then
    cargo check --quiet --manifest-path "$root/Cargo.toml" --example quickstart
fi
out=$(dirname "$(generated)")
if [[ ! -f $out/large_catalog.rs ]]; then
    echo "build_cost.sh: no generated catalogs under $root_target" >&2
    exit 1
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/build_cost.XXXXXX")
# BUILD_COST_KEEP=1 keeps the crates (e.g. for `cargo +nightly rustc -- -Z time-passes`).
if [[ -z ${BUILD_COST_KEEP:-} ]]; then trap 'rm -rf "$work"' EXIT; else echo "crates in $work"; fi
export CARGO_TARGET_DIR="$work/target"
# Without incremental compilation: a touched crate with incremental on reloads its
# type-checking results from the cache and measures little more than the macro expansion,
# not what a changed catalog costs.
export CARGO_INCREMENTAL=0


new_crate() { # name
    mkdir -p "$work/$1/src"
    cat >"$work/$1/Cargo.toml" <<TOML
[package]
name = "$1"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
error-catalog = { path = "$root/runtime" }

[workspace]
TOML
}

macro_crate() { # name file
    new_crate "$1"
    cp "$out/$2" "$work/$1/src/catalog.rs"
    printf '//! Generated.\n#![allow(missing_docs)]\ninclude!("catalog.rs");\n' >"$work/$1/src/lib.rs"
}

# The hand-written equivalent: one row per entry, codes sorted for binary search, `Display`
# interpolates the fields into the entry's template.
table_crate() { # name n
    new_crate "$1"
    local n=$2 lib="$work/$1/src/lib.rs"
    {
        cat <<'RS'
//! A hand-written catalog on static tables.
pub struct Entry { pub code: &'static str, pub status: u16, pub message: &'static str, pub name: &'static str, pub key: &'static str }
#[derive(Debug)]
pub struct LargeError { pub index: u32, pub args: Vec<String> }
impl LargeError {
    pub fn entry(&self) -> &'static Entry { &ENTRIES[self.index as usize] }
    pub fn from_code(code: &str) -> Option<usize> {
        CODES.binary_search_by(|(c, _)| (*c).cmp(code)).ok().map(|i| CODES[i].1 as usize)
    }
    pub fn from_name(name: &str) -> Option<usize> {
        NAMES.binary_search_by(|(c, _)| (*c).cmp(name)).ok().map(|i| NAMES[i].1 as usize)
    }
}
impl std::fmt::Display for LargeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut args = self.args.iter();
        for (i, part) in self.entry().message.split("{}").enumerate() {
            if i > 0 { if let Some(arg) = args.next() { f.write_str(arg)?; } }
            f.write_str(part)?;
        }
        Ok(())
    }
}
impl std::error::Error for LargeError {}
RS
        printf 'pub static ENTRIES: [Entry; %d] = [\n' "$n"
        for ((i = 1; i <= n; i++)); do
            printf '    Entry { code: "SCM.%05d", status: %d, message: "Static error number {} %d", name: "scm_error_%05d", key: "SCM-%d" },\n' \
                "$i" $((400 + i % 10)) "$i" "$i" "$i"
        done
        printf '];\npub static CODES: [(&str, u32); %d] = [\n' "$n"
        for ((i = 1; i <= n; i++)); do printf '    ("SCM.%05d", %d),\n' "$i" $((i - 1)); done
        printf '];\npub static NAMES: [(&str, u32); %d] = [\n' "$n"
        for ((i = 1; i <= n; i++)); do printf '    ("scm_error_%05d", %d),\n' "$i" $((i - 1)); done
        printf '];\n'
    } >"$lib"
}

# What the macro replaces, written by hand the usual way: the error enum with
# `#[derive(Debug)]`, `Display` as one `match` of `write!`s, `Error`, and the status and
# code as `match`es. Same entries as the rich catalog (`build.rs`): codes, statuses,
# messages and typed fields; no lookup, metadata or wire formats.
handwritten_crate() { # name n
    new_crate "$1"
    local n=$2 i lib="$work/$1/src/lib.rs"
    local statuses=(400 401 403 404 409 422 429 500 502 503)
    local -a variant message fields
    for ((i = 1; i <= n; i++)); do
        variant[i]=$(printf 'Scm%05d' "$i")
        if ((i % 7 == 0)); then
            message[i]="Secret '{path}' not found after {attempt} attempts" fields[i]='path: String, attempt: u32'
        elif ((i % 11 == 0)); then
            message[i]='Rate limit of {limit} requests per minute exceeded' fields[i]='limit: u64'
        elif ((i % 13 == 0)); then
            message[i]="Body of request $i must be a JSON object like {\\\"a\\\": 1}" fields[i]=''
        else
            message[i]="Static error number $i" fields[i]=''
        fi
    done
    {
        printf '//! A hand-written error enum.\n#![allow(missing_docs)]\n#[derive(Debug)]\npub enum LargeError {\n'
        for ((i = 1; i <= n; i++)); do
            printf '    /// `SCM.%05d`: %s\n' "$i" "${message[i]//\\/}"
            if [[ -n ${fields[i]} ]]; then
                printf '    %s { %s },\n' "${variant[i]}" "${fields[i]}"
            else
                printf '    %s,\n' "${variant[i]}"
            fi
        done
        printf '}\nimpl std::fmt::Display for LargeError {\n    fn fmt(&self, f: &mut std::fmt::Formatter<'"'"'_>) -> std::fmt::Result {\n        match self {\n'
        for ((i = 1; i <= n; i++)); do
            case ${fields[i]} in
            '') printf '            Self::%s => f.write_str("%s"),\n' "${variant[i]}" "${message[i]}" ;;
            path*) printf '            Self::%s { path, attempt } => write!(f, "%s"),\n' "${variant[i]}" "${message[i]}" ;;
            *) printf '            Self::%s { limit } => write!(f, "%s"),\n' "${variant[i]}" "${message[i]}" ;;
            esac
        done
        printf '        }\n    }\n}\nimpl std::error::Error for LargeError {}\nimpl LargeError {\n    pub fn status(&self) -> u16 {\n        match self {\n'
        for ((i = 1; i <= n; i++)); do printf '            Self::%s { .. } => %d,\n' "${variant[i]}" "${statuses[i % 10]}"; done
        printf '        }\n    }\n    pub fn code(&self) -> &'"'"'static str {\n        match self {\n'
        for ((i = 1; i <= n; i++)); do printf '            Self::%s { .. } => "SCM.%05d",\n' "${variant[i]}" "$i"; done
        printf '        }\n    }\n}\n'
    } >"$lib"
}

# The same catalogs with the macro and the parser it is built on (syn, quote, proc-macro2)
# compiled optimized, as the README suggests for large catalogs: cargo builds proc macros
# and their dependencies at `opt-level = 0` unless the profile's `build-override` says not to.
optimized_macro() { # name file
    macro_crate "$1" "$2"
    cat >>"$work/$1/Cargo.toml" <<'TOML'

[profile.dev.build-override]
opt-level = 3

[profile.release.build-override]
opt-level = 3
TOML
}

macro_crate catalog_1000 rich_catalog_1000.rs
macro_crate catalog_10000 large_catalog.rs
optimized_macro catalog_opt_1000 rich_catalog_1000.rs
optimized_macro catalog_opt_10000 large_catalog.rs
table_crate tables_1000 1000
table_crate tables_10000 10000
handwritten_crate handwritten_1000 1000
handwritten_crate handwritten_10000 10000

timed() { # dir, cargo args... -> "seconds peak_kb"
    local dir=$1
    shift
    touch "$dir/src/lib.rs"
    if [[ -x /usr/bin/time ]]; then
        /usr/bin/time -f '%e %M' -o "$work/time" cargo "$@" --quiet --manifest-path "$dir/Cargo.toml" >/dev/null 2>&1
        cat "$work/time"
    else
        local start end
        start=$(date +%s.%N)
        cargo "$@" --quiet --manifest-path "$dir/Cargo.toml" >/dev/null 2>&1
        end=$(date +%s.%N)
        echo "$(awk "BEGIN { print $end - $start }") 0"
    fi
}

median() { sort -n | awk '{ v[NR] = $0 } END { print v[int((NR + 1) / 2)] }'; }

# Dependencies first, so only the crate itself is timed.
for crate in catalog_1000 catalog_10000 catalog_opt_1000 catalog_opt_10000 tables_1000 tables_10000 \
    handwritten_1000 handwritten_10000; do
    cargo check --quiet --manifest-path "$work/$crate/Cargo.toml"
    cargo build --release --quiet --manifest-path "$work/$crate/Cargo.toml"
done

printf '%-17s %12s %12s %14s %14s\n' crate 'check (s)' 'check (MB)' 'release (s)' 'release (MB)'
for crate in tables_1000 handwritten_1000 catalog_1000 catalog_opt_1000 \
    tables_10000 handwritten_10000 catalog_10000 catalog_opt_10000; do
    dir="$work/$crate"
    check=() release=()
    for ((r = 0; r < runs; r++)); do
        check+=("$(timed "$dir" check)")
        release+=("$(timed "$dir" build --release)")
    done
    c=$(printf '%s\n' "${check[@]}" | median)
    b=$(printf '%s\n' "${release[@]}" | median)
    printf '%-17s %12s %12s %14s %14s\n' "$crate" "${c% *}" "$(( ${c#* } / 1024 ))" "${b% *}" "$(( ${b#* } / 1024 ))"
done
