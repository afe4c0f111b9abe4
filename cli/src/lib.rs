//! `errcat` as a library: every command of the `errcat` tool (`explain`, `list`, `export`,
//! `catalogs`, `lint`, `check-links`, `serve`) over the catalogs a program passes in, so a
//! service builds its own error tool in a few lines, named after itself:
//!
//! ```no_run
//! error_catalog::error_catalog! {
//!     /// Errors of the vault API.
//!     #[catalog(code = str, dialect = scai_vault)]
//!     pub enum VaultError {
//!         /// The secret path does not exist.
//!         SecretNotFound { code: "secret_not_found", status: 404, message: "Secret not found" },
//!     }
//! }
//!
//! // src/bin/errors.rs
//! fn main() -> std::process::ExitCode {
//!     errcat::Cli::new(&[VaultErrorCode::INFO]).name("errors").run()
//! }
//! ```
//!
//! [`Cli::run_with`] runs a command line in-process, writing to any [`Write`]rs, for tests:
//!
//! ```
//! # error_catalog::error_catalog! {
//! #     /// Errors of the vault API.
//! #     #[catalog(code = str, dialect = scai_vault)]
//! #     pub enum VaultError {
//! #         /// The secret path does not exist.
//! #         SecretNotFound { code: "secret_not_found", status: 404, message: "Secret not found" },
//! #     }
//! # }
//! let catalogs = [VaultErrorCode::INFO];
//! let cli = errcat::Cli::new(&catalogs).name("errors");
//! let (mut out, mut err) = (Vec::new(), Vec::new());
//! let status = cli.run_with(["explain", "secret_not_found"], &mut out, &mut err);
//! assert_eq!(status, std::process::ExitCode::SUCCESS);
//! assert!(String::from_utf8(out)?.contains("404 Not Found"));
//! # Ok::<(), std::string::FromUtf8Error>(())
//! ```
//!
//! One module per command; each describes itself with an `args::Spec` and is registered in
//! `COMMANDS`, the only list to extend when adding a command. The `serve` command is built
//! with the `serve` feature (axum and tokio); the `bundled` feature adds the five vendor
//! catalogs and the `errcat` binary over them.

#![deny(missing_docs)]

mod args;
mod catalogs;
mod check_links;
mod diff;
mod explain;
mod export;
mod lint;
mod list;
mod lock;
mod lookup;
mod serve;
mod stability;
mod text;

use std::ffi::OsString;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use error_catalog::CatalogInfo;

use args::{Parser, Spec};

/// Every command, in the order `--help` lists them.
static COMMANDS: &[&Spec] = &[
    &explain::SPEC,
    &list::SPEC,
    &export::SPEC,
    &catalogs::SPEC,
    &lint::SPEC,
    &check_links::SPEC,
    &lock::SPEC,
    &diff::SPEC,
    #[cfg(feature = "serve")]
    &serve::SPEC,
];

/// Runs the command line of this process (`std::env::args_os`) over `catalogs`, printing on
/// stdout and stderr, and returns the exit status: 0 on success, 1 when nothing matches (or
/// `lint` finds something), 2 on a usage error. The program is named after its executable.
///
/// The whole `main` of a service's error tool:
///
/// ```no_run
/// # error_catalog::error_catalog! {
/// #     /// Errors.
/// #     #[catalog(code = u16)]
/// #     pub enum AppError { /// Missing.
/// #         Missing { code: 404, status: 404, message: "missing" } }
/// # }
/// fn main() -> std::process::ExitCode {
///     errcat::run(&[AppErrorCode::INFO])
/// }
/// ```
#[must_use]
pub fn run(catalogs: &[&'static CatalogInfo]) -> ExitCode {
    Cli::new(catalogs).run()
}

/// The `errcat` command line over a set of catalogs, with the program's name, description and
/// version as its `--help` shows them.
#[derive(Clone, Debug)]
pub struct Cli<'c> {
    catalogs: &'c [&'static CatalogInfo],
    name: Option<String>,
    about: Option<String>,
    version: Option<String>,
}

