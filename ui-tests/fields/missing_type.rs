error_catalog::error_catalog! {
    #[catalog(code = u16, status = 500)]
    pub enum ApiError {
        NotFound { code: 404, message: "Secret '{path}' not found", fields: { path: } },
        Gone { code: 410, message: "Secret '{path}' gone", fields: { path: , id: u64 } },
    }
}

fn main() {}
