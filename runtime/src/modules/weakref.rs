//! `_weakref`: the weak reference type (`object/weakref.rs`) and the
//! counts, under `runtime/lib/weakref.py`.

use super::{check_args, new_module, no_kwargs, one_arg};
use crate::builtins::new_builtin;
use crate::interp::{PyResult, Vm};
use crate::object::{new_list, weakref, ObjData};
use crate::value::Value;

pub(super) fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_weakref");
    vm.dict_set_str(&d, "ref", vm.types.weakref.clone());
    vm.dict_set_str(&d, "ReferenceType", vm.types.weakref.clone());
    let fns: &[(&'static str, crate::builtins::BuiltinFn)] = &[
        ("getweakrefcount", getweakrefcount),
        ("getweakrefs", getweakrefs),
    ];
    for (name, f) in fns {
        vm.dict_set_str(&d, name, new_builtin(name, *f, false));
    }
    m
}

/// Whether `v` can be the target of a weak reference (CPython's kinds:
/// instances, functions, classes, sets, generators, methods, modules,
/// code; not ints, strs, tuples, lists, dicts).
fn weakrefable(v: &Value) -> bool {
    matches!(
        v.data(),
        Some(
            ObjData::Instance(_)
                | ObjData::Function(_)
                | ObjData::Builtin(_)
                | ObjData::Type(_)
                | ObjData::Set(_)
                | ObjData::Generator(_)
                | ObjData::Method(..)
                | ObjData::Module(_)
                | ObjData::Code(_)
                | ObjData::File(_)
                | ObjData::Property(_)
        )
    ) && crate::interp::Vm::base_value(v).is_none()
}

/// `ref(object[, callback])`.
pub fn construct(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "ref", kwnames)?;
    check_args(vm, "__new__", args.len(), 1, 2)?;
    let target = &args[0];
    if !weakrefable(target) {
        return Err(vm.type_error(format!(
            "cannot create weak reference to '{}' object",
            vm.type_name(target)
        )));
    }
    let callback = args.get(1).cloned().unwrap_or(Value::NONE);
    Ok(weakref::new_ref(target, callback))
}

fn getweakrefcount(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let v = one_arg(vm, "getweakrefcount", args, kw)?;
    let n = if v.obj().is_some() {
        weakref::refs_to(v).len()
    } else {
        0
    };
    Ok(Value::int(n as i64))
}

fn getweakrefs(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let v = one_arg(vm, "getweakrefs", args, kw)?;
    let refs = if v.obj().is_some() {
        weakref::refs_to(v)
    } else {
        vec![]
    };
    Ok(new_list(refs))
}
