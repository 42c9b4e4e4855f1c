//! The `sys` module.

use super::{check_args, index_int, new_module, no_args, no_kwargs, one_arg};
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
    vm.dict_set_str(&d, "float_repr_style", new_str("short"));
    vm.dict_set_str(&d, "api_version", Value::int(1013));
    vm.dict_set_str(&d, "dont_write_bytecode", Value::TRUE);
    vm.dict_set_str(&d, "warnoptions", new_list(vec![]));
    vm.dict_set_str(&d, "prefix", new_str(""));
    vm.dict_set_str(&d, "exec_prefix", new_str(""));
    vm.dict_set_str(&d, "builtin_module_names", {
        let names = crate::modules::BUILTIN_NAMES.iter().map(|n| new_str(*n));
        new_tuple(names.collect())
    });
    let fns: &[(&'static str, crate::builtins::BuiltinFn)] = &[
        ("exit", sys_exit),
        ("exc_info", sys_exc_info),
        ("exception", sys_exception),
        ("getrecursionlimit", sys_getrecursionlimit),
        ("setrecursionlimit", sys_setrecursionlimit),
        ("intern", sys_intern),
        ("_getframe", sys_getframe),
        ("get_int_max_str_digits", sys_get_int_max_str_digits),
        ("set_int_max_str_digits", sys_set_int_max_str_digits),
        ("getsizeof", sys_getsizeof),
        ("getrefcount", sys_getrefcount),
        ("getdefaultencoding", sys_getdefaultencoding),
        ("getfilesystemencoding", sys_getdefaultencoding),
    ];
    super::add_functions(vm, &d, fns);
    // The structured records (float_info, int_info, hash_info, flags,
    // implementation) are tuples with field names: our own Python.
    super::run_source(vm, &d, SOURCE, "<frozen sys>");
    m
}

const SOURCE: &str = r#"
from _structseq import structseq as _structseq

float_info = _structseq("sys.float_info", (
    ("max", 1.7976931348623157e+308), ("max_exp", 1024), ("max_10_exp", 308),
    ("min", 2.2250738585072014e-308), ("min_exp", -1021), ("min_10_exp", -307),
    ("dig", 15), ("mant_dig", 53), ("epsilon", 2.220446049250313e-16),
    ("radix", 2), ("rounds", 1)))
int_info = _structseq("sys.int_info", (
    ("bits_per_digit", 30), ("sizeof_digit", 4),
    ("default_max_str_digits", 4300), ("str_digits_check_threshold", 640)))
hash_info = _structseq("sys.hash_info", (
    ("width", 64), ("modulus", 2305843009213693951), ("inf", 314159),
    ("nan", 0), ("imag", 1000003), ("algorithm", "siphash13"),
    ("hash_bits", 64), ("seed_bits", 128), ("cutoff", 0)))
flags = _structseq("sys.flags", (
    ("debug", 0), ("inspect", 0), ("interactive", 0), ("optimize", 0),
    ("dont_write_bytecode", 1), ("no_user_site", 0), ("no_site", 0),
    ("ignore_environment", 0), ("verbose", 0), ("bytes_warning", 0),
    ("quiet", 0), ("hash_randomization", 1), ("isolated", 0),
    ("dev_mode", False), ("utf8_mode", 0), ("warn_default_encoding", 0),
    ("safe_path", False), ("int_max_str_digits", -1)))
version_info = _structseq("sys.version_info", (
    ("major", 3), ("minor", 11), ("micro", 7), ("releaselevel", "final"),
    ("serial", 0)))


class _Implementation:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"namespace({fields})"


class _Frame:
    """A snapshot of a running frame, made by _getframe(): its code, line,
    globals, locals (as they were then) and the frame below it."""

    def __init__(self, code, lineno, lasti, globals, builtins, locals, back):
        self.f_code = code
        self.f_lineno = lineno
        self.f_lasti = lasti
        self.f_globals = globals
        self.f_builtins = builtins
        self.f_locals = locals
        self.f_back = back

    def __repr__(self):
        return (f"<frame at {id(self):#x}, file {self.f_code.co_filename!r}, "
                f"line {self.f_lineno}, code {self.f_code.co_name}>")


