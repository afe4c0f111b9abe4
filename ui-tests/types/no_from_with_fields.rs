error_catalog::error_catalog! {
    #[catalog(code = u16, status = 500)]
    pub enum ApiError {
        Read { code: 1, message: "read {path}", fields: { path: String }, source: std::io::Error, no_from },
    }
}

fn main() {}
