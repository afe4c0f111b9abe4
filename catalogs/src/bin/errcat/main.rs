//! `errcat`: look up API error codes in the bundled vendor catalogs.
//!
//! One module per subcommand; each describes itself with an [`args::Spec`] and is registered
//! in [`COMMANDS`], the only list to extend when adding a subcommand.

mod args;
mod catalogs;
mod explain;
mod export;
mod list;
mod lookup;
mod serve;
mod text;

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use args::{Parser, Spec};

/// Every subcommand, in the order `errcat --help` lists them.
static COMMANDS: &[&Spec] = &[
    &explain::SPEC,
    &list::SPEC,
    &export::SPEC,
    &catalogs::SPEC,
    #[cfg(feature = "serve")]
    &serve::SPEC,
];

/// Why a command did not succeed.
#[derive(Debug)]
pub enum Failure {
    /// Bad arguments (exit status 2); `command` is the subcommand's `(name, usage)`.
    Usage {
        message: String,
        command: Option<(&'static str, &'static str)>,
    },
    /// Nothing matched (exit status 1); the message is complete, suggestions included.
    NotFound(String),
    /// Writing the output failed.
    Io(io::Error),
}

impl Failure {
    /// A usage error, of the subcommand `spec` when there is one.
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

fn main() -> ExitCode {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = collect_args().and_then(|args| run(args, &mut out));
    // Flush what was written even when the command failed (`explain` prints the codes it
    // found before reporting the ones it did not).
    let flushed = out.flush();
    let result = result.and_then(|()| flushed.map_err(Failure::Io));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => report(failure),
    }
}

/// The arguments after the program name, as UTF-8.
fn collect_args() -> Result<Vec<String>, Failure> {
    std::env::args_os()
        .skip(1)
        .map(|arg| {
            arg.into_string().map_err(|arg| {
                Failure::usage(
                    format!("argument `{}` is not valid UTF-8", arg.to_string_lossy()),
                    None,
                )
            })
        })
        .collect()
}

fn run(args: Vec<String>, out: &mut dyn Write) -> Result<(), Failure> {
    let mut args = args.into_iter();
    let Some(first) = args.next() else {
        return Err(Failure::usage("no command given", None));
    };
    match first.as_str() {
        "-h" | "--help" => write_main_help(out),
        "-V" | "--version" => {
            writeln!(out, "errcat {}", env!("CARGO_PKG_VERSION"))?;
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
                None => write_main_help(out),
                Some(name) => write_command_help(find_command(&name)?, out),
            }
        }
        name => {
            let spec = find_command(name)?;
            let rest: Vec<String> = args.collect();
            if args::wants_help(&rest) {
                return write_command_help(spec, out);
            }
            (spec.run)(&mut Parser::new(spec, rest), out)
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

/// `help` is handled by [`run`]; its spec only feeds suggestions and the command list.
static HELP_SPEC: Spec = Spec {
    name: "help",
    usage: "help [<command>]",
    summary: "Print this help, or the help of a command",
    help: "",
    run: |_, _| Ok(()),
};

fn write_main_help(out: &mut dyn Write) -> Result<(), Failure> {
    writeln!(
        out,
        "errcat {}: look up API error codes in the bundled vendor error catalogs",
        env!("CARGO_PKG_VERSION")
    )?;
    writeln!(out)?;
    writeln!(out, "Usage: errcat <command> [options] [arguments]")?;
    writeln!(out)?;
    writeln!(out, "Commands:")?;
    for spec in COMMANDS.iter().chain([&&HELP_SPEC]) {
        writeln!(out, "  {:<10}{}", spec.name, spec.summary)?;
    }
    writeln!(out)?;
    writeln!(out, "Options:")?;
    writeln!(
        out,
        "  -h, --help     Print help (`errcat <command> --help` for a command's)"
    )?;
    writeln!(out, "  -V, --version  Print the version")?;
    writeln!(out)?;
    writeln!(
        out,
        "Bundled catalogs (ids, as `list` and `export` take them):"
    )?;
    for info in error_catalog_vendors::CATALOGS {
        let line = format!("  {:<12}{}", info.id(), lookup::catalog_title(info));
        writeln!(out, "{}", text::truncate(&line, text::SCREEN_WIDTH))?;
    }
    writeln!(out)?;
    out.write_all(MAIN_EXAMPLES.as_bytes())?;
    #[cfg(feature = "serve")]
    out.write_all(SERVE_EXAMPLES.as_bytes())?;
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
";

#[cfg(feature = "serve")]
const SERVE_EXAMPLES: &str =
    "  errcat serve --port 8080              Then: curl -i localhost:8080/skms/40013
  errcat serve --always huawei_scm:SCM.0005
                                        A mock vendor that fails every request
";

const EXIT_STATUS: &str = "
Exit status: 0 on success, 1 when no entry matches, 2 on a usage error.
";

fn write_command_help(spec: &Spec, out: &mut dyn Write) -> Result<(), Failure> {
    writeln!(out, "errcat {}: {}", spec.name, spec.summary)?;
    writeln!(out)?;
    writeln!(out, "Usage: errcat {}", spec.usage)?;
    writeln!(out)?;
    out.write_all(spec.help.as_bytes())?;
    Ok(())
}

/// Prints `failure` on stderr and returns the exit status.
fn report(failure: Failure) -> ExitCode {
    let mut stderr = io::stderr().lock();
    // Nothing sensible is left to do when stderr itself is closed.
    let _ = match failure {
        Failure::Io(error) if error.kind() == io::ErrorKind::BrokenPipe => {
            // The reader went away (`errcat list | head`): not an error.
            return ExitCode::SUCCESS;
        }
        Failure::Io(error) => {
            let _ = writeln!(stderr, "errcat: cannot write the output: {error}");
            return ExitCode::FAILURE;
        }
        Failure::NotFound(message) => {
            let _ = write!(stderr, "{message}");
            return ExitCode::from(1);
        }
        Failure::Usage { message, command } => match command {
            Some((name, usage)) => writeln!(
                stderr,
                "errcat {name}: {message}\n\nUsage: errcat {usage}\nRun `errcat {name} --help` for details."
            ),
            None => writeln!(
                stderr,
                "errcat: {message}\n\nUsage: errcat <command> [options] [arguments]\n\
                 Commands: {}\nRun `errcat --help` for details.",
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
