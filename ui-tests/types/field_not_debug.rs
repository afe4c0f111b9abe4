pub struct SecretPath(String);

impl std::fmt::Display for SecretPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

error_catalog::error_catalog! {
    #[catalog(code = u16)]
    pub enum ApiError {
        NotFound {
            code: 404,
            status: 404,
            message: "Secret '{path}' not found",
            fields: { path: SecretPath },
        },
    }
}

fn main() {}
