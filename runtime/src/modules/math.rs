//! The `math` module. Functions follow CPython 3.11's `mathmodule.c`: the
//! same special-value handling and error rules, and the same algorithms
//! where CPython does not simply call libm (hypot, fsum, log of big ints,
//! gamma), so results match bit for bit. Plain libm functions go through
//! Rust's `f64` methods, which call the platform libm as CPython does.

use super::{check_args, index_int, new_module, no_kwargs, one_arg};
use crate::builtins::{split_kwargs, BuiltinFn};
use crate::interp::ops::{self, BinOp};
use crate::interp::{PyErr, PyResult, Vm};
use crate::object::int::{self, as_int, from_big, Int};
use crate::object::new_tuple;
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::{Integer, Roots};
use num_traits::{One, Signed, ToPrimitive, Zero};

const PI: f64 = std::f64::consts::PI;

pub(super) fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "math");
    vm.dict_set_str(&d, "pi", Value::float(PI));
    vm.dict_set_str(&d, "e", Value::float(std::f64::consts::E));
    vm.dict_set_str(&d, "tau", Value::float(std::f64::consts::TAU));
    vm.dict_set_str(&d, "inf", Value::float(f64::INFINITY));
    vm.dict_set_str(&d, "nan", Value::float(f64::NAN));
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("sqrt", m_sqrt),
        ("exp", m_exp),
        ("exp2", m_exp2),
        ("expm1", m_expm1),
        ("log", m_log),
        ("log2", m_log2),
        ("log10", m_log10),
        ("log1p", m_log1p),
        ("sin", m_sin),
        ("cos", m_cos),
        ("tan", m_tan),
        ("asin", m_asin),
        ("acos", m_acos),
        ("atan", m_atan),
        ("atan2", m_atan2),
        ("sinh", m_sinh),
        ("cosh", m_cosh),
        ("tanh", m_tanh),
        ("asinh", m_asinh),
        ("acosh", m_acosh),
        ("atanh", m_atanh),
        ("cbrt", m_cbrt),
        ("erf", m_erf),
        ("erfc", m_erfc),
        ("gamma", m_gamma),
        ("lgamma", m_lgamma),
        ("fabs", m_fabs),
        ("floor", m_floor),
        ("ceil", m_ceil),
        ("trunc", m_trunc),
        ("isnan", m_isnan),
        ("isinf", m_isinf),
        ("isfinite", m_isfinite),
        ("isclose", m_isclose),
        ("pow", m_pow),
        ("fmod", m_fmod),
        ("remainder", m_remainder),
        ("copysign", m_copysign),
        ("hypot", m_hypot),
        ("dist", m_dist),
        ("degrees", m_degrees),
        ("radians", m_radians),
        ("gcd", m_gcd),
        ("lcm", m_lcm),
        ("factorial", m_factorial),
        ("isqrt", m_isqrt),
        ("comb", m_comb),
        ("perm", m_perm),
        ("fsum", m_fsum),
        ("prod", m_prod),
        ("modf", m_modf),
        ("frexp", m_frexp),
        ("ldexp", m_ldexp),
        ("nextafter", m_nextafter),
        ("ulp", m_ulp),
    ];
    super::add_functions(vm, &d, fns);
    m
}

// ---------------------------------------------------------------------------
// Helpers.
// ---------------------------------------------------------------------------

type Args<'a> = &'a [Value];
type Kw<'a> = Option<&'a Value>;

fn domain(vm: &Vm) -> PyErr {
    vm.value_error("math domain error")
}
fn range_err(vm: &Vm) -> PyErr {
    vm.overflow_error("math range error")
}

/// `PyFloat_AsDouble`: floats, ints (exactly rounded) and bools.
fn arg_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = v.as_float() {
        return Ok(f);
    }
    if let Some(i) = as_int(v) {
        return i
            .to_f64()
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
    // A user number: its __float__, else its __index__ (CPython's
    // PyFloat_AsDouble); a subclass of float or int: its value.
    if crate::interp::classes::has_heap_type(vm, v) {
        if let Some(r) = vm.try_special(v, "__float__", &[])? {
            return match r.as_float() {
                Some(f) => Ok(f),
                None => Err(vm.type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    vm.type_name(v),
                    vm.type_name(&r)
                ))),
            };
        }
        if let Some(b) = Vm::base_value(v) {
            if b.as_float().is_some() || as_int(&b).is_some() {
                return arg_f64(vm, &b);
            }
        }
        if vm.user_special(v, "__index__").is_some() {
            let i = vm.index_value(v)?;
            return arg_f64(vm, &i);
        }
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}

