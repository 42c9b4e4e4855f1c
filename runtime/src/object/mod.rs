//! Heap objects: the header every object has, the payload kinds, allocation
//! and release. Per-kind behaviour lives in the sibling modules.
//!
//! **Invariant:** an `Obj` is only reached through `Value`s that each own one
//! reference (`rc`), or through borrows of such a `Value`. When `rc` drops
//! to zero the payload is dropped (releasing what it owns) and the memory
//! freed. Containers are linked into the cycle collector's list while alive
//! (`gc::track`), and unlinked before they are freed.

pub mod complex;
pub mod dict;
pub mod exception;
pub mod float;
pub mod instance;
pub mod int;
pub mod range;
pub mod set;
pub mod str;
pub mod types;
pub mod weakref;

use crate::gc::GcLink;
use crate::value::Value;
use num_bigint::BigInt;
use std::cell::{Cell, RefCell};

pub use dict::Dict;
pub use exception::ExcData;
pub use instance::Instance;
pub use str::PyStr;
pub use types::TypeData;

/// A heap object: header and payload.
pub struct Obj {
    rc: Cell<usize>,
    /// Links in the cycle collector's list; both null when not tracked.
    pub gc: GcLink,
    pub data: ObjData,
}

/// What an object is. Builtin kinds are variants; their Python type is
/// derived from the variant (`Vm::type_of`), so allocation needs no `Vm`.
pub enum ObjData {
    /// An int that fits an i64 but not the inline 48 bits: one allocation,
    /// i64 arithmetic.
    Int(i64),
    BigInt(BigInt),
    Str(PyStr),
    Bytes(Box<[u8]>),
    Complex(f64, f64),
    /// `list[int]`: (origin, tuple of arguments).
    GenericAlias(Value, Value),
    /// `int | None`: the tuple of its members.
    Union(Value),
    /// A file object from `open()`.
    File(Box<crate::builtins::file::FileObj>),
    ByteArray(RefCell<Vec<u8>>),
    /// A `memoryview` of a bytes or bytearray.
    MemoryView(Box<crate::builtins::memoryview::MemView>),
    List(RefCell<Vec<Value>>),
    Tuple(Box<[Value]>),
    /// Boxed: a dict is big, and the largest variant sets every object's size.
    Dict(Box<RefCell<Dict>>),
    Range(Range),
    /// A range beyond i64 (rare; see `range.rs`).
    BigRange(Box<range::BigRange>),
    Slice(Box<[Value; 3]>),
    Function(Box<crate::interp::function::Function>),
    Builtin(Box<crate::builtins::BuiltinFunction>),
    Code(Box<crate::compile::code::Code>),
    Module(Box<Module>),
    Type(types::TypeObj),
    Exception(Box<ExcData>),
    /// Boxed for the same reason as `Dict`.
    Iter(Box<RefCell<Iter>>),
    DictView(DictViewKind, Value),
    /// A closure cell: a variable shared between a function and the
    /// functions nested in it (NULL while unbound).
    Cell(RefCell<Value>),
    /// A bound method: (function, self).
    Method(Value, Value),
    /// An instance of a class made by a class statement (boxed: see `Dict`).
    Instance(Box<Instance>),
    /// `property(fget, fset, fdel, doc)`, and the name it was given in its
    /// class (None until then).
    Property(Box<[Value; 5]>),
    StaticMethod(Value),
    ClassMethod(Value),
    /// `super(type, obj)`: (type, obj or subtype).
    Super(Value, Value),
    /// The descriptor of one `__slots__` entry: (slot index, name, class).
    SlotMember(usize, Value, Value),
    Generator(Box<crate::interp::generator::Generator>),
    /// `set` and `frozenset` (boxed: see `Dict`).
    Set(Box<RefCell<set::SetData>>),
    /// A traceback object: entry `usize` of the traceback an exception
    /// carries (entries are innermost first, so `tb_next` is the entry
    /// before it, and `__traceback__` the last).
    Traceback(Value, usize),
    /// A value an async generator yields (ASYNC_GEN_WRAP), as it travels
    /// out through the awaits of its consumer.
    AsyncGenWrapped(Value),
    /// The awaitable of `agen.__anext__()` / `agen.asend(v)` /
    /// `agen.athrow(exc)` / `agen.aclose()`: the async generator, the value
    /// to send first (NULL once sent; for athrow and aclose, the exception
    /// to throw), and which of those it is.
    AsyncGenASend(Value, RefCell<Value>, AsendKind),
    /// `weakref.ref(obj[, callback])` (boxed: see `Dict`).
    WeakRef(Box<weakref::WeakRef>),
}

