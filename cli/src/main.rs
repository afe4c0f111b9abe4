//! `errcat`: the library's commands over the five bundled vendor catalogs.

fn main() -> std::process::ExitCode {
    errcat::run(&error_catalog_vendors::CATALOGS)
}
