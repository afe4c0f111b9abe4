error_catalog::error_catalog! {
    #[catalog(code = u16)]
    pub enum ApiError {
        NotFound { code: 404, status: 404, name: "notFound", message: "Not found" },
        Gone { code: 410, status: 410, repeated_name, message: "Gone" },
    }
}

fn main() {}
