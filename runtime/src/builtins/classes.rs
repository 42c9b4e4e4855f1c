//! The builtins of the object model: `__build_class__`, `super`,
//! `property`, `staticmethod`, `classmethod`, `vars`, `delattr`; the
//! methods of `object`, `type` and `BaseException` that user classes reach
//! through `super()`; and the attributes of functions, methods and
//! descriptors.

use super::functions::{check_args, nkw, no_kwargs, parse_kwargs};
use super::{new_builtin, BuiltinFn};
use crate::interp::generator::GenOutcome;
use crate::interp::{ops, PyResult, Vm};
use crate::object::{self, new_tuple, ObjData};
use crate::value::Value;

pub(super) fn register(vm: &mut Vm, d: &Value) {
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("__build_class__", builtin_build_class),
        ("delattr", builtin_delattr),
        ("vars", builtin_vars),
    ];
    for (name, f) in fns {
        vm.dict_set_str(d, name, new_builtin(name, *f, false));
    }
    for (name, t) in [
        ("super", vm.types.super_.clone()),
        ("property", vm.types.property.clone()),
        ("staticmethod", vm.types.staticmethod.clone()),
        ("classmethod", vm.types.classmethod.clone()),
    ] {
        vm.dict_set_str(d, name, t);
    }
    let tables: [(Value, &[(&'static str, BuiltinFn)]); 13] = [
        (
            vm.types.coroutine.clone(),
            &[
                ("send", gen_send),
                ("throw", gen_throw),
                ("close", gen_close),
                ("__await__", gen_iter),
            ],
        ),
        (
            vm.types.async_generator.clone(),
            &[
                ("__aiter__", gen_iter),
                ("__anext__", agen_anext),
                ("asend", agen_asend),
                ("athrow", agen_athrow),
                ("aclose", agen_aclose),
            ],
        ),
        (
            vm.types.async_generator_asend.clone(),
            &[
                ("send", asend_send),
                ("__next__", asend_next),
                ("__await__", asend_await),
                ("__iter__", asend_await),
                ("throw", asend_throw),
                ("close", asend_close),
            ],
        ),
        (vm.types.list.clone(), &[("__init__", list_init)]),
        (vm.types.dict.clone(), &[("__init__", dict_init)]),
        (vm.types.set.clone(), &[("__init__", set_init)]),
        (
            vm.types.generator.clone(),
            &[
                ("send", gen_send),
                ("throw", gen_throw),
                ("close", gen_close),
                ("__next__", gen_next),
                ("__iter__", gen_iter),
            ],
        ),
        (
            vm.types.object.clone(),
            &[
                ("__init__", object_init),
                ("__new__", object_new),
                ("__setattr__", object_setattr),
                ("__delattr__", object_delattr),
                ("__getattribute__", object_getattribute),
                ("__repr__", object_repr),
                ("__str__", object_str),
                ("__eq__", object_eq),
                ("__ne__", object_ne),
                ("__hash__", object_hash),
                ("__init_subclass__", object_init_subclass),
            ],
        ),
        (
            vm.types.type_.clone(),
            &[
                ("__new__", type_dunder_new),
                ("__init__", type_init),
                ("mro", type_mro),
                ("__instancecheck__", type_instancecheck),
                ("__subclasscheck__", type_subclasscheck),
            ],
        ),
        (
            vm.exc.base_exception.clone(),
            &[
                ("__init__", exception_init),
                ("__new__", exception_new),
                ("with_traceback", exception_with_traceback),
                ("add_note", exception_add_note),
                ("__str__", exception_str),
                ("__repr__", exception_repr),
            ],
        ),
        (vm.types.staticmethod.clone(), &[("__init__", descr_init)]),
        (vm.types.classmethod.clone(), &[("__init__", descr_init)]),
        (
            vm.types.property.clone(),
            &[
                ("__init__", descr_init),
                ("getter", property_getter),
                ("setter", property_setter),
                ("deleter", property_deleter),
            ],
        ),
    ];
    for t in [
        vm.types.int.clone(),
        vm.types.float.clone(),
        vm.types.str_.clone(),
        vm.types.tuple.clone(),
        vm.types.frozenset.clone(),
        vm.types.list.clone(),
        vm.types.dict.clone(),
        vm.types.set.clone(),
        vm.types.bytes.clone(),
        vm.types.generic_alias.clone(),
    ] {
        let d = t.as_type().expect("a type").dict.clone();
        vm.dict_set_str(
            &d,
            "__new__",
            new_builtin("__new__", builtin_type_new, false),
        );
    }
    for (t, methods) in tables {
        let d = t.as_type().expect("a type").dict.clone();
        for (name, f) in methods {
            // `__new__` is a static method: called with the class first.
            let is_method = *name != "__new__" && *name != "__init_subclass__";
            vm.dict_set_str(&d, name, new_builtin(name, *f, is_method));
        }
    }
    // object.__subclasshook__ is a classmethod answering NotImplemented
    // (the ABCs' metaclass calls it on every class).
    let od = vm.types.object.as_type().expect("a type").dict.clone();
    let td = vm.types.type_.as_type().expect("a type").dict.clone();
    let prepare = new_builtin("__prepare__", type_prepare, false);
    vm.dict_set_str(
        &td,
        "__prepare__",
        object::alloc(ObjData::ClassMethod(prepare)),
    );
    // object.__init_subclass__ is a classmethod too (so each class reads
    // it bound to itself, as CPython's does).
    let isc = new_builtin("__init_subclass__", object_init_subclass, false);
    vm.dict_set_str(
        &od,
        "__init_subclass__",
        object::alloc(ObjData::ClassMethod(isc)),
    );
    let hook = new_builtin("__subclasshook__", object_subclasshook, false);
    vm.dict_set_str(
        &od,
        "__subclasshook__",
        object::alloc(ObjData::ClassMethod(hook)),
    );
    vm.dict_set_str(
        &od,
        "__sizeof__",
        new_builtin("__sizeof__", object_sizeof, true),
    );
    for (name, f) in [
        ("__reduce_ex__", object_reduce_ex as BuiltinFn),
        ("__reduce__", object_reduce),
        ("__getstate__", object_getstate),
        ("__dir__", super::functions::object_dir),
    ] {
        vm.dict_set_str(&od, name, new_builtin(name, f, true));
    }
}

/// Calls `copyreg.<helper>(*args)`: the default reductions are our own
/// Python (runtime/lib/copyreg.py).
fn copyreg_call(vm: &mut Vm, helper: &str, args: &[Value]) -> PyResult<Value> {
    let m = vm.import_module("copyreg")?;
    let f = ops::getattr(vm, &m, &object::str::new_str(helper))?;
    vm.call(&f, args, None)
}

/// `object.__reduce_ex__(protocol)`.
fn object_reduce_ex(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "__reduce_ex__", kwnames)?;
    check_args(vm, "__reduce_ex__", args.len(), 2, 2)?;
    crate::builtins::index_int(vm, &args[1])?;
    copyreg_call(vm, "_object_reduce_ex", args)
}

/// `object.__reduce__()`: the protocol-0 reduction.
fn object_reduce(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "__reduce__", kwnames)?;
    check_args(vm, "__reduce__", args.len(), 1, 1)?;
    copyreg_call(vm, "_reduce_ex", &[args[0].clone(), Value::int(0)])
}

