//! The builtin functions (`print`, `len`, `min`, `round`, ...) and the
//! constructors of the builtin types (`int(x)`, `list(it)`, `range(n)`,
//! `ValueError("msg")`, ...). Error messages are CPython 3.11's.

use super::{new_builtin, split_kwargs, BuiltinFn};
use crate::interp::ops::{self, BinOp, CmpOp};
use crate::interp::{PyErr, PyResult, Vm};
use crate::object::int::{self, as_int, from_big, Int};
use crate::object::str::{new_str, repr_str};
use crate::object::types::{is_subtype, TypeKind};
use crate::object::{
    alloc, float, new_dict, new_iter, new_list, new_tuple, Dict, Iter, ObjData, Range,
};
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::io::Write;

// ---------------------------------------------------------------------------
// Argument helpers (shared with methods.rs).
// ---------------------------------------------------------------------------

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// CPython's `_PyArg_CheckPositional`: "`name` expected at least 1
/// argument, got 0" and friends.
pub(crate) fn check_args(vm: &Vm, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min {
        let what = if min == max { "" } else { "at least " };
        return Err(vm.type_error(format!(
            "{name} expected {what}{min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        let what = if min == max { "" } else { "at most " };
        return Err(vm.type_error(format!(
            "{name} expected {what}{max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}

/// The number of keyword arguments in a call.
pub(super) fn nkw(kwnames: Option<&Value>) -> usize {
    kwnames.and_then(|k| k.as_tuple()).map_or(0, |t| t.len())
}

/// "`name`() takes no keyword arguments".
pub(crate) fn no_kwargs(vm: &Vm, name: &str, kwnames: Option<&Value>) -> PyResult<()> {
    if nkw(kwnames) > 0 {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// The single argument of a one-argument function: "`name`() takes exactly
/// one argument (2 given)".
pub(crate) fn one_arg<'a>(
    vm: &Vm,
    name: &str,
    args: &'a [Value],
    kwnames: Option<&Value>,
) -> PyResult<&'a Value> {
    no_kwargs(vm, name, kwnames)?;
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(&args[0])
}

/// Splits positional and keyword arguments, accepting only the keywords in
/// `allowed`: returns the positional arguments and, for each allowed name,
/// its value if given.
pub(super) fn parse_kwargs<'a>(
    vm: &Vm,
    fname: &str,
    args: &'a [Value],
    kwnames: Option<&'a Value>,
    allowed: &[&str],
) -> PyResult<(&'a [Value], Vec<Option<&'a Value>>)> {
    let (pos, kws) = split_kwargs(args, kwnames);
    let mut slots: Vec<Option<&'a Value>> = vec![None; allowed.len()];
    for (name, v) in kws {
        match allowed.iter().position(|a| *a == name) {
            Some(i) => slots[i] = Some(v),
            None => {
                return Err(vm.type_error(format!(
                    "'{name}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    Ok((pos, slots))
}

/// "`name`() takes no arguments (1 given)".
pub(crate) fn no_args(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kwnames: Option<&Value>,
) -> PyResult<()> {
    no_kwargs(vm, name, kwnames)?;
    if !args.is_empty() {
        return Err(vm.type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}

/// An int argument (`__index__`): ints and bools.
pub(crate) fn index_int<'a>(vm: &Vm, v: &'a Value) -> PyResult<Int<'a>> {
    as_int(v).ok_or_else(|| {
        vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))
    })
}

/// An int argument that must fit a machine word (`Py_ssize_t`).
pub(super) fn index_i64(vm: &Vm, v: &Value) -> PyResult<i64> {
    index_int(vm, v)?
        .to_i64()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

/// An int argument, clamped to the i64 range (`_PyEval_SliceIndex`, and
/// `PyNumber_AsSsize_t` with no overflow error).
pub(super) fn index_clamped(vm: &Vm, v: &Value) -> PyResult<i64> {
    let i = index_int(vm, v)?;
    Ok(i.to_i64()
        .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX }))
}

/// An int value in its canonical form (bools become ints).
pub(super) fn int_value(i: &Int) -> Value {
    match i {
        Int::Small(x) => Value::int(*x),
        Int::Big(b) => from_big((*b).clone()),
    }
}

fn is_exc(vm: &Vm, e: &PyErr, class: &Value) -> bool {
    vm.is_instance_of(&e.0, class)
}

// ---------------------------------------------------------------------------
// Registration.
// ---------------------------------------------------------------------------

pub(super) fn register(vm: &mut Vm, d: &Value) {
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("print", builtin_print),
        ("len", builtin_len),
        ("repr", builtin_repr),
        ("abs", builtin_abs),
        ("min", builtin_min),
        ("max", builtin_max),
        ("sum", builtin_sum),
        ("isinstance", builtin_isinstance),
        ("issubclass", builtin_issubclass),
        ("all", builtin_all),
        ("any", builtin_any),
        ("iter", builtin_iter),
        ("next", builtin_next),
        ("sorted", builtin_sorted),
        ("round", builtin_round),
        ("divmod", builtin_divmod),
        ("pow", builtin_pow),
        ("hash", builtin_hash),
        ("ord", builtin_ord),
        ("chr", builtin_chr),
        ("id", builtin_id),
        ("callable", builtin_callable),
        ("hex", builtin_hex),
        ("oct", builtin_oct),
        ("bin", builtin_bin),
        ("getattr", builtin_getattr),
        ("setattr", builtin_setattr),
        ("hasattr", builtin_hasattr),
        ("globals", builtin_globals),
        ("dir", builtin_dir),
        ("locals", builtin_locals),
    ];
    for (name, f) in fns {
        vm.dict_set_str(d, name, new_builtin(name, *f, false));
    }
    vm.dict_set_str(d, "None", Value::NONE);
    vm.dict_set_str(d, "Ellipsis", Value::ELLIPSIS);
    vm.dict_set_str(d, "NotImplemented", Value::NOT_IMPLEMENTED);
}

// ---------------------------------------------------------------------------
// Builtin functions.
// ---------------------------------------------------------------------------

/// `sep`/`end` of print: None or a str.
fn str_or_none(vm: &Vm, what: &str, v: Option<&Value>, default: &str) -> PyResult<String> {
    match v {
        None => Ok(default.to_string()),
        Some(v) if v.is_none() => Ok(default.to_string()),
        Some(v) => match v.as_str() {
            Some(s) => Ok(s.as_str().to_string()),
            None => Err(vm.type_error(format!(
                "{what} must be None or a string, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

fn builtin_print(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kw) = parse_kwargs(vm, "print", args, kwnames, &["sep", "end", "file", "flush"])?;
    let sep = str_or_none(vm, "sep", kw[0], " ")?;
    let end = str_or_none(vm, "end", kw[1], "\n")?;
    let mut file = kw[2].filter(|f| !f.is_none()).cloned();
    if file.is_none() {
        // sys.stdout, when the program replaced it (None: print nothing).
        match redirected_stream(vm, "stdout") {
            Some(f) if f.is_none() => return Ok(Value::NONE),
            Some(f) => file = Some(f),
            None => {}
        }
    }
    let flush = match kw[3] {
        Some(f) => ops::truthy(vm, f)?,
        None => false,
    };
    let mut pieces: Vec<String> = Vec::with_capacity(pos.len());
    for a in pos {
        pieces.push(match a.as_str() {
            Some(s) => s.as_str().to_string(),
            None => ops::str_(vm, a)?,
        });
    }
    let mut out = pieces.join(&sep);
    out.push_str(&end);
    if let Some(f) = file {
        // Any object with write() (sys.stderr, an open file, ...). Our own
        // files take the line in one write; other objects see each piece
        // written separately, as CPython writes them.
        if matches!(f.data(), Some(ObjData::File(_))) {
            ops::call_method(vm, &f, "write", &[new_str(out)])?;
        } else {
            for (i, piece) in pieces.into_iter().enumerate() {
                if i > 0 {
                    ops::call_method(vm, &f, "write", &[new_str(sep.as_str())])?;
                }
                ops::call_method(vm, &f, "write", &[new_str(piece)])?;
            }
            ops::call_method(vm, &f, "write", &[new_str(end.as_str())])?;
        }
        if flush {
            ops::call_method(vm, &f, "flush", &[])?;
        }
        return Ok(Value::NONE);
    }
    // Rust's stdout is line buffered and flushed at exit, so output written
    // here comes before a traceback printed on stderr afterwards.
    let mut so = std::io::stdout().lock();
    let r = so
        .write_all(out.as_bytes())
        .and_then(|_| if flush { so.flush() } else { Ok(()) });
    if let Err(e) = r {
        return Err(vm.error(&vm.exc.os_error, e.to_string()));
    }
    Ok(Value::NONE)
}

/// `sys.<name>` (stdout or stderr) when the program has replaced it (it
/// differs from `sys.__<name>__`); None while it is the process's own.
pub(crate) fn redirected_stream(vm: &Vm, name: &str) -> Option<Value> {
    let sys = vm.dict_get_str(&vm.modules, "sys")?;
    let Some(ObjData::Module(m)) = sys.data() else {
        return None;
    };
    let out = vm.dict_get_str(&m.dict, name)?;
    let original = vm.dict_get_str(&m.dict, &format!("__{name}__"));
    if original.is_some_and(|o| o.is(&out)) {
        None
    } else {
        Some(out)
    }
}

pub(super) fn builtin_len(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let x = one_arg(vm, "len", args, kwnames)?;
    Ok(Value::int(ops::len(vm, x)? as i64))
}

fn builtin_repr(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let x = one_arg(vm, "repr", args, kwnames)?;
    Ok(new_str(ops::repr(vm, x)?))
}

fn builtin_abs(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let x = one_arg(vm, "abs", args, kwnames)?;
    if let Some(f) = x.as_float() {
        return Ok(Value::float(f.abs()));
    }
    if let Some(i) = as_int(x) {
        return Ok(if i.is_negative() {
            int::neg(&i)
        } else {
            int_value(&i)
        });
    }
    if let Some(ObjData::Complex(r, i)) = x.data() {
        return Ok(Value::float(crate::object::complex::abs((*r, *i))));
    }
    if let Some(r) = crate::interp::classes::user_unary(vm, &x.clone(), "__abs__")? {
        return Ok(r);
    }
    // A subclass of a builtin number: abs of its value.
    if let Some(b) = Vm::base_value(x) {
        if as_int(&b).is_some() || b.as_float().is_some() {
            return builtin_abs(vm, &[b], None);
        }
    }
    Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(x))))
}

/// `dir([obj])`: sorted names.
fn builtin_dir(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "dir", kwnames)?;
    check_args(vm, "dir", args.len(), 0, 1)?;
    let mut names: Vec<Value> = Vec::new();
    let keys_of = |d: &Value, out: &mut Vec<Value>| {
        if let Some(dd) = d.as_dict() {
            out.extend(dd.borrow().iter().map(|(k, _)| k.clone()));
        }
    };
    match args.first() {
        None => {
            let l = builtin_locals(vm, &[], None)?;
            keys_of(&l, &mut names);
        }
        Some(v) => {
            if let Some(r) = vm.try_special(v, "__dir__", &[])? {
                names = ops::iterate(vm, &r)?;
            } else {
                names = default_dir(vm, v);
            }
        }
    }
    let mut strs: Vec<String> = names
        .iter()
        .filter_map(|n| n.as_str().map(|s| s.as_str().to_string()))
        .collect();
    strs.sort();
    strs.dedup();
    Ok(new_list(strs.into_iter().map(new_str).collect()))
}

/// `object.__dir__(self)`: the names dir() lists without a `__dir__`.
pub(crate) fn object_dir(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "__dir__", kwnames)?;
    check_args(vm, "__dir__", args.len(), 1, 1)?;
    let mut names = default_dir(vm, &args[0]);
    let mut seen = std::collections::HashSet::new();
    names.retain(|n| {
        n.as_str()
            .is_some_and(|s| seen.insert(s.as_str().to_string()))
    });
    Ok(new_list(names))
}

/// The attribute names of `v` from its dict and its class's.
fn default_dir(vm: &mut Vm, v: &Value) -> Vec<Value> {
    let mut names: Vec<Value> = Vec::new();
    let keys_of = |d: &Value, out: &mut Vec<Value>| {
        if let Some(dd) = d.as_dict() {
            out.extend(dd.borrow().iter().map(|(k, _)| k.clone()));
        }
    };
    match v.data() {
        Some(ObjData::Module(m)) => keys_of(&m.dict, &mut names),
        Some(ObjData::Type(t)) => {
            for c in t.mro.borrow().iter() {
                if let Some(ct) = c.as_type() {
                    keys_of(&ct.dict, &mut names);
                }
            }
        }
        _ => {
            let own = match v.data() {
                Some(ObjData::Instance(i)) => i.snapshot(),
                Some(ObjData::Exception(e)) => e.dict.borrow().clone(),
                Some(ObjData::Function(f)) => f.dict.borrow().clone(),
                _ => Value::NULL,
            };
            keys_of(&own, &mut names);
            let t = vm.type_of(v);
            if let Some(tt) = t.as_type() {
                for c in tt.mro.borrow().iter() {
                    if let Some(ct) = c.as_type() {
                        keys_of(&ct.dict, &mut names);
                    }
                }
            }
            names.push(vm.interned.intern_static("__class__"));
            if v.as_instance().is_some() || v.as_exception().is_some() {
                names.push(vm.interned.intern_static("__dict__"));
            }
        }
    }
    names
}

fn builtin_globals(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "globals", args, kwnames)?;
    let fp = vm.frames.top();
    if fp.is_null() {
        return Ok(Value::NONE);
    }
    // SAFETY: the calling frame is live while the builtin runs.
    Ok(unsafe { (*fp).globals.clone() })
}

pub(crate) fn builtin_locals(
    vm: &mut Vm,
    args: &[Value],
    kwnames: Option<&Value>,
) -> PyResult<Value> {
    no_args(vm, "locals", args, kwnames)?;
    let fp = vm.frames.top();
    if fp.is_null() {
        return Ok(Value::NONE);
    }
    // SAFETY: the calling frame is live while the builtin runs.
    let frame = unsafe { &*fp };
    if !frame.locals.is_null() {
        return Ok(frame.locals.clone());
    }
    let code = frame.code();
    let mut d = crate::object::Dict::new();
    for (i, name) in code.varnames.iter().enumerate() {
        let mut v = frame.local(i as u32).clone();
        if let Some(c) = v.as_cell() {
            let inner = c.borrow().clone();
            v = inner;
        }
        if !v.is_null() {
            let h = name.as_str().map_or(0, |s| s.hash());
            d.insert(name.clone(), h, v);
        }
    }
    Ok(crate::object::new_dict(d))
}

fn minmax(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    let (pos, kw) = parse_kwargs(vm, name, args, kwnames, &["key", "default"])?;
    if pos.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let key = kw[0].filter(|k| !k.is_none()).cloned();
    let default = kw[1].cloned();
    let items: Vec<Value> = if pos.len() == 1 {
        ops::iterate(vm, &pos[0])?
    } else {
        if default.is_some() {
            return Err(vm.type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        pos.to_vec()
    };
    let op = if is_max { CmpOp::Gt } else { CmpOp::Lt };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&item), None)?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((_, bk)) => ops::compare_bool(vm, &k, bk, op)?,
        };
        if better {
            best = Some((item, k));
        }
    }
    match best {
        Some((item, _)) => Ok(item),
        None => default.ok_or_else(|| vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn builtin_min(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    minmax(vm, args, kwnames, false)
}

fn builtin_max(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    minmax(vm, args, kwnames, true)
}

fn builtin_sum(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kw) = parse_kwargs(vm, "sum", args, kwnames, &["start"])?;
    if pos.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let start = pos.get(1).or(kw[0]).cloned().unwrap_or(Value::small_int(0));
    if start.as_str().is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    match start.data() {
        Some(ObjData::Bytes(_)) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        Some(ObjData::ByteArray(_)) => {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let it = ops::get_iter(vm, &pos[0])?;
    let mut acc = start;
    if ops::is_plain_generator(&it) {
        // Drained: small ints and floats are added by the sink, anything
        // else comes back to be added here (that may run Python code).
        loop {
            let back = vm.gen_drain(&it, &mut |item| {
                use crate::interp::generator::Drain;
                match plain_sum(&acc, &item) {
                    Some(s) => {
                        acc = s;
                        Drain::Took
                    }
                    None => Drain::Back(item),
                }
            })?;
            match back {
                Some(item) => acc = ops::binary_op(vm, &acc, &item, BinOp::Add as u32)?,
                None => return Ok(acc),
            }
        }
    }
    while let Some(item) = ops::iter_next(vm, &it)? {
        acc = match plain_sum(&acc, &item) {
            Some(s) => s,
            None => ops::binary_op(vm, &acc, &item, BinOp::Add as u32)?,
        };
    }
    Ok(acc)
}

/// `acc + item` for two small ints or two floats (the common cases,
/// without the general dispatch); None for anything else.
#[inline]
fn plain_sum(acc: &Value, item: &Value) -> Option<Value> {
    if let (Some(a), Some(b)) = (acc.as_small_int(), item.as_small_int()) {
        return Some(Value::int(a + b));
    }
    let (a, b) = (acc.as_float()?, item.as_float()?);
    Some(Value::float(a + b))
}

pub(crate) fn isinstance_check(vm: &mut Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    if cls.as_type().is_some() {
        // An exact match needs no hook; otherwise a metaclass's
        // __instancecheck__ (ABCs) decides.
        if vm.type_ref(obj).is(cls) {
            return Ok(true);
        }
        if let Some(hook) = metaclass_hook(vm, cls, "__instancecheck__") {
            let r = vm.call_special(&hook, cls, std::slice::from_ref(obj))?;
            return ops::truthy(vm, &r);
        }
        if vm.is_instance_of(obj, cls) {
            return Ok(true);
        }
        // An object whose class reports another `__class__` (a proxy) is
        // also checked by that one, as CPython does.
        if crate::interp::classes::has_heap_type(vm, obj) {
            if let Some(c) = ops::getattr_opt(vm, obj, "__class__")? {
                if c.as_type().is_some() && !c.is(vm.type_ref(obj)) {
                    return Ok(crate::object::types::is_subtype(&c, cls));
                }
            }
        }
        return Ok(false);
    }
    if let Some(t) = cls.as_tuple() {
        for c in t.iter() {
            if isinstance_check(vm, obj, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(ObjData::Union(members)) = cls.data() {
        return isinstance_check(vm, obj, members);
    }
    if let Some(ObjData::GenericAlias(..)) = cls.data() {
        return Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"));
    }
    // Any object whose class defines __instancecheck__ (typing's aliases).
    if let Some(r) = vm.try_special(cls, "__instancecheck__", std::slice::from_ref(obj))? {
        return ops::truthy(vm, &r);
    }
    Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
}

pub(super) fn builtin_isinstance(
    vm: &mut Vm,
    args: &[Value],
    kwnames: Option<&Value>,
) -> PyResult<Value> {
    no_kwargs(vm, "isinstance", kwnames)?;
    check_args(vm, "isinstance", args.len(), 2, 2)?;
    Ok(Value::bool(isinstance_check(vm, &args[0], &args[1])?))
}

/// A hook defined by the metaclass of class `cls` (a user metaclass).
fn metaclass_hook(vm: &mut Vm, cls: &Value, name: &'static str) -> Option<Value> {
    let meta_is_user = cls.as_type().is_some_and(|t| !t.metatype.is_null());
    if meta_is_user {
        vm.user_special(cls, name)
    } else {
        None
    }
}

fn issubclass_check(vm: &mut Vm, cls: &Value, base: &Value) -> PyResult<bool> {
    if base.as_type().is_some() {
        if let Some(hook) = metaclass_hook(vm, base, "__subclasscheck__") {
            let r = vm.call_special(&hook, base, std::slice::from_ref(cls))?;
            return ops::truthy(vm, &r);
        }
        if cls.as_type().is_none() {
            return Err(vm.type_error("issubclass() arg 1 must be a class"));
        }
        return Ok(is_subtype(cls, base));
    }
    // `int | str`: any of its members.
    let members = match base.data() {
        Some(ObjData::Union(m)) => Some(m.clone()),
        _ => None,
    };
    if let Some(t) = members
        .as_ref()
        .and_then(|m| m.as_tuple())
        .or_else(|| base.as_tuple())
    {
        for c in t.iter() {
            if issubclass_check(vm, cls, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(r) = vm.try_special(base, "__subclasscheck__", std::slice::from_ref(cls))? {
        return ops::truthy(vm, &r);
    }
    Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
}

fn builtin_issubclass(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "issubclass", kwnames)?;
    check_args(vm, "issubclass", args.len(), 2, 2)?;
    Ok(Value::bool(issubclass_check(vm, &args[0], &args[1])?))
}

fn all_any(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>, is_all: bool) -> PyResult<Value> {
    let x = one_arg(vm, if is_all { "all" } else { "any" }, args, kwnames)?;
    let it = ops::get_iter(vm, x)?;
    if ops::is_plain_generator(&it) {
        // Drained: the sink decides items whose truth needs no Python
        // code, and gives back the one that ends the search (the
        // generator stays suspended after it, as with `next`) or whose
        // truth needs `__bool__` / `__len__`.
        loop {
            let back = vm.gen_drain(&it, &mut |item| {
                use crate::interp::generator::Drain;
                match ops::builtin_truth(&item) {
                    Some(t) if t == is_all => Drain::Took,
                    _ => Drain::Back(item),
                }
            })?;
            match back {
                Some(item) => {
                    if ops::truthy(vm, &item)? != is_all {
                        return Ok(Value::bool(!is_all));
                    }
                }
                None => return Ok(Value::bool(is_all)),
            }
        }
    }
    while let Some(item) = ops::iter_next(vm, &it)? {
        let t = ops::truthy(vm, &item)?;
        if t != is_all {
            return Ok(Value::bool(!is_all));
        }
    }
    Ok(Value::bool(is_all))
}

fn builtin_all(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    all_any(vm, args, kwnames, true)
}

fn builtin_any(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    all_any(vm, args, kwnames, false)
}

fn is_callable(v: &Value) -> bool {
    matches!(
        v.data(),
        Some(ObjData::Function(_))
            | Some(ObjData::Builtin(_))
            | Some(ObjData::Type(_))
            | Some(ObjData::Method(..))
            | Some(ObjData::StaticMethod(_))
            | Some(ObjData::WeakRef(_))
    )
}

fn builtin_iter(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "iter", kwnames)?;
    check_args(vm, "iter", args.len(), 1, 2)?;
    if args.len() == 2 {
        if !is_callable(&args[0]) && vm.user_special(&args[0], "__call__").is_none() {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(new_iter(Iter::Callable {
            func: args[0].clone(),
            sentinel: args[1].clone(),
        }));
    }
    ops::get_iter(vm, &args[0])
}

fn builtin_next(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "next", kwnames)?;
    check_args(vm, "next", args.len(), 1, 2)?;
    if let Some(ObjData::Generator(_)) = args[0].data() {
        return match vm.gen_resume(&args[0], Value::NONE, None)? {
            crate::interp::generator::GenOutcome::Yielded(v) => Ok(v),
            crate::interp::generator::GenOutcome::Returned(r) => match args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration_with(r)),
            },
        };
    }
    // An iterator of a user class: its own StopIteration (with its value)
    // propagates when there is no default.
    if args.len() == 1 && crate::interp::classes::has_heap_type(vm, &args[0]) {
        if let Some(m) = vm.user_special(&args[0], "__next__") {
            return vm.call_special(&m, &args[0], &[]);
        }
    }
    match ops::iter_next(vm, &args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration()),
        },
    }
}

/// The `reverse=` flag of sort and sorted (an int, as CPython accepts it).
pub(super) fn reverse_flag(vm: &Vm, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => Ok(!index_int(vm, v)?.is_zero()),
    }
}

fn builtin_sorted(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kw) = parse_kwargs(vm, "sort", args, kwnames, &["key", "reverse"])?;
    check_args(vm, "sorted", pos.len(), 1, 1)?;
    let key = kw[0].filter(|k| !k.is_none()).cloned();
    let reverse = reverse_flag(vm, kw[1])?;
    let mut items = ops::iterate(vm, &pos[0])?;
    super::methods::sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(new_list(items))
}

/// Rounds a float to `ndigits` decimal digits, as CPython's `double_round`
/// does (correctly rounded, ties to even on the exact binary value). `None`
/// when the result overflows.
pub(super) fn round_float(x: f64, ndigits: i64) -> Option<f64> {
    // NDIGITS_MAX and NDIGITS_MIN of floatobject.c.
    if !x.is_finite() || x == 0.0 || ndigits > 323 {
        return Some(x);
    }
    if ndigits < -308 {
        return Some(0.0 * x);
    }
    if ndigits >= 0 {
        // Rust's fixed-precision formatting is exact and rounds ties to
        // even, so this is _Py_dg_dtoa mode 3 followed by strtod.
        let s = format!("{:.*}", ndigits as usize, x);
        return s.parse::<f64>().ok();
    }
    // Negative ndigits: round |x| = m * 2**e to a multiple of 10**k exactly.
    let k = (-ndigits) as u32;
    let bits = x.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    let p10 = BigInt::from(10u32).pow(k);
    let (num, den) = if e >= 0 {
        (BigInt::from(m) << (e as usize), p10.clone())
    } else {
        (BigInt::from(m), &p10 << ((-e) as usize))
    };
    let (mut q, r) = num.div_rem(&den);
    let twice: BigInt = r * 2;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1;
    }
    let v = (q * p10).to_f64().unwrap_or(f64::INFINITY);
    if v.is_infinite() {
        return None;
    }
    Some(v.copysign(x))
}

/// `round(i, ndigits)` for an int and negative `ndigits`: the nearest
/// multiple of 10**-ndigits, ties to even.
fn round_int(i: &Int, ndigits: i64) -> Value {
    let k = ndigits.unsigned_abs();
    let bits = int::bit_length(i);
    // 10**k > 2*|i| whenever k exceeds the digit count: the result is 0.
    if k as f64 > bits as f64 * std::f64::consts::LOG10_2 + 2.0 {
        return Value::small_int(0);
    }
    let b = i.to_big();
    let p = BigInt::from(10u32).pow(k as u32);
    let (mut q, r) = b.div_mod_floor(&p);
    let twice: BigInt = r * 2;
    if twice > p || (twice == p && q.is_odd()) {
        q += 1;
    }
    from_big(q * p)
}

/// A float rounded to an int (`round(x)`, `int(x)` helpers' errors).
pub(super) fn float_to_int(vm: &Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    int::from_f64(f).ok_or_else(|| vm.overflow_error("cannot convert float infinity to integer"))
}

fn builtin_round(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kw) = parse_kwargs(vm, "round", args, kwnames, &["number", "ndigits"])?;
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "round() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let Some(number) = pos.first().or(kw[0]) else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let nd = pos.get(1).or(kw[1]).filter(|v| !v.is_none());
    if let Some(x) = number.as_float() {
        return match nd {
            None => float_to_int(vm, x.round_ties_even()),
            Some(n) => {
                let n = index_clamped(vm, n)?;
                match round_float(x, n) {
                    Some(r) => Ok(Value::float(r)),
                    None => Err(vm.overflow_error("rounded value too large to represent")),
                }
            }
        };
    }
    if let Some(i) = as_int(number) {
        return match nd {
            None => Ok(int_value(&i)),
            Some(n) => {
                let n = index_clamped(vm, n)?;
                Ok(if n >= 0 {
                    int_value(&i)
                } else {
                    round_int(&i, n)
                })
            }
        };
    }
    if let Some(m) = vm.user_special(number, "__round__") {
        let args: Vec<Value> = nd.cloned().into_iter().collect();
        let number = number.clone();
        return vm.call_special(&m, &number, &args);
    }
    Err(vm.type_error(format!(
        "type {} doesn't define __round__ method",
        vm.type_name(number)
    )))
}

/// A number as a float for mixed arithmetic; `None` if not a number.
fn num_to_f64(vm: &Vm, v: &Value) -> Option<PyResult<f64>> {
    if let Some(f) = v.as_float() {
        return Some(Ok(f));
    }
    as_int(v).map(|i| {
        i.to_f64()
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"))
    })
}

fn builtin_divmod(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "divmod", kwnames)?;
    check_args(vm, "divmod", args.len(), 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    if crate::interp::classes::has_heap_type(vm, a) || crate::interp::classes::has_heap_type(vm, b)
    {
        if let Some(r) =
            crate::interp::classes::user_binary_named(vm, a, b, "__divmod__", "__rdivmod__")?
        {
            return Ok(r);
        }
    }
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        let q = int::floordiv(&x, &y)
            .ok_or_else(|| vm.zero_division("integer division or modulo by zero"))?;
        let r = int::modulo(&x, &y)
            .ok_or_else(|| vm.zero_division("integer division or modulo by zero"))?;
        return Ok(new_tuple(vec![q, r]));
    }
    if a.is_float() || b.is_float() {
        if let (Some(x), Some(y)) = (num_to_f64(vm, a), num_to_f64(vm, b)) {
            let (x, y) = (x?, y?);
            if y == 0.0 {
                return Err(vm.zero_division("float divmod()"));
            }
            let (q, r) = float::divmod(x, y);
            return Ok(new_tuple(vec![Value::float(q), Value::float(r)]));
        }
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(a),
        vm.type_name(b)
    )))
}

/// The inverse of `a` modulo `m` (`m > 0`), if it exists.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut old_r, mut r) = (a.mod_floor(m), m.clone());
    let (mut old_s, mut s) = (BigInt::one(), BigInt::zero());
    while !r.is_zero() {
        let q = &old_r / &r;
        let nr = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, nr);
        let ns = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, ns);
    }
    if old_r.is_one() {
        Some(old_s.mod_floor(m))
    } else {
        None
    }
}

