//! `range` objects whose bounds or length do not fit an i64 (the fast
//! [`Range`](super::Range) covers the rest), and the constructor that picks
//! between the two.

use super::{alloc, ObjData, Range};
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A range with unbounded ints. `len` is cached; `step` is never zero.
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub len: BigInt,
}

/// The number of items of `range(start, stop, step)` (`step != 0`).
pub fn range_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, step) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        return BigInt::zero();
    }
    (hi - lo - BigInt::one()) / step + BigInt::one()
}

impl BigRange {
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> BigRange {
        let len = range_len(&start, &stop, &step);
        BigRange {
            start,
            stop,
            step,
            len,
        }
    }
    /// Item `i` (`0 <= i < len`, checked by the caller).
    pub fn item(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }
    /// Whether the int `x` is one of the items.
    pub fn contains(&self, x: &BigInt) -> bool {
        let in_bounds = if self.step.is_positive() {
            &self.start <= x && x < &self.stop
        } else {
            &self.start >= x && x > &self.stop
        };
        in_bounds && (x - &self.start).mod_floor(&self.step).is_zero()
    }
}

/// A range value: the i64 form when the bounds and the length fit, else
/// the big form. `step` must not be zero.
pub fn new_range(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    if let (Some(a), Some(b), Some(c)) = (start.to_i64(), stop.to_i64(), step.to_i64()) {
        let r = Range {
            start: a,
            stop: b,
            step: c,
        };
        if r.len_i128() <= i64::MAX as i128 {
            return alloc(ObjData::Range(r));
        }
    }
    alloc(ObjData::BigRange(Box::new(BigRange::new(
        start, stop, step,
    ))))
}

/// `(start, step, len)` of either form, for comparisons.
pub fn parts(v: &Value) -> Option<(BigInt, BigInt, BigInt)> {
    match v.data()? {
        ObjData::Range(r) => Some((r.start.into(), r.step.into(), r.len().into())),
        ObjData::BigRange(r) => Some((r.start.clone(), r.step.clone(), r.len.clone())),
        _ => None,
    }
}

/// `range == range`: the same sequence of items.
pub fn ranges_equal(a: &(BigInt, BigInt, BigInt), b: &(BigInt, BigInt, BigInt)) -> bool {
    let ((sa, ta, la), (sb, tb, lb)) = (a, b);
    la == lb && (la.is_zero() || (sa == sb && (la.is_one() || ta == tb)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(i: i64) -> BigInt {
        BigInt::from(i)
    }

    #[test]
    fn lengths_match_python() {
        assert_eq!(range_len(&big(0), &big(10), &big(3)), big(4));
        assert_eq!(range_len(&big(10), &big(0), &big(-3)), big(4));
        assert_eq!(range_len(&big(5), &big(1), &big(1)), big(0));
        assert_eq!(range_len(&big(-5), &big(5), &big(-1)), big(0));
        let e20 = BigInt::from(10u64).pow(20);
        assert_eq!(range_len(&e20, &(&e20 + 5), &big(1)), big(5));
    }

    #[test]
    fn picks_the_small_form_when_it_fits() {
        let v = new_range(big(0), big(10), big(1));
        assert!(matches!(v.data(), Some(ObjData::Range(_))));
        // Bounds fit an i64 but the length does not.
        let v = new_range(big(i64::MIN), big(i64::MAX), big(1));
        assert!(matches!(v.data(), Some(ObjData::BigRange(_))));
    }

    #[test]
    fn contains_respects_step_and_bounds() {
        let e20 = BigInt::from(10u64).pow(20);
        let r = BigRange::new(e20.clone(), &e20 + 10, big(3));
        assert!(r.contains(&e20));
        assert!(r.contains(&(&e20 + 9)));
        assert!(!r.contains(&(&e20 + 10)));
        assert!(!r.contains(&(&e20 + 1)));
        let down = BigRange::new(&e20 + 10, e20.clone(), big(-4));
        assert!(down.contains(&(&e20 + 2)));
        assert!(!down.contains(&e20));
    }
}
