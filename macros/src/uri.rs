//! `help_url` templates: URI references (RFC 3986) with a `{code}` placeholder, checked at
//! compile time, and expanded with the code percent-encoded.

use crate::symbol::HELP_URL_CODE;

/// Checks `template`: only the `{code}` placeholder, and with it filled in, a URI reference.
pub fn check_template(template: &str) -> Result<(), String> {
    if template.replace(HELP_URL_CODE, "").contains(['{', '}']) {
        return Err(format!(
            "`help_url` may only use the `{HELP_URL_CODE}` placeholder; write other braces as `%7B` and `%7D`"
        ));
    }
    // A digit stands for the code: valid wherever a code may go once percent-encoded.
    check_uri_reference(&template.replace(HELP_URL_CODE, "0"))
}

/// `template` with every `{code}` replaced by `code`, percent-encoded.
pub fn expand(template: &str, code: &str) -> String {
    template.replace(HELP_URL_CODE, &percent_encode(code))
}

/// Percent-encodes every byte of `text` but the unreserved characters (`A-Z a-z 0-9 - . _ ~`),
/// so a code is one path segment or query value whatever it contains.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn is_unreserved(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | '~')
}

fn is_sub_delim(c: char) -> bool {
    matches!(
        c,
        '!' | '$' | '&' | '\'' | '(' | ')' | '*' | '+' | ',' | ';' | '='
    )
}

/// Whether `uri` is a URI reference: a URI (`scheme:...`) or a relative reference.
pub fn check_uri_reference(uri: &str) -> Result<(), String> {
    // Characters and percent-encodings first, for every component.
    for (at, c) in uri.char_indices() {
        if c == '%' {
            let hex: String = uri[at + 1..].chars().take(2).collect();
            if hex.len() != 2 || !hex.chars().all(|h| h.is_ascii_hexdigit()) {
                return Err(
                    "`help_url` has a `%` not followed by two hex digits; write `%25` for a literal `%`, or a percent-encoding such as `%20`"
                        .to_owned(),
                );
            }
            continue;
        }
        if is_unreserved(c)
            || is_sub_delim(c)
            || matches!(c, ':' | '/' | '?' | '#' | '[' | ']' | '@')
        {
            continue;
        }
        let what = if c == ' ' {
            "a space".to_owned()
        } else if c.is_control() {
            format!("the control character `{}`", c.escape_debug())
        } else if c.is_ascii() {
            format!("`{c}`")
        } else {
            format!("the non-ASCII character `{c}`")
        };
        let encoded = percent_encode(c.encode_utf8(&mut [0; 4]));
        return Err(format!(
            "`help_url` contains {what}, which a URI cannot; percent-encode it as `{encoded}`"
        ));
    }

    // Then the structure: `scheme:` (or a relative reference), `//authority`, path, `?query`, `#fragment`.
    let (before_fragment, fragment) = match uri.split_once('#') {
        Some((before, fragment)) => (before, Some(fragment)),
        None => (uri, None),
    };
    if fragment.is_some_and(|fragment| fragment.contains('#')) {
        return Err(
            "`help_url` has a second `#`; a URI has one fragment, so write `%23` for the others"
                .to_owned(),
        );
    }
    let (before_query, query) = match before_fragment.split_once('?') {
        Some((before, query)) => (before, Some(query)),
        None => (before_fragment, None),
    };
    let first_delimiter = before_query.find('/').unwrap_or(before_query.len());
    let rest = match before_query[..first_delimiter].split_once(':') {
        Some((scheme, _)) => {
            let mut letters = scheme.chars();
            let valid = letters.next().is_some_and(|c| c.is_ascii_alphabetic())
                && letters.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
            if !valid {
                return Err(format!(
                    "`help_url` starts with `{scheme}:`, which is not a URI scheme (a letter, then letters, digits, `+`, `-`, `.`); a relative URL cannot have `:` before its first `/`, so write `./{scheme}:` or `%3A`"
                ));
            }
            &before_query[scheme.len() + 1..]
        }
        None => before_query,
    };
    let path = match rest.strip_prefix("//") {
        Some(after) => {
            let end = after.find('/').unwrap_or(after.len());
            check_authority(&after[..end])?;
            &after[end..]
        }
        None => rest,
    };
    let bracketed = |part: &str| part.contains(['[', ']']);
    if bracketed(path) || query.is_some_and(bracketed) || fragment.is_some_and(bracketed) {
        return Err(
            "`help_url` has `[` or `]` outside the host; percent-encode them as `%5B` and `%5D`"
                .to_owned(),
        );
    }
    Ok(())
}

