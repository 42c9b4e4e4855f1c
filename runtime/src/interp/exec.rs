//! The `Vm` methods that instruction bodies in bytecodes.def call: name
//! lookup, building containers, unpacking, functions, raising, imports.

use super::frame::Frame;
use super::{ops, PyErr, PyResult, Vm};
use crate::interp::function::Function;
use crate::object::{self, new_tuple, Dict, ObjData};
use crate::value::Value;

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

    #[inline]
    pub fn load_global(&mut self, frame: &Frame, name: &Value) -> PyResult<Value> {
        if let Some(v) = self
            .global_cache
            .lookup(&frame.globals, &frame.builtins, name)
        {
            return Ok(v);
        }
        self.load_global_slow(frame, name)
    }
    #[inline(never)]
    fn load_global_slow(&mut self, frame: &Frame, name: &Value) -> PyResult<Value> {
        let Some(h) = name.as_str().map(|s| s.hash()) else {
            return Err(self.frame_name_error(frame, name));
        };
        for (in_builtins, d) in [(false, &frame.globals), (true, &frame.builtins)] {
            let found = d.as_dict().and_then(|dd| {
                let dd = dd.borrow();
                let i = dd.index_of(name, h)?;
                Some((i, dd.value_at(i)?.clone()))
            });
            if let Some((i, v)) = found {
                self.global_cache
                    .store(&frame.globals, &frame.builtins, name, in_builtins, i);
                return Ok(v);
            }
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
    /// `name` in the frame's locals mapping (a class body's namespace may
    /// be any mapping a metaclass's `__prepare__` returned).
    fn locals_lookup(&mut self, frame: &Frame, name: &Value) -> PyResult<Option<Value>> {
        if frame.locals.is_null() {
            return Ok(None);
        }
        if let Some(ObjData::Dict(_)) = frame.locals.data() {
            return Ok(dict_lookup(&frame.locals, name));
        }
        let locals = frame.locals.clone();
        match ops::getitem(self, &locals, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_instance_of(&e.0, &self.exc.key_error.clone()) => Ok(None),
            Err(e) => Err(e),
        }
    }
    /// Whether the frame's locals are a mapping other than a plain dict.
    fn custom_locals(frame: &Frame) -> bool {
        !frame.locals.is_null() && !matches!(frame.locals.data(), Some(ObjData::Dict(_)))
    }
    pub fn load_name(&mut self, frame: &Frame, name: &Value) -> PyResult<Value> {
        if let Some(v) = self.locals_lookup(frame, name)? {
            return Ok(v);
        }
        self.load_global(frame, name)
    }
    pub fn store_name(&mut self, frame: &Frame, name: &Value, value: Value) -> PyResult<()> {
        if Self::custom_locals(frame) {
            let locals = frame.locals.clone();
            return ops::setitem(self, &locals, name, value);
        }
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
        if Self::custom_locals(frame) {
            let locals = frame.locals.clone();
            return match ops::delitem(self, &locals, name) {
                Err(e) if self.is_instance_of(&e.0, &self.exc.key_error.clone()) => {
                    Err(self.frame_name_error(frame, name))
                }
                r => r,
            };
        }
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

    /// The items of `seq` for unpacking: all of them, or from an iterator
    /// no more than `limit` (enough to tell that there are too many).
    fn unpack_items(&mut self, seq: &Value, limit: Option<usize>) -> PyResult<Vec<Value>> {
        Ok(match seq.data() {
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
                    if limit.is_some_and(|l| items.len() >= l) {
                        break;
                    }
                }
                items
            }
        })
    }

    /// Unpacks `seq` into `out`, first item on top (`out` is bottom to top).
    pub fn unpack_sequence(&mut self, seq: &Value, out: &mut [Value]) -> PyResult<()> {
        let n = out.len();
        // A tuple or list of the right length: straight copies, no
        // intermediate vector (the common `a, b = pair` / `for i, v in`).
        let fast = match seq.data() {
            Some(ObjData::Tuple(t)) if t.len() == n => {
                for (i, x) in t.iter().enumerate() {
                    out[n - 1 - i] = x.clone();
                }
                true
            }
            Some(ObjData::List(l)) if l.borrow().len() == n => {
                for (i, x) in l.borrow().iter().enumerate() {
                    out[n - 1 - i] = x.clone();
                }
                true
            }
            _ => false,
        };
        if fast {
            return Ok(());
        }
        let items = self.unpack_items(seq, Some(n + 1))?;
        if items.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        if items.len() > n {
            return Err(self.value_error(format!("too many values to unpack (expected {n})")));
        }
        for (i, x) in items.into_iter().enumerate() {
            out[n - 1 - i] = x;
        }
        Ok(())
    }

    /// UNPACK_EX: `before` names, a starred list, then the rest.
    pub fn unpack_ex(&mut self, seq: &Value, before: usize, out: &mut [Value]) -> PyResult<()> {
        let n = out.len();
        let after = n - before - 1;
        let items = self.unpack_items(seq, None)?;
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut items = items;
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        let mut ordered = items;
        ordered.push(object::new_list(middle));
        ordered.extend(tail);
        for (i, x) in ordered.into_iter().enumerate() {
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
        annotations: Option<Value>,
        closure: Option<Value>,
    ) -> Value {
        // (name, value) pairs into the function's __annotations__ dict.
        let annotations = annotations.map(|pairs| {
            let mut d = Dict::new();
            if let Some(t) = pairs.as_tuple() {
                for kv in t.chunks(2) {
                    let h = kv[0].as_str().map_or(0, |s| s.hash());
                    d.insert(kv[0].clone(), h, kv[1].clone());
                }
            }
            object::new_dict(d)
        });
        let (name, qualname, doc) = match code.data() {
            Some(ObjData::Code(c)) => (
                self.interned.intern(c.name.as_str()),
                object::str::new_str(c.qualname.as_str()),
                c.doc.clone(),
            ),
            _ => unreachable!("MAKE_FUNCTION takes a code object"),
        };
        object::alloc(ObjData::Function(Box::new(Function::new(
            code,
            frame.globals.clone(),
            frame.builtins.clone(),
            name,
            qualname,
            closure.unwrap_or(Value::NULL),
            doc,
            annotations.unwrap_or(Value::NULL),
            defaults.unwrap_or(Value::NULL),
            kwdefaults.unwrap_or(Value::NULL),
        ))))
    }

    pub fn setup_annotations(&mut self, frame: &Frame) -> PyResult<()> {
        let ns = if frame.locals.is_null() {
            frame.globals.clone()
        } else {
            frame.locals.clone()
        };
        if Self::custom_locals(frame) {
            let key = object::str::new_str("__annotations__");
            if self.locals_lookup(frame, &key)?.is_none() {
                ops::setitem(self, &ns, &key, object::new_dict(Dict::new()))?;
            }
            return Ok(());
        }
        if self.dict_get_str(&ns, "__annotations__").is_none() {
            self.dict_set_str(&ns, "__annotations__", object::new_dict(Dict::new()));
        }
        Ok(())
    }

    // ---- cells ----

    pub fn copy_free_vars(&mut self, frame: &Frame, n: u32) {
        let Some(ObjData::Function(f)) = frame.func.data() else {
            return;
        };
        let cells = f.closure.as_tuple().unwrap_or(&[]);
        let first = frame.code().nlocalsplus - n as usize;
        for (i, c) in cells.iter().take(n as usize).enumerate() {
            drop(frame.set_local((first + i) as u32, c.clone()));
        }
    }

    /// The error for reading or deleting an empty cell in slot `i`.
    fn unbound_deref(&self, frame: &Frame, i: u32) -> PyErr {
        let code = frame.code();
        if (i as usize) >= code.nlocalsplus - code.nfree {
            let name = name_str(&code.varnames[i as usize]);
            self.error(
                &self.exc.name_error,
                format!(
                    "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                ),
            )
        } else {
            self.unbound_local(frame, i)
        }
    }
    pub fn load_deref(&mut self, frame: &Frame, i: u32) -> PyResult<Value> {
        let v = match frame.local(i).as_cell() {
            Some(c) => c.borrow().clone(),
            None => Value::NULL,
        };
        if v.is_null() {
            return Err(self.unbound_deref(frame, i));
        }
        Ok(v)
    }
    pub fn load_classderef(&mut self, frame: &Frame, i: u32) -> PyResult<Value> {
        let name = frame.code().varnames[i as usize].clone();
        if let Some(v) = self.locals_lookup(frame, &name)? {
            return Ok(v);
        }
        self.load_deref(frame, i)
    }
    pub fn store_deref(&mut self, frame: &Frame, i: u32, v: Value) {
        if let Some(c) = frame.local(i).as_cell() {
            let old = std::mem::replace(&mut *c.borrow_mut(), v);
            drop(old);
        }
    }
    pub fn delete_deref(&mut self, frame: &Frame, i: u32) -> PyResult<()> {
        let old = match frame.local(i).as_cell() {
            Some(c) => std::mem::replace(&mut *c.borrow_mut(), Value::NULL),
            None => Value::NULL,
        };
        if old.is_null() {
            return Err(self.unbound_deref(frame, i));
        }
        Ok(())
    }

    // ---- building call arguments and comprehensions ----

    pub fn list_append(&mut self, list: &mut Value, v: Value) {
        if let Some(l) = list.as_list() {
            l.borrow_mut().push(v);
        }
    }
    pub fn list_extend(&mut self, list: &mut Value, iterable: &Value) -> PyResult<()> {
        let items = match ops::iterate(self, iterable) {
            Ok(items) => items,
            Err(e)
                if self.is_instance_of(&e.0, &self.exc.type_error.clone())
                    && ops::get_iter(self, iterable).is_err() =>
            {
                return Err(self.type_error(format!(
                    "Value after * must be an iterable, not {}",
                    self.type_name(iterable)
                )))
            }
            Err(e) => return Err(e),
        };
        if let Some(l) = list.as_list() {
            l.borrow_mut().extend(items);
        }
        Ok(())
    }
    pub fn build_set(&mut self, values: &mut [Value]) -> PyResult<Value> {
        let set = crate::builtins::sets::new_set(crate::object::set::SetData::new(false));
        for v in values.iter_mut() {
            let v = std::mem::take(v);
            crate::builtins::sets::add_key(
                self,
                crate::builtins::sets::as_set(&set).expect("a set"),
                v,
            )?;
        }
        Ok(set)
    }
    pub fn set_add(&mut self, set: &mut Value, v: Value) -> PyResult<()> {
        let set = set.clone();
        if let Some(s) = crate::builtins::sets::as_set(&set) {
            crate::builtins::sets::add_key(self, s, v)?;
        }
        Ok(())
    }
    pub fn set_update(&mut self, set: &mut Value, iterable: &Value) -> PyResult<()> {
        let set = set.clone();
        crate::builtins::sets::update_set(self, &set, iterable)
    }
    /// `{**update}` into `dict`: later keys win.
    pub fn dict_update(&mut self, dict: &mut Value, update: &Value) -> PyResult<()> {
        let pairs: Vec<(Value, Value)> = match update.as_dict() {
            Some(d) => d
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            None => {
                let keys_name = self.interned.intern_static("keys");
                if ops::lookup_type_attr(self, update, &keys_name).is_none() {
                    return Err(self.type_error(format!(
                        "'{}' object is not a mapping",
                        self.type_name(update)
                    )));
                }
                let ks = ops::call_method(self, update, "keys", &[])?;
                let mut out = Vec::new();
                for k in ops::iterate(self, &ks)? {
                    let v = ops::getitem(self, update, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        let target = dict.clone();
        for (k, v) in pairs {
            ops::setitem(self, &target, &k, v)?;
        }
        Ok(())
    }
    pub fn format_value(
        &mut self,
        value: Value,
        spec: Option<Value>,
        conv: u32,
    ) -> PyResult<Value> {
        // `f"{i}"` of an inline int.
        if let (Some(i), None, 0 | 1) = (value.as_small_int(), &spec, conv) {
            return Ok(object::str::int_str(i));
        }
        let v = match conv {
            1 => crate::builtins::format::convert(self, &value, 's')?,
            2 => crate::builtins::format::convert(self, &value, 'r')?,
            3 => crate::builtins::format::convert(self, &value, 'a')?,
            _ => value,
        };
        let spec = spec
            .as_ref()
            .and_then(|s| s.as_str().map(|s| s.as_str().to_string()))
            .unwrap_or_default();
        if spec.is_empty() && v.as_str().is_some() {
            return Ok(v);
        }
        let s = crate::builtins::format::format_value(self, &v, &spec)?;
        Ok(object::str::new_str(s))
    }
    pub fn build_string(&mut self, pieces: &mut [Value]) -> Value {
        let mut out = String::new();
        for p in pieces.iter() {
            if let Some(s) = p.as_str() {
                out.push_str(s.as_str());
            }
        }
        object::str::new_str(out)
    }
    pub fn list_to_tuple(&mut self, list: &Value) -> Value {
        let items = list
            .as_list()
            .map(|l| l.borrow().clone())
            .unwrap_or_default();
        new_tuple(items)
    }
    pub fn map_add(&mut self, dict: &mut Value, key: Value, value: Value) -> PyResult<()> {
        let h = ops::hash(self, &key)?;
        if let Some(d) = dict.as_dict() {
            let old = d.borrow_mut().insert(key, h, value);
            drop(old);
        }
        Ok(())
    }
    /// `**update` in a call to `callable`: merged into `dict`, whose keys
    /// must stay unique.
    pub fn dict_merge(
        &mut self,
        callable: &Value,
        dict: &mut Value,
        update: &Value,
    ) -> PyResult<()> {
        let pairs: Vec<(Value, Value)> = match update.as_dict() {
            Some(d) => d
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            None => {
                let keys_name = self.interned.intern_static("keys");
                let keys = ops::lookup_type_attr(self, update, &keys_name);
                if keys.is_none() {
                    return Err(self.type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        self.function_str(callable),
                        self.type_name(update)
                    )));
                }
                let ks = ops::call_method(self, update, "keys", &[])?;
                let mut out = Vec::new();
                for k in ops::iterate(self, &ks)? {
                    let v = ops::getitem(self, update, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in pairs {
            let h = ops::hash(self, &k)?;
            let d = dict.as_dict().expect("a dict");
            if d.borrow().get(&k, h).is_some() {
                let key = match k.as_str() {
                    Some(s) => s.as_str().to_string(),
                    None => return Err(self.type_error("keywords must be strings")),
                };
                return Err(self.type_error(format!(
                    "{} got multiple values for keyword argument '{key}'",
                    self.function_str(callable)
                )));
            }
            d.borrow_mut().insert(k, h, v);
        }
        Ok(())
    }

    /// How CPython names a callable in argument errors: `module.qualname()`
    /// for functions, `name()` for builtins.
    pub fn function_str(&self, callable: &Value) -> String {
        match callable.data() {
            Some(ObjData::Function(f)) => {
                let module = dict_lookup(&f.globals, &object::str::new_str("__name__"))
                    .and_then(|m| m.as_str().map(|s| s.as_str().to_string()));
                let q = f.qualname.borrow();
                let q = q.as_str().map_or("?", |s| s.as_str());
                match module {
                    Some(m) if m != "builtins" => format!("{m}.{q}()"),
                    _ => format!("{q}()"),
                }
            }
            Some(ObjData::Method(f, _)) => self.function_str(f),
            Some(ObjData::Builtin(b)) => format!("{}()", b.name),
            Some(ObjData::Type(t)) if !t.heap => format!("{}()", t.name),
            _ => format!("{} object", self.type_name(callable)),
        }
    }

    /// CALL_FUNCTION_EX: `callable(*callargs, **kwargs)`.
    pub fn prepare_call_ex(
        &mut self,
        callable: Value,
        self_or_null: Value,
        callargs: &Value,
        kwargs: Option<Value>,
    ) -> PyResult<super::CallOutcome> {
        let mut args: Vec<Value> = match callargs.as_tuple() {
            Some(t) => t.to_vec(),
            None => match ops::get_iter(self, callargs) {
                Ok(it) => {
                    let mut v = Vec::new();
                    while let Some(x) = ops::iter_next(self, &it)? {
                        v.push(x);
                    }
                    v
                }
                Err(_) => {
                    return Err(self.type_error(format!(
                        "{} argument after * must be an iterable, not {}",
                        self.function_str(&callable),
                        self.type_name(callargs)
                    )))
                }
            },
        };
        let mut kwnames = None;
        if let Some(kw) = kwargs {
            let mut names = Vec::new();
            if let Some(d) = kw.as_dict() {
                for (k, v) in d.borrow().iter() {
                    if k.as_str().is_none() {
                        return Err(self.type_error("keywords must be strings"));
                    }
                    names.push(k.clone());
                    args.push(v.clone());
                }
            }
            if !names.is_empty() {
                kwnames = Some(new_tuple(names));
            }
        }
        self.prepare_call(callable, self_or_null, &mut args, kwnames.as_ref())
    }

    // ---- match ----

    pub fn match_sequence(&mut self, v: &Value) -> bool {
        let v = Vm::base_value(v).unwrap_or_else(|| v.clone());
        matches!(
            v.data(),
            Some(ObjData::List(_))
                | Some(ObjData::Tuple(_))
                | Some(ObjData::Range(_))
                | Some(ObjData::BigRange(_))
        )
    }

    pub fn match_mapping(&mut self, v: &Value) -> bool {
        let v = Vm::base_value(v).unwrap_or_else(|| v.clone());
        v.as_dict().is_some()
    }

    pub fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let keys = keys.as_tuple().unwrap_or(&[]).to_vec();
        let mut values = Vec::with_capacity(keys.len());
        let mut seen: Vec<Value> = Vec::new();
        for k in &keys {
            for s in &seen {
                if ops::eq(self, s, k)? {
                    let r = ops::repr(self, k)?;
                    return Err(
                        self.value_error(format!("mapping pattern checks duplicate key ({r})"))
                    );
                }
            }
            seen.push(k.clone());
            if !ops::contains(self, subject, k)? {
                return Ok(Value::NONE);
            }
            values.push(ops::getitem(self, subject, k)?);
        }
        Ok(new_tuple(values))
    }

    pub fn copy_dict_without_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let d = object::new_dict(Dict::new());
        let src = Vm::base_value(subject).unwrap_or_else(|| subject.clone());
        let pairs: Vec<(Value, Value)> = src
            .as_dict()
            .map(|dd| {
                dd.borrow()
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect()
            })
            .unwrap_or_default();
        for (k, v) in pairs {
            ops::setitem(self, &d, &k, v)?;
        }
        for k in keys.as_tuple().unwrap_or(&[]).to_vec() {
            ops::delitem(self, &d, &k)?;
        }
        Ok(d)
    }

    pub fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        npos: usize,
        names: &Value,
    ) -> PyResult<Value> {
        let Some(td) = cls.as_type() else {
            return Err(self.type_error("called match pattern must be a class"));
        };
        if !self.is_instance_of(subject, cls) {
            return Ok(Value::NONE);
        }
        let mut attrs = Vec::new();
        let mut used: Vec<String> = Vec::new();
        if npos > 0 {
            let match_args = self.interned.intern_static("__match_args__");
            let self_matching = !td.heap
                && matches!(
                    td.kind,
                    crate::object::types::TypeKind::Bool
                        | crate::object::types::TypeKind::Int
                        | crate::object::types::TypeKind::Float
                        | crate::object::types::TypeKind::Str
                        | crate::object::types::TypeKind::List
                        | crate::object::types::TypeKind::Tuple
                        | crate::object::types::TypeKind::Dict
                        | crate::object::types::TypeKind::Set
                        | crate::object::types::TypeKind::FrozenSet
                        | crate::object::types::TypeKind::Bytes
                        | crate::object::types::TypeKind::ByteArray
                );
            match ops::getattr(self, cls, &match_args) {
                Ok(ma) => {
                    let Some(items) = ma.as_tuple().map(|t| t.to_vec()) else {
                        return Err(self.type_error(format!(
                            "{}.__match_args__ must be a tuple (got {})",
                            td.name,
                            self.type_name(&ma)
                        )));
                    };
                    if npos > items.len() {
                        return Err(self.type_error(format!(
                            "{}() accepts {} positional sub-pattern{} ({npos} given)",
                            td.name,
                            items.len(),
                            if items.len() == 1 { "" } else { "s" }
                        )));
                    }
                    for name in &items[..npos] {
                        let Some(n) = name.as_str() else {
                            return Err(self.type_error(format!(
                                "__match_args__ elements must be strings (got {})",
                                self.type_name(name)
                            )));
                        };
                        used.push(n.as_str().to_string());
                        match ops::getattr(self, subject, name) {
                            Ok(v) => attrs.push(v),
                            Err(e)
                                if self.is_instance_of(&e.0, &self.exc.attribute_error.clone()) =>
                            {
                                return Ok(Value::NONE)
                            }
                            Err(e) => return Err(e),
                        }
                    }
                }
                Err(_) if self_matching => {
                    if npos > 1 {
                        return Err(self.type_error(format!(
                            "{}() accepts 1 positional sub-pattern ({npos} given)",
                            td.name
                        )));
                    }
                    attrs.push(subject.clone());
                }
                Err(_) => {
                    return Err(self.type_error(format!(
                        "{}() accepts 0 positional sub-patterns ({npos} given)",
                        td.name
                    )))
                }
            }
        }
        for name in names.as_tuple().unwrap_or(&[]).to_vec() {
            let n = name
                .as_str()
                .map_or(String::new(), |s| s.as_str().to_string());
            if used.contains(&n) {
                return Err(self.type_error(format!(
                    "{}() got multiple sub-patterns for attribute '{n}'",
                    td.name
                )));
            }
            used.push(n);
            match ops::getattr(self, subject, &name) {
                Ok(v) => attrs.push(v),
                Err(e) if self.is_instance_of(&e.0, &self.exc.attribute_error.clone()) => {
                    return Ok(Value::NONE)
                }
                Err(e) => return Err(e),
            }
        }
        Ok(new_tuple(attrs))
    }

    /// BEFORE_WITH: (bound `__exit__`, result of `__enter__()`).
    pub fn before_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let enter_name = self.interned.intern_static("__enter__");
        let exit_name = self.interned.intern_static("__exit__");
        let Some(enter) = ops::lookup_type_attr(self, mgr, &enter_name) else {
            return Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol",
                self.type_name(mgr)
            )));
        };
        let Some(exit) = ops::lookup_type_attr(self, mgr, &exit_name) else {
            return Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol (missed __exit__ method)",
                self.type_name(mgr)
            )));
        };
        let cls = self.type_of(mgr);
        let exit = self.bind_descr(exit, mgr, &cls)?;
        let enter = self.bind_descr(enter, mgr, &cls)?;
        let res = self.call(&enter, &[], None)?;
        Ok((exit, res))
    }

    /// WITH_EXCEPT_START: `exit(type(val), val, val.__traceback__)`.
    pub fn with_except_start(&mut self, exit: &Value, val: &Value) -> PyResult<Value> {
        let t = self.type_of(val);
        let tb = match val.as_exception() {
            Some(e) => e.traceback_object(val),
            None => Value::NONE,
        };
        self.call(exit, &[t, val.clone(), tb], None)
    }

    pub fn load_build_class(&mut self, frame: &Frame) -> PyResult<Value> {
        match dict_lookup(
            &frame.builtins,
            &self.interned.intern_static("__build_class__"),
        ) {
            Some(v) => Ok(v),
            None => Err(self.error(&self.exc.name_error, "__build_class__ not found")),
        }
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
}