implementation = _Implementation(
    name="tiercel", cache_tag=None, version=version_info,
    hexversion=hexversion, _multiarch="x86_64-linux-gnu")
del _structseq, _Implementation
"#;

/// `sys._getframe(depth=0)`: a snapshot of the caller's frame (or the one
/// `depth` below it), chained through `f_back` (the `_Frame` class above).
fn sys_getframe(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "_getframe", kwnames)?;
    check_args(vm, "_getframe", args.len(), 0, 1)?;
    let depth = match args.first() {
        Some(d) => index_int(vm, d)?.to_i64().unwrap_or(i64::MAX),
        None => 0,
    };
    // (code, line, offset, globals, builtins, locals) from the top down.
    let mut frames = Vec::new();
    let mut fp = vm.frames.top();
    while !fp.is_null() {
        // SAFETY: frames below the top are live while this builtin runs.
        let f = unsafe { &*fp };
        let code = f.code();
        let offset = f.offset();
        let line = code.location(offset).line as i64;
        let locals = if !f.locals.is_null() {
            f.locals.clone()
        } else {
            let d = crate::object::new_dict(crate::object::Dict::new());
            for (i, name) in code.varnames.iter().enumerate() {
                let mut v = f.local(i as u32).clone();
                if let Some(crate::object::ObjData::Cell(c)) = v.data() {
                    let inner = c.borrow().clone();
                    v = inner;
                }
                if !v.is_null() {
                    crate::builtins::dict_insert(vm, &d, name.clone(), v)?;
                }
            }
            d
        };
        frames.push((
            (*f.code_obj).clone(),
            line,
            offset,
            (*f.globals).clone(),
            (*f.builtins).clone(),
            locals,
        ));
        fp = f.prev;
    }
    if depth < 0 {
        // CPython treats a negative depth as 0.
    } else if depth as usize >= frames.len() {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    let skip = depth.max(0) as usize;
    let mut back = Value::NONE;
    for (code, line, offset, globals, builtins, locals) in frames.into_iter().skip(skip).rev() {
        back = frame_snapshot(
            vm,
            [
                code,
                Value::int(line),
                Value::int(offset as i64 * 2),
                globals,
                builtins,
                locals,
                back,
            ],
        )?;
    }
    Ok(back)
}

/// A frame snapshot (the `_Frame` class above) from its fields: code,
/// line, lasti, globals, builtins, locals, f_back. Also what a suspended
/// generator's `gi_frame` gives.
pub(crate) fn frame_snapshot(vm: &mut Vm, fields: [Value; 7]) -> PyResult<Value> {
    let sys = vm.import_module("sys")?;
    let name = vm.interned.intern_static("_Frame");
    let class = crate::interp::ops::getattr(vm, &sys, &name)?;
    vm.call(&class, &fields, None)
}

fn sys_get_int_max_str_digits(
    vm: &mut Vm,
    args: &[Value],
    kwnames: Option<&Value>,
) -> PyResult<Value> {
    no_args(vm, "get_int_max_str_digits", args, kwnames)?;
    Ok(Value::int(vm.int_max_str_digits as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 (no limit) or at least 640.
fn sys_set_int_max_str_digits(
    vm: &mut Vm,
    args: &[Value],
    kwnames: Option<&Value>,
) -> PyResult<Value> {
    let (pos, kws) = crate::builtins::split_kwargs(args, kwnames);
    let v = match (pos.first(), kws.first()) {
        (Some(v), None) if pos.len() == 1 => v,
        (None, Some(&("maxdigits", v))) if kws.len() == 1 => v,
        _ => {
            return Err(
                vm.type_error("set_int_max_str_digits() takes exactly one argument 'maxdigits'")
            )
        }
    };
    let n = index_int(vm, v)?
        .to_i64()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.int_max_str_digits = n.max(0) as usize;
    Ok(Value::NONE)
}

/// `sys.intern(string)`.
fn sys_intern(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let v = one_arg(vm, "intern", args, kwnames)?;
    match v.data() {
        Some(crate::object::ObjData::Str(_)) => Ok(vm.interned.intern_value(v)),
        _ if v.as_str().is_some() => Err(vm.type_error("can't intern str subclass")),
        _ => Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            vm.type_name(v)
        ))),
    }
}

