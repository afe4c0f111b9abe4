//! The routes of `errcat serve` and what each answers.
//!
//! An entry is rendered by the runtime's dialects from a [`DynOccurrence`] of it (built from
//! the catalog's static metadata alone, so no catalog needs a table here), and the bytes are
//! exactly what a service declaring the catalog sends. Everything the server says about
//! itself (usage, not found, log-only) is plain text: never the vendor's format, so a client
//! under test cannot mistake it for a vendor error.

use std::fmt::Write as _;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::{ConnectInfo, Path, State};
use axum::response::Response;
use axum::routing::get;
use error_catalog::dialect::{self, Context, Dialect, DynDialect, Reply, Scms};
use error_catalog::{CatalogInfo, DynOccurrence, Entry, LogOnlyEntry, NotOnWire};
use http::header::{ACCEPT, CONTENT_TYPE};
use http::{HeaderMap, HeaderValue, Method, StatusCode, Uri};

use crate::{lookup, text};

use super::net::Closer;
use super::options::Options;
use super::request_id::RequestIds;

/// The query parameter choosing the dialect.
const DIALECT_PARAM: &str = "dialect";
/// The query parameter setting the `Retry-After` delay.
const RETRY_AFTER_PARAM: &str = "retry_after";

// ---------------------------------------------------------------------------------------------
// Entries, by catalog and position
// ---------------------------------------------------------------------------------------------

/// One entry of one catalog, ready to render.
#[derive(Clone, Copy, Debug)]
pub struct Target {
    catalog: &'static CatalogInfo,
    index: usize,
}

impl Target {
    /// The entry of `catalog` that `query` names: its code (`SCM.0201`, `40013`), else its
    /// vendor name, key or variant name, exactly, else ignoring case; a wire entry before a
    /// log-only one that shares its vendor name.
    pub fn find(catalog: &'static CatalogInfo, query: &str) -> Option<Target> {
        let index = catalog.find_code(query).or_else(|| {
            let (matches, _) = lookup::find_entries(query, &[catalog]);
            let best = matches
                .iter()
                .find(|found| !found.entry.is_log_only())
                .or(matches.first())?;
            catalog
                .entries()
                .iter()
                .position(|entry| std::ptr::eq(entry, best.entry))
        })?;
        Some(Target { catalog, index })
    }

    /// The catalog.
    pub fn catalog(&self) -> &'static CatalogInfo {
        self.catalog
    }

    /// The entry.
    pub fn entry(&self) -> &'static Entry {
        &self.catalog.entries()[self.index]
    }

    /// An occurrence of the entry, to render; refuses a log-only entry.
    fn occurrence(&self) -> Result<DynOccurrence, NotOnWire> {
        DynOccurrence::new(self.catalog, self.index)
    }

    /// Refuses a log-only entry.
    pub fn check_wire(&self) -> Result<(), LogOnlyEntry> {
        match self.occurrence() {
            Ok(_) | Err(NotOnWire::NoEntry(_)) => Ok(()),
            Err(NotOnWire::LogOnly(log_only)) => Err(log_only),
        }
    }

    /// `catalog:code`, as `--always` takes it.
    fn label(&self) -> String {
        format!(
            "{}:{}",
            self.catalog.id(),
            lookup::entry_label(self.entry())
        )
    }
}

