//! `memoryview` over `bytes` and `bytearray`: one-dimensional views of
//! format 'B' (unsigned bytes), with indexing, slicing (views of views share
//! the exporter's buffer), writes through to a `bytearray`, comparison with
//! any bytes-like object, hashing of read-only views, `tobytes`, `tolist`,
//! `hex`, `toreadonly`, `release` and use as a context manager.
//!
//! Not done: `cast` and formats other than 'B', multi-dimensional views,
//! and the exporter's lock against resizing (CPython's `BufferError` when a
//! `bytearray` with live views changes size). A view whose exporter shrank
//! reports the missing positions as out of range instead.

use super::functions::{check_args, no_kwargs};
use super::{new_builtin, BuiltinFn};
use crate::interp::{ops, PyResult, Vm};
use crate::object::str::new_str;
use crate::object::{alloc, new_list, new_tuple, ObjData};
use crate::value::Value;
use std::cell::Cell;

/// A view of `len` bytes of `obj` (a bytes or bytearray), at positions
/// `start`, `start + step`, ...
pub struct MemView {
    pub obj: Value,
    pub start: i64,
    pub len: usize,
    pub step: i64,
    pub readonly: bool,
    pub released: Cell<bool>,
}

impl MemView {
    /// Position `i` (0-based, in range of the view) of the exporter.
    fn pos(&self, i: usize) -> usize {
        (self.start + i as i64 * self.step) as usize
    }

    /// The byte at view index `i`, None when the exporter no longer has it.
    pub fn get(&self, i: usize) -> Option<u8> {
        if i >= self.len {
            return None;
        }
        let p = self.pos(i);
        match self.obj.data() {
            Some(ObjData::Bytes(b)) => b.get(p).copied(),
            Some(ObjData::ByteArray(b)) => b.borrow().get(p).copied(),
            _ => None,
        }
    }

    /// The viewed bytes, copied (positions the exporter lost are skipped).
    pub fn bytes(&self) -> Vec<u8> {
        (0..self.len).filter_map(|i| self.get(i)).collect()
    }
}

fn as_view(v: &Value) -> Option<&MemView> {
    match v.data() {
        Some(ObjData::MemoryView(m)) => Some(m),
        _ => None,
    }
}

/// The view, checked not released.
fn live<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a MemView> {
    let m = as_view(v).ok_or_else(|| vm.type_error("descriptor requires a 'memoryview' object"))?;
    if m.released.get() {
        return Err(vm.value_error("operation forbidden on released memoryview object"));
    }
    Ok(m)
}

/// `memoryview(obj)`.
pub fn construct(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "memoryview", kwnames)?;
    check_args(vm, "memoryview", args.len(), 1, 1)?;
    let obj = Vm::base_value(&args[0]).unwrap_or_else(|| args[0].clone());
    let view = match obj.data() {
        Some(ObjData::Bytes(b)) => MemView {
            obj: obj.clone(),
            start: 0,
            len: b.len(),
            step: 1,
            readonly: true,
            released: Cell::new(false),
        },
        Some(ObjData::ByteArray(b)) => MemView {
            obj: obj.clone(),
            start: 0,
            len: b.borrow().len(),
            step: 1,
            readonly: false,
            released: Cell::new(false),
        },
        Some(ObjData::MemoryView(_)) => {
            let m = live(vm, &obj)?;
            MemView {
                obj: m.obj.clone(),
                start: m.start,
                len: m.len,
                step: m.step,
                readonly: m.readonly,
                released: Cell::new(false),
            }
        }
        _ => {
            return Err(vm.type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                vm.type_name(&args[0])
            )))
        }
    };
    Ok(alloc(ObjData::MemoryView(Box::new(view))))
}

// ---- what ops calls ----

pub fn len(vm: &Vm, v: &Value) -> PyResult<usize> {
    Ok(live(vm, v)?.len)
}

/// `m[i]` and `m[a:b:c]` (a new view of the same exporter).
pub fn getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let m = live(vm, v)?;
    if let Some(ObjData::Slice(s)) = key.data() {
        let (start, _, step, n) = ops::slice_indices(vm, s, m.len)?;
        let view = MemView {
            obj: m.obj.clone(),
            start: m.start + start * m.step,
            len: n,
            step: m.step * step,
            readonly: m.readonly,
            released: Cell::new(false),
        };
        return Ok(alloc(ObjData::MemoryView(Box::new(view))));
    }
    if key.as_tuple().is_some() {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    let i = index(vm, key)?;
    match ops::norm_index(i, m.len).and_then(|j| m.get(j)) {
        Some(b) => Ok(Value::small_int(b as i64)),
        None => Err(vm.index_error("index out of bounds on dimension 1")),
    }
}

