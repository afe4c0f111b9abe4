//! A user's crate, as seen from outside the workspace: it reaches `error-catalog` only
//! through its public API, under the name `errcat` (a renamed dependency), so every catalog
//! says `crate = ::errcat`. Nothing here may name `error_catalog` or `__private`; the tests in
//! `tests/` check both.

#![deny(missing_docs)]

errcat::error_catalog! {
    /// Errors of a storage service.
    #[catalog(code = str, crate = ::errcat, dialect = scai_vault, help_url = "https://docs.example/errors/{code}")]
    pub enum StorageError {
        /// The object does not exist.
        ObjectNotFound {
            code: "object_not_found",
            status: 404,
            message: "Object '{key}' not found",
            fields: { key: String },
        },
        /// Too many requests.
        SlowDown {
            code: "slow_down",
            status: 429,
            message: "Reduce your request rate",
            action: retry-after,
        },
        /// The disk failed.
        Disk {
            code: "disk_error",
            status: 500,
            message: "The disk failed",
            source: std::io::Error,
        },
        /// Logged when the cache is cold.
        CacheCold { message: "cache cold for {key}", fields: { key: String }, log_only },
    }
}

errcat::error_catalog! {
    /// Integer codes, renamed crate, every type name chosen by the user.
    #[catalog(code = u32, crate = errcat, code_enum = KeyCode, status = 400)]
    pub enum KeyError {
        /// The key is not in the vault.
        KeyNotFound { code: 40013, message: "Key not found in the keyVault" },
        /// The key id is malformed.
        BadKeyId { code: 40014, status: 422, message: "Bad key id" },
    }
}

/// Reads an object, as a handler would, returning catalog errors with `?`.
///
/// # Errors
///
/// [`StorageError::ObjectNotFound`] for any key but `present`, [`StorageError::Disk`] for `broken`.
pub fn read_object(key: &str) -> Result<Vec<u8>, StorageError> {
    match key {
        "present" => Ok(b"data".to_vec()),
        "broken" => Err(std::io::Error::other("sector 7 unreadable"))?,
        _ => Err(StorageError::ObjectNotFound {
            key: key.to_owned(),
        }),
    }
}

errcat::compose_catalogs! {
    /// Both catalogs of this crate behind one type, the integer one under a prefix.
    #[catalog(crate = ::errcat, id = "service")]
    pub enum ServiceError {
        /// Storage errors, as they are.
        Storage(StorageError),
        /// Key errors, as `keys.<code>`.
        Keys(KeyError) { prefix: "keys." },
    }
}

/// A vendor's wire format of this crate's own, `{"err": <code>, "msg": <message>}` with the
/// request id in `x-tiny-request-id`: written with the runtime's public dialect API only.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tiny;

#[derive(serde::Deserialize)]
struct TinyBody {
    err: errcat::dialect::WireCode,
    msg: String,
}

impl errcat::dialect::Dialect for Tiny {
    const NAME: &'static str = "tiny";
    const MEDIA_TYPES: &'static [&'static str] = &["application/vnd.tiny+json"];
    const DEFAULT: Self = Tiny;

    fn render_into<'a, E>(
        &self,
        error: &E,
        cx: &errcat::dialect::Context<'a>,
        body: &mut Vec<u8>,
    ) -> errcat::dialect::Reply<errcat::dialect::Head<'a>>
    where
        E: errcat::WireError + ?Sized,
    {
        use errcat::dialect::{Head, Prepared, Reply, json};
        let prepared = Prepared::new(error, cx);
        body.extend_from_slice(b"{\"err\":");
        json::write_code(body, error.entry(), false);
        body.extend_from_slice(b",\"msg\":");
        json::write_message_for(body, error, cx);
        body.push(b'}');
        let mut head = Head::new(prepared.status());
        head.set_content_type(Self::MEDIA_TYPES[0]);
        if let Some(id) = prepared.request_id() {
            head.insert_header("x-tiny-request-id", id);
        }
        Reply::Respond(head)
    }

    fn read(
        &self,
        response: &errcat::dialect::Incoming<'_>,
    ) -> Result<errcat::dialect::Reading, errcat::dialect::ParseError> {
        let body: TinyBody = response.json(Self::NAME)?;
        let mut reading = errcat::dialect::Reading::new(response.status()).with_code(body.err);
        reading.message = Some(body.msg);
        reading.request_id = response.request_id("x-tiny-request-id");
        Ok(reading)
    }
}

errcat::error_catalog! {
    /// A catalog whose native dialect is this crate's own [`Tiny`].
    #[catalog(code = u16, crate = ::errcat, dialect = crate::Tiny)]
    pub enum TinyError {
        /// The thing is missing.
        Missing { code: 7, status: 404, message: "No such thing: {thing}", fields: { thing: String } },
        /// Slow down.
        Busy { code: 8, status: 503, message: "Busy", action: retry },
    }
}
