//! The `gc` module: the cycle collector's controls (`gc/`).

use super::{check_args, index_int, new_module, no_args, no_kwargs, one_arg};
use crate::builtins::new_builtin;
use crate::interp::{PyResult, Vm};
use crate::object::new_tuple;
use crate::value::Value;

pub(super) fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "gc");
    let fns: &[(&'static str, crate::builtins::BuiltinFn)] = &[
        ("collect", gc_collect),
        ("enable", gc_enable),
        ("disable", gc_disable),
        ("isenabled", gc_isenabled),
        ("is_tracked", gc_is_tracked),
        ("get_count", gc_get_count),
        ("get_threshold", gc_get_threshold),
        ("set_threshold", gc_set_threshold),
    ];
    for (name, f) in fns {
        vm.dict_set_str(&d, name, new_builtin(name, *f, false));
    }
    vm.dict_set_str(&d, "garbage", crate::object::new_list(vec![]));
    vm.dict_set_str(&d, "callbacks", crate::object::new_list(vec![]));
    m
}

/// `collect(generation=2)`: a full collection (the collector has one
/// generation); the number of unreachable objects found. Finalizers it
/// queued run before it returns, as in CPython.
fn gc_collect(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = crate::builtins::split_kwargs(args, kw);
    check_args(vm, "collect", pos.len() + kws.len(), 0, 1)?;
    let gen = match (pos.first(), kws.first()) {
        (Some(g), _) => Some(g),
        (None, Some(&("generation", g))) => Some(g),
        (None, Some((k, _))) => {
            return Err(vm.type_error(format!(
                "collect() got an unexpected keyword argument '{k}'"
            )))
        }
        (None, None) => None,
    };
    if let Some(g) = gen {
        let g = index_int(vm, g)?.to_i64().unwrap_or(-1);
        if !(0..=2).contains(&g) {
            return Err(vm.value_error("invalid generation"));
        }
    }
    let n = crate::gc::collect();
    vm.run_finalizers();
    Ok(Value::int(n as i64))
}

fn gc_enable(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "enable", args, kw)?;
    crate::gc::set_enabled(true);
    Ok(Value::NONE)
}
fn gc_disable(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "disable", args, kw)?;
    crate::gc::set_enabled(false);
    Ok(Value::NONE)
}
fn gc_isenabled(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "isenabled", args, kw)?;
    Ok(Value::bool(crate::gc::is_enabled()))
}
fn gc_is_tracked(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let v = one_arg(vm, "is_tracked", args, kw)?;
    Ok(Value::bool(crate::gc::is_tracked(v)))
}
thread_local! {
    /// What set_threshold recorded (CPython's defaults until then).
    static THRESHOLD: std::cell::Cell<[i64; 3]> = const { std::cell::Cell::new([700, 10, 10]) };
}

/// `get_count()`: containers tracked now, then the two older generations
/// CPython has (always 0 here).
fn gc_get_count(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "get_count", args, kw)?;
    let n = crate::gc::tracked_count() as i64;
    Ok(new_tuple(vec![Value::int(n), Value::int(0), Value::int(0)]))
}
fn gc_get_threshold(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "get_threshold", args, kw)?;
    let t = THRESHOLD.with(|t| t.get());
    Ok(new_tuple(t.iter().map(|x| Value::int(*x)).collect()))
}
/// `set_threshold(t0[, t1[, t2]])`: recorded and reported back by
/// get_threshold; the collector keeps its own schedule.
fn gc_set_threshold(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "set_threshold", kw)?;
    check_args(vm, "set_threshold", args.len(), 1, 3)?;
    for (i, a) in args.iter().enumerate() {
        let v = index_int(vm, a)?
            .to_i64()
            .filter(|v| i32::try_from(*v).is_ok())
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))?;
        THRESHOLD.with(|t| {
            let mut now = t.get();
            now[i] = v;
            t.set(now);
        });
    }
    Ok(Value::NONE)
}
