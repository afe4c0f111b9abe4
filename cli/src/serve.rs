//! `errcat serve`: the bundled catalogs over HTTP, each entry answered exactly as its vendor
//! sends it, so a client under development can be tested against realistic errors.
//!
//! Built only with the `serve` feature (on by default), which brings axum and tokio in. Without
//! it the subcommand is absent from `errcat --help`, and `errcat serve` says why
//! ([`check_built`]).
//!
//! - [`options`]: the command line, checked before anything is bound.
//! - [`app`]: the routes, the rendering of an entry for a request, the text pages.
//! - [`net`]: the listener, whose connections a handler can close without answering (SCMS).
//! - [`request_id`]: fresh UUID-v4-looking request ids.

#[cfg(feature = "serve")]
mod app;
#[cfg(feature = "serve")]
mod net;
#[cfg(feature = "serve")]
mod options;
#[cfg(feature = "serve")]
mod request_id;

use crate::Failure;

/// The subcommand's name.
const NAME: &str = "serve";

/// Fails for `errcat serve` when this build has no `serve` feature, saying so; does nothing
/// otherwise. Called before the command list is searched.
pub fn check_built(command: &str) -> Result<(), Failure> {
    if cfg!(feature = "serve") || command != NAME {
        return Ok(());
    }
    Err(Failure::usage(
        "`serve` is not available: this errcat was built without the `serve` feature \
         (build it with `cargo build -p errcat --features serve`)",
        None,
    ))
}

#[cfg(feature = "serve")]
pub use with_feature::SPEC;

#[cfg(feature = "serve")]
mod with_feature {
    use std::io::Write;
    use std::sync::Arc;

    use crate::Failure;
    use crate::args::{Parser, Spec};

    use super::{NAME, app, net, options};

    pub static SPEC: Spec = Spec {
        name: NAME,
        usage: "serve [--port <port>] [--always <catalog>:<code>] [options]",
        summary: "Serve the catalogs over HTTP, as the vendors send them",
        help: HELP,
        examples: EXAMPLES,
        user_examples: "\
Examples:
  {bin} serve
  curl -i localhost:8080/{catalog}/{code}
  {bin} serve --port 0 --always {catalog}:{code} --retry-after 5
",
        run,
    };

    const HELP: &str = "\
Serves the bundled catalogs over HTTP, so a client under development can be
tested against realistic vendor errors: each entry is answered exactly as its
vendor sends it (status, headers and body), in its catalog's native dialect.

Routes:
  GET /<catalog>/<code>  The entry, as its vendor answers it. <catalog> is an
                         id (`errcat catalogs`): scms, skms, scai_vault,
                         huawei_scm, adobe_pass. <code> is a code (SCM.0201,
                         40013, secret_not_found) or a vendor name or key
                         (raNoCertFileAvailable, SCMS-964); URL-decoded.
  GET /<catalog>         The catalog's entries, as text
  GET /                  The catalogs and this usage, as text
Query parameters of GET /<catalog>/<code>:
  dialect=<name>         Another dialect, by name (GET / lists them; problem
                         is RFC 9457 problem details)
  retry_after=<seconds>  The Retry-After delay, where the dialect sends one
  <field>=<value>        A value of the entry's field: path=prod/db for
                         secret_not_found, upstream_message=... for SCM.0201
The request's Accept header is honoured: Adobe Pass entries are XML for
`Accept: application/xml`, JSON otherwise. An unknown catalog or code is a 404
whose plain-text body says what was not found; a log-only entry (the SCMS log
values) is a 409: it is logged, never sent on the wire.

Mock-vendor mode (--always): every request, whatever its method and path, is
answered with that one entry; query strings are ignored (they are the
client's own). Use it as the base URL of the client under test.

Like the vendors, every response whose dialect carries a request id (Scai
vault, Huawei, Adobe Pass, problem) has a fresh UUID-v4-like one. SCMS answers
as a production RA (a bare 500) unless --scms-stage qa; with --scms-close, the
connection of a request for one of those codes is closed without an answer.

On startup it prints `errcat: listening on http://<address>:<port>`; it logs
each request on stderr. Ctrl-C stops it.

Options:
  -p, --port <port>          Port (default 8080; 0 picks a free one)
      --host <address>       Address to listen on (default 127.0.0.1)
      --always <cat>:<code>  Answer every request with this entry
      --field <name>=<val>   A field's value, for every response (repeatable;
                             with --always, checked against the entry)
      --dialect <name>       Render in this dialect, not the native one
      --scms-stage qa|prod   SCMS: prod (default) answers a bare 500; qa the
                             entry's status and SCMS-POC-Error headers
      --scms-close <codes>   SCMS codes, comma-separated, whose requests get
                             the connection closed without an answer
      --retry-after <secs>   The Retry-After delay (default 30)
  -q, --quiet                Do not log requests on stderr
  -h, --help                 Print this help

";