fn builtin_pow(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kw) = parse_kwargs(vm, "pow", args, kwnames, &["base", "exp", "mod"])?;
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "pow() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    let Some(base) = pos.first().or(kw[0]) else {
        return Err(vm.type_error("pow() missing required argument 'base' (pos 1)"));
    };
    let Some(exp) = pos.get(1).or(kw[1]) else {
        return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    let modulus = pos.get(2).or(kw[2]).filter(|m| !m.is_none());
    let Some(m) = modulus else {
        return ops::binary_op(vm, base, exp, BinOp::Pow as u32);
    };
    // A user class's __pow__(exp, mod) / __rpow__.
    if crate::interp::classes::has_heap_type(vm, base) {
        if let Some(r) = vm.try_special(base, "__pow__", &[exp.clone(), m.clone()])? {
            if !r.is(&Value::NOT_IMPLEMENTED) {
                return Ok(r);
            }
        }
    }
    let (Some(a), Some(e), Some(mi)) = (as_int(base), as_int(exp), as_int(m)) else {
        let all_numbers = [base, exp, m]
            .iter()
            .all(|v| v.is_float() || as_int(v).is_some());
        if all_numbers {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        }
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            vm.type_name(base),
            vm.type_name(exp),
            vm.type_name(m)
        )));
    };
    if mi.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    if e.is_negative() {
        let mb = mi.to_big();
        let inv = mod_inverse(a.to_big().as_ref(), &mb.abs())
            .ok_or_else(|| vm.value_error("base is not invertible for the given modulus"))?;
        let neg_e = -e.to_big().into_owned();
        return Ok(int::pow_mod(&Int::Big(&inv), &Int::Big(&neg_e), &mi));
    }
    Ok(int::pow_mod(&a, &e, &mi))
}

