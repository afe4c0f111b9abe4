error_catalog::compose_catalogs! {
    /// A struct is not a composition.
    pub struct GatewayError {}
}

fn main() {}
