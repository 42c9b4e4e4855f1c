//! The `sys` module.

use super::{check_args, index_int, new_module, no_args, no_kwargs, one_arg};
use crate::builtins::new_builtin;
use crate::interp::{PyErr, PyResult, Vm};
use crate::object::str::new_str;
use crate::object::{new_list, new_tuple};
use crate::value::Value;

pub(super) fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "sys");
    let argv = new_list(vm.argv.iter().map(|a| new_str(a.as_str())).collect());
    vm.dict_set_str(&d, "argv", argv);
    vm.dict_set_str(&d, "modules", vm.modules.clone());
    vm.dict_set_str(&d, "maxsize", Value::int(i64::MAX));
    vm.dict_set_str(&d, "maxunicode", Value::int(0x10ffff));
    vm.dict_set_str(&d, "version", new_str("3.11.7 (tiercel)"));
    vm.dict_set_str(&d, "hexversion", Value::int(0x030b07f0));
    let version_info = new_tuple(vec![
        Value::int(3),
        Value::int(11),
        Value::int(7),
        new_str("final"),
        Value::int(0),
    ]);
    vm.dict_set_str(&d, "version_info", version_info);
    vm.dict_set_str(&d, "platform", new_str("linux"));
    vm.dict_set_str(
        &d,
        "byteorder",
        new_str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    vm.dict_set_str(&d, "path", vm.sys_path.clone());
    let (out, err) = (
        crate::builtins::file::std_stream(1),
        crate::builtins::file::std_stream(2),
    );
    vm.dict_set_str(&d, "stdout", out.clone());
    vm.dict_set_str(&d, "__stdout__", out);
    vm.dict_set_str(&d, "stderr", err.clone());
    vm.dict_set_str(&d, "__stderr__", err);
    let stdin = crate::builtins::file::stdin_stream();
    vm.dict_set_str(&d, "stdin", stdin.clone());
    vm.dict_set_str(&d, "__stdin__", stdin);
    vm.dict_set_str(&d, "executable", new_str(""));
    let fns: &[(&'static str, crate::builtins::BuiltinFn)] = &[
        ("exit", sys_exit),
        ("exc_info", sys_exc_info),
        ("exception", sys_exception),
        ("getrecursionlimit", sys_getrecursionlimit),
        ("setrecursionlimit", sys_setrecursionlimit),
    ];
    for (name, f) in fns {
        vm.dict_set_str(&d, name, new_builtin(name, *f, false));
    }
    m
}

/// `sys.exc_info()`: (type, value, traceback) of the exception being
/// handled, or three Nones.
fn sys_exc_info(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "sys.exc_info", args, kwnames)?;
    let e = vm.exc_info.clone();
    Ok(match e.as_exception() {
        Some(x) => new_tuple(vec![vm.type_of(&e), e.clone(), x.traceback_object(&e)]),
        None => new_tuple(vec![Value::NONE, Value::NONE, Value::NONE]),
    })
}

/// `sys.exception()`: the exception being handled, or None.
fn sys_exception(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "sys.exception", args, kwnames)?;
    let e = vm.exc_info.clone();
    Ok(if e.as_exception().is_some() {
        e
    } else {
        Value::NONE
    })
}

/// `sys.exit([status])`: raises SystemExit(status).
pub(crate) fn sys_exit(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "exit", kwnames)?;
    check_args(vm, "exit", args.len(), 0, 1)?;
    Err(PyErr(vm.new_exception(&vm.exc.system_exit, args.to_vec())))
}

fn sys_getrecursionlimit(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "sys.getrecursionlimit", args, kwnames)?;
    Ok(Value::int(vm.recursion_limit as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let v = one_arg(vm, "setrecursionlimit", args, kwnames)?;
    let n = match index_int(vm, v)?.to_i64() {
        Some(n) if n >= i32::MIN as i64 && n <= i32::MAX as i64 => n,
        _ => return Err(vm.overflow_error("Python int too large to convert to C int")),
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let depth = vm.frames.depth as i64;
    if depth >= n {
        return Err(vm.error(
            &vm.exc.recursion_error,
            format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"),
        ));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::NONE)
}