fn builtin_hash(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let x = one_arg(vm, "hash", args, kwnames)?;
    Ok(Value::int(ops::hash(vm, x)?))
}

fn builtin_ord(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let x = one_arg(vm, "ord", args, kwnames)?;
    match x.as_str() {
        Some(s) if s.len() == 1 => Ok(Value::int(s.char_at(0) as i64)),
        Some(s) => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.len()
        ))),
        None if matches!(x.data(), Some(ObjData::Bytes(_) | ObjData::ByteArray(_))) => {
            let b = super::bytes::bytes_of(x).unwrap_or_default();
            if b.len() == 1 {
                Ok(Value::int(b[0] as i64))
            } else {
                Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                )))
            }
        }
        None => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(x)
        ))),
    }
}

fn builtin_chr(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let x = one_arg(vm, "chr", args, kwnames)?;
    let i = index_int(vm, x)?;
    let n = match i.to_i64() {
        Some(n) if n >= i32::MIN as i64 && n <= i32::MAX as i64 => n,
        _ => return Err(vm.overflow_error("Python int too large to convert to C int")),
    };
    if !(0..=0x10ffff).contains(&n) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(n as u32) {
        Some(c) => Ok(crate::object::str::char_str(c)),
        None => Err(vm.not_implemented("strings holding surrogate code points are not supported")),
    }
}

