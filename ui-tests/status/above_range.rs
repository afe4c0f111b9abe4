error_catalog::error_catalog! {
    #[catalog(code = u16)]
    pub enum ApiError {
        Weird { code: 600, status: 600, message: "Weird" },
    }
}

fn main() {}
