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
    /// BaseException and every exception class.
    Exception,
}

pub struct TypeData {
    pub name: String,
    pub kind: TypeKind,
    /// The base class (NULL for `object`).
    pub base: Value,
    /// Method resolution order, this type first.
    pub mro: RefCell<Vec<Value>>,
    /// Attributes and methods (a dict).
    pub dict: Value,
}

impl TypeData {
    pub fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.base);
        self.mro.borrow().iter().for_each(&mut *f);
        f(&self.dict);
    }
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.mro.borrow_mut());
        drop(old);
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