fn builtin_id(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let x = one_arg(vm, "id", args, kwnames)?;
    let id = if x.is_ptr() {
        x.ptr() as usize as u64
    } else {
        x.id()
    };
    Ok(from_big(BigInt::from(id)))
}

fn builtin_callable(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let x = one_arg(vm, "callable", args, kwnames)?;
    Ok(Value::bool(
        is_callable(x) || vm.user_special(&x.clone(), "__call__").is_some(),
    ))
}

fn radix(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwnames: Option<&Value>,
    base: u32,
    prefix: &str,
) -> PyResult<Value> {
    let x = one_arg(vm, name, args, kwnames)?.clone();
    let x = vm.index_value(&x)?;
    let i = index_int(vm, &x)?;
    Ok(new_str(int::to_string_radix(&i, base, prefix)))
}

fn builtin_hex(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    radix(vm, "hex", args, kwnames, 16, "0x")
}

fn builtin_oct(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    radix(vm, "oct", args, kwnames, 8, "0o")
}

fn builtin_bin(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    radix(vm, "bin", args, kwnames, 2, "0b")
}

fn attr_name(vm: &Vm, v: &Value) -> PyResult<()> {
    if v.as_str().is_none() {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        )));
    }
    Ok(())
}

fn builtin_getattr(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "getattr", kwnames)?;
    check_args(vm, "getattr", args.len(), 2, 3)?;
    attr_name(vm, &args[1])?;
    let name = vm.interned.canonical(&args[1]);
    if args.len() == 3 {
        return Ok(ops::getattr_or_none(vm, &args[0], &name)?.unwrap_or_else(|| args[2].clone()));
    }
    ops::getattr(vm, &args[0], &name)
}

