error_catalog::error_catalog! {
    #[catalog(code = u16)]
    pub enum ApiError {
        BadToken {
            code: 401,
            status: 401,
            message: "Token rejected",
            fields: { #[redact(partial)] token: String },
        },
    }
}

fn main() {}