/// `object.__getstate__()`.
fn object_getstate(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "__getstate__", kwnames)?;
    check_args(vm, "__getstate__", args.len(), 1, 1)?;
    copyreg_call(vm, "_object_getstate", args)
}

/// `type.__prepare__(name, bases, **kwds)`: a new dict for the class body.
fn type_prepare(_vm: &mut Vm, _args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    Ok(object::new_dict(object::Dict::new()))
}

/// `type.__instancecheck__(cls, obj)`: the check isinstance makes
/// without a metaclass hook.
fn type_instancecheck(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "__instancecheck__", kwnames)?;
    check_args(vm, "__instancecheck__", args.len(), 2, 2)?;
    Ok(Value::bool(vm.is_instance_of(&args[1], &args[0])))
}

/// `type.__subclasscheck__(cls, sub)`.
fn type_subclasscheck(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "__subclasscheck__", kwnames)?;
    check_args(vm, "__subclasscheck__", args.len(), 2, 2)?;
    if args[1].as_type().is_none() {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    Ok(Value::bool(crate::object::types::is_subtype(
        &args[1], &args[0],
    )))
}

fn object_subclasshook(_vm: &mut Vm, _args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}

/// `object.__sizeof__()`: what sys.getsizeof reports, less the 16 bytes
/// CPython adds for the collector's header of tracked objects.
fn object_sizeof(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "__sizeof__", kwnames)?;
    check_args(vm, "__sizeof__", args.len(), 1, 1)?;
    let base = Vm::base_value(&args[0]).unwrap_or_else(|| args[0].clone());
    Ok(Value::int(match base.data() {
        Some(ObjData::Instance(_)) => 16,
        _ => crate::modules::sys::size_of(&base),
    }))
}

fn builtin_build_class(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    vm.build_class(args, kwnames)
}

fn builtin_delattr(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "delattr", kwnames)?;
    check_args(vm, "delattr", args.len(), 2, 2)?;
    if args[1].as_str().is_none() {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&args[1])
        )));
    }
    ops::delattr(vm, &args[0], &args[1])?;
    Ok(Value::NONE)
}

fn builtin_vars(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "vars", kwnames)?;
    check_args(vm, "vars", args.len(), 0, 1)?;
    // vars() is locals().
    if args.is_empty() {
        return super::functions::builtin_locals(vm, args, kwnames);
    }
    let v = &args[0];
    match v.data() {
        Some(ObjData::Instance(_)) | Some(ObjData::Exception(_)) => {
            let cls = vm.type_of(v);
            if cls.as_type().is_some_and(|t| t.has_dict) {
                return Ok(ops::instance_dict_value(v));
            }
        }
        Some(ObjData::Module(m)) => return Ok(m.dict.clone()),
        Some(ObjData::Type(_)) => {
            let n = vm.interned.intern_static("__dict__");
            return ops::getattr(vm, v, &n);
        }
        _ => {}
    }
    Err(vm.type_error("vars() argument must have __dict__ attribute"))
}

