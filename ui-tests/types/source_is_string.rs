error_catalog::error_catalog! {
    #[catalog(code = u16)]
    pub enum ApiError {
        Upstream { code: 502, status: 502, message: "upstream failed", source: String },
    }
}

fn main() {}
