//! `_mt19937`: the Mersenne Twister core under `random` (the Python class
//! `_random.Random` in `runtime/lib/_random.py` wraps it). The algorithm,
//! the seeding by key array and the 53-bit float are MT19937's published
//! ones, which CPython uses too, so the same seed gives CPython's
//! sequences bit for bit.
//!
//! The state lives in a bytearray the Python object owns: 624 32-bit words
//! then the index, little-endian (`STATE_BYTES` long).

use super::{check_args, index_int, new_module, no_kwargs};
use crate::builtins::bytes::new_bytearray;
use crate::interp::{ops, PyResult, Vm};
use crate::object::int::{from_big, Int};
use crate::object::{new_tuple, ObjData};
use crate::value::Value;
use num_bigint::{BigInt, Sign};
use num_traits::Signed;

const N: usize = 624;
const M: usize = 397;
const STATE_BYTES: usize = (N + 1) * 4;

/// The generator, unpacked from its bytearray for one call.
struct Mt {
    mt: [u32; N],
    index: usize,
}

impl Mt {
    fn load(b: &[u8]) -> Mt {
        let mut mt = [0u32; N];
        for (i, w) in mt.iter_mut().enumerate() {
            *w = u32::from_le_bytes(b[i * 4..i * 4 + 4].try_into().unwrap());
        }
        let index = u32::from_le_bytes(b[N * 4..N * 4 + 4].try_into().unwrap()) as usize;
        Mt { mt, index }
    }
    fn store(&self, b: &mut [u8]) {
        for (i, w) in self.mt.iter().enumerate() {
            b[i * 4..i * 4 + 4].copy_from_slice(&w.to_le_bytes());
        }
        b[N * 4..N * 4 + 4].copy_from_slice(&(self.index as u32).to_le_bytes());
    }

    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1812433253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
        }
        self.mt[0] = 0x8000_0000;
    }

    fn next_u32(&mut self) -> u32 {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        const MATRIX_A: u32 = 0x9908_b0df;
        if self.index >= N {
            for k in 0..N {
                let y = (self.mt[k] & UPPER) | (self.mt[(k + 1) % N] & LOWER);
                let mag = if y & 1 != 0 { MATRIX_A } else { 0 };
                self.mt[k] = self.mt[(k + M) % N] ^ (y >> 1) ^ mag;
            }
            self.index = 0;
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits.
    fn next_f64(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }
}

/// Runs `f` on the generator stored in bytearray `state`.
fn with_state<R>(vm: &Vm, state: &Value, f: impl FnOnce(&mut Mt) -> R) -> PyResult<R> {
    match state.data() {
        Some(ObjData::ByteArray(b)) if b.borrow().len() == STATE_BYTES => {
            let mut b = b.borrow_mut();
            let mut mt = Mt::load(&b);
            let r = f(&mut mt);
            mt.store(&mut b);
            Ok(r)
        }
        _ => Err(vm.type_error("_mt19937: bad generator state")),
    }
}

pub(super) fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_mt19937");
    let fns: &[(&'static str, crate::builtins::BuiltinFn)] = &[
        ("new_state", mt_new_state),
        ("seed", mt_seed),
        ("random", mt_random),
        ("getrandbits", mt_getrandbits),
        ("getstate", mt_getstate),
        ("setstate", mt_setstate),
    ];
    super::add_functions(vm, &d, fns);
    m
}

/// `new_state()`: a fresh (unseeded) state bytearray.
fn mt_new_state(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "new_state", kwnames)?;
    check_args(vm, "new_state", args.len(), 0, 0)?;
    let mut b = vec![0u8; STATE_BYTES];
    let mut mt = Mt::load(&b);
    mt.init_genrand(19650218);
    mt.store(&mut b);
    Ok(new_bytearray(b))
}

