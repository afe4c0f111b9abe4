//! A small axum service whose handlers return catalog errors with `?`.
//!
//! With the runtime's `axum` feature, every generated error type implements
//! `axum::response::IntoResponse`, rendering the catalog's native dialect (here the Scai vault
//! envelope), so a handler returns `Result<_, VaultError>` and converts other errors with `?`.
//!
//! ```text
//! cargo run --example axum_service             # sends itself two requests, prints the answers
//! cargo run --example axum_service -- --serve  # serves on 127.0.0.1:3000 until Ctrl-C
//! curl -i localhost:3000/secrets/missing/db
//! ```
//!
//! `IntoResponse` does not see the request, so these responses carry no request id; a handler
//! that wants one (or Adobe Pass XML from `Accept`) renders with `error_catalog::dialect`
//! and a `Context` instead, as `errcat serve` does.

use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use axum::Router;
use axum::extract::Path;
use axum::routing::get;
use tokio::net::TcpListener;

error_catalog::error_catalog! {
    /// Errors of a small secrets service.
    #[catalog(code = str, dialect = scai_vault, help_url = "https://docs.example/errors/{code}")]
    pub enum VaultError {
        /// The secret path does not exist.
        SecretNotFound {
            code: "secret_not_found",
            status: 404,
            message: "Secret '{path}' not found",
            fields: { path: String },
        },
        /// The storage layer failed; the cause stays in `source()` and is not sent.
        Storage {
            code: "storage_error",
            status: 500,
            message: "Database or object store error",
            source: std::io::Error,
        },
    }
}

/// Where this toy service keeps its secrets: a file that does not exist here, so reading it
/// fails and shows `?` at work.
const STORAGE: &str = "/nonexistent/vault/secrets.txt";

/// `GET /secrets/{*path}`: the secret's value, as `path=value` lines of the storage file.
async fn read_secret(Path(path): Path<String>) -> Result<String, VaultError> {
    if path.starts_with("missing/") {
        // A templated entry: the field fills the message and goes in `details`.
        return Err(VaultError::SecretNotFound { path });
    }
    // `std::io::Error` converts into `VaultError::Storage` (its `source`).
    let storage = std::fs::read_to_string(STORAGE)?;
    storage
        .lines()
        .find_map(|line| line.strip_prefix(path.as_str())?.strip_prefix('='))
        .map(str::to_owned)
        .ok_or(VaultError::SecretNotFound { path })
}

fn app() -> Router {
    Router::new().route("/secrets/{*path}", get(read_secret))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> io::Result<()> {
    if std::env::args().skip(1).any(|arg| arg == "--serve") {
        let listener = TcpListener::bind("127.0.0.1:3000").await?;
        println!("listening on http://{}", listener.local_addr()?);
        println!("try: curl -i localhost:3000/secrets/missing/db");
        return axum::serve(listener, app()).await;
    }

    // Demonstrate: serve on a free loopback port, ask twice, print what came back.
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let address = listener.local_addr()?;
    let server = tokio::spawn(async move { axum::serve(listener, app()).await });
    let mut result = Ok(());
    for (path, expected) in [
        ("/secrets/missing/db", "HTTP/1.1 404 "),
        ("/secrets/prod/db", "HTTP/1.1 500 "),
    ] {
        let response = tokio::task::spawn_blocking(move || request(address, path))
            .await
            .map_err(io::Error::other)??;
        println!("$ GET {path}\n{}\n", response.trim_end());
        if !response.starts_with(expected) {
            result = Err(io::Error::other(format!(
                "GET {path}: expected `{expected}...`"
            )));
        }
    }
    server.abort();
    result
}

/// One HTTP/1.1 GET over a plain TCP connection; the whole response as text.
fn request(address: SocketAddr, path: &str) -> io::Result<String> {
    let mut stream = TcpStream::connect_timeout(&address, Duration::from_secs(5))?;
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nAccept: application/json\r\nConnection: close\r\n\r\n"
    )?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    Ok(response.replace("\r\n", "\n"))
}
