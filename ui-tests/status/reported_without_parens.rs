error_catalog::error_catalog! {
    #[catalog(code = u16)]
    pub enum ApiError {
        Upstream { code: 502, status: reported 502, message: "Upstream failed" },
    }
}

fn main() {}