fn builtin_setattr(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "setattr", kwnames)?;
    check_args(vm, "setattr", args.len(), 3, 3)?;
    attr_name(vm, &args[1])?;
    ops::setattr(vm, &args[0], &args[1], args[2].clone())?;
    Ok(Value::NONE)
}

fn builtin_hasattr(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "hasattr", kwnames)?;
    check_args(vm, "hasattr", args.len(), 2, 2)?;
    attr_name(vm, &args[1])?;
    let name = vm.interned.canonical(&args[1]);
    Ok(Value::bool(
        ops::getattr_or_none(vm, &args[0], &name)?.is_some(),
    ))
}

// ---------------------------------------------------------------------------
// Constructors: calling a type object.
// ---------------------------------------------------------------------------

pub(super) fn construct(
    vm: &mut Vm,
    t: &Value,
    args: &[Value],
    kwnames: Option<&Value>,
) -> PyResult<Value> {
    let Some(td) = t.as_type() else {
        return Err(vm.type_error(format!("'{}' object is not callable", vm.type_name(t))));
    };
    if td.heap || td.kind == TypeKind::Object {
        return vm.call_class(t, args, kwnames);
    }
    if let Some(v) = super::classes::descr_new(vm, t, args, kwnames)? {
        return Ok(v);
    }
    // A subclass instance of a builtin type stands for its builtin value
    // (unless its class converts itself).
    let hooks: &[&str] = match td.kind {
        TypeKind::Int | TypeKind::Bool => &["__int__", "__index__", "__trunc__"],
        TypeKind::Float => &["__float__", "__index__"],
        TypeKind::List | TypeKind::Tuple | TypeKind::Set | TypeKind::FrozenSet | TypeKind::Dict => {
            &["__iter__"]
        }
        _ => &[],
    };
    let unwrapped: Vec<Value>;
    let args = if !hooks.is_empty()
        && args.first().is_some_and(|a| {
            Vm::base_value(a).is_some() && hooks.iter().all(|h| vm.user_special(a, h).is_none())
        }) {
        unwrapped = std::iter::once(Vm::base_value(&args[0]).expect("checked"))
            .chain(args[1..].iter().cloned())
            .collect();
        &unwrapped[..]
    } else {
        args
    };
    match td.kind {
        TypeKind::Int => int_new(vm, args, kwnames),
        TypeKind::Bool => bool_new(vm, args, kwnames),
        TypeKind::Float => float_new(vm, args, kwnames),
        TypeKind::Str => str_new(vm, args, kwnames),
        TypeKind::List => list_new(vm, args, kwnames),
        TypeKind::Tuple => tuple_new(vm, args, kwnames),
        TypeKind::Dict => dict_new(vm, args, kwnames),
        TypeKind::Range => range_new(vm, args, kwnames),
        TypeKind::Slice => slice_new(vm, args, kwnames),
        TypeKind::Type => type_new(vm, args, kwnames),
        TypeKind::Bytes => super::bytes::construct(vm, args, kwnames, false),
        TypeKind::Complex => complex_new(vm, args, kwnames),
        TypeKind::ByteArray => super::bytes::construct(vm, args, kwnames, true),
        TypeKind::MemoryView => super::memoryview::construct(vm, args, kwnames),
        TypeKind::WeakRef => crate::modules::weakref::construct(vm, args, kwnames),
        // types.ModuleType(name, doc=None): an empty module.
        TypeKind::Module => {
            let (pos, kw) = parse_kwargs(vm, "module", args, kwnames, &["name", "doc"])?;
            check_args(vm, "module", pos.len(), 0, 2)?;
            let Some(name) = pos.first().or(kw[0]) else {
                return Err(
                    vm.type_error("module.__init__() missing required argument 'name' (pos 1)")
                );
            };
            let Some(n) = name.as_str() else {
                return Err(vm.type_error(format!(
                    "module.__init__() argument 'name' must be str, not {}",
                    vm.type_name(name)
                )));
            };
            let doc = pos.get(1).or(kw[1]).cloned().unwrap_or(Value::NONE);
            let d = crate::object::new_dict(crate::object::Dict::new());
            vm.dict_set_str(&d, "__name__", name.clone());
            vm.dict_set_str(&d, "__doc__", doc);
            vm.dict_set_str(&d, "__package__", Value::NONE);
            vm.dict_set_str(&d, "__loader__", Value::NONE);
            vm.dict_set_str(&d, "__spec__", Value::NONE);
            Ok(alloc(ObjData::Module(Box::new(crate::object::Module {
                name: n.as_str().to_string(),
                dict: d,
            }))))
        }
        // types.GenericAlias(origin, args): what `origin[args]` gives.
        TypeKind::GenericAlias if t.is(&vm.types.generic_alias) => {
            no_kwargs(vm, "GenericAlias", kwnames)?;
            check_args(vm, "GenericAlias", args.len(), 2, 2)?;
            let params = if args[1].as_tuple().is_some() {
                args[1].clone()
            } else {
                crate::object::new_tuple(vec![args[1].clone()])
            };
            Ok(crate::object::alloc(ObjData::GenericAlias(
                args[0].clone(),
                params,
            )))
        }
        // types.MethodType(function, instance).
        TypeKind::Method => {
            no_kwargs(vm, "method", kwnames)?;
            if args.len() != 2 {
                return Err(
                    vm.type_error(format!("method expected 2 arguments, got {}", args.len()))
                );
            }
            if !is_callable(&args[0]) && vm.user_special(&args[0], "__call__").is_none() {
                return Err(vm.type_error("first argument must be callable"));
            }
            if args[1].is_none() {
                return Err(vm.type_error("instance must not be None"));
            }
            Ok(crate::object::alloc(ObjData::Method(
                args[0].clone(),
                args[1].clone(),
            )))
        }
        TypeKind::Set | TypeKind::FrozenSet => {
            let name = if td.kind == TypeKind::Set {
                "set"
            } else {
                "frozenset"
            };
            no_kwargs(vm, name, kwnames)?;
            check_args(vm, name, args.len(), 0, 1)?;
            super::sets::set_from(vm, args.first(), td.kind == TypeKind::FrozenSet)
        }
        TypeKind::Object => {
            if !args.is_empty() {
                return Err(vm.type_error("object() takes no arguments"));
            }
            Err(vm.not_implemented("object() instances are not supported yet"))
        }
        TypeKind::Exception => {
            if nkw(kwnames) > 0 {
                return Err(vm.type_error(format!("{}() takes no keyword arguments", td.name)));
            }
            Ok(vm.construct_exception(t, args))
        }
        TypeKind::Iterator if t.is(&vm.types.enumerate) => enumerate_new(vm, args, kwnames),
        TypeKind::Iterator if t.is(&vm.types.zip) => zip_new(vm, args, kwnames),
        TypeKind::Iterator if t.is(&vm.types.map) => {
            no_kwargs(vm, "map", kwnames)?;
            if args.len() < 2 {
                return Err(vm.type_error("map() must have at least two arguments."));
            }
            let mut iters = Vec::with_capacity(args.len() - 1);
            for a in &args[1..] {
                iters.push(ops::get_iter(vm, a)?);
            }
            Ok(new_iter(Iter::Map {
                func: args[0].clone(),
                iters,
            }))
        }
        TypeKind::Iterator if t.is(&vm.types.filter) => {
            no_kwargs(vm, "filter", kwnames)?;
            check_args(vm, "filter", args.len(), 2, 2)?;
            let iter = ops::get_iter(vm, &args[1])?;
            Ok(new_iter(Iter::Filter {
                func: args[0].clone(),
                iter,
            }))
        }
        TypeKind::Iterator if t.is(&vm.types.reversed) => reversed_new(vm, args, kwnames),
        _ => Err(vm.type_error(format!("cannot create '{}' instances", td.name))),
    }
}

