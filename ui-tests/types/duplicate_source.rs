error_catalog::error_catalog! {
    #[catalog(code = u16, status = 500)]
    pub enum ApiError {
        Read { code: 1, message: "read failed", source: std::io::Error },
        Write { code: 2, message: "write failed", source: std::io::Error },
    }
}

fn main() {}
