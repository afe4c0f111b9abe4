error_catalog::error_catalog! {
    #[catalog(code = str)]
    pub enum ApiError {
        First { code: "\x41", status: 400, message: "First" },
        Second { code: "A", status: 400, message: "Second" },
    }
}

fn main() {}
