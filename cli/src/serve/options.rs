//! The command line of `errcat serve`, checked in full before anything is bound.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use error_catalog::CatalogInfo;
use error_catalog::Code;
use error_catalog::dialect::scms::Stage;
use error_catalog::dialect::{self, DynDialect, Scms};

use crate::Failure;
use crate::args::Parser;
use crate::lookup;

use super::app::Target;

/// The default port.
const DEFAULT_PORT: u16 = 8080;
/// The default `Retry-After` delay, in seconds.
const DEFAULT_RETRY_AFTER: u64 = 30;

/// What `errcat serve` was asked to do.
#[derive(Debug)]
pub struct Options {
    /// Where to listen.
    pub address: SocketAddr,
    /// Mock-vendor mode: the one entry every request gets.
    pub always: Option<Target>,
    /// `--field` values, for every response.
    pub fields: Vec<(String, String)>,
    /// `--dialect`: the dialect instead of each catalog's native one.
    pub dialect: Option<&'static dyn DynDialect>,
    /// The SCMS dialect: stage and the codes that close the connection.
    pub scms: Scms,
    /// The `Retry-After` delay in seconds.
    pub retry_after: u64,
    /// No request log.
    pub quiet: bool,
}

impl Options {
    /// Reads the options of `errcat serve`.
    pub fn parse(parser: &mut Parser<'_>) -> Result<Self, Failure> {
        let mut host = IpAddr::V4(Ipv4Addr::LOCALHOST);
        let mut port = DEFAULT_PORT;
        let mut always = None;
        let mut fields = Vec::new();
        let mut dialect = None;
        let mut stage = Stage::Prod;
        let mut close: Vec<Code> = Vec::new();
        let mut retry_after = DEFAULT_RETRY_AFTER;
        let mut quiet = false;
        while let Some(arg) = parser.next()? {
            if arg.is(Some('p'), "port") {
                let value = parser.value("--port")?;
                port = value.trim().parse().map_err(|_| {
                    parser.error(format!(
                        "`{value}` is not a port number (0 to 65535; 0 picks a free port)"
                    ))
                })?;
            } else if arg.is(None, "host") {
                let value = parser.value("--host")?;
                host = parse_host(&value).ok_or_else(|| {
                    parser.error(format!(
                        "`{value}` is not an IP address (such as 127.0.0.1 or ::1) \
                         nor `localhost`"
                    ))
                })?;
            } else if arg.is(None, "always") {
                let value = parser.value("--always")?;
                always = Some(parse_always(&value, parser)?);
            } else if arg.is(None, "field") {
                let value = parser.value("--field")?;
                match value.split_once('=') {
                    Some((name, field)) if !name.trim().is_empty() => {
                        fields.push((name.trim().to_owned(), field.to_owned()));
                    }
                    _ => {
                        return Err(parser.error(format!(
                            "`--field {value}`: expected <name>=<value>, such as \
                             `--field path=prod/db`"
                        )));
                    }
                }
            } else if arg.is(None, "dialect") {
                let value = parser.value("--dialect")?;
                dialect = Some(
                    dialect::find_in(value.trim(), &dialect::BUILTIN)
                        .map_err(|error| parser.error(error.to_string()))?,
                );
            } else if arg.is(None, "scms-stage") {
                let value = parser.value("--scms-stage")?;
                stage = match value.trim().to_ascii_lowercase().as_str() {
                    "qa" => Stage::Qa,
                    "prod" => Stage::Prod,
                    _ => {
                        return Err(parser.error(format!(
                            "unknown SCMS stage `{value}`; expected `qa` or `prod`"
                        )));
                    }
                };
            } else if arg.is(None, "scms-close") {
                let value = parser.value("--scms-close")?;
                close.extend(parse_scms_codes(&value, parser)?);
            } else if arg.is(None, "retry-after") {
                let value = parser.value("--retry-after")?;
                retry_after = value
                    .trim()
                    .parse()
                    .map_err(|_| parser.error(format!("`{value}` is not a number of seconds")))?;
            } else if arg.is(Some('q'), "quiet") {
                quiet = true;
            } else {
                return Err(parser.unexpected(arg));
            }
        }
        if let Some(target) = &always {
            check_fields(target, &fields, parser)?;
        }
        // Made once per run; the dialect keeps a `'static` list.
        let close: &'static [Code] = Box::leak(close.into_boxed_slice());
        Ok(Options {
            address: SocketAddr::new(host, port),
            always,
            fields,
            dialect,
            scms: Scms::new(stage).with_close_connection(close),
            retry_after,
            quiet,
        })
    }
}

