//! `int`: arithmetic with Python's semantics on small (inline) and big
//! (heap, `num-bigint`) ints; results that fit are always made small again.

use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::borrow::Cow;

/// An int operand: small (bools included, as 0 and 1) or big.
pub enum Int<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl Int<'_> {
    pub fn to_big(&self) -> Cow<'_, BigInt> {
        match self {
            Int::Small(i) => Cow::Owned(BigInt::from(*i)),
            Int::Big(b) => Cow::Borrowed(b),
        }
    }
    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(i) => *i < 0,
            Int::Big(b) => b.is_negative(),
        }
    }
    pub fn is_zero(&self) -> bool {
        match self {
            Int::Small(i) => *i == 0,
            Int::Big(b) => b.is_zero(),
        }
    }
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            Int::Small(i) => Some(*i),
            Int::Big(b) => b.to_i64(),
        }
    }
    pub fn to_f64(&self) -> Option<f64> {
        match self {
            Int::Small(i) => Some(*i as f64),
            Int::Big(b) => {
                let f = b.to_f64()?;
                if f.is_finite() {
                    Some(f)
                } else {
                    None
                }
            }
        }
    }
}

/// The int value of `v`, if it is an int or a bool.
#[inline]
pub fn as_int(v: &Value) -> Option<Int<'_>> {
    if let Some(i) = v.as_small_int() {
        Some(Int::Small(i))
    } else if v.is_bool() {
        Some(Int::Small(v.is_true() as i64))
    } else {
        match v.data() {
            Some(crate::object::ObjData::Int(i)) => Some(Int::Small(*i)),
            Some(crate::object::ObjData::BigInt(b)) => Some(Int::Big(b)),
            _ => None,
        }
    }
}

/// Makes an int value from a big int, small when it fits.
pub fn from_big(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::int(i),
        None => crate::object::new_bigint(b),
    }
}

pub fn add(a: &Int, b: &Int) -> Value {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(r) = x.checked_add(*y) {
            return Value::int(r);
        }
    }
    from_big(a.to_big().as_ref() + b.to_big().as_ref())
}
pub fn sub(a: &Int, b: &Int) -> Value {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(r) = x.checked_sub(*y) {
            return Value::int(r);
        }
    }
    from_big(a.to_big().as_ref() - b.to_big().as_ref())
}
pub fn mul(a: &Int, b: &Int) -> Value {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(r) = x.checked_mul(*y) {
            return Value::int(r);
        }
    }
    from_big(a.to_big().as_ref() * b.to_big().as_ref())
}
/// Floor division; `None` when dividing by zero.
pub fn floordiv(a: &Int, b: &Int) -> Option<Value> {
    if b.is_zero() {
        return None;
    }
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(r) = x.checked_div_euclid(*y) {
            // div_euclid rounds toward -inf only for positive divisors.
            let q = x.div_floor(y);
            let _ = r;
            return Some(Value::int(q));
        }
    }
    let (a, b) = (a.to_big(), b.to_big());
    if let Some((q, _)) = divmod_short_quotient(&a, &b) {
        return Some(from_big(q));
    }
    Some(from_big(a.div_floor(b.as_ref())))
}

