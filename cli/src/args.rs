//! Command-line parsing: a small hand-written parser in the style of `lexopt`, and the
//! description each subcommand gives of itself ([`Spec`]).
//!
//! Accepted syntax: `--long`, `--long value`, `--long=value`, `-s`, `-s value`, `-svalue`,
//! and `--` to end the options (everything after it is positional).

use std::io::Write;

use error_catalog::CatalogInfo;

use crate::{Env, Failure};

/// What a subcommand says about itself; the list of them in `lib.rs` is the only place a
/// subcommand is registered.
pub struct Spec {
    /// The word that selects the subcommand (`explain`).
    pub name: &'static str,
    /// The usage line after `errcat ` (`explain [options] <code-or-name>...`).
    pub usage: &'static str,
    /// One line for the command list of `errcat --help`.
    pub summary: &'static str,
    /// The rest of `errcat <name> --help`: description and options.
    pub help: &'static str,
    /// The examples closing the help of the bundled `errcat` (they name vendor codes).
    pub examples: &'static str,
    /// The examples of a service's own program: `{bin}`, `{catalog}` and `{code}` stand for
    /// its name, its first catalog's id and that catalog's first code.
    pub user_examples: &'static str,
    /// Parses the subcommand's arguments and runs it, writing to `out`.
    pub run: fn(&mut Parser<'_>, &mut dyn Write) -> Result<(), Failure>,
}

/// One command-line item.
#[derive(Debug, PartialEq, Eq)]
pub enum Arg {
    /// `-s`.
    Short(char),
    /// `--long` (without the dashes).
    Long(String),
    /// A positional argument.
    Value(String),
}

impl Arg {
    /// Whether this is the option `-short` (when given) or `--long`.
    pub fn is(&self, short: Option<char>, long: &str) -> bool {
        match self {
            Arg::Short(c) => Some(*c) == short,
            Arg::Long(name) => name == long,
            Arg::Value(_) => false,
        }
    }
}

/// Walks the arguments of one subcommand.
pub struct Parser<'e> {
    spec: &'static Spec,
    env: &'e Env,
    args: std::vec::IntoIter<String>,
    /// The value attached to the last option (`--format=json`, `-fjson`), with the option's
    /// text as typed for error messages.
    attached: Option<(String, String)>,
    positional_only: bool,
}

impl<'e> Parser<'e> {
    /// A parser of `args`, the arguments after the subcommand's name.
    pub fn new(spec: &'static Spec, env: &'e Env, args: Vec<String>) -> Self {
        Parser {
            spec,
            env,
            args: args.into_iter(),
            attached: None,
            positional_only: false,
        }
    }

