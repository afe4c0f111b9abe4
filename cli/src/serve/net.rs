//! The listener of `errcat serve`: plain TCP connections, each with a [`Closer`] a handler can
//! use to drop the connection without answering, as an SCMS RA does on failed checks.
//!
//! axum always sends a handler's response; to send none, the handler trips the connection's
//! [`Closer`] and returns. From then on the connection refuses every write and reads as ended,
//! so hyper gives up on the response and drops the socket: the client sees the connection
//! closed and no byte of an answer.

use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::extract::connect_info::Connected;
use axum::serve::IncomingStream;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};

/// Closes one connection without answering; handlers get it as `ConnectInfo<Closer>`.
#[derive(Clone, Debug, Default)]
pub struct Closer(Arc<AtomicBool>);

impl Closer {
    /// From now on the connection writes nothing more and is dropped.
    pub fn close(&self) {
        self.0.store(true, Ordering::Release);
    }

    fn is_closed(&self) -> bool {
        self.0.load(Ordering::Acquire)
    }
}

/// A TCP listener whose connections carry a [`Closer`].
#[derive(Debug)]
pub struct Listener {
    inner: TcpListener,
}

impl Listener {
    /// Listens on `address`.
    pub async fn bind(address: SocketAddr) -> io::Result<Self> {
        Ok(Listener {
            inner: TcpListener::bind(address).await?,
        })
    }

    /// The address bound (with the port chosen for port 0).
    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        self.inner.local_addr()
    }
}

impl axum::serve::Listener for Listener {
    type Io = Connection;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        loop {
            match self.inner.accept().await {
                Ok((stream, remote)) => {
                    let connection = Connection {
                        stream,
                        closer: Closer::default(),
                    };
                    return (connection, remote);
                }
                // The peer gave up before the accept: nothing to report.
                Err(error) if is_connection_error(&error) => {}
                // Out of file descriptors and the like: wait for some to be freed.
                Err(error) => {
                    eprintln!("errcat: cannot accept a connection: {error}");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
            }
        }
    }

    fn local_addr(&self) -> io::Result<Self::Addr> {
        self.inner.local_addr()
    }
}

fn is_connection_error(error: &io::Error) -> bool {
    matches!(
        error.kind(),
        io::ErrorKind::ConnectionRefused
            | io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
    )
}

impl Connected<IncomingStream<'_, Listener>> for Closer {
    fn connect_info(stream: IncomingStream<'_, Listener>) -> Self {
        stream.io().closer.clone()
    }
}

/// One accepted connection.
#[derive(Debug)]
pub struct Connection {
    stream: TcpStream,
    closer: Closer,
}

/// The error every write of a closed connection gets.
fn closed() -> io::Error {
    io::Error::new(
        io::ErrorKind::ConnectionAborted,
        "closed without an answer, as the dialect asked",
    )
}

impl AsyncRead for Connection {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        if this.closer.is_closed() {
            // The end of the stream.
            return Poll::Ready(Ok(()));
        }
        Pin::new(&mut this.stream).poll_read(cx, buf)
    }
}

impl AsyncWrite for Connection {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        if this.closer.is_closed() {
            return Poll::Ready(Err(closed()));
        }
        Pin::new(&mut this.stream).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        if this.closer.is_closed() {
            return Poll::Ready(Err(closed()));
        }
        Pin::new(&mut this.stream).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        if this.closer.is_closed() {
            return Poll::Ready(Err(closed()));
        }
        Pin::new(&mut this.stream).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_shutdown(cx)
    }
}