/// The catalog of `catalogs` whose id is `name`: exactly, ignoring case, or as a unique
/// prefix (`huawei` for `huawei_scm`), as the other subcommands take it.
fn find_catalog(catalogs: &[&'static CatalogInfo], name: &str) -> Option<&'static CatalogInfo> {
    let lower = name.to_lowercase();
    if let Some(info) = catalogs
        .iter()
        .find(|info| info.id() == name || info.id().to_lowercase() == lower)
    {
        return Some(info);
    }
    let mut prefixed = catalogs
        .iter()
        .filter(|info| !lower.is_empty() && info.id().to_lowercase().starts_with(&lower));
    match (prefixed.next(), prefixed.next()) {
        (Some(info), None) => Some(*info),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// The application
// ---------------------------------------------------------------------------------------------

/// What every handler shares.
#[derive(Debug)]
pub struct App {
    options: Options,
    /// The catalogs served.
    catalogs: Vec<&'static CatalogInfo>,
    /// The program's name, in the log and the text pages.
    name: String,
    /// Whether the catalogs are the bundled ones (the text pages show their examples).
    bundled: bool,
    /// `http://127.0.0.1:8080`, for the examples in the text pages.
    base: String,
    ids: RequestIds,
}

impl App {
    /// The application for `options` over `catalogs`, listening on `bound`.
    pub fn new(env: &crate::Env, options: Options, bound: SocketAddr) -> Self {
        App {
            options,
            catalogs: env.catalogs.clone(),
            name: env.name.clone(),
            bundled: env.bundled,
            base: format!("http://{bound}"),
            ids: RequestIds::new(),
        }
    }

    /// One line on what the server answers, printed on startup.
    pub fn describe(&self) -> String {
        match &self.options.always {
            Some(target) => {
                let format = self.options.dialect.unwrap_or(target.catalog.dialect());
                format!(
                    "answering every request with {} in dialect {format}; Ctrl-C stops",
                    target.label()
                )
            }
            None => format!(
                "serving {} catalogs: try {}/{} (GET / for usage); Ctrl-C stops",
                self.catalogs.len(),
                self.base,
                self.showcase()
            ),
        }
    }

    /// The dialect `chosen` with this run's settings: SCMS with the stage and closing codes
    /// of the command line; any other as it is (Adobe Pass negotiates by `Accept`).
    fn dialect(&self, chosen: &'static dyn DynDialect) -> &dyn DynDialect {
        if chosen.name() == Scms::NAME {
            &self.options.scms
        } else {
            chosen
        }
    }

    fn log(&self, method: &Method, uri: &Uri, outcome: &str) {
        if !self.options.quiet {
            eprintln!("{}: {method} {uri} -> {outcome}", self.name);
        }
    }

    /// `huawei_scm/SCM.0201` when the bundled catalogs are served, else the first wire entry
    /// of the first catalog: the example path of the text pages.
    fn showcase(&self) -> String {
        let bundled = self
            .catalogs
            .iter()
            .find(|info| info.id() == "huawei_scm" && info.find_code("SCM.0201").is_some());
        if bundled.is_some() {
            return "huawei_scm/SCM.0201".to_owned();
        }
        self.catalogs
            .iter()
            .find_map(|info| {
                let entry = info.entries().iter().find(|entry| !entry.is_log_only())?;
                Some(format!("{}/{}", info.id(), lookup::entry_label(entry)))
            })
            .unwrap_or_else(|| "<catalog>/<code>".to_owned())
    }

    /// A plain-text response of the server's own (not a vendor's), in the program's name.
    fn plain(&self, status: StatusCode, body: String) -> Response {
        if self.name == "errcat" {
            plain(status, body)
        } else {
            plain(status, body.replace("errcat", &self.name))
        }
    }
}

/// The routes: the catalogs, or with `--always` the one entry for everything.
pub fn router(app: Arc<App>) -> Router {
    if app.options.always.is_some() {
        return Router::new().fallback(always).with_state(app);
    }
    Router::new()
        .route("/", get(index))
        .route("/{catalog}", get(catalog_page))
        .route("/{catalog}/{code}", get(entry))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(app)
}

/// What one request asks of an entry, beyond the entry itself.
struct Ask<'r> {
    format: &'static dyn DynDialect,
    retry_after: u64,
    /// `--field` values, then the query's (a later value wins).
    fields: Vec<(&'r str, &'r str)>,
    accept: Option<&'r str>,
    /// The request's `Accept-Language`: the message in the client's language.
    accept_language: Option<&'r str>,
}

impl<'r> Ask<'r> {
    /// What a request to `catalog` asks before its query: the server's options and the
    /// request's negotiation headers.
    fn new(app: &'r App, catalog: &'static CatalogInfo, headers: &'r HeaderMap) -> Self {
        Ask {
            format: app.options.dialect.unwrap_or(catalog.dialect()),
            retry_after: app.options.retry_after,
            fields: app
                .options
                .fields
                .iter()
                .map(|(name, value)| (name.as_str(), value.as_str()))
                .collect(),
            accept: accept_of(headers),
            accept_language: accept_language_of(headers),
        }
    }
}

/// Renders `target` for one request. A dialect that closes the connection gets it closed.
fn respond(
    app: &App,
    target: &Target,
    ask: &Ask<'_>,
    closer: &Closer,
    method: &Method,
    uri: &Uri,
) -> Response {
    let request_id = app.ids.next();
    let mut cx = Context::new()
        .with_request_id(&request_id)
        .with_retry_after(ask.retry_after)
        .with_instance(uri.path());
    if let Some(accept) = ask.accept {
        cx = cx.with_accept(accept);
    }
    if let Some(languages) = ask.accept_language {
        cx = cx.with_accept_language(languages);
    }
    let dialect = app.dialect(ask.format);
    let what = format!("{} as {}", target.label(), ask.format);
    let rendered = target.occurrence().map(|mut occurrence| {
        for (name, value) in &ask.fields {
            // Names the entry does not declare are ignored.
            occurrence = occurrence.with_field(name, *value);
        }
        dialect.render(&occurrence, &cx)
    });
    match rendered {
        Ok(Reply::Respond(response)) => {
            app.log(
                method,
                uri,
                &format!("{} [{what}]", status_text(response.status())),
            );
            response.map(Body::from)
        }
        Ok(Reply::CloseConnection) => {
            closer.close();
            app.log(
                method,
                uri,
                &format!("connection closed without an answer [{what}]"),
            );
            // Never sent: the connection refuses every write from now on.
            app.plain(StatusCode::INTERNAL_SERVER_ERROR, String::new())
        }
        Err(NotOnWire::LogOnly(log_only)) => {
            app.log(method, uri, "409 (log-only entry)");
            let entry = target.entry();
            let key = entry.key().or(entry.name()).unwrap_or(entry.variant());
            app.plain(
                StatusCode::CONFLICT,
                format!(
                    "errcat serve: {} of catalog {}: {log_only}, so no vendor ever answers \
                     with it and there is no response to serve. `errcat explain {key}` \
                     tells more.\n",
                    lookup::entry_label(entry).trim_matches(['(', ')']),
                    target.catalog.id(),
                ),
            )
        }
        Err(NotOnWire::NoEntry(_)) => {
            app.log(method, uri, "500 (no such entry)");
            app.plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                "errcat serve: the entry vanished from its catalog\n".to_owned(),
            )
        }
    }
}

fn status_text(status: StatusCode) -> String {
    match status.canonical_reason() {
        Some(reason) => format!("{} {reason}", status.as_u16()),
        None => status.as_u16().to_string(),
    }
}

/// A plain-text response of the server's own (not a vendor's).
fn plain(status: StatusCode, body: String) -> Response {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
}

fn accept_of(headers: &HeaderMap) -> Option<&str> {
    headers.get(ACCEPT).and_then(|value| value.to_str().ok())
}

fn accept_language_of(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(http::header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
}

// ---------------------------------------------------------------------------------------------
// Handlers
// ---------------------------------------------------------------------------------------------

/// `--always`: every method, every path.
async fn always(
    State(app): State<Arc<App>>,
    ConnectInfo(closer): ConnectInfo<Closer>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let Some(target) = app.options.always else {
        return app.plain(StatusCode::INTERNAL_SERVER_ERROR, String::new());
    };
    let ask = Ask::new(&app, target.catalog, &headers);
    respond(&app, &target, &ask, &closer, &method, &uri)
}

/// `GET /<catalog>/<code>`.
async fn entry(
    State(app): State<Arc<App>>,
    ConnectInfo(closer): ConnectInfo<Closer>,
    Path((catalog, code)): Path<(String, String)>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let Some(info) = find_catalog(&app.catalogs, &catalog) else {
        app.log(&method, &uri, "404 (no such catalog)");
        return app.plain(StatusCode::NOT_FOUND, no_catalog(&app, &catalog));
    };
    let Some(target) = Target::find(info, &code) else {
        app.log(&method, &uri, "404 (no such code)");
        return app.plain(StatusCode::NOT_FOUND, no_code(&app, info, &code));
    };
    let query = query_pairs(uri.query().unwrap_or(""));
    let mut ask = Ask::new(&app, info, &headers);
    for (name, value) in &query {
        match name.as_str() {
            DIALECT_PARAM => match dialect::find_in(value, &dialect::BUILTIN) {
                Ok(format) => ask.format = format,
                Err(error) => {
                    app.log(&method, &uri, "400 (unknown dialect)");
                    return app.plain(
                        StatusCode::BAD_REQUEST,
                        format!("errcat serve: `?{DIALECT_PARAM}=`: {error}\n"),
                    );
                }
            },
            RETRY_AFTER_PARAM => match value.trim().parse() {
                Ok(seconds) => ask.retry_after = seconds,
                Err(_) => {
                    app.log(&method, &uri, "400 (bad retry_after)");
                    return app.plain(
                        StatusCode::BAD_REQUEST,
                        format!(
                            "errcat serve: `?{RETRY_AFTER_PARAM}={value}`: expected a number \
                             of seconds\n"
                        ),
                    );
                }
            },
            _ => ask.fields.push((name, value)),
        }
    }
    respond(&app, &target, &ask, &closer, &method, &uri)
}

/// `GET /`: the catalogs and the usage.
async fn index(State(app): State<Arc<App>>, method: Method, uri: Uri) -> Response {
    app.log(&method, &uri, "200 (usage)");
    app.plain(StatusCode::OK, usage(&app))
}

/// `GET /<catalog>`: the catalog's entries.
async fn catalog_page(
    State(app): State<Arc<App>>,
    Path(catalog): Path<String>,
    method: Method,
    uri: Uri,
) -> Response {
    let Some(info) = find_catalog(&app.catalogs, &catalog) else {
        app.log(&method, &uri, "404 (no such catalog)");
        return app.plain(StatusCode::NOT_FOUND, no_catalog(&app, &catalog));
    };
    app.log(&method, &uri, "200 (catalog page)");
    app.plain(StatusCode::OK, entries_page(&app, info))
}

/// Any other path.
async fn not_found(State(app): State<Arc<App>>, method: Method, uri: Uri) -> Response {
    app.log(&method, &uri, "404 (no such route)");
    app.plain(
        StatusCode::NOT_FOUND,
        format!(
            "errcat serve: nothing at `{}`. Ask for an entry as GET /<catalog>/<code>, \
             such as {}/{}.\nThe catalogs are: {}. GET / for usage.\n",
            uri.path(),
            app.base,
            app.showcase(),
            lookup::catalog_ids(&app.catalogs)
        ),
    )
}

/// A method other than GET or HEAD on a route.
async fn method_not_allowed(State(app): State<Arc<App>>, method: Method, uri: Uri) -> Response {
    app.log(&method, &uri, "405");
    app.plain(
        StatusCode::METHOD_NOT_ALLOWED,
        format!(
            "errcat serve: `{method}` is not served here: GET /<catalog>/<code> renders an \
             entry. To answer every method and path with one entry, run \
             `errcat serve --always <catalog>:<code>`.\n"
        ),
    )
}

// ---------------------------------------------------------------------------------------------
// Text pages
// ---------------------------------------------------------------------------------------------

fn no_catalog(app: &App, name: &str) -> String {
    format!(
        "errcat serve: no catalog `{name}`.\nThe catalogs are: {}.\n\
         Ask for an entry as GET /<catalog>/<code>, such as {}/{}; \
         GET / for usage.\n",
        lookup::catalog_ids(&app.catalogs),
        app.base,
        app.showcase()
    )
}

fn no_code(app: &App, info: &'static CatalogInfo, code: &str) -> String {
    let mut page = format!(
        "errcat serve: catalog {} has no code, vendor name or key `{code}`.\n",
        info.id()
    );
    let (suggestions, _) = lookup::suggest(code, &[info], 5);
    if !suggestions.is_empty() {
        page.push_str("Did you mean:\n");
        for suggestion in &suggestions {
            let line = format!(
                "  /{}/{}  {}",
                info.id(),
                suggestion.text,
                text::one_line(suggestion.message)
            );
            page.push_str(text::truncate(&line, text::SCREEN_WIDTH).trim_end());
            page.push('\n');
        }
    }
    let _ = writeln!(
        page,
        "GET /{} lists its codes. The catalogs are: {}.",
        info.id(),
        lookup::catalog_ids(&app.catalogs)
    );
    page
}

fn usage(app: &App) -> String {
    let base = &app.base;
    let what = if app.bundled {
        "the bundled vendor error catalogs"
    } else {
        "the error catalogs"
    };
    let mut page = format!(
        "errcat serve: {what}, each entry answered as its vendor\n\
         sends it.\n\nRoutes:\n  \
         GET /<catalog>/<code>  the entry (a code, or a vendor name or key), as the vendor\n                         \
         answers it, in the catalog's native dialect\n  \
         GET /<catalog>         the catalog's entries\n  \
         GET /                  this page\n\nCatalogs:\n",
    );
    for info in &app.catalogs {
        let _ = writeln!(
            page,
            "  {}  {} entries, dialect {}\n  {}  such as {base}/{}/{}",
            text::pad(info.id(), 11),
            info.entries().len(),
            info.dialect(),
            " ".repeat(11),
            info.id(),
            example(info),
        );
    }
    let dialects: Vec<&str> = dialect::BUILTIN.iter().map(|d| d.name()).collect();
    let _ = write!(
        page,
        "\nQuery parameters:\n  \
         {DIALECT_PARAM}=<name>       another dialect: {}\n  \
         {RETRY_AFTER_PARAM}=<secs>   the Retry-After delay, where the dialect sends one (now {})\n  \
         <field>=<value>      a value of the entry's field\n\
         Headers:\n  \
         Accept               Adobe Pass entries as XML for `Accept: application/xml`\n\n",
        dialects.join(", "),
        app.options.retry_after,
    );
    if app.bundled {
        page.push_str(&format!(
            "Examples:\n  \
             {base}/scai_vault/secret_not_found?path=prod/db\n  \
             {base}/huawei_scm/SCM.0201?upstream_message=quota%20full\n  \
             {base}/scms/raNoCertFileAvailable\n  \
             {base}/skms/40013?dialect=problem\n"
        ));
    } else {
        let showcase = app.showcase();
        let _ = write!(
            page,
            "Examples:\n  {base}/{showcase}\n  {base}/{showcase}?dialect=problem\n"
        );
    }
    page
}

/// A telling entry of `info` for the examples: one with a field, or the first wire entry.
fn example(info: &CatalogInfo) -> String {
    let wire = || info.entries().iter().filter(|entry| !entry.is_log_only());
    let chosen = match info.id() {
        "scms" => info.find_code("5065").map(|index| &info.entries()[index]),
        "skms" => info.find_code("40013").map(|index| &info.entries()[index]),
        "adobe_pass" => info
            .find_code("too_many_requests")
            .map(|index| &info.entries()[index]),
        _ => None,
    };
    match chosen.or_else(|| wire().find(|entry| !entry.fields().is_empty())) {
        Some(entry) => {
            let mut url = lookup::entry_label(entry);
            for (i, field) in entry.fields().iter().enumerate() {
                let value = if *field == "path" { "prod/db" } else { "busy" };
                let _ = write!(url, "{}{field}={value}", if i == 0 { '?' } else { '&' });
            }
            url
        }
        None => wire().next().map(lookup::entry_label).unwrap_or_default(),
    }
}

fn entries_page(app: &App, info: &'static CatalogInfo) -> String {
    let mut page = format!(
        "{}: {}\n{} entries, native dialect {}. GET {}/{}/<code> answers one.\n\n",
        info.id(),
        lookup::catalog_title(info),
        info.entries().len(),
        info.dialect(),
        app.base,
        info.id()
    );
    let labels: Vec<String> = info.entries().iter().map(lookup::entry_label).collect();
    let label_width = labels
        .iter()
        .map(|label| text::width(label))
        .max()
        .unwrap_or(0);
    for (entry, label) in info.entries().iter().zip(&labels) {
        let status = match entry.status() {
            Some(status) => status.as_str().to_owned(),
            None => "log-only".to_owned(),
        };
        let name = match entry.name() {
            Some(name) if name != label => format!("{name}: "),
            _ => String::new(),
        };
        let line = format!(
            "  {}  {}  {name}{}",
            text::pad(label, label_width),
            text::pad(&status, 8),
            text::one_line(entry.message_template())
        );
        page.push_str(text::truncate(&line, 100).trim_end());
        page.push('\n');
    }
    page
}

// ---------------------------------------------------------------------------------------------
// Query strings
// ---------------------------------------------------------------------------------------------

/// The `name=value` pairs of a query string, percent-decoded (`+` is a space).
fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(name), decode(value))
        })
        .collect()
}

