//! Exception instances: class, args, traceback, cause and context.

use crate::value::Value;
use std::cell::{Cell, RefCell};

/// One traceback entry: the code object and the instruction offset (in
/// code units) where the exception passed through that frame.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Value,
    pub offset: u32,
}

pub struct ExcData {
    pub class: Value,
    pub args: RefCell<Value>,
    /// Innermost frame last.
    pub traceback: RefCell<Vec<TbEntry>>,
    pub cause: RefCell<Value>,
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
    /// The exit code for SystemExit, the name for NameError etc. could go
    /// in attributes later; `value` holds StopIteration's value.
    pub value: RefCell<Value>,
    /// `__dict__`: attributes set on the instance (NULL until one is).
    pub dict: RefCell<Value>,
    /// The traceback object last handed out, and the traceback length it
    /// was made for (so `e.__traceback__ is e.__traceback__`).
    pub tb_object: RefCell<(usize, Value)>,
}

impl ExcData {
    /// `exc.__traceback__` for exception `this` (whose data this is): None
    /// when it has no entries, else a traceback object, the same one while
    /// the traceback has not grown.
    pub fn traceback_object(&self, this: &Value) -> Value {
        let n = self.traceback.borrow().len();
        if n == 0 {
            return Value::NONE;
        }
        {
            let c = self.tb_object.borrow();
            if c.0 == n && !c.1.is_null() {
                return c.1.clone();
            }
        }
        // The outermost entry (the frame the exception reached last).
        let tb = crate::object::alloc(crate::object::ObjData::Traceback(this.clone(), n - 1));
        *self.tb_object.borrow_mut() = (n, tb.clone());
        tb
    }

    pub fn new(class: Value, args: Value) -> ExcData {
        ExcData {
            class,
            args: RefCell::new(args),
            traceback: RefCell::new(Vec::new()),
            cause: RefCell::new(Value::NONE),
            context: RefCell::new(Value::NONE),
            suppress_context: Cell::new(false),
            value: RefCell::new(Value::NONE),
            dict: RefCell::new(Value::NULL),
            tb_object: RefCell::new((0, Value::NULL)),
        }
    }
    pub fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.class);
        f(&self.args.borrow());
        for e in self.traceback.borrow().iter() {
            f(&e.code);
        }
        f(&self.cause.borrow());
        f(&self.context.borrow());
        f(&self.value.borrow());
        f(&self.dict.borrow());
        f(&self.tb_object.borrow().1);
    }
    pub fn clear(&self) {
        let a = std::mem::replace(&mut *self.args.borrow_mut(), Value::NONE);
        let c = std::mem::replace(&mut *self.cause.borrow_mut(), Value::NONE);
        let x = std::mem::replace(&mut *self.context.borrow_mut(), Value::NONE);
        let v = std::mem::replace(&mut *self.value.borrow_mut(), Value::NONE);
        let t = std::mem::take(&mut *self.traceback.borrow_mut());
        let d = std::mem::replace(&mut *self.dict.borrow_mut(), Value::NULL);
        let tb = std::mem::replace(&mut *self.tb_object.borrow_mut(), (0, Value::NULL));
        drop((a, c, x, v, t, d, tb));
    }
}
