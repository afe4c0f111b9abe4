error_catalog::compose_catalogs! {
    /// Nothing to compose.
    pub enum EmptyError {}
}

fn main() {}