/// `seed(state, n)`: seeds from an int (its absolute value, as 32-bit
/// words), from the hash of another object (as an unsigned word), or from
/// the OS's entropy for None.
fn mt_seed(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "seed", kwnames)?;
    check_args(vm, "seed", args.len(), 2, 2)?;
    let arg = &args[1];
    let key: Vec<u32> = if arg.is_none() {
        let mut buf = [0u8; N * 4];
        let got = std::fs::File::open("/dev/urandom")
            .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf))
            .is_ok();
        if !got {
            // No entropy source: the time and the process id.
            let t = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos());
            let words = [
                t as u32,
                (t >> 32) as u32,
                (t >> 64) as u32,
                std::process::id(),
            ];
            for (i, w) in words.iter().enumerate() {
                buf[i * 4..i * 4 + 4].copy_from_slice(&w.to_le_bytes());
            }
        }
        buf.chunks(4)
            .map(|c| u32::from_le_bytes(c.try_into().unwrap()))
            .collect()
    } else {
        let n: BigInt = match crate::object::int::as_int(arg) {
            Some(i) => i.to_big().abs(),
            None => BigInt::from(ops::hash(vm, arg)? as u64),
        };
        let mut words = n.to_u32_digits().1;
        if words.is_empty() {
            words.push(0);
        }
        words
    };
    with_state(vm, &args[0], |mt| mt.init_by_array(&key))?;
    Ok(Value::NONE)
}

/// `random(state)`: the next float in [0, 1).
fn mt_random(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    check_args(vm, "random", args.len(), 1, 1)?;
    let x = with_state(vm, &args[0], Mt::next_f64)?;
    Ok(Value::float(x))
}

/// `getrandbits(state, k)`: an int of `k` random bits, built from 32-bit
/// draws, least significant word first.
fn mt_getrandbits(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "getrandbits", kwnames)?;
    check_args(vm, "getrandbits", args.len(), 2, 2)?;
    let k = match index_int(vm, &args[1])? {
        Int::Small(k) => k,
        Int::Big(b) if b.is_negative() => -1,
        Int::Big(_) => {
            return Err(vm.overflow_error("Python int too large to convert to C int"));
        }
    };
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k > i32::MAX as i64 {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    if k == 0 {
        return Ok(Value::int(0));
    }
    if k <= 32 {
        let r = with_state(vm, &args[0], |mt| mt.next_u32() >> (32 - k))?;
        return Ok(Value::int(r as i64));
    }
    let words = with_state(vm, &args[0], |mt| {
        let mut left = k;
        let mut words = Vec::with_capacity(((k - 1) / 32 + 1) as usize);
        while left > 0 {
            let mut r = mt.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            words.push(r);
            left -= 32;
        }
        words
    })?;
    Ok(from_big(BigInt::from_slice(Sign::Plus, &words)))
}

/// `getstate(state)`: the 624 words and the index, as a 625-tuple.
fn mt_getstate(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    check_args(vm, "getstate", args.len(), 1, 1)?;
    let items = with_state(vm, &args[0], |mt| {
        let mut v: Vec<Value> = mt.mt.iter().map(|w| Value::int(*w as i64)).collect();
        v.push(Value::int(mt.index as i64));
        v
    })?;
    Ok(new_tuple(items))
}

/// `setstate(state, tuple)`: restores what getstate returned, with
/// CPython's checks.
fn mt_setstate(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    check_args(vm, "setstate", args.len(), 2, 2)?;
    let items: Vec<Value> = match args[1].data() {
        Some(ObjData::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("state vector must be a tuple")),
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, item) in words.iter_mut().zip(&items) {
        *w = unsigned_long(vm, item)? as u32;
    }
    let index = match index_int(vm, &items[N])?.to_i64() {
        Some(i) if (0..=N as i64).contains(&i) => i as usize,
        Some(_) => return Err(vm.value_error("invalid state")),
        None => return Err(vm.overflow_error("Python int too large to convert to C long")),
    };
    with_state(vm, &args[0], |mt| {
        mt.mt = words;
        mt.index = index;
    })?;
    Ok(Value::NONE)
}

/// An element of a state tuple as C's `unsigned long` (PyLong_AsUnsignedLong).
fn unsigned_long(vm: &Vm, v: &Value) -> PyResult<u64> {
    let i = crate::object::int::as_int(v).ok_or_else(|| vm.type_error("an integer is required"))?;
    if i.is_negative() {
        return Err(vm.overflow_error("can't convert negative value to unsigned int"));
    }
    num_traits::ToPrimitive::to_u64(i.to_big().as_ref())
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C unsigned long"))
}
