//! `Value`: every Python value in one 64-bit word (NaN-boxing).
//!
//! Encoding (the top 16 bits decide):
//! - below `0xFFF9`: an `f64`, stored as its bits. NaNs whose bits would fall
//!   in the tagged range are canonicalized to `0xFFF8_0000_0000_0000`
//!   (a negative quiet NaN), so every float keeps its sign bit.
//! - `0xFFF9`: a small int, 48-bit two's complement payload
//!   (`SMALL_INT_MIN..=SMALL_INT_MAX`); larger ints are heap big ints.
//! - `0xFFFA`: a pointer to a heap [`Obj`] (48-bit address), reference counted.
//! - `0xFFFB`: an immediate: NULL (no value: an unbound local, the empty
//!   slot of CALL's `self_or_null`), None, False, True, Ellipsis,
//!   NotImplemented.
//!
//! **Invariant:** a `Value` holding a pointer owns one reference: `Clone`
//! adds one, `Drop` releases one. Nothing else touches the count.

use crate::object::{self, Obj};
use std::fmt;

const TAG_SHIFT: u32 = 48;
const TAG_INT: u64 = 0xFFF9 << TAG_SHIFT;
const TAG_PTR: u64 = 0xFFFA << TAG_SHIFT;
const TAG_IMM: u64 = 0xFFFB << TAG_SHIFT;
const PAYLOAD: u64 = (1 << TAG_SHIFT) - 1;
const CANONICAL_NAN: u64 = 0xFFF8_0000_0000_0000;

/// The largest int stored inline.
pub const SMALL_INT_MAX: i64 = (1 << 47) - 1;
/// The smallest int stored inline.
pub const SMALL_INT_MIN: i64 = -(1 << 47);

#[repr(transparent)]
pub struct Value(u64);

impl Value {
    pub const NULL: Value = Value(TAG_IMM);
    pub const NONE: Value = Value(TAG_IMM | 1);
    pub const FALSE: Value = Value(TAG_IMM | 2);
    pub const TRUE: Value = Value(TAG_IMM | 3);
    pub const ELLIPSIS: Value = Value(TAG_IMM | 4);
    pub const NOT_IMPLEMENTED: Value = Value(TAG_IMM | 5);

    /// The value whose `bits()` these are, without touching its reference
    /// count.
    ///
    /// # Safety
    /// `bits` came from `bits()` of a value that is still alive, and the
    /// result must not be dropped as an owned reference unless one was
    /// added for it (wrap it in `ManuallyDrop` and clone).
    #[inline(always)]
    pub unsafe fn from_bits(bits: u64) -> Value {
        Value(bits)
    }
    #[inline(always)]
    pub fn bits(&self) -> u64 {
        self.0
    }
    #[inline(always)]
    fn tag(&self) -> u64 {
        self.0 >> TAG_SHIFT
    }

    // ---- floats ----
    #[inline(always)]
    pub fn float(f: f64) -> Value {
        let b = f.to_bits();
        if b >= TAG_INT {
            // Only NaNs live up here; keep them out of the tag space.
            Value(CANONICAL_NAN)
        } else {
            Value(b)
        }
    }
    #[inline(always)]
    pub fn is_float(&self) -> bool {
        self.0 < TAG_INT
    }
    /// The float, if this is one.
    #[inline(always)]
    pub fn as_float(&self) -> Option<f64> {
        if self.is_float() {
            Some(f64::from_bits(self.0))
        } else {
            None
        }
    }
    /// The float; only meaningful when `is_float()`.
    #[inline(always)]
    pub fn float_unchecked(&self) -> f64 {
        f64::from_bits(self.0)
    }

