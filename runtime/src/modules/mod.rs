//! The builtin modules (`sys`, `math`) and `import`.

pub mod math;
pub mod sys;

use crate::interp::{PyResult, Vm};
use crate::object::str::new_str;
use crate::object::{alloc, new_dict, Dict, Module, ObjData};
use crate::value::Value;

/// `import name`: the module object, created on first import and cached in
/// `sys.modules` (`vm.modules`), so later imports return the same object.
pub fn import(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let modules = vm.modules.clone();
    if let Some(m) = vm.dict_get_str(&modules, name) {
        return Ok(m);
    }
    let m = match name {
        "sys" => sys::make(vm),
        "math" => math::make(vm),
        _ => {
            return Err(vm.error(
                &vm.exc.module_not_found_error,
                format!("No module named '{name}'"),
            ))
        }
    };
    vm.dict_set_str(&modules, name, m.clone());
    Ok(m)
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

// ---- argument helpers for module functions ----

// The argument checks are the builtins' own.
pub(crate) use crate::builtins::{check_args, index_int, no_args, no_kwargs, one_arg};