/// `a // b` for `a >= 0`, `b > 0` of at least 64 bits whose bit lengths
/// differ by at most 60 (a quotient under 2^61: operands of about the
/// same size, as in a digit-by-digit spigot): the quotient
/// estimated from the operands' top bits and corrected by at most a few
/// steps, one multiplication and one subtraction in all (linear in the
/// operands' size). num-bigint's division (Burnikel-Ziegler) spends far
/// more on such operands. None for anything else. Gives the remainder too.
fn divmod_short_quotient(a: &BigInt, b: &BigInt) -> Option<(BigInt, BigInt)> {
    if a.is_negative() || !b.is_positive() {
        return None;
    }
    let (abits, bbits) = (a.bits(), b.bits());
    if abits < bbits {
        return Some((BigInt::zero(), a.clone()));
    }
    if abits - bbits > 60 || bbits < 64 {
        return None;
    }
    // Both shifted so that the divisor keeps its top 64 bits: the
    // estimate is within a few units of the quotient.
    let s = bbits - 64;
    let ah = (a >> s).to_u128()?;
    let bh = (b >> s).to_u128()?;
    let mut q = i128::try_from(ah / bh).ok()?;
    let mut r = a - b * BigInt::from(q);
    let mut steps = 0;
    while r.is_negative() {
        q -= 1;
        r += b;
        steps += 1;
        if steps > 4 {
            return None;
        }
    }
    while &r >= b {
        q += 1;
        r -= b;
        steps += 1;
        if steps > 4 {
            return None;
        }
    }
    Some((BigInt::from(q), r))
}

/// Modulo with the divisor's sign; `None` when dividing by zero.
pub fn modulo(a: &Int, b: &Int) -> Option<Value> {
    if b.is_zero() {
        return None;
    }
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if *y != -1 {
            return Some(Value::int(x.mod_floor(y)));
        }
        return Some(Value::small_int(0));
    }
    let (a, b) = (a.to_big(), b.to_big());
    if let Some((_, r)) = divmod_short_quotient(&a, &b) {
        return Some(from_big(r));
    }
    Some(from_big(a.mod_floor(b.as_ref())))
}
pub fn neg(a: &Int) -> Value {
    match a {
        Int::Small(x) => match x.checked_neg() {
            Some(r) => Value::int(r),
            None => from_big(-BigInt::from(*x)),
        },
        Int::Big(b) => from_big(-(*b).clone()),
    }
}
pub fn invert(a: &Int) -> Value {
    match a {
        Int::Small(x) => Value::int(!x),
        Int::Big(b) => from_big(-(*b).clone() - 1),
    }
}
pub fn and(a: &Int, b: &Int) -> Value {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        return Value::int(x & y);
    }
    from_big(a.to_big().as_ref() & b.to_big().as_ref())
}
pub fn or(a: &Int, b: &Int) -> Value {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        return Value::int(x | y);
    }
    from_big(a.to_big().as_ref() | b.to_big().as_ref())
}
pub fn xor(a: &Int, b: &Int) -> Value {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        return Value::int(x ^ y);
    }
    from_big(a.to_big().as_ref() ^ b.to_big().as_ref())
}
/// `a << n` for `n >= 0` (the caller rejects negative counts).
pub fn lshift(a: &Int, n: u64) -> Value {
    if let Int::Small(x) = a {
        if n < 64 && (x.unsigned_abs().leading_zeros() as u64) > n + 1 {
            return Value::int(x << n);
        }
        if *x == 0 {
            return Value::small_int(0);
        }
    }
    from_big(a.to_big().as_ref() << n as usize)
}
/// `a >> n` for `n >= 0`: floor division by 2**n.
pub fn rshift(a: &Int, n: u64) -> Value {
    match a {
        Int::Small(x) => Value::int(if n >= 64 {
            if *x < 0 {
                -1
            } else {
                0
            }
        } else {
            x >> n
        }),
        Int::Big(b) => from_big((*b) >> n as usize),
    }
}
/// `a ** b` for `b >= 0`.
pub fn pow(a: &Int, b: u64) -> Value {
    if let Int::Small(x) = a {
        if b <= u32::MAX as u64 {
            if let Some(r) = x.checked_pow(b as u32) {
                return Value::int(r);
            }
        }
    }
    let mut result = BigInt::one();
    let mut base = a.to_big().into_owned();
    let mut e = b;
    while e > 0 {
        if e & 1 == 1 {
            result *= &base;
        }
        e >>= 1;
        if e > 0 {
            base = &base * &base;
        }
    }
    from_big(result)
}
/// `pow(a, b, m)` for `b >= 0`, `m != 0`.
pub fn pow_mod(a: &Int, b: &Int, m: &Int) -> Value {
    let m = m.to_big();
    let r = a.to_big().modpow(b.to_big().as_ref(), m.as_ref());
    // modpow's result takes the sign of the base; Python's the modulus's.
    let r = if !r.is_zero() && (r.is_negative() != m.is_negative()) {
        r + m.as_ref()
    } else {
        r
    };
    from_big(r)
}