fn int_val(i: &Int) -> Value {
    match i {
        Int::Small(x) => Value::int(*x),
        Int::Big(b) => from_big((*b).clone()),
    }
}

/// Two float arguments of a two-argument function.
fn two_f64(vm: &mut Vm, name: &str, args: Args, kwnames: Kw) -> PyResult<(f64, f64)> {
    no_kwargs(vm, name, kwnames)?;
    check_args(vm, name, args.len(), 2, 2)?;
    Ok((arg_f64(vm, &args[0])?, arg_f64(vm, &args[1])?))
}

/// CPython's `is_error` for an errno value.
#[derive(Clone, Copy, PartialEq)]
enum Errno {
    None,
    Dom,
    Range,
}

fn check_errno(vm: &Vm, errno: Errno, r: f64) -> PyResult<Value> {
    match errno {
        Errno::None => Ok(Value::float(r)),
        Errno::Dom => Err(domain(vm)),
        Errno::Range if r.abs() < 1.5 => Ok(Value::float(r)),
        Errno::Range => Err(range_err(vm)),
    }
}

/// `math_1`: NaN from non-NaN is a domain error; an infinity from a finite
/// argument is an overflow (`can_overflow`) or a domain error.
fn math_1_value(vm: &Vm, x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_err(vm)
        } else {
            domain(vm)
        });
    }
    Ok(Value::float(r))
}

fn math_1(
    vm: &mut Vm,
    qualified_name: &str,
    args: Args,
    kwnames: Kw,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let v = one_arg(vm, qualified_name, args, kwnames)?;
    let x = arg_f64(vm, v)?;
    math_1_value(vm, x, f, can_overflow)
}

/// `math_2`: the error rules of two-argument functions.
fn math_2(
    vm: &mut Vm,
    name: &str,
    args: Args,
    kwnames: Kw,
    f: fn(f64, f64) -> f64,
) -> PyResult<Value> {
    let (x, y) = two_f64(vm, name, args, kwnames)?;
    let r = f(x, y);
    let errno = if r.is_nan() {
        if !x.is_nan() && !y.is_nan() {
            Errno::Dom
        } else {
            Errno::None
        }
    } else if r.is_infinite() && x.is_finite() && y.is_finite() {
        Errno::Range
    } else {
        Errno::None
    };
    check_errno(vm, errno, r)
}

macro_rules! func1 {
    ($fname:ident, $pyname:literal, $f:expr, $ovf:expr) => {
        fn $fname(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
            math_1(vm, concat!("math.", $pyname), args, kwnames, $f, $ovf)
        }
    };
}

