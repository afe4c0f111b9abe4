//! Terminal text helpers: display width (CJK characters take two columns), truncation with
//! `…`, padding and word wrapping.

/// The width of the terminal output is laid out for.
pub const SCREEN_WIDTH: usize = 80;

/// The number of terminal columns `c` takes: 2 for East Asian wide and full-width characters,
/// 0 for combining marks, zero-width and control characters, 1 otherwise.
pub fn char_width(c: char) -> usize {
    let cp = u32::from(c);
    if cp < 0x20 || (0x7F..0xA0).contains(&cp) {
        return 0;
    }
    if cp < 0x300 {
        return 1;
    }
    const ZERO: &[(u32, u32)] = &[
        (0x0300, 0x036F), // combining diacritical marks
        (0x200B, 0x200F), // zero-width space, joiners, direction marks
        (0x2060, 0x2064), // word joiner, invisible operators
        (0xFE00, 0xFE0F), // variation selectors
        (0xFEFF, 0xFEFF), // byte order mark
    ];
    const WIDE: &[(u32, u32)] = &[
        (0x1100, 0x115F),   // Hangul Jamo initials
        (0x231A, 0x231B),   // watch, hourglass
        (0x2E80, 0x303E),   // CJK radicals, Kangxi, ideographic description, CJK punctuation
        (0x3041, 0x33FF),   // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compatibility
        (0x3400, 0x4DBF),   // CJK unified ideographs extension A
        (0x4E00, 0x9FFF),   // CJK unified ideographs
        (0xA000, 0xA4CF),   // Yi
        (0xA960, 0xA97F),   // Hangul Jamo extended A
        (0xAC00, 0xD7A3),   // Hangul syllables
        (0xF900, 0xFAFF),   // CJK compatibility ideographs
        (0xFE10, 0xFE19),   // vertical forms
        (0xFE30, 0xFE6F),   // CJK compatibility forms, small form variants
        (0xFF00, 0xFF60),   // full-width forms (，：（）)
        (0xFFE0, 0xFFE6),   // full-width signs
        (0x1F300, 0x1F64F), // pictographs, emoticons
        (0x1F900, 0x1F9FF), // supplemental symbols and pictographs
        (0x20000, 0x2FFFD), // CJK extensions B-F, compatibility supplement
        (0x30000, 0x3FFFD), // CJK extension G and later
    ];
    let within = |table: &[(u32, u32)]| table.iter().any(|&(lo, hi)| (lo..=hi).contains(&cp));
    if within(ZERO) {
        0
    } else if within(WIDE) {
        2
    } else {
        1
    }
}

/// The number of terminal columns `text` takes.
pub fn width(text: &str) -> usize {
    text.chars().map(char_width).sum()
}

/// `text` on one line: line breaks and tabs become spaces, runs of whitespace one space.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` cut to at most `max` columns, ending with `…` when something was cut.
pub fn truncate(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_owned();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = char_width(c);
        if used + w > max - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    // Do not leave a space before the ellipsis.
    while out.ends_with(' ') {
        out.pop();
    }
    out.push('…');
    out
}

/// `text` followed by spaces up to `columns` columns (nothing added when it is already wider).
pub fn pad(text: &str, columns: usize) -> String {
    let mut out = text.to_owned();
    let w = width(text);
    if w < columns {
        out.extend(std::iter::repeat_n(' ', columns - w));
    }
    out
}

/// `text` wrapped into lines of at most `max` columns. Line breaks in `text` are kept;
/// lines break at spaces (a non-breaking space does not break). A word wider than `max` is
/// split between characters when it holds wide (CJK) characters, which have no spaces
/// between words, and otherwise kept whole on its own line (URLs stay copyable).
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_width = 0;
        for word in paragraph.split([' ', '\t']).filter(|w| !w.is_empty()) {
            let word_width = width(word);
            let needed = if line.is_empty() {
                word_width
            } else {
                line_width + 1 + word_width
            };
            if needed <= max {
                if !line.is_empty() {
                    line.push(' ');
                    line_width += 1;
                }
                line.push_str(word);
                line_width += word_width;
                continue;
            }
            let splittable = word.chars().any(|c| char_width(c) == 2);
            if !splittable {
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                line.push_str(word);
                line_width = word_width;
                continue;
            }
            // Fill the current line character by character, then go on with new lines.
            if !line.is_empty() {
                if line_width + 2 <= max {
                    line.push(' ');
                    line_width += 1;
                } else {
                    lines.push(std::mem::take(&mut line));
                    line_width = 0;
                }
            }
            for c in word.chars() {
                let w = char_width(c);
                if line_width + w > max && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_width = 0;
                }
                line.push(c);
                line_width += w;
            }
        }
        lines.push(line);
    }
    lines
}

/// The Levenshtein distance between `a` and `b`, counted in characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        current[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths() {
        assert_eq!(width("SCM.0005"), 8);
        assert_eq!(width("请求参数错误"), 12);
        assert_eq!(width("证书未绑定域名，上传失败"), 24);
        assert_eq!(width("or\u{a0}bad"), 6);
        assert_eq!(width("e\u{301}"), 1);
    }

    #[test]
    fn truncation() {
        assert_eq!(truncate("hello world", 20), "hello world");
        assert_eq!(truncate("hello world", 8), "hello w…");
        assert_eq!(truncate("hello world", 7), "hello…");
        assert_eq!(truncate("请求参数错误", 7), "请求参…");
        assert_eq!(truncate("请求参数错误", 8), "请求参…");
        assert!(width(&truncate("请求参数错误", 8)) <= 8);
        assert_eq!(truncate("abc", 0), "");
    }

    #[test]
    fn padding() {
        assert_eq!(pad("请求", 6), "请求  ");
        assert_eq!(pad("toolong", 3), "toolong");
    }

    #[test]
    fn wrapping() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("a\nb", 10), ["a", "b"]);
        assert_eq!(wrap("请求参数错误", 6), ["请求参", "数错误"]);
        assert_eq!(
            wrap("see https://example.com/a/very/long/path", 10),
            ["see", "https://example.com/a/very/long/path"]
        );
        for line in wrap(
            "证书未绑定域名，上传失败 请传递已绑定域名的证书 and some English",
            9,
        ) {
            assert!(width(&line) <= 9, "{line}");
        }
    }

    #[test]
    fn distances() {
        assert_eq!(edit_distance("5065", "5065"), 0);
        assert_eq!(edit_distance("5063", "5065"), 1);
        assert_eq!(edit_distance("scm.0202", "scm.0201"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
