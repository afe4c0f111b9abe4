//! The level an entry is logged at: declared in the catalog, or by the entry's class.

use core::fmt;

/// How severe a recorded error is, as logging and tracing levels go.
///
/// An entry's level is [`Entry::log_level`](crate::Entry::log_level): the `log_level` the
/// entry or its catalog declares, else by class: log-only entries and 5xx at
/// [`Error`](Self::Error), 4xx at [`Warn`](Self::Warn) (a client's mistake is worth seeing,
/// not worth paging anyone for).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LogLevel {
    /// Something failed that should not have.
    Error,
    /// Worth attention, not an outage.
    Warn,
    /// Routine.
    Info,
    /// Detail for debugging.
    Debug,
    /// The finest detail.
    Trace,
}

impl LogLevel {
    /// Every level, most severe first, in the order of `error_catalog_contract::LOG_LEVELS`.
    pub const ALL: [LogLevel; 5] = [
        LogLevel::Error,
        LogLevel::Warn,
        LogLevel::Info,
        LogLevel::Debug,
        LogLevel::Trace,
    ];

    /// The level's spelling in the DSL (`warn`).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            LogLevel::Error => "error",
            LogLevel::Warn => "warn",
            LogLevel::Info => "info",
            LogLevel::Debug => "debug",
            LogLevel::Trace => "trace",
        }
    }

    /// The level numbered `number` in the generated tables (1 is `error`); 0 and anything
    /// out of range are `None`.
    pub(crate) const fn from_number(number: u8) -> Option<LogLevel> {
        if number == 0 || number as usize > LogLevel::ALL.len() {
            None
        } else {
            Some(LogLevel::ALL[number as usize - 1])
        }
    }
}

impl fmt::Display for LogLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