    // ---- small ints ----
    /// A small int. **Precondition:** `SMALL_INT_MIN <= i <= SMALL_INT_MAX`.
    #[inline(always)]
    pub fn small_int(i: i64) -> Value {
        debug_assert!((SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i));
        Value(TAG_INT | (i as u64 & PAYLOAD))
    }
    /// An int of any size: inline when it fits, else a heap big int.
    #[inline]
    pub fn int(i: i64) -> Value {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            Value::small_int(i)
        } else {
            object::alloc(object::ObjData::Int(i))
        }
    }
    #[inline(always)]
    pub fn is_small_int(&self) -> bool {
        self.tag() == 0xFFF9
    }
    #[inline(always)]
    pub fn small_int_unchecked(&self) -> i64 {
        ((self.0 << 16) as i64) >> 16
    }
    #[inline(always)]
    pub fn as_small_int(&self) -> Option<i64> {
        if self.is_small_int() {
            Some(self.small_int_unchecked())
        } else {
            None
        }
    }

    // ---- immediates ----
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }
    #[inline(always)]
    pub fn is_null(&self) -> bool {
        self.0 == Value::NULL.0
    }
    #[inline(always)]
    pub fn is_none(&self) -> bool {
        self.0 == Value::NONE.0
    }
    #[inline(always)]
    pub fn is_bool(&self) -> bool {
        self.0 == Value::TRUE.0 || self.0 == Value::FALSE.0
    }
    #[inline(always)]
    pub fn is_true(&self) -> bool {
        self.0 == Value::TRUE.0
    }
    #[inline(always)]
    pub fn is_false(&self) -> bool {
        self.0 == Value::FALSE.0
    }
    /// Identity, as Python's `is`.
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    // ---- heap objects ----
    #[inline(always)]
    pub fn is_ptr(&self) -> bool {
        self.tag() == 0xFFFA
    }
    /// Wraps a freshly allocated object, taking over its one reference.
    ///
    /// # Safety
    /// `p` must point to a live `Obj` whose count includes the reference
    /// this `Value` now owns, at an address below 2^48.
    #[inline(always)]
    pub unsafe fn from_owned_ptr(p: *mut Obj) -> Value {
        debug_assert!((p as u64) <= PAYLOAD);
        Value(TAG_PTR | p as u64)
    }
    #[inline(always)]
    pub fn ptr(&self) -> *mut Obj {
        (self.0 & PAYLOAD) as *mut Obj
    }
    /// The heap object, if this is one.
    #[inline(always)]
    pub fn obj(&self) -> Option<&Obj> {
        if self.is_ptr() {
            // SAFETY: a pointer value owns a reference, so the object is
            // alive for at least as long as `self` is borrowed.
            Some(unsafe { &*self.ptr() })
        } else {
            None
        }
    }
    /// The raw word, for identity-keyed tables (`id()`).
    pub fn id(&self) -> u64 {
        self.0
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if self.is_ptr() {
            // SAFETY: see `obj()`; the new Value owns the added reference.
            unsafe { (*self.ptr()).incref() };
        }
        Value(self.0)
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if self.is_ptr() {
            // SAFETY: this Value owns one reference; releasing it may free
            // the object, after which the word is never used again.
            unsafe { Obj::decref(self.ptr()) };
        }
    }
}

impl Default for Value {
    fn default() -> Value {
        Value::NULL
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(x) = self.as_float() {
            write!(f, "Float({x})")
        } else if let Some(i) = self.as_small_int() {
            write!(f, "Int({i})")
        } else if self.is_ptr() {
            write!(
                f,
                "Obj({:#x}: {})",
                self.0 & PAYLOAD,
                self.obj().map_or("?", |o| o.kind_name())
            )
        } else {
            let name = match self.0 & 0xff {
                0 => "NULL",
                1 => "None",
                2 => "False",
                3 => "True",
                4 => "Ellipsis",
                _ => "NotImplemented",
            };
            write!(f, "{name}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_one_word() {
        assert_eq!(std::mem::size_of::<Value>(), 8);
    }

    #[test]
    fn small_int_boundaries() {
        for i in [
            0,
            1,
            -1,
            SMALL_INT_MAX,
            SMALL_INT_MIN,
            SMALL_INT_MAX - 1,
            SMALL_INT_MIN + 1,
            1 << 32,
            -(1 << 32),
        ] {
            let v = Value::small_int(i);
            assert!(v.is_small_int() && !v.is_float() && !v.is_ptr());
            assert_eq!(v.small_int_unchecked(), i);
        }
        // One past each end goes to the heap.
        let big = Value::int(SMALL_INT_MAX + 1);
        assert!(big.is_ptr());
        let small = Value::int(SMALL_INT_MIN - 1);
        assert!(small.is_ptr());
        assert!(Value::int(i64::MAX).is_ptr() && Value::int(i64::MIN).is_ptr());
        // Heap ints keep their value exactly.
        for i in [SMALL_INT_MAX + 1, SMALL_INT_MIN - 1, i64::MAX, i64::MIN] {
            let v = Value::int(i);
            assert!(v.is_int());
            assert_eq!(
                crate::object::int::as_int(&v).and_then(|x| x.to_i64()),
                Some(i)
            );
        }
    }

    #[test]
    fn floats_round_trip() {
        for f in [
            0.0,
            -0.0,
            1.5,
            -1e300,
            f64::MIN_POSITIVE,
            5e-324,
            f64::MAX,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ] {
            let v = Value::float(f);
            assert!(v.is_float());
            assert_eq!(v.float_unchecked().to_bits(), f.to_bits());
        }
        let neg_zero = Value::float(-0.0);
        assert!(neg_zero.float_unchecked().is_sign_negative());
    }

    #[test]
    fn nans_stay_floats() {
        for bits in [
            0x7FF8_0000_0000_0000u64,
            0xFFF8_0000_0000_0000,
            0xFFFF_FFFF_FFFF_FFFF,
            0xFFF9_0000_0000_0001,
            0x7FF0_0000_0000_0001,
        ] {
            let v = Value::float(f64::from_bits(bits));
            assert!(v.is_float(), "{bits:#x}");
            assert!(v.float_unchecked().is_nan());
            assert!(!v.is_small_int() && !v.is_ptr());
        }
    }

    #[test]
    fn immediates_are_distinct() {
        let all = [
            Value::NULL,
            Value::NONE,
            Value::FALSE,
            Value::TRUE,
            Value::ELLIPSIS,
            Value::NOT_IMPLEMENTED,
        ];
        for (i, a) in all.iter().enumerate() {
            assert!(!a.is_float() && !a.is_small_int() && !a.is_ptr());
            for (j, b) in all.iter().enumerate() {
                assert_eq!(i == j, a.is(b));
            }
        }
        assert!(Value::bool(true).is_true() && Value::bool(false).is_false());
    }
}