/// What an async generator's awaitable does first.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AsendKind {
    /// `__anext__()` / `asend(v)`: send the value.
    Send,
    /// `athrow(exc)`: throw the exception in.
    Throw,
    /// `aclose()`: throw GeneratorExit in; the generator must finish.
    Close,
}

/// A new instance of the class `cls` (whose instances have `nslots`
/// slots), extending `base` (NULL unless the class extends a builtin type).
pub fn new_instance(cls: &Value, nslots: usize, base: Value) -> Value {
    alloc(ObjData::Instance(Box::new(Instance::new(
        cls, nslots, base,
    ))))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    /// The length; a `Range` is only made when it fits an i64.
    pub fn len(&self) -> i64 {
        self.len_i128() as i64
    }
    pub fn len_i128(&self) -> i128 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        if step > 0 {
            if lo < hi {
                (hi - lo - 1) / step + 1
            } else {
                0
            }
        } else if lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

pub struct Module {
    pub name: String,
    pub dict: Value,
}

/// The state of a builtin iterator.
pub enum Iter {
    /// Over a bytes or bytearray, by index.
    Bytes {
        seq: Value,
        index: usize,
    },
    /// Over a list or tuple (or str, as code points), by index.
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Over a `BigRange`: `(next, step, remaining)`.
    BigRange(Box<(BigInt, BigInt, BigInt)>),
    Str {
        s: Value,
        byte: usize,
    },
    /// Over a dict: its keys, values or items, by entry index.
    Dict {
        dict: Value,
        index: usize,
        kind: DictViewKind,
        len_at_start: usize,
    },
    Enumerate {
        iter: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        /// `zip(..., strict=True)`: unequal lengths are an error.
        strict: bool,
    },
    Reversed {
        seq: Value,
        index: isize,
    },
    /// Over an object with `__getitem__` only: indexes 0, 1, ... until
    /// IndexError.
    GetItem {
        obj: Value,
        index: usize,
    },
    /// `map(func, *iterables)`.
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    /// `filter(func, iterable)`; func None keeps the true items.
    Filter {
        func: Value,
        iter: Value,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// Over a set, by table slot.
    Set {
        set: Value,
        index: usize,
        len_at_start: usize,
    },
    /// `iter(callable, sentinel)` and similar: exhausted marker.
    Done,
}

thread_local! {
    /// Objects allocated and not yet freed on this thread. Each interpreter
    /// runs on one thread, so this is that interpreter's heap size in
    /// objects (read through `Vm::live_objects`).
    static LIVE: Cell<isize> = const { Cell::new(0) };
}

/// The number of live heap objects on this thread.
pub fn live_objects() -> isize {
    LIVE.with(|c| c.get())
}

impl Obj {
    #[inline(always)]
    pub fn incref(&self) {
        self.rc.set(self.rc.get() + 1);
    }
    pub fn refcount(&self) -> usize {
        self.rc.get()
    }

    /// Releases one reference; frees the object when none remain.
    ///
    /// # Safety
    /// `p` must be live and the caller must own the reference it releases.
    #[inline(always)]
    pub unsafe fn decref(p: *mut Obj) {
        let rc = (*p).rc.get() - 1;
        (*p).rc.set(rc);
        if rc == 0 {
            Obj::dealloc(p);
        }
    }

    #[inline(never)]
    unsafe fn dealloc(p: *mut Obj) {
        // An instance whose class defines `__del__` is finalized first:
        // resurrected with one reference, queued, and freed when that
        // reference goes (its `finalized` flag keeps it from coming back).
        if let ObjData::Instance(inst) = &(*p).data {
            if !inst.finalized.get() && inst.class.as_type().is_some_and(|t| t.has_del.get()) {
                inst.finalized.set(true);
                (*p).rc.set(1);
                crate::gc::defer_finalizer(Value::from_owned_ptr(p));
                return;
            }
        }
        // A generator suspended in a try/with is closed first, the same way.
        if let ObjData::Generator(g) = &(*p).data {
            if g.needs_close() {
                (*p).rc.set(1);
                crate::gc::defer_finalizer(Value::from_owned_ptr(p));
                return;
            }
        }
        crate::object::weakref::target_dying(p);
        crate::gc::untrack(p);
        LIVE.with(|c| c.set(c.get() - 1));
        // Dropping the Box drops the payload, which releases what it owns.
        // Deep structures (long linked lists of tuples) recurse here; the
        // cycle collector's clear phase does the same.
        drop(Box::from_raw(p));
    }

    pub fn kind_name(&self) -> &'static str {
        data_kind_name(&self.data)
    }

    /// Calls `f` on every `Value` this object holds a reference to (the
    /// cycle collector's traverse).
    pub fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        match &self.data {
            ObjData::List(l) => l.borrow().iter().for_each(f),
            ObjData::Tuple(t) => t.iter().for_each(f),
            ObjData::Dict(d) => d.borrow().traverse(f),
            ObjData::Slice(s) => s.iter().for_each(f),
            ObjData::Function(func) => func.traverse(f),
            ObjData::Builtin(b) => f(&b.self_),
            ObjData::Module(m) => f(&m.dict),
            ObjData::Type(t) => t.traverse(f),
            ObjData::Exception(e) => e.traverse(f),
            ObjData::Iter(it) => match &*it.borrow() {
                Iter::Seq { seq, .. } | Iter::Reversed { seq, .. } => f(seq),
                Iter::Str { s, .. } => f(s),
                Iter::GetItem { obj, .. } => f(obj),
                Iter::Bytes { seq, .. } => f(seq),
                Iter::Set { set, .. } => f(set),
                Iter::Callable { func, sentinel } => {
                    f(func);
                    f(sentinel)
                }
                Iter::Map { func, iters } => {
                    f(func);
                    iters.iter().for_each(f)
                }
                Iter::Filter { func, iter } => {
                    f(func);
                    f(iter)
                }
                Iter::Dict { dict, .. } => f(dict),
                Iter::Enumerate { iter, count } => {
                    f(iter);
                    f(count)
                }
                Iter::Zip { iters, .. } => iters.iter().for_each(f),
                Iter::Range { .. } | Iter::BigRange(_) | Iter::Done => {}
            },
            ObjData::DictView(_, d) => f(d),
            ObjData::Cell(c) => f(&c.borrow()),
            ObjData::Method(func, self_) | ObjData::Super(func, self_) => {
                f(func);
                f(self_)
            }
            ObjData::Instance(i) => i.traverse(f),
            ObjData::Property(p) => p.iter().for_each(f),
            ObjData::Generator(g) => g.traverse(f),
            ObjData::Set(s) => s.borrow().traverse(f),
            ObjData::Traceback(e, _) => f(e),
            ObjData::AsyncGenWrapped(v) => f(v),
            ObjData::GenericAlias(o, a) => {
                f(o);
                f(a)
            }
            ObjData::Union(a) => f(a),
            ObjData::AsyncGenASend(g, v, _) => {
                f(g);
                f(&v.borrow())
            }
            ObjData::StaticMethod(x) | ObjData::ClassMethod(x) => f(x),
            ObjData::WeakRef(w) => f(&w.callback.borrow()),
            ObjData::SlotMember(_, n, c) => {
                f(n);
                f(c)
            }
            ObjData::Int(_)
            | ObjData::BigInt(_)
            | ObjData::Str(_)
            | ObjData::Bytes(_)
            | ObjData::ByteArray(_)
            | ObjData::MemoryView(_)
            | ObjData::Complex(..)
            | ObjData::File(_)
            | ObjData::Range(_)
            | ObjData::BigRange(_)
            | ObjData::Code(_) => {}
        }
    }

    /// Drops every reference this object holds (the collector's clear, which
    /// breaks cycles). The object stays valid, but empty.
    pub fn clear(&self) {
        match &self.data {
            ObjData::List(l) => {
                let items = std::mem::take(&mut *l.borrow_mut());
                drop(items);
            }
            ObjData::Dict(d) => {
                let old = std::mem::take(&mut *d.borrow_mut());
                d.borrow_mut().version = old.version + 1;
                drop(old);
            }
            ObjData::Function(func) => func.clear(),
            ObjData::Cell(c) => {
                let old = std::mem::replace(&mut *c.borrow_mut(), Value::NULL);
                drop(old);
            }
            ObjData::Generator(g) => g.clear(),
            ObjData::Set(s) => {
                let frozen = s.borrow().frozen;
                let old = std::mem::replace(&mut *s.borrow_mut(), set::SetData::new(frozen));
                drop(old);
            }
            ObjData::Instance(i) => i.clear(),
            ObjData::Type(t) => t.clear(),
            ObjData::WeakRef(w) => {
                let old = std::mem::replace(&mut *w.callback.borrow_mut(), Value::NULL);
                drop(old);
            }
            ObjData::Exception(e) => e.clear(),
            ObjData::Iter(it) => {
                let old = std::mem::replace(&mut *it.borrow_mut(), Iter::Done);
                drop(old);
            }
            ObjData::Module(m) => {
                if let Some(ObjData::Dict(d)) = m.dict.obj().map(|o| &o.data) {
                    let old = std::mem::take(&mut *d.borrow_mut());
                    // Versions only grow (the global cache relies on it).
                    d.borrow_mut().version = old.version + 1;
                    drop(old);
                }
            }
            // Tuples, slices, views and builtins are immutable; clearing their
            // mutable neighbours in the cycle is enough to free them.
            _ => {}
        }
    }

    /// True for kinds that can be part of a reference cycle.
    pub fn is_container(data: &ObjData) -> bool {
        !matches!(
            data,
            ObjData::Int(_)
                | ObjData::BigInt(_)
                | ObjData::Str(_)
                | ObjData::Bytes(_)
                | ObjData::ByteArray(_)
                | ObjData::MemoryView(_)
                | ObjData::Complex(..)
                | ObjData::File(_)
                | ObjData::Range(_)
                | ObjData::BigRange(_)
                | ObjData::Code(_)
        )
    }
}

