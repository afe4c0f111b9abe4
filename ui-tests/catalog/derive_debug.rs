error_catalog::error_catalog! {
    #[catalog(code = str, status = 500)]
    #[derive(Clone, Debug, PartialEq)]
    pub enum ApiError {
        NotFound { code: "not_found", message: "Not found" },
    }
}

fn main() {
    let error = ApiError::NotFound;
    assert!(error.clone() == error);
}