/// Constructors of the descriptor types, called from `construct`.
pub(super) fn descr_new(
    vm: &mut Vm,
    t: &Value,
    args: &[Value],
    kwnames: Option<&Value>,
) -> PyResult<Option<Value>> {
    if t.is(&vm.types.super_) {
        no_kwargs(vm, "super", kwnames)?;
        return vm.super_new(args).map(Some);
    }
    if t.is(&vm.types.property) {
        let (pos, kw) = parse_kwargs(
            vm,
            "property",
            args,
            kwnames,
            &["fget", "fset", "fdel", "doc"],
        )?;
        if pos.len() > 4 {
            return Err(vm.type_error(format!(
                "property() takes at most 4 arguments ({} given)",
                pos.len()
            )));
        }
        let mut parts: [Value; 5] = [
            Value::NONE,
            Value::NONE,
            Value::NONE,
            Value::NONE,
            Value::NONE,
        ];
        for (i, p) in parts.iter_mut().take(4).enumerate() {
            if let Some(v) = pos.get(i).or(kw[i]) {
                *p = v.clone();
            }
        }
        if parts[3].is_none() {
            parts[3] = function_doc(&parts[0]);
        }
        return Ok(Some(object::alloc(ObjData::Property(Box::new(parts)))));
    }
    for (ty, name, is_static) in [
        (vm.types.staticmethod.clone(), "staticmethod", true),
        (vm.types.classmethod.clone(), "classmethod", false),
    ] {
        if t.is(&ty) {
            no_kwargs(vm, name, kwnames)?;
            if args.len() != 1 {
                return Err(
                    vm.type_error(format!("{name} expected 1 argument, got {}", args.len()))
                );
            }
            let f = args[0].clone();
            return Ok(Some(object::alloc(if is_static {
                ObjData::StaticMethod(f)
            } else {
                ObjData::ClassMethod(f)
            })));
        }
    }
    Ok(None)
}

fn function_doc(f: &Value) -> Value {
    match f.data() {
        Some(ObjData::Function(func)) => func.doc.borrow().clone(),
        _ => Value::NONE,
    }
}

// ---- object ----

fn self_arg<'a>(vm: &Vm, name: &str, args: &'a [Value]) -> PyResult<&'a Value> {
    args.first().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' of 'object' object needs an argument"
        ))
    })
}

fn object_init(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let this = self_arg(vm, "__init__", args)?;
    if args.len() > 1 || nkw(kwnames) > 0 {
        // Extra arguments are an error only when __init__ is not overridden
        // or __new__ is not (as in CPython's object_init).
        let init = vm.user_special(this, "__init__").is_some();
        let new = vm.user_special(this, "__new__").is_some();
        if init || !new {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
    }
    Ok(Value::NONE)
}

/// `__init__` of property, classmethod and staticmethod: the object was
/// made whole by `__new__` from the same arguments, so a subclass's
/// `super().__init__(...)` has nothing left to do.
fn descr_init(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    self_arg(vm, "__init__", args)?;
    Ok(Value::NONE)
}

fn object_new(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    let Some(cls) = args.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    vm.object_new(cls, &[], None)
}

fn object_setattr(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "__setattr__", kwnames)?;
    check_args(vm, "__setattr__", args.len(), 3, 3)?;
    let cls = vm.type_of(&args[0]);
    match args[0].data() {
        Some(ObjData::Instance(_)) | Some(ObjData::Exception(_)) => {
            vm.generic_setattr(&args[0], &cls, &args[1], Some(args[2].clone()))?
        }
        // A metaclass's super().__setattr__: past its own hook.
        Some(ObjData::Type(_)) => vm.type_setattr_raw(&args[0], &args[1], Some(args[2].clone()))?,
        _ => ops::setattr(vm, &args[0], &args[1], args[2].clone())?,
    }
    Ok(Value::NONE)
}

fn object_delattr(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "__delattr__", kwnames)?;
    check_args(vm, "__delattr__", args.len(), 2, 2)?;
    let cls = vm.type_of(&args[0]);
    match args[0].data() {
        Some(ObjData::Instance(_)) | Some(ObjData::Exception(_)) => {
            vm.generic_setattr(&args[0], &cls, &args[1], None)?
        }
        Some(ObjData::Type(_)) => vm.type_setattr_raw(&args[0], &args[1], None)?,
        _ => ops::delattr(vm, &args[0], &args[1])?,
    }
    Ok(Value::NONE)
}

fn object_getattribute(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "__getattribute__", kwnames)?;
    check_args(vm, "__getattribute__", args.len(), 2, 2)?;
    if args[1].as_str().is_none() {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&args[1])
        )));
    }
    match args[0].data() {
        Some(ObjData::Instance(_)) => {
            let cls = vm.type_of(&args[0]);
            match vm.generic_getattr(&args[0], &cls, &args[1])? {
                Some(v) => Ok(v),
                None => Err(vm.no_attribute(&args[0], &args[1])),
            }
        }
        _ => ops::getattr(vm, &args[0], &args[1]),
    }
}

fn object_repr(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    let this = self_arg(vm, "__repr__", args)?;
    let s = match this.data() {
        Some(ObjData::Instance(_)) => crate::interp::classes::default_repr(vm, this),
        // type.__repr__(cls) from a metaclass's own __repr__: the default.
        Some(ObjData::Type(_)) => {
            format!(
                "<class '{}'>",
                crate::interp::classes::class_display_name(vm, this)
            )
        }
        _ => ops::repr(vm, this)?,
    };
    Ok(object::str::new_str(s))
}

fn object_str(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    let this = self_arg(vm, "__str__", args)?;
    let s = ops::repr(vm, this)?;
    Ok(object::str::new_str(s))
}

fn object_eq(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    check_args(vm, "__eq__", args.len(), 2, 2)?;
    Ok(if args[0].is(&args[1]) {
        Value::TRUE
    } else {
        Value::NOT_IMPLEMENTED
    })
}

