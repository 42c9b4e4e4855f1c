//! `posix`: the operating-system calls under `os` (`runtime/lib/os.py`).
//! Paths are str (bytes paths are decoded as UTF-8); failures raise
//! OSError with the errno, which picks the subclass, as CPython's do.

use super::{check_args, index_int, new_module, no_args, no_kwargs, one_arg};
use crate::builtins::bytes::new_bytes;
use crate::interp::{PyErr, PyResult, Vm};
use crate::object::str::new_str;
use crate::object::{new_dict, new_list, new_tuple, Dict, ObjData};
use crate::value::Value;
use std::os::unix::fs::MetadataExt;

pub(super) fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "posix");
    let fns: &[(&'static str, crate::builtins::BuiltinFn)] = &[
        ("getcwd", p_getcwd),
        ("chdir", p_chdir),
        ("listdir", p_listdir),
        ("stat", p_stat),
        ("lstat", p_lstat),
        ("mkdir", p_mkdir),
        ("rmdir", p_rmdir),
        ("unlink", p_unlink),
        ("remove", p_unlink),
        ("rename", p_rename),
        ("replace", p_rename),
        ("getpid", p_getpid),
        ("getppid", p_getppid),
        ("getuid", p_getuid),
        ("urandom", p_urandom),
        ("strerror", p_strerror),
        ("access", p_access),
        ("cpu_count", p_cpu_count),
        ("isatty", p_isatty),
        ("readlink", p_readlink),
        ("_exit", p_exit),
    ];
    super::add_functions(vm, &d, fns);
    let env = new_dict(Dict::new());
    for (k, v) in std::env::vars_os() {
        let (k, v) = (k.to_string_lossy(), v.to_string_lossy());
        vm.dict_set_str(&env, &k, new_str(&*v));
    }
    vm.dict_set_str(&d, "environ", env);
    for (name, v) in [("F_OK", 0), ("R_OK", 4), ("W_OK", 2), ("X_OK", 1)] {
        vm.dict_set_str(&d, name, Value::int(v));
    }
    m
}

/// A path argument: str, or bytes as UTF-8.
fn path_arg(vm: &Vm, fname: &str, v: &Value) -> PyResult<String> {
    if let Some(s) = v.as_str() {
        return Ok(s.as_str().to_string());
    }
    if let Some(ObjData::Bytes(b)) = v.data() {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    Err(vm.type_error(format!(
        "{fname}: path should be string, bytes or os.PathLike, not {}",
        vm.type_name(v)
    )))
}

/// OSError(errno, strerror, filename): the constructor picks the subclass.
fn os_error(vm: &mut Vm, e: &std::io::Error, filename: Option<&str>) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let mut args = vec![
        Value::int(errno as i64),
        new_str(crate::builtins::file::strerror(errno)),
    ];
    if let Some(f) = filename {
        args.push(new_str(f));
    }
    let class = vm.exc.os_error.clone();
    match vm.call(&class, &args, None) {
        Ok(exc) => PyErr(exc),
        Err(e) => e,
    }
}

fn p_getcwd(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "getcwd", args, kw)?;
    match std::env::current_dir() {
        Ok(p) => Ok(new_str(p.to_string_lossy().as_ref())),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn p_chdir(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = path_arg(vm, "chdir", one_arg(vm, "chdir", args, kw)?)?;
    std::env::set_current_dir(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
    Ok(Value::NONE)
}

/// `listdir(path='.')`: the names in a directory, in the system's order.
fn p_listdir(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "listdir", kw)?;
    check_args(vm, "listdir", args.len(), 0, 1)?;
    let p = match args.first() {
        Some(v) if !v.is_none() => path_arg(vm, "listdir", v)?,
        _ => ".".to_string(),
    };
    // A bytes path lists bytes names.
    let as_bytes = matches!(args.first().and_then(|v| v.data()), Some(ObjData::Bytes(_)));
    let rd = std::fs::read_dir(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
    let mut names = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| os_error(vm, &e, Some(&p)))?;
        let name = entry.file_name();
        names.push(if as_bytes {
            new_bytes(std::os::unix::ffi::OsStrExt::as_bytes(name.as_os_str()).to_vec())
        } else {
            new_str(name.to_string_lossy().as_ref())
        });
    }
    Ok(new_list(names))
}

/// The fields of a stat result: (mode, ino, dev, nlink, uid, gid, size,
/// atime, mtime, ctime as floats, then the three times in ns, blksize,
/// blocks, rdev).
fn stat_tuple(md: &std::fs::Metadata) -> Value {
    let t = |s: i64, ns: i64| Value::float(s as f64 + ns as f64 * 1e-9);
    let tns = |s: i64, ns: i64| {
        crate::object::int::from_big(num_bigint::BigInt::from(s) * 1_000_000_000 + ns)
    };
    new_tuple(vec![
        Value::int(md.mode() as i64),
        crate::object::int::from_big(md.ino().into()),
        crate::object::int::from_big(md.dev().into()),
        Value::int(md.nlink() as i64),
        Value::int(md.uid() as i64),
        Value::int(md.gid() as i64),
        Value::int(md.size() as i64),
        t(md.atime(), md.atime_nsec()),
        t(md.mtime(), md.mtime_nsec()),
        t(md.ctime(), md.ctime_nsec()),
        tns(md.atime(), md.atime_nsec()),
        tns(md.mtime(), md.mtime_nsec()),
        tns(md.ctime(), md.ctime_nsec()),
        Value::int(md.blksize() as i64),
        Value::int(md.blocks() as i64),
        crate::object::int::from_big(md.rdev().into()),
    ])
}

