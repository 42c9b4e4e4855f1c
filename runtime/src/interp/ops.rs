//! The operations the instructions perform on values: arithmetic,
//! comparison, truth, hashing, repr/str, subscripts, iteration, attributes.
//! Fast paths for small ints and floats come first; everything else
//! dispatches on the kind of object.

use super::classes::{self, has_heap_type};
use super::{PyErr, PyResult, Vm};
use crate::object::int::{self, as_int, Int};
use crate::object::str::{new_str, repr_str};
use crate::object::{self, float, new_iter, new_list, new_tuple, DictViewKind, Iter, ObjData};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

/// BINARY_OP's oparg (CPython's numbering); in-place forms add 13.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add = 0,
    And = 1,
    FloorDiv = 2,
    LShift = 3,
    MatMul = 4,
    Mul = 5,
    Mod = 6,
    Or = 7,
    Pow = 8,
    RShift = 9,
    Sub = 10,
    TrueDiv = 11,
    Xor = 12,
}

impl BinOp {
    pub const INPLACE: u32 = 13;
    pub fn from_oparg(oparg: u32) -> BinOp {
        use BinOp::*;
        [
            Add, And, FloorDiv, LShift, MatMul, Mul, Mod, Or, Pow, RShift, Sub, TrueDiv, Xor,
        ][(oparg % 13) as usize]
    }
    pub fn symbol(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            And => "&",
            FloorDiv => "//",
            LShift => "<<",
            MatMul => "@",
            Mul => "*",
            Mod => "%",
            Or => "|",
            Pow => "**",
            RShift => ">>",
            Sub => "-",
            TrueDiv => "/",
            Xor => "^",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CmpOp {
    /// COMPARE_OP's oparg (the compiler emits 0..=5; the two spare
    /// entries of the 8-entry table keep the lookup free of a bounds
    /// check or a division).
    #[inline(always)]
    pub fn from_oparg(oparg: u32) -> CmpOp {
        use CmpOp::*;
        [Lt, Le, Eq, Ne, Gt, Ge, Eq, Eq][(oparg & 7) as usize]
    }
    /// Whether ordering `o` satisfies COMPARE_OP `oparg`, without
    /// branches: bit `o + 1` of the comparison's three-bit mask (less,
    /// equal, greater).
    #[inline(always)]
    pub fn holds(oparg: u32, o: Ordering) -> bool {
        const MASKS: [u8; 8] = [0b001, 0b011, 0b010, 0b101, 0b100, 0b110, 0b010, 0b010];
        (MASKS[(oparg & 7) as usize] >> (o as i8 + 1)) & 1 != 0
    }
    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }
    pub fn test(self, o: Ordering) -> bool {
        match self {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        }
    }
}

fn to_f64(vm: &Vm, i: &Int) -> PyResult<f64> {
    i.to_f64()
        .ok_or_else(|| vm.overflow_error("int too large to convert to float"))
}

/// A number as a float, for mixed int/float arithmetic.
fn num_f64(vm: &Vm, v: &Value) -> Option<PyResult<f64>> {
    if let Some(f) = v.as_float() {
        return Some(Ok(f));
    }
    as_int(v).map(|i| to_f64(vm, &i))
}

/// `a <op> b` for BINARY_OP. Small ints and floats are handled inline; the
/// rest in [`binary_op_slow`].
#[inline(always)]
pub fn binary_op(vm: &mut Vm, a: &Value, b: &Value, oparg: u32) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        // 48-bit operands: sums and differences cannot overflow an i64.
        // Floor division and modulo cannot overflow either (no i64::MIN).
        match oparg {
            0 | 13 => return Ok(Value::int(x + y)),
            10 | 23 => return Ok(Value::int(x - y)),
            5 | 18 => {
                if let Some(r) = x.checked_mul(y) {
                    return Ok(Value::int(r));
                }
            }
            2 | 15 if y != 0 => {
                let q = x / y;
                let adjust = (x % y != 0) && ((x < 0) != (y < 0));
                return Ok(Value::int(q - adjust as i64));
            }
            6 | 19 if y != 0 => {
                let r = x % y;
                let adjust = r != 0 && ((r < 0) != (y < 0));
                return Ok(Value::int(if adjust { r + y } else { r }));
            }
            _ => {}
        }
    } else if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
        match oparg {
            0 | 13 => return Ok(Value::float(x + y)),
            10 | 23 => return Ok(Value::float(x - y)),
            5 | 18 => return Ok(Value::float(x * y)),
            11 | 24 if y != 0.0 => return Ok(Value::float(x / y)),
            _ => {}
        }
    }
    binary_op_slow(vm, a, b, oparg)
}

#[inline(never)]
pub fn binary_op_slow(vm: &mut Vm, a: &Value, b: &Value, oparg: u32) -> PyResult<Value> {
    if has_heap_type(vm, a) || has_heap_type(vm, b) {
        if let Some(r) = classes::user_binary_op(vm, a, b, oparg)? {
            return Ok(r);
        }
        // Subclasses of builtin types: the builtin operation on the value.
        let (ba, bb) = (Vm::base_value(a), Vm::base_value(b));
        if ba.is_some() || bb.is_some() {
            let a2 = ba.unwrap_or_else(|| a.clone());
            // `str % args`: the arguments are formatted as they are (their
            // own __str__), not as the values they extend.
            if oparg % 13 == BinOp::Mod as u32 {
                if let Some(fmt) = a2.as_str() {
                    let fmt = fmt.as_str().to_string();
                    // A tuple subclass (a namedtuple) is the argument tuple.
                    let args = match &bb {
                        Some(t) if t.as_tuple().is_some() => t.clone(),
                        _ => b.clone(),
                    };
                    let s = crate::builtins::format::percent_format(vm, &fmt, &args)?;
                    return Ok(new_str(s));
                }
            }
            let b2 = bb.unwrap_or_else(|| b.clone());
            // In-place operations on a mutable base mutate it in place;
            // the instance is the result.
            let r = match binary_op_slow(vm, &a2, &b2, oparg) {
                Ok(r) => r,
                // The error names the operands' own classes.
                Err(e) if is_unsupported_operands(vm, &e) => {
                    let op = BinOp::from_oparg(oparg);
                    return Err(unsupported(vm, op, a, b, oparg >= BinOp::INPLACE));
                }
                Err(e) => return Err(e),
            };
            return Ok(if oparg >= BinOp::INPLACE && r.is(&a2) && !a2.is(a) {
                a.clone()
            } else {
                r
            });
        }
    }
    if let Some(ObjData::Set(_)) = a.data() {
        if let Some(r) = crate::builtins::sets::set_binary(vm, a, b, oparg)? {
            return Ok(r);
        }
    }
    if matches!(a.data(), Some(ObjData::Complex(..)))
        || matches!(b.data(), Some(ObjData::Complex(..)))
    {
        if let (Some(x), Some(y)) = (as_complex(a), as_complex(b)) {
            use crate::object::complex as cx;
            let r = match oparg % 13 {
                0 => cx::add(x, y),
                10 => cx::sub(x, y),
                5 => cx::mul(x, y),
                11 => cx::div(x, y).ok_or_else(|| vm.zero_division("complex division by zero"))?,
                8 => cx::pow(x, y)
                    .ok_or_else(|| vm.zero_division("0.0 to a negative or complex power"))?,
                _ => return Err(unsupported(vm, BinOp::from_oparg(oparg), a, b, oparg >= 13)),
            };
            return Ok(object::alloc(ObjData::Complex(r.0, r.1)));
        }
    }
    if matches!(a.data(), Some(ObjData::Bytes(_) | ObjData::ByteArray(_)))
        || matches!(b.data(), Some(ObjData::Bytes(_) | ObjData::ByteArray(_)))
    {
        if let Some(r) = crate::builtins::bytes::binary(vm, a, b, oparg)? {
            return Ok(r);
        }
        if oparg % 13 == 6 {
            if let Some(fmt) = crate::builtins::bytes::bytes_of(a) {
                let out = crate::builtins::format::bytes_percent_format(vm, &fmt, b)?;
                return Ok(match a.data() {
                    Some(ObjData::ByteArray(_)) => crate::builtins::bytes::new_bytearray(out),
                    _ => crate::builtins::bytes::new_bytes(out),
                });
            }
        }
    }
    // `int | None`: a union of types (for annotations and isinstance).
    if oparg % 13 == 7 && is_union_member(a) && is_union_member(b) {
        let mut members: Vec<Value> = Vec::new();
        for v in [a, b] {
            let items = match v.data() {
                Some(ObjData::Union(t)) => t.as_tuple().unwrap_or(&[]).to_vec(),
                _ if v.is_none() => vec![vm.types.none.clone()],
                _ => vec![v.clone()],
            };
            for x in items {
                if !members.iter().any(|m| m.is(&x)) {
                    members.push(x);
                }
            }
        }
        return Ok(object::alloc(ObjData::Union(new_tuple(members))));
    }
    // dict | dict, dict |= mapping.
    if let (Some(da), 7) = (a.as_dict(), oparg % 13) {
        if oparg >= 13 {
            crate::builtins::dict_update(vm, a, b)?;
            return Ok(a.clone());
        }
        if b.as_dict().is_some() {
            let copy = object::new_dict(da.borrow().clone());
            vm.dict_update(&mut copy.clone(), b)?;
            return Ok(copy);
        }
    }
    // Dict views combine like sets.
    if matches!(
        a.data(),
        Some(ObjData::DictView(
            DictViewKind::Keys | DictViewKind::Items,
            _
        ))
    ) && matches!(oparg % 13, 1 | 7 | 10 | 12)
    {
        let sa = crate::builtins::sets::set_from(vm, Some(a), false)?;
        let sb = match b.data() {
            Some(ObjData::Set(_)) => b.clone(),
            _ => crate::builtins::sets::set_from(vm, Some(b), false)?,
        };
        return binary_op_slow(vm, &sa, &sb, oparg % 13);
    }
    let op = BinOp::from_oparg(oparg);
    // Small ints.
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        match op {
            BinOp::Add => return Ok(Value::int(x + y)),
            BinOp::Sub => return Ok(Value::int(x - y)),
            BinOp::Mul => {
                if let Some(r) = x.checked_mul(y) {
                    return Ok(Value::int(r));
                }
            }
            _ => {}
        }
    }
    if a.is_bool() && b.is_bool() && matches!(op, BinOp::And | BinOp::Or | BinOp::Xor) {
        let (p, q) = (a.is_true(), b.is_true());
        return Ok(Value::bool(match op {
            BinOp::And => p & q,
            BinOp::Or => p | q,
            _ => p ^ q,
        }));
    }
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        return int_op(vm, op, &x, &y);
    }
    if a.is_float() || b.is_float() {
        // Bitwise operators and shifts are not defined on floats.
        if matches!(
            op,
            BinOp::And | BinOp::Or | BinOp::Xor | BinOp::LShift | BinOp::RShift | BinOp::MatMul
        ) {
            return Err(unsupported(vm, op, a, b, oparg >= BinOp::INPLACE));
        }
        if let (Some(x), Some(y)) = (num_f64(vm, a), num_f64(vm, b)) {
            return float_op(vm, op, x?, y?);
        }
    }
    seq_op(vm, op, a, b, oparg >= BinOp::INPLACE)
}

/// BINARY_OP_INT: operator `oparg` on two exact ints (its guard checked
/// them), straight to the int arithmetic.
#[inline(never)]
pub fn int_binary(vm: &mut Vm, a: &Value, b: &Value, oparg: u32) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_int(a), as_int(b)) else {
        unreachable!("BINARY_OP_INT's guard saw two ints")
    };
    int_op(vm, BinOp::from_oparg(oparg), &x, &y)
}

fn int_op(vm: &mut Vm, op: BinOp, x: &Int, y: &Int) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => int::add(x, y),
        BinOp::Sub => int::sub(x, y),
        BinOp::Mul => int::mul(x, y),
        BinOp::FloorDiv => int::floordiv(x, y)
            .ok_or_else(|| vm.zero_division("integer division or modulo by zero"))?,
        BinOp::Mod => {
            int::modulo(x, y).ok_or_else(|| vm.zero_division("integer modulo by zero"))?
        }
        BinOp::TrueDiv => match int::truediv(x, y) {
            None => return Err(vm.zero_division("division by zero")),
            Some(Err(())) => {
                return Err(vm.overflow_error("integer division result too large for a float"))
            }
            Some(Ok(f)) => Value::float(f),
        },
        BinOp::And => int::and(x, y),
        BinOp::Or => int::or(x, y),
        BinOp::Xor => int::xor(x, y),
        BinOp::LShift | BinOp::RShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let n = y.to_i64().map(|n| n as u64);
            match (op, n) {
                (BinOp::LShift, Some(n)) => int::lshift(x, n),
                (BinOp::LShift, None) => {
                    if x.is_zero() {
                        Value::small_int(0)
                    } else {
                        return Err(vm.overflow_error("too many digits in integer"));
                    }
                }
                (_, Some(n)) => int::rshift(x, n),
                (_, None) => Value::small_int(if x.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::Pow => {
            if y.is_negative() {
                let (fx, fy) = (to_f64(vm, x)?, to_f64(vm, y)?);
                if fx == 0.0 {
                    return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
                }
                return float_op(vm, BinOp::Pow, fx, fy);
            }
            match y.to_i64() {
                Some(e) => int::pow(x, e as u64),
                None => {
                    if x.is_zero() || int::is_one(x) {
                        int::pow(x, 1)
                    } else {
                        return Err(vm.overflow_error("exponent too large"));
                    }
                }
            }
        }
        BinOp::MatMul => {
            return Err(unsupported(
                vm,
                op,
                &int::from_big(x.to_big().into_owned()),
                &int::from_big(y.to_big().into_owned()),
                false,
            ))
        }
    })
}

fn float_op(vm: &mut Vm, op: BinOp, x: f64, y: f64) -> PyResult<Value> {
    Ok(Value::float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            float::divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            float::divmod(x, y).1
        }
        BinOp::Pow => return float_pow(vm, x, y),
        _ => {
            return Err(unsupported(
                vm,
                op,
                &Value::float(x),
                &Value::float(y),
                false,
            ));
        }
    }))
}

pub fn float_pow(vm: &Vm, x: f64, y: f64) -> PyResult<Value> {
    if x == 0.0 && y < 0.0 {
        return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.is_finite() && y.fract() != 0.0 {
        // A negative number to a fractional power is complex.
        let r = object::complex::pow((x, 0.0), (y, 0.0))
            .ok_or_else(|| vm.zero_division("0.0 to a negative or complex power"))?;
        return Ok(object::alloc(ObjData::Complex(r.0, r.1)));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(Value::float(r))
}

/// Whether `e` is the TypeError of `unsupported`.
fn is_unsupported_operands(vm: &Vm, e: &PyErr) -> bool {
    vm.is_instance_of(&e.0, &vm.exc.type_error)
        && e.0.as_exception().is_some_and(|x| {
            x.args
                .borrow()
                .as_tuple()
                .and_then(|t| {
                    t.first().and_then(|m| {
                        m.as_str()
                            .map(|s| s.as_str().starts_with("unsupported operand type(s)"))
                    })
                })
                .unwrap_or(false)
        })
}

fn unsupported(vm: &Vm, op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyErr {
    let sym = if op == BinOp::Pow && !inplace {
        "** or pow()".to_string()
    } else if inplace {
        format!("{}=", op.symbol())
    } else {
        op.symbol().to_string()
    };
    vm.type_error(format!(
        "unsupported operand type(s) for {sym}: '{}' and '{}'",
        vm.type_name(a),
        vm.type_name(b)
    ))
}

fn repeat_count(vm: &Vm, n: &Value) -> PyResult<usize> {
    match as_int(n) {
        Some(i) => match i.to_i64() {
            Some(k) => Ok(k.max(0) as usize),
            None if i.is_negative() => Ok(0),
            None => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        },
        None => Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(n)
        ))),
    }
}

