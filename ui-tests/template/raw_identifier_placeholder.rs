error_catalog::error_catalog! {
    #[catalog(code = u16, status = 500)]
    pub enum ApiError {
        BadType { code: 400, message: "bad type {r#type}", fields: { r#type: String } },
        GoodType { code: 401, message: "good type {type}", fields: { r#type: String } },
    }
}

fn main() {}