fn object_ne(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    check_args(vm, "__ne__", args.len(), 2, 2)?;
    let r = match vm.try_special(&args[0], "__eq__", &args[1..2])? {
        Some(r) => r,
        None => object_eq(vm, args, None)?,
    };
    if r.is(&Value::NOT_IMPLEMENTED) {
        return Ok(r);
    }
    Ok(Value::bool(!ops::truthy(vm, &r)?))
}

fn object_hash(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    let this = self_arg(vm, "__hash__", args)?;
    Ok(Value::int((this.bits() >> 4) as i64))
}

fn object_init_subclass(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    if nkw(kwnames) > 0 || args.len() > 1 {
        let name = args
            .first()
            .and_then(|c| c.as_type())
            .map_or("object".to_string(), |t| t.name.clone());
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::NONE)
}

/// `int.__new__(cls, *args)` and the like: a value of builtin type `cls`,
/// or of a subclass of it.
fn builtin_type_new(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let Some(cls) = args.first().filter(|c| c.as_type().is_some()) else {
        return Err(vm.type_error("__new__(X): X is not a type object"));
    };
    vm.object_new(&cls.clone(), &args[1..], kwnames)
}

// ---- __init__ of the mutable builtin types (reached by subclasses) ----

/// The builtin value `args[0]` stands for: itself, or what a subclass
/// instance extends.
fn builtin_self(args: &[Value]) -> Option<Value> {
    let v = args.first()?;
    Some(crate::interp::Vm::base_value(v).unwrap_or_else(|| v.clone()))
}

fn list_init(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "list", kwnames)?;
    check_args(vm, "list", args.len(), 1, 2)?;
    let this = builtin_self(args).expect("self");
    let Some(l) = this.as_list() else {
        return Err(vm.type_error("descriptor '__init__' requires a 'list' object"));
    };
    let items = match args.get(1) {
        Some(it) => ops::iterate(vm, it)?,
        None => Vec::new(),
    };
    let old = std::mem::replace(&mut *l.borrow_mut(), items);
    drop(old);
    Ok(Value::NONE)
}

fn dict_init(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let this = builtin_self(args).expect("self");
    if this.as_dict().is_none() {
        return Err(vm.type_error("descriptor '__init__' requires a 'dict' object"));
    }
    let update = vm.dict_get_str(
        &vm.types.dict.as_type().expect("a type").dict.clone(),
        "update",
    );
    match update {
        Some(u) => {
            let mut all = vec![this];
            all.extend_from_slice(&args[1..]);
            vm.call(&u, &all, kwnames)?;
        }
        None => return Err(vm.type_error("dict.update is missing")),
    }
    Ok(Value::NONE)
}

fn set_init(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "set", kwnames)?;
    check_args(vm, "set", args.len(), 1, 2)?;
    let this = builtin_self(args).expect("self");
    let Some(s) = super::sets::as_set(&this) else {
        return Err(vm.type_error("descriptor '__init__' requires a 'set' object"));
    };
    s.borrow_mut().clear();
    if let Some(it) = args.get(1) {
        for x in ops::iterate(vm, it)? {
            super::sets::add_key(vm, s, x)?;
        }
    }
    Ok(Value::NONE)
}

// ---- type ----

fn type_dunder_new(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let Some(meta) = args.first() else {
        return Err(vm.type_error("type.__new__(): not enough arguments"));
    };
    vm.object_new(&meta.clone(), &args[1..], kwnames)
}

fn type_init(_vm: &mut Vm, _args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn type_mro(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    match args.first().and_then(|t| t.as_type()) {
        Some(t) => Ok(object::new_list(t.mro.borrow().clone())),
        None => Err(vm.type_error("descriptor 'mro' of 'type' object needs an argument")),
    }
}

// ---- BaseException ----

fn exception_str(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    let this = self_arg(vm, "__str__", args)?.clone();
    let s = ops::exception_str(vm, &this)?;
    Ok(object::str::new_str(s))
}

fn exception_repr(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    let this = self_arg(vm, "__repr__", args)?.clone();
    let s = ops::exception_repr(vm, &this)?;
    Ok(object::str::new_str(s))
}

fn exception_init(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let Some(this) = args.first() else {
        return Err(
            vm.type_error("descriptor '__init__' of 'BaseException' object needs an argument")
        );
    };
    if nkw(kwnames) > 0 {
        return Err(vm.type_error(format!(
            "{}() takes no keyword arguments",
            vm.type_name(this)
        )));
    }
    if let Some(e) = this.as_exception() {
        *e.args.borrow_mut() = new_tuple(args[1..].to_vec());
    }
    Ok(Value::NONE)
}

fn exception_with_traceback(
    vm: &mut Vm,
    args: &[Value],
    kwnames: Option<&Value>,
) -> PyResult<Value> {
    no_kwargs(vm, "with_traceback", kwnames)?;
    check_args(vm, "with_traceback", args.len(), 2, 2)?;
    if let Some(e) = args[0].as_exception() {
        ops::set_traceback(vm, e, &args[1])?;
    }
    Ok(args[0].clone())
}

fn exception_add_note(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "add_note", kwnames)?;
    check_args(vm, "add_note", args.len(), 2, 2)?;
    if args[1].as_str().is_none() {
        return Err(vm.type_error(format!(
            "note must be a str, not '{}'",
            vm.type_name(&args[1])
        )));
    }
    let name = vm.interned.intern_static("__notes__");
    let notes = match ops::getattr(vm, &args[0], &name) {
        Ok(n) => n,
        Err(_) => {
            let l = object::new_list(vec![]);
            ops::setattr(vm, &args[0], &name, l.clone())?;
            l
        }
    };
    match notes.as_list() {
        Some(l) => l.borrow_mut().push(args[1].clone()),
        None => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::NONE)
}