fn seq_op(vm: &mut Vm, op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
    if op == BinOp::Mul && (a.as_instance().is_some() || b.as_instance().is_some()) {
        let (a2, b2) = (vm.index_value(a)?, vm.index_value(b)?);
        if !a2.is(a) || !b2.is(b) {
            return seq_op(vm, op, &a2, &b2, inplace);
        }
    }
    match op {
        BinOp::Add => {
            if let Some(x) = a.as_str() {
                return match b.as_str() {
                    Some(y) => {
                        let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                        s.push_str(x.as_str());
                        s.push_str(y.as_str());
                        Ok(new_str(s))
                    }
                    None => Err(vm.type_error(format!(
                        "can only concatenate str (not \"{}\") to str",
                        vm.type_name(b)
                    ))),
                };
            }
            if let Some(x) = a.as_list() {
                if inplace {
                    let items = iterate(vm, b)?;
                    x.borrow_mut().extend(items);
                    return Ok(a.clone());
                }
                return match b.as_list() {
                    Some(y) => {
                        let mut v = x.borrow().clone();
                        v.extend(y.borrow().iter().cloned());
                        Ok(new_list(v))
                    }
                    None => Err(vm.type_error(format!(
                        "can only concatenate list (not \"{}\") to list",
                        vm.type_name(b)
                    ))),
                };
            }
            if let Some(x) = a.as_tuple() {
                return match b.as_tuple() {
                    Some(y) => Ok(new_tuple(x.iter().chain(y.iter()).cloned().collect())),
                    None => Err(vm.type_error(format!(
                        "can only concatenate tuple (not \"{}\") to tuple",
                        vm.type_name(b)
                    ))),
                };
            }
        }
        BinOp::Mul => {
            let (seq, n) = if is_sequence(a) {
                (a, b)
            } else if is_sequence(b) {
                (b, a)
            } else {
                return Err(unsupported(vm, op, a, b, inplace));
            };
            let k = repeat_count(vm, n)?;
            if let Some(s) = seq.as_str() {
                return Ok(new_str(s.as_str().repeat(k)));
            }
            if let Some(l) = seq.as_list() {
                let items = l.borrow();
                let mut v = Vec::with_capacity(items.len() * k);
                for _ in 0..k {
                    v.extend(items.iter().cloned());
                }
                drop(items);
                if inplace && seq.is(a) {
                    *l.borrow_mut() = v;
                    return Ok(a.clone());
                }
                return Ok(new_list(v));
            }
            if let Some(t) = seq.as_tuple() {
                let mut v = Vec::with_capacity(t.len() * k);
                for _ in 0..k {
                    v.extend(t.iter().cloned());
                }
                return Ok(new_tuple(v));
            }
        }
        BinOp::Mod if a.as_str().is_some() => {
            let fmt = a.as_str().expect("a str").as_str().to_string();
            let s = crate::builtins::format::percent_format(vm, &fmt, b)?;
            return Ok(new_str(s));
        }
        _ => {}
    }
    Err(unsupported(vm, op, a, b, inplace))
}

fn is_sequence(v: &Value) -> bool {
    v.as_str().is_some() || v.as_list().is_some() || v.as_tuple().is_some()
}

pub fn unary_negative(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(f) = v.as_float() {
        return Ok(Value::float(-f));
    }
    if let Some(ObjData::Complex(r, i)) = v.data() {
        return Ok(object::alloc(ObjData::Complex(-r, -i)));
    }
    if let Some(r) = classes::user_unary(vm, v, "__neg__")? {
        return Ok(r);
    }
    // A subclass of a builtin number: the operator on its value.
    if let Some(b) = Vm::base_value(v) {
        return unary_negative(vm, &b);
    }
    match as_int(v) {
        Some(i) => Ok(int::neg(&i)),
        None => Err(vm.type_error(format!(
            "bad operand type for unary -: '{}'",
            vm.type_name(v)
        ))),
    }
}
pub fn unary_positive(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if v.is_float() || matches!(v.data(), Some(ObjData::Complex(..))) {
        return Ok(v.clone());
    }
    if let Some(r) = classes::user_unary(vm, v, "__pos__")? {
        return Ok(r);
    }
    // A subclass of a builtin number: the operator on its value.
    if let Some(b) = Vm::base_value(v) {
        return unary_positive(vm, &b);
    }
    match as_int(v) {
        Some(i) => Ok(int::add(&i, &Int::Small(0))),
        None => Err(vm.type_error(format!(
            "bad operand type for unary +: '{}'",
            vm.type_name(v)
        ))),
    }
}
pub fn unary_invert(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(r) = classes::user_unary(vm, v, "__invert__")? {
        return Ok(r);
    }
    // A subclass of a builtin number: the operator on its value.
    if let Some(b) = Vm::base_value(v) {
        return unary_invert(vm, &b);
    }
    match as_int(v) {
        Some(i) if !v.is_float() => Ok(int::invert(&i)),
        _ => Err(vm.type_error(format!(
            "bad operand type for unary ~: '{}'",
            vm.type_name(v)
        ))),
    }
}

/// Python truth.
pub fn truthy(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if let Some(t) = builtin_truth(v) {
        return Ok(t);
    }
    Ok(match v.data() {
        Some(ObjData::MemoryView(_)) => crate::builtins::memoryview::len(vm, v)? > 0,
        _ => match classes::user_truthy(vm, v)? {
            Some(t) => t,
            None => match Vm::base_value(v) {
                Some(b) => truthy(vm, &b)?,
                None => true,
            },
        },
    })
}

/// The truth of a value of a builtin type that needs no Python code (and
/// no `Vm`): None for anything else (an instance of a class made in
/// Python, a memoryview, a function, ...), which `truthy` decides.
#[inline]
pub fn builtin_truth(v: &Value) -> Option<bool> {
    if v.is_true() {
        return Some(true);
    }
    if v.is_false() || v.is_none() {
        return Some(false);
    }
    if let Some(i) = v.as_small_int() {
        return Some(i != 0);
    }
    if let Some(f) = v.as_float() {
        return Some(f != 0.0);
    }
    Some(match v.data()? {
        ObjData::Str(s) => !s.is_empty(),
        ObjData::List(l) => !l.borrow().is_empty(),
        ObjData::Tuple(t) => !t.is_empty(),
        ObjData::Dict(d) => !d.borrow().is_empty(),
        ObjData::Set(s) => !s.borrow().is_empty(),
        ObjData::Bytes(b) => !b.is_empty(),
        ObjData::Complex(r, i) => *r != 0.0 || *i != 0.0,
        ObjData::ByteArray(b) => !b.borrow().is_empty(),
        ObjData::Range(r) => !r.is_empty(),
        ObjData::BigRange(r) => !r.len.is_zero(),
        ObjData::Int(_) | ObjData::BigInt(_) => true,
        ObjData::DictView(_, d) => !d.as_dict().expect("view of a dict").borrow().is_empty(),
        _ => return None,
    })
}

/// The entry index of `key` in dict `dict`, comparing keys with Python's
/// `==` (for keys whose class may define `__eq__`). The comparison runs
/// with no borrow of the dict held; if it changes the dict's keys, the
/// lookup starts over.
use crate::object::dict::needs_py_eq;

pub fn dict_find_py(vm: &mut Vm, dict: &Value, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    let d = dict.as_dict().expect("a dict");
    'again: loop {
        let (candidates, version) = {
            let dd = d.borrow();
            (dd.candidates(hash), dd.version)
        };
        for (i, k) in candidates {
            let same = k.is(key) || eq(vm, &k, key)?;
            if d.borrow().version != version {
                continue 'again;
            }
            if same {
                return Ok(Some(i));
            }
        }
        return Ok(None);
    }
}

/// Equality of builtin values without running Python code (used by dicts).
pub fn keys_equal(a: &Value, b: &Value) -> bool {
    if a.is(b) {
        return !a.as_float().is_some_and(f64::is_nan);
    }
    if let (Some(x), Some(y)) = (a.as_str(), b.as_str()) {
        return x.same_text(y);
    }
    if let (Some(x), Some(y)) = (a.as_tuple(), b.as_tuple()) {
        return x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| keys_equal(p, q));
    }
    // Weak references as keys (WeakKeyDictionary, WeakSet): live ones are
    // equal when their targets are (by identity or builtin equality; a
    // target's own __eq__ is not run here).
    if let (Some(ObjData::WeakRef(x)), Some(ObjData::WeakRef(y))) = (a.data(), b.data()) {
        return x.is_alive() && y.is_alive() && keys_equal(&x.get(), &y.get());
    }
    if let (Some(ObjData::Set(x)), Some(ObjData::Set(y))) = (a.data(), b.data()) {
        let (x, y) = (x.borrow(), y.borrow());
        return x.len() == y.len() && crate::builtins::sets::is_subset(&x, &y);
    }
    match builtin_cmp(a, b) {
        Some(o) => o == Some(Ordering::Equal),
        None => false,
    }
}

/// Compares two builtin values: Some(Some(order)), Some(None) for unordered
/// (NaN), None when the types cannot be compared.
fn builtin_cmp(a: &Value, b: &Value) -> Option<Option<Ordering>> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Some(Some(x.cmp(&y)));
    }
    if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
        return Some(x.partial_cmp(&y));
    }
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        return Some(Some(int::cmp(&x, &y)));
    }
    if let (Some(x), Some(f)) = (as_int(a), b.as_float()) {
        return Some(int::cmp_float(&x, f));
    }
    if let (Some(f), Some(y)) = (a.as_float(), as_int(b)) {
        return Some(int::cmp_float(&y, f).map(Ordering::reverse));
    }
    if let (Some(x), Some(y)) = (a.as_str(), b.as_str()) {
        return Some(Some(x.as_str().cmp(y.as_str())));
    }
    if matches!(a.data(), Some(ObjData::Bytes(_) | ObjData::ByteArray(_)))
        && matches!(b.data(), Some(ObjData::Bytes(_) | ObjData::ByteArray(_)))
    {
        return Some(crate::builtins::bytes::compare(a, b));
    }
    None
}

/// The classes of values whose comparisons form a total order without
/// running Python code: numbers (ints, bools, non-NaN floats) and strs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TotalKind {
    Number,
    Str,
}

/// The total-order class of `v`, if it has one.
pub fn total_kind(v: &Value) -> Option<TotalKind> {
    if v.is_small_int() || v.as_float().is_some_and(|f| !f.is_nan()) || as_int(v).is_some() {
        Some(TotalKind::Number)
    } else if v.as_str().is_some() {
        Some(TotalKind::Str)
    } else {
        None
    }
}

/// Compares two values of the same [`TotalKind`].
pub fn total_cmp(a: &Value, b: &Value) -> Ordering {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return x.cmp(&y);
    }
    builtin_cmp(a, b)
        .flatten()
        .expect("values of one TotalKind")
}

/// The items of a list (copied: comparing may run code that mutates it) or
/// a tuple (borrowed: immutable), with 0 for list and 1 for tuple.
fn seq_items(v: &Value) -> Option<(u8, std::borrow::Cow<'_, [Value]>)> {
    if let Some(l) = v.as_list() {
        Some((0, std::borrow::Cow::Owned(l.borrow().clone())))
    } else {
        v.as_tuple().map(|t| (1, std::borrow::Cow::Borrowed(t)))
    }
}

/// `a == b`.
pub fn eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(o) = builtin_cmp(a, b) {
        return Ok(o == Some(Ordering::Equal));
    }
    if has_heap_type(vm, a) || has_heap_type(vm, b) {
        let (ba, bb) = (Vm::base_value(a), Vm::base_value(b));
        if (ba.is_some() || bb.is_some())
            && vm.user_special(a, "__eq__").is_none()
            && vm.user_special(b, "__eq__").is_none()
        {
            let (a2, b2) = (
                ba.unwrap_or_else(|| a.clone()),
                bb.unwrap_or_else(|| b.clone()),
            );
            return eq(vm, &a2, &b2);
        }
        if let Some(r) = classes::user_compare(vm, a, b, CmpOp::Eq)? {
            return truthy(vm, &r);
        }
    }
    if a.is(b) {
        return Ok(true);
    }
    if matches!(a.data(), Some(ObjData::MemoryView(_)))
        || matches!(b.data(), Some(ObjData::MemoryView(_)))
    {
        return Ok(crate::builtins::memoryview::eq(a, b));
    }
    // Two live weak references are equal when their targets are; dead
    // ones only to themselves.
    if let (Some(ObjData::WeakRef(x)), Some(ObjData::WeakRef(y))) = (a.data(), b.data()) {
        if x.is_alive() && y.is_alive() {
            let (ta, tb) = (x.get(), y.get());
            return eq(vm, &ta, &tb);
        }
        return Ok(false);
    }
    let seqs = seq_items;
    if let (Some((ka, xa)), Some((kb, xb))) = (seqs(a), seqs(b)) {
        if ka != kb || xa.len() != xb.len() {
            return Ok(false);
        }
        for (x, y) in xa.iter().zip(xb.iter()) {
            if !x.is(y) && !eq(vm, x, y)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    if let (Some(da), Some(db)) = (a.as_dict(), b.as_dict()) {
        let (da, db) = (da.borrow().clone(), db.borrow().clone());
        if da.len() != db.len() {
            return Ok(false);
        }
        for e in da.entries_with_hash() {
            match db.get(&e.key, e.hash) {
                Some(v) => {
                    if !eq(vm, &e.value, v)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        return Ok(true);
    }
    if let (Some(ObjData::Set(x)), Some(ObjData::Set(y))) = (a.data(), b.data()) {
        let (x, y) = (x.borrow(), y.borrow());
        return Ok(x.len() == y.len() && crate::builtins::sets::is_subset(&x, &y));
    }
    if matches!(a.data(), Some(ObjData::Complex(..)))
        || matches!(b.data(), Some(ObjData::Complex(..)))
    {
        if let (Some(x), Some(y)) = (as_complex(a), as_complex(b)) {
            return Ok(x == y);
        }
    }
    let view_or_set = |v: &Value| {
        matches!(
            v.data(),
            Some(ObjData::Set(_))
                | Some(ObjData::DictView(
                    DictViewKind::Keys | DictViewKind::Items,
                    _
                ))
        )
    };
    if view_or_set(a)
        && view_or_set(b)
        && (matches!(a.data(), Some(ObjData::DictView(..)))
            || matches!(b.data(), Some(ObjData::DictView(..))))
    {
        let sa = crate::builtins::sets::set_from(vm, Some(a), false)?;
        let sb = crate::builtins::sets::set_from(vm, Some(b), false)?;
        return eq(vm, &sa, &sb);
    }
    if let (Some(ObjData::GenericAlias(o1, a1)), Some(ObjData::GenericAlias(o2, a2))) =
        (a.data(), b.data())
    {
        return Ok(o1.is(o2) && eq(vm, a1, a2)?);
    }
    if let (Some(ObjData::Union(m1)), Some(ObjData::Union(m2))) = (a.data(), b.data()) {
        let (x, y) = (m1.as_tuple().unwrap_or(&[]), m2.as_tuple().unwrap_or(&[]));
        return Ok(x.len() == y.len() && x.iter().all(|t| y.iter().any(|u| u.is(t))));
    }
    if let (Some(ObjData::Method(f1, s1)), Some(ObjData::Method(f2, s2))) = (a.data(), b.data()) {
        return Ok(f1.is(f2) && s1.is(s2));
    }
    if let (Some(ObjData::Range(x)), Some(ObjData::Range(y))) = (a.data(), b.data()) {
        let (lx, ly) = (x.len(), y.len());
        return Ok(lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step))));
    }
    if let (Some(x), Some(y)) = (object::range::parts(a), object::range::parts(b)) {
        return Ok(object::range::ranges_equal(&x, &y));
    }
    if let (
        Some(ObjData::DictView(DictViewKind::Keys, x)),
        Some(ObjData::DictView(DictViewKind::Keys, y)),
    ) = (a.data(), b.data())
    {
        let (x, y) = (
            x.as_dict().expect("dict").borrow().clone(),
            y.as_dict().expect("dict").borrow().clone(),
        );
        return Ok(x.len() == y.len()
            && x.entries_with_hash()
                .all(|e| y.get(&e.key, e.hash).is_some()));
    }
    Ok(false)
}

#[inline(always)]
pub fn compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if (a.is_ptr() || b.is_ptr()) && (has_heap_type(vm, a) || has_heap_type(vm, b)) {
        return compare_user(vm, a, b, op);
    }
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(Value::bool(op.test(x.cmp(&y))));
    }
    if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
        return Ok(Value::bool(match op {
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
        }));
    }
    Ok(Value::bool(compare_bool(vm, a, b, op)?))
}