/// The name of a payload's kind (its type's name for builtin kinds).
pub fn data_kind_name(data: &ObjData) -> &'static str {
    match data {
        ObjData::Int(_) | ObjData::BigInt(_) => "int",
        ObjData::Str(_) => "str",
        ObjData::Bytes(_) => "bytes",
        ObjData::Complex(..) => "complex",
        ObjData::File(_) => "file",
        ObjData::GenericAlias(..) => "GenericAlias",
        ObjData::Union(_) => "UnionType",
        ObjData::ByteArray(_) => "bytearray",
        ObjData::MemoryView(_) => "memoryview",
        ObjData::WeakRef(_) => "weakref.ReferenceType",
        ObjData::List(_) => "list",
        ObjData::Tuple(_) => "tuple",
        ObjData::Dict(_) => "dict",
        ObjData::Range(_) | ObjData::BigRange(_) => "range",
        ObjData::Slice(_) => "slice",
        ObjData::Function(_) => "function",
        ObjData::Builtin(_) => "builtin_function_or_method",
        ObjData::Code(_) => "code",
        ObjData::Module(_) => "module",
        ObjData::Type(_) => "type",
        ObjData::Exception(_) => "exception",
        ObjData::Iter(_) => "iterator",
        ObjData::DictView(..) => "dict_view",
        ObjData::Cell(_) => "cell",
        ObjData::Method(..) => "method",
        ObjData::Instance(_) => "object",
        ObjData::Property(_) => "property",
        ObjData::StaticMethod(_) => "staticmethod",
        ObjData::ClassMethod(_) => "classmethod",
        ObjData::Super(..) => "super",
        ObjData::SlotMember(..) => "member_descriptor",
        ObjData::Generator(_) => "generator",
        ObjData::Set(_) => "set",
        ObjData::Traceback(..) => "traceback",
        ObjData::AsyncGenWrapped(_) => "async_generator_wrapped_value",
        ObjData::AsyncGenASend(..) => "async_generator_asend",
    }
}

