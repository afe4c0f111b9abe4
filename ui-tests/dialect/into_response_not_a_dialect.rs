//! `into_response = Path` must name a type implementing `Dialect`.

mod wire {
    /// Not a dialect.
    pub struct Plain;
}

error_catalog::error_catalog! {
    #[catalog(code = u16, into_response = wire::Plain)]
    pub enum ApiError {
        NotFound { code: 404, status: 404, message: "Not found" },
    }
}

fn main() {}
