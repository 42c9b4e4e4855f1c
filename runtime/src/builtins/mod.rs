//! Builtin functions and the methods of builtin types, as Rust functions
//! with one calling convention ([`BuiltinFn`]).

pub mod bytes;
mod classes;
pub mod file;
pub mod format;
mod functions;
pub mod memoryview;
mod methods;
mod program;
pub mod sets;
mod slots;

pub use classes::{close_generator, descr_getattr, function_setattr};
pub use functions::dict_update;
pub(crate) use functions::{check_args, checked_decimal, index_int, no_args, no_kwargs, one_arg};
pub(crate) use functions::{dict_insert, isinstance_check, redirected_stream, INT_MAX_STR_DIGITS};

/// The builtins CALL has members of its own for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Known {
    Len,
    IsInstance,
    ListAppend,
}

impl Known {
    /// The function that implements it.
    pub fn func(self) -> BuiltinFn {
        match self {
            Known::Len => functions::builtin_len,
            Known::IsInstance => functions::builtin_isinstance,
            Known::ListAppend => methods::list_append,
        }
    }

    /// Which of them the unbound builtin `b` is, by its function.
    pub fn of(b: &BuiltinFunction) -> Option<Known> {
        if !b.self_.is_null() {
            return None;
        }
        [Known::Len, Known::IsInstance, Known::ListAppend]
            .into_iter()
            .find(|k| k.func() as usize == b.func as usize)
    }
}

use crate::interp::{PyResult, Vm};
use crate::object::{alloc, ObjData};
use crate::value::Value;

/// The calling convention of every builtin: positional arguments, the last
/// `len(kwnames)` of which are keyword arguments named by the `kwnames`
/// tuple. For methods, `args[0]` is `self`.
pub type BuiltinFn = fn(&mut Vm, &[Value], Option<&Value>) -> PyResult<Value>;

pub struct BuiltinFunction {
    pub name: &'static str,
    pub func: BuiltinFn,
    /// Bound `self` (NULL when unbound).
    pub self_: Value,
    /// A method of a builtin type: `obj.name` binds `obj` as `self`.
    pub is_method: bool,
}

pub fn new_builtin(name: &'static str, func: BuiltinFn, is_method: bool) -> Value {
    alloc(ObjData::Builtin(Box::new(BuiltinFunction {
        name,
        func,
        self_: Value::NULL,
        is_method,
    })))
}

/// `f` with `self_` bound (a bound builtin method).
pub fn bind(f: &Value, self_: Value) -> Value {
    let Some(ObjData::Builtin(b)) = f.data() else {
        unreachable!("bind takes a builtin")
    };
    alloc(ObjData::Builtin(Box::new(BuiltinFunction {
        name: b.name,
        func: b.func,
        self_,
        is_method: false,
    })))
}

/// Splits `args` into positional arguments and (name, value) keyword pairs.
pub fn split_kwargs<'a>(
    args: &'a [Value],
    kwnames: Option<&'a Value>,
) -> (&'a [Value], Vec<(&'a str, &'a Value)>) {
    let names = kwnames.and_then(|k| k.as_tuple()).unwrap_or(&[]);
    let npos = args.len() - names.len();
    let kws = names
        .iter()
        .zip(&args[npos..])
        .map(|(n, v)| (n.as_str().map_or("", |s| s.as_str()), v))
        .collect();
    (&args[..npos], kws)
}

/// Creates the `builtins` dict, and fills the builtin types' method tables.
pub fn make_builtins(vm: &mut Vm) -> Value {
    let d = crate::object::new_dict(crate::object::Dict::new());
    for (name, t) in vm.types.all() {
        if matches!(
            name,
            "int"
                | "bool"
                | "float"
                | "str"
                | "list"
                | "tuple"
                | "dict"
                | "range"
                | "slice"
                | "object"
                | "type"
                | "enumerate"
                | "zip"
                | "reversed"
                | "set"
                | "frozenset"
                | "map"
                | "filter"
                | "bytes"
                | "bytearray"
                | "memoryview"
                | "complex"
        ) {
            vm.dict_set_str(&d, name, t);
        }
    }
    for (name, t) in vm.exc.all() {
        vm.dict_set_str(&d, name, t);
    }
    let os_error = vm.exc.os_error.clone();
    vm.dict_set_str(&d, "EnvironmentError", os_error.clone());
    vm.dict_set_str(&d, "IOError", os_error);
    functions::register(vm, &d);
    classes::register(vm, &d);
    classes::register_exec(vm, &d);
    program::register(vm, &d);
    sets::register(vm);
    format::register(vm, &d);
    bytes::register(vm, &d);
    memoryview::register(vm);
    file::register(vm, &d);
    methods::register(vm);
    // Last: the special-method wrappers fill only what is still missing.
    slots::register(vm);
    d
}

/// Calls a type object: `int(x)`, `list(it)`, `ValueError("msg")`, ...
pub fn construct(
    vm: &mut Vm,
    t: &Value,
    args: &[Value],
    kwnames: Option<&Value>,
) -> PyResult<Value> {
    functions::construct(vm, t, args, kwnames)
}