fn index(vm: &mut Vm, key: &Value) -> PyResult<i64> {
    if crate::object::int::as_int(key).is_none() {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    ops::index_of(vm, key, "memoryview")
}

/// `m[i] = byte`, `m[a:b] = bytes_like` (same length); writes through to
/// the exporter.
pub fn setitem(vm: &mut Vm, v: &Value, key: &Value, value: Value) -> PyResult<()> {
    let m = live(vm, v)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let Some(ObjData::ByteArray(cell)) = m.obj.data() else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    if let Some(ObjData::Slice(s)) = key.data() {
        let (start, _, step, n) = ops::slice_indices(vm, s, m.len)?;
        let Some(src) = super::bytes::bytes_of(&value) else {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(&value)
            )));
        };
        if src.len() != n {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let mut buf = cell.borrow_mut();
        for (k, b) in src.into_iter().enumerate() {
            let p = m.pos((start + k as i64 * step) as usize);
            match buf.get_mut(p) {
                Some(slot) => *slot = b,
                None => return Err(vm.index_error("index out of range")),
            }
        }
        return Ok(());
    }
    let i = index(vm, key)?;
    let Some(j) = ops::norm_index(i, m.len) else {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    };
    let b = match crate::object::int::as_int(&value).and_then(|n| n.to_i64()) {
        Some(b) if (0..256).contains(&b) => b as u8,
        Some(_) => return Err(vm.value_error("memoryview: invalid value for format 'B'")),
        None if crate::object::int::as_int(&value).is_some() => {
            return Err(vm.value_error("memoryview: invalid value for format 'B'"))
        }
        None => return Err(vm.type_error("memoryview: invalid type for format 'B'")),
    };
    let p = m.pos(j);
    match cell.borrow_mut().get_mut(p) {
        Some(slot) => *slot = b,
        None => return Err(vm.index_error("index out of range")),
    }
    Ok(())
}

/// `hash(m)`: a read-only view hashes as the bytes it shows.
pub fn hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    let m = live(vm, v)?;
    if !m.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    Ok(super::bytes::hash(&m.bytes()))
}

/// `m == other`: equal contents with any bytes-like object; a released
/// view equals only itself.
pub fn eq(a: &Value, b: &Value) -> bool {
    if a.is(b) {
        return true;
    }
    let gone = |v: &Value| as_view(v).is_some_and(|m| m.released.get());
    if gone(a) || gone(b) {
        return false;
    }
    match (super::bytes::bytes_of(a), super::bytes::bytes_of(b)) {
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

/// Attributes that are data, not methods.
pub fn getattr(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(m) = as_view(v) else {
        return Ok(None);
    };
    if name == "obj" || name == "nbytes" || name == "readonly" || name == "shape" {
        live(vm, v)?;
    }
    Ok(Some(match name {
        "obj" => m.obj.clone(),
        "nbytes" => Value::small_int(m.len as i64),
        "readonly" => Value::bool(m.readonly),
        "itemsize" => Value::small_int(1),
        "ndim" => Value::small_int(1),
        "format" => new_str("B"),
        "shape" => new_tuple(vec![Value::small_int(m.len as i64)]),
        "strides" => new_tuple(vec![Value::small_int(m.step)]),
        "contiguous" | "c_contiguous" | "f_contiguous" => Value::bool(m.step == 1 || m.len <= 1),
        _ => return Ok(None),
    }))
}

// ---- methods ----

fn m_tobytes(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    let m = live(vm, &args[0])?;
    Ok(super::bytes::new_bytes(m.bytes()))
}

fn m_tolist(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "tolist", kwnames)?;
    check_args(vm, "tolist", args.len() - 1, 0, 0)?;
    let m = live(vm, &args[0])?;
    Ok(new_list(
        m.bytes()
            .into_iter()
            .map(|b| Value::small_int(b as i64))
            .collect(),
    ))
}

fn m_hex(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    live(vm, &args[0])?;
    // bytes.hex reads any bytes-like self, a view included.
    super::bytes::b_hex(vm, args, kwnames)
}

fn m_toreadonly(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    let m = live(vm, &args[0])?;
    let view = MemView {
        obj: m.obj.clone(),
        start: m.start,
        len: m.len,
        step: m.step,
        readonly: true,
        released: Cell::new(false),
    };
    Ok(alloc(ObjData::MemoryView(Box::new(view))))
}

fn m_release(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    let m = as_view(&args[0]).ok_or_else(|| vm.type_error("expected a memoryview"))?;
    m.released.set(true);
    Ok(Value::NONE)
}

fn m_enter(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    live(vm, &args[0])?;
    Ok(args[0].clone())
}

fn m_exit(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    m_release(vm, &args[..1], kwnames)
}

pub(super) fn register(vm: &mut Vm) {
    let methods: &[(&'static str, BuiltinFn)] = &[
        ("tobytes", m_tobytes),
        ("tolist", m_tolist),
        ("hex", m_hex),
        ("toreadonly", m_toreadonly),
        ("release", m_release),
        ("__enter__", m_enter),
        ("__exit__", m_exit),
    ];
    let d = vm.types.memoryview.as_type().expect("a type").dict.clone();
    for (name, f) in methods {
        vm.dict_set_str(&d, name, new_builtin(name, *f, true));
    }
}