fn p_stat(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = path_arg(vm, "stat", one_arg(vm, "stat", args, kw)?)?;
    let md = std::fs::metadata(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
    Ok(stat_tuple(&md))
}

fn p_lstat(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = path_arg(vm, "lstat", one_arg(vm, "lstat", args, kw)?)?;
    let md = std::fs::symlink_metadata(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
    Ok(stat_tuple(&md))
}

/// `mkdir(path, mode=0o777)`.
fn p_mkdir(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "mkdir", kw)?;
    check_args(vm, "mkdir", args.len(), 1, 2)?;
    let p = path_arg(vm, "mkdir", &args[0])?;
    let mode = match args.get(1) {
        Some(m) => index_int(vm, m)?.to_i64().unwrap_or(0o777) as u32,
        None => 0o777,
    };
    let mut b = std::fs::DirBuilder::new();
    std::os::unix::fs::DirBuilderExt::mode(&mut b, mode);
    b.create(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
    Ok(Value::NONE)
}

fn p_rmdir(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = path_arg(vm, "rmdir", one_arg(vm, "rmdir", args, kw)?)?;
    std::fs::remove_dir(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
    Ok(Value::NONE)
}

fn p_unlink(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = path_arg(vm, "remove", one_arg(vm, "remove", args, kw)?)?;
    std::fs::remove_file(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
    Ok(Value::NONE)
}

fn p_rename(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "rename", kw)?;
    check_args(vm, "rename", args.len(), 2, 2)?;
    let a = path_arg(vm, "rename", &args[0])?;
    let b = path_arg(vm, "rename", &args[1])?;
    std::fs::rename(&a, &b).map_err(|e| os_error(vm, &e, Some(&a)))?;
    Ok(Value::NONE)
}

fn p_getpid(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "getpid", args, kw)?;
    Ok(Value::int(std::process::id() as i64))
}

fn p_getppid(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "getppid", args, kw)?;
    // SAFETY: getppid has no preconditions.
    Ok(Value::int(unsafe { libc::getppid() } as i64))
}

fn p_getuid(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "getuid", args, kw)?;
    // SAFETY: getuid has no preconditions.
    Ok(Value::int(unsafe { libc::getuid() } as i64))
}

/// `urandom(n)`: n bytes from the OS's entropy source.
fn p_urandom(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let v = one_arg(vm, "urandom", args, kw)?;
    let n = index_int(vm, v)?
        .to_i64()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf))
        .map_err(|e| os_error(vm, &e, None))?;
    Ok(new_bytes(buf))
}

fn p_strerror(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let v = one_arg(vm, "strerror", args, kw)?;
    let n = index_int(vm, v)?.to_i64().unwrap_or(-1);
    let n = i32::try_from(n)
        .map_err(|_| vm.overflow_error("signed integer is greater than maximum"))?;
    Ok(new_str(crate::builtins::file::strerror(n)))
}

/// `access(path, mode)`: whether the real user may access the path.
fn p_access(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "access", kw)?;
    check_args(vm, "access", args.len(), 2, 2)?;
    let p = path_arg(vm, "access", &args[0])?;
    let mode = index_int(vm, &args[1])?.to_i64().unwrap_or(0) as i32;
    let Ok(c) = std::ffi::CString::new(p) else {
        return Err(vm.value_error("embedded null byte"));
    };
    // SAFETY: `c` is a NUL-terminated string that outlives the call.
    let rc = unsafe { libc::access(c.as_ptr(), mode) };
    Ok(Value::bool(rc == 0))
}

fn p_cpu_count(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "cpu_count", args, kw)?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::int(n.get() as i64),
        Err(_) => Value::NONE,
    })
}

fn p_isatty(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let v = one_arg(vm, "isatty", args, kw)?;
    let fd = index_int(vm, v)?.to_i64().unwrap_or(-1);
    let Ok(fd) = i32::try_from(fd) else {
        return Ok(Value::FALSE);
    };
    // SAFETY: isatty accepts any descriptor number.
    Ok(Value::bool(unsafe { libc::isatty(fd) } == 1))
}

fn p_readlink(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = path_arg(vm, "readlink", one_arg(vm, "readlink", args, kw)?)?;
    let t = std::fs::read_link(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
    Ok(new_str(t.to_string_lossy().as_ref()))
}

/// `_exit(n)`: ends the process now, without cleanup.
fn p_exit(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let v = one_arg(vm, "_exit", args, kw)?;
    let n = index_int(vm, v)?.to_i64().unwrap_or(1);
    std::process::exit(n as i32)
}
