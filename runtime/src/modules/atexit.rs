//! `atexit`: calls registered to run when the interpreter ends
//! (`Vm::run_atexit`, before the modules are cleared).

use super::{check_args, new_module, no_args, one_arg};
use crate::interp::{PyResult, Vm};
use crate::object::new_tuple;
use crate::value::Value;

pub(super) fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "atexit");
    let fns: &[(&'static str, crate::builtins::BuiltinFn)] = &[
        ("register", register),
        ("unregister", unregister),
        ("_run_exitfuncs", run_exitfuncs),
        ("_clear", clear),
        ("_ncallbacks", ncallbacks),
    ];
    super::add_functions(vm, &d, fns);
    m
}

/// Calls `f(*args, **kwargs)` for a registered callback.
pub fn call(vm: &mut Vm, f: &Value, args: &Value, kwargs: &Value) -> PyResult<Value> {
    let mut all: Vec<Value> = args.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
    let mut names = Vec::new();
    if let Some(d) = kwargs.as_dict() {
        for (k, v) in d.borrow().iter() {
            names.push(k.clone());
            all.push(v.clone());
        }
    }
    let kwnames = (!names.is_empty()).then(|| new_tuple(names));
    vm.call(f, &all, kwnames.as_ref())
}

/// `register(func, *args, **kwargs)`: returns func (so it works as a
/// decorator).
fn register(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = crate::builtins::split_kwargs(args, kwnames);
    if pos.is_empty() {
        return Err(vm.type_error("register() takes at least 1 argument (0 given)"));
    }
    let f = pos[0].clone();
    let builtins = vm.builtins.clone();
    let is_callable = match vm.dict_get_str(&builtins, "callable") {
        Some(c) => vm.call(&c, std::slice::from_ref(&f), None)?.is_true(),
        None => true,
    };
    if !is_callable {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let kwargs = if kws.is_empty() {
        Value::NULL
    } else {
        let d = crate::object::new_dict(crate::object::Dict::new());
        for (k, v) in kws {
            vm.dict_set_str(&d, k, v.clone());
        }
        d
    };
    vm.atexit
        .push((f.clone(), new_tuple(pos[1..].to_vec()), kwargs));
    Ok(f)
}

/// `unregister(func)`: drops every registration of func (compared with ==).
fn unregister(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let f = one_arg(vm, "unregister", args, kwnames)?.clone();
    let mut kept = Vec::new();
    for entry in std::mem::take(&mut vm.atexit) {
        if !crate::interp::ops::eq(vm, &entry.0, &f)? {
            kept.push(entry);
        }
    }
    vm.atexit = kept;
    Ok(Value::NONE)
}

fn run_exitfuncs(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "_run_exitfuncs", args, kwnames)?;
    vm.run_atexit();
    Ok(Value::NONE)
}

fn clear(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "_clear", args, kwnames)?;
    let old = std::mem::take(&mut vm.atexit);
    drop(old);
    Ok(Value::NONE)
}

fn ncallbacks(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    check_args(vm, "_ncallbacks", args.len(), 0, 0)?;
    let _ = kwnames;
    Ok(Value::int(vm.atexit.len() as i64))
}
