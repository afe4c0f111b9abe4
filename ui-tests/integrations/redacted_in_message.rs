error_catalog::error_catalog! {
    #[catalog(code = u16)]
    pub enum ApiError {
        BadToken {
            code: 401,
            status: 401,
            message: "Token {token} rejected for {user}",
            fields: { user: String, #[redact] token: String },
            translations: { fr: "Jeton {token} refusé" },
        },
    }
}

fn main() {}