fn exception_new(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let Some(cls) = args.first() else {
        return Err(vm.type_error("BaseException.__new__(): not enough arguments"));
    };
    vm.object_new(&cls.clone(), &args[1..], kwnames)
}

// ---- property ----

fn property_with(vm: &mut Vm, args: &[Value], i: usize, name: &str) -> PyResult<Value> {
    check_args(vm, name, args.len(), 2, 2)?;
    let Some(ObjData::Property(p)) = args[0].data() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' for 'property' objects doesn't apply to a '{}' object",
            vm.type_name(&args[0])
        )));
    };
    let mut parts: [Value; 5] = (**p).clone();
    parts[i] = args[1].clone();
    if i == 0 {
        let d = function_doc(&parts[0]);
        if !d.is_none() {
            parts[3] = d;
        }
    }
    Ok(object::alloc(ObjData::Property(Box::new(parts))))
}
fn property_getter(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    property_with(vm, args, 0, "getter")
}
fn property_setter(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    property_with(vm, args, 1, "setter")
}
fn property_deleter(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    property_with(vm, args, 2, "deleter")
}

// ---- generators ----

fn self_gen<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a Value> {
    match args.first() {
        Some(g) if matches!(g.data(), Some(ObjData::Generator(_))) => Ok(g),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for 'generator' objects doesn't apply to this object"
        ))),
    }
}

fn gen_outcome(vm: &mut Vm, r: GenOutcome) -> PyResult<Value> {
    match r {
        GenOutcome::Yielded(v) => Ok(v),
        GenOutcome::Returned(v) => Err(vm.stop_iteration_with(v)),
    }
}

fn gen_send(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "send", kwnames)?;
    check_args(vm, "send", args.len(), 2, 2)?;
    let g = self_gen(vm, args, "send")?.clone();
    let r = vm.gen_resume(&g, args[1].clone(), None)?;
    gen_outcome(vm, r)
}

fn gen_next(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "__next__", kwnames)?;
    let g = self_gen(vm, args, "__next__")?.clone();
    let r = vm.gen_resume(&g, Value::NONE, None)?;
    gen_outcome(vm, r)
}

fn gen_iter(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    Ok(self_gen(vm, args, "__iter__")?.clone())
}

fn gen_throw(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "throw", kwnames)?;
    check_args(vm, "throw", args.len(), 2, 4)?;
    let g = self_gen(vm, args, "throw")?.clone();
    let exc = match args[1].data() {
        Some(ObjData::Exception(_)) => args[1].clone(),
        Some(ObjData::Type(_))
            if crate::object::types::is_subtype(&args[1], &vm.exc.base_exception) =>
        {
            let a: Vec<Value> = args
                .get(2)
                .filter(|v| !v.is_none())
                .cloned()
                .into_iter()
                .collect();
            vm.call(&args[1].clone(), &a, None)?
        }
        _ => {
            return Err(vm.type_error(
                "exceptions must be classes or instances deriving from BaseException, not "
                    .to_string()
                    + &vm.type_name(&args[1]),
            ))
        }
    };
    let r = vm.gen_resume(&g, Value::NONE, Some(crate::interp::PyErr(exc)))?;
    gen_outcome(vm, r)
}

fn gen_close(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "close", kwnames)?;
    let g = self_gen(vm, args, "close")?.clone();
    close_generator(vm, &g)
}

/// `gen.close()`: GeneratorExit thrown in at the suspension point.
pub fn close_generator(vm: &mut Vm, g: &Value) -> PyResult<Value> {
    let g = g.clone();
    let exit = vm.new_exception(&vm.exc.generator_exit.clone(), vec![]);
    match vm.gen_resume(&g, Value::NONE, Some(crate::interp::PyErr(exit))) {
        Ok(GenOutcome::Yielded(_)) => Err(vm.runtime_error("generator ignored GeneratorExit")),
        Ok(GenOutcome::Returned(_)) => Ok(Value::NONE),
        Err(e)
            if vm.is_instance_of(&e.0, &vm.exc.generator_exit.clone())
                || vm.is_instance_of(&e.0, &vm.exc.stop_iteration.clone()) =>
        {
            Ok(Value::NONE)
        }
        Err(e) => Err(e),
    }
}

// ---- async generators and their awaitables ----

fn agen_anext(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "__anext__", kwnames)?;
    let g = self_gen(vm, args, "__anext__")?.clone();
    vm.get_anext(&g)
}

fn agen_asend(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "asend", kwnames)?;
    check_args(vm, "asend", args.len(), 2, 2)?;
    let g = self_gen(vm, args, "asend")?.clone();
    Ok(object::alloc(ObjData::AsyncGenASend(
        g,
        std::cell::RefCell::new(args[1].clone()),
        object::AsendKind::Send,
    )))
}

