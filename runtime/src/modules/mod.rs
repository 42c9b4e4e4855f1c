//! The builtin modules written in Rust (`sys`, `math`, `time`, `gc`,
//! `builtins`, `__future__`, and the native cores `_mt19937` and `_sha2`),
//! the Python ones (`stdlib`), and `import`.

pub mod atexit;
pub mod future;
pub mod gcmod;
pub mod import;
pub mod math;
pub mod mt;
pub mod posix;
pub mod sha2;
pub mod stdlib;
pub mod sys;
pub mod time;
pub mod weakref;

use crate::interp::Vm;
use crate::object::str::new_str;
use crate::object::{alloc, new_dict, Dict, Module, ObjData};
use crate::value::Value;

/// The modules written in Rust (`sys.builtin_module_names`).
pub const BUILTIN_NAMES: &[&str] = &[
    "__future__",
    "_mt19937",
    "_sha2",
    "_weakref",
    "atexit",
    "builtins",
    "gc",
    "math",
    "posix",
    "sys",
    "time",
];

/// A module written in Rust, made on first import (the caller caches it in
/// `sys.modules`); None if `name` is not one.
pub fn builtin_module(vm: &mut Vm, name: &str) -> Option<Value> {
    Some(match name {
        "sys" => sys::make(vm),
        "math" => math::make(vm),
        "__future__" => future::make(vm),
        "time" => time::make(vm),
        "atexit" => atexit::make(vm),
        "gc" => gcmod::make(vm),
        "_mt19937" => mt::make(vm),
        "_sha2" => sha2::make(vm),
        "posix" => posix::make(vm),
        "_weakref" => weakref::make(vm),
        "builtins" => alloc(ObjData::Module(Box::new(Module {
            name: "builtins".to_string(),
            dict: vm.builtins.clone(),
        }))),
        _ => return None,
    })
}

/// A new module object named `name`: (module, its dict).
fn new_module(vm: &mut Vm, name: &str) -> (Value, Value) {
    let dict = new_dict(Dict::new());
    vm.dict_set_str(&dict, "__name__", new_str(name));
    vm.dict_set_str(&dict, "__doc__", Value::NONE);
    let m = alloc(ObjData::Module(Box::new(Module {
        name: name.to_string(),
        dict: dict.clone(),
    })));
    (m, dict)
}

/// Adds builtin functions to module dict `d`.
fn add_functions(vm: &mut Vm, d: &Value, fns: &[(&'static str, crate::builtins::BuiltinFn)]) {
    for (name, f) in fns {
        vm.dict_set_str(d, name, crate::builtins::new_builtin(name, *f, false));
    }
}

/// Runs Python source of our own in module dict `d` (the parts of a Rust
/// module written in Python: records, small classes). It compiles and
/// runs; were it ever to fail, the module keeps what it had defined.
fn run_source(vm: &mut Vm, d: &Value, source: &str, filename: &str) {
    vm.dict_set_str(d, "__builtins__", vm.builtins.clone());
    if let Ok(code) = crate::compile::compile_module(vm, source, filename) {
        let _ = vm.run_code(code, d.clone());
    }
}

// ---- argument helpers for module functions ----

// The argument checks are the builtins' own.
pub(crate) use crate::builtins::{check_args, index_int, no_args, no_kwargs, one_arg};
