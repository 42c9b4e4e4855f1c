//! The special methods of builtin types as Python-visible methods
//! (`int.__add__`, `list.__len__`, `dict.__setitem__`, ...), so that
//! `(1).__add__(2)`, `hasattr(x, '__iter__')` and `super().__setitem__(k, v)`
//! in a subclass of a builtin type work as in CPython.
//!
//! Each wrapper acts on the builtin value itself (for an instance of a
//! subclass, the builtin value it extends), through the same `ops`
//! functions the interpreter uses, so the subclass's own overrides are
//! not re-entered. The VM's dispatch never goes through these wrappers:
//! `Vm::user_special` ignores builtin functions.
//!
//! A wrapper returns NotImplemented, as CPython's slots do, when the other
//! operand is an instance of a user class, or of a kind the slot does not
//! take (`int.__add__` takes ints, `float.__add__` ints and floats,
//! comparisons and set operators their own kind); sequence concatenation
//! raises its own TypeError.

use super::functions::check_args;
use super::{new_builtin, BuiltinFn};
use crate::interp::classes::has_heap_type;
use crate::interp::ops::{self, CmpOp};
use crate::interp::{PyResult, Vm};
use crate::value::Value;

/// The builtin value of `v` (unwrapping an instance of a subclass).
fn raw(v: &Value) -> Value {
    Vm::base_value(v).unwrap_or_else(|| v.clone())
}

/// True when `v` is an instance of a user class that extends no builtin
/// value: the builtin slot leaves such operands to their own methods.
fn foreign(vm: &Vm, v: &Value) -> bool {
    has_heap_type(vm, v) && Vm::base_value(v).is_none()
}

fn is_type_error(vm: &Vm, e: &crate::interp::PyErr) -> bool {
    vm.is_instance_of(&e.0, &vm.exc.type_error)
}

/// The builtin type family of a value, for deciding what a slot accepts.
#[derive(PartialEq, Clone, Copy)]
enum Family {
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Set,
    Dict,
    Range,
    Other,
}

fn family(v: &Value) -> Family {
    use crate::object::ObjData;
    if v.as_float().is_some() {
        return Family::Float;
    }
    if crate::object::int::as_int(v).is_some() {
        return Family::Int;
    }
    match v.data() {
        Some(ObjData::Complex(..)) => Family::Complex,
        Some(ObjData::Str(_)) => Family::Str,
        Some(ObjData::Bytes(_)) => Family::Bytes,
        Some(ObjData::ByteArray(_)) => Family::ByteArray,
        Some(ObjData::List(_)) => Family::List,
        Some(ObjData::Tuple(_)) => Family::Tuple,
        Some(ObjData::Set(_)) => Family::Set,
        Some(ObjData::Dict(_)) => Family::Dict,
        Some(ObjData::Range(_) | ObjData::BigRange(_)) => Family::Range,
        _ => Family::Other,
    }
}

/// Whether the slot of a `own` value takes an `other` operand (numbers
/// take the narrower numbers; containers their own kind).
fn accepts(own: Family, other: Family) -> bool {
    use Family::*;
    match own {
        Int => other == Int,
        Float => matches!(other, Int | Float),
        Complex => matches!(other, Int | Float | Complex),
        ByteArray => matches!(other, Bytes | ByteArray),
        f => f == other,
    }
}

fn binary(vm: &mut Vm, args: &[Value], name: &str, oparg: u32, reflected: bool) -> PyResult<Value> {
    check_args(vm, name, args.len(), 2, 2)?;
    if foreign(vm, &args[1]) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (a, b) = (raw(&args[0]), raw(&args[1]));
    let own = family(&a);
    let numeric = matches!(own, Family::Int | Family::Float | Family::Complex);
    // Numbers and sets answer NotImplemented for other kinds; sequences
    // raise their own errors (`[1] + (2,)`), as CPython's do.
    if (numeric || matches!(own, Family::Set | Family::Dict)) && !accepts(own, family(&b)) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    ops::binary_op(vm, &x, &y, oparg)
}

