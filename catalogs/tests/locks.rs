//! The bundled catalogs' lock files (`catalogs/errors/*.lock`) are the catalogs as they stand:
//! what `errcat lock --check` verifies for any catalog. Set `ERROR_CATALOG_BLESS_LOCKS=1` to
//! rewrite them after a deliberate change (the compiler has already checked that the change
//! is allowed).

use std::path::PathBuf;

use error_catalog::lock::Lock;
use error_catalog_vendors::CATALOGS;

fn lock_file(id: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("errors")
        .join(format!("{id}.lock"))
}

#[test]
fn every_bundled_catalog_has_an_up_to_date_lock() {
    let bless = std::env::var_os("ERROR_CATALOG_BLESS_LOCKS").is_some();
    for info in CATALOGS {
        let path = lock_file(info.id());
        let expected = info.lock_text();
        if bless {
            std::fs::write(&path, &expected).expect("the lock file is writable");
        }
        let actual = std::fs::read_to_string(&path)
            .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        assert_eq!(actual, expected, "{} is behind the catalog", path.display());
        assert_eq!(
            info.lock_path().map(PathBuf::from),
            Some(path.clone()),
            "the catalog knows its lock file"
        );
    }
}

#[test]
fn locks_are_stable_and_round_trip() {
    for info in CATALOGS {
        let text = info.lock_text();
        assert_eq!(
            text,
            info.lock_text(),
            "byte-identical when nothing changed"
        );
        let lock = Lock::parse(&text).expect("a rendered lock parses");
        assert_eq!(lock.catalog, info.id());
        assert_eq!(lock.entries.len(), info.entries().len());
        assert_eq!(lock.render(), text);
    }
}