/// Replaces Unicode decimal digits by ASCII ones (int() and float() accept
/// any decimal digits).
fn ascii_digits(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(
        s.chars()
            .map(|c| match super::methods::decimal_value(c) {
                Some(d) if !c.is_ascii() => char::from(b'0' + d as u8),
                _ => c,
            })
            .collect(),
    )
}

/// CPython's default limit on the digits of a decimal int string
/// (sys.int_info.default_max_str_digits); `Vm::int_max_str_digits` holds
/// the current one (0: no limit).
pub(crate) const INT_MAX_STR_DIGITS: usize = 4300;

/// The decimal digits of a big int's magnitude (`str`, `repr`, `%d`,
/// `{:d}`), refused past the limit as CPython does.
pub(crate) fn checked_decimal(vm: &Vm, mag: &BigInt) -> PyResult<String> {
    let limit = vm.int_max_str_digits;
    // `limit` digits need more than 3 * limit bits; anything smaller is fine.
    if limit > 0 && mag.bits() >= 3 * limit as u64 {
        let text = mag.magnitude().to_string();
        if text.len() > limit {
            return Err(vm.value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        return Ok(text);
    }
    Ok(mag.magnitude().to_string())
}

fn parse_int_str(vm: &Vm, s: &str, base: u32) -> PyResult<Value> {
    let text = ascii_digits(s);
    let Some(v) = int::parse(&text, base) else {
        return Err(vm.value_error(format!(
            "invalid literal for int() with base {base}: {}",
            repr_str(s)
        )));
    };
    // Decimal (and other non-power-of-two bases) strings are limited in length.
    let t = text.trim_matches(py_isspace).trim_start_matches(['+', '-']);
    let prefixed = t.len() > 1
        && t.as_bytes()[0] == b'0'
        && matches!(t.as_bytes()[1], b'x' | b'X' | b'o' | b'O' | b'b' | b'B');
    let effective = if base == 0 && !prefixed { 10 } else { base };
    if !matches!(effective, 0 | 2 | 4 | 8 | 16 | 32) {
        let digits = t.bytes().filter(|b| b.is_ascii_alphanumeric()).count();
        let limit = vm.int_max_str_digits;
        if limit > 0 && digits > limit {
            return Err(vm.value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
    }
    Ok(v)
}

fn int_new(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let (pos, kw) = parse_kwargs(vm, "int", args, kwnames, &["base"])?;
    if pos.len() == 2 && kw[0].is_some() {
        return Err(vm.type_error("argument for int() given by name ('base') and position (2)"));
    }
    let base = pos.get(1).or(kw[0]);
    let Some(x) = pos.first() else {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::small_int(0));
    };
    // int(x) for objects defining __int__, __index__ or __trunc__.
    if base.is_none() && crate::interp::classes::has_heap_type(vm, x) {
        for hook in ["__int__", "__index__", "__trunc__"] {
            if let Some(r) = vm.try_special(x, hook, &[])? {
                if as_int(&r).is_none() {
                    return Err(vm.type_error(format!(
                        "{hook} returned non-int (type {})",
                        vm.type_name(&r)
                    )));
                }
                return Ok(r);
            }
        }
    }
    // int(b'42'): bytes are parsed as ASCII text.
    let text;
    let x = match super::bytes::bytes_of(x) {
        Some(b) => {
            text = new_str(b.iter().map(|&c| c as char).collect::<String>());
            &text
        }
        None => x,
    };
    match base {
        None => {
            if let Some(f) = x.as_float() {
                return float_to_int(vm, f);
            }
            if let Some(i) = as_int(x) {
                return Ok(if x.is_bool() {
                    int_value(&i)
                } else {
                    x.clone()
                });
            }
            if let Some(s) = x.as_str() {
                return parse_int_str(vm, s.as_str(), 10);
            }
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(x)
            )))
        }
        Some(b) => {
            let b = index_int(vm, b)?.to_i64().unwrap_or(-1);
            if !(b == 0 || (2..=36).contains(&b)) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            match x.as_str() {
                Some(s) => parse_int_str(vm, s.as_str(), b as u32),
                None => Err(vm.type_error("int() can't convert non-string with explicit base")),
            }
        }
    }
}

/// Python's whitespace (`str.isspace`).
pub(super) fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Counts ASCII digits from `*i`, allowing single underscores between
/// digits (PEP 515).
fn scan_digits(b: &[u8], i: &mut usize) -> usize {
    let mut count = 0;
    while *i < b.len() {
        let c = b[*i];
        if c.is_ascii_digit() {
            count += 1;
            *i += 1;
        } else if c == b'_' && count > 0 && *i + 1 < b.len() && b[*i + 1].is_ascii_digit() {
            *i += 1;
        } else {
            break;
        }
    }
    count
}

/// Parses a float literal as `float(str)` does; `None` if invalid.
pub(super) fn parse_float_str(s: &str) -> Option<f64> {
    let text = ascii_digits(s);
    let t = text.trim_matches(py_isspace);
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Some(sign * f64::INFINITY);
    }
    if lower == "nan" {
        return Some(f64::NAN.copysign(sign));
    }
    let b = body.as_bytes();
    let mut i = 0;
    let int_digits = scan_digits(b, &mut i);
    let mut frac_digits = 0;
    if i < b.len() && b[i] == b'.' {
        i += 1;
        frac_digits = scan_digits(b, &mut i);
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        if scan_digits(b, &mut i) == 0 {
            return None;
        }
    }
    if i != b.len() {
        return None;
    }
    let clean: String = body.chars().filter(|c| *c != '_').collect();
    clean.parse::<f64>().ok().map(|f| sign * f)
}

fn float_new(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "float", kwnames)?;
    check_args(vm, "float", args.len(), 0, 1)?;
    let Some(x) = args.first() else {
        return Ok(Value::float(0.0));
    };
    if x.is_float() {
        return Ok(x.clone());
    }
    if crate::interp::classes::has_heap_type(vm, x) {
        if let Some(r) = vm.try_special(x, "__float__", &[])? {
            if !r.is_float() {
                return Err(vm.type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    vm.type_name(x),
                    vm.type_name(&r)
                )));
            }
            return Ok(r);
        }
        if let Some(r) = vm.try_special(x, "__index__", &[])? {
            if let Some(i) = as_int(&r) {
                return i
                    .to_f64()
                    .map(Value::float)
                    .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
            }
        }
    }
    if let Some(i) = as_int(x) {
        return i
            .to_f64()
            .map(Value::float)
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
    if let Some(s) = x.as_str() {
        return parse_float_str(s.as_str())
            .map(Value::float)
            .ok_or_else(|| {
                vm.value_error(format!(
                    "could not convert string to float: {}",
                    repr_str(s.as_str())
                ))
            });
    }
    if let Some(b) = super::bytes::bytes_of(x) {
        let text: String = b.iter().map(|&c| c as char).collect();
        return parse_float_str(&text).map(Value::float).ok_or_else(|| {
            let r = ops::repr(vm, x).unwrap_or_default();
            vm.value_error(format!("could not convert string to float: {r}"))
        });
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(x)
    )))
}