/// `agen.athrow(exc)` / `agen.athrow(type[, value[, tb]])`: an awaitable
/// that throws the exception in at the generator's await point.
fn agen_athrow(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "athrow", kwnames)?;
    check_args(vm, "athrow", args.len(), 2, 4)?;
    let g = self_gen(vm, args, "athrow")?.clone();
    let exc = match (&args[1], args.get(2)) {
        (t, v) if t.as_type().is_some() => {
            let v = v.filter(|v| !v.is_none());
            match v {
                Some(v) if vm.is_instance_of(v, t) => v.clone(),
                Some(v) => vm.call(t, std::slice::from_ref(v), None)?,
                None => vm.call(t, &[], None)?,
            }
        }
        (e, _) if e.as_exception().is_some() => e.clone(),
        _ => {
            return Err(vm.type_error(
                "exceptions must be classes or instances deriving from BaseException, not "
                    .to_string()
                    + vm.type_name(&args[1]).as_str(),
            ))
        }
    };
    Ok(object::alloc(ObjData::AsyncGenASend(
        g,
        std::cell::RefCell::new(exc),
        object::AsendKind::Throw,
    )))
}

/// `agen.aclose()`: an awaitable that throws GeneratorExit into the
/// generator.
fn agen_aclose(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "aclose", kwnames)?;
    let g = self_gen(vm, args, "aclose")?.clone();
    let exit = vm.new_exception(&vm.exc.generator_exit.clone(), vec![]);
    Ok(object::alloc(ObjData::AsyncGenASend(
        g,
        std::cell::RefCell::new(exit),
        object::AsendKind::Close,
    )))
}

fn self_asend<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a Value> {
    match args.first() {
        Some(a) if matches!(a.data(), Some(ObjData::AsyncGenASend(..))) => Ok(a),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for 'async_generator_asend' objects doesn't apply to this object"
        ))),
    }
}

fn asend_drive(
    vm: &mut Vm,
    a: &Value,
    v: Value,
    throw: Option<crate::interp::PyErr>,
) -> PyResult<Value> {
    let r = vm.asend_resume(a, v, throw)?;
    gen_outcome(vm, r)
}

fn asend_send(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "send", kwnames)?;
    check_args(vm, "send", args.len(), 2, 2)?;
    let a = self_asend(vm, args, "send")?.clone();
    asend_drive(vm, &a, args[1].clone(), None)
}

fn asend_next(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "__next__", kwnames)?;
    let a = self_asend(vm, args, "__next__")?.clone();
    asend_drive(vm, &a, Value::NONE, None)
}

fn asend_await(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    Ok(self_asend(vm, args, "__await__")?.clone())
}

fn asend_throw(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "throw", kwnames)?;
    check_args(vm, "throw", args.len(), 2, 4)?;
    let a = self_asend(vm, args, "throw")?.clone();
    let exc = match args[1].data() {
        Some(ObjData::Exception(_)) => args[1].clone(),
        _ => vm.call(&args[1].clone(), &[], None)?,
    };
    asend_drive(vm, &a, Value::NONE, Some(crate::interp::PyErr(exc)))
}

fn asend_close(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    self_asend(vm, args, "close")?;
    Ok(Value::NONE)
}

// ---- attributes of functions, methods and descriptors ----

/// Attributes of functions, bound methods, properties and static/class
/// methods; None to go on with the type's attributes.
pub fn descr_getattr(vm: &mut Vm, v: &Value, name: &Value) -> PyResult<Option<Value>> {
    let n = name.as_str().map_or("", |s| s.as_str());
    match v.data() {
        Some(ObjData::Function(_) | ObjData::StaticMethod(_) | ObjData::ClassMethod(_))
            if n == "__get__" =>
        {
            let get = super::new_builtin("__get__", descr_get, true);
            Ok(Some(super::bind(&get, v.clone())))
        }
        Some(ObjData::Function(f)) => Ok(match n {
            "__name__" => Some(f.name.borrow().clone()),
            "__qualname__" => Some(f.qualname.borrow().clone()),
            "__doc__" => Some(f.doc.borrow().clone()),
            "__defaults__" => Some(null_to_none(f.defaults.borrow().clone())),
            "__kwdefaults__" => Some(null_to_none(f.kwdefaults.borrow().clone())),
            "__closure__" => Some(null_to_none(f.closure.clone())),
            "__annotations__" => {
                if f.annotations.borrow().is_null() {
                    *f.annotations.borrow_mut() = object::new_dict(object::Dict::new());
                }
                Some(f.annotations.borrow().clone())
            }
            "__code__" => Some(f.code.clone()),
            "__globals__" => Some(f.globals.clone()),
            "__module__" => Some({
                let m = f.module.borrow().clone();
                if m.is_null() {
                    vm.dict_get_str(&f.globals.clone(), "__name__")
                        .unwrap_or(Value::NONE)
                } else {
                    m
                }
            }),
            "__dict__" => {
                if f.dict.borrow().is_null() {
                    *f.dict.borrow_mut() = object::new_dict(object::Dict::new());
                }
                Some(f.dict.borrow().clone())
            }
            _ => {
                let d = f.dict.borrow().clone();
                let h = name.as_str().map_or(0, |s| s.hash());
                d.as_dict().and_then(|d| d.borrow().get(name, h).cloned())
            }
        }),
        Some(ObjData::Method(f, s)) => match n {
            "__self__" => Ok(Some(s.clone())),
            "__func__" => Ok(Some(f.clone())),
            "__class__" => Ok(None),
            _ => ops::getattr(vm, &f.clone(), name).map(Some),
        },
        // Abstract when what they wrap is (abc.abstractmethod marks it).
        Some(ObjData::Property(_) | ObjData::StaticMethod(_) | ObjData::ClassMethod(_))
            if n == "__isabstractmethod__" =>
        {
            let parts: Vec<Value> = match v.data() {
                Some(ObjData::Property(p)) => p[..3].to_vec(),
                Some(ObjData::StaticMethod(f) | ObjData::ClassMethod(f)) => vec![f.clone()],
                _ => vec![],
            };
            for f in parts.iter().filter(|f| !f.is_none() && !f.is_null()) {
                if let Some(x) = ops::getattr_opt(vm, f, "__isabstractmethod__")? {
                    if ops::truthy(vm, &x)? {
                        return Ok(Some(Value::TRUE));
                    }
                }
            }
            Ok(Some(Value::FALSE))
        }
        Some(ObjData::Property(_)) if matches!(n, "__get__" | "__set__" | "__delete__") => {
            let f: BuiltinFn = match n {
                "__get__" => property_get,
                "__set__" => property_set,
                _ => property_delete,
            };
            let b = super::new_builtin(
                match n {
                    "__get__" => "__get__",
                    "__set__" => "__set__",
                    _ => "__delete__",
                },
                f,
                true,
            );
            Ok(Some(super::bind(&b, v.clone())))
        }
        Some(ObjData::Property(p)) => Ok(match n {
            "fget" => Some(p[0].clone()),
            "fset" => Some(p[1].clone()),
            "fdel" => Some(p[2].clone()),
            "__doc__" => Some(p[3].clone()),
            _ => None,
        }),
        Some(ObjData::StaticMethod(f)) | Some(ObjData::ClassMethod(f)) => Ok(match n {
            "__func__" | "__wrapped__" => Some(f.clone()),
            // Since 3.10 they carry the function's name, doc and
            // annotations, as functools.wraps would.
            "__name__" | "__qualname__" | "__doc__" | "__annotations__" | "__module__" => {
                let f = f.clone();
                ops::getattr_opt(vm, &f, n)?
            }
            _ => None,
        }),
        _ => Ok(None),
    }
}

