//! `lock` and `diff`: lock files written and checked for any catalog, and changes between two
//! contracts classified as breaking or compatible.

use std::process::ExitCode;

use error_catalog::lock::Lock;

error_catalog::error_catalog! {
    /// A catalog whose lock (`tests/data/behind.lock`) lacks its newest entry.
    #[catalog(code = u16, id = "keys", lock = "tests/data/behind.lock")]
    pub enum KeyError {
        /// The key is not in the vault.
        KeyNotFound { code: 40013, status: 400, message: "Key not found" },
        /// New since the lock was written.
        KeyExpired { code: 40014, status: 400, message: "Key expired", deprecated },
    }
}

error_catalog::error_catalog! {
    /// A catalog whose lock the test writes (under the workspace's target directory).
    #[catalog(code = str, id = "fresh", lock = "../target/errcat-lock-test/fresh.lock")]
    pub enum FreshError {
        /// No such thing.
        Missing { code: "missing", status: 404, message: "No such {thing}", fields: { thing: String } },
    }
}

fn run(
    catalogs: &[&'static error_catalog::CatalogInfo],
    args: &[&str],
) -> (ExitCode, String, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let status = errcat::Cli::new(catalogs).run_with(args.iter().copied(), &mut out, &mut err);
    (
        status,
        String::from_utf8(out).expect("UTF-8"),
        String::from_utf8(err).expect("UTF-8"),
    )
}

#[cfg(feature = "bundled")]
#[test]
fn the_bundled_locks_are_up_to_date() {
    let (status, out, err) = run(&error_catalog_vendors::CATALOGS, &["lock", "--check"]);
    assert_eq!(status, ExitCode::SUCCESS, "{out}{err}");
    assert_eq!(out.matches("is up to date").count(), 5, "{out}");
}

#[test]
fn check_fails_when_a_new_entry_is_not_locked() {
    let (status, out, err) = run(&[KeyErrorCode::INFO], &["lock", "--check"]);
    assert_eq!(status, ExitCode::FAILURE, "{out}{err}");
    assert!(out.contains("behind.lock is behind the catalog"), "{out}");
    assert!(
        out.contains("compatible  keys 40014: new entry `KeyExpired`"),
        "{out}"
    );
    assert!(err.contains("run `errcat lock`"), "{err}");
}

#[test]
fn lock_writes_the_file_and_check_then_passes() {
    let path = FreshErrorCode::INFO.lock_path().expect("declared");
    // The catalog's build depends on its lock once the file exists: rewriting the same text
    // with a new modification time would rebuild this test at every run, so the time is put
    // back when the text is unchanged.
    let text_before = std::fs::read_to_string(path).ok();
    let time_before = std::fs::metadata(path)
        .and_then(|meta| meta.modified())
        .ok();
    let _ = std::fs::remove_file(path);
    let (status, out, _) = run(&[FreshErrorCode::INFO], &["lock"]);
    assert_eq!(status, ExitCode::SUCCESS);
    assert!(out.contains("fresh: wrote"), "{out}");
    let written = std::fs::read_to_string(path).expect("written");
    assert_eq!(written, FreshErrorCode::INFO.lock_text());
    assert!(
        written.contains("code \"missing\" variant=Missing status=404 action=none fields=thing")
    );
    let (status, out, _) = run(&[FreshErrorCode::INFO], &["lock", "--check"]);
    assert_eq!(status, ExitCode::SUCCESS, "{out}");
    let (status, _, err) = run(
        &[FreshErrorCode::INFO, KeyErrorCode::INFO],
        &["lock", "nope"],
    );
    assert_ne!(status, ExitCode::SUCCESS);
    assert!(err.contains("unknown catalog `nope`"), "{err}");
    if let (Some(time), true) = (time_before, text_before.as_ref() == Some(&written)) {
        let file = std::fs::File::options().write(true).open(path);
        file.and_then(|file| file.set_modified(time))
            .expect("modification time restored");
    }
}

fn temp_file(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("errcat-diff-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("written");
    path.to_string_lossy().into_owned()
}

#[cfg(feature = "bundled")]
#[test]
fn diff_classifies_every_kind_of_change() {
    let old_text = error_catalog_vendors::scai_vault::ScaiVaultCode::INFO.lock_text();
    let mut new = Lock::parse(&old_text).expect("parses");
    let find = |lock: &mut Lock, code: &str| {
        lock.entries
            .iter()
            .position(|e| e.code.as_ref().is_some_and(|c| c.text() == code))
            .expect("in the catalog")
    };
    let i = find(&mut new, "secret_not_found");
    new.entries[i].status = Some(error_catalog::lock::LockStatus {
        code: 410,
        reported: false,
    });
    new.entries[i].fields.clear();
    let i = find(&mut new, "rate_limited");
    new.entries[i].action = String::from("retry");
    let i = find(&mut new, "internal_error");
    new.entries[i].variant = String::from("Internal");
    new.entries[i].deprecated = true;
    let i = find(&mut new, "service_unavailable");
    let removed = new.entries.remove(i);
    new.retired.push(error_catalog::lock::Retired {
        code: removed.code.expect("coded"),
        variant: removed.variant,
    });
    let mut added = new.entries[0].clone();
    added.code = Some(error_catalog::lock::LockCode::Str(String::from(
        "brand_new",
    )));
    added.variant = String::from("BrandNew");
    new.entries.push(added);

    let old_path = temp_file("old.lock", &old_text);
    let new_path = temp_file("new.lock", &new.render());
    let (status, out, err) = run(&[], &["diff", &old_path, &new_path]);
    assert_eq!(status, ExitCode::FAILURE, "{out}{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "breaking    scai_vault \"rate_limited\": action `retry-after` -> `retry`",
            "breaking    scai_vault \"secret_not_found\": status 404 -> 410",
            "breaking    scai_vault \"secret_not_found\": field `path` removed",
            "breaking    scai_vault \"service_unavailable\": retired (clients that know it lose it; the code stays reserved)",
            "compatible  scai_vault \"brand_new\": new entry `BrandNew`",
            "compatible  scai_vault \"internal_error\": variant renamed `InternalError` -> `Internal` (same wire code)",
            "compatible  scai_vault \"internal_error\": deprecated",
        ]
    );
    assert!(err.contains("4 breaking changes of 7"), "{err}");

    let (status, out, _) = run(&[], &["diff", &old_path, &old_path]);
    assert_eq!(status, ExitCode::SUCCESS);
    assert_eq!(out, "no changes\n");
}

#[test]
fn diff_reads_json_exports_too() {
    let catalogs = [KeyErrorCode::INFO];
    let (_, export, _) = run(&catalogs, &["export", "--format", "json"]);
    let old = temp_file("old.json", &export);
    let newer = export.replace("\"status\": 400", "\"status\": 409");
    let new = temp_file("new.json", &newer);
    let (status, out, _) = run(&catalogs, &["diff", &old, &new]);
    assert_eq!(status, ExitCode::FAILURE, "{out}");
    assert!(
        out.contains("breaking    keys 40013: status 400 -> 409"),
        "{out}"
    );
    let (status, _, err) = run(&catalogs, &["diff", &old]);
    assert_ne!(status, ExitCode::SUCCESS);
    assert!(err.contains("diff needs two files"), "{err}");
}