pub fn cmp(a: &Int, b: &Int) -> std::cmp::Ordering {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => x.cmp(y),
        _ => a.to_big().as_ref().cmp(b.to_big().as_ref()),
    }
}

/// Compares an int with a float exactly (as CPython does: no rounding of
/// the int). `None` if `f` is NaN.
pub fn cmp_float(a: &Int, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Int::Small(x) = a {
        if x.unsigned_abs() < 1 << 53 {
            // Exact as an f64.
            return (*x as f64).partial_cmp(&f);
        }
    }
    let fl = f.floor();
    let fb = BigInt::from_f64_exact(fl);
    match a.to_big().as_ref().cmp(&fb) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

trait FromF64Exact {
    fn from_f64_exact(f: f64) -> BigInt;
}
impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> BigInt {
        num_traits::FromPrimitive::from_f64(f).unwrap_or_default()
    }
}

/// An int from a float, truncating toward zero (`int(3.7) == 3`); `None`
/// for infinities and NaN.
pub fn from_f64(f: f64) -> Option<Value> {
    if !f.is_finite() {
        return None;
    }
    let t = f.trunc();
    if t.abs() < 9.0e15 {
        return Some(Value::int(t as i64));
    }
    Some(from_big(BigInt::from_f64_exact(t)))
}

const MODULUS: i64 = (1 << 61) - 1;

