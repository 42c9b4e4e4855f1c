//! The `Vm` methods that instruction bodies in bytecodes.def call: name
//! lookup, building containers, unpacking, functions, raising, imports.

use super::frame::Frame;
use super::{ops, PyErr, PyResult, Vm};
use crate::interp::function::Function;
use crate::object::{self, new_tuple, Dict, ObjData};
use crate::value::Value;
use std::cell::RefCell;

fn name_str(name: &Value) -> &str {
    name.as_str().map_or("?", |s| s.as_str())
}

fn dict_lookup(dict: &Value, name: &Value) -> Option<Value> {
    let h = name.as_str()?.hash();
    dict.as_dict()?.borrow().get(name, h).cloned()
}

impl Vm {
    pub fn unbound_local(&self, frame: &Frame, i: u32) -> PyErr {
        let name = frame.code().varnames[i as usize]
            .as_str()
            .map_or("?", |s| s.as_str())
            .to_string();
        self.error(
            &self.exc.unbound_local_error,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    pub fn load_global(&mut self, frame: &Frame, name: &Value) -> PyResult<Value> {
        if let Some(v) = dict_lookup(&frame.globals, name) {
            return Ok(v);
        }
        if let Some(v) = dict_lookup(&frame.builtins, name) {
            return Ok(v);
        }
        Err(self.frame_name_error(frame, name))
    }
    /// A NameError for `name` raised in `frame`. Like CPython's, it keeps the
    /// name and where to look for a "Did you mean" suggestion when it is
    /// printed (the code's local names come from the traceback): the value
    /// slot holds `(name, globals, builtins)`.
    pub fn frame_name_error(&self, frame: &Frame, name: &Value) -> PyErr {
        let err = self.name_error(name_str(name));
        if let Some(e) = err.0.as_exception() {
            *e.value.borrow_mut() = new_tuple(vec![
                name.clone(),
                frame.globals.clone(),
                frame.builtins.clone(),
            ]);
        }
        err
    }
    pub fn store_global(&mut self, frame: &Frame, name: &Value, value: Value) -> PyResult<()> {
        let h = ops::hash(self, name)?;
        let old = frame
            .globals
            .as_dict()
            .expect("globals dict")
            .borrow_mut()
            .insert(name.clone(), h, value);
        drop(old);
        Ok(())
    }
    pub fn delete_global(&mut self, frame: &Frame, name: &Value) -> PyResult<()> {
        let h = ops::hash(self, name)?;
        let old = frame
            .globals
            .as_dict()
            .expect("globals dict")
            .borrow_mut()
            .remove(name, h);
        match old {
            Some(_) => Ok(()),
            None => Err(self.frame_name_error(frame, name)),
        }
    }
    pub fn load_name(&mut self, frame: &Frame, name: &Value) -> PyResult<Value> {
        if !frame.locals.is_null() {
            if let Some(v) = dict_lookup(&frame.locals, name) {
                return Ok(v);
            }
        }
        self.load_global(frame, name)
    }
    pub fn store_name(&mut self, frame: &Frame, name: &Value, value: Value) -> PyResult<()> {
        let h = ops::hash(self, name)?;
        let target = if frame.locals.is_null() {
            &frame.globals
        } else {
            &frame.locals
        };
        let old =
            target
                .as_dict()
                .expect("locals dict")
                .borrow_mut()
                .insert(name.clone(), h, value);
        drop(old);
        Ok(())
    }
    pub fn delete_name(&mut self, frame: &Frame, name: &Value) -> PyResult<()> {
        let h = ops::hash(self, name)?;
        let target = if frame.locals.is_null() {
            &frame.globals
        } else {
            &frame.locals
        };
        let old = target
            .as_dict()
            .expect("locals dict")
            .borrow_mut()
            .remove(name, h);
        match old {
            Some(_) => Ok(()),
            None => Err(self.frame_name_error(frame, name)),
        }
    }

    pub fn build_tuple(&mut self, values: &mut [Value]) -> Value {
        new_tuple(values.iter_mut().map(std::mem::take).collect())
    }
    pub fn build_list(&mut self, values: &mut [Value]) -> Value {
        object::new_list(values.iter_mut().map(std::mem::take).collect())
    }
    pub fn build_map(&mut self, values: &mut [Value]) -> PyResult<Value> {
        let mut d = Dict::new();
        for pair in values.chunks_mut(2) {
            let k = std::mem::take(&mut pair[0]);
            let v = std::mem::take(&mut pair[1]);
            let h = ops::hash(self, &k)?;
            d.insert(k, h, v);
        }
        Ok(object::new_dict(d))
    }
    pub fn build_slice(&mut self, args: &mut [Value]) -> Value {
        let step = if args.len() == 3 {
            std::mem::take(&mut args[2])
        } else {
            Value::NONE
        };
        object::alloc(ObjData::Slice(Box::new([
            std::mem::take(&mut args[0]),
            std::mem::take(&mut args[1]),
            step,
        ])))
    }

    /// Unpacks `seq` into `out`, first item on top (`out` is bottom to top).
    pub fn unpack_sequence(&mut self, seq: &Value, out: &mut [Value]) -> PyResult<()> {
        let n = out.len();
        let items = match seq.data() {
            Some(ObjData::Tuple(t)) => t.to_vec(),
            Some(ObjData::List(l)) => l.borrow().clone(),
            _ => {
                let it = ops::get_iter(self, seq).map_err(|_| {
                    self.type_error(format!(
                        "cannot unpack non-iterable {} object",
                        self.type_name(seq)
                    ))
                })?;
                let mut items = Vec::new();
                while let Some(x) = ops::iter_next(self, &it)? {
                    items.push(x);
                    if items.len() > n {
                        break;
                    }
                }
                items
            }
        };
        if items.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        if items.len() > n {
            let msg = match seq.data() {
                Some(ObjData::Tuple(_)) | Some(ObjData::List(_)) => format!(
                    "too many values to unpack (expected {n}, got {})",
                    items.len()
                ),
                _ => format!("too many values to unpack (expected {n})"),
            };
            return Err(self.value_error(msg));
        }
        for (i, x) in items.into_iter().enumerate() {
            out[n - 1 - i] = x;
        }
        Ok(())
    }

    pub fn make_function(
        &mut self,
        frame: &Frame,
        code: Value,
        defaults: Option<Value>,
        kwdefaults: Option<Value>,
    ) -> Value {
        let (name, qualname) = match code.data() {
            Some(ObjData::Code(c)) => (
                object::str::new_str(c.name.as_str()),
                object::str::new_str(c.qualname.as_str()),
            ),
            _ => unreachable!("MAKE_FUNCTION takes a code object"),
        };
        object::alloc(ObjData::Function(Box::new(Function {
            code,
            globals: frame.globals.clone(),
            builtins: frame.builtins.clone(),
            name,
            qualname,
            defaults: RefCell::new(defaults.unwrap_or(Value::NULL)),
            kwdefaults: RefCell::new(kwdefaults.unwrap_or(Value::NULL)),
        })))
    }

    /// `raise`, `raise exc`, `raise exc from cause`.
    pub fn raise_varargs(&mut self, args: &mut [Value]) -> PyErr {
        if args.is_empty() {
            if self.exc_info.as_exception().is_some() {
                self.reraising = true;
                return PyErr(self.exc_info.clone());
            }
            return self.runtime_error("No active exception to reraise");
        }
        let exc = match self.exception_from(std::mem::take(&mut args[0])) {
            Ok(e) => e,
            Err(e) => return e,
        };
        if args.len() == 2 {
            let cause = std::mem::take(&mut args[1]);
            let cause = if cause.is_none() {
                Value::NONE
            } else {
                match self.exception_from(cause) {
                    Ok(c) => c,
                    Err(_) => {
                        return self.type_error("exception causes must derive from BaseException")
                    }
                }
            };
            if let Some(e) = exc.as_exception() {
                *e.cause.borrow_mut() = cause;
                e.suppress_context.set(true);
            }
        }
        PyErr(exc)
    }

    /// An exception instance from `raise X` (an instance, or a class to call).
    fn exception_from(&mut self, v: Value) -> Result<Value, PyErr> {
        if v.as_exception().is_some() {
            return Ok(v);
        }
        let base = self.exc.base_exception.clone();
        if v.as_type().is_some() && object::types::is_subtype(&v, &base) {
            return self.call(&v, &[], None);
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    pub fn import_name(
        &mut self,
        name: &Value,
        _level: &Value,
        _fromlist: &Value,
    ) -> PyResult<Value> {
        crate::modules::import(self, name_str(name))
    }

    pub fn import_from(&mut self, module: &Value, name: &Value) -> PyResult<Value> {
        match ops::getattr(self, module, name) {
            Ok(v) => Ok(v),
            Err(_) => {
                let mname = match module.data() {
                    Some(ObjData::Module(m)) => m.name.clone(),
                    _ => "?".into(),
                };
                Err(self.error(
                    &self.exc.import_error.clone(),
                    format!(
                        "cannot import name '{}' from '{mname}' (unknown location)",
                        name_str(name)
                    ),
                ))
            }
        }
    }
}