fn str_new(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    // `str(x)` of a str or an inline int: no argument parsing.
    if let ([x], None) = (args, kwnames) {
        if let Some(i) = x.as_small_int() {
            return Ok(crate::object::str::int_str(i));
        }
        if x.is_exact_str() {
            return Ok(x.clone());
        }
    }
    let (pos, kw) = parse_kwargs(vm, "str", args, kwnames, &["object", "encoding", "errors"])?;
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    let encoding = pos.get(1).or(kw[1]);
    let errors = pos.get(2).or(kw[2]);
    if encoding.is_some() || errors.is_some() {
        for (what, v) in [("encoding", encoding), ("errors", errors)] {
            if let Some(v) = v.filter(|v| v.as_str().is_none()) {
                return Err(vm.type_error(format!(
                    "str() argument '{what}' must be str, not {}",
                    vm.type_name(v)
                )));
            }
        }
        let obj = pos
            .first()
            .or(kw[0])
            .cloned()
            .unwrap_or_else(|| new_str(""));
        let Some(data) = super::bytes::bytes_of(&obj) else {
            return Err(vm.type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                vm.type_name(&obj)
            )));
        };
        let enc = encoding.map_or("utf-8".to_string(), |e| {
            e.as_str().map_or(String::new(), |s| {
                s.as_str().to_lowercase().replace('_', "-")
            })
        });
        let errors = errors
            .and_then(|e| e.as_str().map(|s| s.as_str().to_string()))
            .unwrap_or_else(|| "strict".to_string());
        return Ok(new_str(super::bytes::decode_with(
            vm, &data, &enc, &errors,
        )?));
    }
    match pos.first().or(kw[0]) {
        None => Ok(new_str("")),
        Some(x) if x.as_str().is_some() => Ok(x.clone()),
        Some(x) => Ok(new_str(ops::str_(vm, x)?)),
    }
}

fn bool_new(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "bool", kwnames)?;
    check_args(vm, "bool", args.len(), 0, 1)?;
    match args.first() {
        None => Ok(Value::FALSE),
        Some(x) => Ok(Value::bool(ops::truthy(vm, x)?)),
    }
}

fn list_new(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "list", kwnames)?;
    check_args(vm, "list", args.len(), 0, 1)?;
    match args.first() {
        None => Ok(new_list(Vec::new())),
        Some(x) => Ok(new_list(ops::iterate(vm, x)?)),
    }
}

fn tuple_new(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "tuple", kwnames)?;
    check_args(vm, "tuple", args.len(), 0, 1)?;
    match args.first() {
        None => Ok(new_tuple(Vec::new())),
        Some(x) if x.as_tuple().is_some() => Ok(x.clone()),
        Some(x) => Ok(new_tuple(ops::iterate(vm, x)?)),
    }
}

/// Inserts `key: value` into dict `d`, hashing the key.
pub(crate) fn dict_insert(vm: &mut Vm, d: &Value, key: Value, value: Value) -> PyResult<()> {
    let h = ops::hash(vm, &key)?;
    let old = d
        .as_dict()
        .expect("a dict")
        .borrow_mut()
        .insert(key, h, value);
    drop(old);
    Ok(())
}

/// `d.update(src)` for a mapping or an iterable of pairs (also `dict(src)`).
pub fn dict_update(vm: &mut Vm, d: &Value, src: &Value) -> PyResult<()> {
    // A dict subclass that keeps dict's iteration is copied as a dict
    // (CPython's PyDict_Merge does the same, not calling __getitem__).
    if let Some(base) = Vm::base_value(src) {
        if base.as_dict().is_some() && vm.user_special(src, "__iter__").is_none() {
            return dict_update(vm, d, &base);
        }
    }
    // Any other mapping: its keys(), then an item lookup per key.
    if src.as_dict().is_none() {
        if let Some(keys) = ops::getattr_opt(vm, src, "keys")? {
            let keys = vm.call(&keys, &[], None)?;
            for k in ops::iterate(vm, &keys)? {
                let v = ops::getitem(vm, src, &k)?;
                dict_insert(vm, d, k, v)?;
            }
            return Ok(());
        }
    }
    if let Some(sd) = src.as_dict() {
        let entries: Vec<(i64, Value, Value)> = sd
            .borrow()
            .entries_with_hash()
            .map(|e| (e.hash, e.key.clone(), e.value.clone()))
            .collect();
        let mut old = Vec::new();
        {
            let mut dd = d.as_dict().expect("a dict").borrow_mut();
            for (h, k, v) in entries {
                old.push(dd.insert(k, h, v));
            }
        }
        drop(old);
        return Ok(());
    }
    let items = ops::iterate(vm, src)?;
    for (i, item) in items.iter().enumerate() {
        let pair = match ops::iterate(vm, item) {
            Ok(p) => p,
            Err(e) if is_exc(vm, &e, &vm.exc.type_error) => {
                return Err(vm.type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )));
            }
            Err(e) => return Err(e),
        };
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut pair = pair.into_iter();
        let (k, v) = (
            pair.next().expect("two items"),
            pair.next().expect("two items"),
        );
        dict_insert(vm, d, k, v)?;
    }
    Ok(())
}

fn dict_new(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    check_args(vm, "dict", pos.len(), 0, 1)?;
    let d = new_dict(Dict::new());
    if let Some(src) = pos.first() {
        dict_update(vm, &d, src)?;
    }
    for (name, v) in kws {
        dict_insert(vm, &d, new_str(name), v.clone())?;
    }
    Ok(d)
}

fn range_new(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "range", kwnames)?;
    check_args(vm, "range", args.len(), 1, 3)?;
    // The common case, without big ints.
    let mut w = [0i64; 3];
    if args
        .iter()
        .zip(w.iter_mut())
        .all(|(a, x)| as_int(a).and_then(|i| i.to_i64()).map(|i| *x = i).is_some())
    {
        let (start, stop, step) = match args.len() {
            1 => (0, w[0], 1),
            2 => (w[0], w[1], 1),
            _ => (w[0], w[1], w[2]),
        };
        let r = Range { start, stop, step };
        if step != 0 && r.len_i128() <= i64::MAX as i128 {
            return Ok(alloc(ObjData::Range(r)));
        }
    }
    let mut v: [BigInt; 3] = Default::default();
    for (i, a) in args.iter().enumerate() {
        let a = vm.index_value(a)?;
        v[i] = index_int(vm, &a)?.to_big().into_owned();
    }
    let [a, b, c] = v;
    let (start, stop, step) = match args.len() {
        1 => (BigInt::zero(), a, BigInt::one()),
        2 => (a, b, BigInt::one()),
        _ => (a, b, c),
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(crate::object::range::new_range(start, stop, step))
}

fn slice_new(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "slice", kwnames)?;
    check_args(vm, "slice", args.len(), 1, 3)?;
    let parts = match args.len() {
        1 => [Value::NONE, args[0].clone(), Value::NONE],
        2 => [args[0].clone(), args[1].clone(), Value::NONE],
        _ => [args[0].clone(), args[1].clone(), args[2].clone()],
    };
    Ok(alloc(ObjData::Slice(Box::new(parts))))
}

