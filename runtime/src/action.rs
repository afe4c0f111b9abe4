//! The remediation hint attached to every catalog entry.

use core::fmt;
use core::str::FromStr;

/// What a client should do about an error: the remediation hint of an entry.
///
/// The set is Adobe Pass's `action` vocabulary, which is general enough for every
/// bundled catalog. The spelling on the wire and in the DSL is kebab-case
/// (`retry-after`), see [`Action::as_str`].
///
/// ```
/// use error_catalog::Action;
///
/// let action: Action = "retry-after".parse()?;
/// assert_eq!(action, Action::RetryAfter);
/// assert!(action.is_retryable());
/// assert_eq!(action.to_string(), "retry-after");
/// # Ok::<(), error_catalog::UnknownAction>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Action {
    /// Nothing the client can do; the request must change or the error be accepted.
    #[default]
    None,
    /// The service or the integration is misconfigured; an operator must fix it.
    Configuration,
    /// The application must (re-)register or refresh its credentials.
    ApplicationRegistration,
    /// The user must authenticate again.
    Authentication,
    /// The user must obtain a new authorization.
    Authorization,
    /// The service degraded the response on purpose.
    Degradation,
    /// Retrying the same request may succeed.
    Retry,
    /// Retrying may succeed after the delay the response announces (`Retry-After`).
    RetryAfter,
}

impl Action {
    /// Every action, in declaration order.
    pub const ALL: [Action; 8] = [
        Action::None,
        Action::Configuration,
        Action::ApplicationRegistration,
        Action::Authentication,
        Action::Authorization,
        Action::Degradation,
        Action::Retry,
        Action::RetryAfter,
    ];

    /// The kebab-case spelling used on the wire and in the `error_catalog!` DSL.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Action::None => "none",
            Action::Configuration => "configuration",
            Action::ApplicationRegistration => "application-registration",
            Action::Authentication => "authentication",
            Action::Authorization => "authorization",
            Action::Degradation => "degradation",
            Action::Retry => "retry",
            Action::RetryAfter => "retry-after",
        }
    }

    /// Whether repeating the request can succeed (`retry` and `retry-after`).
    #[must_use]
    pub const fn is_retryable(self) -> bool {
        matches!(self, Action::Retry | Action::RetryAfter)
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error of parsing an [`Action`] from text that names none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownAction {
    text: String,
}

impl UnknownAction {
    /// The text that named no action.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }
}

impl fmt::Display for UnknownAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown action `{}`; expected one of ",
            self.text.escape_debug()
        )?;
        for (i, action) in Action::ALL.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "`{action}`")?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownAction {}

impl FromStr for Action {
    type Err = UnknownAction;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Action::ALL
            .into_iter()
            .find(|action| action.as_str() == text)
            .ok_or_else(|| UnknownAction {
                text: text.to_owned(),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::Action;

    /// The macro numbers actions by `error_catalog_contract::ACTIONS`; the runtime decodes
    /// the number by position in `Action::ALL`.
    #[test]
    fn numbering_matches_the_contract() {
        let spellings = Action::ALL.map(Action::as_str);
        assert_eq!(spellings, error_catalog_contract::ACTIONS);
    }
}
