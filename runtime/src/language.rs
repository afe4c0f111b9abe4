//! Choosing the language of a message: RFC 4647 "lookup" of a client's `Accept-Language`
//! over the languages an entry is written in (the catalog's locale and the entry's
//! translations).

use std::borrow::Cow;

use crate::dialect::Context;
use crate::{Entry, WireError};

/// A client's language preferences, from an `Accept-Language` header (RFC 9110 §12.5.4):
/// language ranges ordered by quality, highest first; ranges with `q=0` and malformed ones
/// are dropped.
///
/// ```
/// use error_catalog::language::Preferences;
///
/// let preferences = Preferences::parse("zh-CN;q=0.5, en-US, *;q=0.1");
/// assert_eq!(preferences.ranges().collect::<Vec<_>>(), ["en-US", "zh-CN", "*"]);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preferences<'a> {
    /// `(range, quality in thousandths)`, sorted by quality, stable for ties.
    ranges: Vec<(&'a str, u16)>,
}

impl<'a> Preferences<'a> {
    /// Reads an `Accept-Language` value. Never fails: what cannot be read is left out.
    #[must_use]
    pub fn parse(header: &'a str) -> Self {
        let mut ranges: Vec<(&'a str, u16)> = header
            .split(',')
            .filter_map(|item| {
                let mut parts = item.split(';');
                let range = parts.next()?.trim();
                if range.is_empty() || !is_range(range) {
                    return None;
                }
                let quality = parts
                    .filter_map(|param| param.split_once('='))
                    .find(|(name, _)| name.trim().eq_ignore_ascii_case("q"))
                    .map_or(Some(1000), |(_, value)| {
                        crate::dialect::quality(value.trim())
                    })?;
                (quality > 0).then_some((range, quality))
            })
            .collect();
        ranges.sort_by_key(|&(_, quality)| core::cmp::Reverse(quality));
        Preferences { ranges }
    }

    /// The language ranges, most preferred first.
    pub fn ranges(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.ranges.iter().map(|(range, _)| *range)
    }

    /// Whether the client stated no preference.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }

    /// RFC 4647 §3.4 lookup: for each range in order, the first of `available` equal to the
    /// range, or to the range with subtags cut from the end (`zh-Hant-CN`, `zh-Hant`, `zh`),
    /// ignoring case; `*` matches nothing (the caller's default applies). `None` when no
    /// range matches.
    pub fn lookup<'t>(&self, available: &[&'t str]) -> Option<&'t str> {
        for range in self.ranges() {
            if range == "*" {
                continue;
            }
            let mut candidate = range;
            loop {
                if let Some(found) = available
                    .iter()
                    .find(|tag| tag.eq_ignore_ascii_case(candidate))
                {
                    return Some(found);
                }
                let Some(cut) = candidate.rfind('-') else {
                    break;
                };
                candidate = &candidate[..cut];
                // A single-letter subtag (`x`, `i`) is not left alone at the end.
                if candidate.len() >= 2 && candidate.as_bytes()[candidate.len() - 2] == b'-' {
                    candidate = &candidate[..candidate.len() - 2];
                }
            }
        }
        None
    }
}

fn is_range(range: &str) -> bool {
    range == "*"
        || range.split('-').all(|part| {
            !part.is_empty() && part.len() <= 8 && part.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// The language tags an entry's message is written in: the catalog's locale first, then the
/// translations' tags.
#[must_use]
pub fn languages_of(entry: &Entry, catalog_locale: &'static str) -> Vec<&'static str> {
    core::iter::once(catalog_locale)
        .chain(entry.translations().iter().map(|(tag, _)| *tag))
        .collect()
}

/// The language to answer `preferences` in for `entry`: the best match, else the catalog's
/// locale.
#[must_use]
pub fn choose(
    entry: &Entry,
    catalog_locale: &'static str,
    preferences: &Preferences<'_>,
) -> &'static str {
    preferences
        .lookup(&languages_of(entry, catalog_locale))
        .unwrap_or(catalog_locale)
}

/// `error`'s message in language `lang`: the rendered translation (typed fields filled in
/// from the error) when the entry has one in `lang`, else the message in the catalog's
/// locale (`Display`).
#[must_use]
pub fn message_in<E: WireError + ?Sized>(error: &E, lang: &str) -> Cow<'static, str> {
    let entry = error.entry();
    let locale = error.catalog().locale();
    if lang.eq_ignore_ascii_case(locale) {
        return render_native(error);
    }
    let Some(template) = entry.message_template_in(lang, locale) else {
        return render_native(error);
    };
    let mut values: Vec<(&'static str, String)> = Vec::new();
    error.for_each_field(&mut |name, value| values.push((name, value.to_string())));
    let mut out = String::new();
    // Writing to a `String` cannot fail.
    let _ = crate::occurrence::render_template(template, &mut out, |name| {
        values
            .iter()
            .find(|(field, _)| *field == name)
            .map_or("", |(_, value)| value.as_str())
    });
    Cow::Owned(out)
}

/// The language `error`'s message goes out in for the request `cx` describes: `None` when
/// the request states no `Accept-Language` (the catalog's own message, no `Content-Language`).
#[inline]
#[must_use]
pub fn negotiated<E: WireError + ?Sized>(error: &E, cx: &Context<'_>) -> Option<&'static str> {
    let header = cx.accept_language()?;
    Some(negotiate(error.entry(), error.catalog().locale(), header))
}

/// [`negotiated`] once the request states an `Accept-Language`, out of the render path.
#[inline(never)]
fn negotiate(entry: &Entry, locale: &'static str, header: &str) -> &'static str {
    choose(entry, locale, &Preferences::parse(header))
}

/// `error`'s message for the request `cx` describes: in the negotiated language, else the
/// catalog's own (what `Display` writes).
#[must_use]
pub fn message_for<E: WireError + ?Sized>(error: &E, cx: &Context<'_>) -> Cow<'static, str> {
    match negotiated(error, cx) {
        Some(lang) => message_in(error, lang),
        None => render_native(error),
    }
}

fn render_native<E: WireError + ?Sized>(error: &E) -> Cow<'static, str> {
    let entry = error.entry();
    if entry.is_message_static() {
        Cow::Borrowed(entry.message_template())
    } else {
        Cow::Owned(error.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::Preferences;

    #[test]
    fn lookup_follows_rfc_4647() {
        let available = ["zh-CN", "en"];
        let pick = |header: &str| Preferences::parse(header).lookup(&available);
        assert_eq!(pick("en"), Some("en"));
        assert_eq!(pick("en-US"), Some("en"), "subtags are cut from the end");
        assert_eq!(
            pick("EN-gb;q=0.8, zh-cn"),
            Some("zh-CN"),
            "quality first, case ignored"
        );
        assert_eq!(
            pick("zh-Hans-CN"),
            None,
            "`zh-Hans` and `zh` are not `zh-CN`"
        );
        assert_eq!(pick("fr, *"), None, "`*` leaves it to the default");
        assert_eq!(
            pick("en;q=0, zh-CN;q=0.1"),
            Some("zh-CN"),
            "q=0 means not acceptable"
        );
        assert_eq!(pick("de-x-private, en"), Some("en"));
        assert_eq!(pick(""), None);
        assert_eq!(
            pick("en;q=2, zh-CN;q=abc"),
            None,
            "malformed qualities drop the range"
        );
        assert_eq!(
            Preferences::parse("zh-CN-x-a").lookup(&["zh-CN"]),
            Some("zh-CN")
        );
    }
}
