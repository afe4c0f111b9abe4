error_catalog::error_catalog! {
    #[catalog(code = u16)]
    pub enum ApiError {
        First { code: 0x1F, status: 400, message: "First" },
        Second { code: 31, status: 400, message: "Second" },
    }
}

fn main() {}
