//! A gateway in front of two vendors, the Scai vault and Adobe Pass, that returns either
//! vendor's errors to its own clients through one type.
//!
//! `compose_catalogs!` builds `GatewayError` over the two bundled catalogs. Both vendors define
//! `internal_error` and `service_unavailable`, so in one wire namespace a client could not
//! tell them apart: composing them without prefixes does not compile. Here each member gets
//! a prefix, and the gateway answers in RFC 9457 problem details with `vault.internal_error`
//! or `adobe.internal_error`.
//!
//! ```text
//! cargo run --example gateway             # sends itself four requests, prints the answers
//! cargo run --example gateway -- --serve  # serves on 127.0.0.1:3001 until Ctrl-C
//! curl -i localhost:3001/secrets/missing
//! ```

use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use axum::Router;
use axum::extract::Path;
use axum::routing::get;
use error_catalog::dialect::{self, Context, Incoming, ParsedCode};
use error_catalog_vendors::adobe_pass::{AdobePassCode, AdobePassError};
use error_catalog_vendors::scai_vault::ScaiVaultError;
use tokio::net::TcpListener;

error_catalog::compose_catalogs! {
    /// Every error the gateway returns: the vault's and Adobe Pass's, each under its prefix.
    #[catalog(id = "gateway", dialect = problem)]
    pub enum GatewayError {
        /// Errors of the secrets vault.
        Vault(ScaiVaultError) { prefix: "vault." },
        /// Errors of Adobe Pass.
        Adobe(AdobePassError) { prefix: "adobe." },
    }
}

/// The vault client: what the vault would answer, already typed (a real client maps the
/// vendor's response to `ScaiVaultError`).
fn fetch_secret(name: &str) -> Result<String, ScaiVaultError> {
    match name {
        "missing" => Err(ScaiVaultError::SecretNotFound {
            path: format!("gateway/{name}"),
        }),
        "crash" => Err(ScaiVaultError::InternalError),
        _ => Ok(format!("value of {name}")),
    }
}

/// The Adobe Pass client: receives the vendor's own wire response and parses it with the
/// vendor's dialect, so the gateway knows the typed code before passing it on.
fn authorize(resource: &str) -> Result<String, AdobePassError> {
    let upstream = match resource {
        "blocked" => AdobePassError::AuthorizationDeniedByMvpd,
        "crash" => AdobePassError::InternalError,
        _ => return Ok(format!("{resource} authorized")),
    };
    // What Adobe Pass sends on the wire...
    let response = dialect::render(&upstream, &Context::new())
        .respond()
        .expect("Adobe Pass always answers");
    // ...and what the gateway reads from it.
    let incoming = Incoming::new(response.status(), response.headers(), response.body());
    match dialect::parse::<AdobePassCode>(&incoming).map(|parsed| parsed.code) {
        Ok(ParsedCode::Known(AdobePassCode::AuthorizationDeniedByMvpd)) => {
            Err(AdobePassError::AuthorizationDeniedByMvpd)
        }
        _ => Err(AdobePassError::InternalError),
    }
}

/// `GET /secrets/{name}`: a vault error goes out as a `GatewayError` through `?`.
async fn secret(Path(name): Path<String>) -> Result<String, GatewayError> {
    Ok(fetch_secret(&name)?)
}

/// `GET /play/{resource}`: an Adobe Pass error goes out the same way.
async fn play(Path(resource): Path<String>) -> Result<String, GatewayError> {
    Ok(authorize(&resource)?)
}

fn app() -> Router {
    Router::new()
        .route("/secrets/{name}", get(secret))
        .route("/play/{resource}", get(play))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> io::Result<()> {
    if std::env::args().skip(1).any(|arg| arg == "--serve") {
        let listener = TcpListener::bind("127.0.0.1:3001").await?;
        println!("listening on http://{}", listener.local_addr()?);
        println!("try: curl -i localhost:3001/secrets/missing");
        return axum::serve(listener, app()).await;
    }

    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let address = listener.local_addr()?;
    let server = tokio::spawn(async move { axum::serve(listener, app()).await });
    let mut result = Ok(());
    for (path, expected) in [
        ("/secrets/missing", "\"code\":\"vault.secret_not_found\""),
        ("/secrets/crash", "\"code\":\"vault.internal_error\""),
        (
            "/play/blocked",
            "\"code\":\"adobe.authorization_denied_by_mvpd\"",
        ),
        ("/play/crash", "\"code\":\"adobe.internal_error\""),
    ] {
        let response = tokio::task::spawn_blocking(move || request(address, path))
            .await
            .map_err(io::Error::other)??;
        println!("$ GET {path}\n{}\n", response.trim_end());
        if !response.contains(expected) {
            result = Err(io::Error::other(format!("GET {path}: expected {expected}")));
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
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
    )?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    Ok(response.replace("\r\n", "\n"))
}
