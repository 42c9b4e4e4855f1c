//! Python function objects.

use crate::value::Value;
use std::cell::RefCell;

pub struct Function {
    pub code: Value,
    pub globals: Value,
    pub builtins: Value,
    pub name: Value,
    pub qualname: Value,
    /// Tuple of positional defaults, or NULL.
    pub defaults: RefCell<Value>,
    /// Dict of keyword-only defaults, or NULL.
    pub kwdefaults: RefCell<Value>,
}

impl Function {
    pub fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.code);
        f(&self.globals);
        f(&self.builtins);
        f(&self.defaults.borrow());
        f(&self.kwdefaults.borrow());
    }
    pub fn clear(&self) {
        let d = std::mem::replace(&mut *self.defaults.borrow_mut(), Value::NULL);
        let k = std::mem::replace(&mut *self.kwdefaults.borrow_mut(), Value::NULL);
        drop((d, k));
    }
    pub fn code(&self) -> &crate::compile::code::Code {
        match self.code.data() {
            Some(crate::object::ObjData::Code(c)) => c,
            _ => unreachable!("a function's code is a code object"),
        }
    }
}