/// `sys.getsizeof(obj[, default])`: CPython 3.11's sizes on x86-64 for the
/// builtin kinds (containers count their item pointers, not the items;
/// list capacity is taken as its length), 16 bytes of header plus a
/// pointer per slot for others.
fn sys_getsizeof(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "getsizeof", kwnames)?;
    check_args(vm, "getsizeof", args.len(), 1, 2)?;
    // A class's own __sizeof__, plus the collector's header (16 bytes).
    if let Some(r) = vm.try_special(&args[0], "__sizeof__", &[])? {
        let n = crate::object::int::as_int(&r)
            .ok_or_else(|| vm.type_error("an integer is required"))?;
        if n.is_negative() {
            return Err(vm.value_error("__sizeof__() should return >= 0"));
        }
        let n = n.to_i64().unwrap_or(i64::MAX);
        return Ok(Value::int(n.saturating_add(16)));
    }
    Ok(Value::int(size_of(&args[0])))
}

/// The size sys.getsizeof reports for `v`.
pub(crate) fn size_of(v: &Value) -> i64 {
    use crate::object::ObjData;
    if v.is_bool() {
        if v.is_true() {
            28
        } else {
            24
        }
    } else if v.is_none() {
        16
    } else if v.as_float().is_some() {
        24
    } else if let Some(i) = crate::object::int::as_int(v) {
        let bits = i.to_big().bits() as i64;
        24 + 4 * ((bits + 29) / 30)
    } else {
        match v.data() {
            Some(ObjData::Str(s)) => {
                let text = s.as_str();
                let widest = text.chars().map(|c| c as u32).max().unwrap_or(0);
                let len = s.len() as i64;
                match widest {
                    0..=0x7f => 49 + len,
                    0x80..=0xff => 73 + len,
                    0x100..=0xffff => 74 + 2 * len,
                    _ => 76 + 4 * len,
                }
            }
            Some(ObjData::Bytes(b)) => 33 + b.len() as i64,
            Some(ObjData::ByteArray(b)) => 57 + b.borrow().len() as i64,
            Some(ObjData::Tuple(t)) => 40 + 8 * t.len() as i64,
            Some(ObjData::List(l)) => 56 + 8 * l.borrow().len() as i64,
            Some(ObjData::Dict(d)) => {
                let n = d.borrow().len();
                match n {
                    0 => 64,
                    1..=5 => 184,
                    6..=10 => 272,
                    _ => 64 + 40 * n.next_power_of_two() as i64 * 3 / 2,
                }
            }
            Some(ObjData::Set(_)) => 216,
            Some(ObjData::Complex(..)) => 32,
            Some(ObjData::Range(_)) => 48,
            Some(ObjData::Function(_)) => 152,
            Some(ObjData::Instance(_)) => 48,
            Some(ObjData::Type(_)) => 1072,
            _ => 56,
        }
    }
}

/// `sys.getrefcount(obj)`: the reference count, counting the argument's.
fn sys_getrefcount(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let v = one_arg(vm, "getrefcount", args, kwnames)?;
    Ok(Value::int(v.obj().map_or(1 << 30, |o| o.refcount() as i64)))
}

fn sys_getdefaultencoding(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "getdefaultencoding", args, kwnames)?;
    Ok(new_str("utf-8"))
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
