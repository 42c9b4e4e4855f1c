//! The interpreter: the `Vm` value that owns an interpreter's state, calls,
//! exception unwinding, and the glue around the generated tier-1 loop.

pub mod classes;
mod exec;
pub mod frame;
pub mod function;
pub mod generator;
pub mod ops;
pub mod specialize;
pub mod tier1;
pub mod traceback;
pub mod type_cache;
mod types_init;

use crate::builtins::BuiltinFunction;
use crate::compile::code::{Code, CO_VARARGS, CO_VARKEYWORDS};
use crate::object::{self, new_tuple, ExcData, ObjData};
use crate::value::Value;
use frame::{Frame, FrameStack};
pub use ops::{BinOp, CmpOp};
pub use types_init::{ExcTypes, Types};

/// An exception being raised: an exception instance.
#[derive(Debug)]
pub struct PyErr(pub Value);

impl PyErr {
    pub fn exc(&self) -> &ExcData {
        self.0
            .as_exception()
            .expect("PyErr holds an exception instance")
    }
}

pub type PyResult<T> = Result<T, PyErr>;

/// What CALL does with a callable: run a Python function in the same loop
/// (a new frame), or a result already computed.
pub enum CallOutcome {
    Frame(*mut Frame),
    Done(Value),
}

/// One interpreter: everything mutable hangs off this value (no globals).
/// Heap objects are not `Send`, so neither is a `Vm`.
pub struct Vm {
    pub types: Types,
    pub exc: ExcTypes,
    /// The `builtins` module's dict.
    pub builtins: Value,
    /// `sys.modules`.
    pub modules: Value,
    pub frames: FrameStack,
    pub recursion_limit: usize,
    /// The exception being handled (`sys.exc_info()`), or None.
    pub exc_info: Value,
    pub argv: Vec<String>,
    /// Set by RERAISE: the next unwind step adds no traceback entry for the
    /// current frame (the exception already has one).
    pub reraising: bool,
    /// The lists and dicts whose repr is being built (addresses), so a
    /// container that holds itself shows as `[...]` / `{...}`.
    pub repr_active: Vec<usize>,
    /// Interned strings (names and string constants).
    pub interned: object::str::Interner,
    /// Set by YIELD_VALUE as it leaves the loop: the value returned is
    /// yielded, not returned (read and reset by `gen_resume`).
    pub yielding: bool,
    /// The generator being drained and what takes its values
    /// (`Vm::gen_drain`): YIELD_VALUE in that frame, when it is the
    /// entry frame of the running loop, offers its value to the sink.
    pub sink: Option<generator::Sink>,
    pub type_cache: type_cache::TypeCache,
    pub global_cache: type_cache::GlobalCache,
    /// `atexit.register`ed calls: (function, args tuple, kwargs dict or
    /// NULL), run last first by `run_atexit`.
    pub atexit: Vec<(Value, Value, Value)>,
    /// `sys.get_int_max_str_digits()` (0: no limit).
    pub int_max_str_digits: usize,
    /// `sys.path`: where `import` looks for source modules.
    pub sys_path: Value,
}

impl Vm {
    pub fn new(argv: Vec<String>) -> Vm {
        let (types, exc) = types_init::make_types();
        let mut vm = Vm {
            types,
            exc,
            builtins: Value::NULL,
            modules: object::new_dict(object::Dict::new()),
            frames: FrameStack::new(),
            recursion_limit: 1000,
            exc_info: Value::NONE,
            argv,
            reraising: false,
            repr_active: Vec::new(),
            interned: object::str::Interner::default(),
            yielding: false,
            sink: None,
            type_cache: type_cache::TypeCache::default(),
            global_cache: type_cache::GlobalCache::default(),
            atexit: Vec::new(),
            int_max_str_digits: crate::builtins::INT_MAX_STR_DIGITS,
            sys_path: object::new_list(Vec::new()),
        };
        vm.builtins = crate::builtins::make_builtins(&mut vm);
        vm
    }

    /// Objects alive on this interpreter's thread.
    pub fn live_objects(&self) -> isize {
        object::live_objects()
    }

    /// Shuts the interpreter down: empties every module (breaking the
    /// module/function cycles, as CPython's finalization does), drops the
    /// interpreter, and collects the cycles left (types list themselves in
    /// their MRO). Returns how many objects are still alive on this thread
    /// afterwards: 0 unless something leaked, or other values made on this
    /// thread are still held by the caller.
    /// Runs the `atexit` callbacks, last registered first; an exception in
    /// one is reported and the rest still run (CPython's order and
    /// message).
    pub fn run_atexit(&mut self) {
        while let Some((f, args, kwargs)) = self.atexit.pop() {
            let r = crate::modules::atexit::call(self, &f, &args, &kwargs);
            if let Err(e) = r {
                if self.is_instance_of(&e.0, &self.exc.system_exit.clone()) {
                    continue;
                }
                let what = ops::repr(self, &f).unwrap_or_default();
                let tb = traceback::format_exception(self, &e);
                self.write_stderr(&format!(
                    "Exception ignored in atexit callback: {what}\n{tb}"
                ));
            }
        }
    }