#[inline(never)]
fn compare_user(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let (ba, bb) = (Vm::base_value(a), Vm::base_value(b));
    if ba.is_some() || bb.is_some() {
        let names: &[&str] = match op {
            CmpOp::Lt | CmpOp::Gt => &["__lt__", "__gt__"],
            CmpOp::Le | CmpOp::Ge => &["__le__", "__ge__"],
            _ => &["__eq__", "__ne__"],
        };
        let user = names
            .iter()
            .any(|n| vm.user_special(a, n).is_some() || vm.user_special(b, n).is_some());
        if !user {
            let (a2, b2) = (
                ba.unwrap_or_else(|| a.clone()),
                bb.unwrap_or_else(|| b.clone()),
            );
            return compare(vm, &a2, &b2, op);
        }
    }
    match classes::user_compare(vm, a, b, op)? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            vm.type_name(a),
            vm.type_name(b)
        ))),
    }
}

pub fn compare_bool(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    if let Some(o) = builtin_cmp(a, b) {
        return Ok(match o {
            Some(o) => op.test(o),
            None => op == CmpOp::Ne,
        });
    }
    if has_heap_type(vm, a) || has_heap_type(vm, b) {
        let r = compare_user(vm, a, b, op)?;
        return truthy(vm, &r);
    }
    match op {
        CmpOp::Eq => return eq(vm, a, b),
        CmpOp::Ne => return Ok(!eq(vm, a, b)?),
        _ => {}
    }
    let is_view = |v: &Value| {
        matches!(
            v.data(),
            Some(ObjData::DictView(
                DictViewKind::Keys | DictViewKind::Items,
                _
            ))
        )
    };
    let is_setlike = |v: &Value| is_view(v) || matches!(v.data(), Some(ObjData::Set(_)));
    if (is_view(a) || is_view(b)) && is_setlike(a) && is_setlike(b) {
        let sa = crate::builtins::sets::set_from(vm, Some(a), false)?;
        let sb = crate::builtins::sets::set_from(vm, Some(b), false)?;
        return compare_bool(vm, &sa, &sb, op);
    }
    if let (Some(ObjData::Set(x)), Some(ObjData::Set(y))) = (a.data(), b.data()) {
        let (x, y) = (x.borrow(), y.borrow());
        use crate::builtins::sets::is_subset;
        return Ok(match op {
            CmpOp::Le => is_subset(&x, &y),
            CmpOp::Lt => x.len() < y.len() && is_subset(&x, &y),
            CmpOp::Ge => is_subset(&y, &x),
            _ => y.len() < x.len() && is_subset(&y, &x),
        });
    }
    // Lexicographic order of lists and tuples.
    let seqs = seq_items;
    if let (Some((ka, xa)), Some((kb, xb))) = (seqs(a), seqs(b)) {
        if ka == kb {
            for (x, y) in xa.iter().zip(xb.iter()) {
                if !x.is(y) && !eq(vm, x, y)? {
                    return compare_bool(vm, x, y, op);
                }
            }
            return Ok(op.test(xa.len().cmp(&xb.len())));
        }
    }
    Err(vm.type_error(format!(
        "'{}' not supported between instances of '{}' and '{}'",
        op.symbol(),
        vm.type_name(a),
        vm.type_name(b)
    )))
}

/// `hash(v)`.
pub fn hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        return Ok(int::hash(&Int::Small(i)));
    }
    if let Some(ObjData::Str(s)) = v.data() {
        return Ok(s.hash());
    }
    if let Some(f) = v.as_float() {
        return Ok(float::hash(f));
    }
    if let Some(i) = as_int(v) {
        return Ok(int::hash(&i));
    }
    match v.data() {
        Some(ObjData::Str(s)) => Ok(s.hash()),
        Some(ObjData::Tuple(t)) => {
            // CPython's tuple hash (xxHash-based), so hashes of tuples of ints match.
            const P1: u64 = 11400714785074694791;
            const P2: u64 = 14029467366897019727;
            const P5: u64 = 2870177450012600261;
            let mut acc: u64 = P5;
            for item in t.iter() {
                let lane = hash(vm, item)? as u64;
                acc = acc.wrapping_add(lane.wrapping_mul(P2));
                acc = acc.rotate_left(31);
                acc = acc.wrapping_mul(P1);
            }
            acc = acc.wrapping_add((t.len() as u64) ^ (P5 ^ 3527539));
            let h = acc as i64;
            Ok(if h == -1 { 1546275796 } else { h })
        }
        Some(ObjData::Set(s)) if s.borrow().frozen => Ok(s.borrow().hash()),
        Some(ObjData::Bytes(b)) => Ok(crate::builtins::bytes::hash(b)),
        // As CPython: the hash of (len, start, step), with None for the
        // parts that do not matter (an empty range, a range of one).
        Some(ObjData::Range(_)) | Some(ObjData::BigRange(_)) => {
            let [start, _, step, n] = range_fields(v).expect("a range");
            let t = match n.as_small_int() {
                Some(0) => new_tuple(vec![n, Value::NONE, Value::NONE]),
                Some(1) => new_tuple(vec![n, start, Value::NONE]),
                _ => new_tuple(vec![n, start, step]),
            };
            hash(vm, &t)
        }
        Some(ObjData::MemoryView(_)) => crate::builtins::memoryview::hash(vm, v),
        // The target's hash, kept once computed so it outlives the target.
        Some(ObjData::WeakRef(w)) => {
            if let Some(h) = w.hash.get() {
                return Ok(h);
            }
            if !w.is_alive() {
                return Err(vm.type_error("weak object has gone away"));
            }
            let h = hash(vm, &w.get())?;
            w.hash.set(Some(h));
            Ok(h)
        }
        Some(ObjData::Complex(r, i)) => Ok(object::complex::hash((*r, *i))),
        Some(ObjData::List(_))
        | Some(ObjData::Dict(_))
        | Some(ObjData::Set(_))
        | Some(ObjData::ByteArray(_))
        | Some(ObjData::Slice(_))
        | Some(ObjData::DictView(..)) => {
            Err(vm.type_error(format!("unhashable type: '{}'", vm.type_name(v))))
        }
        _ => {
            if has_heap_type(vm, v) {
                if let Some(h) = classes::user_hash(vm, v)? {
                    return Ok(h);
                }
                if let Some(b) = Vm::base_value(v) {
                    return hash(vm, &b);
                }
            }
            Ok((v.bits() >> 4) as i64)
        }
    }
}

/// `repr(v)`.
pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let mut out = String::new();
    repr_into(vm, v, &mut out, 0)?;
    Ok(out)
}

fn repr_into(vm: &mut Vm, v: &Value, out: &mut String, depth: usize) -> PyResult<()> {
    if depth > 200 {
        return Err(vm.error(
            &vm.exc.recursion_error.clone(),
            "maximum recursion depth exceeded while getting the repr of an object",
        ));
    }
    if let Some(i) = v.as_small_int() {
        out.push_str(&i.to_string());
        return Ok(());
    }
    if let Some(f) = v.as_float() {
        out.push_str(&float::repr(f));
        return Ok(());
    }
    if v.is_none() {
        out.push_str("None");
        return Ok(());
    }
    if v.is_true() {
        out.push_str("True");
        return Ok(());
    }
    if v.is_false() {
        out.push_str("False");
        return Ok(());
    }
    if v.is(&Value::ELLIPSIS) {
        out.push_str("Ellipsis");
        return Ok(());
    }
    if v.is(&Value::NOT_IMPLEMENTED) {
        out.push_str("NotImplemented");
        return Ok(());
    }
    let seq =
        |vm: &mut Vm, items: &[Value], open: &str, close: &str, out: &mut String| -> PyResult<()> {
            out.push_str(open);
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                repr_into(vm, x, out, depth + 1)?;
            }
            out.push_str(close);
            Ok(())
        };
    if has_heap_type(vm, v) {
        if let Some(r) = classes::user_repr(vm, v, "__repr__")? {
            out.push_str(&r);
            return Ok(());
        }
        if let Some(b) = Vm::base_value(v) {
            return repr_into(vm, &b, out, depth);
        }
    }
    match v.data().expect("heap value") {
        ObjData::Int(i) => out.push_str(&i.to_string()),
        ObjData::BigInt(b) => {
            if b.is_negative() {
                out.push('-');
            }
            out.push_str(&crate::builtins::checked_decimal(vm, b)?)
        }
        ObjData::Str(s) => out.push_str(&repr_str(s.as_str())),
        ObjData::Bytes(b) => out.push_str(&crate::builtins::bytes::repr(b, "b")),
        ObjData::Complex(r, i) => out.push_str(&object::complex::repr((*r, *i))),
        ObjData::GenericAlias(origin, args) => {
            let mut parts = Vec::new();
            for a in args.as_tuple().unwrap_or(&[]).to_vec() {
                parts.push(type_arg_repr(vm, &a)?);
            }
            let o = type_arg_repr(vm, origin)?;
            out.push_str(&format!("{o}[{}]", parts.join(", ")));
        }
        ObjData::Union(members) => {
            let mut parts = Vec::new();
            for a in members.as_tuple().unwrap_or(&[]).to_vec() {
                parts.push(type_arg_repr(vm, &a)?);
            }
            out.push_str(&parts.join(" | "));
        }
        ObjData::File(f) => {
            let name = repr_str(&f.name);
            if f.binary {
                out.push_str(&format!("<_io.{} name={name}>", vm.type_name(v)))
            } else {
                out.push_str(&format!(
                    "<_io.TextIOWrapper name={name} mode='{}' encoding='UTF-8'>",
                    f.mode
                ))
            }
        }
        ObjData::ByteArray(b) => {
            let r = crate::builtins::bytes::repr_bytearray(&b.borrow());
            out.push_str(&format!("bytearray({r})"))
        }
        ObjData::List(l) => {
            let key = v.ptr() as usize;
            if vm.repr_active.contains(&key) {
                out.push_str("[...]");
                return Ok(());
            }
            let items = l.borrow().clone();
            vm.repr_active.push(key);
            let r = seq(vm, &items, "[", "]", out);
            vm.repr_active.pop();
            r?
        }
        ObjData::Tuple(t) => {
            if t.len() == 1 {
                out.push('(');
                repr_into(vm, &t[0], out, depth + 1)?;
                out.push_str(",)");
            } else {
                let items = t.to_vec();
                seq(vm, &items, "(", ")", out)?
            }
        }
        ObjData::Dict(d) => {
            let key = v.ptr() as usize;
            if vm.repr_active.contains(&key) {
                out.push_str("{...}");
                return Ok(());
            }
            let items: Vec<(Value, Value)> = d
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            vm.repr_active.push(key);
            let r = (|| {
                out.push('{');
                for (i, (k, x)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    repr_into(vm, k, out, depth + 1)?;
                    out.push_str(": ");
                    repr_into(vm, x, out, depth + 1)?;
                }
                out.push('}');
                Ok(())
            })();
            vm.repr_active.pop();
            r?
        }
        ObjData::Range(r) => {
            if r.step == 1 {
                out.push_str(&format!("range({}, {})", r.start, r.stop));
            } else {
                out.push_str(&format!("range({}, {}, {})", r.start, r.stop, r.step));
            }
        }
        ObjData::BigRange(r) => {
            if r.step.is_one() {
                out.push_str(&format!("range({}, {})", r.start, r.stop));
            } else {
                out.push_str(&format!("range({}, {}, {})", r.start, r.stop, r.step));
            }
        }
        ObjData::Slice(s) => {
            out.push_str("slice(");
            for (i, x) in s.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                repr_into(vm, x, out, depth + 1)?;
            }
            out.push(')');
        }
        ObjData::Function(f) => out.push_str(&format!(
            "<function {} at {:#x}>",
            f.qualname.borrow().as_str().map_or("?", |s| s.as_str()),
            v.ptr() as usize
        )),
        ObjData::Cell(c) => {
            let c = c.borrow();
            if c.is_null() {
                out.push_str(&format!("<cell at {:#x}: empty>", v.ptr() as usize));
            } else {
                out.push_str(&format!(
                    "<cell at {:#x}: {} object at {:#x}>",
                    v.ptr() as usize,
                    vm.type_name(&c),
                    c.ptr() as usize
                ));
            }
        }
        ObjData::Method(f, self_) => {
            let name = match f.data() {
                Some(ObjData::Function(func)) => func
                    .qualname
                    .borrow()
                    .as_str()
                    .map_or("?".to_string(), |s| s.as_str().to_string()),
                _ => "?".to_string(),
            };
            let self_repr = repr(vm, self_)?;
            out.push_str(&format!("<bound method {name} of {self_repr}>"));
        }
        ObjData::Builtin(b) => {
            if b.self_.is_null() || matches!(b.self_.data(), Some(ObjData::Module(_))) {
                out.push_str(&format!("<built-in function {}>", b.name));
            } else {
                out.push_str(&format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    vm.type_name(&b.self_),
                    b.self_.ptr() as usize
                ));
            }
        }
        ObjData::Code(c) => out.push_str(&format!(
            "<code object {} at {:#x}>",
            c.name,
            v.ptr() as usize
        )),
        ObjData::Module(m) => {
            let file = vm.dict_get_str(&m.dict, "__file__");
            match file.as_ref().and_then(|f| f.as_str()) {
                Some(f) => out.push_str(&format!("<module '{}' from '{}'>", m.name, f.as_str())),
                None if crate::modules::BUILTIN_NAMES.contains(&m.name.as_str()) => {
                    out.push_str(&format!("<module '{}' (built-in)>", m.name))
                }
                None => out.push_str(&format!("<module '{}'>", m.name)),
            }
        }
        ObjData::Type(_) => {
            let n = classes::class_display_name(vm, v);
            out.push_str(&format!("<class '{n}'>"))
        }
        ObjData::Instance(_) => out.push_str(&classes::default_repr(vm, v)),
        ObjData::AsyncGenWrapped(_) | ObjData::AsyncGenASend(..) => out.push_str(&format!(
            "<{} object at {:#x}>",
            vm.type_name(v),
            v.ptr() as usize
        )),
        ObjData::Traceback(..) => {
            out.push_str(&format!("<traceback object at {:#x}>", v.ptr() as usize))
        }
        ObjData::WeakRef(w) => {
            let target = w.get();
            if target.is_none() {
                out.push_str(&format!("<weakref at {:#x}; dead>", v.ptr() as usize))
            } else {
                out.push_str(&format!(
                    "<weakref at {:#x}; to '{}' at {:#x}>",
                    v.ptr() as usize,
                    vm.type_name(&target),
                    target.ptr() as usize
                ))
            }
        }
        ObjData::MemoryView(m) => out.push_str(&format!(
            "<{}memory at {:#x}>",
            if m.released.get() { "released " } else { "" },
            v.ptr() as usize
        )),
        ObjData::Generator(g) => out.push_str(&format!(
            "<{} object {} at {:#x}>",
            vm.type_name(v),
            g.qualname(),
            v.ptr() as usize
        )),
        ObjData::Property(_)
        | ObjData::StaticMethod(_)
        | ObjData::ClassMethod(_)
        | ObjData::SlotMember(..) => out.push_str(&format!(
            "<{} object at {:#x}>",
            vm.type_name(v),
            v.ptr() as usize
        )),
        ObjData::Super(t, o) => {
            let tn = t.as_type().map_or("?".to_string(), |t| t.name.clone());
            let on = classes::default_repr(vm, o);
            out.push_str(&format!("<super: <class '{tn}'>, <{on}>>"))
        }
        ObjData::Exception(_) => out.push_str(&exception_repr(vm, v)?),
        ObjData::Iter(_) => out.push_str(&format!(
            "<{} object at {:#x}>",
            vm.type_name(v),
            v.ptr() as usize
        )),
        ObjData::Set(_) => {
            let (frozen, items) = crate::builtins::sets::repr_parts(v).expect("a set");
            if items.is_empty() {
                out.push_str(if frozen { "frozenset()" } else { "set()" });
            } else {
                if frozen {
                    out.push_str("frozenset(");
                }
                seq(vm, &items, "{", "}", out)?;
                if frozen {
                    out.push(')');
                }
            }
        }
        ObjData::DictView(kind, d) => {
            let name = vm.type_name(v);
            let items: Vec<Value> = d
                .as_dict()
                .expect("dict")
                .borrow()
                .iter()
                .map(|(k, x)| match kind {
                    DictViewKind::Keys => k.clone(),
                    DictViewKind::Values => x.clone(),
                    DictViewKind::Items => new_tuple(vec![k.clone(), x.clone()]),
                })
                .collect();
            out.push_str(&name);
            seq(vm, &items, "([", "])", out)?;
        }
    }
    Ok(())
}

