// A product catalog extends the platform's base catalog in one namespace, and redefines one
// of the base's codes.
error_catalog::error_catalog! {
    /// Errors every product of the platform shares.
    #[catalog(code = str)]
    pub enum BaseError {
        /// Not authenticated.
        Unauthenticated { code: "unauthenticated", status: 401, message: "Authenticate first" },
        /// Internal error.
        Internal { code: "internal", status: 500, message: "Internal error", action: retry },
    }
}

error_catalog::error_catalog! {
    /// The billing product's own errors.
    #[catalog(code = str)]
    pub enum BillingOwnError {
        /// The invoice does not exist.
        InvoiceNotFound { code: "invoice_not_found", status: 404, message: "No such invoice" },
        /// Redefines the base's code.
        Internal { code: "internal", status: 500, message: "Billing failed" },
    }
}

error_catalog::compose_catalogs! {
    /// Billing: the base errors and its own.
    pub enum BillingError {
        Base(BaseError),
        Billing(BillingOwnError),
    }
}

fn main() {}