    /// The catalogs and the program's name.
    pub fn env(&self) -> &'e Env {
        self.env
    }

    /// The next option or positional argument, `None` at the end.
    pub fn next(&mut self) -> Result<Option<Arg>, Failure> {
        if let Some((option, value)) = self.attached.take() {
            return Err(self.error(format!("option `{option}` takes no value (got `{value}`)")));
        }
        let Some(arg) = self.args.next() else {
            return Ok(None);
        };
        if self.positional_only {
            return Ok(Some(Arg::Value(arg)));
        }
        if arg == "--" {
            self.positional_only = true;
            return self.next();
        }
        if let Some(long) = arg.strip_prefix("--") {
            if let Some((name, value)) = long.split_once('=') {
                self.attached = Some((format!("--{name}"), value.to_owned()));
                return Ok(Some(Arg::Long(name.to_owned())));
            }
            return Ok(Some(Arg::Long(long.to_owned())));
        }
        if let Some(short) = arg.strip_prefix('-') {
            let mut chars = short.chars();
            if let Some(c) = chars.next() {
                let rest = chars.as_str();
                if !rest.is_empty() {
                    self.attached = Some((format!("-{c}"), rest.to_owned()));
                }
                return Ok(Some(Arg::Short(c)));
            }
        }
        Ok(Some(Arg::Value(arg)))
    }

    /// The value of the option just returned by [`next`](Self::next): the attached one or the
    /// next argument.
    pub fn value(&mut self, option: &str) -> Result<String, Failure> {
        if let Some((_, value)) = self.attached.take() {
            return Ok(value);
        }
        self.args
            .next()
            .ok_or_else(|| self.error(format!("option `{option}` needs a value")))
    }

    /// A usage error of this subcommand.
    pub fn error(&self, message: impl Into<String>) -> Failure {
        Failure::usage(message, Some(self.spec))
    }

    /// The usage error for an argument the subcommand does not take.
    /// Takes `arg` as the command's one optional catalog argument (`list skms`): names the
    /// catalog in `chosen`, or fails on a second positional argument or an unknown option.
    pub fn catalog_arg(
        &self,
        arg: Arg,
        chosen: &mut Option<&'static CatalogInfo>,
    ) -> Result<(), Failure> {
        match arg {
            Arg::Value(name) if chosen.is_none() => {
                *chosen = Some(crate::lookup::resolve_catalog(&name, self)?);
                Ok(())
            }
            Arg::Value(name) => Err(self.error(format!(
                "unexpected argument `{name}`: {} takes one catalog at most",
                self.spec.name
            ))),
            other => Err(self.unexpected(other)),
        }
    }

    /// The catalog chosen with [`catalog_arg`](Self::catalog_arg), or every catalog.
    pub fn catalogs(&self, chosen: Option<&'static CatalogInfo>) -> Vec<&'static CatalogInfo> {
        match chosen {
            Some(info) => vec![info],
            None => self.env.catalogs.clone(),
        }
    }

    pub fn unexpected(&self, arg: Arg) -> Failure {
        match arg {
            Arg::Short(c) => self.error(format!("unknown option `-{c}`")),
            Arg::Long(name) => self.error(format!("unknown option `--{name}`")),
            Arg::Value(value) => self.error(format!("unexpected argument `{value}`")),
        }
    }
}

/// Whether `args` ask for help (`-h` or `--help` before any `--`).
pub fn wants_help(args: &[String]) -> bool {
    args.iter()
        .take_while(|arg| *arg != "--")
        .any(|arg| arg == "-h" || arg == "--help")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_run(_: &mut Parser<'_>, _: &mut dyn Write) -> Result<(), Failure> {
        Ok(())
    }

    static SPEC: Spec = Spec {
        name: "test",
        usage: "test",
        summary: "",
        help: "",
        examples: "",
        user_examples: "",
        run: no_run,
    };

    fn env() -> Env {
        Env::new(&crate::Cli::new(&[]))
    }

    fn parse(args: &[&str]) -> Vec<Arg> {
        let env = env();
        let mut parser = Parser::new(&SPEC, &env, args.iter().map(|s| s.to_string()).collect());
        let mut out = Vec::new();
        while let Some(arg) = parser.next().unwrap() {
            if arg == Arg::Long("format".into()) || arg == Arg::Short('f') {
                out.push(arg);
                out.push(Arg::Value(parser.value("--format").unwrap()));
            } else {
                out.push(arg);
            }
        }
        out
    }

    #[test]
    fn forms() {
        use Arg::*;
        assert_eq!(
            parse(&["--format=json", "x", "-f", "md", "-fjson", "--", "--format"]),
            [
                Long("format".into()),
                Value("json".into()),
                Value("x".into()),
                Short('f'),
                Value("md".into()),
                Short('f'),
                Value("json".into()),
                Value("--format".into()),
            ]
        );
        assert_eq!(parse(&["-"]), [Value("-".into())]);
    }

    #[test]
    fn errors() {
        let env = env();
        let mut parser = Parser::new(&SPEC, &env, vec!["--wide=yes".into()]);
        assert_eq!(parser.next().unwrap(), Some(Arg::Long("wide".into())));
        assert!(parser.next().is_err());
        let mut parser = Parser::new(&SPEC, &env, vec!["--format".into()]);
        parser.next().unwrap();
        assert!(parser.value("--format").is_err());
    }

    #[test]
    fn help() {
        assert!(wants_help(&["x".into(), "--help".into()]));
        assert!(!wants_help(&["--".into(), "-h".into()]));
    }
}
