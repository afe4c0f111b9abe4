//! Content negotiation: which of a dialect's media types a request's `Accept` prefers.

/// The position in `offered` of the media type `accept` (a request's `Accept` value) ranks
/// highest, each type getting the quality of the most specific media range that matches it
/// (RFC 9110 §12.5.1); the first offered type on a tie, when `accept` is `None`, or when it
/// accepts none of them. Malformed ranges are skipped.
///
/// ```
/// use error_catalog::dialect::negotiate;
///
/// let offered = ["application/json", "application/xml", "text/xml"];
/// assert_eq!(negotiate(None, &offered), 0);
/// assert_eq!(negotiate(Some("application/xml"), &offered), 1);
/// assert_eq!(negotiate(Some("application/json;q=0.5, text/*"), &offered), 2);
/// assert_eq!(negotiate(Some("*/*"), &offered), 0);
/// assert_eq!(negotiate(Some("text/html"), &offered), 0);
/// ```
#[must_use]
pub fn negotiate(accept: Option<&str>, offered: &[&str]) -> usize {
    let Some(accept) = accept else { return 0 };
    // (specificity, quality in thousandths) of the best match so far, per offered type.
    let mut best = [(0u8, 0u16); 8];
    let count = offered.len().min(best.len());
    for range in accept.split(',') {
        let mut parts = range.split(';');
        let media = parts.next().unwrap_or("").trim();
        let quality = parts
            .filter_map(|param| param.split_once('='))
            .find(|(name, _)| name.trim().eq_ignore_ascii_case("q"))
            .map_or(Some(1000), |(_, value)| quality(value.trim()));
        let Some(quality) = quality else { continue };
        let (kind, subtype) = media.split_once('/').unwrap_or((media, ""));
        let (kind, subtype) = (kind.trim(), subtype.trim());
        for (media_type, slot) in offered.iter().zip(&mut best[..count]) {
            if let Some(specificity) = match_range(kind, subtype, media_type)
                && specificity > slot.0
            {
                *slot = (specificity, quality);
            }
        }
    }
    let mut chosen = 0;
    for (i, slot) in best[..count].iter().enumerate() {
        if slot.1 > best[chosen].1 {
            chosen = i;
        }
    }
    chosen
}

/// How specifically `kind/subtype` matches `media_type`: 3 exactly, 2 by `type/*`, 1 by `*/*`.
fn match_range(kind: &str, subtype: &str, media_type: &str) -> Option<u8> {
    let (t, s) = media_type.split_once('/').unwrap_or((media_type, ""));
    if kind == "*" && subtype == "*" {
        Some(1)
    } else if kind.eq_ignore_ascii_case(t) && subtype == "*" {
        Some(2)
    } else if kind.eq_ignore_ascii_case(t) && subtype.eq_ignore_ascii_case(s) {
        Some(3)
    } else {
        None
    }
}

/// A `q` value in thousandths (`0.5` is 500); `None` when it is malformed. RFC 9110's
/// qvalue, shared by `Accept` here and `Accept-Language` in `crate::language`.
pub(crate) fn quality(text: &str) -> Option<u16> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if whole.len() != 1 || fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole = match whole {
        "0" => 0,
        "1" => 1000,
        _ => return None,
    };
    let mut thousandths = 0u16;
    for (i, digit) in fraction.bytes().enumerate() {
        let scale = [100, 10, 1][i];
        thousandths += u16::from(digit - b'0') * scale;
    }
    Some((whole + thousandths).min(1000))
}

#[cfg(test)]
mod tests {
    use super::negotiate;

    fn prefers_xml(accept: &str) -> bool {
        negotiate(
            Some(accept),
            &["application/json", "application/xml", "text/xml"],
        ) != 0
    }

    #[test]
    fn negotiates_json_or_xml() {
        assert!(!prefers_xml("application/json"));
        assert!(prefers_xml("application/xml"));
        assert!(prefers_xml("text/xml"));
        assert!(!prefers_xml("*/*"));
        assert!(!prefers_xml("application/json, application/xml"));
        assert!(prefers_xml("application/json;q=0.5, application/xml"));
        assert!(prefers_xml("application/xml, */*;q=0.1"));
        assert!(!prefers_xml("application/xml;q=0, */*"));
        assert!(!prefers_xml("text/html"));
        assert!(!prefers_xml("application/xml;q=abc"));
        assert!(prefers_xml("APPLICATION/XML;Q=0.9"));
    }
}