/// `hash(i)`: `i` modulo 2**61 - 1 with the sign kept, and -1 mapped to -2.
pub fn hash(a: &Int) -> i64 {
    let h = match a {
        Int::Small(x) => {
            let r = (x.unsigned_abs() % MODULUS as u64) as i64;
            if *x < 0 {
                -r
            } else {
                r
            }
        }
        Int::Big(b) => {
            let m = BigInt::from(MODULUS);
            let r = b.abs().mod_floor(&m).to_i64().expect("below the modulus");
            if b.is_negative() {
                -r
            } else {
                r
            }
        }
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn to_string(a: &Int) -> String {
    match a {
        Int::Small(x) => x.to_string(),
        Int::Big(b) => b.to_string(),
    }
}

pub fn to_string_radix(a: &Int, radix: u32, prefix: &str) -> String {
    let big = a.to_big();
    let digits = big.abs().to_str_radix(radix);
    if big.is_negative() {
        format!("-{prefix}{digits}")
    } else {
        format!("{prefix}{digits}")
    }
}

/// Parses an int literal as `int(s, base)` does (`base` 0 or 2..=36).
/// `None` if the text is not a valid int.
pub fn parse(text: &str, base: u32) -> Option<Value> {
    let s = text.trim_matches(|c: char| c.is_whitespace());
    let (neg, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = s.to_ascii_lowercase();
    let (base, digits) = {
        let prefixed = |p: &str, b: u32| -> Option<(u32, &str)> {
            if lower.starts_with(p) && (base == 0 || base == b) {
                Some((b, &s[2..]))
            } else {
                None
            }
        };
        if let Some(r) = prefixed("0x", 16)
            .or_else(|| prefixed("0o", 8))
            .or_else(|| prefixed("0b", 2))
        {
            (r.0, r.1.strip_prefix('_').unwrap_or(r.1))
        } else if base == 0 {
            // Base 0: decimal, and no leading zeros unless the value is 0.
            if s.len() > 1 && s.starts_with('0') && s.chars().any(|c| c != '0' && c != '_') {
                return None;
            }
            (10, s)
        } else {
            (base, s)
        }
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let v = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(from_big(if neg { -v } else { v }))
}

/// `a / b` for ints, correctly rounded; errors are the caller's: `None` for
/// division by zero, `Some(Err(()))` when the result overflows a float.
pub fn truediv(a: &Int, b: &Int) -> Option<Result<f64, ()>> {
    if b.is_zero() {
        return None;
    }
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if x.unsigned_abs() < 1 << 53 && y.unsigned_abs() < 1 << 53 {
            // Both exact as f64, so one correctly rounded division.
            return Some(Ok(*x as f64 / *y as f64));
        }
    }
    let (x, y) = (a.to_big(), b.to_big());
    // Exact when both convert exactly; otherwise divide with scaling.
    if let (Some(fx), Some(fy)) = (x.to_f64(), y.to_f64()) {
        if fx.abs() < 9.0e15 && fy.abs() < 9.0e15 {
            return Some(Ok(fx / fy));
        }
    }
    let neg = x.is_negative() != y.is_negative();
    let (x, y) = (x.abs(), y.abs());
    // Scale so the quotient has 64+ significant bits, then round once.
    let shift: i64 = 70 - (x.bits() as i64 - y.bits() as i64);
    let q = if shift >= 0 {
        (&x << shift as usize) / &y
    } else {
        &x / (&y << (-shift) as usize)
    };
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let r = qf * 2f64.powi(-shift.clamp(-2000, 2000) as i32);
    if r.is_infinite() {
        return Some(Err(()));
    }
    Some(Ok(if neg { -r } else { r }))
}

pub fn bit_length(a: &Int) -> u64 {
    match a {
        Int::Small(x) => 64 - x.unsigned_abs().leading_zeros() as u64,
        Int::Big(b) => b.bits(),
    }
}

pub fn is_one(a: &Int) -> bool {
    match a {
        Int::Small(x) => *x == 1,
        Int::Big(b) => b.is_one(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Deterministic big ints of about `bits` bits.
    fn big(seed: &mut u64, bits: u64) -> BigInt {
        let mut v = BigInt::zero();
        let mut have = 0;
        while have < bits {
            *seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            v = (v << 32) + BigInt::from(*seed >> 32);
            have += 32;
        }
        v
    }

    #[test]
    fn short_quotient_division_agrees_with_long_division() {
        let mut seed = 7u64;
        let mut used = 0;
        for bits in [64u64, 65, 100, 128, 200, 640, 3000] {
            for extra in [0u64, 1, 3, 17, 40, 59, 60, 61, 90] {
                for _ in 0..20 {
                    let b = big(&mut seed, bits) + BigInt::one();
                    let a = big(&mut seed, bits + extra);
                    for (x, y) in [
                        (a.clone(), b.clone()),
                        (&b * 7u32 + 3u32, b.clone()),
                        (&b * 7u32 - 1u32, b.clone()),
                        (b.clone(), b.clone()),
                    ] {
                        let (want_q, want_r) = x.div_mod_floor(&y);
                        if let Some((q, r)) = divmod_short_quotient(&x, &y) {
                            assert_eq!((&q, &r), (&want_q, &want_r), "divmod({x}, {y})");
                            used += 1;
                        }
                        let q = floordiv(&Int::Big(&x), &Int::Big(&y)).expect("nonzero");
                        assert_eq!(as_int(&q).expect("an int").to_big().into_owned(), want_q);
                        let r = modulo(&Int::Big(&x), &Int::Big(&y)).expect("nonzero");
                        assert_eq!(as_int(&r).expect("an int").to_big().into_owned(), want_r);
                    }
                }
            }
        }
        assert!(used > 500, "the short path ran {used} times");
        // Signs and small divisors take the general path.
        let (a, b) = (-BigInt::from(10i64).pow(30), BigInt::from(7i64).pow(25));
        assert_eq!(divmod_short_quotient(&a, &b), None);
        assert_eq!(divmod_short_quotient(&b, &BigInt::from(3)), None);
    }
}