/// `str(v)`.
pub fn str_(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(s) = v.as_str() {
        return Ok(s.as_str().to_string());
    }
    if has_heap_type(vm, v) {
        if let Some(r) = classes::user_repr(vm, v, "__str__")? {
            return Ok(r);
        }
        if vm.user_special(v, "__repr__").is_none() {
            if let Some(b) = Vm::base_value(v) {
                return str_(vm, &b);
            }
        }
        if v.as_exception().is_none() {
            return repr(vm, v);
        }
    }
    if v.as_exception().is_some() {
        return exception_str(vm, v);
    }
    repr(vm, v)
}

/// `BaseException.__repr__`: `ValueError('x')`, `E(1, 2)`.
pub fn exception_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Some(e) = v.as_exception() else {
        return repr(vm, v);
    };
    let name = e
        .class
        .as_type()
        .map_or("?".to_string(), |t| t.name.clone());
    let args = e.args.borrow().clone();
    let items = args.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
    let mut out = name;
    if items.len() == 1 {
        out.push('(');
        out.push_str(&repr(vm, &items[0])?);
        out.push(')');
    } else {
        out.push_str(&repr(vm, &new_tuple(items))?);
    }
    Ok(out)
}

/// `BaseException.__str__`: from the arguments (nothing, the one
/// argument's str, or the tuple's repr); KeyError and OSError their way.
pub fn exception_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(e) = v.as_exception() {
        if vm.is_instance_of(v, &vm.exc.os_error.clone()) {
            if let Some(s) = crate::builtins::file::os_error_str(vm, v) {
                return Ok(s);
            }
        }
        if vm.is_instance_of(v, &vm.exc.syntax_error.clone()) {
            return syntax_error_str(vm, v);
        }
        if let Some(s) = unicode_error_str(vm, v)? {
            return Ok(s);
        }
        let args = e.args.borrow().clone();
        let items = args.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
        if vm.is_instance_of(v, &vm.exc.key_error.clone()) && items.len() == 1 {
            return repr(vm, &items[0]);
        }
        return match items.len() {
            0 => Ok(String::new()),
            1 => str_(vm, &items[0]),
            _ => repr(vm, &args),
        };
    }
    repr(vm, v)
}

/// The five fields of a UnicodeDecodeError/UnicodeEncodeError made with
/// them: (encoding, object, start, end, reason).
fn unicode_error_fields(vm: &Vm, v: &Value) -> Option<Vec<Value>> {
    let is_codec_error = vm.is_instance_of(v, &vm.exc.unicode_decode_error)
        || vm.is_instance_of(v, &vm.exc.unicode_encode_error);
    if !is_codec_error {
        return None;
    }
    let args = v.as_exception()?.args.borrow().clone();
    let t = args.as_tuple()?;
    (t.len() == 5 && as_int(&t[2]).is_some() && as_int(&t[3]).is_some()).then(|| t.to_vec())
}

/// `str()` of a codec error, from its fields, as CPython words it.
fn unicode_error_str(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    let Some(f) = unicode_error_fields(vm, v) else {
        return Ok(None);
    };
    let enc = str_(vm, &f[0])?;
    let reason = str_(vm, &f[4])?;
    let start = as_int(&f[2]).and_then(|i| i.to_i64()).unwrap_or(0);
    let end = as_int(&f[3]).and_then(|i| i.to_i64()).unwrap_or(0);
    if vm.is_instance_of(v, &vm.exc.unicode_decode_error.clone()) {
        let data = crate::builtins::bytes::bytes_of(&f[1]).unwrap_or_default();
        if end == start + 1 && (start as usize) < data.len() {
            return Ok(Some(format!(
                "'{enc}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
                data[start as usize]
            )));
        }
        return Ok(Some(format!(
            "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )));
    }
    let text = f[1]
        .as_str()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    if end == start + 1 {
        if let Some(c) = text.chars().nth(start as usize) {
            let code = c as u32;
            let esc = if code < 0x100 {
                format!("\\x{code:02x}")
            } else if code < 0x10000 {
                format!("\\u{code:04x}")
            } else {
                format!("\\U{code:08x}")
            };
            return Ok(Some(format!(
                "'{enc}' codec can't encode character '{esc}' in position {start}: {reason}"
            )));
        }
    }
    Ok(Some(format!(
        "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
        end - 1
    )))
}

/// `str(SyntaxError)`: "msg (file, line N)", with the file's base name,
/// as CPython words it.
fn syntax_error_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let msg = match getattr_opt(vm, v, "msg")? {
        Some(m) if !m.is_none() => str_(vm, &m)?,
        _ => {
            let args = v.as_exception().map(|e| e.args.borrow().clone());
            let first = args
                .as_ref()
                .and_then(|a| a.as_tuple())
                .and_then(|t| t.first().cloned());
            match first {
                Some(f) => str_(vm, &f)?,
                None => String::new(),
            }
        }
    };
    let filename = getattr_opt(vm, v, "filename")?.and_then(|f| {
        f.as_str()
            .map(|s| s.as_str().rsplit('/').next().unwrap_or("").to_string())
    });
    let lineno = getattr_opt(vm, v, "lineno")?.and_then(|l| as_int(&l).and_then(|i| i.to_i64()));
    Ok(match (filename, lineno) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    })
}

/// What `|` can join into a union: classes, None, aliases and unions.
fn is_union_member(v: &Value) -> bool {
    v.is_none()
        || v.as_type().is_some()
        || matches!(
            v.data(),
            Some(ObjData::Union(_) | ObjData::GenericAlias(..))
        )
}

/// `repr` of a type as it appears in an alias or union: `int`, `mod.C`.
fn type_arg_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if v.is(&Value::ELLIPSIS) {
        return Ok("...".into());
    }
    if v.is(&vm.types.none) {
        return Ok("None".into());
    }
    if v.as_type().is_some() {
        return Ok(classes::class_display_name(vm, v));
    }
    repr(vm, v)
}

/// A number as a complex: ints, floats and complexes.
pub fn as_complex(v: &Value) -> Option<(f64, f64)> {
    if let Some(f) = v.as_float() {
        return Some((f, 0.0));
    }
    if let Some(ObjData::Complex(r, i)) = v.data() {
        return Some((*r, *i));
    }
    as_int(v).and_then(|i| i.to_f64()).map(|f| (f, 0.0))
}

/// Whether `iter(v)` can work (builtin iterables and classes with
/// `__iter__` or `__getitem__`), without calling anything.
fn is_iterable(vm: &mut Vm, v: &Value) -> bool {
    if has_heap_type(vm, v) {
        return vm.user_special(v, "__iter__").is_some()
            || vm.user_special(v, "__getitem__").is_some()
            || Vm::base_value(v).is_some();
    }
    !(v.as_small_int().is_some()
        || v.as_float().is_some()
        || v.is_none()
        || v.is_bool()
        || matches!(
            v.data(),
            Some(
                ObjData::Int(_) | ObjData::BigInt(_) | ObjData::Complex(..) | ObjData::Function(_)
            )
        ))
}

/// Converts an index value to i64 (ints and bools).
pub fn index_of(vm: &Vm, v: &Value, what: &str) -> PyResult<i64> {
    match as_int(v) {
        Some(i) => i
            .to_i64()
            .ok_or_else(|| vm.index_error("cannot fit 'int' into an index-sized integer")),
        // str's message differs from the other sequences' (CPython's).
        None if what == "string" => Err(vm.type_error(format!(
            "string indices must be integers, not '{}'",
            vm.type_name(v)
        ))),
        None => Err(vm.type_error(format!(
            "{what} indices must be integers or slices, not {}",
            vm.type_name(v)
        ))),
    }
}

/// Normalizes a possibly negative index against `len`; None if out of range.
#[inline(always)]
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j >= 0 && (j as usize) < len {
        Some(j as usize)
    } else {
        None
    }
}

/// Resolves a slice against a length: (start, stop, step, count).
/// One bound of a slice: None, or an int (huge ones clamped, which is
/// what clamping against any length gives anyway).
/// `slice.indices(len)` with unbounded ints: `(start, stop, step)`.
fn big_slice_indices(vm: &Vm, s: &[Value; 3], len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let get = |v: &Value| -> PyResult<Option<BigInt>> {
        if v.is_none() {
            return Ok(None);
        }
        match as_int(v) {
            Some(i) => Ok(Some(i.to_big().into_owned())),
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        }
    };
    let step = get(&s[2])?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step.is_negative() {
        (BigInt::from(-1), len - 1)
    } else {
        (BigInt::zero(), len.clone())
    };
    let clamp = |v: Option<BigInt>, default: &BigInt| match v {
        None => default.clone(),
        Some(i) if i.is_negative() => (i + len).max(lower.clone()),
        Some(i) => i.min(upper.clone()),
    };
    let (start_default, stop_default) = if step.is_negative() {
        (&upper, &lower)
    } else {
        (&lower, &upper)
    };
    let start = clamp(get(&s[0])?, start_default);
    let stop = clamp(get(&s[1])?, stop_default);
    Ok((start, stop, step))
}

/// A slice whose bounds are objects with `__index__` (as ints), so the
/// slicing code sees only ints and None; None when `key` needs nothing.
pub fn index_slice(vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
    let Some(ObjData::Slice(s)) = key.data() else {
        return Ok(None);
    };
    if s.iter().all(|x| x.is_none() || as_int(x).is_some()) {
        return Ok(None);
    }
    let parts = (**s).clone();
    let mut out: [Value; 3] = Default::default();
    for (o, x) in out.iter_mut().zip(parts.iter()) {
        *o = if x.is_none() {
            x.clone()
        } else {
            vm.index_value(x)?
        };
        // Not an index: the container reports it (a sequence: "slice
        // indices must be integers...", a dict: the slice is unhashable).
        if !o.is_none() && as_int(o).is_none() {
            return Ok(None);
        }
    }
    Ok(Some(object::alloc(ObjData::Slice(Box::new(out)))))
}

pub fn slice_index(vm: &Vm, v: &Value) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    match as_int(v) {
        Some(i) => Ok(Some(i.to_i64().unwrap_or(if i.is_negative() {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        }))),
        None => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

pub fn slice_indices(vm: &Vm, s: &[Value; 3], len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let get = |v: &Value| slice_index(vm, v);
    let step = get(&s[2])?.unwrap_or(1);
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let len = len as i64;
    let clamp = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
        match v {
            None => default,
            Some(mut x) => {
                if x < 0 {
                    x += len;
                    if x < lo {
                        x = lo;
                    }
                } else if x > hi {
                    x = hi;
                }
                x
            }
        }
    };
    let (start, stop) = if step > 0 {
        (
            clamp(get(&s[0])?, 0, 0, len),
            clamp(get(&s[1])?, len, 0, len),
        )
    } else {
        (
            clamp(get(&s[0])?, len - 1, -1, len - 1),
            clamp(get(&s[1])?, -1, -1, len - 1),
        )
    };
    let count = if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, count))
}

fn slice_items<T: Clone>(items: &[T], start: i64, step: i64, count: usize) -> Vec<T> {
    (0..count)
        .map(|k| items[(start + k as i64 * step) as usize].clone())
        .collect()
}