    pub fn teardown(mut self) -> isize {
        // What the program's last statements freed is finalized first (as
        // CPython would have already), then the atexit calls run.
        self.run_pending_finalizers();
        self.run_atexit();
        // As CPython at exit: cyclic garbage is finalized and collected
        // first, then the modules are cleared.
        crate::gc::collect();
        self.run_finalizers();
        let modules: Vec<Value> = self
            .modules
            .as_dict()
            .map(|d| d.borrow().iter().map(|(_, m)| m.clone()).collect())
            .unwrap_or_default();
        // The builtins stay until last: finalizers run while the other
        // modules are cleared still call print() and the like.
        for m in &modules {
            let is_builtins =
                matches!(m.data(), Some(ObjData::Module(md)) if md.dict.is(&self.builtins));
            if is_builtins {
                continue;
            }
            if let Some(o) = m.obj() {
                o.clear();
            }
        }
        drop(modules);
        // Finalizers of what module globals kept alive, then of cycles.
        self.run_finalizers();
        crate::gc::collect();
        self.run_finalizers();
        self.type_cache.clear();
        self.global_cache.clear();
        drop(self);
        crate::gc::collect();
        // The interpreter is gone: what is still queued is freed unfinalized.
        drop(crate::gc::take_finalizers());
        crate::gc::collect();
        object::live_objects()
    }

    // ---- errors ----

