error_catalog::error_catalog! {
    #[catalog(code = u16)]
    pub enum ApiError;
}

fn main() {}