/// `userinfo@host:port`, where only an IP literal host may use `[` and `]`.
fn check_authority(authority: &str) -> Result<(), String> {
    let host_port = authority
        .rsplit_once('@')
        .map_or(authority, |(_, host)| host);
    if authority
        .rsplit_once('@')
        .is_some_and(|(userinfo, _)| userinfo.contains(['[', ']', '@']))
    {
        return Err(
            "`help_url` has `[`, `]` or a second `@` in its user info; percent-encode them"
                .to_owned(),
        );
    }
    let (host, port) = if let Some(literal) = host_port.strip_prefix('[') {
        let Some(close) = literal.find(']') else {
            return Err("`help_url` has an unclosed `[` in its host".to_owned());
        };
        let after = &literal[close + 1..];
        match after.strip_prefix(':') {
            Some(port) => (&host_port[..close + 2], Some(port)),
            None if after.is_empty() => (host_port, None),
            None => {
                return Err(
                    "`help_url` has text after the `]` of its host; only `:port` may follow"
                        .to_owned(),
                );
            }
        }
    } else {
        match host_port.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (host_port, None),
        }
    };
    if !host.starts_with('[') && host.contains(['[', ']']) {
        return Err(
            "`help_url` has `[` or `]` in its host; only an IP literal such as `[::1]` uses them"
                .to_owned(),
        );
    }
    if let Some(port) = port
        && !port.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(format!(
            "`help_url` has port `{port}`; a port is digits only"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{check_template, expand, percent_encode};

    #[test]
    fn valid_templates() {
        for template in [
            "https://docs.example/errors/{code}",
            "https://docs.example/errors?code={code}#top",
            "https://user:pw@docs.example:8443/a%20b/{code}",
            "http://[::1]:8080/{code}",
            "/errors/{code}",
            "errors/{code}.html",
            "./a:b",
            "mailto:support@example.com?subject=Error%20{code}",
            "urn:example:{code}",
            "",
        ] {
            assert_eq!(check_template(template), Ok(()), "{template}");
        }
    }

    #[test]
    fn invalid_templates_say_why() {
        for (template, wanted) in [
            (
                "https://docs.example/{id}",
                "only use the `{code}` placeholder",
            ),
            ("https://docs.example/a b", "a space"),
            ("https://docs.example/\u{7}", "control character"),
            (
                "https://docs.example/fehlerübersicht",
                "non-ASCII character `ü`",
            ),
            ("https://docs.example/%zz", "two hex digits"),
            ("https://docs.example/100%", "two hex digits"),
            ("1http://docs.example", "not a URI scheme"),
            ("a:b", "ok-scheme"),
            ("https://docs.example/#a#b", "second `#`"),
            ("https://docs.example:80a/", "port `80a`"),
            ("https://docs.example/[x]", "outside the host"),
            ("https://do[cs.example/", "in its host"),
            ("https://docs.example/\"q\"", "`\"`"),
            ("https://docs.example/a\\b", "`\\`"),
        ] {
            match check_template(template) {
                Ok(()) => assert_eq!(wanted, "ok-scheme", "{template} was accepted"),
                Err(error) => assert!(error.contains(wanted), "{template}: {error}"),
            }
        }
    }

    #[test]
    fn codes_are_percent_encoded() {
        assert_eq!(expand("https://d/{code}", "SCM.0005"), "https://d/SCM.0005");
        assert_eq!(expand("https://d/{code}", "-5"), "https://d/-5");
        assert_eq!(expand("https://d/{code}", "a b/c"), "https://d/a%20b%2Fc");
        assert_eq!(
            expand("https://d/?c={code}", "x&y=é"),
            "https://d/?c=x%26y%3D%C3%A9"
        );
        assert_eq!(percent_encode("~._-"), "~._-");
    }
}
