//! gRPC
