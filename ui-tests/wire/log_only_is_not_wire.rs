//! A log-only entry has no path to the wire: no dialect renders it.

use error_catalog::dialect::{self, Context, Dialect, Problem};

error_catalog::error_catalog! {
    #[catalog(code = u16, dialect = skms)]
    pub enum ApiError {
        NotFound { code: 404, status: 404, message: "Not found" },
        CacheMiss { message: "Cache miss", log_only },
    }
}

fn main() {
    let cx = Context::new();
    let _ = dialect::render(&ApiError::NotFound, &cx);
    let _ = dialect::render(&ApiErrorLog::CacheMiss, &cx);
    let _ = Problem.render(&ApiErrorLog::CacheMiss, &cx);
}
