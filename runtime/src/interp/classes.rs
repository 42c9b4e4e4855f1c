//! User classes: making them (`__build_class__`, `type(name, bases, ns)`,
//! metaclasses, C3 linearization, `__slots__`, `__set_name__`,
//! `__init_subclass__`), making their instances, attribute lookup through
//! descriptors (functions, properties, static and class methods, slots,
//! user descriptors), `super()`, and calling the special methods that user
//! classes define.
//!
//! **Invariant:** a builtin method found on a user class's MRO (the
//! methods of `object`, `BaseException`, `type`) means "the default
//! behaviour": [`Vm::user_special`] reports only what Python code defined,
//! and the operators fall back to their builtin behaviour otherwise.

use super::{ops, PyErr, PyResult, Vm};
use crate::object::types::hooks;
use crate::object::types::{is_subtype, TypeKind};
use crate::object::{self, new_method, new_tuple, Dict, ObjData, TypeData};
use crate::value::Value;
use std::cell::RefCell;

fn name_of(v: &Value) -> &str {
    v.as_str().map_or("?", |s| s.as_str())
}

/// `true` for values whose type was made by a class statement: only these
/// can have user-defined special methods.
#[inline]
pub fn has_heap_type(vm: &Vm, v: &Value) -> bool {
    if !v.is_ptr() {
        return false;
    }
    match v.data() {
        Some(ObjData::Instance(_)) => true,
        Some(ObjData::Exception(e)) => e.class.as_type().is_some_and(|t| t.heap),
        Some(ObjData::Type(t)) => !t.metatype.is_null(),
        _ => {
            let _ = vm;
            false
        }
    }
}

