error_catalog::error_catalog! {
    #[catalog(code = u16, status = 500)]
    pub enum ApiError {
        ALL { code: 1, message: "all" },
        INFO { code: 2, message: "info" },
        kind { code: 3, message: "kind" },
        from_code { code: 4, message: "from code" },
    }
}

fn main() {}
