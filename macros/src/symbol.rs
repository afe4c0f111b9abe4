//! Every keyword of the DSL, spelled once.

/// The catalog attribute: `#[catalog(...)]`.
pub const CATALOG_ATTR: &str = "catalog";

/// Keys of `#[catalog(...)]`.
pub mod catalog {
    pub const CODE: &str = "code";
    pub const ID: &str = "id";
    pub const FORMAT: &str = "format";
    pub const DIALECT: &str = "dialect";
    pub const STATUS: &str = "status";
    pub const ACTION: &str = "action";
    pub const HELP_URL: &str = "help_url";
    pub const LOCALE: &str = "locale";
    pub const CODE_ENUM: &str = "code_enum";
    pub const LOG_ENUM: &str = "log_enum";
    pub const CRATE: &str = "crate";
    pub const LOCK: &str = "lock";
    pub const RETIRED: &str = "retired";
    pub const LOG_LEVEL: &str = "log_level";
    pub const INTO_RESPONSE: &str = "into_response";

    pub const ALL: &[&str] = &[
        CODE,
        ID,
        FORMAT,
        DIALECT,
        STATUS,
        ACTION,
        HELP_URL,
        LOCALE,
        CODE_ENUM,
        LOG_ENUM,
        CRATE,
        LOCK,
        RETIRED,
        LOG_LEVEL,
        INTO_RESPONSE,
    ];
}

/// Keys of an entry block.
pub mod entry {
    pub const CODE: &str = "code";
    pub const STATUS: &str = "status";
    pub const MESSAGE: &str = "message";
    pub const ACTION: &str = "action";
    pub const LOG_ONLY: &str = "log_only";
    pub const NAME: &str = "name";
    pub const REPEATED_NAME: &str = "repeated_name";
    pub const KEY: &str = "key";
    pub const DESCRIPTION: &str = "description";
    pub const SOLUTION: &str = "solution";
    pub const CATEGORY: &str = "category";
    pub const HELP_URL: &str = "help_url";
    pub const NOTES: &str = "notes";
    pub const FIELDS: &str = "fields";
    pub const SOURCE: &str = "source";
    pub const TRANSLATIONS: &str = "translations";
    pub const DEPRECATED: &str = "deprecated";
    pub const PREVIOUSLY: &str = "previously";
    pub const NO_FROM: &str = "no_from";
    pub const LOG_LEVEL: &str = "log_level";
    pub const GRPC: &str = "grpc";

    pub const ALL: &[&str] = &[
        CODE,
        STATUS,
        MESSAGE,
        ACTION,
        LOG_ONLY,
        NAME,
        REPEATED_NAME,
        KEY,
        DESCRIPTION,
        SOLUTION,
        CATEGORY,
        HELP_URL,
        NOTES,
        FIELDS,
        SOURCE,
        TRANSLATIONS,
        DEPRECATED,
        PREVIOUSLY,
        NO_FROM,
        LOG_LEVEL,
        GRPC,
    ];

    /// Keys written alone, without a value.
    pub const FLAGS: &[&str] = &[LOG_ONLY, REPEATED_NAME, NO_FROM];
}

/// The field attribute that keeps a field out of logs and off the wire: `#[redact]`.
pub const REDACT_ATTR: &str = "redact";

/// The `reported(502)` form of a status.
pub const REPORTED: &str = "reported";

/// The `str` code kind.
pub const STR: &str = "str";

/// Integer types a catalog's codes may have.
pub const INT_TYPES: &[&str] = &["u16", "u32", "u64", "i16", "i32", "i64"];

/// Action spellings, in the runtime's order, with the runtime variant each names.
pub const ACTIONS: &[(&str, &str)] = &[
    ("none", "None"),
    ("configuration", "Configuration"),
    ("application-registration", "ApplicationRegistration"),
    ("authentication", "Authentication"),
    ("authorization", "Authorization"),
    ("degradation", "Degradation"),
    ("retry", "Retry"),
    ("retry-after", "RetryAfter"),
];

/// `into_response = none`: no generated `IntoResponse`.
pub const NONE: &str = "none";

/// Built-in dialect spellings with the runtime type (in `error_catalog::dialect`) each names.
pub const DIALECTS: &[(&str, &str)] = &[
    ("scms", "Scms"),
    ("skms", "Skms"),
    ("scai_vault", "ScaiVault"),
    ("huawei", "Huawei"),
    ("adobe_pass", "AdobePass"),
    ("problem", "Problem"),
];

/// The one placeholder a catalog's `help_url` template may use.
pub const HELP_URL_CODE: &str = "{code}";

/// Which generated type an associated item belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    /// The code enum.
    Code,
    /// The error and log enums.
    Error,
}

/// Associated items of the generated enums, which an entry (a variant of all of them) may not
/// be named: `Type::NAME` resolves to a variant before an associated item, so the item would
/// be unreachable, and the generated code that names it would break.
pub const GENERATED_ITEMS: &[(&str, Owner)] = &[
    ("ALL", Owner::Code),
    ("INFO", Owner::Code),
    ("entry", Owner::Code),
    ("code", Owner::Code),
    ("status", Owner::Code),
    ("action", Owner::Code),
    ("message_template", Owner::Code),
    ("is_log_only", Owner::Code),
    ("name", Owner::Code),
    ("key", Owner::Code),
    ("description", Owner::Code),
    ("solution", Owner::Code),
    ("category", Owner::Code),
    ("help_url", Owner::Code),
    ("notes", Owner::Code),
    ("from_code", Owner::Code),
    ("from_code_str", Owner::Code),
    ("from_name", Owner::Code),
    ("kind", Owner::Error),
    ("visit_fields", Owner::Error),
];

/// Field names the dialects reserve, with why. The JSON dialects (Scai vault, problem)
/// write the typed fields into a `details` object beside the context's detail text.
pub const RESERVED_FIELDS: &[(&str, &str)] = &[(
    "detail",
    "the `details` object on the wire holds the typed fields and, as `detail`, the context's detail text",
)];

/// Derives that would conflict with the impls the macro generates.
pub const GENERATED_DERIVES: &[&str] = &["Debug", "Display", "Error"];

/// The deepest nesting of brackets, generic arguments and type operators (`&`, `*`, `->`)
/// the macro reads. syn parses (and drops, and prints) types recursively, at about 45 KiB of
/// stack a level in an unoptimized build: 32 levels fit a 2 MiB thread stack with room to
/// spare, and no real type comes close.
pub const MAX_NESTING: usize = 32;

/// The closest spelling in `candidates` to `word`, if one is close enough to be a typo.
pub fn suggest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|candidate| (edit_distance(word, candidate), *candidate))
        .filter(|(distance, candidate)| *distance <= (candidate.len().max(3) / 3).max(1))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// Levenshtein distance counting a swap of two neighbours as one edit (`stauts` -> `status`).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

/// A list of spellings as "`a`, `b`, `c`" for messages.
pub fn one_of(spellings: impl IntoIterator<Item = &'static str>) -> String {
    spellings
        .into_iter()
        .map(|spelling| format!("`{spelling}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