    const EXAMPLES: &str = "\
Examples:
  errcat serve
  curl -i 'localhost:8080/scai_vault/secret_not_found?path=prod/db'
  curl -i 'localhost:8080/huawei_scm/SCM.0201?upstream_message=quota%20full'
  curl -i -H 'Accept: application/xml' localhost:8080/adobe_pass/bad_request
  curl -i 'localhost:8080/skms/40013?dialect=problem'
  errcat serve --port 0 --always scai_vault:rate_limited --retry-after 5
  errcat serve --always scms:raNoCertFileAvailable --scms-stage qa
  errcat serve --always huawei_scm:SCM.0201 --field upstream_message=busy
  errcat serve --always scms:5067 --scms-stage qa --scms-close 5067
";

    fn run(parser: &mut Parser<'_>, out: &mut dyn Write) -> Result<(), Failure> {
        let options = options::Options::parse(parser)?;
        let env = parser.env();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|error| fail("cannot start the async runtime", &error))?;
        runtime.block_on(serve(env, options, out))
    }

    /// A failure that is not the output's: printed as is, with exit status 1.
    fn fail(what: &str, error: &dyn std::fmt::Display) -> Failure {
        Failure::NotFound(format!("errcat serve: {what}: {error}\n"))
    }

    async fn serve(
        env: &crate::Env,
        options: options::Options,
        out: &mut dyn Write,
    ) -> Result<(), Failure> {
        let address = options.address;
        let listener = net::Listener::bind(address).await.map_err(|error| {
            let hint = if error.kind() == std::io::ErrorKind::AddrInUse {
                " (another program has it: choose another port with --port, or --port 0)"
            } else {
                ""
            };
            fail(
                &format!("cannot listen on {address}"),
                &format!("{error}{hint}"),
            )
        })?;
        let bound = listener
            .local_addr()
            .map_err(|error| fail("cannot read the bound address", &error))?;
        if !bound.ip().is_loopback() {
            eprintln!(
                "errcat: warning: {} is not a loopback address: other machines can reach \
                 this server",
                bound.ip()
            );
        }
        let app = Arc::new(app::App::new(env, options, bound));
        writeln!(out, "{}: listening on http://{bound}", env.name)?;
        writeln!(out, "{}: {}", env.name, app.describe())?;
        out.flush()?;

        let router = app::router(app);
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<net::Closer>(),
        )
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(|error| fail("the server failed", &error))?;
        eprintln!("errcat: stopped");
        Ok(())
    }

    /// How long open connections may delay the stop after Ctrl-C.
    const GRACE: std::time::Duration = std::time::Duration::from_secs(3);

    /// Completes on Ctrl-C (or SIGTERM on Unix), when the server starts its graceful stop.
    /// Connections still open [`GRACE`] later, or a second Ctrl-C, end the process.
    async fn shutdown_signal() {
        let ctrl_c = async {
            if tokio::signal::ctrl_c().await.is_err() {
                // No handler could be installed: only SIGTERM (or a kill) stops the server.
                std::future::pending::<()>().await;
            }
        };
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            let terminate = async {
                match signal(SignalKind::terminate()) {
                    Ok(mut stream) => {
                        stream.recv().await;
                    }
                    Err(_) => std::future::pending::<()>().await,
                }
            };
            first(std::pin::pin!(ctrl_c), std::pin::pin!(terminate)).await;
        }
        #[cfg(not(unix))]
        ctrl_c.await;
        eprintln!("errcat: shutting down");
        tokio::spawn(async {
            let again = async {
                let _ = tokio::signal::ctrl_c().await;
            };
            first(
                std::pin::pin!(again),
                std::pin::pin!(tokio::time::sleep(GRACE)),
            )
            .await;
            eprintln!("errcat: stopped, closing the connections still open");
            std::process::exit(0);
        });
    }

    /// Completes when either future does (a `select!` without tokio's `macros` feature).
    async fn first<A, B>(mut a: std::pin::Pin<&mut A>, mut b: std::pin::Pin<&mut B>)
    where
        A: Future<Output = ()>,
        B: Future<Output = ()>,
    {
        std::future::poll_fn(|cx| {
            if a.as_mut().poll(cx).is_ready() || b.as_mut().poll(cx).is_ready() {
                std::task::Poll::Ready(())
            } else {
                std::task::Poll::Pending
            }
        })
        .await;
    }
}
