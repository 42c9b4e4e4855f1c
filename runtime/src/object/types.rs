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
