//! `dialect = Path` must name a type implementing `Dialect`.

/// Not a dialect.
pub struct Plain;

error_catalog::error_catalog! {
    #[catalog(code = u16, dialect = Plain)]
    pub enum ApiError {
        NotFound { code: 404, status: 404, message: "Not found" },
    }
}

fn main() {}
