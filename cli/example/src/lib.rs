//! A service's error catalogs, documented by its own `errors` binary (`src/bin/errors.rs`).
