//! Compile-fail tests: every error the `error_catalog!` macro can emit, with the
//! compiler's output snapshotted in the `.stderr` beside each case.

use std::path::{Path, PathBuf};

#[test]
fn ui() {
    provide_locks();
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui-tests/*/*.rs");
}

/// The lock files the cases name as `locks/<file>`: trybuild builds the cases in
/// `<target dir>/tests/trybuild/<this package>/`, which a relative `lock` path starts from, so
/// the files are copied there. Copying, rather than climbing back to the workspace with
/// `../`, keeps the cases working with any `CARGO_TARGET_DIR`.
fn provide_locks() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"));
    let target = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .map_or_else(|| workspace.join("target"), Path::to_path_buf);
    let project: PathBuf = [
        target.as_path(),
        Path::new("tests"),
        Path::new("trybuild"),
        Path::new(env!("CARGO_PKG_NAME")),
        Path::new("locks"),
    ]
    .iter()
    .collect();
    std::fs::create_dir_all(&project).expect("trybuild's project directory");
    let fixtures = [
        "ui-tests/lock/data/vault.lock",
        "ui-tests/lock/data/malformed.lock",
        "catalogs/errors/skms.lock",
    ];
    for fixture in fixtures {
        let from = workspace.join(fixture);
        let name = from.file_name().expect("a file name");
        let to = project.join(name);
        // Only when the text differs: the cases' builds depend on the files.
        let text = std::fs::read(&from).expect("a lock fixture");
        if std::fs::read(&to).ok().as_ref() != Some(&text) {
            std::fs::write(&to, text).expect("lock copied");
        }
    }
}