/// `container[key]`.
/// `container[key]` when `container` is a list or tuple and `key` a small
/// int in range (the common case, inlined into the instruction); `None`
/// sends the caller to [`getitem`].
#[inline(always)]
pub fn getitem_fast(container: &Value, key: &Value) -> Option<Value> {
    let i = key.as_small_int()?;
    match container.data()? {
        ObjData::List(l) => {
            let items = l.borrow();
            norm_index(i, items.len()).map(|j| items[j].clone())
        }
        ObjData::Tuple(t) => norm_index(i, t.len()).map(|j| t[j].clone()),
        _ => None,
    }
}

/// `container[key] = value` when `container` is a list and `key` a small
/// int in range; gives `value` back otherwise, for [`setitem`].
#[inline(always)]
pub fn setitem_fast(container: &Value, key: &Value, value: Value) -> Result<(), Value> {
    let (Some(i), Some(ObjData::List(l))) = (key.as_small_int(), container.data()) else {
        return Err(value);
    };
    let mut items = l.borrow_mut();
    match norm_index(i, items.len()) {
        Some(j) => {
            let old = std::mem::replace(&mut items[j], value);
            drop(items);
            drop(old);
            Ok(())
        }
        None => Err(value),
    }
}

/// BINARY_SLICE: `container[start:stop]`. Exact str, list and tuple with
/// int or None bounds are sliced directly (a whole str or tuple is itself,
/// as in CPython); everything else goes through a slice object.
pub fn binary_slice(
    vm: &mut Vm,
    container: &Value,
    start: &Value,
    stop: &Value,
) -> PyResult<Value> {
    // The bounds of a step-1 slice of `len` items, if both are None or
    // inline ints.
    fn bounds(start: &Value, stop: &Value, len: usize) -> Option<(usize, usize)> {
        let len = len as i64;
        let clamp = |v: &Value, default: i64| -> Option<i64> {
            if v.is_none() {
                return Some(default);
            }
            let x = v.as_small_int()?;
            Some(if x < 0 { (x + len).max(0) } else { x.min(len) })
        };
        let (a, b) = (clamp(start, 0)?, clamp(stop, len)?);
        Some((a as usize, b.max(a) as usize))
    }
    match container.data() {
        Some(ObjData::Str(s)) => {
            if let Some((a, b)) = bounds(start, stop, s.len()) {
                if a == 0 && b == s.len() {
                    return Ok(container.clone());
                }
                return Ok(object::str::new_str_counted(s.substring(a, b), b - a));
            }
        }
        Some(ObjData::List(l)) => {
            let items = l.borrow();
            if let Some((a, b)) = bounds(start, stop, items.len()) {
                return Ok(new_list(items[a..b].to_vec()));
            }
        }
        Some(ObjData::Tuple(t)) => {
            if let Some((a, b)) = bounds(start, stop, t.len()) {
                if a == 0 && b == t.len() {
                    return Ok(container.clone());
                }
                return Ok(new_tuple(t[a..b].to_vec()));
            }
        }
        _ => {}
    }
    let slice = vm.build_slice(&mut [start.clone(), stop.clone()]);
    getitem(vm, container, &slice)
}