/// The platform libm, called directly: CPython calls it, and Rust's `f64`
/// methods may use their own implementations (e.g. `cbrt`), which can
/// differ in the last bit.
mod libm {
    mod c {
        extern "C" {
            pub fn sin(x: f64) -> f64;
            pub fn cos(x: f64) -> f64;
            pub fn tan(x: f64) -> f64;
            pub fn asin(x: f64) -> f64;
            pub fn acos(x: f64) -> f64;
            pub fn atan(x: f64) -> f64;
            pub fn sinh(x: f64) -> f64;
            pub fn cosh(x: f64) -> f64;
            pub fn tanh(x: f64) -> f64;
            pub fn asinh(x: f64) -> f64;
            pub fn acosh(x: f64) -> f64;
            pub fn atanh(x: f64) -> f64;
            pub fn exp(x: f64) -> f64;
            pub fn exp2(x: f64) -> f64;
            pub fn expm1(x: f64) -> f64;
            pub fn log(x: f64) -> f64;
            pub fn log2(x: f64) -> f64;
            pub fn log10(x: f64) -> f64;
            pub fn log1p(x: f64) -> f64;
            // compiler-builtins defines a local `cbrt` that shadows glibc's;
            // glibc's `_Float64` alias reaches the real one.
            #[cfg_attr(all(target_os = "linux", target_env = "gnu"), link_name = "cbrtf64")]
            pub fn cbrt(x: f64) -> f64;
            pub fn erf(x: f64) -> f64;
            pub fn erfc(x: f64) -> f64;
            pub fn atan2(y: f64, x: f64) -> f64;
            pub fn pow(x: f64, y: f64) -> f64;
        }
    }
    pub fn sin(x: f64) -> f64 {
        // SAFETY: a pure C99 libm function.
        unsafe { c::sin(x) }
    }
    pub fn cos(x: f64) -> f64 {
        // SAFETY: a pure C99 libm function.
        unsafe { c::cos(x) }
    }
    pub fn tan(x: f64) -> f64 {
        // SAFETY: a pure C99 libm function.
        unsafe { c::tan(x) }
    }
    pub fn asin(x: f64) -> f64 {
        // SAFETY: a pure C99 libm function.
        unsafe { c::asin(x) }
    }
    pub fn acos(x: f64) -> f64 {
        // SAFETY: a pure C99 libm function.
        unsafe { c::acos(x) }
    }
    pub fn atan(x: f64) -> f64 {
        // SAFETY: a pure C99 libm function.
        unsafe { c::atan(x) }
    }
    pub fn sinh(x: f64) -> f64 {
        // SAFETY: a pure C99 libm function.
        unsafe { c::sinh(x) }
    }
    pub fn cosh(x: f64) -> f64 {
        // SAFETY: a pure C99 libm function.
        unsafe { c::cosh(x) }
    }
    pub fn tanh(x: f64) -> f64 {
        // SAFETY: a pure C99 libm function.
        unsafe { c::tanh(x) }
    }
    pub fn asinh(x: f64) -> f64 {
        // SAFETY: a pure C99 libm function.
        unsafe { c::asinh(x) }
    }
    pub fn acosh(x: f64) -> f64 {
        // SAFETY: a pure C99 libm function.
        unsafe { c::acosh(x) }
    }
    pub fn atanh(x: f64) -> f64 {
        // SAFETY: a pure C99 libm function.
        unsafe { c::atanh(x) }
    }
    pub fn exp(x: f64) -> f64 {
        // SAFETY: a pure C99 libm function.
        unsafe { c::exp(x) }
    }
    pub fn exp2(x: f64) -> f64 {
        // SAFETY: a pure C99 libm function.
        unsafe { c::exp2(x) }
    }
    pub fn expm1(x: f64) -> f64 {
        // SAFETY: a pure C99 libm function.
        unsafe { c::expm1(x) }
    }
    pub fn log(x: f64) -> f64 {
        // SAFETY: a pure C99 libm function.
        unsafe { c::log(x) }
    }
    pub fn log2(x: f64) -> f64 {
        // SAFETY: a pure C99 libm function.
        unsafe { c::log2(x) }
    }
    pub fn log10(x: f64) -> f64 {
        // SAFETY: a pure C99 libm function.
        unsafe { c::log10(x) }
    }
    pub fn log1p(x: f64) -> f64 {
        // SAFETY: a pure C99 libm function.
        unsafe { c::log1p(x) }
    }
    pub fn cbrt(x: f64) -> f64 {
        // SAFETY: a pure C99 libm function.
        unsafe { c::cbrt(x) }
    }
    pub fn erf(x: f64) -> f64 {
        // SAFETY: a pure C99 libm function.
        unsafe { c::erf(x) }
    }
    pub fn erfc(x: f64) -> f64 {
        // SAFETY: a pure C99 libm function.
        unsafe { c::erfc(x) }
    }
    pub fn atan2(y: f64, x: f64) -> f64 {
        // SAFETY: a pure C99 libm function.
        unsafe { c::atan2(y, x) }
    }
    pub fn pow(x: f64, y: f64) -> f64 {
        // SAFETY: a pure C99 libm function.
        unsafe { c::pow(x, y) }
    }
}

// ---------------------------------------------------------------------------
// One-argument libm functions.
// ---------------------------------------------------------------------------

func1!(m_sqrt, "sqrt", f64::sqrt, false);
func1!(m_exp, "exp", libm::exp, true);
func1!(m_exp2, "exp2", libm::exp2, true);
func1!(m_expm1, "expm1", libm::expm1, true);
func1!(m_log1p, "log1p", libm::log1p, false);
func1!(m_sin, "sin", libm::sin, false);
func1!(m_cos, "cos", libm::cos, false);
func1!(m_tan, "tan", libm::tan, false);
func1!(m_asin, "asin", libm::asin, false);
func1!(m_acos, "acos", libm::acos, false);
func1!(m_atan, "atan", libm::atan, false);
func1!(m_sinh, "sinh", libm::sinh, true);
func1!(m_cosh, "cosh", libm::cosh, true);
func1!(m_tanh, "tanh", libm::tanh, false);
func1!(m_asinh, "asinh", libm::asinh, false);
func1!(m_acosh, "acosh", libm::acosh, false);
func1!(m_atanh, "atanh", libm::atanh, false);
func1!(m_cbrt, "cbrt", libm::cbrt, false);
func1!(m_fabs, "fabs", f64::abs, false);

