//! A service's error catalogs, documented by its own `errors` binary (`src/bin/errors.rs`),
//! built on the errcat library: `cargo run -p errcat-example --bin errors -- --help`.

#![deny(missing_docs)]

error_catalog::error_catalog! {
    /// Errors of the Example payments API.
    #[catalog(
        code = str,
        id = "payments",
        dialect = problem,
        help_url = "https://docs.example/errors/payments.html#{code}",
    )]
    pub enum PaymentError {
        /// The issuer refused the charge.
        CardDeclined {
            code: "card_declined",
            status: 402,
            message: "The card was declined",
            description: "The issuer refused the charge; ask the customer for another card.",
        },
        /// No payment has this id.
        PaymentNotFound {
            code: "payment_not_found",
            status: 404,
            message: "Payment '{id}' not found",
            fields: { id: String },
            description: "No payment has this id, or it belongs to another account.",
        },
        /// Too many requests from this caller.
        RateLimited {
            code: "rate_limited",
            status: 429,
            message: "Too many requests",
            action: retry-after,
            description: "The caller exceeded its rate limit; wait for Retry-After.",
        },
        /// The bank did not answer.
        BankUnavailable {
            code: "bank_unavailable",
            status: 503,
            message: "The bank is unavailable",
            action: retry,
            description: "The acquiring bank did not answer in time.",
        },
    }
}

error_catalog::error_catalog! {
    /// Errors of the Example ledger API.
    #[catalog(
        code = u16,
        id = "ledger",
        dialect = skms,
        help_url = "https://docs.example/errors/ledger.html#{code}",
    )]
    pub enum LedgerError {
        /// Another transaction holds the ledger.
        Locked {
            code: 4091,
            status: 409,
            message: "The ledger is locked",
            action: retry,
            description: "Another transaction holds the ledger; retry shortly.",
        },
        /// The entry does not balance.
        Unbalanced {
            code: 4001,
            status: 400,
            message: "Debits and credits differ by {delta}",
            fields: { delta: String },
            description: "The sum of the entry's debits and credits is not zero.",
        },
    }
}

/// Every catalog of the service, as its `errors` binary shows them.
pub static CATALOGS: [&error_catalog::CatalogInfo; 2] =
    [PaymentErrorCode::INFO, LedgerErrorCode::INFO];
