error_catalog::error_catalog! {
    #[catalog(code = u16, status = 500)]
    pub enum ApiError {
        r#code { code: 1, message: "code" },
    }
}

fn main() {}