fn m_erf(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    let x = arg_f64(vm, one_arg(vm, "math.erf", args, kwnames)?)?;
    Ok(Value::float(libm::erf(x)))
}

fn m_erfc(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    let x = arg_f64(vm, one_arg(vm, "math.erfc", args, kwnames)?)?;
    Ok(Value::float(libm::erfc(x)))
}

fn m_degrees(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    let x = arg_f64(vm, one_arg(vm, "math.degrees", args, kwnames)?)?;
    Ok(Value::float(x * (180.0 / PI)))
}

fn m_radians(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    let x = arg_f64(vm, one_arg(vm, "math.radians", args, kwnames)?)?;
    Ok(Value::float(x * (PI / 180.0)))
}

fn m_isnan(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    let x = arg_f64(vm, one_arg(vm, "math.isnan", args, kwnames)?)?;
    Ok(Value::bool(x.is_nan()))
}

fn m_isinf(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    let x = arg_f64(vm, one_arg(vm, "math.isinf", args, kwnames)?)?;
    Ok(Value::bool(x.is_infinite()))
}

fn m_isfinite(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    let x = arg_f64(vm, one_arg(vm, "math.isfinite", args, kwnames)?)?;
    Ok(Value::bool(x.is_finite()))
}

// ---------------------------------------------------------------------------
// Logarithms.
// ---------------------------------------------------------------------------

/// `_PyLong_Frexp` for a positive big int: (x, e) with x in [0.5, 1)
/// correctly rounded and `b ~= x * 2**e`.
fn frexp_big(b: &BigInt) -> (f64, i64) {
    let bits = b.bits();
    if bits <= 64 {
        let (m, e) = crate::object::float::frexp(b.to_f64().unwrap_or(0.0));
        return (m, e as i64);
    }
    let shift = bits - 64;
    let top = (b >> shift as usize).to_u64().unwrap_or(u64::MAX);
    let sticky = b.trailing_zeros().is_some_and(|tz| tz < shift);
    let m = top | sticky as u64;
    let x = m as f64 / 18446744073709551616.0;
    if x == 1.0 {
        (0.5, bits as i64 + 1)
    } else {
        (x, bits as i64)
    }
}

/// CPython's `loghelper`: ints of any size, then `math_1` for the rest.
fn loghelper(vm: &mut Vm, v: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = as_int(v) {
        if i.is_negative() || i.is_zero() {
            return Err(domain(vm));
        }
        if let Some(x) = i.to_f64() {
            return Ok(func(x));
        }
        let (x, e) = frexp_big(&i.to_big());
        return Ok(func(x) + func(2.0) * e as f64);
    }
    let x = arg_f64(vm, v)?;
    let r = math_1_value(vm, x, func, false)?;
    Ok(r.float_unchecked())
}

fn c_log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            libm::log(x)
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn c_log2(x: f64) -> f64 {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            x
        } else {
            f64::NAN
        }
    } else if x > 0.0 {
        libm::log2(x)
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::NAN
    }
}

fn c_log10(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            libm::log10(x)
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    no_kwargs(vm, "log", kwnames)?;
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(vm, &args[0], c_log)?;
    let Some(base) = args.get(1) else {
        return Ok(Value::float(num));
    };
    let den = loghelper(vm, base, c_log)?;
    if den == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    Ok(Value::float(num / den))
}

fn m_log2(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    let v = one_arg(vm, "math.log2", args, kwnames)?;
    Ok(Value::float(loghelper(vm, v, c_log2)?))
}

fn m_log10(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    let v = one_arg(vm, "math.log10", args, kwnames)?;
    Ok(Value::float(loghelper(vm, v, c_log10)?))
}

// ---------------------------------------------------------------------------
// Two-argument functions.
// ---------------------------------------------------------------------------

fn c_atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    libm::atan2(y, x)
}