impl<'c> Cli<'c> {
    /// The command line over `catalogs` (the `INFO` of each catalog's code enum), which
    /// `list`, `export` and `--help` show in this order.
    #[must_use]
    pub fn new(catalogs: &'c [&'static CatalogInfo]) -> Self {
        Cli {
            catalogs,
            name: None,
            about: None,
            version: None,
        }
    }

    /// The program's name in usage lines, help and messages (default: the executable's file
    /// name for [`run`](Self::run), `errcat` for [`run_with`](Self::run_with)).
    #[must_use]
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// The first line of `--help`, after the name and version (default: "look up the error
    /// codes of " and the catalogs' titles).
    #[must_use]
    pub fn about(mut self, about: impl Into<String>) -> Self {
        self.about = Some(about.into());
        self
    }

    /// The version `--version` prints (default: errcat's own); pass
    /// `env!("CARGO_PKG_VERSION")` for the service's.
    #[must_use]
    pub fn version(mut self, version: impl Into<String>) -> Self {
        self.version = Some(version.into());
        self
    }

    /// Runs this process's command line (`std::env::args_os`) on stdout and stderr, and
    /// returns the exit status (see [`run`]).
    #[must_use]
    pub fn run(&self) -> ExitCode {
        let mut args = std::env::args_os();
        let program = args.next();
        let mut cli = self.clone();
        if cli.name.is_none() {
            cli.name = program
                .as_deref()
                .map(std::path::Path::new)
                .and_then(std::path::Path::file_stem)
                .map(|stem| stem.to_string_lossy().into_owned());
        }
        let stdout = io::stdout();
        let mut out = BufWriter::new(stdout.lock());
        cli.run_with(args, &mut out, &mut io::stderr().lock())
    }

    /// Runs the command line `args` (the arguments after the program name), writing the output
    /// to `out` and messages to `err`, and returns the exit status (see [`run`]).
    ///
    /// `serve` runs until the process is stopped; everything else returns.
    pub fn run_with<I>(&self, args: I, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode
    where
        I: IntoIterator,
        I::Item: Into<OsString>,
    {
        let env = Env::new(self);
        let result = collect_args(args).and_then(|args| dispatch(&env, args, out));
        // Flush what was written even when the command failed (`explain` prints the codes it
        // found before reporting the ones it did not).
        let flushed = out.flush();
        let result = result.and_then(|()| flushed.map_err(Failure::Io));
        match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(failure) => report(&env, failure, err),
        }
    }
}

/// What every command sees: the catalogs and how the program calls itself.
#[derive(Debug)]
pub(crate) struct Env {
    /// The catalogs, in the order given.
    pub catalogs: Vec<&'static CatalogInfo>,
    /// The program's name (`errcat`).
    pub name: String,
    about: String,
    version: String,
    /// Whether the catalogs are the five bundled ones: the help then shows their examples.
    pub bundled: bool,
}

impl Env {
    fn new(cli: &Cli<'_>) -> Env {
        let bundled = is_bundled(cli.catalogs);
        let about = cli.about.clone().unwrap_or_else(|| {
            if bundled {
                "look up API error codes in the bundled vendor error catalogs".to_owned()
            } else {
                let titles: Vec<String> = cli
                    .catalogs
                    .iter()
                    .map(|info| lookup::catalog_title(info))
                    .collect();
                format!("look up the error codes of {}", titles.join(", "))
            }
        });
        Env {
            catalogs: cli.catalogs.to_vec(),
            name: cli.name.clone().unwrap_or_else(|| "errcat".to_owned()),
            about,
            version: cli
                .version
                .clone()
                .unwrap_or_else(|| env!("CARGO_PKG_VERSION").to_owned()),
            bundled,
        }
    }

    /// `the 5 bundled catalogs` or `the 2 catalogs`.
    pub fn the_catalogs(&self) -> String {
        let bundled = if self.bundled { " bundled" } else { "" };
        format!("the {}{bundled} catalogs", self.catalogs.len())
    }

    /// A text of the built-in help with `errcat` replaced by the program's name.
    pub fn named(&self, text: &str) -> String {
        if self.name == "errcat" {
            text.to_owned()
        } else {
            text.replace("errcat", &self.name)
        }
    }

    /// The code and catalog the examples of a service's own help use: the first wire entry's.
    pub fn example(&self) -> (&'static str, String) {
        self.catalogs
            .iter()
            .find_map(|info| {
                info.entries()
                    .iter()
                    .find(|entry| !entry.is_log_only())
                    .map(|entry| (info.id(), lookup::entry_label(entry)))
            })
            .unwrap_or(("<catalog>", "<code>".to_owned()))
    }
}

