//! The `gc` module: the cycle collector's controls (`gc/`).

use super::{check_args, index_int, new_module, no_args, no_kwargs, one_arg};
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
    super::add_functions(vm, &d, fns);
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
    run_callbacks(vm, "start", 0)?;
    let n = crate::gc::collect();
    vm.run_finalizers();
    run_callbacks(vm, "stop", n)?;
    Ok(Value::int(n as i64))
}

/// Calls each of `gc.callbacks` with (phase, info), as CPython does around
/// a collection.
fn run_callbacks(vm: &mut Vm, phase: &str, collected: usize) -> PyResult<()> {
    let modules = vm.modules.clone();
    let Some(m) = vm.dict_get_str(&modules, "gc") else {
        return Ok(());
    };
    let Some(crate::object::ObjData::Module(md)) = m.data() else {
        return Ok(());
    };
    let Some(cbs) = vm.dict_get_str(&md.dict.clone(), "callbacks") else {
        return Ok(());
    };
    let cbs = crate::interp::ops::iterate(vm, &cbs)?;
    if cbs.is_empty() {
        return Ok(());
    }
    let info = crate::object::new_dict(crate::object::Dict::new());
    vm.dict_set_str(&info, "generation", Value::int(2));
    vm.dict_set_str(&info, "collected", Value::int(collected as i64));
    vm.dict_set_str(&info, "uncollectable", Value::int(0));
    let phase = crate::object::str::new_str(phase);
    for cb in cbs {
        vm.call(&cb, &[phase.clone(), info.clone()], None)?;
    }
    Ok(())
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
    if args.is_empty() || args.len() > 3 {
        let (bound, n) = if args.is_empty() {
            ("at least 1 argument", 0)
        } else {
            ("at most 3 arguments", args.len())
        };
        return Err(vm.type_error(format!("set_threshold() takes {bound} ({n} given)")));
    }
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
