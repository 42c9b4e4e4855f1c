//! Python function objects.

use crate::value::Value;
use std::cell::RefCell;

pub struct Function {
    /// The code object; never replaced (a function's `__code__` is read-only here).
    pub code: Value,
    /// `code`'s `Code`, kept alive by `code` (see [`Function::code`]).
    code_ptr: *const crate::compile::code::Code,
    /// How many positional arguments bind the parameters exactly
    /// (`Code::exact_argcount`), or `usize::MAX` when a call needs argument
    /// parsing: CALL_PY_EXACT_ARGS's guard is one comparison.
    pub exact_nargs: usize,
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
    /// A function of code object `code`, with every other field given.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        code: Value,
        globals: Value,
        builtins: Value,
        name: Value,
        qualname: Value,
        closure: Value,
        doc: Value,
        annotations: Value,
        defaults: Value,
        kwdefaults: Value,
    ) -> Function {
        let code_ptr: *const crate::compile::code::Code = match code.data() {
            Some(crate::object::ObjData::Code(c)) => &**c,
            _ => panic!("a function's code is a code object"),
        };
        // SAFETY: `code` is alive (we hold it).
        let exact_nargs = unsafe { (*code_ptr).exact_argcount() }.unwrap_or(usize::MAX);
        Function {
            code,
            code_ptr,
            exact_nargs,
            globals,
            builtins,
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            closure,
            doc: RefCell::new(doc),
            dict: RefCell::new(Value::NULL),
            annotations: RefCell::new(annotations),
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            module: RefCell::new(Value::NULL),
        }
    }
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
    #[inline(always)]
    pub fn code(&self) -> &crate::compile::code::Code {
        // SAFETY: `code_ptr` points into `self.code`'s object, which this
        // function owns and never replaces (`clear` leaves it).
        unsafe { &*self.code_ptr }
    }
}