    /// A new exception of `class` with `args`.
    pub fn new_exception(&self, class: &Value, args: Vec<Value>) -> Value {
        object::alloc(ObjData::Exception(Box::new(ExcData::new(
            class.clone(),
            new_tuple(args),
        ))))
    }
    pub fn error(&self, class: &Value, msg: impl AsRef<str>) -> PyErr {
        PyErr(self.new_exception(class, vec![object::str::new_str(msg.as_ref())]))
    }
    pub fn type_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.error(&self.exc.type_error, msg)
    }
    pub fn value_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.error(&self.exc.value_error, msg)
    }
    pub fn index_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.error(&self.exc.index_error, msg)
    }
    pub fn overflow_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.error(&self.exc.overflow_error, msg)
    }
    pub fn zero_division(&self, msg: impl AsRef<str>) -> PyErr {
        self.error(&self.exc.zero_division_error, msg)
    }
    pub fn attribute_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.error(&self.exc.attribute_error, msg)
    }
    pub fn runtime_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.error(&self.exc.runtime_error, msg)
    }
    pub fn name_error(&self, name: &str) -> PyErr {
        self.error(
            &self.exc.name_error,
            format!("name '{name}' is not defined"),
        )
    }
    pub fn key_error(&self, key: Value) -> PyErr {
        PyErr(self.new_exception(&self.exc.key_error, vec![key]))
    }
    pub fn stop_iteration(&self) -> PyErr {
        PyErr(self.new_exception(&self.exc.stop_iteration, vec![]))
    }
    pub fn not_implemented(&self, what: &str) -> PyErr {
        self.error(&self.exc.not_implemented_error, what)
    }
    pub fn bad_opcode(&self, op: u8) -> PyErr {
        self.error(&self.exc.system_error, format!("unknown opcode {op}"))
    }
    /// The pending error for `ERROR_IF` without an explicit error (unused by
    /// this VM's bodies, which always name their error).
    pub fn take_error(&self) -> PyErr {
        self.error(&self.exc.system_error, "error exit without an exception")
    }
    pub fn is_instance_of(&self, v: &Value, class: &Value) -> bool {
        object::types::is_subtype(&self.type_of(v), class)
    }

    // ---- running code ----

    /// Compiles and runs `source` as the `__main__` module.
    pub fn run_main(&mut self, source: &str, filename: &str) -> PyResult<Value> {
        // The names CPython's __main__ starts with, in its order (there is
        // no import machinery here, so __loader__ and __spec__ are None).
        let globals = object::new_dict(object::Dict::new());
        self.dict_set_str(&globals, "__name__", object::str::new_str("__main__"));
        self.dict_set_str(&globals, "__doc__", Value::NONE);
        self.dict_set_str(&globals, "__package__", Value::NONE);
        self.dict_set_str(&globals, "__loader__", Value::NONE);
        self.dict_set_str(&globals, "__spec__", Value::NONE);
        let annotations = object::new_dict(object::Dict::new());
        self.dict_set_str(&globals, "__annotations__", annotations);
        self.dict_set_str(&globals, "__builtins__", self.builtins.clone());
        if filename != "<string>" {
            self.dict_set_str(&globals, "__file__", object::str::new_str(filename));
            self.dict_set_str(&globals, "__cached__", Value::NONE);
        }
        let module = object::alloc(ObjData::Module(Box::new(object::Module {
            name: "__main__".into(),
            dict: globals.clone(),
        })));
        let key = object::str::new_str("__main__");
        let h = ops::hash(self, &key)?;
        self.modules
            .as_dict()
            .expect("sys.modules is a dict")
            .borrow_mut()
            .insert(key, h, module);
        let code = crate::compile::compile_module(self, source, filename)?;
        self.run_code(code, globals)
    }

    /// Runs module-level `code` with its own `globals` and `locals`
    /// (`exec`, `eval`).
    pub fn run_code_with_locals(
        &mut self,
        code: Value,
        globals: Value,
        locals: Value,
    ) -> PyResult<Value> {
        let builtins = match self.dict_get_str(&globals, "__builtins__") {
            Some(b) if b.as_dict().is_some() => b,
            Some(m) if matches!(m.data(), Some(ObjData::Module(_))) => match m.data() {
                Some(ObjData::Module(md)) => md.dict.clone(),
                _ => unreachable!(),
            },
            _ => {
                let b = self.builtins.clone();
                self.dict_set_str(&globals, "__builtins__", b.clone());
                b
            }
        };
        self.check_frame_depth()?;
        // SAFETY: `code`, `globals` and `builtins` are held by this function
        // until the frame has been popped (`run` pops it before returning).
        let fp = unsafe {
            self.frames
                .push(&code, Value::NULL, &globals, &builtins, locals)
        };
        // SAFETY: fp was just pushed and is the top frame.
        let result = unsafe { crate::interp::tier1::run(self, fp) };
        drop((code, globals, builtins));
        result
    }

    /// Runs module-level `code` with `globals` as its globals and locals.
    pub fn run_code(&mut self, code: Value, globals: Value) -> PyResult<Value> {
        let builtins = self.builtins.clone();
        // SAFETY: `code`, `globals` and `builtins` are held by this function
        // until the frame has been popped (`run` pops it before returning).
        let fp = unsafe {
            self.frames
                .push(&code, Value::NULL, &globals, &builtins, globals.clone())
        };
        // SAFETY: fp was just pushed and is the top frame.
        let result = unsafe { crate::interp::tier1::run(self, fp) };
        drop((code, globals, builtins));
        result
    }

    pub fn dict_set_str(&mut self, dict: &Value, key: &str, value: Value) {
        let k = self.interned.intern(key);
        let h = k.as_str().expect("str").hash();
        dict.as_dict()
            .expect("a dict")
            .borrow_mut()
            .insert(k, h, value);
    }
    pub fn dict_get_str(&self, dict: &Value, key: &str) -> Option<Value> {
        let k = object::str::new_str(key);
        let h = k.as_str().expect("str").hash();
        dict.as_dict()?.borrow().get(&k, h).cloned()
    }

    /// Prepares a call for CALL: a Python function gets a new frame (run by
    /// the caller's loop), anything else is called now.
    #[inline(always)]
    pub fn prepare_call(
        &mut self,
        callable: Value,
        self_or_null: Value,
        args: &mut [Value],
        kwnames: Option<&Value>,
    ) -> PyResult<CallOutcome> {
        // A safe point: objects that died since the last one are finalized
        // before the program does anything else visible.
        if crate::gc::finalizers_pending() {
            self.run_finalizers();
        }
        if let Some(ObjData::Function(_)) = callable.data() {
            let fp = self.push_function_frame(callable, self_or_null, args, kwnames)?;
            return Ok(self.frame_outcome(fp));
        }
        if let Some(ObjData::Method(func, self_)) = callable.data() {
            if self_or_null.is_null() && matches!(func.data(), Some(ObjData::Function(_))) {
                let fp = self.push_function_frame(func.clone(), self_.clone(), args, kwnames)?;
                return Ok(self.frame_outcome(fp));
            }
        }
        let mut all: Vec<Value>;
        let argv: &[Value] = if self_or_null.is_null() {
            args
        } else {
            all = Vec::with_capacity(args.len() + 1);
            all.push(self_or_null);
            all.extend(args.iter_mut().map(std::mem::take));
            &all
        };
        self.call_non_python(&callable, argv, kwnames)
            .map(CallOutcome::Done)
    }

    /// Calls any callable with positional `args`, the last `len(kwnames)` of
    /// which are keyword arguments named by the tuple `kwnames`.
    pub fn call(
        &mut self,
        callable: &Value,
        args: &[Value],
        kwnames: Option<&Value>,
    ) -> PyResult<Value> {
        if let Some(ObjData::Function(f)) = callable.data() {
            if kwnames.is_none() && f.exact_nargs == args.len() {
                // The usual call from a builtin (a key function, map's
                // function): positional arguments that bind exactly, moved
                // into the frame as new references, without a vector.
                self.check_frame_depth()?;
                for a in args {
                    std::mem::forget(a.clone());
                }
                // SAFETY: `exact_nargs` says the arguments fill the
                // parameters exactly (and the code is not a generator's);
                // the frame takes the references just added, `args` keeps
                // its own.
                let fp = unsafe {
                    self.push_exact_args_moving(
                        callable.clone(),
                        Value::NULL,
                        args.as_ptr(),
                        args.len(),
                    )
                };
                // SAFETY: fp is the new top frame.
                return unsafe { crate::interp::tier1::run(self, fp) };
            }
            let mut owned: Vec<Value> = args.to_vec();
            let fp =
                self.push_function_frame(callable.clone(), Value::NULL, &mut owned, kwnames)?;
            return match self.frame_outcome(fp) {
                // SAFETY: fp is the new top frame.
                CallOutcome::Frame(fp) => unsafe { crate::interp::tier1::run(self, fp) },
                CallOutcome::Done(v) => Ok(v),
            };
        }
        self.call_non_python(callable, args, kwnames)
    }

    /// A pushed frame runs, unless its code is a generator's: then the
    /// call's result is a generator holding the frame.
    #[inline(always)]
    fn frame_outcome(&mut self, fp: *mut Frame) -> CallOutcome {
        // SAFETY: fp is the frame just pushed (the top frame).
        unsafe {
            if (*fp).code().flags & crate::compile::code::CO_SUSPENDABLE != 0 {
                return CallOutcome::Done(self.make_generator(fp));
            }
        }
        CallOutcome::Frame(fp)
    }

    fn call_non_python(
        &mut self,
        callable: &Value,
        args: &[Value],
        kwnames: Option<&Value>,
    ) -> PyResult<Value> {
        match callable.data() {
            Some(ObjData::Builtin(b)) => {
                let b: &BuiltinFunction = b;
                // A builtin call is one level of recursion, as in CPython.
                self.enter_recursive_call(" while calling a Python object")?;
                let r = if b.self_.is_null() {
                    // An unbound builtin method called on an instance of a
                    // subclass (`dict.keys(d)`) acts on the value it extends.
                    match args.first().and_then(|a| a.as_instance()) {
                        Some(inst) if b.is_method && !inst.base.is_null() => {
                            let this = self.method_self(callable, &args[0]);
                            let mut all = args.to_vec();
                            all[0] = this;
                            (b.func)(self, &all, kwnames)
                        }
                        _ => (b.func)(self, args, kwnames),
                    }
                } else {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(b.self_.clone());
                    all.extend_from_slice(args);
                    (b.func)(self, &all, kwnames)
                };
                self.leave_recursive_call();
                r
            }
            Some(ObjData::Type(_)) => crate::builtins::construct(self, callable, args, kwnames),
            Some(ObjData::Method(func, self_)) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(self_.clone());
                all.extend_from_slice(args);
                let func = func.clone();
                self.call(&func, &all, kwnames)
            }
            // Calling a weak reference gives its target, or None.
            Some(ObjData::WeakRef(w)) => {
                crate::builtins::no_args(self, "weakref", args, kwnames)?;
                Ok(w.get())
            }
            // Since 3.10 a staticmethod object is callable.
            Some(ObjData::StaticMethod(f)) => {
                let f = f.clone();
                self.call(&f, args, kwnames)
            }
            // list[int](...) makes a list.
            Some(ObjData::GenericAlias(origin, _)) => {
                let origin = origin.clone();
                self.call(&origin, args, kwnames)
            }
            Some(ObjData::Instance(_)) if self.user_special(callable, "__call__").is_some() => {
                let m = self.user_special(callable, "__call__").expect("checked");
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(callable.clone());
                all.extend_from_slice(args);
                self.call(&m, &all, kwnames)
            }
            _ => Err(self.type_error(format!(
                "'{}' object is not callable",
                self.type_name(callable)
            ))),
        }
    }

    /// Pushes a frame for Python function `func`, binding the arguments.
    /// Takes the values out of `args`.
    #[inline]
    pub fn push_function_frame(
        &mut self,
        func: Value,
        self_or_null: Value,
        args: &mut [Value],
        kwnames: Option<&Value>,
    ) -> PyResult<*mut Frame> {
        self.check_frame_depth()?;
        let Some(ObjData::Function(f)) = func.data() else {
            unreachable!("checked by the caller")
        };
        // The common case: positional arguments that fill the parameters
        // exactly. No argument parsing, just moves.
        let code = f.code();
        let given = args.len() + (!self_or_null.is_null()) as usize;
        if kwnames.is_none()
            && given == code.argcount
            && code.kwonlyargcount == 0
            && code.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0
        {
            return Ok(self.push_exact_args_frame(func, self_or_null, args));
        }
        // Positional arguments that, with the last defaults, fill the
        // parameters (`f(x)` of `def f(x, step=1)`): moves, then the
        // defaults, without argument parsing.
        if kwnames.is_none() && defaults_fill(f, given) {
            // SAFETY: `defaults_fill` checked the function's shape and the
            // count; the values in `args` move into the frame, and NULL is
            // written over them so that the slice holds values again.
            unsafe {
                let fp = self.push_defaults_moving(func, self_or_null, args.as_ptr(), args.len());
                refill_moved(args);
                return Ok(fp);
            }
        }
        // SAFETY: as above.
        let fp = unsafe {
            self.frames
                .push(&f.code, func.clone(), &f.globals, &f.builtins, Value::NULL)
        };
        // SAFETY: fp is the new top frame; its locals are NULL-initialized.
        let frame = unsafe { &*fp };
        let bound = self.bind_arguments(frame, self_or_null, args, kwnames);
        if let Err(e) = bound {
            // SAFETY: fp is still the top frame.
            unsafe { self.frames.pop(fp) };
            return Err(e);
        }
        Ok(fp)
    }

    /// Pushes the frame of a call whose positional arguments fill the
    /// function's parameters exactly: the arguments move into the first
    /// local slots, leaving NULL in `args` (CALL_ALLOC_AND_INIT and the
    /// generic call's fast path). The caller has checked the recursion
    /// limit.
    #[inline(always)]
    pub fn push_exact_args_frame(
        &mut self,
        func: Value,
        self_or_null: Value,
        args: &mut [Value],
    ) -> *mut Frame {
        assert!(matches!(
            func.data(),
            Some(ObjData::Function(f)) if f.code().argcount == args.len() + !self_or_null.is_null() as usize
        ));
        // SAFETY: checked just above (the callers checked that no argument
        // parsing is needed); the values in `args` move into the frame, and
        // NULL is written over them so that the slice holds values again.
        unsafe {
            let fp = self.push_exact_args_moving(func, self_or_null, args.as_ptr(), args.len());
            refill_moved(args);
            fp
        }
    }

    /// [`push_exact_args_frame`](Self::push_exact_args_frame) that takes
    /// the arguments as bit copies and leaves their slots as they are.
    ///
    /// # Safety
    /// `func` is a Python function whose first positional parameters the
    /// arguments fill, with no argument parsing needed: `nargs`, plus one
    /// when `self_or_null` is not NULL, is at most its code's `argcount`
    /// (the locals after the arguments are left NULL; exactly `argcount`
    /// but for [`push_defaults_moving`](Self::push_defaults_moving));
    /// `args..args + nargs` are initialized values that the caller gives
    /// up (it must not use or release them afterwards).
    #[inline(always)]
    pub unsafe fn push_exact_args_moving(
        &mut self,
        func: Value,
        self_or_null: Value,
        args: *const Value,
        nargs: usize,
    ) -> *mut Frame {
        let f: &function::Function = match func.data() {
            Some(ObjData::Function(f)) => f,
            // SAFETY: the caller's contract.
            _ => unsafe { std::hint::unreachable_unchecked() },
        };
        let code: *const Code = f.code();
        let (code_obj, globals, builtins): (*const Value, *const Value, *const Value) =
            (&f.code, &f.globals, &f.builtins);
        // SAFETY: `func` moves into the frame, which owns it from now on; a
        // function object never moves, and it keeps its code, globals and
        // builtins alive (they never change), so the pointers stay valid
        // for the frame's life. The arguments fit the locals (`argcount`
        // of them come first among the code's locals).
        unsafe {
            self.frames.push_code_args(
                code,
                &*code_obj,
                func,
                &*globals,
                &*builtins,
                self_or_null,
                args,
                nargs,
            )
        }
    }

    /// RecursionError when one more Python frame would pass the limit.
    #[inline(always)]
    pub fn check_frame_depth(&self) -> PyResult<()> {
        if self.frames.depth >= self.recursion_limit {
            return Err(self.error(
                &self.exc.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        Ok(())
    }

    /// [`push_exact_args_moving`](Self::push_exact_args_moving) for fewer
    /// arguments than parameters: the parameters after them get the
    /// function's last defaults.
    ///
    /// # Safety
    /// `defaults_fill(func, nargs + (self_or_null not NULL))` holds; the
    /// values at `args..args + nargs` are given up as for
    /// `push_exact_args_moving`.
    #[inline]
    pub unsafe fn push_defaults_moving(
        &mut self,
        func: Value,
        self_or_null: Value,
        args: *const Value,
        nargs: usize,
    ) -> *mut Frame {
        let given = nargs + !self_or_null.is_null() as usize;
        // SAFETY: the arguments fill the first parameters (contract).
        let fp = unsafe { self.push_exact_args_moving(func, self_or_null, args, nargs) };
        // SAFETY: fp is the new top frame, which owns the function; its
        // locals `given..argcount` are NULL.
        let frame = unsafe { &*fp };
        let Some(ObjData::Function(f)) = frame.func.data() else {
            unreachable!("a function's frame")
        };
        let argcount = f.code().argcount;
        // The defaults now (a program may replace `__defaults__`; the
        // caller checked this tuple covers the missing parameters).
        let defaults = f.defaults.borrow();
        let d = defaults.as_tuple().expect("checked by defaults_fill");
        for (i, v) in d[d.len() - (argcount - given)..].iter().enumerate() {
            frame.set_local((given + i) as u32, v.clone());
        }
        fp
    }

    /// What a specialized call does before it pushes the frame: the
    /// pending finalizers, then the recursion check.
    #[inline(always)]
    fn call_prologue(&mut self) -> PyResult<()> {
        if crate::gc::finalizers_pending() {
            self.run_finalizers();
        }
        self.check_frame_depth()
    }

    /// [`call_prologue`](Self::call_prologue) for a call whose arguments
    /// are moved: on an error they are released here.
    ///
    /// # Safety
    /// The values in `args` are the caller's to give up (they are released
    /// on error and must not be used after it).
    #[inline(always)]
    unsafe fn enter_py_call(&mut self, args: &mut [Value]) -> PyResult<()> {
        if let Err(e) = self.call_prologue() {
            // SAFETY: the values are ours to release (contract), once.
            unsafe { std::ptr::drop_in_place(args as *mut [Value]) };
            return Err(e);
        }
        Ok(())
    }

    /// CALL_PY_WITH_DEFAULTS: the recursion check, then the frame, with the
    /// arguments moved in as bit copies and the defaults after them.
    ///
    /// # Safety
    /// `func` is a Python function (the guard checked it and its defaults);
    /// the values in `args` are given up, into the frame on success,
    /// released on error.
    #[inline(always)]
    pub unsafe fn call_py_with_defaults_moving(
        &mut self,
        func: Value,
        self_or_null: Value,
        args: &mut [Value],
    ) -> PyResult<*mut Frame> {
        // SAFETY: forwarded.
        unsafe { self.enter_py_call(args)? };
        let given = args.len() + !self_or_null.is_null() as usize;
        let still_fits =
            matches!(func.data(), Some(ObjData::Function(f)) if defaults_fill(f, given));
        if !still_fits {
            // A finalizer just run replaced the function's `__defaults__`
            // after the guard saw them: the generic binding, which raises
            // what CPython does for the arguments now missing.
            // SAFETY: the values move into the vector, which owns them.
            let mut owned: Vec<Value> = args.iter().map(|a| unsafe { std::ptr::read(a) }).collect();
            return self.push_function_frame(func, self_or_null, &mut owned, None);
        }
        // SAFETY: checked just above (nothing runs in between).
        Ok(unsafe { self.push_defaults_moving(func, self_or_null, args.as_ptr(), args.len()) })
    }

    /// CALL_ALLOC_AND_INIT's call of `__init__`: the recursion check, then
    /// the frame, the arguments moved from `args` (which holds NULLs after).
    #[inline(always)]
    pub fn call_py_exact_args(
        &mut self,
        func: Value,
        self_or_null: Value,
        args: &mut [Value],
    ) -> PyResult<*mut Frame> {
        self.call_prologue()?;
        Ok(self.push_exact_args_frame(func, self_or_null, args))
    }

    /// CALL_PY_EXACT_ARGS: the recursion check, then the frame, with the
    /// arguments moved in as bit copies. (Unlike the defaults, what the
    /// guard checked, the code's `argcount`, no finalizer can change.)
    ///
    /// # Safety
    /// As for [`push_exact_args_moving`](Self::push_exact_args_moving):
    /// the values in `args` are given up, into the frame on success,
    /// released here on error.
    #[inline(always)]
    pub unsafe fn call_py_exact_args_moving(
        &mut self,
        func: Value,
        self_or_null: Value,
        args: &mut [Value],
    ) -> PyResult<*mut Frame> {
        // SAFETY: forwarded.
        unsafe { self.enter_py_call(args)? };
        // SAFETY: forwarded.
        Ok(unsafe { self.push_exact_args_moving(func, self_or_null, args.as_ptr(), args.len()) })
    }

    /// CALL_ALLOC_AND_INIT: a new plain instance of `cls`, and its Python
    /// `__init__` (which the specializer found takes exactly these
    /// arguments; the version tag guard keeps that true) run on the arguments
    /// moved from the stack, without the generic call's argument vectors.
    pub fn call_alloc_and_init(&mut self, cls: &Value, args: &mut [Value]) -> PyResult<Value> {
        let init_name = self.interned.intern_static("__init__");
        let init = self
            .type_cache
            .lookup(cls, &init_name)
            .expect("the specializer saw a Python __init__");
        let td = cls.as_type().expect("a class");
        let obj = object::new_instance(cls, td.nslots, Value::NULL);
        // Calling a type is one level of recursion in CPython (its C call),
        // besides the frame of __init__ (as in `call_class`).
        self.enter_recursive_call(" while calling a Python object")?;
        let r = self
            .call_py_exact_args(init, obj.clone(), args)
            // SAFETY: fp is the new top frame.
            .and_then(|fp| unsafe { crate::interp::tier1::run(self, fp) });
        self.leave_recursive_call();
        self.check_init_result(&r?)?;
        Ok(obj)
    }

    /// CALL_BUILTIN: a builtin function with no bound self, called on the
    /// stack's own slice of arguments (`self` first when the method form
    /// of LOAD_ATTR pushed one). Out of line: the builtin's own call is
    /// not, and the dispatch loop stays smaller.
    #[inline(never)]
    pub fn call_builtin_on_stack(&mut self, callable: &Value, args: &[Value]) -> PyResult<Value> {
        if crate::gc::finalizers_pending() {
            self.run_finalizers();
        }
        let Some(ObjData::Builtin(b)) = callable.data() else {
            unreachable!("checked by the guard")
        };
        self.enter_recursive_call(" while calling a Python object")?;
        let r = (b.func)(self, args, None);
        self.leave_recursive_call();
        r
    }

    /// CALL_BUILTIN_CLASS: a builtin class called with positional
    /// arguments, on the stack's slice (what the generic call does for it,
    /// without the call protocol and its argument vector).
    #[inline(never)]
    pub fn call_builtin_class_on_stack(&mut self, cls: &Value, args: &[Value]) -> PyResult<Value> {
        if crate::gc::finalizers_pending() {
            self.run_finalizers();
        }
        if let [x] = args {
            if cls.is(&self.types.type_) {
                return Ok(self.type_of(x));
            }
        }
        crate::builtins::construct(self, cls, args, None)
    }

    fn bind_arguments(
        &mut self,
        frame: &Frame,
        self_or_null: Value,
        args: &mut [Value],
        kwnames: Option<&Value>,
    ) -> PyResult<()> {
        let code = frame.code();
        let Some(ObjData::Function(func)) = frame.func.data() else {
            unreachable!()
        };
        let names = kwnames.and_then(|k| k.as_tuple()).unwrap_or(&[]);
        let nkw = names.len();
        let positional = args.len() - nkw;
        let has_self = !self_or_null.is_null();
        let npos_given = positional + has_self as usize;
        let argcount = code.argcount;
        let total = argcount + code.kwonlyargcount;
        let varargs = code.flags & CO_VARARGS != 0;
        let varkw = code.flags & CO_VARKEYWORDS != 0;
        // Errors name the function by its __qualname__ (which a program
        // may have set), as CPython's do.
        let qualname_value = func.qualname.borrow().clone();
        let qualname = qualname_value
            .as_str()
            .map_or(code.qualname.as_str(), |s| s.as_str());
        // Positional arguments, with `self` first.
        let mut pos: Vec<Value> = Vec::with_capacity(npos_given);
        if has_self {
            pos.push(self_or_null);
        }
        pos.extend(args[..positional].iter_mut().map(std::mem::take));
        if npos_given > argcount && !varargs {
            let defaults = func.defaults.borrow().as_tuple().map_or(0, |t| t.len());
            let given_kw = names
                .iter()
                .filter(|n| {
                    code.varnames[argcount..total]
                        .iter()
                        .any(|v| ops::keys_equal(v, n))
                })
                .count();
            let takes = if defaults == 0 {
                format!("{argcount} positional argument{}", plural(argcount))
            } else {
                format!(
                    "from {} to {argcount} positional arguments",
                    argcount - defaults
                )
            };
            let given = if given_kw > 0 {
                format!(
                    "{npos_given} positional argument{} (and {given_kw} keyword-only argument{}) were",
                    plural(npos_given),
                    plural(given_kw)
                )
            } else {
                format!(
                    "{npos_given} {}",
                    if npos_given == 1 { "was" } else { "were" }
                )
            };
            return Err(self.type_error(format!("{qualname}() takes {takes} but {given} given")));
        }
        let extra: Vec<Value> = if pos.len() > argcount {
            pos.split_off(argcount)
        } else {
            Vec::new()
        };
        for (i, v) in pos.into_iter().enumerate() {
            frame.set_local(i as u32, v);
        }
        let mut slot = total;
        if varargs {
            frame.set_local(slot as u32, new_tuple(extra));
            slot += 1;
        }
        let kwdict = if varkw {
            let d = object::new_dict(object::Dict::new());
            frame.set_local(slot as u32, d.clone());
            d
        } else {
            Value::NULL
        };
        let mut posonly_as_kw = Vec::new();
        for (i, name) in names.iter().enumerate() {
            let value = std::mem::take(&mut args[positional + i]);
            let pos = code.varnames[..total]
                .iter()
                .position(|v| ops::keys_equal(v, name));
            let name_s = name.as_str().map_or("", |s| s.as_str());
            match pos {
                Some(p) if p >= code.posonlyargcount => {
                    if !frame.local(p as u32).is_null() {
                        return Err(self.type_error(format!(
                            "{qualname}() got multiple values for argument '{name_s}'"
                        )));
                    }
                    frame.set_local(p as u32, value);
                }
                _ if varkw => {
                    let h = ops::hash(self, name)?;
                    if let Some(d) = kwdict.as_dict() {
                        d.borrow_mut().insert(name.clone(), h, value);
                    }
                }
                Some(_) => posonly_as_kw.push(name_s.to_string()),
                None => {
                    return Err(self.type_error(format!(
                        "{qualname}() got an unexpected keyword argument '{name_s}'"
                    )))
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults for the missing trailing positionals.
        let defaults = func.defaults.borrow().clone();
        let defs = defaults.as_tuple().unwrap_or(&[]);
        let first_default = argcount - defs.len().min(argcount);
        let mut missing = Vec::new();
        for i in 0..argcount {
            if frame.local(i as u32).is_null() {
                if i >= first_default {
                    frame.set_local(i as u32, defs[i - first_default].clone());
                } else {
                    missing.push(name_of(&code.varnames[i]));
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qualname}() missing {} required positional argument{}: {}",
                missing.len(),
                plural(missing.len()),
                name_list(&missing)
            )));
        }
        let kwdefaults = func.kwdefaults.borrow().clone();
        for i in argcount..total {
            if frame.local(i as u32).is_null() {
                let name = &code.varnames[i];
                let d = kwdefaults.as_dict().and_then(|d| {
                    let h = name.as_str().map_or(0, |s| s.hash());
                    d.borrow().get(name, h).cloned()
                });
                match d {
                    Some(v) => {
                        frame.set_local(i as u32, v);
                    }
                    None => missing.push(name_of(name)),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qualname}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                plural(missing.len()),
                name_list(&missing)
            )));
        }
        Ok(())
    }

    // ---- the eval breaker ----

    /// True when the loop should stop for housekeeping (a cycle collection).
    #[inline(always)]
    pub fn eval_breaker(&self) -> bool {
        crate::gc::breaker()
    }
    pub fn handle_eval_breaker(&mut self) -> PyResult<()> {
        crate::gc::maybe_collect();
        self.run_finalizers();
        crate::gc::update_breaker();
        Ok(())
    }

    // ---- exceptions ----

    /// Unwinds from frame `fp` for `err`: records the traceback, finds a
    /// handler in `fp` or its callers up to `entry`, and returns the frame to
    /// resume (its `resume` and `sp` set for the handler). Frames without a
    /// handler are popped; if `entry` has none, it is popped too and the
    /// error returned.
    ///
    /// # Safety
    /// `fp` must be the top frame and `entry` one of the frames below it (or
    /// it), with `instr` and `sp` saved.
    pub unsafe fn unwind(
        &mut self,
        entry: *mut Frame,
        mut fp: *mut Frame,
        mut err: PyErr,
    ) -> Result<*mut Frame, PyErr> {
        let mut add_tb = !std::mem::replace(&mut self.reraising, false);
        if add_tb {
            self.chain_context(&err);
        }
        loop {
            let frame = &mut *fp;
            let offset = frame.offset();
            if add_tb {
                if let Some(e) = err.0.as_exception() {
                    e.traceback.borrow_mut().push(object::exception::TbEntry {
                        code: frame.code_obj.clone(),
                        offset,
                    });
                }
            }
            add_tb = true;
            if let Some(h) = frame.code().handler_for(offset) {
                let target_sp = frame.stack_base.add(h.depth as usize);
                while frame.sp > target_sp {
                    frame.sp = frame.sp.sub(1);
                    drop(frame.sp.read());
                }
                if h.lasti {
                    frame.sp.write(Value::int(offset as i64));
                    frame.sp = frame.sp.add(1);
                }
                frame.sp.write(err.0);
                frame.sp = frame.sp.add(1);
                frame.resume = frame.code().code_ptr().add(h.target as usize);
                return Ok(fp);
            }
            let is_entry = fp == entry;
            let owner = frame.owner;
            fp = self.frames.pop(fp);
            if !owner.is_null() {
                // SAFETY: a generator outlives its running frame (its
                // resumer holds a reference).
                err = self.gen_raised(&*owner, err);
            }
            if is_entry {
                return Err(err);
            }
        }
    }

    /// Sets the implicit `__context__` of a new exception raised while
    /// another is being handled.
    fn chain_context(&self, err: &PyErr) {
        let handled = &self.exc_info;
        if handled.as_exception().is_none() || handled.is(&err.0) {
            return;
        }
        if let Some(e) = err.0.as_exception() {
            if e.context.borrow().is_none() {
                // Avoid a cycle: cut `err` out of the handled one's chain.
                let mut cur = handled.clone();
                while let Some(c) = cur.as_exception() {
                    let next = c.context.borrow().clone();
                    if next.is(&err.0) {
                        if let Some(c) = cur.as_exception() {
                            *c.context.borrow_mut() = Value::NONE;
                        }
                        break;
                    }
                    cur = next;
                }
                *e.context.borrow_mut() = handled.clone();
            }
        }
    }

    pub fn type_of(&self, v: &Value) -> Value {
        self.type_ref(v).clone()
    }
    /// The type of `v`, borrowed.
    pub fn type_ref<'a>(&'a self, v: &'a Value) -> &'a Value {
        let t = &self.types;
        if v.is_float() {
            return &t.float;
        }
        if v.is_small_int() {
            return &t.int;
        }
        if v.is_bool() {
            return &t.bool_;
        }
        if v.is_none() {
            return &t.none;
        }
        if v.is(&Value::ELLIPSIS) {
            return &t.ellipsis;
        }
        if v.is(&Value::NOT_IMPLEMENTED) || v.is_null() {
            return &t.not_implemented;
        }
        match v.data().expect("heap value") {
            ObjData::Int(_) | ObjData::BigInt(_) => &t.int,
            ObjData::Str(_) => &t.str_,
            ObjData::Bytes(_) => &t.bytes,
            ObjData::Complex(..) => &t.complex,
            ObjData::GenericAlias(..) => &t.generic_alias,
            ObjData::Union(_) => &t.union_type,
            ObjData::File(f) => {
                if !f.binary {
                    &t.text_io
                } else if f.state.borrow().readable {
                    &t.buffered_reader
                } else {
                    &t.buffered_writer
                }
            }
            ObjData::ByteArray(_) => &t.bytearray,
            ObjData::MemoryView(_) => &t.memoryview,
            ObjData::WeakRef(_) => &t.weakref,
            ObjData::List(_) => &t.list,
            ObjData::Tuple(_) => &t.tuple,
            ObjData::Dict(_) => &t.dict,
            ObjData::Range(_) | ObjData::BigRange(_) => &t.range,
            ObjData::Slice(_) => &t.slice,
            ObjData::Function(_) => &t.function,
            ObjData::Builtin(_) => &t.builtin,
            ObjData::Code(_) => &t.code,
            ObjData::Module(_) => &t.module,
            ObjData::Type(td) => {
                if td.metatype.is_null() {
                    &t.type_
                } else {
                    &td.metatype
                }
            }
            ObjData::Exception(e) => &e.class,
            ObjData::Iter(it) => match &*it.borrow() {
                object::Iter::Seq { seq, .. } if seq.as_tuple().is_some() => &t.tuple_iterator,
                object::Iter::Seq { .. } => &t.list_iterator,
                object::Iter::Range { .. } => &t.range_iterator,
                object::Iter::BigRange(_) => &t.longrange_iterator,
                object::Iter::Str { .. } => &t.str_iterator,
                object::Iter::Dict { kind, .. } => match kind {
                    object::DictViewKind::Keys => &t.dict_keyiterator,
                    object::DictViewKind::Values => &t.dict_valueiterator,
                    object::DictViewKind::Items => &t.dict_itemiterator,
                },
                object::Iter::Enumerate { .. } => &t.enumerate,
                object::Iter::Zip { .. } => &t.zip,
                object::Iter::Reversed { seq, .. } if seq.as_list().is_some() => {
                    &t.list_reverseiterator
                }
                object::Iter::Reversed { .. } => &t.reversed,
                object::Iter::GetItem { .. } => &t.iterator,
                object::Iter::Set { .. } => &t.set_iterator,
                object::Iter::Bytes { seq, .. }
                    if seq.as_instance().is_none()
                        && matches!(seq.data(), Some(ObjData::ByteArray(_))) =>
                {
                    &t.bytearray_iterator
                }
                object::Iter::Bytes { .. } => &t.bytes_iterator,
                object::Iter::Map { .. } => &t.map,
                object::Iter::Callable { .. } => &t.callable_iterator,
                object::Iter::Filter { .. } => &t.filter,
                object::Iter::Done => &t.list_iterator,
            },
            ObjData::Cell(_) => &t.cell,
            ObjData::Method(..) => &t.method,
            ObjData::Instance(i) => &i.class,
            ObjData::Property(_) => &t.property,
            ObjData::StaticMethod(_) => &t.staticmethod,
            ObjData::ClassMethod(_) => &t.classmethod,
            ObjData::Super(..) => &t.super_,
            ObjData::SlotMember(..) => &t.member_descriptor,
            ObjData::Generator(g) => match g.kind {
                generator::GenKind::Generator => &t.generator,
                generator::GenKind::Coroutine => &t.coroutine,
                generator::GenKind::AsyncGenerator => &t.async_generator,
            },
            ObjData::AsyncGenASend(..) => &t.async_generator_asend,
            ObjData::AsyncGenWrapped(_) => &t.async_generator_wrapped,
            ObjData::Traceback(..) => &t.traceback,
            ObjData::Set(s) => {
                if s.borrow().frozen {
                    &t.frozenset
                } else {
                    &t.set
                }
            }
            ObjData::DictView(kind, _) => match kind {
                object::DictViewKind::Keys => &t.dict_keys,
                object::DictViewKind::Values => &t.dict_values,
                object::DictViewKind::Items => &t.dict_items,
            },
        }
    }

    pub fn type_name(&self, v: &Value) -> String {
        self.type_of(v)
            .as_type()
            .map_or_else(|| "?".to_string(), |t| t.name.clone())
    }

    /// The code object behind a function value.
    pub fn function_code(v: &Value) -> Option<&Code> {
        match v.data() {
            Some(ObjData::Function(f)) => Some(f.code()),
            _ => None,
        }
    }
}

fn name_of(v: &Value) -> String {
    v.as_str().map_or(String::new(), |s| s.as_str().to_string())
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`: CPython's list of names.
fn name_list(names: &[String]) -> String {
    let names: Vec<String> = names.iter().map(|m| format!("'{m}'")).collect();
    match names.len() {
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        n => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Whether `given` positional arguments (a bound self among them), with
/// the function's last defaults after them, fill its parameters: fewer
/// than its `argcount`, no keyword-only or star parameters, not a
/// generator's code (`exact_nargs` says those), and enough defaults.
#[inline]
pub fn defaults_fill(f: &function::Function, given: usize) -> bool {
    given < f.exact_nargs
        && f.defaults
            .borrow()
            .as_tuple()
            .is_some_and(|d| f.exact_nargs - given <= d.len())
}

/// Writes NULL over values that were moved out as bit copies, so that the
/// slice holds values again (its owner releases it as usual).
///
/// # Safety
/// Every value in `args` has been moved out (it must not be released).
#[inline(always)]
unsafe fn refill_moved(args: &mut [Value]) {
    for a in args.iter_mut() {
        // SAFETY: the old value was moved out (contract): overwritten,
        // not dropped.
        unsafe { std::ptr::write(a, Value::NULL) };
    }
}