/// Allocates an object with one reference, owned by the returned `Value`.
pub fn alloc(data: ObjData) -> Value {
    if crate::stats::ENABLED {
        crate::stats::alloc(data_kind_name(&data));
    }
    let track = Obj::is_container(&data);
    let b = Box::new(Obj {
        rc: Cell::new(1),
        gc: GcLink::new(),
        data,
    });
    let p = Box::into_raw(b);
    LIVE.with(|c| c.set(c.get() + 1));
    if track {
        // SAFETY: p is live and not yet tracked.
        unsafe { crate::gc::track(p) };
    }
    // SAFETY: p is a fresh allocation with rc 1; user-space addresses on
    // x86-64 and AArch64 are below 2^48.
    unsafe { Value::from_owned_ptr(p) }
}

pub fn new_bigint(i: BigInt) -> Value {
    alloc(ObjData::BigInt(i))
}
pub fn new_list(items: Vec<Value>) -> Value {
    alloc(ObjData::List(RefCell::new(items)))
}
pub fn new_tuple(items: Vec<Value>) -> Value {
    alloc(ObjData::Tuple(items.into_boxed_slice()))
}
pub fn new_dict(d: Dict) -> Value {
    alloc(ObjData::Dict(Box::new(RefCell::new(d))))
}
pub fn new_cell(v: Value) -> Value {
    alloc(ObjData::Cell(RefCell::new(v)))
}
pub fn new_method(func: Value, self_: Value) -> Value {
    alloc(ObjData::Method(func, self_))
}
pub fn new_iter(it: Iter) -> Value {
    alloc(ObjData::Iter(Box::new(RefCell::new(it))))
}

