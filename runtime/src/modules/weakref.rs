//! `_weakref`: the weak reference type (`object/weakref.rs`) and the
//! counts, under `runtime/lib/weakref.py`.

use super::{check_args, new_module, no_kwargs, one_arg};
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
    super::add_functions(vm, &d, fns);
    m
}

/// Whether `v` can be the target of a weak reference (CPython's kinds:
/// instances of classes with a `__weakref__` slot, functions, classes,
/// sets, generators, methods, modules, code, exceptions; not ints, strs,
/// tuples, lists, dicts, or `object()` itself).
fn weakrefable(vm: &Vm, v: &Value) -> bool {
    match v.data() {
        Some(ObjData::Instance(i)) => {
            let Some(t) = i.class.as_type() else {
                return false;
            };
            // Nor instances of object itself, or of subclasses of int,
            // tuple and bytes (CPython's variable-size objects).
            if i.class.is(&vm.types.object)
                || matches!(
                    i.base.data(),
                    Some(
                        ObjData::Int(_)
                            | ObjData::BigInt(_)
                            | ObjData::Tuple(_)
                            | ObjData::Bytes(_)
                    )
                )
                || (!i.base.is_null() && i.base.as_small_int().is_some())
            {
                return false;
            }
            if t.has_dict {
                return true;
            }
            // A class whose __slots__ leave no __dict__ has weak references
            // only when some class in its MRO lists __weakref__.
            t.mro.borrow().iter().any(|c| {
                c.as_type().is_some_and(|ct| {
                    vm.dict_get_str(&ct.dict, "__slots__").is_some_and(|s| {
                        s.as_str().is_some_and(|x| x.as_str() == "__weakref__")
                            || s.as_tuple().is_some_and(|items| {
                                items.iter().any(|x| {
                                    x.as_str().is_some_and(|x| x.as_str() == "__weakref__")
                                })
                            })
                            || s.as_list().is_some_and(|items| {
                                items.borrow().iter().any(|x| {
                                    x.as_str().is_some_and(|x| x.as_str() == "__weakref__")
                                })
                            })
                    })
                })
            })
        }
        Some(
            ObjData::Function(_)
            | ObjData::Builtin(_)
            | ObjData::Type(_)
            | ObjData::Set(_)
            | ObjData::Generator(_)
            | ObjData::Method(..)
            | ObjData::Module(_)
            | ObjData::Code(_)
            | ObjData::File(_)
            | ObjData::Property(_)
            | ObjData::Exception(_),
        ) => true,
        _ => false,
    }
}

/// `ref(object[, callback])`.
pub fn construct(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "ref", kwnames)?;
    check_args(vm, "__new__", args.len(), 1, 2)?;
    let target = &args[0];
    if !weakrefable(vm, target) {
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