fn c_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn m_atan2(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    math_2(vm, "atan2", args, kwnames, c_atan2)
}

fn m_copysign(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    math_2(vm, "copysign", args, kwnames, f64::copysign)
}

fn m_remainder(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    math_2(vm, "remainder", args, kwnames, c_remainder)
}

fn m_fmod(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    let (x, y) = two_f64(vm, "fmod", args, kwnames)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(Value::float(r))
}

fn m_pow(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    let (x, y) = two_f64(vm, "pow", args, kwnames)?;
    let mut errno = Errno::None;
    let r;
    if !x.is_finite() || !y.is_finite() {
        r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        };
    } else {
        r = libm::pow(x, y);
        if !r.is_finite() {
            if r.is_nan() || x == 0.0 {
                errno = Errno::Dom;
            } else {
                errno = Errno::Range;
            }
        }
    }
    check_errno(vm, errno, r)
}

// ---------------------------------------------------------------------------
// hypot and dist: CPython's vector_norm.
// ---------------------------------------------------------------------------

fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0; // 2**27 + 1
    let n = vec.len();
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || n <= 1 {
        return max;
    }
    let (_, max_e) = crate::object::float::frexp(max);
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    if max_e >= -1023 {
        let scale = ldexp_f64(1.0, -max_e);
        for &v in vec {
            let mut x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            x = hi * hi;
            let old = csum;
            csum += x;
            frac1 += (old - csum) + x;
            x = 2.0 * hi * lo;
            let old = csum;
            csum += x;
            frac2 += (old - csum) + x;
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let x = h;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;
        let mut x = -hi * hi;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        x = -2.0 * hi * lo;
        let old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        x = -lo * lo;
        let old = csum;
        csum += x;
        frac3 += (old - csum) + x;
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // max_e < -1023: ldexp(1.0, -max_e) would overflow; divide by max.
    for &v in vec {
        let mut x = v / max;
        x *= x;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
    }
    max * (csum - 1.0 + frac1).sqrt()
}

fn m_hypot(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    no_kwargs(vm, "hypot", kwnames)?;
    let mut coords = Vec::with_capacity(args.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for a in args {
        let x = arg_f64(vm, a)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::float(vector_norm(&coords, max, found_nan)))
}

fn m_dist(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    no_kwargs(vm, "dist", kwnames)?;
    check_args(vm, "dist", args.len(), 2, 2)?;
    let p = ops::iterate(vm, &args[0])?;
    let q = ops::iterate(vm, &args[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (a, b) in p.iter().zip(q.iter()) {
        let x = (arg_f64(vm, a)? - arg_f64(vm, b)?).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(Value::float(vector_norm(&diffs, max, found_nan)))
}

// ---------------------------------------------------------------------------
// Rounding to ints.
// ---------------------------------------------------------------------------

fn float_to_int(vm: &Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    int::from_f64(f).ok_or_else(|| vm.overflow_error("cannot convert float infinity to integer"))
}

fn m_floor(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    let v = one_arg(vm, "math.floor", args, kwnames)?;
    if let Some(i) = as_int(v) {
        return Ok(int_val(&i));
    }
    // A class's own __floor__ decides (Fraction, Decimal, ...).
    if v.as_float().is_none() {
        if let Some(r) = vm.try_special(v, "__floor__", &[])? {
            return Ok(r);
        }
    }
    {
        let x = arg_f64(vm, v)?;
        float_to_int(vm, x.floor())
    }
}

fn m_ceil(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    let v = one_arg(vm, "math.ceil", args, kwnames)?;
    if let Some(i) = as_int(v) {
        return Ok(int_val(&i));
    }
    // A class's own __ceil__ decides (Fraction, Decimal, ...).
    if v.as_float().is_none() {
        if let Some(r) = vm.try_special(v, "__ceil__", &[])? {
            return Ok(r);
        }
    }
    {
        let x = arg_f64(vm, v)?;
        float_to_int(vm, x.ceil())
    }
}

fn m_trunc(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    let v = one_arg(vm, "math.trunc", args, kwnames)?;
    if let Some(f) = v.as_float() {
        return float_to_int(vm, f);
    }
    if let Some(i) = as_int(v) {
        return Ok(int_val(&i));
    }
    if let Some(r) = vm.try_special(v, "__trunc__", &[])? {
        return Ok(r);
    }
    Err(vm.type_error(format!(
        "type {} doesn't define __trunc__ method",
        vm.type_name(v)
    )))
}

// ---------------------------------------------------------------------------
// Integer functions.
// ---------------------------------------------------------------------------

fn m_gcd(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    no_kwargs(vm, "gcd", kwnames)?;
    // Objects with __index__ count as their ints.
    let args: Vec<Value> = args
        .iter()
        .map(|a| vm.index_value(a))
        .collect::<PyResult<_>>()?;
    let args = &args[..];
    let mut acc = BigInt::zero();
    for a in args {
        let i = index_int(vm, a)?;
        if !acc.is_one() {
            acc = acc.gcd(i.to_big().as_ref());
        }
    }
    Ok(from_big(acc))
}

fn m_lcm(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    no_kwargs(vm, "lcm", kwnames)?;
    // Objects with __index__ count as their ints.
    let args: Vec<Value> = args
        .iter()
        .map(|a| vm.index_value(a))
        .collect::<PyResult<_>>()?;
    let args = &args[..];
    let mut acc = BigInt::one();
    for a in args {
        let i = index_int(vm, a)?;
        if acc.is_zero() {
            continue;
        }
        let b = i.to_big();
        if b.is_zero() {
            acc = BigInt::zero();
            continue;
        }
        let g = acc.gcd(b.as_ref());
        acc = (&acc / &g * b.as_ref()).abs();
    }
    Ok(from_big(acc))
}

/// The product of the integers in `lo..=hi` (binary splitting).
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut acc = BigInt::one();
        let mut small: u128 = 1;
        for k in lo..=hi {
            match small.checked_mul(k as u128) {
                Some(p) if p < (1u128 << 100) => small = p,
                _ => {
                    acc *= BigInt::from(small);
                    small = k as u128;
                }
            }
        }
        return acc * BigInt::from(small);
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

fn factorial_of(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    let i = index_int(vm, v)?;
    if i.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n = i.to_i64().ok_or_else(|| {
        vm.overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        ))
    })?;
    Ok(range_product(1, n as u64))
}

fn m_factorial(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    let v = one_arg(vm, "math.factorial", args, kwnames)?;
    let v = vm.index_value(v)?;
    Ok(from_big(factorial_of(vm, &v)?))
}

fn m_isqrt(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    let v = one_arg(vm, "math.isqrt", args, kwnames)?;
    let v = vm.index_value(v)?;
    let i = index_int(vm, &v)?;
    if i.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(match i {
        Int::Small(x) => Value::int(x.sqrt()),
        Int::Big(b) => from_big(b.sqrt()),
    })
}

/// n and k of comb/perm, checked non-negative.
fn n_k(vm: &Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = index_int(vm, n)?.to_big().into_owned();
    let k = index_int(vm, k)?.to_big().into_owned();
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn m_comb(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    no_kwargs(vm, "comb", kwnames)?;
    check_args(vm, "comb", args.len(), 2, 2)?;
    let (n, k) = (vm.index_value(&args[0])?, vm.index_value(&args[1])?);
    let (n, k) = n_k(vm, &n, &k)?;
    if k > n {
        return Ok(Value::small_int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let k = k
        .to_u64()
        .ok_or_else(|| vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)))?;
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(from_big(r))
}

fn m_perm(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    no_kwargs(vm, "perm", kwnames)?;
    check_args(vm, "perm", args.len(), 1, 2)?;
    let k = args.get(1).filter(|k| !k.is_none());
    let n = vm.index_value(&args[0])?;
    let Some(k) = k else {
        return Ok(from_big(factorial_of(vm, &n)?));
    };
    let k = vm.index_value(k)?;
    let (n, k) = n_k(vm, &n, &k)?;
    if k > n {
        return Ok(Value::small_int(0));
    }
    let k = k
        .to_u64()
        .ok_or_else(|| vm.overflow_error(format!("k must not exceed {}", i64::MAX)))?;
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(from_big(r))
}

// ---------------------------------------------------------------------------
// Sums and products.
// ---------------------------------------------------------------------------

/// `math.fsum`: Shewchuk's exact partial sums, correctly rounded at the end
/// (CPython's algorithm, step for step).
fn m_fsum(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    let seq = one_arg(vm, "math.fsum", args, kwnames)?;
    let it = ops::get_iter(vm, seq)?;
    let mut p: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = ops::iter_next(vm, &it)? {
        let mut x = arg_f64(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::float(special_sum));
    }
    let mut n = p.len();
    let mut hi = 0.0f64;
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

fn m_prod(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    if pos.len() != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            pos.len()
        )));
    }
    let mut acc = Value::small_int(1);
    for (name, v) in kws {
        if name != "start" {
            return Err(vm.type_error(format!(
                "'{name}' is an invalid keyword argument for prod()"
            )));
        }
        acc = v.clone();
    }
    let it = ops::get_iter(vm, &pos[0])?;
    while let Some(item) = ops::iter_next(vm, &it)? {
        acc = ops::binary_op(vm, &acc, &item, BinOp::Mul as u32)?;
    }
    Ok(acc)
}

fn m_isclose(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            pos.len()
        )));
    }
    let mut vals: [Option<&Value>; 4] = [pos.first(), pos.get(1), None, None];
    for (name, v) in kws {
        let slot = match name {
            "a" => 0,
            "b" => 1,
            "rel_tol" => 2,
            "abs_tol" => 3,
            _ => {
                return Err(vm.type_error(format!(
                    "isclose() got an unexpected keyword argument '{name}'"
                )))
            }
        };
        if vals[slot].is_some() {
            return Err(vm.type_error(format!(
                "argument for isclose() given by name ('{name}') and position ({})",
                slot + 1
            )));
        }
        vals[slot] = Some(v);
    }
    let Some(a) = vals[0] else {
        return Err(vm.type_error("isclose() missing required argument 'a' (pos 1)"));
    };
    let Some(b) = vals[1] else {
        return Err(vm.type_error("isclose() missing required argument 'b' (pos 2)"));
    };
    let a = arg_f64(vm, a)?;
    let b = arg_f64(vm, b)?;
    let rel_tol = match vals[2] {
        Some(v) => arg_f64(vm, v)?,
        None => 1e-09,
    };
    let abs_tol = match vals[3] {
        Some(v) => arg_f64(vm, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::TRUE);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = (b - a).abs();
    Ok(Value::bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

// ---------------------------------------------------------------------------
// Float decomposition.
// ---------------------------------------------------------------------------

fn m_modf(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    let x = arg_f64(vm, one_arg(vm, "math.modf", args, kwnames)?)?;
    let (frac, whole) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let whole = x.trunc();
        ((x - whole).copysign(x), whole)
    };
    Ok(new_tuple(vec![Value::float(frac), Value::float(whole)]))
}

fn m_frexp(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    let x = arg_f64(vm, one_arg(vm, "math.frexp", args, kwnames)?)?;
    let (m, e) = if x.is_nan() || x.is_infinite() || x == 0.0 {
        (x, 0)
    } else {
        let (m, e) = crate::object::float::frexp(x.abs());
        (m.copysign(x), e)
    };
    Ok(new_tuple(vec![Value::float(m), Value::int(e as i64)]))
}

/// `x * 2**n`, correctly rounded (musl's scalbn).
fn ldexp_f64(x: f64, n: i32) -> f64 {
    let x1p1023 = f64::from_bits(0x7fe0_0000_0000_0000);
    let x1p53 = f64::from_bits(0x4340_0000_0000_0000);
    let x1p_1022 = f64::from_bits(0x0010_0000_0000_0000);
    let mut y = x;
    let mut n = n;
    if n > 1023 {
        y *= x1p1023;
        n -= 1023;
        if n > 1023 {
            y *= x1p1023;
            n -= 1023;
            if n > 1023 {
                n = 1023;
            }
        }
    } else if n < -1022 {
        // Scale by 2**-969 (not 2**-1022) so the intermediate stays normal
        // and only the final multiplication rounds.
        y *= x1p_1022 * x1p53;
        n += 1022 - 53;
        if n < -1022 {
            y *= x1p_1022 * x1p53;
            n += 1022 - 53;
            if n < -1022 {
                n = -1022;
            }
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

fn m_ldexp(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    let (xv, iv) = {
        no_kwargs(vm, "ldexp", kwnames)?;
        check_args(vm, "ldexp", args.len(), 2, 2)?;
        (&args[0], &args[1])
    };
    let x = arg_f64(vm, xv)?;
    let Some(i) = as_int(iv) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    let exp = i
        .to_i64()
        .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX });
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else if exp > i32::MAX as i64 {
        return Err(range_err(vm));
    } else if exp < i32::MIN as i64 {
        0.0f64.copysign(x)
    } else {
        let r = ldexp_f64(x, exp as i32);
        if r.is_infinite() {
            return Err(range_err(vm));
        }
        r
    };
    Ok(Value::float(r))
}

fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn m_nextafter(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    let (x, y) = two_f64(vm, "nextafter", args, kwnames)?;
    Ok(Value::float(next_after(x, y)))
}

fn m_ulp(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    let x = arg_f64(vm, one_arg(vm, "math.ulp", args, kwnames)?)?;
    if x.is_nan() {
        return Ok(Value::float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::float(x));
    }
    let x2 = next_after(x, f64::INFINITY);
    if x2.is_infinite() {
        return Ok(Value::float(x - next_after(x, f64::NEG_INFINITY)));
    }
    Ok(Value::float(x2 - x))
}

// ---------------------------------------------------------------------------
// gamma and lgamma (CPython's own Lanczos implementation).
// ---------------------------------------------------------------------------

// The Lanczos coefficients are CPython's, digit for digit.
const LANCZOS_N: usize = 13;
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024680040776729583740234375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; LANCZOS_N] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
#[allow(clippy::excessive_precision)]
const LANCZOS_DEN: [f64; LANCZOS_N] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];
const LOGPI: f64 = 1.144729885849400174143427351353058711647;

fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => libm::sin(PI * y),
        1 => libm::cos(PI * (y - 0.5)),
        2 => libm::sin(PI * (1.0 - y)),
        3 => -libm::cos(PI * (y - 1.5)),
        _ => libm::sin(PI * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..LANCZOS_N).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..LANCZOS_N {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

fn tgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Errno::None);
        }
        return (f64::NAN, Errno::Dom);
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Errno::Dom);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Errno::Dom);
        }
        if x <= GAMMA_INTEGRAL.len() as f64 {
            return (GAMMA_INTEGRAL[x as usize - 1], Errno::None);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (
            r,
            if r.is_infinite() {
                Errno::Range
            } else {
                Errno::None
            },
        );
    }
    if absx > 200.0 {
        if x < 0.0 {
            return (0.0 / sinpi(x), Errno::None);
        }
        return (f64::INFINITY, Errno::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * libm::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / libm::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::None
        },
    )
}

fn lgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() {
            return (x, Errno::None);
        }
        return (f64::INFINITY, Errno::None);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Errno::Dom);
        }
        return (0.0, Errno::None);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-libm::log(absx), Errno::None);
    }
    let mut r = libm::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (libm::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        r = LOGPI - libm::log(sinpi(absx).abs()) - libm::log(absx) - r;
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::None
        },
    )
}

