//! The service's own errcat.

fn main() -> std::process::ExitCode {
    errcat::run(&[])
}