thread_local! {
    /// Set once a builtin function is stored in a user class's dict under
    /// a dunder name (`J.__str__ = int.__repr__`); until then, a builtin
    /// found by a special-method lookup is always the inherited default.
    static BUILTINS_IN_CLASS_DICTS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Notes that `value`, stored in a user class's dict under `name`, may be
/// a builtin that `user_special` must report.
pub fn note_class_dict_store(name: &Value, value: &Value) {
    if matches!(value.data(), Some(ObjData::Builtin(_)))
        && name.as_str().is_some_and(|s| s.as_str().starts_with("__"))
    {
        BUILTINS_IN_CLASS_DICTS.with(|b| b.set(true));
    }
}

impl Vm {
    /// The special method `name` defined in Python on `v`'s class (None when
    /// the class only inherits the builtin default). May be `None` itself
    /// (`__hash__ = None`).
    pub fn user_special(&mut self, v: &Value, name: &'static str) -> Option<Value> {
        if !has_heap_type(self, v) {
            return None;
        }
        let n = self.interned.intern_static(name);
        let m = self.type_cache.lookup(self.type_ref(v), &n)?;
        if matches!(m.data(), Some(ObjData::Builtin(_))) {
            // A builtin inherited from a builtin type is the default
            // behaviour; one a class stored itself (`J.__str__ =
            // int.__repr__`) is its method. Most programs never store one,
            // and then no class dict needs a look.
            if !BUILTINS_IN_CLASS_DICTS.with(|b| b.get()) {
                return None;
            }
            let from_heap_class = self.type_ref(v).as_type().is_some_and(|t| {
                t.mro
                    .borrow()
                    .iter()
                    .find_map(|c| {
                        let ct = c.as_type()?;
                        let h = n.as_str().map_or(0, |s| s.hash());
                        let found = ct.dict.as_dict()?.borrow().get(&n, h).is_some();
                        found.then_some(ct.heap)
                    })
                    .unwrap_or(false)
            });
            if !from_heap_class {
                return None;
            }
        }
        Some(m)
    }

    /// Calls special method `m` (found on `v`'s class) with `v` as self.
    pub fn call_special(&mut self, m: &Value, v: &Value, args: &[Value]) -> PyResult<Value> {
        match m.data() {
            Some(ObjData::Function(_)) | Some(ObjData::Builtin(_)) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(v.clone());
                all.extend_from_slice(args);
                self.call(m, &all, None)
            }
            _ => {
                let cls = self.type_of(v);
                let bound = self.bind_descr(m.clone(), v, &cls)?;
                self.call(&bound, args, None)
            }
        }
    }

    /// Calls `v.name(*args)` if `v`'s class defines it in Python.
    pub fn try_special(
        &mut self,
        v: &Value,
        name: &'static str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        match self.user_special(v, name) {
            Some(m) if !m.is_none() => self.call_special(&m, v, args).map(Some),
            _ => Ok(None),
        }
    }

    // ---- making classes ----

    /// Runs a class body: the function made from it, with `ns` as its
    /// locals. Returns what the body returns (the `__class__` cell or None).
    fn run_class_body(&mut self, func: &Value, ns: &Value) -> PyResult<Value> {
        let Some(ObjData::Function(f)) = func.data() else {
            return Err(self.type_error("__build_class__: func must be a function"));
        };
        let (code, globals, builtins) = (f.code.clone(), f.globals.clone(), f.builtins.clone());
        // SAFETY: `code`, `globals` and `builtins` are held here until the
        // frame is popped (`run` pops it before returning).
        let fp = unsafe {
            self.frames
                .push(&code, func.clone(), &globals, &builtins, ns.clone())
        };
        // SAFETY: fp is the new top frame.
        let r = unsafe { crate::interp::tier1::run(self, fp) };
        drop((code, globals, builtins));
        r
    }

    /// `__build_class__(func, name, *bases, metaclass=..., **kwds)`.
    pub fn build_class(&mut self, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
        let names = kwnames.and_then(|k| k.as_tuple()).unwrap_or(&[]).to_vec();
        let npos = args.len() - names.len();
        if npos < 2 {
            return Err(self.type_error("__build_class__: not enough arguments"));
        }
        let func = args[0].clone();
        let name = args[1].clone();
        if name.as_str().is_none() {
            return Err(self.type_error("__build_class__: name is not a string"));
        }
        // Bases that are not classes may stand for others (PEP 560:
        // `__mro_entries__`, as typing's generic aliases do).
        let orig_bases: Vec<Value> = args[2..npos].to_vec();
        let mut bases: Vec<Value> = Vec::with_capacity(orig_bases.len());
        let mut replaced = false;
        for b in &orig_bases {
            if b.as_type().is_none() {
                if let Some(entries) = ops::getattr_opt(self, b, "__mro_entries__")? {
                    let t = new_tuple(orig_bases.clone());
                    let r = self.call(&entries, &[t], None)?;
                    let Some(items) = r.as_tuple() else {
                        return Err(self.type_error("__mro_entries__ must return a tuple"));
                    };
                    bases.extend(items.iter().cloned());
                    replaced = true;
                    continue;
                }
            }
            bases.push(b.clone());
        }
        let mut meta = None;
        let mut kw: Vec<(Value, Value)> = Vec::new();
        for (k, v) in names.iter().zip(&args[npos..]) {
            if name_of(k) == "metaclass" {
                meta = Some(v.clone());
            } else {
                kw.push((k.clone(), v.clone()));
            }
        }
        let meta = match meta {
            Some(m) => m,
            None => self.winner_metaclass(&self.types.type_.clone(), &bases)?,
        };
        // The namespace: what the metaclass's __prepare__ makes, else a dict.
        let ns = match ops::getattr_opt(self, &meta, "__prepare__")? {
            Some(prepare) => {
                let mut pargs = vec![name.clone(), new_tuple(bases.clone())];
                let mut kwn = Vec::new();
                for (k, v) in &kw {
                    kwn.push(k.clone());
                    pargs.push(v.clone());
                }
                let kwnames = (!kwn.is_empty()).then(|| new_tuple(kwn));
                let ns = self.call(&prepare, &pargs, kwnames.as_ref())?;
                let is_mapping =
                    ns.as_dict().is_some() || ops::getattr_opt(self, &ns, "__getitem__")?.is_some();
                if !is_mapping {
                    let mname = meta.as_type().map_or("?".to_string(), |t| t.name.clone());
                    return Err(self.type_error(format!(
                        "{mname}.__prepare__() must return a mapping, not {}",
                        self.type_name(&ns)
                    )));
                }
                ns
            }
            None => object::new_dict(Dict::new()),
        };
        self.run_class_body(&func, &ns)?;
        if replaced {
            let key = object::str::new_str("__orig_bases__");
            ops::setitem(self, &ns, &key, new_tuple(orig_bases))?;
        }
        if meta.is(&self.types.type_) {
            return self.new_class(&meta, &name, bases, &ns, &kw);
        }
        let mut call_args = vec![name, new_tuple(bases), ns];
        let mut kwn = Vec::new();
        for (k, v) in kw {
            kwn.push(k);
            call_args.push(v);
        }
        let kwnames = if kwn.is_empty() {
            None
        } else {
            Some(new_tuple(kwn))
        };
        self.call(&meta, &call_args, kwnames.as_ref())
    }

    /// The most derived metaclass of `meta` and the bases' metaclasses.
    pub(crate) fn winner_metaclass(&mut self, meta: &Value, bases: &[Value]) -> PyResult<Value> {
        let mut winner = meta.clone();
        for b in bases {
            let bm = self.type_of(b);
            if is_subtype(&winner, &bm) {
                continue;
            }
            if is_subtype(&bm, &winner) {
                winner = bm;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// `type.__new__(meta, name, bases, ns, **kwds)`: a new class.
    pub fn new_class(
        &mut self,
        meta: &Value,
        name: &Value,
        bases: Vec<Value>,
        ns: &Value,
        kwargs: &[(Value, Value)],
    ) -> PyResult<Value> {
        let bases = if bases.is_empty() {
            vec![self.types.object.clone()]
        } else {
            bases
        };
        let meta = self.winner_metaclass(meta, &bases)?;
        let mut kind = TypeKind::Object;
        let mut has_dict = false;
        let mut base_slots = 0;
        for (i, b) in bases.iter().enumerate() {
            let Some(bt) = b.as_type() else {
                return Err(
                    self.type_error(format!("bases must be types, not {}", self.type_name(b)))
                );
            };
            if bases[..i].iter().any(|x| x.is(b)) {
                return Err(self.type_error(format!("duplicate base class {}", bt.name)));
            }
            match bt.kind {
                TypeKind::Object
                | TypeKind::Exception
                | TypeKind::Type
                | TypeKind::Int
                | TypeKind::Float
                | TypeKind::Str
                | TypeKind::List
                | TypeKind::Tuple
                | TypeKind::Dict
                | TypeKind::Set
                | TypeKind::FrozenSet
                | TypeKind::Property
                | TypeKind::StaticMethod
                | TypeKind::ClassMethod
                | TypeKind::Bytes => {}
                TypeKind::GenericAlias if b.is(&self.types.generic_alias) => {}
                _ => {
                    return Err(self
                        .type_error(format!("type '{}' is not an acceptable base type", bt.name)))
                }
            }
            if bt.kind != TypeKind::Object {
                if kind != TypeKind::Object && kind != bt.kind {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
                kind = bt.kind;
            }
            has_dict |= bt.has_dict;
            if bt.nslots > 0 {
                if base_slots > 0 {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
                base_slots = bt.nslots;
            }
        }
        let mro_tail = self.c3_merge(&bases)?;
        // The namespace becomes the class dict.
        let mut dict = Dict::new();
        let mut classcell = Value::NULL;
        let mut slots_decl = None;
        // A dict subclass (a metaclass's __prepare__) gives its dict.
        let ns = Vm::base_value(ns).unwrap_or_else(|| ns.clone());
        if let Some(d) = ns.as_dict() {
            for (k, v) in d.borrow().iter() {
                match name_of(k) {
                    "__classcell__" => {
                        classcell = v.clone();
                        continue;
                    }
                    "__slots__" => slots_decl = Some(v.clone()),
                    _ => {}
                }
                let h = k.as_str().map_or(0, |s| s.hash());
                let v = match (name_of(k), v.data()) {
                    ("__new__", Some(ObjData::Function(_))) => {
                        object::alloc(ObjData::StaticMethod(v.clone()))
                    }
                    ("__init_subclass__" | "__class_getitem__", Some(ObjData::Function(_))) => {
                        object::alloc(ObjData::ClassMethod(v.clone()))
                    }
                    _ => v.clone(),
                };
                note_class_dict_store(k, &v);
                dict.insert(k.clone(), h, v);
            }
        }
        // `type(name, bases, ns)` and metaclass calls may leave out what a
        // class statement always sets.
        for key in ["__qualname__", "__module__"] {
            let k = self.interned.intern(key);
            let h = k.as_str().map_or(0, |s| s.hash());
            if dict.get(&k, h).is_none() {
                let v = if key == "__qualname__" {
                    name.clone()
                } else {
                    let fp = self.frames.top();
                    if fp.is_null() {
                        continue;
                    }
                    // SAFETY: a non-null top frame is live.
                    let globals = unsafe { (*fp).globals.clone() };
                    match self.dict_get_str(&globals, "__name__") {
                        Some(m) => m,
                        None => continue,
                    }
                };
                dict.insert(k, h, v);
            }
        }
        // __slots__: names whose values live in the instance, not its dict.
        let mut own_slots: Vec<Value> = Vec::new();
        match &slots_decl {
            None => has_dict = true,
            Some(decl) => {
                let names = if decl.as_str().is_some() {
                    vec![decl.clone()]
                } else {
                    ops::iterate(self, decl)?
                };
                for n in names {
                    let Some(s) = n.as_str() else {
                        return Err(self.type_error(format!(
                            "__slots__ items must be strings, not '{}'",
                            self.type_name(&n)
                        )));
                    };
                    if s.as_str() == "__dict__" {
                        has_dict = true;
                    } else if s.as_str() != "__weakref__" {
                        if dict.get(&n, s.hash()).is_some() {
                            return Err(self.value_error(format!(
                                "'{}' in __slots__ conflicts with class variable",
                                s.as_str()
                            )));
                        }
                        // Private names are mangled, as the class body's
                        // code mangles them (`__x` -> `_C__x`).
                        let mangled =
                            crate::compile::symtable::mangle(Some(name_of(name)), s.as_str());
                        own_slots.push(self.interned.intern(&mangled));
                    }
                }
            }
        }
        if kind == TypeKind::Exception || kind == TypeKind::Type {
            has_dict = true;
        }
        // A class without a docstring has __doc__ None (not its base's).
        let doc_name = self.interned.intern_static("__doc__");
        let dh = doc_name.as_str().map_or(0, |s| s.hash());
        if dict.get(&doc_name, dh).is_none() {
            dict.insert(doc_name, dh, Value::NONE);
        }
        // A class that defines __eq__ but not __hash__ is unhashable.
        let eq_name = self.interned.intern_static("__eq__");
        let hash_name = self.interned.intern_static("__hash__");
        let hh = hash_name.as_str().map_or(0, |s| s.hash());
        if dict
            .get(&eq_name, eq_name.as_str().map_or(0, |s| s.hash()))
            .is_some()
            && dict.get(&hash_name, hh).is_none()
        {
            dict.insert(hash_name, hh, Value::NONE);
        }
        let td = TypeData::heap(
            name_of(name).to_string(),
            kind,
            bases[0].clone(),
            object::new_dict(dict),
            new_tuple(bases.clone()),
            if meta.is(&self.types.type_) {
                Value::NULL
            } else {
                meta.clone()
            },
            has_dict,
            base_slots + own_slots.len(),
        );
        let cls = object::alloc(ObjData::Type(object::types::TypeObj::new(td)));
        {
            let t = cls.as_type().expect("just made");
            // SAFETY: the TypeData is boxed in the class object and stays
            // there until dropped.
            unsafe { object::types::register_heap_type(t) };
            let mut mro = vec![cls.clone()];
            mro.extend(mro_tail);
            *t.mro.borrow_mut() = mro;
            let d = t.dict.as_dict().expect("class dict");
            for (i, n) in own_slots.into_iter().enumerate() {
                let h = n.as_str().map_or(0, |s| s.hash());
                let member =
                    object::alloc(ObjData::SlotMember(base_slots + i, n.clone(), cls.clone()));
                d.borrow_mut().insert(n, h, member);
            }
        }
        if let Some(c) = classcell.as_cell() {
            *c.borrow_mut() = cls.clone();
        }
        {
            let del = self.interned.intern_static("__del__");
            let t = cls.as_type().expect("a type");
            t.has_del.set(ops::mro_lookup(&cls, &del).is_some());
        }
        self.type_cache.invalidate();
        // __set_name__ on the attributes that want it.
        let items: Vec<(Value, Value)> = {
            let t = cls.as_type().expect("a type");
            let d = t.dict.as_dict().expect("class dict").borrow();
            d.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
        };
        for (k, v) in items {
            if let Some(ObjData::Property(p)) = v.data() {
                // SAFETY-free interior update: properties are immutable to
                // Python code; the name is set once, here.
                if p[4].is_none() {
                    let parts: [Value; 5] = [
                        p[0].clone(),
                        p[1].clone(),
                        p[2].clone(),
                        p[3].clone(),
                        k.clone(),
                    ];
                    let np = object::alloc(ObjData::Property(Box::new(parts)));
                    let t = cls.as_type().expect("a type");
                    let h = k.as_str().map_or(0, |s| s.hash());
                    let old =
                        t.dict
                            .as_dict()
                            .expect("class dict")
                            .borrow_mut()
                            .insert(k.clone(), h, np);
                    object::types::modified(t);
                    drop(old);
                }
                continue;
            }
            if let Some(m) = self.user_special(&v, "__set_name__") {
                if let Err(e) = self.call_special(&m, &v, &[cls.clone(), k.clone()]) {
                    // 3.11 reports which attribute failed, the error as cause.
                    let key = ops::repr(self, &k).unwrap_or_default();
                    let err = self.runtime_error(format!(
                        "Error calling __set_name__ on '{}' instance {key} in '{}'",
                        self.type_name(&v),
                        name_of(name)
                    ));
                    if let Some(x) = err.0.as_exception() {
                        *x.cause.borrow_mut() = e.0.clone();
                        *x.context.borrow_mut() = e.0.clone();
                        x.suppress_context.set(true);
                    }
                    return Err(err);
                }
            }
        }
        // __init_subclass__ of the nearest base that defines one.
        let isc = self.interned.intern_static("__init_subclass__");
        let parent = {
            let t = cls.as_type().expect("a type");
            let mro = t.mro.borrow();
            mro[1..].iter().find_map(|c| {
                let d = c.as_type()?.dict.as_dict()?.borrow();
                d.get(&isc, isc.as_str().map_or(0, |s| s.hash())).cloned()
            })
        };
        match parent.as_ref().and_then(|p| match p.data() {
            Some(ObjData::ClassMethod(f)) => Some(f.clone()),
            _ => None,
        }) {
            Some(f) => {
                let mut args = vec![cls.clone()];
                let mut kwn = Vec::new();
                for (k, v) in kwargs {
                    kwn.push(k.clone());
                    args.push(v.clone());
                }
                let kwnames = (!kwn.is_empty()).then(|| new_tuple(kwn));
                self.call(&f, &args, kwnames.as_ref())?;
            }
            None => {
                if !kwargs.is_empty() {
                    return Err(self.type_error(format!(
                        "{}.__init_subclass__() takes no keyword arguments",
                        name_of(name)
                    )));
                }
            }
        }
        Ok(cls)
    }

    /// C3 linearization of `bases` (the MRO without the new class itself).
    fn c3_merge(&mut self, bases: &[Value]) -> PyResult<Vec<Value>> {
        let mut seqs: Vec<Vec<Value>> = bases
            .iter()
            .map(|b| {
                b.as_type()
                    .map(|t| t.mro.borrow().clone())
                    .unwrap_or_default()
            })
            .collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let head = seqs
                .iter()
                .map(|s| &s[0])
                .find(|h| !seqs.iter().any(|t| t[1..].iter().any(|x| x.is(h))));
            let Some(h) = head.cloned() else {
                let mut names: Vec<String> = Vec::new();
                for s in &seqs {
                    let n = s[0].as_type().map_or("?".to_string(), |t| t.name.clone());
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            for s in seqs.iter_mut() {
                if s[0].is(&h) {
                    s.remove(0);
                }
            }
            out.push(h);
        }
    }

    // ---- instances ----

    /// Calls a class (one made in Python, or `object`): `__new__`, then
    /// `__init__` when `__new__` returned an instance of it.
    pub fn call_class(
        &mut self,
        cls: &Value,
        args: &[Value],
        kwnames: Option<&Value>,
    ) -> PyResult<Value> {
        // Calling a type is one level of recursion in CPython (its C call),
        // besides the frames of __new__ and __init__.
        self.enter_recursive_call(" while calling a Python object")?;
        let r = self.call_class_inner(cls, args, kwnames);
        self.leave_recursive_call();
        r
    }

    /// One level of recursion that is not a Python frame (CPython's
    /// `Py_EnterRecursiveCall`): RecursionError at the limit.
    #[inline]
    pub fn enter_recursive_call(&mut self, what: &str) -> PyResult<()> {
        if self.frames.depth >= self.recursion_limit {
            return Err(self.recursion_error(what));
        }
        self.frames.depth += 1;
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn recursion_error(&mut self, what: &str) -> crate::interp::PyErr {
        self.error(
            &self.exc.recursion_error.clone(),
            format!("maximum recursion depth exceeded{what}"),
        )
    }

    #[inline]
    pub fn leave_recursive_call(&mut self) {
        self.frames.depth -= 1;
    }

    fn call_class_inner(
        &mut self,
        cls: &Value,
        args: &[Value],
        kwnames: Option<&Value>,
    ) -> PyResult<Value> {
        // A metaclass's own __call__.
        if let Some(m) = self.user_special(cls, "__call__") {
            let mut all = vec![cls.clone()];
            all.extend_from_slice(args);
            return self.call(&m, &all, kwnames);
        }
        self.type_call(cls, args, kwnames)
    }

    /// `type.__call__(cls, *args, **kwargs)`: `__new__`, then `__init__`
    /// (what a metaclass's `super().__call__(...)` reaches).
    pub fn type_call(
        &mut self,
        cls: &Value,
        args: &[Value],
        kwnames: Option<&Value>,
    ) -> PyResult<Value> {
        let new_name = self.interned.intern_static("__new__");
        let init_name = self.interned.intern_static("__init__");
        let user = |m: Option<Value>| m.filter(|m| !matches!(m.data(), Some(ObjData::Builtin(_))));
        let new = user(self.type_cache.lookup(cls, &new_name));
        let init = user(self.type_cache.lookup(cls, &init_name));
        let td = cls.as_type().expect("a class");
        let obj = match new {
            Some(n) => {
                let f = match n.data() {
                    Some(ObjData::StaticMethod(f)) => f.clone(),
                    _ => n.clone(),
                };
                let mut all = vec![cls.clone()];
                all.extend_from_slice(args);
                self.call(&f, &all, kwnames)?
            }
            None => {
                if init.is_none() && !args.is_empty() && td.kind == TypeKind::Object {
                    return Err(self.type_error(format!("{}() takes no arguments", td.name)));
                }
                self.object_new(cls, args, kwnames)?
            }
        };
        // The builtin __init__ of a mutable builtin base fills the value.
        let init = match init {
            None if matches!(td.kind, TypeKind::List | TypeKind::Dict | TypeKind::Set) => {
                ops::mro_lookup(cls, &init_name)
            }
            i => i,
        };
        if let Some(i) = init {
            if self.is_instance_of(&obj, cls) {
                let mut all = vec![obj.clone()];
                all.extend_from_slice(args);
                let r = self.call(&i, &all, kwnames)?;
                self.check_init_result(&r)?;
            }
        }
        Ok(obj)
    }

    /// What `__init__` returned must be None.
    pub fn check_init_result(&self, r: &Value) -> PyResult<()> {
        if r.is_none() {
            return Ok(());
        }
        Err(self.type_error(format!(
            "__init__() should return None, not '{}'",
            self.type_name(r)
        )))
    }

    /// A new exception of class `cls` from the call's arguments: the
    /// StopIteration value; for OSError, CPython's errno, strerror and
    /// filename (`OSError(2, 'x')` is a FileNotFoundError).
    pub fn construct_exception(&mut self, cls: &Value, args: &[Value]) -> Value {
        let mut cls = cls.clone();
        let is_os = is_subtype(&cls, &self.exc.os_error);
        if is_os && cls.is(&self.exc.os_error) && (2..=5).contains(&args.len()) {
            let x = &self.exc;
            let sub = match args[0].as_small_int() {
                Some(1) | Some(13) => Some(&x.permission_error),
                Some(2) => Some(&x.file_not_found_error),
                Some(3) => Some(&x.process_lookup_error),
                Some(4) => Some(&x.interrupted_error),
                Some(10) => Some(&x.child_process_error),
                Some(11) | Some(114) | Some(115) => Some(&x.blocking_io_error),
                Some(17) => Some(&x.file_exists_error),
                Some(20) => Some(&x.not_a_directory_error),
                Some(21) => Some(&x.is_a_directory_error),
                Some(32) | Some(108) => Some(&x.broken_pipe_error),
                Some(103) => Some(&x.connection_aborted_error),
                Some(104) => Some(&x.connection_reset_error),
                Some(110) => Some(&x.timeout_error),
                Some(111) => Some(&x.connection_refused_error),
                _ => None,
            };
            if let Some(sub) = sub {
                cls = sub.clone();
            }
        }
        let kept = if is_os && (3..=5).contains(&args.len()) {
            &args[..2]
        } else {
            args
        };
        let e = self.new_exception(&cls, kept.to_vec());
        if is_subtype(&cls, &self.exc.stop_iteration) {
            if let (Some(ex), Some(v)) = (e.as_exception(), args.first()) {
                *ex.value.borrow_mut() = v.clone();
            }
        }
        if is_os && (2..=5).contains(&args.len()) {
            if let Some(ex) = e.as_exception() {
                let d = object::new_dict(Dict::new());
                let get = |i: usize| args.get(i).cloned().unwrap_or(Value::NONE);
                for (k, v) in [
                    ("errno", get(0)),
                    ("strerror", get(1)),
                    ("filename", get(2)),
                    ("filename2", get(4)),
                ] {
                    self.dict_set_str(&d, k, v);
                }
                *ex.dict.borrow_mut() = d;
            }
        }
        e
    }

    /// `object.__new__(cls)` (and the builtin bases' `__new__`).
    pub fn object_new(
        &mut self,
        cls: &Value,
        args: &[Value],
        kwnames: Option<&Value>,
    ) -> PyResult<Value> {
        let Some(td) = cls.as_type() else {
            return Err(self.type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                self.type_name(cls)
            )));
        };
        // A class whose __abstractmethods__ (set by ABCMeta on the class
        // itself) is not empty cannot be instantiated.
        if td.heap {
            if let Some(abstract_) = self.dict_get_str(&td.dict, "__abstractmethods__") {
                if ops::truthy(self, &abstract_)? {
                    let mut names: Vec<String> = ops::iterate(self, &abstract_)?
                        .iter()
                        .map(|n| name_of(n).to_string())
                        .collect();
                    names.sort();
                    return Err(self.type_error(format!(
                        "Can't instantiate abstract class {} with abstract method{} {}",
                        td.name,
                        if names.len() > 1 { "s" } else { "" },
                        names.join(", ")
                    )));
                }
            }
        }
        match td.kind {
            TypeKind::Object => {
                if !td.heap && !cls.is(&self.types.object) {
                    return Err(self.type_error(format!(
                        "object.__new__({}) is not safe, use {}.__new__()",
                        td.name, td.name
                    )));
                }
                Ok(object::new_instance(cls, td.nslots, Value::NULL))
            }
            TypeKind::List
            | TypeKind::Dict
            | TypeKind::Set
            | TypeKind::Tuple
            | TypeKind::Str
            | TypeKind::Int
            | TypeKind::Float
            | TypeKind::FrozenSet
            | TypeKind::Property
            | TypeKind::StaticMethod
            | TypeKind::ClassMethod
            | TypeKind::Bytes
            | TypeKind::GenericAlias => {
                if !td.heap {
                    return crate::builtins::construct(self, cls, args, kwnames);
                }
                // The builtin type this class extends.
                let builtin = td
                    .mro
                    .borrow()
                    .iter()
                    .find(|t| t.as_type().is_some_and(|t| !t.heap && t.kind == td.kind))
                    .cloned()
                    .expect("a builtin base");
                let base = if matches!(td.kind, TypeKind::List | TypeKind::Dict | TypeKind::Set) {
                    crate::builtins::construct(self, &builtin, &[], None)?
                } else {
                    crate::builtins::construct(self, &builtin, args, kwnames)?
                };
                Ok(object::new_instance(cls, td.nslots, base))
            }
            TypeKind::Exception => {
                let nkw = kwnames.and_then(|k| k.as_tuple()).map_or(0, |t| t.len());
                Ok(self.construct_exception(cls, &args[..args.len() - nkw]))
            }
            TypeKind::Type => {
                let nkw = kwnames.and_then(|k| k.as_tuple()).map_or(0, |t| t.len());
                let npos = args.len() - nkw;
                if npos != 3 {
                    return Err(self.type_error("type.__new__() takes exactly 3 arguments"));
                }
                let must = |vm: &Vm, i: usize, what: &str| {
                    vm.type_error(format!(
                        "type.__new__() argument {} must be {what}, not {}",
                        i + 1,
                        vm.type_name(&args[i])
                    ))
                };
                if args[0].as_str().is_none() {
                    return Err(must(self, 0, "str"));
                }
                let bases = args[1]
                    .as_tuple()
                    .ok_or_else(|| must(self, 1, "tuple"))?
                    .to_vec();
                let ns_dict = Vm::base_value(&args[2]).unwrap_or_else(|| args[2].clone());
                if ns_dict.as_dict().is_none() {
                    return Err(must(self, 2, "dict"));
                }
                let names = kwnames.and_then(|k| k.as_tuple()).unwrap_or(&[]);
                let kw: Vec<(Value, Value)> = names
                    .iter()
                    .cloned()
                    .zip(args[npos..].iter().cloned())
                    .collect();
                self.new_class(cls, &args[0], bases, &args[2], &kw)
            }
            _ => Err(self.type_error(format!("cannot create '{}' instances", td.name))),
        }
    }

    // ---- attributes ----

    /// Whether class attribute `d` is a data descriptor (it wins over the
    /// instance dict).
    fn is_data_descr(&mut self, d: &Value) -> bool {
        match d.data() {
            Some(ObjData::Property(_)) | Some(ObjData::SlotMember(..)) => true,
            Some(ObjData::Instance(i)) => {
                self.user_special(d, "__set__").is_some()
                    || self.user_special(d, "__delete__").is_some()
                    || matches!(i.base.data(), Some(ObjData::Property(_)))
            }
            _ => false,
        }
    }

    /// What class attribute `descr` becomes read through `obj` (an instance
    /// of `cls`).
    pub fn bind_descr(&mut self, descr: Value, obj: &Value, cls: &Value) -> PyResult<Value> {
        match descr.data() {
            Some(ObjData::Function(_)) => Ok(new_method(descr, obj.clone())),
            Some(ObjData::StaticMethod(f)) => Ok(f.clone()),
            Some(ObjData::ClassMethod(f)) => Ok(new_method(f.clone(), cls.clone())),
            Some(ObjData::Property(p)) => {
                let getter = p[0].clone();
                if getter.is_none() || getter.is_null() {
                    return Err(self.attribute_error(format!(
                        "property{} of '{}' object has no getter",
                        self.property_name(&descr),
                        self.type_name(obj)
                    )));
                }
                self.call(&getter, std::slice::from_ref(obj), None)
            }
            Some(ObjData::SlotMember(i, name, _)) => {
                let v = obj
                    .as_instance()
                    .and_then(|inst| inst.slots.borrow().get(*i).cloned())
                    .unwrap_or(Value::NULL);
                if v.is_null() {
                    let msg = format!(
                        "'{}' object has no attribute '{}'",
                        self.type_name(obj),
                        name_of(name)
                    );
                    return Err(ops::attr_error(self, obj, name, msg));
                }
                Ok(v)
            }
            Some(ObjData::Builtin(b)) if b.is_method => {
                let this = self.method_self(&descr, obj);
                Ok(crate::builtins::bind(&descr, this))
            }
            Some(ObjData::Instance(i)) => match self.user_special(&descr, "__get__") {
                Some(g) => self.call_special(&g, &descr, &[obj.clone(), cls.clone()]),
                // A subclass of property/classmethod/staticmethod acts as
                // the descriptor it extends.
                None if Self::is_descr_base(&i.base) => {
                    let base = i.base.clone();
                    self.bind_descr(base, obj, cls)
                }
                None => Ok(descr),
            },
            _ => Ok(descr),
        }
    }

    /// Whether `base` (an instance's builtin value) is a descriptor that
    /// binds: a property, classmethod or staticmethod.
    fn is_descr_base(base: &Value) -> bool {
        matches!(
            base.data(),
            Some(ObjData::Property(_) | ObjData::ClassMethod(_) | ObjData::StaticMethod(_))
        )
    }

    /// The `self` a builtin method gets when called on `obj`: the builtin
    /// value a subclass instance extends (for the builtin type's own
    /// methods), else `obj` itself.
    pub fn method_self(&self, method: &Value, obj: &Value) -> Value {
        if let Some(inst) = obj.as_instance() {
            if !inst.base.is_null() {
                if let Some(ObjData::Builtin(b)) = method.data() {
                    let from_object = self
                        .dict_get_str(&self.types.object.as_type().expect("a type").dict, b.name);
                    if !from_object.is_some_and(|m| m.is(method)) {
                        return inst.base.clone();
                    }
                }
            }
        }
        obj.clone()
    }

    /// Writes `text` to `sys.stderr` (the program's replacement, when it
    /// set one; the process's standard error otherwise), as CPython writes
    /// the "Exception ignored" reports.
    pub fn write_stderr(&mut self, text: &str) {
        if let Some(err) = crate::builtins::redirected_stream(self, "stderr") {
            if err.is_none() {
                return;
            }
            let s = object::str::new_str(text);
            if ops::call_method(self, &err, "write", &[s]).is_ok() {
                return;
            }
        }
        let _ = crate::builtins::file::write_std(2, text.as_bytes(), true);
    }

    /// Runs the finalizers and weak reference callbacks of objects freed
    /// since the last safe point, if any.
    #[inline(always)]
    pub fn run_pending_finalizers(&mut self) {
        if crate::gc::finalizers_pending() {
            self.run_finalizers();
        }
    }

    /// Runs the finalizers (`__del__`, weak reference callbacks, closing
    /// suspended generators) of the objects that died since the last safe
    /// point. An exception in one is reported as CPython does ("Exception
    /// ignored in: ...") and does not propagate.
    pub fn run_finalizers(&mut self) {
        loop {
            let objs = crate::gc::take_finalizers();
            if objs.is_empty() {
                return;
            }
            for obj in objs {
                // A weak reference whose target died: its callback, once.
                if let Some(ObjData::WeakRef(w)) = obj.data() {
                    let cb = std::mem::replace(&mut *w.callback.borrow_mut(), Value::NULL);
                    if !cb.is_null() {
                        if let Err(e) = self.call(&cb, std::slice::from_ref(&obj), None) {
                            let what = ops::repr(self, &cb).unwrap_or_default();
                            let tb = super::traceback::format_exception(self, &e);
                            self.write_stderr(&format!("Exception ignored in: {what}\n{tb}"));
                        }
                    }
                    drop(obj);
                    continue;
                }
                if let Some(ObjData::Generator(_)) = obj.data() {
                    if let Err(e) = crate::builtins::close_generator(self, &obj) {
                        let what = ops::repr(self, &obj).unwrap_or_default();
                        let tb = super::traceback::format_exception(self, &e);
                        self.write_stderr(&format!("Exception ignored in: {what}\n{tb}"));
                    }
                    drop(obj);
                    continue;
                }
                if let Some(m) = self.user_special(&obj, "__del__") {
                    if let Err(e) = self.call_special(&m, &obj, &[]) {
                        let what = ops::repr(self, &m).unwrap_or_default();
                        let tb = super::traceback::format_exception(self, &e);
                        self.write_stderr(&format!("Exception ignored in: {what}\n{tb}"));
                    }
                }
                drop(obj);
            }
        }
    }

    /// `operator.index(v)` for user objects with `__index__`; `v` itself
    /// otherwise (the callers check for ints).
    pub fn index_value(&mut self, v: &Value) -> PyResult<Value> {
        if has_heap_type(self, v) {
            if let Some(r) = self.try_special(v, "__index__", &[])? {
                if crate::object::int::as_int(&r).is_none() {
                    return Err(self.type_error(format!(
                        "__index__ returned non-int (type {})",
                        self.type_name(&r)
                    )));
                }
                return Ok(r);
            }
            if let Some(b) = Vm::base_value(v) {
                if crate::object::int::as_int(&b).is_some() {
                    return Ok(b);
                }
            }
        }
        Ok(v.clone())
    }

    /// The builtin value a subclass instance of a builtin type extends.
    pub fn base_value(v: &Value) -> Option<Value> {
        match v.data() {
            Some(ObjData::Instance(i)) if !i.base.is_null() => Some(i.base.clone()),
            _ => None,
        }
    }

    /// The property's name for error messages, with a leading space
    /// (`" 'x'"`), or nothing when it has none (CPython then writes
    /// "property of 'C' object ...").
    pub fn property_name(&self, prop: &Value) -> String {
        if let Some(ObjData::Property(p)) = prop.data() {
            // Only the name `__set_name__` gave it (a property made outside
            // a class body has none), as CPython 3.11 reports it.
            if p[4].as_str().is_some() {
                return format!(" '{}'", name_of(&p[4]));
            }
        }
        String::new()
    }

    /// The `__dict__` of an exception (NULL if it has none yet).
    fn exception_dict(v: &Value) -> Option<&RefCell<Value>> {
        match v.data() {
            Some(ObjData::Exception(e)) => Some(&e.dict),
            _ => None,
        }
    }

    /// `obj.name` for an instance of a user class (or an exception).
    pub fn instance_getattr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        // Which hooks the class defines in Python (remembered per class
        // version): a plain class skips both lookups.
        let hooks = self.attr_hooks(obj);
        if hooks & hooks::GETATTRIBUTE != 0 {
            if let Some(ga) = self.user_special(obj, "__getattribute__") {
                let r = self.call_special(&ga, obj, std::slice::from_ref(name));
                return match r {
                    Err(e) if self.is_instance_of(&e.0, &self.exc.attribute_error.clone()) => {
                        match self.user_special(obj, "__getattr__") {
                            Some(g) => self.call_special(&g, obj, std::slice::from_ref(name)),
                            None => Err(e),
                        }
                    }
                    r => r,
                };
            }
        }
        let cls = self.type_of(obj);
        // Not found (None) or an AttributeError: __getattr__'s turn.
        let missing = match self.generic_getattr(obj, &cls, name) {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => None,
            Err(e) if self.is_instance_of(&e.0, &self.exc.attribute_error.clone()) => Some(e),
            Err(e) => return Err(e),
        };
        let getattr = if hooks & hooks::GETATTR != 0 {
            self.user_special(obj, "__getattr__")
        } else {
            None
        };
        match (getattr, missing) {
            (Some(g), _) => self.call_special(&g, obj, std::slice::from_ref(name)),
            (None, Some(e)) => Err(e),
            (None, None) => Err(self.no_attribute(obj, name)),
        }
    }

    /// The attribute hooks (`types::hooks`) of an instance's class made in
    /// Python, remembered per class version; all of them for anything
    /// else (so that callers take the full path).
    pub fn attr_hooks(&mut self, obj: &Value) -> u8 {
        match obj.as_instance().and_then(|i| i.class.as_type()) {
            Some(t) if t.heap => crate::interp::specialize::class_hooks(self, obj, t),
            _ => hooks::GETATTRIBUTE | hooks::GETATTR | hooks::SETATTR,
        }
    }

    /// `obj.name` for an instance whose class has no `__getattribute__`
    /// or `__getattr__`: None when missing, without making the
    /// AttributeError (`getattr` with a default, `hasattr`). Other objects:
    /// Err(None) (the caller takes the general path).
    pub fn instance_getattr_opt(
        &mut self,
        obj: &Value,
        name: &Value,
    ) -> Result<Option<Value>, Option<PyErr>> {
        if self.attr_hooks(obj) & (hooks::GETATTRIBUTE | hooks::GETATTR) != 0 {
            return Err(None);
        }
        let cls = self.type_of(obj);
        match self.generic_getattr(obj, &cls, name) {
            Ok(v) => Ok(v),
            Err(e) if self.is_instance_of(&e.0, &self.exc.attribute_error.clone()) => Ok(None),
            Err(e) => Err(Some(e)),
        }
    }

    pub fn no_attribute(&self, obj: &Value, name: &Value) -> PyErr {
        let msg = format!(
            "'{}' object has no attribute '{}'",
            self.type_name(obj),
            name_of(name)
        );
        ops::attr_error(self, obj, name, msg)
    }

    /// `object.__getattribute__`: data descriptors, then the instance
    /// dict, then other class attributes. None when nothing is found.
    pub fn generic_getattr(
        &mut self,
        obj: &Value,
        cls: &Value,
        name: &Value,
    ) -> PyResult<Option<Value>> {
        match name_of(name) {
            // Unless the class defines its own (a property, as proxies do).
            "__class__" if self.type_cache.lookup(cls, name).is_none() => {
                return Ok(Some(cls.clone()))
            }
            "__dict__" if cls.as_type().is_some_and(|t| t.has_dict) => {
                return Ok(Some(ops::instance_dict_value(obj)))
            }
            _ => {}
        }
        let descr = self.type_cache.lookup(cls, name);
        if let Some(d) = &descr {
            if self.is_data_descr(d) {
                return self.bind_descr(d.clone(), obj, cls).map(Some);
            }
        }
        if let Some(inst) = obj.as_instance() {
            if let Some(v) = inst.get(name) {
                return Ok(Some(v));
            }
        } else if let Some(dict) = Vm::exception_dict(obj) {
            let d = dict.borrow().clone();
            if let Some(dd) = d.as_dict() {
                let h = name.as_str().map_or(0, |s| s.hash());
                if let Some(v) = dd.borrow().get(name, h).cloned() {
                    return Ok(Some(v));
                }
            }
        }
        match descr {
            Some(d) => self.bind_descr(d, obj, cls).map(Some),
            // The attributes of the descriptor a subclass instance extends
            // (fget, __func__, ...).
            None => match obj.as_instance() {
                Some(i) if Self::is_descr_base(&i.base) => {
                    let base = i.base.clone();
                    crate::builtins::descr_getattr(self, &base, name)
                }
                // The data attributes of the builtin value a subclass
                // instance extends (int.real, complex.imag, ...).
                Some(i) if !i.base.is_null() => {
                    let base = i.base.clone();
                    match ops::getattr(self, &base, name) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if self.is_instance_of(&e.0, &self.exc.attribute_error.clone()) => {
                            Ok(None)
                        }
                        Err(e) => Err(e),
                    }
                }
                _ => Ok(None),
            },
        }
    }

    /// `obj.name = value` (or `del obj.name` when `value` is None) for an
    /// instance of a user class (or an exception).
    pub fn instance_setattr(
        &mut self,
        obj: &Value,
        name: &Value,
        value: Option<Value>,
    ) -> PyResult<()> {
        let hook = if value.is_some() {
            "__setattr__"
        } else {
            "__delattr__"
        };
        if let Some(m) = self.user_special(obj, hook) {
            let mut args = vec![name.clone()];
            args.extend(value);
            self.call_special(&m, obj, &args)?;
            return Ok(());
        }
        let cls = self.type_of(obj);
        self.generic_setattr(obj, &cls, name, value)
    }

    /// `object.__setattr__` / `object.__delattr__`.
    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        cls: &Value,
        name: &Value,
        value: Option<Value>,
    ) -> PyResult<()> {
        if let Some(d) = self.type_cache.lookup(cls, name) {
            // A subclass of property acts as the property it extends.
            let d = match d.as_instance() {
                Some(i)
                    if matches!(i.base.data(), Some(ObjData::Property(_)))
                        && self.user_special(&d, "__set__").is_none()
                        && self.user_special(&d, "__delete__").is_none() =>
                {
                    i.base.clone()
                }
                _ => d,
            };
            match d.data() {
                Some(ObjData::Property(p)) => {
                    let (f, what) = if value.is_some() {
                        (p[1].clone(), "setter")
                    } else {
                        (p[2].clone(), "deleter")
                    };
                    if f.is_none() || f.is_null() {
                        return Err(self.attribute_error(format!(
                            "property{} of '{}' object has no {what}",
                            self.property_name(&d),
                            self.type_name(obj)
                        )));
                    }
                    let mut args = vec![obj.clone()];
                    args.extend(value);
                    self.call(&f, &args, None)?;
                    return Ok(());
                }
                Some(ObjData::SlotMember(i, _, _)) => {
                    if let Some(inst) = obj.as_instance() {
                        let mut slots = inst.slots.borrow_mut();
                        if let Some(slot) = slots.get_mut(*i) {
                            let deleting = value.is_none();
                            let old = std::mem::replace(slot, value.unwrap_or(Value::NULL));
                            drop(slots);
                            if deleting && old.is_null() {
                                return Err(self.attribute_error(name_of(name)));
                            }
                            return Ok(());
                        }
                    }
                }
                Some(ObjData::Instance(_)) => {
                    let hook = if value.is_some() {
                        "__set__"
                    } else {
                        "__delete__"
                    };
                    if let Some(m) = self.user_special(&d, hook) {
                        let mut args = vec![obj.clone()];
                        args.extend(value);
                        self.call_special(&m, &d, &args)?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        let has_dict = obj.as_exception().is_some() || cls.as_type().is_some_and(|t| t.has_dict);
        if let Some(inst) = obj.as_instance().filter(|_| has_dict) {
            return match value {
                Some(v) => {
                    drop(inst.set(name, v));
                    Ok(())
                }
                None => match inst.remove(name) {
                    Some(_) => Ok(()),
                    None => Err(self.no_attribute(obj, name)),
                },
            };
        }
        let Some(dict) = Vm::exception_dict(obj).filter(|_| has_dict) else {
            return Err(self.no_attribute(obj, name));
        };
        let h = name.as_str().map_or(0, |s| s.hash());
        match value {
            Some(v) => {
                if dict.borrow().is_null() {
                    *dict.borrow_mut() = object::new_dict(Dict::new());
                }
                let d = dict.borrow().clone();
                let old = d
                    .as_dict()
                    .expect("a dict")
                    .borrow_mut()
                    .insert(name.clone(), h, v);
                drop(old);
                Ok(())
            }
            None => {
                let d = dict.borrow().clone();
                let removed = d.as_dict().and_then(|d| d.borrow_mut().remove(name, h));
                match removed {
                    Some(_) => Ok(()),
                    None => Err(self.no_attribute(obj, name)),
                }
            }
        }
    }

    /// `cls.name` for a class.
    pub fn type_getattr(&mut self, cls: &Value, name: &Value) -> PyResult<Option<Value>> {
        let td = cls.as_type().expect("a type");
        let n = name_of(name);
        match n {
            // A builtin type from a module is named "module.name".
            "__name__" | "__qualname__" if !td.heap => {
                let short = td.name.rsplit('.').next().unwrap_or(&td.name);
                return Ok(Some(object::str::new_str(short)));
            }
            "__name__" => return Ok(Some(object::str::new_str(td.name.as_str()))),
            "__mro__" => return Ok(Some(new_tuple(td.mro.borrow().clone()))),
            "__bases__" => {
                let b = td.bases.borrow().clone();
                if !b.is_null() {
                    return Ok(Some(b));
                }
                let base = td.base.clone();
                return Ok(Some(if base.is_null() {
                    new_tuple(vec![])
                } else {
                    new_tuple(vec![base])
                }));
            }
            // A class's own annotations (not a base's): made empty when
            // its body had none.
            "__annotations__" if td.heap => {
                let key = object::str::new_str("__annotations__");
                let h = key.as_str().map_or(0, |s| s.hash());
                let own = td
                    .dict
                    .as_dict()
                    .expect("a dict")
                    .borrow()
                    .get(&key, h)
                    .cloned();
                return Ok(Some(match own {
                    Some(a) => a,
                    None => {
                        let a = object::new_dict(Dict::new());
                        let old = td.dict.as_dict().expect("a dict").borrow_mut().insert(
                            key,
                            h,
                            a.clone(),
                        );
                        drop(old);
                        a
                    }
                }));
            }
            "__base__" if !td.heap && td.kind == TypeKind::Bool => {
                return Ok(Some(self.types.int.clone()));
            }
            "__base__" => {
                return Ok(Some(if td.base.is_null() {
                    Value::NONE
                } else {
                    td.base.clone()
                }))
            }
            "__dict__" => {
                let d = td.dict.as_dict().expect("a dict").borrow().clone();
                return Ok(Some(object::new_dict(d)));
            }
            "__module__" if !td.heap => {
                let module = td.name.rsplit_once('.').map_or("builtins", |(m, _)| m);
                return Ok(Some(object::str::new_str(module)));
            }
            "__doc__" if td.heap => {
                let h = name.as_str().map_or(0, |s| s.hash());
                let own = td
                    .dict
                    .as_dict()
                    .expect("a dict")
                    .borrow()
                    .get(name, h)
                    .cloned();
                return Ok(Some(own.unwrap_or(Value::NONE)));
            }
            _ => {}
        }
        let meta = self.type_of(cls);
        let meta_attr = ops::mro_lookup(&meta, name);
        if let Some(m) = &meta_attr {
            if self.is_data_descr(m) {
                return self.bind_descr(m.clone(), cls, &meta).map(Some);
            }
        }
        if let Some(a) = ops::mro_lookup(cls, name) {
            // A subclass of classmethod/staticmethod acts as what it extends.
            let a = match a.as_instance() {
                Some(i)
                    if matches!(
                        i.base.data(),
                        Some(ObjData::ClassMethod(_) | ObjData::StaticMethod(_))
                    ) && self.user_special(&a, "__get__").is_none() =>
                {
                    i.base.clone()
                }
                _ => a,
            };
            return Ok(Some(match a.data() {
                Some(ObjData::StaticMethod(f)) => f.clone(),
                Some(ObjData::ClassMethod(f)) => new_method(f.clone(), cls.clone()),
                Some(ObjData::Instance(_)) => match self.user_special(&a, "__get__") {
                    Some(g) => self.call_special(&g, &a, &[Value::NONE, cls.clone()])?,
                    None => a,
                },
                _ => a,
            }));
        }
        if let Some(m) = meta_attr {
            return self.bind_descr(m, cls, &meta).map(Some);
        }
        Ok(None)
    }

    /// `cls.name = value` / `del cls.name`.
    pub fn type_setattr(
        &mut self,
        cls: &Value,
        name: &Value,
        value: Option<Value>,
    ) -> PyResult<()> {
        // A metaclass's own __setattr__ / __delattr__.
        let hook = if value.is_some() {
            "__setattr__"
        } else {
            "__delattr__"
        };
        if let Some(m) = self.user_special(cls, hook) {
            let mut args = vec![name.clone()];
            args.extend(value);
            self.call_special(&m, cls, &args)?;
            return Ok(());
        }
        self.type_setattr_raw(cls, name, value)
    }

    /// `type.__setattr__` itself: sets (or deletes) in the class dict.
    pub fn type_setattr_raw(
        &mut self,
        cls: &Value,
        name: &Value,
        value: Option<Value>,
    ) -> PyResult<()> {
        let td = cls.as_type().expect("a type");
        if !td.heap {
            return Err(self.type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name_of(name),
                td.name
            )));
        }
        let h = name.as_str().map_or(0, |s| s.hash());
        let d = td.dict.as_dict().expect("a dict");
        self.type_cache.invalidate();
        object::types::modified(td);
        if name_of(name) == "__del__" && value.is_some() {
            td.has_del.set(true);
        }
        match value {
            Some(v) => {
                note_class_dict_store(name, &v);
                let old = d.borrow_mut().insert(name.clone(), h, v);
                drop(old);
                Ok(())
            }
            None => {
                let old = d.borrow_mut().remove(name, h);
                match old {
                    Some(_) => Ok(()),
                    None => Err(self.attribute_error(format!(
                        "type object '{}' has no attribute '{}'",
                        td.name,
                        name_of(name)
                    ))),
                }
            }
        }
    }

    // ---- super ----

    /// `super()` with no arguments: the enclosing class (the `__class__`
    /// cell) and the first argument of the calling function.
    pub fn super_new(&mut self, args: &[Value]) -> PyResult<Value> {
        let (t, obj) = match args.len() {
            0 => {
                let fp = self.frames.top();
                if fp.is_null() {
                    return Err(self.runtime_error("super(): no current frame"));
                }
                // SAFETY: the top frame is live while a builtin it called runs.
                let frame = unsafe { &*fp };
                let code = frame.code();
                if code.argcount == 0 && code.flags & crate::compile::code::CO_VARARGS == 0 {
                    return Err(self.runtime_error("super(): no arguments"));
                }
                let mut first = frame.local(0).clone();
                if let Some(c) = first.as_cell() {
                    let v = c.borrow().clone();
                    first = v;
                }
                if first.is_null() {
                    return Err(self.runtime_error("super(): arg[0] deleted"));
                }
                let idx = code
                    .varnames
                    .iter()
                    .rposition(|v| name_of(v) == "__class__")
                    .filter(|&i| i >= code.nlocalsplus - code.nfree);
                let Some(i) = idx else {
                    return Err(self.runtime_error("super(): __class__ cell not found"));
                };
                let cls = frame
                    .local(i as u32)
                    .as_cell()
                    .map(|c| c.borrow().clone())
                    .unwrap_or(Value::NULL);
                if cls.is_null() {
                    return Err(self.runtime_error("super(): empty __class__ cell"));
                }
                (cls, first)
            }
            2 => (args[0].clone(), args[1].clone()),
            1 => return Err(self.not_implemented("super() with one argument is not supported yet")),
            _ => return Err(self.type_error("super() takes at most 2 arguments")),
        };
        if t.as_type().is_none() {
            return Err(self.type_error(format!(
                "super() argument 1 must be a type, not {}",
                self.type_name(&t)
            )));
        }
        let ok = self.is_instance_of(&obj, &t) || (obj.as_type().is_some() && is_subtype(&obj, &t));
        if !ok {
            return Err(
                self.type_error("super(type, obj): obj must be an instance or subtype of type")
            );
        }
        Ok(object::alloc(ObjData::Super(t, obj)))
    }

    /// `super(...).name`, and whether the result wants `obj` prepended when
    /// called as a method (`load_method`'s form).
    pub fn super_getattr(
        &mut self,
        t: &Value,
        obj: &Value,
        name: &Value,
        method: bool,
    ) -> PyResult<(Value, Value)> {
        let objtype = if obj.as_type().is_some() && is_subtype(obj, t) {
            obj.clone()
        } else {
            self.type_of(obj)
        };
        let h = name.as_str().map_or(0, |s| s.hash());
        let found = {
            let mro = objtype.as_type().expect("a type").mro.borrow();
            let start = mro
                .iter()
                .position(|c| c.is(t))
                .map_or(mro.len(), |i| i + 1);
            mro[start..]
                .iter()
                .find_map(|c| c.as_type()?.dict.as_dict()?.borrow().get(name, h).cloned())
        };
        let Some(d) = found else {
            return Err(self.attribute_error(format!(
                "'super' object has no attribute '{}'",
                name_of(name)
            )));
        };
        let is_type = obj.as_type().is_some() && obj.is(&objtype);
        match d.data() {
            Some(ObjData::Function(_)) if !is_type => {
                if method {
                    Ok((d, obj.clone()))
                } else {
                    Ok((new_method(d, obj.clone()), Value::NULL))
                }
            }
            Some(ObjData::Builtin(b)) if b.is_method && !is_type => {
                let this = self.method_self(&d, obj);
                if method {
                    Ok((d, this))
                } else {
                    Ok((crate::builtins::bind(&d, this), Value::NULL))
                }
            }
            Some(ObjData::Function(_)) | Some(ObjData::Builtin(_)) => Ok((d, Value::NULL)),
            _ => Ok((self.bind_descr(d, obj, &objtype)?, Value::NULL)),
        }
    }
}

// ---- operators on instances of user classes ----

/// The method names of BINARY_OP's operators, by `oparg % 13`.
const BINARY_NAMES: [(&str, &str, &str); 13] = [
    ("__add__", "__radd__", "__iadd__"),
    ("__and__", "__rand__", "__iand__"),
    ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    ("__lshift__", "__rlshift__", "__ilshift__"),
    ("__matmul__", "__rmatmul__", "__imatmul__"),
    ("__mul__", "__rmul__", "__imul__"),
    ("__mod__", "__rmod__", "__imod__"),
    ("__or__", "__ror__", "__ior__"),
    ("__pow__", "__rpow__", "__ipow__"),
    ("__rshift__", "__rrshift__", "__irshift__"),
    ("__sub__", "__rsub__", "__isub__"),
    ("__truediv__", "__rtruediv__", "__itruediv__"),
    ("__xor__", "__rxor__", "__ixor__"),
];

/// `a <op> b` through the operands' Python-defined methods: `__iop__`
/// first for in-place forms, then `__op__` and `__rop__` (the right
/// operand's first when its class derives from the left's). None when
/// every method declined (returned NotImplemented) or none exists.
pub fn user_binary_op(vm: &mut Vm, a: &Value, b: &Value, oparg: u32) -> PyResult<Option<Value>> {
    let (op, rop, iop) = BINARY_NAMES[(oparg % 13) as usize];
    if oparg >= 13 {
        if let Some(r) = vm.try_special(a, iop, std::slice::from_ref(b))? {
            if !r.is(&Value::NOT_IMPLEMENTED) {
                return Ok(Some(r));
            }
        }
    }
    user_binary_named(vm, a, b, op, rop)
}

/// `a <op> b` through `a.op(b)` and the reflected `b.rop(a)`, in CPython's
/// order (also for divmod, which has no BINARY_OP form).
pub fn user_binary_named(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: &'static str,
    rop: &'static str,
) -> PyResult<Option<Value>> {
    let (ta, tb) = (vm.type_of(a), vm.type_of(b));
    let same = ta.is(&tb);
    let right_first = !same && is_subtype(&tb, &ta) && vm.user_special(b, rop).is_some();
    if right_first {
        if let Some(r) = vm.try_special(b, rop, std::slice::from_ref(a))? {
            if !r.is(&Value::NOT_IMPLEMENTED) {
                return Ok(Some(r));
            }
        }
    }
    if let Some(r) = vm.try_special(a, op, std::slice::from_ref(b))? {
        if !r.is(&Value::NOT_IMPLEMENTED) {
            return Ok(Some(r));
        }
    }
    if !same && !right_first {
        if let Some(r) = vm.try_special(b, rop, std::slice::from_ref(a))? {
            if !r.is(&Value::NOT_IMPLEMENTED) {
                return Ok(Some(r));
            }
        }
    }
    Ok(None)
}

/// Rich comparison through Python-defined methods, with the reflected
/// method of the right operand and CPython's defaults for `==` and `!=`.
/// None when no method gave an answer (ordering is then a TypeError).
pub fn user_compare(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: super::CmpOp,
) -> PyResult<Option<Value>> {
    use super::CmpOp::*;
    let reflected = match op {
        Lt => Gt,
        Le => Ge,
        Eq => Eq,
        Ne => Ne,
        Gt => Lt,
        Ge => Le,
    };
    // CPython's order: the right operand first when its class is a proper
    // subclass of the left's; then the left; then the right.
    let (ta, tb) = (vm.type_of(a), vm.type_of(b));
    let right_first = !ta.is(&tb) && is_subtype(&tb, &ta);
    if right_first {
        let r = compare_method(vm, b, reflected, a)?;
        if !r.is(&Value::NOT_IMPLEMENTED) {
            return Ok(Some(r));
        }
    }
    let r = compare_method(vm, a, op, b)?;
    if !r.is(&Value::NOT_IMPLEMENTED) {
        return Ok(Some(r));
    }
    if !right_first {
        let r = compare_method(vm, b, reflected, a)?;
        if !r.is(&Value::NOT_IMPLEMENTED) {
            return Ok(Some(r));
        }
    }
    match op {
        Eq => Ok(Some(Value::bool(a.is(b)))),
        Ne => Ok(Some(Value::bool(!a.is(b)))),
        _ => Ok(None),
    }
}

/// What `x.__op__(y)` returns for the comparison method `x`'s class
/// actually has: the class's own (Python) method; else the builtin base
/// value's comparison; else object's defaults (`__eq__` is identity,
/// `__ne__` inverts `__eq__`, the others are NotImplemented).
fn compare_method(vm: &mut Vm, x: &Value, op: super::CmpOp, y: &Value) -> PyResult<Value> {
    use super::CmpOp::*;
    let name = match op {
        Lt => "__lt__",
        Le => "__le__",
        Eq => "__eq__",
        Ne => "__ne__",
        Gt => "__gt__",
        Ge => "__ge__",
    };
    if has_heap_type(vm, x) {
        if let Some(r) = vm.try_special(x, name, std::slice::from_ref(y))? {
            return Ok(r);
        }
        if op == Ne && vm.user_special(x, "__eq__").is_some() {
            let r = compare_method(vm, x, Eq, y)?;
            if r.is(&Value::NOT_IMPLEMENTED) {
                return Ok(r);
            }
            return Ok(Value::bool(!ops::truthy(vm, &r)?));
        }
    }
    // A builtin value (or the one a subclass instance extends) compares
    // with another builtin value.
    let xb = Vm::base_value(x).unwrap_or_else(|| x.clone());
    if !has_heap_type(vm, &xb) {
        let yb = Vm::base_value(y).unwrap_or_else(|| y.clone());
        if has_heap_type(vm, &yb) {
            return Ok(Value::NOT_IMPLEMENTED);
        }
        return match ops::compare(vm, &xb, &yb, op) {
            Ok(r) => Ok(r),
            Err(e) if vm.is_instance_of(&e.0, &vm.exc.type_error.clone()) => {
                Ok(Value::NOT_IMPLEMENTED)
            }
            Err(e) => Err(e),
        };
    }
    Ok(match op {
        Eq if x.is(y) => Value::TRUE,
        _ => Value::NOT_IMPLEMENTED,
    })
}

/// A unary operator's method (`__neg__`, `__pos__`, `__invert__`, `__abs__`).
pub fn user_unary(vm: &mut Vm, v: &Value, name: &'static str) -> PyResult<Option<Value>> {
    vm.try_special(v, name, &[])
}

/// `bool(v)` by `__bool__`, then `__len__`; None when neither is defined.
pub fn user_truthy(vm: &mut Vm, v: &Value) -> PyResult<Option<bool>> {
    if let Some(r) = vm.try_special(v, "__bool__", &[])? {
        if !r.is_bool() {
            return Err(vm.type_error(format!(
                "__bool__ should return bool, returned {}",
                vm.type_name(&r)
            )));
        }
        return Ok(Some(r.is_true()));
    }
    if vm.user_special(v, "__len__").is_some() {
        return Ok(Some(user_len(vm, v)?.unwrap_or(0) != 0));
    }
    Ok(None)
}

/// `len(v)` by `__len__`.
pub fn user_len(vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
    let Some(r) = vm.try_special(v, "__len__", &[])? else {
        return Ok(None);
    };
    let Some(i) = crate::object::int::as_int(&r) else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&r)
        )));
    };
    if i.is_negative() {
        return Err(vm.value_error("__len__() should return >= 0"));
    }
    match i.to_i64() {
        Some(n) => Ok(Some(n as usize)),
        None => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

/// `hash(v)` by `__hash__` (None: unhashable).
pub fn user_hash(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    let Some(m) = vm.user_special(v, "__hash__") else {
        return Ok(None);
    };
    if m.is_none() {
        return Err(vm.type_error(format!("unhashable type: '{}'", vm.type_name(v))));
    }
    let r = vm.call_special(&m, v, &[])?;
    match crate::object::int::as_int(&r) {
        Some(i) => {
            // A result that fits a machine word is the hash as it is; a
            // bigger one is reduced as hash(int) reduces it (CPython).
            let h = match i.to_i64() {
                Some(h) => h,
                None => ops::hash(vm, &r)?,
            };
            Ok(Some(if h == -1 { -2 } else { h }))
        }
        None => Err(vm.type_error("__hash__ method should return an integer")),
    }
}

/// `repr(v)` / `str(v)` by `__repr__` / `__str__`.
pub fn user_repr(vm: &mut Vm, v: &Value, name: &'static str) -> PyResult<Option<String>> {
    let Some(m) = vm.user_special(v, name).filter(|m| !m.is_none()) else {
        return Ok(None);
    };
    // As CPython's PyObject_Repr/PyObject_Str: one level of recursion for
    // the call itself.
    let what = if name == "__str__" {
        " while getting the str of an object"
    } else {
        " while getting the repr of an object"
    };
    vm.enter_recursive_call(what)?;
    let r = vm.call_special(&m, v, &[]);
    vm.leave_recursive_call();
    let r = r?;
    match r.as_str() {
        Some(s) => Ok(Some(s.as_str().to_string())),
        None => Err(vm.type_error(format!(
            "{name} returned non-string (type {})",
            vm.type_name(&r)
        ))),
    }
}

/// The default `repr` of an instance: `<module.Class object at 0x...>`.
pub fn default_repr(vm: &mut Vm, v: &Value) -> String {
    let cls = vm.type_of(v);
    format!(
        "<{} object at {:#x}>",
        class_display_name(vm, &cls),
        v.ptr() as usize
    )
}

/// `module.qualname` of a class (just the name for builtins).
pub fn class_display_name(vm: &mut Vm, cls: &Value) -> String {
    let Some(t) = cls.as_type() else {
        return "?".into();
    };
    if !t.heap {
        return t.name.clone();
    }
    let d = t.dict.clone();
    let module = vm
        .dict_get_str(&d, "__module__")
        .and_then(|m| m.as_str().map(|s| s.as_str().to_string()));
    let qual = vm
        .dict_get_str(&d, "__qualname__")
        .and_then(|m| m.as_str().map(|s| s.as_str().to_string()))
        .unwrap_or_else(|| t.name.clone());
    match module {
        Some(m) if m != "builtins" => format!("{m}.{qual}"),
        _ => qual,
    }
}
