error_catalog::error_catalog! {
    #[catalog(code = u16)]
    pub enum ApiError {
        Busy { code: 503, status: 503, message: "Busy", action: retyr },
    }
}

fn main() {}