pub fn getitem(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<Value> {
    if matches!(key.data(), Some(ObjData::Slice(_))) && !has_heap_type(vm, container) {
        if let Some(k) = index_slice(vm, key)? {
            return getitem(vm, container, &k);
        }
    }
    if let Some(t) = container.as_type() {
        // `cls[...]`: __class_getitem__, or a generic alias of a builtin.
        let name = vm.interned.intern_static("__class_getitem__");
        if let Some(m) = mro_lookup(container, &name) {
            let f = match m.data() {
                Some(ObjData::ClassMethod(f)) => f.clone(),
                _ => m.clone(),
            };
            return vm.call(&f, &[container.clone(), key.clone()], None);
        }
        if !t.heap
            && matches!(
                t.kind,
                object::types::TypeKind::List
                    | object::types::TypeKind::Dict
                    | object::types::TypeKind::Tuple
                    | object::types::TypeKind::Set
                    | object::types::TypeKind::FrozenSet
                    | object::types::TypeKind::Type
            )
        {
            let args = match key.as_tuple() {
                Some(_) => key.clone(),
                None => new_tuple(vec![key.clone()]),
            };
            return Ok(object::alloc(ObjData::GenericAlias(
                container.clone(),
                args,
            )));
        }
    }
    if key.as_instance().is_some()
        && matches!(
            container.data(),
            Some(ObjData::List(_) | ObjData::Tuple(_) | ObjData::Str(_) | ObjData::Range(_))
        )
    {
        let k = vm.index_value(key)?;
        if !k.is(key) {
            return getitem(vm, container, &k);
        }
    }
    if has_heap_type(vm, container) {
        return match vm.try_special(container, "__getitem__", std::slice::from_ref(key))? {
            Some(r) => Ok(r),
            None => match Vm::base_value(container) {
                Some(b) => match getitem(vm, &b, key) {
                    Err(e)
                        if b.as_dict().is_some()
                            && vm.is_instance_of(&e.0, &vm.exc.key_error.clone()) =>
                    {
                        match vm.try_special(container, "__missing__", std::slice::from_ref(key))? {
                            Some(r) => Ok(r),
                            None => Err(e),
                        }
                    }
                    r => r,
                },
                None => Err(not_subscriptable(vm, container)),
            },
        };
    }
    match container.data() {
        Some(ObjData::Bytes(_)) | Some(ObjData::ByteArray(_)) => {
            crate::builtins::bytes::getitem(vm, container, key)
        }
        Some(ObjData::MemoryView(_)) => crate::builtins::memoryview::getitem(vm, container, key),
        Some(ObjData::List(l)) => {
            if let Some(ObjData::Slice(s)) = key.data() {
                let items = l.borrow();
                let (start, _, step, n) = slice_indices(vm, s, items.len())?;
                return Ok(new_list(slice_items(&items, start, step, n)));
            }
            let i = index_of(vm, key, "list")?;
            let items = l.borrow();
            match norm_index(i, items.len()) {
                Some(j) => Ok(items[j].clone()),
                None => Err(vm.index_error("list index out of range")),
            }
        }
        Some(ObjData::Tuple(t)) => {
            if let Some(ObjData::Slice(s)) = key.data() {
                let (start, _, step, n) = slice_indices(vm, s, t.len())?;
                return Ok(new_tuple(slice_items(t, start, step, n)));
            }
            let i = index_of(vm, key, "tuple")?;
            match norm_index(i, t.len()) {
                Some(j) => Ok(t[j].clone()),
                None => Err(vm.index_error("tuple index out of range")),
            }
        }
        Some(ObjData::Str(s)) => {
            if let Some(ObjData::Slice(sl)) = key.data() {
                let (start, _, step, n) = slice_indices(vm, sl, s.len())?;
                if step == 1 {
                    return Ok(new_str(s.substring(start as usize, start as usize + n)));
                }
                let chars: Vec<char> = s.as_str().chars().collect();
                return Ok(new_str(
                    slice_items(&chars, start, step, n)
                        .into_iter()
                        .collect::<String>(),
                ));
            }
            let i = index_of(vm, key, "string")?;
            match norm_index(i, s.len()) {
                Some(j) => Ok(object::str::char_str(s.char_at(j))),
                None => Err(vm.index_error("string index out of range")),
            }
        }
        Some(ObjData::Dict(d)) => {
            let h = hash(vm, key)?;
            if needs_py_eq(key) || d.borrow().py_keys {
                let found = match dict_find_py(vm, container, key, h)? {
                    Some(i) => d.borrow().value_at(i).cloned(),
                    None => None,
                };
                return found.ok_or_else(|| vm.key_error(key.clone()));
            }
            let found = d.borrow().get(key, h).cloned();
            found.ok_or_else(|| vm.key_error(key.clone()))
        }
        Some(ObjData::Range(r)) => {
            if let Some(ObjData::Slice(s)) = key.data() {
                let (start, stop, step, _) = slice_indices(vm, s, r.len() as usize)?;
                // In i128: the new bounds may fall outside i64.
                let at = |i: i64| BigInt::from(r.start as i128 + i as i128 * r.step as i128);
                let new_step = BigInt::from(r.step as i128 * step as i128);
                return Ok(object::range::new_range(at(start), at(stop), new_step));
            }
            let i = index_of(vm, key, "range")?;
            match norm_index(i, r.len() as usize) {
                Some(j) => Ok(Value::int(r.get(j as i64))),
                None => Err(vm.index_error("range object index out of range")),
            }
        }
        Some(ObjData::BigRange(r)) => {
            if let Some(ObjData::Slice(s)) = key.data() {
                let (start, stop, step) = big_slice_indices(vm, s, &r.len)?;
                let new_step = &r.step * step;
                return Ok(object::range::new_range(
                    r.item(&start),
                    r.item(&stop),
                    new_step,
                ));
            }
            let Some(i) = as_int(key) else {
                return Err(vm.type_error(format!(
                    "range indices must be integers or slices, not {}",
                    vm.type_name(key)
                )));
            };
            let i = i.to_big().into_owned();
            let j = if i.is_negative() { &r.len + i } else { i };
            if j.is_negative() || j >= r.len {
                return Err(vm.index_error("range object index out of range"));
            }
            Ok(int::from_big(r.item(&j)))
        }
        _ => Err(not_subscriptable(vm, container)),
    }
}

/// "'int' object is not subscriptable"; for a class, "type 'C' is not
/// subscriptable" (it has no __class_getitem__).
fn not_subscriptable(vm: &Vm, container: &Value) -> PyErr {
    match container.as_type() {
        Some(t) => vm.type_error(format!("type '{}' is not subscriptable", t.name)),
        None => vm.type_error(format!(
            "'{}' object is not subscriptable",
            vm.type_name(container)
        )),
    }
}

/// `container[key] = value`.
pub fn setitem(vm: &mut Vm, container: &Value, key: &Value, value: Value) -> PyResult<()> {
    if matches!(key.data(), Some(ObjData::Slice(_))) && !has_heap_type(vm, container) {
        if let Some(k) = index_slice(vm, key)? {
            return setitem(vm, container, &k, value);
        }
    }
    if has_heap_type(vm, container) {
        if vm.user_special(container, "__setitem__").is_none() {
            if let Some(b) = Vm::base_value(container) {
                // Immutable bases (tuple, str, ...) refuse in the name of
                // the subclass.
                if matches!(
                    b.data(),
                    Some(ObjData::List(_) | ObjData::Dict(_) | ObjData::ByteArray(_))
                ) {
                    return setitem(vm, &b, key, value);
                }
                return Err(vm.type_error(format!(
                    "'{}' object does not support item assignment",
                    vm.type_name(container)
                )));
            }
        }
        return match vm.try_special(container, "__setitem__", &[key.clone(), value])? {
            Some(_) => Ok(()),
            None => Err(vm.type_error(format!(
                "'{}' object does not support item assignment",
                vm.type_name(container)
            ))),
        };
    }
    match container.data() {
        Some(ObjData::Bytes(_)) | Some(ObjData::ByteArray(_)) => {
            crate::builtins::bytes::setitem(vm, container, key, value)
        }
        Some(ObjData::MemoryView(_)) => {
            crate::builtins::memoryview::setitem(vm, container, key, value)
        }
        Some(ObjData::List(l)) => {
            if let Some(ObjData::Slice(s)) = key.data() {
                let new_items = match iterate(vm, &value) {
                    Ok(v) => v,
                    Err(e) if !is_iterable(vm, &value) => {
                        let simple = s[2].is_none() || s[2].as_small_int() == Some(1);
                        drop(e);
                        return Err(vm.type_error(if simple {
                            "can only assign an iterable"
                        } else {
                            "must assign iterable to extended slice"
                        }));
                    }
                    Err(e) => return Err(e),
                };
                let mut items = l.borrow_mut();
                let (start, stop, step, n) = slice_indices(vm, s, items.len())?;
                if step == 1 {
                    let stop = stop.max(start) as usize;
                    items.splice(start as usize..stop, new_items);
                    return Ok(());
                }
                if new_items.len() != n {
                    return Err(vm.value_error(format!(
                        "attempt to assign sequence of size {} to extended slice of size {n}",
                        new_items.len()
                    )));
                }
                for (k, v) in new_items.into_iter().enumerate() {
                    items[(start + k as i64 * step) as usize] = v;
                }
                return Ok(());
            }
            let i = index_of(vm, key, "list")?;
            let mut items = l.borrow_mut();
            match norm_index(i, items.len()) {
                Some(j) => {
                    let old = std::mem::replace(&mut items[j], value);
                    drop(items);
                    drop(old);
                    Ok(())
                }
                None => Err(vm.index_error("list assignment index out of range")),
            }
        }
        Some(ObjData::Dict(d)) => {
            let h = hash(vm, key)?;
            if needs_py_eq(key) || d.borrow().py_keys {
                if let Some(i) = dict_find_py(vm, container, key, h)? {
                    let old = d.borrow_mut().set_value_at(i, value);
                    drop(old);
                    return Ok(());
                }
            }
            let old = d.borrow_mut().insert(key.clone(), h, value);
            drop(old);
            Ok(())
        }
        _ => Err(vm.type_error(format!(
            "'{}' object does not support item assignment",
            vm.type_name(container)
        ))),
    }
}

/// `del container[key]`.
pub fn delitem(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<()> {
    if matches!(key.data(), Some(ObjData::Slice(_))) && !has_heap_type(vm, container) {
        if let Some(k) = index_slice(vm, key)? {
            return delitem(vm, container, &k);
        }
    }
    if has_heap_type(vm, container) {
        return match vm.try_special(container, "__delitem__", std::slice::from_ref(key))? {
            Some(_) => Ok(()),
            None => match Vm::base_value(container) {
                Some(b) => delitem(vm, &b, key),
                None => Err(vm.type_error(format!(
                    "'{}' object doesn't support item deletion",
                    vm.type_name(container)
                ))),
            },
        };
    }
    match container.data() {
        Some(ObjData::Bytes(_)) | Some(ObjData::ByteArray(_)) => {
            crate::builtins::bytes::delitem(vm, container, key)
        }
        Some(ObjData::MemoryView(_)) => Err(vm.type_error("cannot delete memory")),
        Some(ObjData::List(l)) => {
            if let Some(ObjData::Slice(s)) = key.data() {
                let mut items = l.borrow_mut();
                let (start, _, step, n) = slice_indices(vm, s, items.len())?;
                let mut idx: Vec<usize> =
                    (0..n).map(|k| (start + k as i64 * step) as usize).collect();
                idx.sort_unstable();
                for i in idx.into_iter().rev() {
                    items.remove(i);
                }
                return Ok(());
            }
            let i = index_of(vm, key, "list")?;
            let mut items = l.borrow_mut();
            match norm_index(i, items.len()) {
                Some(j) => {
                    let old = items.remove(j);
                    drop(items);
                    drop(old);
                    Ok(())
                }
                None => Err(vm.index_error("list assignment index out of range")),
            }
        }
        Some(ObjData::Dict(d)) => {
            let h = hash(vm, key)?;
            let old = if needs_py_eq(key) || d.borrow().py_keys {
                match dict_find_py(vm, container, key, h)? {
                    Some(i) => d.borrow_mut().remove_at(i),
                    None => None,
                }
            } else {
                d.borrow_mut().remove(key, h)
            };
            match old {
                Some(_) => Ok(()),
                None => Err(vm.key_error(key.clone())),
            }
        }
        _ => Err(vm.type_error(format!(
            "'{}' object doesn't support item deletion",
            vm.type_name(container)
        ))),
    }
}

/// `item in container`.
pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    if has_heap_type(vm, container) {
        if let Some(r) = vm.try_special(container, "__contains__", std::slice::from_ref(item))? {
            return truthy(vm, &r);
        }
        if vm.user_special(container, "__iter__").is_none() {
            if let Some(b) = Vm::base_value(container) {
                return contains(vm, &b, item);
            }
        }
        let it = get_iter(vm, container).map_err(|_| {
            vm.type_error(format!(
                "argument of type '{}' is not iterable",
                vm.type_name(container)
            ))
        })?;
        while let Some(x) = iter_next(vm, &it)? {
            if x.is(item) || eq(vm, &x, item)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match container.data() {
        Some(ObjData::Bytes(_)) | Some(ObjData::ByteArray(_)) => {
            crate::builtins::bytes::contains(vm, container, item)
        }
        Some(ObjData::MemoryView(m)) => {
            crate::builtins::memoryview::len(vm, container)?;
            let bytes = m.bytes();
            for b in bytes {
                if eq(vm, &Value::small_int(b as i64), item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Some(ObjData::Set(s)) => crate::builtins::sets::contains_key(vm, s, item),
        Some(ObjData::Str(s)) => match item.as_str() {
            Some(sub) => Ok(sub.is_empty()
                || crate::object::str::search::find(s.as_str(), sub.as_str()).is_some()),
            None => Err(vm.type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                vm.type_name(item)
            ))),
        },
        Some(ObjData::Dict(d)) => {
            let h = hash(vm, item)?;
            if needs_py_eq(item) || d.borrow().py_keys {
                return Ok(dict_find_py(vm, container, item, h)?.is_some());
            }
            Ok(d.borrow().get(item, h).is_some())
        }
        Some(ObjData::DictView(DictViewKind::Keys, d)) => {
            let h = hash(vm, item)?;
            Ok(d.as_dict().expect("dict").borrow().get(item, h).is_some())
        }
        Some(ObjData::Range(r)) => {
            if let Some(i) = as_int(item).and_then(|i| i.to_i64()) {
                if item.is_float() {
                    return Ok(false);
                }
                let off = i - r.start;
                return Ok(if r.step > 0 {
                    i >= r.start && i < r.stop
                } else {
                    i <= r.start && i > r.stop
                } && off % r.step == 0);
            }
            if let Some(i) = as_int(item) {
                // Beyond i64: no item of an i64 range.
                let _ = i;
                return Ok(false);
            }
            let items = iterate(vm, container)?;
            for x in items {
                if eq(vm, &x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Some(ObjData::BigRange(r)) => {
            if let Some(i) = as_int(item) {
                return Ok(r.contains(&i.to_big()));
            }
            let n = r.len.clone();
            let mut i = BigInt::zero();
            while i < n {
                let x = int::from_big(r.item(&i));
                if eq(vm, &x, item)? {
                    return Ok(true);
                }
                i += 1;
            }
            Ok(false)
        }
        Some(ObjData::List(_))
        | Some(ObjData::Tuple(_))
        | Some(ObjData::Iter(_))
        | Some(ObjData::DictView(..)) => {
            let items = iterate(vm, container)?;
            for x in items {
                if x.is(item) || eq(vm, &x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(vm.type_error(format!(
            "argument of type '{}' is not iterable",
            vm.type_name(container)
        ))),
    }
}

/// `iter(v)`.
pub fn get_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(ObjData::File(_)) = v.data() {
        return Ok(v.clone());
    }
    if let Some(ObjData::Generator(g)) = v.data() {
        if g.kind == super::generator::GenKind::Generator {
            return Ok(v.clone());
        }
        return Err(vm.type_error(format!("'{}' object is not iterable", vm.type_name(v))));
    }
    if has_heap_type(vm, v) {
        if let Some(m) = vm.user_special(v, "__iter__") {
            if m.is_none() {
                return Err(vm.type_error(format!("'{}' object is not iterable", vm.type_name(v))));
            }
            let it = vm.call_special(&m, v, &[])?;
            if !matches!(
                it.data(),
                Some(ObjData::Iter(_)) | Some(ObjData::Generator(_))
            ) && vm.user_special(&it, "__next__").is_none()
            {
                return Err(vm.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    vm.type_name(&it)
                )));
            }
            return Ok(it);
        }
        if let Some(b) = Vm::base_value(v) {
            return get_iter(vm, &b);
        }
        if vm.user_special(v, "__getitem__").is_some() {
            return Ok(new_iter(Iter::GetItem {
                obj: v.clone(),
                index: 0,
            }));
        }
    }
    Ok(match v.data() {
        Some(ObjData::List(_)) | Some(ObjData::Tuple(_)) => new_iter(Iter::Seq {
            seq: v.clone(),
            index: 0,
        }),
        Some(ObjData::Str(_)) => new_iter(Iter::Str {
            s: v.clone(),
            byte: 0,
        }),
        Some(ObjData::Range(r)) => new_iter(Iter::Range {
            next: r.start,
            stop: r.stop,
            step: r.step,
        }),
        Some(ObjData::BigRange(r)) => new_iter(Iter::BigRange(Box::new((
            r.start.clone(),
            r.step.clone(),
            r.len.clone(),
        )))),
        Some(ObjData::Bytes(_)) | Some(ObjData::ByteArray(_)) => new_iter(Iter::Bytes {
            seq: v.clone(),
            index: 0,
        }),
        Some(ObjData::MemoryView(_)) => {
            crate::builtins::memoryview::len(vm, v)?;
            new_iter(Iter::Bytes {
                seq: v.clone(),
                index: 0,
            })
        }
        Some(ObjData::Set(s)) => new_iter(Iter::Set {
            set: v.clone(),
            index: 0,
            len_at_start: s.borrow().len(),
        }),
        Some(ObjData::Dict(d)) => new_iter(Iter::Dict {
            dict: v.clone(),
            index: 0,
            kind: DictViewKind::Keys,
            len_at_start: d.borrow().len(),
        }),
        Some(ObjData::DictView(kind, d)) => {
            let n = d.as_dict().expect("dict").borrow().len();
            new_iter(Iter::Dict {
                dict: d.clone(),
                index: 0,
                kind: *kind,
                len_at_start: n,
            })
        }
        Some(ObjData::Iter(_)) => v.clone(),
        _ => return Err(vm.type_error(format!("'{}' object is not iterable", vm.type_name(v)))),
    })
}

/// The count an enumerate() yields after `c` (ints of any size).
pub(crate) fn enumerate_next_count(c: &Value) -> Value {
    match c.as_small_int() {
        Some(i) if i < i64::MAX => Value::int(i + 1),
        _ => match as_int(c) {
            Some(i) => int::add(&i, &Int::Small(1)),
            None => Value::small_int(0),
        },
    }
}

/// The next item of an iterator, or None when exhausted.
pub fn iter_next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    // The iterators of lists, tuples and ranges first (also what zip and
    // enumerate step through).
    if let Some(step) = super::specialize::seq_iter_next(it) {
        return Ok(step);
    }
    if let Some(ObjData::File(_)) = it.data() {
        return match call_method(vm, it, "__next__", &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if vm.is_instance_of(&e.0, &vm.exc.stop_iteration.clone()) => Ok(None),
            Err(e) => Err(e),
        };
    }
    if let Some(ObjData::Generator(g)) = it.data() {
        if g.kind != super::generator::GenKind::Generator {
            return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
        }
        return match vm.gen_resume(it, Value::NONE, None)? {
            super::generator::GenOutcome::Yielded(v) => Ok(Some(v)),
            super::generator::GenOutcome::Returned(_) => Ok(None),
        };
    }
    if has_heap_type(vm, it) {
        return match vm.try_special(it, "__next__", &[]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => {
                Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))))
            }
            Err(e) if vm.is_instance_of(&e.0, &vm.exc.stop_iteration.clone()) => Ok(None),
            Err(e) => Err(e),
        };
    }
    if let Some(ObjData::Iter(cell)) = it.data() {
        let getitem_state = match &*cell.borrow() {
            Iter::GetItem { obj, index } => Some((obj.clone(), *index)),
            _ => None,
        };
        if let Some((obj, index)) = getitem_state {
            return match getitem(vm, &obj, &Value::int(index as i64)) {
                Ok(v) => {
                    if let Iter::GetItem { index, .. } = &mut *cell.borrow_mut() {
                        *index += 1;
                    }
                    Ok(Some(v))
                }
                Err(e)
                    if vm.is_instance_of(&e.0, &vm.exc.index_error.clone())
                        || vm.is_instance_of(&e.0, &vm.exc.stop_iteration.clone()) =>
                {
                    *cell.borrow_mut() = Iter::Done;
                    Ok(None)
                }
                Err(e) => Err(e),
            };
        }
    }
    let Some(ObjData::Iter(cell)) = it.data() else {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    };
    // Inner iterators (enumerate, zip, map, filter) are advanced without
    // holding our borrow.
    let filter = match &*cell.borrow() {
        Iter::Filter { func, iter } => Some((func.clone(), iter.clone())),
        _ => None,
    };
    if let Some((func, iter)) = filter {
        loop {
            let Some(x) = iter_next(vm, &iter)? else {
                *cell.borrow_mut() = Iter::Done;
                return Ok(None);
            };
            let keep = if func.is_none() {
                truthy(vm, &x)?
            } else {
                let r = vm.call(&func, std::slice::from_ref(&x), None)?;
                truthy(vm, &r)?
            };
            if keep {
                return Ok(Some(x));
            }
        }
    }
    // iter(callable, sentinel): the call runs with no borrow held.
    let callable = match &*cell.borrow() {
        Iter::Callable { func, sentinel } => Some((func.clone(), sentinel.clone())),
        _ => None,
    };
    if let Some((func, sentinel)) = callable {
        let v = vm.call(&func, &[], None)?;
        if v.is(&sentinel) || eq(vm, &v, &sentinel)? {
            *cell.borrow_mut() = Iter::Done;
            return Ok(None);
        }
        return Ok(Some(v));
    }
    // A user sequence reversed through __len__/__getitem__.
    let user_rev = match &*cell.borrow() {
        Iter::Reversed { seq, index } if seq.as_instance().is_some() => Some((seq.clone(), *index)),
        _ => None,
    };
    if let Some((seq, index)) = user_rev {
        if index < 0 {
            return Ok(None);
        }
        if let Iter::Reversed { index, .. } = &mut *cell.borrow_mut() {
            *index -= 1;
        }
        return getitem(vm, &seq, &Value::int(index as i64)).map(Some);
    }
    // enumerate, and zip of two iterators (the common shapes), without the
    // vectors of the general path below.
    let pair: Option<(Value, Option<Value>)> = match &*cell.borrow() {
        Iter::Enumerate { iter, .. } => Some((iter.clone(), None)),
        Iter::Zip {
            iters,
            strict: false,
        } if iters.len() == 2 => Some((iters[0].clone(), Some(iters[1].clone()))),
        _ => None,
    };
    if let Some((first, second)) = pair {
        let Some(x) = iter_next(vm, &first)? else {
            *cell.borrow_mut() = Iter::Done;
            return Ok(None);
        };
        let Some(second) = second else {
            let mut st = cell.borrow_mut();
            let Iter::Enumerate { count, .. } = &mut *st else {
                return Ok(Some(new_tuple(vec![x])));
            };
            let c = std::mem::replace(count, Value::NULL);
            *count = enumerate_next_count(&c);
            return Ok(Some(new_tuple(vec![c, x])));
        };
        let Some(y) = iter_next(vm, &second)? else {
            *cell.borrow_mut() = Iter::Done;
            return Ok(None);
        };
        return Ok(Some(new_tuple(vec![x, y])));
    }
    let (sub, strict): (Option<Vec<Value>>, bool) = match &*cell.borrow() {
        Iter::Enumerate { iter, .. } => (Some(vec![iter.clone()]), false),
        Iter::Zip { iters, strict } => (Some(iters.clone()), *strict),
        Iter::Map { iters, .. } => (Some(iters.clone()), false),
        _ => (None, false),
    };
    if let Some(subs) = sub {
        // zip() of nothing is empty at once.
        if subs.is_empty() {
            *cell.borrow_mut() = Iter::Done;
            return Ok(None);
        }
        let mut items = Vec::with_capacity(subs.len());
        for (i, s) in subs.iter().enumerate() {
            match iter_next(vm, s)? {
                Some(x) => items.push(x),
                None => {
                    *cell.borrow_mut() = Iter::Done;
                    if strict {
                        let plural = |n: usize| {
                            if n == 1 {
                                " 1".to_string()
                            } else {
                                format!("s 1-{n}")
                            }
                        };
                        if i > 0 {
                            return Err(vm.value_error(format!(
                                "zip() argument {} is shorter than argument{}",
                                i + 1,
                                plural(i)
                            )));
                        }
                        for (j, other) in subs.iter().enumerate().skip(1) {
                            if iter_next(vm, other)?.is_some() {
                                return Err(vm.value_error(format!(
                                    "zip() argument {} is longer than argument{}",
                                    j + 1,
                                    plural(j)
                                )));
                            }
                        }
                    }
                    return Ok(None);
                }
            }
        }
        let mut st = cell.borrow_mut();
        return Ok(match &mut *st {
            Iter::Map { func, .. } => {
                let func = func.clone();
                drop(st);
                return vm.call(&func, &items, None).map(Some);
            }
            Iter::Enumerate { count, .. } => {
                let c = std::mem::replace(count, Value::NULL);
                *count = enumerate_next_count(&c);
                Some(new_tuple(vec![c, items.pop().expect("one item")]))
            }
            _ => Some(new_tuple(items)),
        });
    }
    let mut st = cell.borrow_mut();
    let r = match &mut *st {
        Iter::Seq { seq, index } => {
            let item = if let Some(l) = seq.as_list() {
                l.borrow().get(*index).cloned()
            } else {
                seq.as_tuple().and_then(|t| t.get(*index).cloned())
            };
            *index += 1;
            item
        }
        Iter::Range { next, stop, step } => {
            if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                let v = *next;
                // May step past i64 after the last item; the iterator is
                // finished then, so saturating changes nothing.
                *next = next.saturating_add(*step);
                Some(Value::int(v))
            } else {
                None
            }
        }
        Iter::BigRange(st) => {
            let (next, step, remaining) = &mut **st;
            if remaining.is_positive() {
                let v = int::from_big(next.clone());
                *next += &*step;
                *remaining -= 1;
                Some(v)
            } else {
                None
            }
        }
        Iter::Str { s, byte } => str_iter_step(s.as_str().expect("str"), byte),
        Iter::Bytes { seq, index } => {
            let b = match seq.data() {
                Some(ObjData::Bytes(b)) => b.get(*index).copied(),
                Some(ObjData::ByteArray(b)) => b.borrow().get(*index).copied(),
                Some(ObjData::MemoryView(m)) if !m.released.get() => m.get(*index),
                _ => None,
            };
            *index += 1;
            b.map(|c| Value::small_int(c as i64))
        }
        Iter::Set {
            set,
            index,
            len_at_start,
        } => {
            let s = crate::builtins::sets::as_set(set).expect("a set").borrow();
            if s.len() != *len_at_start {
                *len_at_start = usize::MAX;
                drop(s);
                drop(st);
                return Err(vm.runtime_error("Set changed size during iteration"));
            }
            match s.next_from(*index) {
                Some((next, k)) => {
                    *index = next;
                    Some(k)
                }
                None => {
                    *index = usize::MAX;
                    None
                }
            }
        }
        Iter::Dict {
            dict,
            index,
            kind,
            len_at_start,
        } => {
            let d = dict.as_dict().expect("dict").borrow();
            if d.len() != *len_at_start {
                *len_at_start = usize::MAX;
                drop(d);
                drop(st);
                return Err(vm.runtime_error("dictionary changed size during iteration"));
            }
            d.next_entry(index).map(|(k, v)| match kind {
                DictViewKind::Keys => k.clone(),
                DictViewKind::Values => v.clone(),
                DictViewKind::Items => new_tuple(vec![k.clone(), v.clone()]),
            })
        }
        Iter::Reversed { seq, index } => {
            if *index < 0 {
                None
            } else {
                let i = *index as usize;
                *index -= 1;
                if let Some(l) = seq.as_list() {
                    l.borrow().get(i).cloned()
                } else if let Some(t) = seq.as_tuple() {
                    t.get(i).cloned()
                } else if let Some(s) = seq.as_str() {
                    Some(object::str::char_str(s.char_at(i)))
                } else if let Some(ObjData::Range(r)) = seq.data() {
                    Some(Value::int(r.get(i as i64)))
                } else {
                    None
                }
            }
        }
        Iter::GetItem { .. }
        | Iter::Done
        | Iter::Enumerate { .. }
        | Iter::Zip { .. }
        | Iter::Callable { .. }
        | Iter::Map { .. }
        | Iter::Filter { .. } => None,
    };
    if r.is_none() {
        let old = std::mem::replace(&mut *st, Iter::Done);
        drop(st);
        drop(old);
    }
    Ok(r)
}

/// All items of an iterable.
pub fn iterate(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Some(l) = v.as_list() {
        return Ok(l.borrow().clone());
    }
    if let Some(t) = v.as_tuple() {
        return Ok(t.to_vec());
    }
    let it = get_iter(vm, v)?;
    collect_iter(vm, &it)
}

/// Whether `it` is a plain generator (what `Vm::gen_drain` runs).
#[inline]
pub fn is_plain_generator(it: &Value) -> bool {
    matches!(it.data(), Some(ObjData::Generator(g)) if g.kind == super::generator::GenKind::Generator)
}

/// The remaining items of iterator `it`: a generator drained in one run
/// of the loop, anything else step by step.
pub fn collect_iter(vm: &mut Vm, it: &Value) -> PyResult<Vec<Value>> {
    let mut out = Vec::new();
    if is_plain_generator(it) {
        vm.gen_drain(it, &mut |x| {
            out.push(x);
            super::generator::Drain::Took
        })?;
        return Ok(out);
    }
    while let Some(x) = iter_next(vm, it)? {
        out.push(x);
    }
    Ok(out)
}

/// `len(v)`.
pub fn len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    if has_heap_type(vm, v) {
        if let Some(n) = classes::user_len(vm, v)? {
            return Ok(n);
        }
        if let Some(b) = Vm::base_value(v) {
            return len(vm, &b);
        }
    }
    Ok(match v.data() {
        Some(ObjData::Str(s)) => s.len(),
        Some(ObjData::List(l)) => l.borrow().len(),
        Some(ObjData::Tuple(t)) => t.len(),
        Some(ObjData::Dict(d)) => d.borrow().len(),
        Some(ObjData::Range(r)) => r.len() as usize,
        Some(ObjData::BigRange(r)) => r
            .len
            .to_i64()
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))?
            as usize,
        Some(ObjData::DictView(_, d)) => d.as_dict().expect("dict").borrow().len(),
        Some(ObjData::Set(s)) => s.borrow().len(),
        Some(ObjData::Bytes(b)) => b.len(),
        Some(ObjData::ByteArray(b)) => b.borrow().len(),
        Some(ObjData::MemoryView(_)) => crate::builtins::memoryview::len(vm, v)?,
        _ => {
            return Err(vm.type_error(format!("object of type '{}' has no len()", vm.type_name(v))))
        }
    })
}

