//! Python function objects.

use crate::value::Value;
use std::cell::RefCell;

pub struct Function {
    pub code: Value,
    pub globals: Value,
    pub builtins: Value,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// Tuple of cells for the code's free variables, or NULL.
    pub closure: Value,
    pub doc: RefCell<Value>,
    /// `__dict__`: a dict once an attribute is set, else NULL.
    pub dict: RefCell<Value>,
    /// `__annotations__` (NULL until asked for, when there are none).
    pub annotations: RefCell<Value>,
    /// Tuple of positional defaults, or NULL.
    pub defaults: RefCell<Value>,
    /// Dict of keyword-only defaults, or NULL.
    pub kwdefaults: RefCell<Value>,
    /// `__module__` once assigned (NULL: the globals' `__name__`).
    pub module: RefCell<Value>,
}

impl Function {
    pub fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.code);
        f(&self.globals);
        f(&self.builtins);
        f(&self.defaults.borrow());
        f(&self.kwdefaults.borrow());
        f(&self.closure);
        f(&self.doc.borrow());
        f(&self.dict.borrow());
        f(&self.annotations.borrow());
        f(&self.module.borrow());
    }
    pub fn clear(&self) {
        let d = std::mem::replace(&mut *self.defaults.borrow_mut(), Value::NULL);
        let k = std::mem::replace(&mut *self.kwdefaults.borrow_mut(), Value::NULL);
        let x = std::mem::replace(&mut *self.dict.borrow_mut(), Value::NULL);
        let a = std::mem::replace(&mut *self.annotations.borrow_mut(), Value::NULL);
        let m = std::mem::replace(&mut *self.module.borrow_mut(), Value::NULL);
        drop((a, m));
        let doc = std::mem::replace(&mut *self.doc.borrow_mut(), Value::NONE);
        drop((d, k, x, doc));
    }
    pub fn code(&self) -> &crate::compile::code::Code {
        match self.code.data() {
            Some(crate::object::ObjData::Code(c)) => c,
            _ => unreachable!("a function's code is a code object"),
        }
    }
}