// Accessors: the payload of a value if it is of that kind.
impl Value {
    #[inline]
    pub fn data(&self) -> Option<&ObjData> {
        self.obj().map(|o| &o.data)
    }
    /// Whether this is a str (not an instance of a subclass).
    #[inline(always)]
    pub fn is_exact_str(&self) -> bool {
        matches!(self.data(), Some(ObjData::Str(_)))
    }
    #[inline]
    pub fn as_str(&self) -> Option<&PyStr> {
        match self.data() {
            Some(ObjData::Str(s)) => Some(s),
            _ => None,
        }
    }
    #[inline]
    pub fn as_list(&self) -> Option<&RefCell<Vec<Value>>> {
        match self.data() {
            Some(ObjData::List(l)) => Some(l),
            _ => None,
        }
    }
    #[inline]
    pub fn as_tuple(&self) -> Option<&[Value]> {
        match self.data() {
            Some(ObjData::Tuple(t)) => Some(t),
            _ => None,
        }
    }
    #[inline]
    pub fn as_dict(&self) -> Option<&RefCell<Dict>> {
        match self.data() {
            Some(ObjData::Dict(d)) => Some(d),
            _ => None,
        }
    }
    #[inline]
    pub fn as_bigint(&self) -> Option<&BigInt> {
        match self.data() {
            Some(ObjData::BigInt(b)) => Some(b),
            _ => None,
        }
    }
    /// True for exact ints in any representation: inline, an i64 object or
    /// a big int. Not bools (immediates of their own) nor instances of int
    /// subclasses.
    #[inline]
    pub fn is_int(&self) -> bool {
        self.is_small_int()
            || matches!(
                self.data(),
                Some(ObjData::Int(_)) | Some(ObjData::BigInt(_))
            )
    }
    #[inline]
    pub fn as_instance(&self) -> Option<&Instance> {
        match self.data() {
            Some(ObjData::Instance(i)) => Some(i),
            _ => None,
        }
    }
    #[inline]
    pub fn as_cell(&self) -> Option<&RefCell<Value>> {
        match self.data() {
            Some(ObjData::Cell(c)) => Some(c),
            _ => None,
        }
    }
    #[inline]
    pub fn as_type(&self) -> Option<&types::TypeObj> {
        match self.data() {
            Some(ObjData::Type(t)) => Some(t),
            _ => None,
        }
    }
    #[inline]
    pub fn as_exception(&self) -> Option<&ExcData> {
        match self.data() {
            Some(ObjData::Exception(e)) => Some(e),
            _ => None,
        }
    }
}

#[cfg(test)]
mod layout_tests {
    /// Every object pays for the largest variant: keep small objects small
    /// (header 24 bytes + 40 bytes of data, one 64-byte allocation).
    #[test]
    fn objects_are_64_bytes() {
        assert_eq!(std::mem::size_of::<super::ObjData>(), 40);
        assert_eq!(std::mem::size_of::<super::Obj>(), 64);
    }
}