/// `property.__get__(obj, type=None)`: the property itself for a class.
fn property_get(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "__get__", kwnames)?;
    check_args(vm, "__get__", args.len(), 2, 3)?;
    if args[1].is_none() {
        return Ok(args[0].clone());
    }
    let cls = vm.type_of(&args[1]);
    vm.bind_descr(args[0].clone(), &args[1], &cls)
}

/// `property.__set__(obj, value)` / `property.__delete__(obj)`: the setter
/// or deleter, with CPython's errors when there is none.
fn property_store(vm: &mut Vm, prop: &Value, obj: &Value, value: Option<Value>) -> PyResult<Value> {
    let Some(ObjData::Property(p)) = prop.data() else {
        return Err(vm.type_error("descriptor needs a property"));
    };
    let (f, what) = if value.is_some() {
        (p[1].clone(), "setter")
    } else {
        (p[2].clone(), "deleter")
    };
    if f.is_none() || f.is_null() {
        return Err(vm.attribute_error(format!(
            "property{} of '{}' object has no {what}",
            vm.property_name(prop),
            vm.type_name(obj)
        )));
    }
    let mut args = vec![obj.clone()];
    args.extend(value);
    vm.call(&f, &args, None)?;
    Ok(Value::NONE)
}

fn property_set(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "__set__", kwnames)?;
    check_args(vm, "__set__", args.len(), 3, 3)?;
    property_store(vm, &args[0], &args[1], Some(args[2].clone()))
}

fn property_delete(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "__delete__", kwnames)?;
    check_args(vm, "__delete__", args.len(), 2, 2)?;
    property_store(vm, &args[0], &args[1], None)
}

/// `descr.__get__(obj, type=None)` for functions, staticmethods and
/// classmethods: what `obj.attr` (or `type.attr` when obj is None) gives.
fn descr_get(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "__get__", kwnames)?;
    check_args(vm, "__get__", args.len(), 2, 3)?;
    let (descr, obj) = (&args[0], &args[1]);
    let owner = args.get(2).filter(|t| !t.is_none()).cloned();
    if obj.is_none() && owner.is_none() {
        return Err(vm.type_error("__get__(None, None) is invalid"));
    }
    match descr.data() {
        Some(ObjData::Function(_)) if obj.is_none() => Ok(descr.clone()),
        Some(ObjData::Function(_)) => Ok(crate::object::new_method(descr.clone(), obj.clone())),
        Some(ObjData::StaticMethod(f)) => Ok(f.clone()),
        Some(ObjData::ClassMethod(f)) => {
            let cls = owner.unwrap_or_else(|| vm.type_of(obj));
            Ok(crate::object::new_method(f.clone(), cls))
        }
        _ => Ok(descr.clone()),
    }
}

fn null_to_none(v: Value) -> Value {
    if v.is_null() {
        Value::NONE
    } else {
        v
    }
}

