//! The code `format` language of `#[catalog(format = "...")]`: a pattern every code matches.
//!
//! | syntax | matches |
//! | --- | --- |
//! | `#` | one ASCII digit |
//! | `*` | one or more of `a-z`, `0-9`, `_` |
//! | `[A-Z0-9_]` | one character of the class: ASCII characters and ranges; `-` first or last is itself |
//! | `+` after `#`, a class or a character | one or more of it |
//! | `?` after `#`, a class or a character | zero or one of it |
//! | `\c` | the character `c` itself (`\#`, `\*`, `\[`, `\+`, `\?`, `\\`) |
//! | anything else | itself |
//!
//! There is no grouping and no alternation, so a pattern is a sequence of atoms, and matching
//! is one pass over the code with a set of positions in the pattern: linear in the code's
//! length times the pattern's, with no backtracking.

/// A compiled pattern.
#[derive(Debug)]
pub struct Pattern {
    atoms: Vec<Atom>,
}

#[derive(Debug)]
struct Atom {
    class: Class,
    repeat: Repeat,
}

#[derive(Debug)]
enum Class {
    Digit,
    Word,
    /// ASCII characters, indexed by byte.
    Set(Box<[bool; 128]>),
    Char(char),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Repeat {
    One,
    OneOrMore,
    Optional,
}

impl Class {
    fn matches(&self, c: char) -> bool {
        match self {
            Class::Digit => c.is_ascii_digit(),
            Class::Word => c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_',
            Class::Set(set) => c.is_ascii() && set.get(c as usize).copied().unwrap_or(false),
            Class::Char(expected) => c == *expected,
        }
    }
}

/// What the format syntax is, for messages.
pub const LEGEND: &str = "`#` is a digit, `*` one or more of `a-z`, `0-9`, `_`, `[A-Z0-9_]` one character of a class, `+` after an item one or more of it, `?` zero or one, `\\` makes the next character literal";

impl Pattern {
    /// Compiles `pattern`, or says what is wrong with it.
    pub fn parse(pattern: &str) -> Result<Pattern, String> {
        if pattern.is_empty() {
            return Err(format!("empty code `format`; {LEGEND}"));
        }
        let mut atoms: Vec<Atom> = Vec::new();
        let mut chars = pattern.chars().peekable();
        // Whether the last atom may take a `+` or `?`.
        let mut repeatable = false;
        while let Some(c) = chars.next() {
            let class = match c {
                '+' | '?' => {
                    let repeat = if c == '+' {
                        Repeat::OneOrMore
                    } else {
                        Repeat::Optional
                    };
                    if repeatable && let Some(atom) = atoms.last_mut() {
                        atom.repeat = repeat;
                        repeatable = false;
                        continue;
                    }
                    if matches!(
                        atoms.last(),
                        Some(Atom {
                            class: Class::Word,
                            ..
                        })
                    ) {
                        return Err(format!(
                            "`{c}` after `*` in format `{pattern}`: `*` is already one or more of `a-z`, `0-9`, `_`; write `\\{c}` for a literal `{c}`"
                        ));
                    }
                    return Err(format!(
                        "`{c}` in format `{pattern}` repeats nothing; put it after `#`, a `[...]` class or a character, or write `\\{c}` for a literal `{c}`"
                    ));
                }
                '#' => Class::Digit,
                '*' => {
                    atoms.push(Atom {
                        class: Class::Word,
                        repeat: Repeat::OneOrMore,
                    });
                    repeatable = false;
                    continue;
                }
                '\\' => match chars.next() {
                    Some(escaped) => Class::Char(escaped),
                    None => {
                        return Err(format!(
                            "format `{pattern}` ends with `\\`, which escapes nothing; write `\\\\` for a literal backslash"
                        ));
                    }
                },
                '[' => Class::Set(parse_class(pattern, &mut chars)?),
                ']' => {
                    return Err(format!(
                        "unmatched `]` in format `{pattern}`; write `\\]` for a literal `]`"
                    ));
                }
                other => Class::Char(other),
            };
            atoms.push(Atom {
                class,
                repeat: Repeat::One,
            });
            repeatable = true;
        }
        Ok(Pattern { atoms })
    }

