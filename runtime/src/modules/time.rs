//! The `time` module: clocks and sleep.

use super::{new_module, no_args, one_arg};
use crate::builtins::new_builtin;
use crate::interp::{PyResult, Vm};
use crate::object::int::from_big;
use crate::value::Value;
use num_bigint::BigInt;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub(super) fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "time");
    let fns: &[(&'static str, crate::builtins::BuiltinFn)] = &[
        ("time", time_time),
        ("time_ns", time_time_ns),
        ("perf_counter", time_perf_counter),
        ("perf_counter_ns", time_perf_counter_ns),
        ("monotonic", time_perf_counter),
        ("monotonic_ns", time_perf_counter_ns),
        ("process_time", time_process_time),
        ("process_time_ns", time_process_time_ns),
        ("thread_time", time_process_time),
        ("thread_time_ns", time_process_time_ns),
        ("sleep", time_sleep),
    ];
    for (name, f) in fns {
        vm.dict_set_str(&d, name, new_builtin(name, *f, false));
    }
    m
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

/// The monotonic clock's reading: time since the first reading in this
/// process, offset so that it never starts at zero.
fn monotonic() -> Duration {
    thread_local! {
        static START: Instant = Instant::now();
    }
    START.with(|s| s.elapsed()) + Duration::from_secs(1)
}

/// CPU time of the process (user + system), from `clock_gettime`.
fn process_time() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec through the valid pointer.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return Duration::ZERO;
    }
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

fn ns(d: Duration) -> Value {
    from_big(BigInt::from(d.as_nanos()))
}

fn time_time(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "time", args, kw)?;
    Ok(Value::float(since_epoch().as_secs_f64()))
}
fn time_time_ns(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "time_ns", args, kw)?;
    Ok(ns(since_epoch()))
}
fn time_perf_counter(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "perf_counter", args, kw)?;
    Ok(Value::float(monotonic().as_secs_f64()))
}
fn time_perf_counter_ns(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "perf_counter_ns", args, kw)?;
    Ok(ns(monotonic()))
}
fn time_process_time(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "process_time", args, kw)?;
    Ok(Value::float(process_time().as_secs_f64()))
}
fn time_process_time_ns(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "process_time_ns", args, kw)?;
    Ok(ns(process_time()))
}

/// `sleep(secs)`: CPython's checks on the argument.
fn time_sleep(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let v = one_arg(vm, "sleep", args, kw)?;
    let secs = if let Some(f) = v.as_float() {
        f
    } else if let Some(i) = crate::object::int::as_int(v) {
        i.to_f64().unwrap_or(f64::INFINITY)
    } else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )));
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if secs > 1e15 {
        return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    std::thread::sleep(Duration::from_secs_f64(secs));
    Ok(Value::NONE)
}
