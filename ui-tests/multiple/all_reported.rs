error_catalog::error_catalog! {
    /// A catalog with one mistake per entry and one in its header.
    #[catalog(code = u16, dialect = json)]
    pub enum ApiError {
        NotFound { code: 404, status: 404, message: "Not found" },
        Gone { code: 404, status: 410, message: "Gone" },
        Teapot { code: 418, status: 200, message: "I'm a teapot" },
        Busy { code: 503, status: 503, message: "Busy", action: retyr },
        Locked { code: 423, stauts: 423, message: "Locked" },
        Unnamed { code: 424, status: 424 },
        Template { code: 425, status: 425, message: "Value {value} rejected" },
        CacheMiss { status: 500, message: "Cache miss", log_only },
    }
}

fn main() {}