    /// Whether `text` matches the whole pattern.
    pub fn matches(&self, text: &str) -> bool {
        let atoms = &self.atoms;
        // Most formats (`SCM.####`) have no `+` or `?`: one character per atom, in order.
        if atoms.iter().all(|atom| atom.repeat == Repeat::One) {
            let mut chars = text.chars();
            return atoms
                .iter()
                .all(|atom| chars.next().is_some_and(|c| atom.class.matches(c)))
                && chars.next().is_none();
        }
        let n = atoms.len();
        // `states[s]`: the first `s` atoms can match the text read so far.
        let mut states = vec![false; n + 1];
        states[0] = true;
        skip_optional(atoms, &mut states);
        let mut next = vec![false; n + 1];
        for c in text.chars() {
            next.iter_mut().for_each(|state| *state = false);
            for (s, _) in states.iter().enumerate().filter(|(_, on)| **on) {
                if let Some(atom) = atoms.get(s)
                    && atom.class.matches(c)
                {
                    next[s + 1] = true;
                }
                if let Some(previous) = s.checked_sub(1).and_then(|p| atoms.get(p))
                    && previous.repeat == Repeat::OneOrMore
                    && previous.class.matches(c)
                {
                    next[s] = true;
                }
            }
            skip_optional(atoms, &mut next);
            if !next.iter().any(|on| *on) {
                return false;
            }
            std::mem::swap(&mut states, &mut next);
        }
        states[n]
    }
}

/// Lets every optional atom be skipped: a state before one also reaches the state after it.
fn skip_optional(atoms: &[Atom], states: &mut [bool]) {
    for (s, atom) in atoms.iter().enumerate() {
        if states[s] && atom.repeat == Repeat::Optional {
            states[s + 1] = true;
        }
    }
}

/// The class after `[`, through its `]`.
fn parse_class(
    pattern: &str,
    chars: &mut std::iter::Peekable<std::str::Chars<'_>>,
) -> Result<Box<[bool; 128]>, String> {
    let mut set = Box::new([false; 128]);
    let mut members: Vec<char> = Vec::new();
    let mut closed = false;
    while let Some(c) = chars.next() {
        let c = match c {
            ']' => {
                closed = true;
                break;
            }
            '\\' => chars.next().ok_or_else(|| {
                format!("unclosed `[` in format `{pattern}`; close the class with `]`")
            })?,
            c => c,
        };
        if !c.is_ascii() || c.is_ascii_control() {
            return Err(format!(
                "a `[...]` class in format `{pattern}` takes printable ASCII characters and ranges such as `a-z`; found `{}`",
                c.escape_debug()
            ));
        }
        // A range `a-z`: `-` between two members.
        if c != '-' || members.is_empty() || chars.peek().is_none_or(|next| *next == ']') {
            members.push(c);
            continue;
        }
        let (Some(low), Some(high)) = (members.pop(), chars.next()) else {
            continue;
        };
        let high = if high == '\\' {
            chars.next().unwrap_or('\\')
        } else {
            high
        };
        if !high.is_ascii() || high.is_ascii_control() {
            return Err(format!(
                "a `[...]` class in format `{pattern}` takes printable ASCII characters and ranges such as `a-z`; found `{}`",
                high.escape_debug()
            ));
        }
        if low > high {
            return Err(format!(
                "range `{low}-{high}` in format `{pattern}` is reversed; write `{high}-{low}`"
            ));
        }
        for member in low..=high {
            if let Some(slot) = set.get_mut(member as usize) {
                *slot = true;
            }
        }
    }
    if !closed {
        return Err(format!(
            "unclosed `[` in format `{pattern}`; close the class with `]`"
        ));
    }
    if members.is_empty() && !set.iter().any(|member| *member) {
        return Err(format!(
            "empty class `[]` in format `{pattern}`; list the characters, as in `[A-Z]`"
        ));
    }
    for member in members {
        if let Some(slot) = set.get_mut(member as usize) {
            *slot = true;
        }
    }
    Ok(set)
}

#[cfg(test)]
mod tests {
    use super::Pattern;