/// `f.name = value` (or `del f.name`) on a function.
pub fn function_setattr(
    vm: &mut Vm,
    v: &Value,
    name: &Value,
    value: Option<Value>,
) -> PyResult<()> {
    let Some(ObjData::Function(f)) = v.data() else {
        unreachable!("a function")
    };
    let n = name.as_str().map_or("", |s| s.as_str());
    match (n, value) {
        ("__name__" | "__qualname__", Some(x)) => {
            if x.as_str().is_none() {
                return Err(vm.type_error(format!("{n} must be set to a string object")));
            }
            let slot = if n == "__name__" {
                &f.name
            } else {
                &f.qualname
            };
            *slot.borrow_mut() = x;
        }
        ("__doc__", Some(x)) => *f.doc.borrow_mut() = x,
        ("__module__", Some(x)) => *f.module.borrow_mut() = x,
        ("__annotations__", Some(x)) => {
            if !x.is_none() && x.as_dict().is_none() {
                return Err(vm.type_error("__annotations__ must be set to a dict object"));
            }
            *f.annotations.borrow_mut() = if x.is_none() { Value::NULL } else { x };
        }
        ("__defaults__", Some(x)) => {
            *f.defaults.borrow_mut() = if x.is_none() { Value::NULL } else { x };
        }
        ("__kwdefaults__", Some(x)) => {
            *f.kwdefaults.borrow_mut() = if x.is_none() { Value::NULL } else { x };
        }
        (_, Some(x)) => {
            if f.dict.borrow().is_null() {
                *f.dict.borrow_mut() = object::new_dict(object::Dict::new());
            }
            let h = ops::hash(vm, name)?;
            let d = f.dict.borrow().clone();
            let old = d
                .as_dict()
                .expect("a dict")
                .borrow_mut()
                .insert(name.clone(), h, x);
            drop(old);
        }
        (_, None) => {
            let h = ops::hash(vm, name)?;
            let d = f.dict.borrow().clone();
            let removed = d.as_dict().and_then(|d| d.borrow_mut().remove(name, h));
            if removed.is_none() {
                return Err(vm.attribute_error(format!("'function' object has no attribute '{n}'")));
            }
        }
    }
    Ok(())
}

// ---- exec, eval, compile ----

pub(super) fn register_exec(vm: &mut Vm, d: &Value) {
    for (name, f) in [
        ("exec", builtin_exec as BuiltinFn),
        ("eval", builtin_eval as BuiltinFn),
        ("compile", builtin_compile as BuiltinFn),
    ] {
        vm.dict_set_str(d, name, new_builtin(name, f, false));
    }
}

/// The globals and locals `exec`/`eval` run with: the given ones, or the
/// caller's (for a function, a snapshot of its locals).
fn exec_namespaces(vm: &mut Vm, g: Option<&Value>, l: Option<&Value>) -> PyResult<(Value, Value)> {
    let globals = match g.filter(|g| !g.is_none()) {
        Some(g) if g.as_dict().is_some() => g.clone(),
        Some(g) => {
            return Err(vm.type_error(format!("globals must be a dict, not {}", vm.type_name(g))))
        }
        None => {
            let fp = vm.frames.top();
            if fp.is_null() {
                return Err(vm.runtime_error("no current frame"));
            }
            // SAFETY: the calling frame is live while the builtin runs.
            unsafe { (*fp).globals.clone() }
        }
    };
    let locals = match l.filter(|l| !l.is_none()) {
        Some(l) => l.clone(),
        None if g.is_some_and(|g| !g.is_none()) => globals.clone(),
        None => {
            let locals_fn = vm
                .dict_get_str(&vm.builtins.clone(), "locals")
                .expect("locals()");
            vm.call(&locals_fn, &[], None)?
        }
    };
    Ok((globals, locals))
}

/// The code object of `source` (a str, bytes or code object).
fn source_code(vm: &mut Vm, source: &Value, filename: &str, eval: bool) -> PyResult<Value> {
    if let Some(ObjData::Code(_)) = source.data() {
        return Ok(source.clone());
    }
    let text = match source.as_str() {
        Some(s) => s.as_str().to_string(),
        None => match super::bytes::bytes_of(source) {
            Some(b) => String::from_utf8_lossy(&b).into_owned(),
            None => {
                return Err(vm.type_error(format!(
                    "{}() arg 1 must be a string, bytes or code object",
                    if eval { "eval" } else { "exec" }
                )))
            }
        },
    };
    if eval {
        crate::compile::compile_expression(vm, &text, filename)
    } else {
        crate::compile::compile_module(vm, &text, filename)
    }
}

fn builtin_exec(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kw) = parse_kwargs(vm, "exec", args, kwnames, &["globals", "locals"])?;
    check_args(vm, "exec", pos.len(), 1, 3)?;
    let code = source_code(vm, &pos[0], "<string>", false)?;
    let (g, l) = exec_namespaces(vm, pos.get(1).or(kw[0]), pos.get(2).or(kw[1]))?;
    vm.run_code_with_locals(code, g, l)?;
    Ok(Value::NONE)
}

fn builtin_eval(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kw) = parse_kwargs(vm, "eval", args, kwnames, &["globals", "locals"])?;
    check_args(vm, "eval", pos.len(), 1, 3)?;
    let code = source_code(vm, &pos[0], "<string>", true)?;
    let (g, l) = exec_namespaces(vm, pos.get(1).or(kw[0]), pos.get(2).or(kw[1]))?;
    vm.run_code_with_locals(code, g, l)
}

fn builtin_compile(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kw) = parse_kwargs(
        vm,
        "compile",
        args,
        kwnames,
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
    )?;
    let get = |i: usize| pos.get(i).or(kw[i]).cloned();
    let (Some(source), Some(filename), Some(mode)) = (get(0), get(1), get(2)) else {
        return Err(vm.type_error("compile() missing required argument"));
    };
    let filename = filename
        .as_str()
        .map_or("<string>".to_string(), |s| s.as_str().to_string());
    let mode = mode
        .as_str()
        .map_or(String::new(), |s| s.as_str().to_string());
    match mode.as_str() {
        "exec" | "single" => source_code(vm, &source, &filename, false),
        "eval" => source_code(vm, &source, &filename, true),
        _ => Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    }
}