fn compare(vm: &mut Vm, args: &[Value], name: &str, op: CmpOp) -> PyResult<Value> {
    check_args(vm, name, args.len(), 2, 2)?;
    if foreign(vm, &args[1]) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (a, b) = (raw(&args[0]), raw(&args[1]));
    if !accepts(family(&a), family(&b)) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    match ops::compare(vm, &a, &b, op) {
        Ok(v) => Ok(v),
        Err(e) if is_type_error(vm, &e) => Ok(Value::NOT_IMPLEMENTED),
        Err(e) => Err(e),
    }
}

fn one(vm: &Vm, args: &[Value], name: &str) -> PyResult<Value> {
    check_args(vm, name, args.len(), 1, 1)?;
    Ok(raw(&args[0]))
}

/// Calls the builtin named `f` (abs, round, int, float, divmod, ...).
fn call_builtin(vm: &mut Vm, f: &str, args: &[Value]) -> PyResult<Value> {
    let b = vm.builtins.clone();
    let func = vm.dict_get_str(&b, f).expect("a builtin");
    vm.call(&func, args, None)
}

macro_rules! binary_slots {
    ($($fname:ident, $rname:ident, $dunder:literal, $rdunder:literal, $op:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
                binary(vm, args, $dunder, $op, false)
            }
            fn $rname(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
                binary(vm, args, $rdunder, $op, true)
            }
        )*
    };
}

// BINARY_OP opargs (CPython's numbering).
binary_slots! {
    s_add, s_radd, "__add__", "__radd__", 0;
    s_and, s_rand, "__and__", "__rand__", 1;
    s_floordiv, s_rfloordiv, "__floordiv__", "__rfloordiv__", 2;
    s_lshift, s_rlshift, "__lshift__", "__rlshift__", 3;
    s_mul, s_rmul, "__mul__", "__rmul__", 5;
    s_mod, s_rmod, "__mod__", "__rmod__", 6;
    s_or, s_ror, "__or__", "__ror__", 7;
    s_rshift, s_rrshift, "__rshift__", "__rrshift__", 9;
    s_sub, s_rsub, "__sub__", "__rsub__", 10;
    s_truediv, s_rtruediv, "__truediv__", "__rtruediv__", 11;
    s_xor, s_rxor, "__xor__", "__rxor__", 12;
}

fn s_pow(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    check_args(vm, "__pow__", args.len(), 2, 3)?;
    match args.get(2).filter(|m| !m.is_none()) {
        None => binary(vm, &args[..2], "__pow__", 8, false),
        Some(m) => {
            if foreign(vm, &args[1]) {
                return Ok(Value::NOT_IMPLEMENTED);
            }
            call_builtin(vm, "pow", &[raw(&args[0]), raw(&args[1]), raw(m)])
        }
    }
}
fn s_rpow(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    check_args(vm, "__rpow__", args.len(), 2, 3)?;
    binary(vm, &args[..2], "__rpow__", 8, true)
}
fn s_format(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    check_args(vm, "__format__", args.len(), 2, 2)?;
    let Some(spec) = args[1].as_str().map(|s| s.as_str().to_string()) else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&args[1])
        )));
    };
    let v = raw(&args[0]);
    let s = super::format::format_value(vm, &v, &spec)?;
    Ok(crate::object::str::new_str(s))
}
/// `object.__format__(spec)`: str(self) for an empty spec, else an error.
fn object_format(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    check_args(vm, "__format__", args.len(), 2, 2)?;
    match args[1].as_str() {
        Some(s) if s.as_str().is_empty() => {
            let text = ops::str_(vm, &args[0])?;
            Ok(crate::object::str::new_str(text))
        }
        Some(_) => Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&args[0])
        ))),
        None => Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&args[1])
        ))),
    }
}