/// Whether `catalogs` are the bundled vendor catalogs, in their order.
fn is_bundled(catalogs: &[&'static CatalogInfo]) -> bool {
    #[cfg(feature = "bundled")]
    {
        catalogs.len() == error_catalog_vendors::CATALOGS.len()
            && catalogs
                .iter()
                .zip(error_catalog_vendors::CATALOGS)
                .all(|(a, b)| std::ptr::eq(*a, b))
    }
    #[cfg(not(feature = "bundled"))]
    {
        let _ = catalogs;
        false
    }
}

/// Why a command did not succeed.
#[derive(Debug)]
pub(crate) enum Failure {
    /// Bad arguments (exit status 2); `command` is the command's `(name, usage)`.
    Usage {
        message: String,
        command: Option<(&'static str, &'static str)>,
    },
    /// Nothing matched, or a check found something (exit status 1); the message is complete,
    /// suggestions included.
    NotFound(String),
    /// Writing the output failed.
    Io(io::Error),
}

impl Failure {
    /// A usage error, of the command `spec` when there is one.
    pub fn usage(message: impl Into<String>, spec: Option<&Spec>) -> Self {
        Failure::Usage {
            message: message.into(),
            command: spec.map(|spec| (spec.name, spec.usage)),
        }
    }
}

impl From<io::Error> for Failure {
    fn from(error: io::Error) -> Self {
        Failure::Io(error)
    }
}

/// The arguments, as UTF-8.
fn collect_args<I>(args: I) -> Result<Vec<String>, Failure>
where
    I: IntoIterator,
    I::Item: Into<OsString>,
{
    args.into_iter()
        .map(|arg| {
            arg.into().into_string().map_err(|arg| {
                Failure::usage(
                    format!("argument `{}` is not valid UTF-8", arg.to_string_lossy()),
                    None,
                )
            })
        })
        .collect()
}

fn dispatch(env: &Env, args: Vec<String>, out: &mut dyn Write) -> Result<(), Failure> {
    let mut args = args.into_iter();
    let Some(first) = args.next() else {
        return Err(Failure::usage("no command given", None));
    };
    match first.as_str() {
        "-h" | "--help" => write_main_help(env, out),
        "-V" | "--version" => {
            writeln!(out, "{} {}", env.name, env.version)?;
            Ok(())
        }
        "help" => {
            let topic = args.next();
            if let Some(extra) = args.next() {
                return Err(Failure::usage(
                    format!(
                        "unexpected argument `{extra}` after `help {}`",
                        topic.unwrap_or_default()
                    ),
                    None,
                ));
            }
            match topic {
                None => write_main_help(env, out),
                Some(name) => write_command_help(env, find_command(&name)?, out),
            }
        }
        name => {
            let spec = find_command(name)?;
            let rest: Vec<String> = args.collect();
            if args::wants_help(&rest) {
                return write_command_help(env, spec, out);
            }
            (spec.run)(&mut Parser::new(spec, env, rest), out)
        }
    }
}

fn find_command(name: &str) -> Result<&'static Spec, Failure> {
    serve::check_built(name)?;
    if let Some(spec) = COMMANDS.iter().find(|spec| spec.name == name) {
        return Ok(spec);
    }
    let mut message = if name.starts_with('-') {
        format!("unknown option `{name}` (options go after the command)")
    } else {
        format!("unknown command `{name}`")
    };
    let close = COMMANDS
        .iter()
        .copied()
        .chain([&HELP_SPEC])
        .filter(|spec| text::edit_distance(&name.to_lowercase(), spec.name) <= 2)
        .map(|spec| format!("`{}`", spec.name))
        .collect::<Vec<_>>();
    if !close.is_empty() {
        message.push_str(&format!("; did you mean {}?", close.join(" or ")));
    }
    Err(Failure::usage(message, None))
}

/// `help` is handled by [`dispatch`]; its spec only feeds suggestions and the command list.
static HELP_SPEC: Spec = Spec {
    name: "help",
    usage: "help [<command>]",
    summary: "Print this help, or the help of a command",
    help: "",
    examples: "",
    user_examples: "",
    run: |_, _| Ok(()),
};

