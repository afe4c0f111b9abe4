// A member type nested deeper than the macro reads: one error at the first token too deep,
// not a stack overflow in the compiler.
error_catalog::compose_catalogs! {
    pub enum ServiceError {
        Deep(Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<u8>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>),
    }
}

fn main() {}