/// An IP address, or `localhost`.
fn parse_host(text: &str) -> Option<IpAddr> {
    let text = text.trim();
    if text.eq_ignore_ascii_case("localhost") {
        return Some(IpAddr::V4(Ipv4Addr::LOCALHOST));
    }
    // `[::1]` as in a URL.
    let bare = text
        .strip_prefix('[')
        .and_then(|rest| rest.strip_suffix(']'))
        .unwrap_or(text);
    bare.parse().ok()
}

/// `<catalog>:<code>`: the catalog as `list` and `export` take it, the code as in a URL.
fn parse_always(value: &str, parser: &Parser<'_>) -> Result<Target, Failure> {
    let Some((catalog, code)) = value.split_once(':') else {
        return Err(parser.error(format!(
            "`--always {value}`: expected <catalog>:<code>, such as \
             `--always huawei_scm:SCM.0201`; the catalogs are: {}",
            lookup::catalog_ids(&parser.env().catalogs)
        )));
    };
    let info = lookup::resolve_catalog(catalog.trim(), parser)?;
    let code = code.trim();
    let Some(target) = Target::find(info, code) else {
        let (suggestions, _) = lookup::suggest(code, &[info], 5);
        let hint = if suggestions.is_empty() {
            String::new()
        } else {
            let texts: Vec<String> = suggestions
                .iter()
                .map(|s| format!("`{}`", s.text))
                .collect();
            format!("; did you mean {}?", texts.join(", "))
        };
        return Err(parser.error(format!(
            "no code, vendor name or key `{code}` in catalog {}{hint} \
             (`errcat list {}` shows its codes)",
            info.id(),
            info.id()
        )));
    };
    if let Err(log_only) = target.check_wire() {
        return Err(parser.error(format!(
            "`{value}`: {log_only}, so it cannot be served; choose a wire entry \
             (`errcat list {}`)",
            info.id()
        )));
    }
    Ok(target)
}

/// With `--always`, every `--field` must name a field of the entry.
fn check_fields(
    target: &Target,
    fields: &[(String, String)],
    parser: &Parser<'_>,
) -> Result<(), Failure> {
    let declared = target.entry().fields();
    for (name, _) in fields {
        if !declared.contains(&name.as_str()) {
            let has = if declared.is_empty() {
                "it has no fields".to_owned()
            } else {
                format!("its fields: {}", declared.join(", "))
            };
            return Err(parser.error(format!(
                "`--field {name}=...`: entry {} of catalog {} has no field `{name}`; {has}",
                lookup::entry_label(target.entry()),
                target.catalog().id()
            )));
        }
    }
    Ok(())
}

/// `5067,5068`: codes of the catalogs whose dialect is SCMS.
fn parse_scms_codes(value: &str, parser: &Parser<'_>) -> Result<Vec<Code>, Failure> {
    let scms: Vec<&'static CatalogInfo> = parser
        .env()
        .catalogs
        .iter()
        .copied()
        .filter(|info| info.dialect().name() == "scms")
        .collect();
    let mut codes = Vec::new();
    for text in value
        .split(',')
        .map(str::trim)
        .filter(|text| !text.is_empty())
    {
        let code = scms
            .iter()
            .find_map(|info| {
                let index = info.find_code(text)?;
                info.entries().get(index)?.code()
            })
            .ok_or_else(|| {
                let ids: Vec<&str> = scms.iter().map(|info| info.id()).collect();
                parser.error(format!(
                    "`--scms-close`: `{text}` is not an SCMS code (`errcat list {}`)",
                    ids.first().copied().unwrap_or("")
                ))
            })?;
        codes.push(code);
    }
    if codes.is_empty() {
        return Err(parser.error("`--scms-close` needs SCMS codes, such as `5067,5068`"));
    }
    Ok(codes)
}

#[cfg(test)]
mod tests {
    use super::parse_host;

    #[test]
    fn hosts() {
        assert_eq!(parse_host("localhost"), Some([127, 0, 0, 1].into()));
        assert_eq!(parse_host("127.0.0.1"), Some([127, 0, 0, 1].into()));
        assert_eq!(
            parse_host("[::1]"),
            Some(std::net::Ipv6Addr::LOCALHOST.into())
        );
        assert_eq!(parse_host("example.com"), None);
    }
}