fn m_gamma(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    let x = arg_f64(vm, one_arg(vm, "math.gamma", args, kwnames)?)?;
    let (r, errno) = tgamma(x);
    check_errno(vm, errno, r)
}

fn m_lgamma(vm: &mut Vm, args: Args, kwnames: Kw) -> PyResult<Value> {
    let x = arg_f64(vm, one_arg(vm, "math.lgamma", args, kwnames)?)?;
    let (r, errno) = lgamma(x);
    check_errno(vm, errno, r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hypot_matches_cpython() {
        let h = |v: &[f64]| {
            let max = v.iter().fold(0.0f64, |m, x| m.max(x.abs()));
            let a: Vec<f64> = v.iter().map(|x| x.abs()).collect();
            vector_norm(&a, max, false)
        };
        assert_eq!(h(&[3.0, 4.0]), 5.0);
        assert_eq!(h(&[1.0, 1.0]), std::f64::consts::SQRT_2);
        assert_eq!(h(&[1e200, 1e200]), 1.414213562373095e200);
    }

    #[test]
    fn ldexp_is_exact() {
        assert_eq!(ldexp_f64(1.0, 10), 1024.0);
        assert_eq!(ldexp_f64(1.0, -1074), 5e-324);
        assert_eq!(ldexp_f64(1.5, -1075), 5e-324);
        assert_eq!(ldexp_f64(1.0, 1024), f64::INFINITY);
    }

    #[test]
    fn frexp_of_big_ints() {
        let b = BigInt::from(10u32).pow(400);
        let (x, e) = frexp_big(&b);
        assert!((0.5..1.0).contains(&x));
        assert_eq!(e, 1329);
        assert_eq!(libm::log(x) + libm::log(2.0) * e as f64, 921.0340371976182);
    }
}
