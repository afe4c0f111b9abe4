//! Compile-fail tests: every error the `error_catalog!` macro can emit, with the
//! compiler's output snapshotted in the `.stderr` beside each case.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui-tests/*/*.rs");
}
