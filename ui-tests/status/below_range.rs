error_catalog::error_catalog! {
    #[catalog(code = u16)]
    pub enum ApiError {
        Ok { code: 200, status: 200, message: "Fine" },
    }
}

fn main() {}
