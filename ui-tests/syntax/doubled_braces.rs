error_catalog::error_catalog! {
    #[catalog(code = u16, status = 500)]
    pub enum ApiError {
        NotFound {{ code: 404, message: "Not found" }},
    }
}

fn main() {}