/// Looks `name` up along the MRO of type `t`.
pub fn mro_lookup(t: &Value, name: &Value) -> Option<Value> {
    let h = name.as_str()?.hash();
    // Borrowing the MRO is safe: looking a str up in a dict runs no Python
    // code, so nothing can change the MRO meanwhile.
    let mro = t.as_type()?.mro.borrow();
    mro.iter()
        .find_map(|c| c.as_type()?.dict.as_dict()?.borrow().get(name, h).cloned())
}

/// Looks `name` up in the type of `v` (methods of builtin types).
pub fn lookup_type_attr(vm: &Vm, v: &Value, name: &Value) -> Option<Value> {
    vm.type_cache.lookup(vm.type_ref(v), name)
}

/// A range's (start, stop, step, len) as ints; None for other values.
pub fn range_fields(v: &Value) -> Option<[Value; 4]> {
    match v.data() {
        Some(ObjData::Range(r)) => Some([
            Value::int(r.start),
            Value::int(r.stop),
            Value::int(r.step),
            Value::int(r.len()),
        ]),
        Some(ObjData::BigRange(r)) => Some([
            object::new_bigint(r.start.clone()),
            object::new_bigint(r.stop.clone()),
            object::new_bigint(r.step.clone()),
            object::new_bigint(r.len.clone()),
        ]),
        _ => None,
    }
}

/// The `co_*` attributes of a code object. The bytecode and constants
/// are Tiercel's own (they need not match CPython's).
fn code_attr(c: &crate::compile::code::Code, name: &str) -> Option<Value> {
    use crate::compile::code::{CO_VARARGS, CO_VARKEYWORDS};
    let strs = |v: &[Value]| new_tuple(v.to_vec());
    let nparams = c.argcount
        + c.kwonlyargcount
        + (c.flags & CO_VARARGS != 0) as usize
        + (c.flags & CO_VARKEYWORDS != 0) as usize;
    let made_cells: Vec<usize> = c
        .units()
        .iter()
        .filter(|u| u.opcode() == crate::generated::opcodes::opcode::MAKE_CELL)
        .map(|u| u.oparg() as usize)
        .collect();
    let nlocal_slots = c.nlocalsplus - c.nfree;
    let varnames: Vec<Value> = (0..nlocal_slots)
        .filter(|i| *i < nparams || !made_cells.contains(i))
        .map(|i| c.varnames[i].clone())
        .collect();
    Some(match name {
        "co_name" => object::str::new_str(c.name.as_str()),
        "co_qualname" => object::str::new_str(c.qualname.as_str()),
        "co_filename" => object::str::new_str(c.source.filename.as_str()),
        "co_firstlineno" => Value::int(c.first_line as i64),
        "co_argcount" => Value::int(c.argcount as i64),
        "co_posonlyargcount" => Value::int(c.posonlyargcount as i64),
        "co_kwonlyargcount" => Value::int(c.kwonlyargcount as i64),
        "co_flags" => Value::int(c.flags as i64),
        "co_stacksize" => Value::int(c.stacksize as i64),
        "co_nlocals" => Value::int(varnames.len() as i64),
        "co_varnames" => new_tuple(varnames),
        "co_cellvars" => new_tuple(made_cells.iter().map(|&i| c.varnames[i].clone()).collect()),
        "co_freevars" => strs(&c.varnames[nlocal_slots..c.nlocalsplus]),
        "co_names" => strs(&c.names),
        "co_consts" => strs(&c.consts),
        "co_code" => crate::builtins::bytes::new_bytes(
            c.units()
                .iter()
                .flat_map(|u| [u.opcode(), u.oparg()])
                .collect(),
        ),
        _ => return None,
    })
}

/// `v.name`; for methods, `Some((function, self))` unbound when `method`.
/// `getattr(v, name, None)` with a Rust name: None when the attribute is
/// missing (AttributeError); other errors propagate.
pub fn getattr_opt(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let key = vm.interned.intern(name);
    getattr_or_none(vm, v, &key)
}

/// `v.name`, or None where it raises AttributeError (`getattr` with a
/// default, `hasattr`): a plain instance's miss makes no exception.
pub fn getattr_or_none(vm: &mut Vm, v: &Value, name: &Value) -> PyResult<Option<Value>> {
    match vm.instance_getattr_opt(v, name) {
        Ok(x) => return Ok(x),
        Err(Some(e)) => return Err(e),
        Err(None) => {}
    }
    match getattr(vm, v, name) {
        Ok(x) => Ok(Some(x)),
        Err(e) if vm.is_instance_of(&e.0, &vm.exc.attribute_error.clone()) => Ok(None),
        Err(e) => Err(e),
    }
}