fn s_trunc(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let v = one(vm, args, "__trunc__")?;
    call_builtin(vm, "int", &[v])
}
fn s_floor(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let v = one(vm, args, "__floor__")?;
    let v = v.as_float().map_or(v, |f| Value::float(f.floor()));
    call_builtin(vm, "int", &[v])
}
fn s_ceil(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let v = one(vm, args, "__ceil__")?;
    let v = v.as_float().map_or(v, |f| Value::float(f.ceil()));
    call_builtin(vm, "int", &[v])
}
fn s_reversed(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let v = one(vm, args, "__reversed__")?;
    call_builtin(vm, "reversed", &[v])
}

macro_rules! inplace_slots {
    ($($fname:ident, $dunder:literal, $op:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
                check_args(vm, $dunder, args.len(), 2, 2)?;
                let (a, b) = (raw(&args[0]), raw(&args[1]));
                ops::binary_op(vm, &a, &b, $op + 13)?;
                // In place: the result is the object itself.
                Ok(args[0].clone())
            }
        )*
    };
}

inplace_slots! {
    s_iadd, "__iadd__", 0;
    s_imul, "__imul__", 5;
    s_iand, "__iand__", 1;
    s_ior, "__ior__", 7;
    s_isub, "__isub__", 10;
    s_ixor, "__ixor__", 12;
}

macro_rules! compare_slots {
    ($($fname:ident, $dunder:literal, $op:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
                compare(vm, args, $dunder, $op)
            }
        )*
    };
}

compare_slots! {
    s_lt, "__lt__", CmpOp::Lt;
    s_le, "__le__", CmpOp::Le;
    s_eq, "__eq__", CmpOp::Eq;
    s_ne, "__ne__", CmpOp::Ne;
    s_gt, "__gt__", CmpOp::Gt;
    s_ge, "__ge__", CmpOp::Ge;
}