/// `text` percent-decoded, `+` as a space; bytes that are not UTF-8 become U+FFFD, and a `%`
/// not followed by two hex digits stays as it is.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        if byte == b'+' {
            out.push(b' ');
            i += 1;
            continue;
        }
        if byte == b'%'
            && let Some(&[high, low]) = bytes.get(i + 1..i + 3)
            && let (Some(high), Some(low)) = (hex(high), hex(low))
        {
            out.push(high << 4 | low);
            i += 3;
            continue;
        }
        out.push(byte);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(digit: u8) -> Option<u8> {
    char::from(digit)
        .to_digit(16)
        .and_then(|value| u8::try_from(value).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "bundled")]
    #[test]
    fn every_bundled_entry_is_served_unless_log_only() {
        for info in error_catalog_vendors::CATALOGS {
            for (index, entry) in info.entries().iter().enumerate() {
                let target = Target {
                    catalog: info,
                    index,
                };
                assert_eq!(
                    target.check_wire().is_ok(),
                    !entry.is_log_only(),
                    "{}",
                    entry.variant()
                );
            }
        }
    }

    #[cfg(feature = "bundled")]
    #[test]
    fn entries_are_found_by_code_name_and_key() {
        let huawei = find_catalog(&error_catalog_vendors::CATALOGS, "huawei_scm").unwrap();
        assert_eq!(
            Target::find(huawei, "SCM.0201").unwrap().entry().variant(),
            "ElbPushRejected"
        );
        assert_eq!(
            Target::find(huawei, "scm.0201").unwrap().entry().variant(),
            "ElbPushRejected"
        );
        assert!(Target::find(huawei, "SCM.9999").is_none());
        let scms = find_catalog(&error_catalog_vendors::CATALOGS, "scms").unwrap();
        assert_eq!(
            Target::find(scms, "raNoCertFileAvailable")
                .unwrap()
                .entry()
                .code(),
            Some(error_catalog::Code::Int(5065))
        );
        assert_eq!(
            Target::find(scms, "SCMS-964").unwrap().entry().variant(),
            "RaNoCertFileAvailable"
        );
        assert!(
            Target::find(scms, "laEncFailure")
                .unwrap()
                .check_wire()
                .is_err()
        );
        assert_eq!(
            find_catalog(&error_catalog_vendors::CATALOGS, "HUAWEI").map(|info| info.id()),
            Some("huawei_scm")
        );
        assert!(
            find_catalog(&error_catalog_vendors::CATALOGS, "s").is_none(),
            "ambiguous"
        );
        assert!(find_catalog(&error_catalog_vendors::CATALOGS, "nope").is_none());
    }

    #[test]
    fn query_strings_decode() {
        assert_eq!(
            query_pairs("path=prod%2Fdb&upstream_message=quota+full%21&flag&=x&bad=%zz%4"),
            [
                ("path".to_owned(), "prod/db".to_owned()),
                ("upstream_message".to_owned(), "quota full!".to_owned()),
                ("flag".to_owned(), String::new()),
                (String::new(), "x".to_owned()),
                ("bad".to_owned(), "%zz%4".to_owned()),
            ]
        );
        assert_eq!(decode("%E6%8E%A8%E9%80%81"), "推送");
        assert_eq!(decode("%FF"), "\u{fffd}");
    }
}
