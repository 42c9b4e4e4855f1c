//! Type objects: the builtin types and the exception hierarchy. (User
//! classes come with the language issue; the layout is ready for them.)

use crate::value::Value;
use std::cell::RefCell;

/// Which builtin type this is; drives `isinstance` shortcuts and the
/// constructor called for `T(...)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeKind {
    Object,
    Type,
    Int,
    Bool,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Range,
    Slice,
    NoneType,
    Ellipsis,
    NotImplementedType,
    Function,
    Builtin,
    Module,
    Code,
    Iterator,
    DictKeys,
    DictValues,
    DictItems,
    Cell,
    Method,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    Member,
    Generator,
    Set,
    FrozenSet,
    Traceback,
    Bytes,
    ByteArray,
    MemoryView,
    WeakRef,
    Complex,
    File,
    GenericAlias,
    /// BaseException and every exception class.
    Exception,
}

pub struct TypeData {
    pub name: String,
    /// Which builtin layout instances have: for a user class, that of its
    /// builtin base (`Object` for plain instances, `Exception`).
    pub kind: TypeKind,
    /// The base class (NULL for `object`); for a user class, its first base.
    pub base: Value,
    /// Method resolution order, this type first.
    pub mro: RefCell<Vec<Value>>,
    /// Attributes and methods (a dict).
    pub dict: Value,
    /// Made by a class statement or `type(name, bases, ns)`.
    pub heap: bool,
    /// `__bases__` (a tuple; NULL for builtin types until asked).
    pub bases: RefCell<Value>,
    /// The metaclass (NULL means `type`).
    pub metatype: Value,
    /// Instances have a `__dict__` (false when `__slots__` rule it out).
    pub has_dict: bool,
    /// Slots per instance (this class's `__slots__` and its bases').
    pub nslots: usize,
    /// The class or a base defines `__del__` (instances are finalized).
    pub has_del: std::cell::Cell<bool>,
    /// The attribute names its instances share (`object::instance`): only
    /// ever appended to.
    pub keys: RefCell<crate::object::instance::SharedKeys>,
}

/// A type object's payload: its [`TypeData`] (boxed) and, inline where
/// the specialized instructions' guards read it with one load from the
/// class object, its version tag.
pub struct TypeObj {
    /// The type version tag (see [`next_version`]): specialized
    /// instructions cache it and compare it to know that neither this class
    /// nor a base has changed since. 0: none (never cached).
    pub version: std::cell::Cell<u32>,
    /// What [`TypeObj::hooks`] found, and the version it found it at.
    hooks: std::cell::Cell<(u32, u8)>,
    data: Box<TypeData>,
}

impl std::ops::Deref for TypeObj {
    type Target = TypeData;
    #[inline(always)]
    fn deref(&self) -> &TypeData {
        &self.data
    }
}

impl TypeObj {
    pub fn new(data: TypeData) -> TypeObj {
        TypeObj {
            version: std::cell::Cell::new(next_version()),
            hooks: std::cell::Cell::new((0, 0)),
            data: Box::new(data),
        }
    }

    /// The attribute hooks (`hooks::*`) the class defines in Python,
    /// remembered per version: `find` computes them when the class has
    /// changed since the last call.
    #[inline]
    pub fn hooks(&self, find: impl FnOnce() -> u8) -> u8 {
        let (v, h) = self.hooks.get();
        let now = self.version.get();
        if v == now && now != 0 {
            return h;
        }
        let h = find();
        self.hooks.set((now, h));
        h
    }

    pub fn clear(&self) {
        modified(self);
        self.data.clear();
    }
}

/// Which attribute hooks a class (with its bases) defines in Python.
pub mod hooks {
    pub const GETATTRIBUTE: u8 = 1;
    pub const GETATTR: u8 = 2;
    pub const SETATTR: u8 = 4;
}

thread_local! {
    static NEXT_VERSION: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
    /// Every live class made in Python (what `modified` searches for
    /// subclasses); a class removes itself when it is freed.
    static HEAP_TYPES: RefCell<Vec<*const TypeObj>> = const { RefCell::new(Vec::new()) };
}