fn s_neg(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let v = one(vm, args, "__neg__")?;
    ops::unary_negative(vm, &v)
}
fn s_pos(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let v = one(vm, args, "__pos__")?;
    ops::unary_positive(vm, &v)
}
fn s_invert(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let v = one(vm, args, "__invert__")?;
    ops::unary_invert(vm, &v)
}
fn s_abs(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let v = one(vm, args, "__abs__")?;
    call_builtin(vm, "abs", &[v])
}
fn s_bool(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let v = one(vm, args, "__bool__")?;
    Ok(Value::bool(ops::truthy(vm, &v)?))
}
fn s_int(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let v = one(vm, args, "__int__")?;
    call_builtin(vm, "int", &[v])
}
fn s_float(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let v = one(vm, args, "__float__")?;
    call_builtin(vm, "float", &[v])
}
fn s_index(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let v = one(vm, args, "__index__")?;
    call_builtin(vm, "int", &[v])
}
fn s_round(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    check_args(vm, "__round__", args.len(), 1, 2)?;
    let mut all = vec![raw(&args[0])];
    all.extend(args[1..].iter().filter(|n| !n.is_none()).cloned());
    call_builtin(vm, "round", &all)
}
fn s_divmod(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    check_args(vm, "__divmod__", args.len(), 2, 2)?;
    if foreign(vm, &args[1]) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    call_builtin(vm, "divmod", &[raw(&args[0]), raw(&args[1])])
}
fn s_rdivmod(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    check_args(vm, "__rdivmod__", args.len(), 2, 2)?;
    if foreign(vm, &args[1]) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    call_builtin(vm, "divmod", &[raw(&args[1]), raw(&args[0])])
}
fn s_hash(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let v = one(vm, args, "__hash__")?;
    Ok(Value::int(ops::hash(vm, &v)?))
}
fn s_repr(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let v = one(vm, args, "__repr__")?;
    let s = ops::repr(vm, &v)?;
    Ok(crate::object::str::new_str(s))
}
fn s_str(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let v = one(vm, args, "__str__")?;
    let s = ops::str_(vm, &v)?;
    Ok(crate::object::str::new_str(s))
}
fn s_len(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let v = one(vm, args, "__len__")?;
    Ok(Value::int(ops::len(vm, &v)? as i64))
}
fn s_iter(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let v = one(vm, args, "__iter__")?;
    ops::get_iter(vm, &v)
}
/// `iterator.__iter__()`: the iterator itself.
fn s_iter_self(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    check_args(vm, "__iter__", args.len(), 1, 1)?;
    Ok(args[0].clone())
}
/// `iterator.__next__()`: the next item, or StopIteration.
fn s_next(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    check_args(vm, "__next__", args.len(), 1, 1)?;
    match ops::iter_next(vm, &args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration()),
    }
}
/// `iterator.__length_hint__()`: the items left, for the iterators over
/// sequences, ranges, dicts and sets.
fn s_length_hint(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    use crate::object::{Iter, ObjData};
    check_args(vm, "__length_hint__", args.len(), 1, 1)?;
    let Some(ObjData::Iter(it)) = args[0].data() else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let left = match &*it.borrow() {
        Iter::Seq { seq, index } => match seq.data() {
            Some(ObjData::List(l)) => l.borrow().len().saturating_sub(*index) as i64,
            Some(ObjData::Tuple(t)) => t.len().saturating_sub(*index) as i64,
            Some(ObjData::Str(s)) => s.len().saturating_sub(*index) as i64,
            _ => return Ok(Value::NOT_IMPLEMENTED),
        },
        Iter::Bytes { seq, index } => crate::builtins::bytes::bytes_of(seq)
            .map_or(0, |b| b.len().saturating_sub(*index))
            as i64,
        Iter::Range { next, stop, step } => crate::object::Range {
            start: *next,
            stop: *stop,
            step: *step,
        }
        .len(),
        Iter::Dict { dict, index, .. } => {
            dict.as_dict()
                .map_or(0, |d| d.borrow().len().saturating_sub(*index)) as i64
        }
        Iter::Done => 0,
        _ => return Ok(Value::NOT_IMPLEMENTED),
    };
    Ok(Value::int(left))
}
/// `callable.__call__(*args, **kwargs)` for functions, builtins and
/// bound methods.
fn s_call(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let Some((f, rest)) = args.split_first() else {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    };
    vm.call(f, rest, kw)
}
/// `type.__call__(cls, *args, **kwargs)`: make an instance, past any
/// metaclass `__call__`.
fn s_type_call(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    match args.split_first() {
        Some((cls, rest)) if cls.as_type().is_some() => {
            if cls.as_type().is_some_and(|t| t.heap) {
                vm.type_call(cls, rest, kw)
            } else {
                vm.call(cls, rest, kw)
            }
        }
        _ => Err(vm.type_error("descriptor '__call__' for 'type' objects needs a type")),
    }
}
fn s_complex(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let v = one(vm, args, "__complex__")?;
    Ok(v)
}
fn s_getitem(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    check_args(vm, "__getitem__", args.len(), 2, 2)?;
    ops::getitem(vm, &raw(&args[0]), &args[1])
}
fn s_setitem(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    check_args(vm, "__setitem__", args.len(), 3, 3)?;
    ops::setitem(vm, &raw(&args[0]), &args[1], args[2].clone())?;
    Ok(Value::NONE)
}
fn s_delitem(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    check_args(vm, "__delitem__", args.len(), 2, 2)?;
    ops::delitem(vm, &raw(&args[0]), &args[1])?;
    Ok(Value::NONE)
}
fn s_contains(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    check_args(vm, "__contains__", args.len(), 2, 2)?;
    Ok(Value::bool(ops::contains(vm, &raw(&args[0]), &args[1])?))
}

