error_catalog::error_catalog! {
    #[catalog(code = str, format = SCM)]
    pub enum ApiError {
        NotFound { code: "SCM.0404", status: 404, message: "Not found" },
    }
}

fn main() {}