/// A fresh type version tag. Tags are never reused, so a tag names one
/// type in one state: a cache holding it needs no type pointer. When the
/// 32-bit tags run out, types get 0 and are no longer specialized.
pub fn next_version() -> u32 {
    NEXT_VERSION.with(|n| {
        let v = n.get();
        if v == u32::MAX {
            return 0;
        }
        n.set(v + 1);
        v
    })
}

/// Records a class made in Python, so that a change to one of its bases
/// re-versions it.
///
/// # Safety
/// `t` must stay at its address until it is dropped (it is inside its
/// object, which never moves); its `Drop` removes it.
pub unsafe fn register_heap_type(t: &TypeObj) {
    HEAP_TYPES.with(|h| h.borrow_mut().push(t));
}

/// A class dict changed (or the class is being cleared): the class and
/// every class that has it in its MRO get new version tags, so that no
/// specialized instruction uses what it cached about them.
pub fn modified(t: &TypeObj) {
    t.version.set(next_version());
    HEAP_TYPES.with(|h| {
        for &p in h.borrow().iter() {
            // SAFETY: registered types are alive (they unregister when
            // dropped).
            let s = unsafe { &*p };
            if std::ptr::eq(s, t) {
                continue;
            }
            let derived = match s.mro.try_borrow() {
                Ok(mro) => mro
                    .iter()
                    .any(|c| c.as_type().is_some_and(|ct| std::ptr::eq(ct, t))),
                // A class being made right now: versioned when done.
                Err(_) => false,
            };
            if derived {
                s.version.set(next_version());
            }
        }
    });
}

impl Drop for TypeObj {
    fn drop(&mut self) {
        if self.heap {
            let me: *const TypeObj = self;
            // At thread exit the registry may be gone already.
            let _ = HEAP_TYPES.try_with(|h| {
                let mut h = h.borrow_mut();
                if let Some(i) = h.iter().rposition(|&p| p == me) {
                    h.swap_remove(i);
                }
            });
        }
    }
}

impl TypeData {
    /// A builtin type.
    pub fn builtin(name: &str, kind: TypeKind, base: Value) -> TypeData {
        TypeData {
            name: name.to_string(),
            kind,
            base,
            mro: RefCell::new(Vec::new()),
            dict: crate::object::new_dict(crate::object::Dict::new()),
            heap: false,
            bases: RefCell::new(Value::NULL),
            metatype: Value::NULL,
            has_dict: false,
            nslots: 0,
            has_del: std::cell::Cell::new(false),
            keys: RefCell::new(Default::default()),
        }
    }

    /// A class made in Python (`version` and the hooks memo fresh).
    #[allow(clippy::too_many_arguments)]
    pub fn heap(
        name: String,
        kind: TypeKind,
        base: Value,
        dict: Value,
        bases: Value,
        metatype: Value,
        has_dict: bool,
        nslots: usize,
    ) -> TypeData {
        TypeData {
            name,
            kind,
            base,
            mro: RefCell::new(Vec::new()),
            dict,
            heap: true,
            bases: RefCell::new(bases),
            metatype,
            has_dict,
            nslots,
            has_del: std::cell::Cell::new(false),
            keys: RefCell::new(Default::default()),
        }
    }
}

impl TypeData {
    pub fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.base);
        self.mro.borrow().iter().for_each(&mut *f);
        f(&self.dict);
        f(&self.bases.borrow());
        f(&self.metatype);
    }
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.mro.borrow_mut());
        let b = std::mem::replace(&mut *self.bases.borrow_mut(), Value::NULL);
        drop((old, b));
        if let Some(d) = self.dict.as_dict() {
            let old = std::mem::take(&mut *d.borrow_mut());
            d.borrow_mut().version = old.version + 1;
            drop(old);
        }
    }
}

/// `true` if type `t` is `base` or derives from it.
pub fn is_subtype(t: &Value, base: &Value) -> bool {
    if t.is(base) {
        return true;
    }
    match t.as_type() {
        Some(td) => td.mro.borrow().iter().any(|m| m.is(base)),
        None => false,
    }
}
