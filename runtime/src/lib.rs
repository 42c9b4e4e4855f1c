//! Tiercel's runtime: values, objects, the compiler, the interpreter (whose
//! dispatch loop is generated from `bytecodes.def`), builtins and modules.
//! `docs/architecture.md` is the map of this crate.

pub mod builtins;
pub mod compile;
pub mod gc;
pub mod interp;
pub mod modules;
pub mod object;
pub mod stats;
pub mod value;

/// Written by `cargo run -p generator`; never edited by hand.
#[rustfmt::skip]
pub mod generated {
    pub mod opcodes;
    pub mod tier1;
    pub mod tier1_table;
}

pub use interp::{PyErr, PyResult, Vm};
pub use value::Value;
