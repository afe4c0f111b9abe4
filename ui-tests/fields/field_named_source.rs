error_catalog::error_catalog! {
    #[catalog(code = u16)]
    pub enum ApiError {
        Io { code: 500, status: 500, message: "I/O failed: {source}", fields: { source: String } },
    }
}

fn main() {}
