error_catalog::error_catalog! {
    #[catalog(code = u16, status = 500)]
    pub enum ApiError {
        NotFound,
        Gone { code: 410, message: "Gone" },
    }
}

fn main() {}
