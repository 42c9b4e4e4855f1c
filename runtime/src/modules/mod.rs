//! The builtin modules (`sys`, `math`) and `import`.

pub mod math;
pub mod sys;

use crate::interp::{PyResult, Vm};
use crate::object::int::as_int;
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

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn nkw(kwnames: Option<&Value>) -> usize {
    kwnames.and_then(|k| k.as_tuple()).map_or(0, |t| t.len())
}

/// "`name`() takes no keyword arguments".
fn no_kwargs(vm: &Vm, name: &str, kwnames: Option<&Value>) -> PyResult<()> {
    if nkw(kwnames) > 0 {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// CPython's `_PyArg_CheckPositional` messages.
fn check_args(vm: &Vm, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min {
        let what = if min == max { "" } else { "at least " };
        return Err(vm.type_error(format!(
            "{name} expected {what}{min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        let what = if min == max { "" } else { "at most " };
        return Err(vm.type_error(format!(
            "{name} expected {what}{max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}

/// "`name`() takes exactly one argument (2 given)".
fn one_arg<'a>(
    vm: &Vm,
    name: &str,
    args: &'a [Value],
    kwnames: Option<&Value>,
) -> PyResult<&'a Value> {
    no_kwargs(vm, name, kwnames)?;
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(&args[0])
}

/// "`name`() takes no arguments (1 given)".
fn no_args(vm: &Vm, name: &str, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    no_kwargs(vm, name, kwnames)?;
    if !args.is_empty() {
        return Err(vm.type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}

/// An int argument (`__index__`).
fn index_int<'a>(vm: &Vm, v: &'a Value) -> PyResult<crate::object::int::Int<'a>> {
    as_int(v).ok_or_else(|| {
        vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))
    })
}
