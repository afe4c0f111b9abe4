//! The service's own errcat: every command over its catalogs, named `errors`.

fn main() -> std::process::ExitCode {
    errcat::Cli::new(&errcat_example::CATALOGS)
        .name("errors")
        .version(env!("CARGO_PKG_VERSION"))
        .run()
}
