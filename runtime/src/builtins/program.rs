//! Builtins about the running program rather than about values: `input`,
//! `exit`/`quit`, `__import__`, and the async iteration pair
//! `aiter`/`anext`.

use super::functions::{check_args, no_kwargs, parse_kwargs};
use super::{new_builtin, BuiltinFn};
use crate::interp::generator::GenKind;
use crate::interp::{PyResult, Vm};
use crate::object::str::new_str;
use crate::object::{new_dict, Dict, ObjData};
use crate::value::Value;
use std::io::{BufRead, Write};

/// `input(prompt='')`: the prompt to stdout, then one line of stdin
/// without its newline; EOFError at end of input.
fn builtin_input(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "input", kwnames)?;
    check_args(vm, "input", args.len(), 0, 1)?;
    if let Some(p) = args.first() {
        let text = crate::interp::ops::str_(vm, p)?;
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
    } else {
        let _ = std::io::stdout().flush();
    }
    let mut line = String::new();
    match std::io::stdin().lock().read_line(&mut line) {
        Ok(0) => Err(vm.error(&vm.exc.eof_error.clone(), "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(new_str(line))
        }
        Err(e) => Err(vm.error(&vm.exc.os_error.clone(), e.to_string())),
    }
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn builtin_import(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kw) = parse_kwargs(
        vm,
        "__import__",
        args,
        kwnames,
        &["name", "globals", "locals", "fromlist", "level"],
    )?;
    check_args(vm, "__import__", pos.len(), 1, 5)?;
    let get = |i: usize| pos.get(i).or(kw[i]).cloned();
    let name_v = get(0).expect("checked");
    let Some(name) = name_v.as_str().map(|s| s.as_str().to_string()) else {
        return Err(vm.type_error(format!(
            "__import__() argument 1 must be str, not {}",
            vm.type_name(&name_v)
        )));
    };
    let level = match get(4) {
        Some(l) => crate::object::int::as_int(&l)
            .and_then(|i| i.to_i64())
            .ok_or_else(|| vm.type_error("__import__() argument 'level' must be int"))?,
        None => 0,
    };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    if name.is_empty() && level == 0 {
        return Err(vm.value_error("Empty module name"));
    }
    let full = if level > 0 {
        let globals = get(1).filter(|g| g.as_dict().is_some());
        let Some(globals) = globals else {
            return Err(vm.error(
                &vm.exc.import_error.clone(),
                "attempted relative import with no known parent package",
            ));
        };
        vm.resolve_relative(&globals, &name, level as usize)?
    } else {
        name.clone()
    };
    let module = vm.import_module(&full)?;
    let fromlist = get(3).filter(|f| !f.is_none());
    let has_fromlist =
        fromlist.is_some_and(|f| crate::interp::ops::truthy(vm, &f).unwrap_or(false));
    if has_fromlist || !name.contains('.') {
        return Ok(module);
    }
    // `import a.b.c` binds `a`: the module named by the first part of
    // `name`, counted from the resolved package.
    let cut = full.len() - name.len() + name.find('.').unwrap_or(name.len());
    let modules = vm.modules.clone();
    Ok(vm.dict_get_str(&modules, &full[..cut]).unwrap_or(module))
}

fn is_async_gen(v: &Value) -> bool {
    matches!(v.data(), Some(ObjData::Generator(g)) if g.kind == GenKind::AsyncGenerator)
}

/// `aiter(obj)`: `obj.__aiter__()`.
fn builtin_aiter(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "aiter", kwnames)?;
    check_args(vm, "aiter", args.len(), 1, 1)?;
    let v = &args[0];
    if is_async_gen(v) {
        return Ok(v.clone());
    }
    let Some(it) = vm.try_special(v, "__aiter__", &[])? else {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterable",
            vm.type_name(v)
        )));
    };
    if !is_async_gen(&it) && vm.user_special(&it, "__anext__").is_none() {
        return Err(vm.type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            vm.type_name(&it)
        )));
    }
    Ok(it)
}

/// The coroutine `anext(it, default)` returns: the next item, or the
/// default once the iterator is exhausted.
const ANEXT_DEFAULT: &str = "\
async def anext_default(it, default):
    try:
        return await it.__anext__()
    except StopAsyncIteration:
        return default
";

/// `anext(it[, default])`: the awaitable of `it.__anext__()`.
fn builtin_anext(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "anext", kwnames)?;
    check_args(vm, "anext", args.len(), 1, 2)?;
    let it = &args[0];
    if !is_async_gen(it) && vm.user_special(it, "__anext__").is_none() {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterator",
            vm.type_name(it)
        )));
    }
    if args.len() == 1 {
        if is_async_gen(it) {
            return vm.get_anext(it);
        }
        let m = vm.user_special(it, "__anext__").expect("checked");
        return vm.call_special(&m, it, &[]);
    }
    // With a default: a coroutine of our own wrapping __anext__, compiled
    // when first needed (rare) into a namespace of its own.
    let code = crate::compile::compile_module(vm, ANEXT_DEFAULT, "<anext>")?;
    let globals = new_dict(Dict::new());
    vm.dict_set_str(&globals, "__name__", new_str("builtins"));
    vm.run_code_with_locals(code, globals.clone(), globals.clone())?;
    let f = vm.dict_get_str(&globals, "anext_default").expect("defined");
    vm.call(&f, args, None)
}

pub(super) fn register(vm: &mut Vm, d: &Value) {
    for (name, f) in [
        ("input", builtin_input as BuiltinFn),
        // exit() and quit() raise SystemExit as sys.exit() does.
        ("exit", crate::modules::sys::sys_exit as BuiltinFn),
        ("quit", crate::modules::sys::sys_exit as BuiltinFn),
        ("__import__", builtin_import as BuiltinFn),
        ("aiter", builtin_aiter as BuiltinFn),
        ("anext", builtin_anext as BuiltinFn),
    ] {
        vm.dict_set_str(d, name, new_builtin(name, f, false));
    }
    // OSError's attributes, None until a call gives them.
    let os = vm.exc.os_error.as_type().expect("a type").dict.clone();
    for k in ["errno", "strerror", "filename", "filename2"] {
        vm.dict_set_str(&os, k, Value::NONE);
    }
    vm.dict_set_str(d, "__debug__", Value::TRUE);
    vm.dict_set_str(d, "__name__", new_str("builtins"));
}