pub fn getattr(vm: &mut Vm, v: &Value, name: &Value) -> PyResult<Value> {
    match v.data() {
        Some(ObjData::Instance(_)) => return vm.instance_getattr(v, name),
        Some(ObjData::Type(_)) => {
            if let Some(x) = vm.type_getattr(v, name)? {
                return Ok(x);
            }
            let n = name.as_str().map_or("?", |s| s.as_str());
            if n == "__class__" {
                return Ok(vm.type_of(v));
            }
            // A metaclass's __getattr__ answers for missing class attributes.
            if let Some(hook) = vm.user_special(v, "__getattr__") {
                return vm.call_special(&hook, v, std::slice::from_ref(name));
            }
            let t = v.as_type().expect("a type");
            let msg = format!("type object '{}' has no attribute '{n}'", t.name);
            return Err(attr_error(vm, v, name, msg));
        }
        Some(ObjData::Super(t, obj)) => return vm.super_getattr(t, obj, name, false).map(|r| r.0),
        Some(ObjData::GenericAlias(origin, args)) => {
            match name.as_str().map_or("", |s| s.as_str()) {
                "__class__" => return Ok(vm.type_of(v)),
                "__origin__" => return Ok(origin.clone()),
                "__args__" => return Ok(args.clone()),
                "__parameters__" => return Ok(new_tuple(vec![])),
                _ => {}
            }
            // Otherwise, the origin's attributes (list[int].append, ...).
            return getattr(vm, &origin.clone(), name);
        }
        Some(ObjData::Union(members))
            if name.as_str().is_some_and(|s| s.as_str() == "__args__") =>
        {
            return Ok(members.clone());
        }
        Some(ObjData::MemoryView(_)) => {
            let n = name.as_str().map_or("", |s| s.as_str()).to_string();
            if let Some(x) = crate::builtins::memoryview::getattr(vm, v, &n)? {
                return Ok(x);
            }
        }
        Some(ObjData::Code(c)) => {
            if let Some(x) = code_attr(c, name.as_str().map_or("", |s| s.as_str())) {
                return Ok(x);
            }
        }
        Some(ObjData::Cell(c)) if name.as_str().is_some_and(|s| s.as_str() == "cell_contents") => {
            let v = c.borrow().clone();
            if v.is_null() {
                return Err(vm.value_error("Cell is empty"));
            }
            return Ok(v);
        }
        Some(ObjData::WeakRef(w))
            if name.as_str().is_some_and(|s| s.as_str() == "__callback__") =>
        {
            let cb = w.callback.borrow().clone();
            return Ok(if cb.is_null() { Value::NONE } else { cb });
        }
        Some(ObjData::Range(_) | ObjData::BigRange(_)) => {
            let [start, stop, step, _] = range_fields(v).expect("a range");
            match name.as_str().map_or("", |s| s.as_str()) {
                "start" => return Ok(start),
                "stop" => return Ok(stop),
                "step" => return Ok(step),
                _ => {}
            }
        }
        Some(ObjData::Slice(sl)) => match name.as_str().map_or("", |s| s.as_str()) {
            "start" => return Ok(sl[0].clone()),
            "stop" => return Ok(sl[1].clone()),
            "step" => return Ok(sl[2].clone()),
            _ => {}
        },
        Some(ObjData::File(_)) => {
            let n = name.as_str().map_or("", |s| s.as_str()).to_string();
            if let Some(x) = crate::builtins::file::getattr(vm, v, &n) {
                return Ok(x);
            }
        }
        Some(ObjData::Traceback(..)) => {
            if let Some(x) = traceback_attr(vm, v, name.as_str().map_or("", |s| s.as_str())) {
                return Ok(x);
            }
        }
        Some(ObjData::Generator(g)) => {
            let n = name.as_str().map_or("", |s| s.as_str());
            // gi_* (generators), cr_* (coroutines), ag_* (async generators).
            let n = match n.split_once('_') {
                Some(("gi" | "cr" | "ag", rest)) => match rest {
                    "running" => "gi_running",
                    "suspended" => "gi_suspended",
                    "code" => "gi_code",
                    "frame" => "gi_frame",
                    "yieldfrom" | "await" => "gi_yieldfrom",
                    _ => n,
                },
                _ => n,
            };
            if n == "gi_yieldfrom" {
                return Ok(vm.delegate_of(g).map_or(Value::NONE, |(r, _)| r));
            }
            if n == "gi_frame" {
                let Some(instr) = g.offset() else {
                    return Ok(Value::NONE);
                };
                let Some(ObjData::Function(f)) = g.func.data() else {
                    return Ok(Value::NONE);
                };
                // A snapshot, as sys._getframe gives.
                let line = f.code().location(instr).line as i64;
                let fields = [
                    f.code.clone(),
                    Value::int(line),
                    Value::int(instr as i64 * 2),
                    f.globals.clone(),
                    f.builtins.clone(),
                    object::new_dict(object::Dict::new()),
                    Value::NONE,
                ];
                return crate::modules::sys::frame_snapshot(vm, fields);
            }
            let x = match n {
                "__name__" => match g.func.data() {
                    Some(ObjData::Function(f)) => Some(f.name.borrow().clone()),
                    _ => None,
                },
                "__qualname__" => Some(new_str(g.qualname())),
                "gi_running" => Some(Value::bool(g.running.get())),
                "gi_suspended" => Some(Value::bool(
                    g.started.get() && !g.running.get() && !g.finished.get(),
                )),
                "gi_code" => match g.func.data() {
                    Some(ObjData::Function(f)) => Some(f.code.clone()),
                    _ => None,
                },
                _ => None,
            };
            if let Some(x) = x {
                return Ok(x);
            }
        }
        Some(ObjData::Function(_))
        | Some(ObjData::Method(..))
        | Some(ObjData::Property(_))
        | Some(ObjData::StaticMethod(_))
        | Some(ObjData::ClassMethod(_)) => {
            if let Some(x) = crate::builtins::descr_getattr(vm, v, name)? {
                return Ok(x);
            }
        }
        _ => {}
    }
    let n = name
        .as_str()
        .expect("attribute names are str")
        .as_str()
        .to_string();
    // Module attributes.
    if let Some(ObjData::Module(m)) = v.data() {
        let h = name.as_str().expect("str").hash();
        if let Some(x) = m
            .dict
            .as_dict()
            .and_then(|d| d.borrow().get(name, h).cloned())
        {
            return Ok(x);
        }
        match n.as_str() {
            "__dict__" => return Ok(m.dict.clone()),
            "__class__" => return Ok(vm.types.module.clone()),
            _ => {}
        }
        // A module-level __getattr__ (PEP 562) answers for missing names.
        let hook = vm.dict_get_str(&m.dict.clone(), "__getattr__");
        if let Some(hook) = hook {
            return vm.call(&hook, std::slice::from_ref(name), None);
        }
        let msg = format!("module '{}' has no attribute '{n}'", m.name);
        return Err(attr_error(vm, v, name, msg));
    }
    if let Some(e) = v.as_exception() {
        if let Some(f) = unicode_error_fields(vm, v) {
            let i = match n.as_str() {
                "encoding" => Some(0),
                "object" => Some(1),
                "start" => Some(2),
                "end" => Some(3),
                "reason" => Some(4),
                _ => None,
            };
            if let Some(i) = i {
                return Ok(f[i].clone());
            }
        }
        match n.as_str() {
            "args" => return Ok(e.args.borrow().clone()),
            "__cause__" => return Ok(e.cause.borrow().clone()),
            "__context__" => return Ok(e.context.borrow().clone()),
            "__suppress_context__" => return Ok(Value::bool(e.suppress_context.get())),
            "__traceback__" => return Ok(e.traceback_object(v)),
            "value" if vm.is_instance_of(v, &vm.exc.stop_iteration.clone()) => {
                return Ok(e.value.borrow().clone())
            }
            // The VM keeps `(name, globals, builtins)` for a NameError and
            // `(obj, name)` for an AttributeError it raised (for the "Did
            // you mean" hint); raised by user code, they have neither.
            "name" if vm.is_instance_of(v, &vm.exc.name_error.clone()) => {
                let info = e.value.borrow().clone();
                return Ok(info.as_tuple().map_or(Value::NONE, |t| t[0].clone()));
            }
            "name" | "obj" if vm.is_instance_of(v, &vm.exc.attribute_error.clone()) => {
                let info = e.value.borrow().clone();
                let i = if n == "obj" { 0 } else { 1 };
                return Ok(info
                    .as_tuple()
                    .and_then(|t| t.get(i).cloned())
                    .unwrap_or(Value::NONE));
            }
            "msg" | "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset"
                if vm.is_instance_of(v, &vm.exc.syntax_error.clone()) =>
            {
                let args = e.args.borrow().clone();
                let t = args.as_tuple().unwrap_or(&[]).to_vec();
                if n == "msg" {
                    return Ok(t.first().cloned().unwrap_or(Value::NONE));
                }
                let details = t.get(1).and_then(|d| d.as_tuple().map(|d| d.to_vec()));
                let i = [
                    "filename",
                    "lineno",
                    "offset",
                    "text",
                    "end_lineno",
                    "end_offset",
                ]
                .iter()
                .position(|x| *x == n)
                .expect("listed");
                return Ok(details
                    .and_then(|d| d.get(i).cloned())
                    .unwrap_or(Value::NONE));
            }
            "code" if vm.is_instance_of(v, &vm.exc.system_exit.clone()) => {
                let args = e.args.borrow().clone();
                let t = args.as_tuple().unwrap_or(&[]);
                return Ok(match t.len() {
                    0 => Value::NONE,
                    1 => t[0].clone(),
                    _ => args.clone(),
                });
            }
            _ => {}
        }
        let cls = vm.type_of(v);
        if n == "__dict__" {
            return Ok(instance_dict_value(v));
        }
        if n != "__class__" {
            return match vm.generic_getattr(v, &cls, name)? {
                Some(x) => Ok(x),
                None => Err(vm.no_attribute(v, name)),
            };
        }
    }
    // The number attributes of ints (and bools) and floats.
    if let Some(i) = as_int(v) {
        match n.as_str() {
            "real" | "numerator" => return Ok(int::add(&i, &Int::Small(0))),
            "imag" => return Ok(Value::small_int(0)),
            "denominator" => return Ok(Value::small_int(1)),
            _ => {}
        }
    } else if let Some(f) = v.as_float() {
        match n.as_str() {
            "real" => return Ok(Value::float(f)),
            "imag" => return Ok(Value::float(0.0)),
            _ => {}
        }
    } else if let Some(ObjData::Complex(r, i)) = v.data() {
        match n.as_str() {
            "real" => return Ok(Value::float(*r)),
            "imag" => return Ok(Value::float(*i)),
            _ => {}
        }
    }
    match n.as_str() {
        "__name__" => {
            if let Some(t) = v.as_type() {
                return Ok(new_str(t.name.clone()));
            }
            if let Some(ObjData::Function(f)) = v.data() {
                return Ok(f.name.borrow().clone());
            }
            if let Some(ObjData::Builtin(b)) = v.data() {
                return Ok(new_str(b.name));
            }
        }
        "__class__" => return Ok(vm.type_of(v)),
        _ => {}
    }
    if v.as_type().is_some() {
        if let Some(x) = mro_lookup(v, name) {
            return Ok(x);
        }
    }
    if let Some(x) = lookup_type_attr(vm, v, name) {
        if let Some(ObjData::Builtin(b)) = x.data() {
            if b.is_method && v.as_type().is_none() {
                return Ok(crate::builtins::bind(&x, v.clone()));
            }
        }
        return Ok(x);
    }
    if let Some(t) = v.as_type() {
        let msg = format!("type object '{}' has no attribute '{n}'", t.name);
        return Err(attr_error(vm, v, name, msg));
    }
    let msg = format!("'{}' object has no attribute '{n}'", vm.type_name(v));
    Err(attr_error(vm, v, name, msg))
}

/// An AttributeError from looking up `name` on `obj`. As CPython's, it
/// keeps the object and the name for the "Did you mean" suggestion printed
/// with its traceback: the value slot holds `(obj, name)`.
pub fn attr_error(vm: &Vm, obj: &Value, name: &Value, msg: String) -> PyErr {
    let err = vm.attribute_error(msg);
    if let Some(e) = err.0.as_exception() {
        *e.value.borrow_mut() = object::new_tuple(vec![obj.clone(), name.clone()]);
    }
    err
}

/// `v.name(*args)`.
pub fn call_method(vm: &mut Vm, v: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let n = vm.interned.intern(name);
    let (f, self_) = load_method(vm, v, &n)?;
    if self_.is_null() {
        vm.call(&f, args, None)
    } else {
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(self_);
        all.extend_from_slice(args);
        vm.call(&f, &all, None)
    }
}

/// The `__dict__` of an instance (made on first use) or exception.
pub fn instance_dict_value(v: &Value) -> Value {
    let cell = match v.data() {
        Some(ObjData::Instance(i)) => return i.make_dict(),
        Some(ObjData::Exception(e)) => &e.dict,
        _ => return Value::NONE,
    };
    if cell.borrow().is_null() {
        *cell.borrow_mut() = object::new_dict(object::Dict::new());
    }
    let d = cell.borrow().clone();
    d
}

/// LOAD_ATTR with the method flag: (callable, self or NULL).
pub fn load_method(vm: &mut Vm, v: &Value, name: &Value) -> PyResult<(Value, Value)> {
    match v.data() {
        Some(ObjData::Instance(inst)) => {
            // A plain function on the class, not shadowed by the instance
            // dict: push it with `self`, no bound method.
            let d = vm.type_cache.lookup(&inst.class, name);
            if let Some(f) = d {
                if matches!(f.data(), Some(ObjData::Function(_)))
                    && !inst.has(name)
                    && vm.attr_hooks(v) & crate::object::types::hooks::GETATTRIBUTE == 0
                {
                    return Ok((f, v.clone()));
                }
            }
            return Ok((vm.instance_getattr(v, name)?, Value::NULL));
        }
        Some(ObjData::Super(t, obj)) => return vm.super_getattr(t, obj, name, true),
        _ => {}
    }
    if v.as_type().is_none() && !matches!(v.data(), Some(ObjData::Module(_))) {
        if let Some(x) = lookup_type_attr(vm, v, name) {
            if let Some(ObjData::Builtin(b)) = x.data() {
                if b.is_method {
                    return Ok((x, v.clone()));
                }
            }
        }
    }
    Ok((getattr(vm, v, name)?, Value::NULL))
}

pub fn setattr(vm: &mut Vm, v: &Value, name: &Value, value: Value) -> PyResult<()> {
    match v.data() {
        Some(ObjData::Instance(_)) => return vm.instance_setattr(v, name, Some(value)),
        Some(ObjData::Type(_)) => return vm.type_setattr(v, name, Some(value)),
        Some(ObjData::Function(_)) => {
            return crate::builtins::function_setattr(vm, v, name, Some(value))
        }
        _ => {}
    }
    let n = name.as_str().expect("str").as_str();
    if let Some(ObjData::Module(m)) = v.data() {
        let h = name.as_str().expect("str").hash();
        m.dict
            .as_dict()
            .expect("module dict")
            .borrow_mut()
            .insert(name.clone(), h, value);
        return Ok(());
    }
    if let Some(e) = v.as_exception() {
        match n {
            "__cause__" => {
                *e.cause.borrow_mut() = value;
                e.suppress_context.set(true);
                return Ok(());
            }
            "__context__" => {
                *e.context.borrow_mut() = value;
                return Ok(());
            }
            "__traceback__" => {
                set_traceback(vm, e, &value)?;
                return Ok(());
            }
            "args" => {
                let t = match value.as_tuple() {
                    Some(_) => value,
                    None => new_tuple(iterate(vm, &value)?),
                };
                *e.args.borrow_mut() = t;
                return Ok(());
            }
            _ => return vm.instance_setattr(v, name, Some(value)),
        }
    }
    if lookup_type_attr(vm, v, name).is_some() {
        return Err(vm.attribute_error(format!(
            "'{}' object attribute '{n}' is read-only",
            vm.type_name(v)
        )));
    }
    Err(vm.attribute_error(format!(
        "'{}' object has no attribute '{n}'",
        vm.type_name(v)
    )))
}

/// `exc.__traceback__ = tb` (None, or a traceback object).
pub fn set_traceback(vm: &Vm, e: &object::ExcData, tb: &Value) -> PyResult<()> {
    if tb.is_none() {
        e.traceback.borrow_mut().clear();
        return Ok(());
    }
    let Some(ObjData::Traceback(src, i)) = tb.data() else {
        return Err(vm.type_error("__traceback__ must be a traceback or None"));
    };
    // The node's entry and the ones inside it (entries are stored
    // innermost first).
    let entries: Vec<object::exception::TbEntry> = src
        .as_exception()
        .map(|s| {
            let tb = s.traceback.borrow();
            tb[..(*i + 1).min(tb.len())].to_vec()
        })
        .unwrap_or_default();
    *e.traceback.borrow_mut() = entries;
    Ok(())
}

/// The attributes of a traceback object.
fn traceback_attr(vm: &Vm, v: &Value, name: &str) -> Option<Value> {
    let Some(ObjData::Traceback(exc, i)) = v.data() else {
        return None;
    };
    let e = exc.as_exception()?;
    let tb = e.traceback.borrow();
    let entry = tb.get(*i)?;
    let _ = vm;
    match name {
        // Towards the frame that raised (entries are innermost first).
        "tb_next" => Some(if *i > 0 {
            object::alloc(ObjData::Traceback(exc.clone(), *i - 1))
        } else {
            Value::NONE
        }),
        "tb_lineno" => match entry.code.data() {
            Some(ObjData::Code(c)) => Some(Value::int(c.location(entry.offset).line as i64)),
            _ => None,
        },
        "tb_lasti" => Some(Value::int(entry.offset as i64 * 2)),
        _ => None,
    }
}

/// `del v.name`.
pub fn delattr(vm: &mut Vm, v: &Value, name: &Value) -> PyResult<()> {
    match v.data() {
        Some(ObjData::Instance(_)) | Some(ObjData::Exception(_)) => {
            vm.instance_setattr(v, name, None)
        }
        Some(ObjData::Type(_)) => vm.type_setattr(v, name, None),
        Some(ObjData::Function(_)) => crate::builtins::function_setattr(vm, v, name, None),
        Some(ObjData::Module(m)) => {
            let h = name.as_str().map_or(0, |s| s.hash());
            let removed = m
                .dict
                .as_dict()
                .and_then(|d| d.borrow_mut().remove(name, h));
            match removed {
                Some(_) => Ok(()),
                None => Err(vm.attribute_error(format!(
                    "module '{}' has no attribute '{}'",
                    m.name,
                    name.as_str().map_or("?", |s| s.as_str())
                ))),
            }
        }
        _ => {
            let n = name.as_str().map_or("?", |s| s.as_str());
            if lookup_type_attr(vm, v, name).is_some() {
                return Err(vm.attribute_error(format!(
                    "'{}' object attribute '{n}' is read-only",
                    vm.type_name(v)
                )));
            }
            Err(vm.attribute_error(format!(
                "'{}' object has no attribute '{n}'",
                vm.type_name(v)
            )))
        }
    }
}

/// Checks the `except` clause's type: a class deriving from BaseException or
/// a tuple of them.
pub fn exception_matches(vm: &mut Vm, exc: &Value, spec: &Value) -> PyResult<bool> {
    if let Some(t) = spec.as_tuple() {
        for s in t {
            if exception_matches(vm, exc, s)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let base = vm.exc.base_exception.clone();
    if spec.as_type().is_none() || !object::types::is_subtype(spec, &base) {
        return Err(
            vm.type_error("catching classes that do not inherit from BaseException is not allowed")
        );
    }
    Ok(vm.is_instance_of(exc, spec))
}

/// One step of a str iterator at byte offset `byte` of `s`: the next
/// character as a str, or None at the end.
#[inline]
pub fn str_iter_step(s: &crate::object::PyStr, byte: &mut usize) -> Option<Value> {
    let c = s.as_str()[*byte..].chars().next()?;
    *byte += c.len_utf8();
    Some(crate::object::str::char_str(c))
}

#[cfg(test)]
mod cmp_tests {
    use super::CmpOp;
    use std::cmp::Ordering;

    #[test]
    fn mask_test_agrees_with_the_comparison() {
        for oparg in 0..6 {
            for o in [Ordering::Less, Ordering::Equal, Ordering::Greater] {
                assert_eq!(
                    CmpOp::holds(oparg, o),
                    CmpOp::from_oparg(oparg).test(o),
                    "{oparg} {o:?}"
                );
            }
        }
    }
}