const NUMBER: &[(&str, BuiltinFn)] = &[
    ("__add__", s_add),
    ("__radd__", s_radd),
    ("__sub__", s_sub),
    ("__rsub__", s_rsub),
    ("__mul__", s_mul),
    ("__rmul__", s_rmul),
    ("__truediv__", s_truediv),
    ("__rtruediv__", s_rtruediv),
    ("__pow__", s_pow),
    ("__rpow__", s_rpow),
    ("__neg__", s_neg),
    ("__pos__", s_pos),
    ("__abs__", s_abs),
    ("__bool__", s_bool),
    ("__hash__", s_hash),
    ("__repr__", s_repr),
];
const REAL: &[(&str, BuiltinFn)] = &[
    ("__format__", s_format),
    ("__trunc__", s_trunc),
    ("__floor__", s_floor),
    ("__ceil__", s_ceil),
    ("__floordiv__", s_floordiv),
    ("__rfloordiv__", s_rfloordiv),
    ("__mod__", s_mod),
    ("__rmod__", s_rmod),
    ("__divmod__", s_divmod),
    ("__rdivmod__", s_rdivmod),
    ("__int__", s_int),
    ("__float__", s_float),
    ("__round__", s_round),
];
const INTEGER: &[(&str, BuiltinFn)] = &[
    ("__and__", s_and),
    ("__rand__", s_rand),
    ("__or__", s_or),
    ("__ror__", s_ror),
    ("__xor__", s_xor),
    ("__rxor__", s_rxor),
    ("__lshift__", s_lshift),
    ("__rlshift__", s_rlshift),
    ("__rshift__", s_rshift),
    ("__rrshift__", s_rrshift),
    ("__invert__", s_invert),
    ("__index__", s_index),
];
const ORDER: &[(&str, BuiltinFn)] = &[
    ("__lt__", s_lt),
    ("__le__", s_le),
    ("__eq__", s_eq),
    ("__ne__", s_ne),
    ("__gt__", s_gt),
    ("__ge__", s_ge),
];
const EQUALITY: &[(&str, BuiltinFn)] = &[("__eq__", s_eq), ("__ne__", s_ne)];
const CONTAINER: &[(&str, BuiltinFn)] = &[
    ("__len__", s_len),
    ("__iter__", s_iter),
    ("__contains__", s_contains),
    ("__repr__", s_repr),
];
const SEQUENCE: &[(&str, BuiltinFn)] = &[
    ("__getitem__", s_getitem),
    ("__add__", s_add),
    ("__mul__", s_mul),
    ("__rmul__", s_rmul),
];
const MUTABLE: &[(&str, BuiltinFn)] = &[("__setitem__", s_setitem), ("__delitem__", s_delitem)];
const SET_OPS: &[(&str, BuiltinFn)] = &[
    ("__or__", s_or),
    ("__ror__", s_ror),
    ("__and__", s_and),
    ("__rand__", s_rand),
    ("__sub__", s_sub),
    ("__rsub__", s_rsub),
    ("__xor__", s_xor),
    ("__rxor__", s_rxor),
];
const HASHED: &[(&str, BuiltinFn)] = &[("__hash__", s_hash)];

/// A group of (name, wrapper) pairs.
type Group = &'static [(&'static str, BuiltinFn)];