    fn matches(pattern: &str, text: &str) -> bool {
        Pattern::parse(pattern)
            .unwrap_or_else(|e| panic!("{pattern}: {e}"))
            .matches(text)
    }

    #[test]
    fn classes_and_repeats() {
        // PascalCase (S3), upper snake (gRPC), dotted (GCP), kebab, Huawei, Stripe.
        assert!(matches("[A-Z][A-Za-z0-9]+", "NoSuchKey"));
        assert!(!matches("[A-Z][A-Za-z0-9]+", "noSuchKey"));
        assert!(matches("[A-Z][A-Z0-9_]+", "RESOURCE_EXHAUSTED"));
        assert!(!matches("[A-Z][A-Z0-9_]+", "Resource_Exhausted"));
        assert!(matches(
            "[a-z_]+.[a-z_]+.[a-z_]+",
            "storage.bucket.not_found"
        ));
        assert!(matches("[a-z0-9_.]+", "storage.bucket.not_found"));
        assert!(matches("[a-z][a-z0-9-]+", "invalid-request"));
        assert!(!matches("[a-z][a-z0-9-]+", "invalid_request"));
        assert!(matches("[A-Z]+.####", "APIGW.0101"));
        assert!(matches("[a-z]+_*", "card_declined"));
        assert!(matches("E#+", "E7"));
        assert!(matches("E#+", "E12345"));
        assert!(!matches("E#+", "E"));
        assert!(matches("v#?x", "vx"));
        assert!(matches("v#?x", "v1x"));
        assert!(!matches("v#?x", "v12x"));
        assert!(matches("[-a]+", "a-a"));
        assert!(matches("[a-]+", "-a"));
        assert!(matches("\\#\\*\\[", "#*["));
        assert!(matches("错误-#", "错误-1"));
        // Fixed-length formats (no `+`, `?` or `*`): one character per atom, no more, no less.
        assert!(matches("SCM.####", "SCM.0005"));
        assert!(!matches("SCM.####", "SCM.005"));
        assert!(!matches("SCM.####", "SCM.00005"));
        assert!(!matches("SCM.####", "SCM-0005"));
        assert!(!matches("SCM.####", "SCM.000x"));
        assert!(!matches("SCM.####", ""));
        assert!(matches("[A-Z]-é#", "Q-é7"));
        assert!(!matches("[A-Z]-é#", "Q-e7"));
    }

    #[test]
    fn malformed_patterns_say_why() {
        for (pattern, wanted) in [
            ("", "empty code `format`"),
            ("+A", "repeats nothing"),
            ("A++", "repeats nothing"),
            ("*+", "`*` is already one or more"),
            ("[A-Z", "unclosed `[`"),
            ("[]", "empty class"),
            ("[z-a]", "range `z-a`"),
            ("[é]", "printable ASCII"),
            ("A]", "unmatched `]`"),
            ("A\\", "escapes nothing"),
        ] {
            let error = Pattern::parse(pattern).expect_err(pattern);
            assert!(error.contains(wanted), "{pattern}: {error}");
        }
    }

    #[test]
    fn matching_is_linear() {
        // A pattern that makes a backtracking matcher exponential.
        let pattern = Pattern::parse(&format!("{}{}", "a?".repeat(64), "a".repeat(64)));
        let pattern = pattern.expect("valid");
        assert!(pattern.matches(&"a".repeat(64)));
        let long = "a".repeat(100_000);
        assert!(Pattern::parse("[a-z]+").expect("valid").matches(&long));
        assert!(!Pattern::parse("[a-z]+b").expect("valid").matches(&long));
    }
}