fn write_main_help(env: &Env, out: &mut dyn Write) -> Result<(), Failure> {
    let line = format!("{} {}: {}", env.name, env.version, env.about);
    for line in text::wrap(&line, text::SCREEN_WIDTH) {
        writeln!(out, "{line}")?;
    }
    writeln!(out)?;
    writeln!(out, "Usage: {} <command> [options] [arguments]", env.name)?;
    writeln!(out)?;
    writeln!(out, "Commands:")?;
    for spec in COMMANDS.iter().chain([&&HELP_SPEC]) {
        writeln!(out, "  {:<12}{}", spec.name, spec.summary)?;
    }
    writeln!(out)?;
    writeln!(out, "Options:")?;
    writeln!(
        out,
        "  -h, --help     Print help (`{} <command> --help` for a command's)",
        env.name
    )?;
    writeln!(out, "  -V, --version  Print the version")?;
    writeln!(out)?;
    let which = if env.bundled {
        "Bundled catalogs"
    } else {
        "Catalogs"
    };
    writeln!(out, "{which} (ids, as `list` and `export` take them):")?;
    for info in &env.catalogs {
        let line = format!("  {:<12}{}", info.id(), lookup::catalog_title(info));
        writeln!(out, "{}", text::truncate(&line, text::SCREEN_WIDTH))?;
    }
    writeln!(out)?;
    if env.bundled {
        out.write_all(MAIN_EXAMPLES.as_bytes())?;
        #[cfg(feature = "serve")]
        out.write_all(SERVE_EXAMPLES.as_bytes())?;
    } else {
        let (catalog, code) = env.example();
        let bin = &env.name;
        writeln!(out, "Examples:")?;
        writeln!(out, "  {bin} explain {code}")?;
        writeln!(out, "  {bin} list {catalog}")?;
        writeln!(out, "  {bin} export --format openapi > errors.openapi.json")?;
        writeln!(
            out,
            "  {bin} export --format html {catalog} > {catalog}.html"
        )?;
        writeln!(out, "  {bin} lint")?;
        #[cfg(feature = "serve")]
        writeln!(out, "  {bin} serve --port 8080")?;
    }
    out.write_all(EXIT_STATUS.as_bytes())?;
    Ok(())
}

const MAIN_EXAMPLES: &str = "\
Examples:
  errcat explain SCM.0201               A Huawei SCM code
  errcat explain 40013                  An SKMS integer code
  errcat explain raNoCertFileAvailable  An SCMS vendor name
  errcat explain SCMS-964               An SCMS vendor key
  errcat explain internal_error         In two catalogs: both are shown
  errcat list huawei_scm                Every Huawei SCM code, one per line
  errcat list --wide | grep -i cert     Search the messages of every catalog
  errcat export --format json > errors.json
  errcat export --format markdown adobe_pass > adobe_pass.md
  errcat export --format openapi > errors.openapi.json
  errcat lint --allow missing-doc       The catalogs' style findings
";

#[cfg(feature = "serve")]
const SERVE_EXAMPLES: &str =
    "  errcat serve --port 8080              Then: curl -i localhost:8080/skms/40013
  errcat serve --always huawei_scm:SCM.0005
                                        A mock vendor that fails every request
";

const EXIT_STATUS: &str = "
Exit status: 0 on success, 1 when no entry matches (or lint finds something),
2 on a usage error.
";

fn write_command_help(env: &Env, spec: &Spec, out: &mut dyn Write) -> Result<(), Failure> {
    writeln!(out, "{} {}: {}", env.name, spec.name, spec.summary)?;
    writeln!(out)?;
    writeln!(out, "Usage: {} {}", env.name, spec.usage)?;
    writeln!(out)?;
    out.write_all(env.named(spec.help).as_bytes())?;
    if env.bundled {
        out.write_all(spec.examples.as_bytes())?;
    } else {
        // The bundled examples name vendor codes: the same commands over this program's.
        let (catalog, code) = env.example();
        let examples = spec
            .user_examples
            .replace("{bin}", &env.name)
            .replace("{catalog}", catalog)
            .replace("{code}", &code);
        out.write_all(examples.as_bytes())?;
    }
    Ok(())
}

/// Writes `failure` on `err` and returns the exit status.
fn report(env: &Env, failure: Failure, err: &mut dyn Write) -> ExitCode {
    let bin = &env.name;
    // Nothing sensible is left to do when stderr itself is closed.
    let _ = match failure {
        Failure::Io(error) if error.kind() == io::ErrorKind::BrokenPipe => {
            // The reader went away (`errcat list | head`): not an error.
            return ExitCode::SUCCESS;
        }
        Failure::Io(error) => {
            let _ = writeln!(err, "{bin}: cannot write the output: {error}");
            return ExitCode::FAILURE;
        }
        Failure::NotFound(message) => {
            let _ = write!(err, "{}", env.named(&message));
            return ExitCode::from(1);
        }
        Failure::Usage { message, command } => match command {
            Some((name, usage)) => writeln!(
                err,
                "{bin} {name}: {}\n\nUsage: {bin} {usage}\nRun `{bin} {name} --help` for details.",
                env.named(&message)
            ),
            None => writeln!(
                err,
                "{bin}: {}\n\nUsage: {bin} <command> [options] [arguments]\n\
                 Commands: {}\nRun `{bin} --help` for details.",
                env.named(&message),
                COMMANDS
                    .iter()
                    .map(|spec| spec.name)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        },
    };
    ExitCode::from(2)
}