pub(super) fn register(vm: &mut Vm) {
    let t = &vm.types;
    let tables: Vec<(Value, Vec<Group>, bool)> = vec![
        // (type, method tables, unhashable)
        (t.int.clone(), vec![NUMBER, REAL, INTEGER, ORDER], false),
        (t.float.clone(), vec![NUMBER, REAL, ORDER], false),
        (
            t.complex.clone(),
            vec![
                NUMBER,
                EQUALITY,
                &[("__format__", s_format), ("__complex__", s_complex)],
            ],
            false,
        ),
        (
            t.str_.clone(),
            vec![
                CONTAINER,
                SEQUENCE,
                ORDER,
                HASHED,
                &[
                    ("__mod__", s_mod),
                    ("__str__", s_str),
                    ("__format__", s_format),
                ],
            ],
            false,
        ),
        (
            t.bytes.clone(),
            vec![CONTAINER, SEQUENCE, ORDER, HASHED, &[("__mod__", s_mod)]],
            false,
        ),
        (
            t.bytearray.clone(),
            vec![
                CONTAINER,
                SEQUENCE,
                MUTABLE,
                ORDER,
                &[
                    ("__mod__", s_mod),
                    ("__iadd__", s_iadd),
                    ("__imul__", s_imul),
                ],
            ],
            true,
        ),
        (
            t.list.clone(),
            vec![
                CONTAINER,
                SEQUENCE,
                MUTABLE,
                ORDER,
                &[
                    ("__iadd__", s_iadd),
                    ("__imul__", s_imul),
                    ("__reversed__", s_reversed),
                ],
            ],
            true,
        ),
        (
            t.tuple.clone(),
            vec![CONTAINER, SEQUENCE, ORDER, HASHED],
            false,
        ),
        (
            t.dict.clone(),
            vec![
                CONTAINER,
                MUTABLE,
                EQUALITY,
                &[
                    ("__getitem__", s_getitem),
                    ("__or__", s_or),
                    ("__ror__", s_ror),
                    ("__ior__", s_ior),
                    ("__reversed__", s_reversed),
                ],
            ],
            true,
        ),
        (
            t.set.clone(),
            vec![
                CONTAINER,
                SET_OPS,
                ORDER,
                &[
                    ("__ior__", s_ior),
                    ("__iand__", s_iand),
                    ("__isub__", s_isub),
                    ("__ixor__", s_ixor),
                ],
            ],
            true,
        ),
        (
            t.frozenset.clone(),
            vec![CONTAINER, SET_OPS, ORDER, HASHED],
            false,
        ),
        (
            t.range.clone(),
            vec![
                CONTAINER,
                EQUALITY,
                HASHED,
                &[("__getitem__", s_getitem), ("__reversed__", s_reversed)],
            ],
            false,
        ),
    ];
    let mut tables = tables;
    const ITERATOR: Group = &[
        ("__iter__", s_iter_self),
        ("__next__", s_next),
        ("__length_hint__", s_length_hint),
    ];
    for it in [
        &t.list_iterator,
        &t.tuple_iterator,
        &t.range_iterator,
        &t.longrange_iterator,
        &t.str_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.callable_iterator,
        &t.filter,
        &t.reversed,
        &t.list_reverseiterator,
        &t.iterator,
        &t.set_iterator,
        &t.bytes_iterator,
        &t.bytearray_iterator,
    ] {
        tables.push((it.clone(), vec![ITERATOR], false));
    }
    // The dict views: keys and items are set-like (and unhashable).
    const VIEW: Group = &[
        ("__len__", s_len),
        ("__iter__", s_iter),
        ("__reversed__", s_reversed),
        ("__repr__", s_repr),
    ];
    tables.push((
        t.dict_keys.clone(),
        vec![VIEW, &[("__contains__", s_contains)]],
        true,
    ));
    tables.push((
        t.dict_items.clone(),
        vec![VIEW, &[("__contains__", s_contains)]],
        true,
    ));
    tables.push((t.dict_values.clone(), vec![VIEW], false));
    tables.push((
        t.generic_alias.clone(),
        vec![
            EQUALITY,
            HASHED,
            &[("__repr__", s_repr), ("__getitem__", s_getitem)],
        ],
        false,
    ));
    const CALLABLE: Group = &[("__call__", s_call)];
    for c in [&t.function, &t.builtin, &t.method] {
        tables.push((c.clone(), vec![CALLABLE], false));
    }
    tables.push((t.type_.clone(), vec![&[("__call__", s_type_call)]], false));
    let od = vm.types.object.as_type().expect("a type").dict.clone();
    if vm.dict_get_str(&od, "__format__").is_none() {
        vm.dict_set_str(
            &od,
            "__format__",
            new_builtin("__format__", object_format, true),
        );
    }
    for (ty, groups, unhashable) in tables {
        let d = ty.as_type().expect("a type").dict.clone();
        for group in groups {
            for (name, f) in group {
                // What a type already defines (its __init__, __new__, ...) stays.
                if vm.dict_get_str(&d, name).is_none() {
                    vm.dict_set_str(&d, name, new_builtin(name, *f, true));
                }
            }
        }
        if unhashable {
            vm.dict_set_str(&d, "__hash__", Value::NONE);
        }
    }
}
