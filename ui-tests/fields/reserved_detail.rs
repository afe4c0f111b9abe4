error_catalog::error_catalog! {
    #[catalog(code = u16, status = 500, dialect = scai_vault)]
    pub enum ApiError {
        Invalid { code: 400, message: "Invalid: {detail}", fields: { detail: String } },
        Raw { code: 401, message: "Invalid: {detail}", fields: { r#detail: String } },
    }
}

fn main() {}