fn type_new(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    match args.len() - nkw(kwnames) {
        1 if nkw(kwnames) == 0 => Ok(vm.type_of(&args[0])),
        3 => {
            // The most derived metaclass of the bases makes the class.
            let t = vm.types.type_.clone();
            if let Some(bases) = args[1].as_tuple() {
                let bases = bases.to_vec();
                let winner = vm.winner_metaclass(&t, &bases)?;
                if !winner.is(&t) {
                    return vm.call(&winner, args, kwnames);
                }
            }
            vm.object_new(&t, args, kwnames)
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

fn complex_new(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kw) = parse_kwargs(vm, "complex", args, kwnames, &["real", "imag"])?;
    check_args(vm, "complex", pos.len(), 0, 2)?;
    let real = pos.first().or(kw[0]);
    let imag = pos.get(1).or(kw[1]);
    if let Some(s) = real.and_then(|r| r.as_str()) {
        if imag.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return match crate::object::complex::parse(s.as_str()) {
            Some((r, i)) => Ok(alloc(ObjData::Complex(r, i))),
            None => Err(vm.value_error("complex() arg is a malformed string")),
        };
    }
    // Objects of user classes: __complex__, else __float__, else __index__.
    let convert =
        |vm: &mut Vm, v: Option<&Value>, allow_complex: bool| -> PyResult<Option<Value>> {
            let Some(x) = v else { return Ok(None) };
            if !crate::interp::classes::has_heap_type(vm, x) || Vm::base_value(x).is_some() {
                return Ok(Some(Vm::base_value(x).unwrap_or_else(|| x.clone())));
            }
            if allow_complex {
                if let Some(r) = vm.try_special(x, "__complex__", &[])? {
                    if !matches!(r.data(), Some(ObjData::Complex(..))) {
                        return Err(vm.type_error(format!(
                            "__complex__ returned non-complex (type {})",
                            vm.type_name(&r)
                        )));
                    }
                    return Ok(Some(r));
                }
            }
            if let Some(r) = vm.try_special(x, "__float__", &[])? {
                return Ok(Some(r));
            }
            if let Some(r) = vm.try_special(x, "__index__", &[])? {
                return Ok(Some(r));
            }
            Ok(Some(x.clone()))
        };
    let real = convert(vm, real, true)?;
    let imag = convert(vm, imag, false)?;
    let (real, imag) = (real.as_ref(), imag.as_ref());
    let part = |vm: &Vm, v: Option<&Value>, which: &str| -> PyResult<(f64, f64)> {
        match v {
            None => Ok((0.0, 0.0)),
            Some(x) => ops::as_complex(x).ok_or_else(|| {
                vm.type_error(format!(
                    "complex() {which} must be a number, not '{}'",
                    vm.type_name(x)
                ))
            }),
        }
    };
    let (rr, ri) = part(vm, real, "first argument")?;
    let (ir, ii) = part(vm, imag, "second argument")?;
    // As CPython: parts that are not complex add nothing (so -0.0 stays).
    let is_c = |v: Option<&Value>| matches!(v.and_then(|x| x.data()), Some(ObjData::Complex(..)));
    let mut re = rr;
    let mut im = if imag.is_some() { ir } else { ri };
    if is_c(imag) {
        re -= ii;
    }
    if is_c(real) && imag.is_some() {
        im += ri;
    }
    Ok(alloc(ObjData::Complex(re, im)))
}

fn enumerate_new(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kw) = parse_kwargs(vm, "enumerate", args, kwnames, &["iterable", "start"])?;
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let Some(it) = pos.first().or(kw[0]) else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    };
    let count = match pos.get(1).or(kw[1]) {
        Some(s) => int_value(&index_int(vm, s)?),
        None => Value::small_int(0),
    };
    let iter = ops::get_iter(vm, it)?;
    Ok(new_iter(Iter::Enumerate { iter, count }))
}

fn zip_new(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kw) = split_kwargs(args, kwnames);
    let mut strict = false;
    for (name, v) in kw {
        if name != "strict" {
            return Err(vm.type_error(format!("zip() got an unexpected keyword argument '{name}'")));
        }
        strict = ops::truthy(vm, v)?;
    }
    let mut iters = Vec::with_capacity(pos.len());
    for p in pos {
        iters.push(ops::get_iter(vm, p)?);
    }
    Ok(new_iter(Iter::Zip { iters, strict }))
}

fn reversed_new(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "reversed", kwnames)?;
    check_args(vm, "reversed", args.len(), 1, 1)?;
    let seq = &args[0];
    // `__reversed__ = None` (as Mapping sets it) opts out.
    if vm
        .user_special(seq, "__reversed__")
        .is_some_and(|m| m.is_none())
    {
        return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(seq))));
    }
    let n = match seq.data() {
        Some(ObjData::List(l)) => l.borrow().len(),
        Some(ObjData::Tuple(t)) => t.len(),
        Some(ObjData::Str(s)) => s.len(),
        Some(ObjData::Range(r)) => {
            // A range iterator running backwards (CPython's type too).
            let n = r.len();
            let back = if n == 0 {
                Some((0, 0, 1))
            } else {
                (n - 1)
                    .checked_mul(r.step)
                    .and_then(|d| r.start.checked_add(d))
                    .zip(r.start.checked_sub(r.step))
                    .zip(r.step.checked_neg())
                    .map(|((last, stop), step)| (last, stop, step))
            };
            if let Some((next, stop, step)) = back {
                return Ok(new_iter(Iter::Range { next, stop, step }));
            }
            n as usize
        }
        Some(ObjData::BigRange(r)) => {
            let last = if r.len.is_zero() {
                r.start.clone()
            } else {
                r.item(&(&r.len - 1))
            };
            return Ok(new_iter(Iter::BigRange(Box::new((
                last,
                -&r.step,
                r.len.clone(),
            )))));
        }
        Some(ObjData::Dict(d)) => {
            let keys: Vec<Value> = d.borrow().iter().map(|(k, _)| k.clone()).collect();
            let n = keys.len();
            return Ok(new_iter(Iter::Reversed {
                seq: new_list(keys),
                index: n as isize - 1,
            }));
        }
        Some(ObjData::DictView(kind, d)) => {
            let items: Vec<Value> = d
                .as_dict()
                .expect("a dict")
                .borrow()
                .iter()
                .map(|(k, v)| match kind {
                    crate::object::DictViewKind::Keys => k.clone(),
                    crate::object::DictViewKind::Values => v.clone(),
                    crate::object::DictViewKind::Items => new_tuple(vec![k.clone(), v.clone()]),
                })
                .collect();
            let n = items.len();
            return Ok(new_iter(Iter::Reversed {
                seq: new_list(items),
                index: n as isize - 1,
            }));
        }
        _ => {
            if let Some(r) = vm.try_special(seq, "__reversed__", &[])? {
                return Ok(r);
            }
            if vm.user_special(seq, "__getitem__").is_some() {
                let n = ops::len(vm, seq)?;
                return Ok(new_iter(Iter::Reversed {
                    seq: seq.clone(),
                    index: n as isize - 1,
                }));
            }
            if let Some(b) = Vm::base_value(seq) {
                return reversed_new(vm, &[b], None);
            }
            return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(seq))));
        }
    };
    Ok(new_iter(Iter::Reversed {
        seq: seq.clone(),
        index: n as isize - 1,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_float_matches_cpython() {
        let cases: &[(f64, i64, f64)] = &[
            (0.125, 2, 0.12),
            (0.375, 2, 0.38),
            (2.675, 2, 2.67),
            (123.456, 1, 123.5),
            (123.456, -1, 120.0),
            (-123.456, -2, -100.0),
            (12345.678, -2, 12300.0),
            (15.0, -1, 20.0),
            (25.0, -1, 20.0),
            (6.02214076e23, -20, 6.022e23),
            (1.23456789e-10, 15, 1.23457e-10),
            (1.5, -400, 0.0),
        ];
        for &(x, n, want) in cases {
            assert_eq!(round_float(x, n), Some(want), "round({x}, {n})");
        }
        assert!(round_float(-4.0, -1).unwrap().is_sign_negative());
        assert_eq!(round_float(1.7e308, -308), None);
    }

    #[test]
    fn float_literals() {
        assert_eq!(parse_float_str(" 1_000.5 "), Some(1000.5));
        assert_eq!(parse_float_str("1_0.5_5e1_0"), Some(105500000000.0));
        assert_eq!(parse_float_str("-.25"), Some(-0.25));
        assert_eq!(parse_float_str("1.e1"), Some(10.0));
        assert_eq!(parse_float_str("iNfInItY"), Some(f64::INFINITY));
        assert!(parse_float_str("+NAN").unwrap().is_nan());
        for bad in [
            "", " ", "1__0", "_1", "1_", "1e_1", "0x10", ".e1", "in f", "infinit", "nan(1)", "1e",
            ".",
        ] {
            assert_eq!(parse_float_str(bad), None, "{bad:?}");
        }
    }
}
