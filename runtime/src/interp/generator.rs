//! Generators: a function's frame, suspended at `yield` and saved off the
//! frame stack.
//!
//! Calling a generator function binds its arguments in a new frame, then
//! moves the frame's locals into a [`Generator`] and pops the frame.
//! Resuming (`next`, `send`, `throw`, a `for` loop) pushes a fresh frame,
//! moves the saved locals and value stack back in, and runs it in a nested
//! tier-1 loop whose entry it is; `YIELD_VALUE` returns from that loop with
//! the frame still pushed, and [`Vm::gen_resume`] moves its state out again.
//!
//! **Invariant:** while suspended, `saved` holds exactly the frame's
//! `nlocalsplus` locals followed by its value stack; while running, it is
//! empty and the frame lives on the frame stack.

use super::{PyErr, PyResult, Vm};
use crate::object::{self, ObjData};
use crate::value::Value;
use std::cell::RefCell;

pub struct Generator {
    /// The generator function: keeps the code, globals and builtins alive.
    pub func: Value,
    pub kind: GenKind,
    pub state: RefCell<GenState>,
}

/// What kind of suspendable function made the object.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    /// `async def`.
    Coroutine,
    /// `async def` with `yield`.
    AsyncGenerator,
}

pub struct GenState {
    pub saved: Vec<Value>,
    /// Code-unit offsets of the next and the current instruction.
    pub resume: u32,
    pub instr: u32,
    pub started: bool,
    pub running: bool,
    pub finished: bool,
    /// Closed by its finalizer already (see `Generator::needs_close`).
    pub finalized: bool,
    /// The exception its frame was handling when it last yielded (NULL
    /// if none): `sys.exc_info()` inside it, restored on resumption, while
    /// its caller keeps its own.
    pub exc_info: Value,
}

impl Generator {
    /// Whether this generator, about to be freed, must be closed first:
    /// it is suspended inside a `try` or `with` (whose `finally` or
    /// `__exit__` must run, as CPython's generator finalizer does). Marks
    /// it so it is closed once.
    pub fn needs_close(&self) -> bool {
        if self.kind != GenKind::Generator {
            return false;
        }
        let mut st = self.state.borrow_mut();
        if !st.started || st.finished || st.running || st.finalized {
            return false;
        }
        let Some(ObjData::Function(f)) = self.func.data() else {
            return false;
        };
        if f.code().handler_for(st.instr).is_none() {
            return false;
        }
        st.finalized = true;
        true
    }

    pub fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.func);
        let st = self.state.borrow();
        st.saved.iter().for_each(&mut *f);
        f(&st.exc_info);
    }
    pub fn clear(&self) {
        let mut st = self.state.borrow_mut();
        let old = std::mem::take(&mut st.saved);
        let exc = std::mem::replace(&mut st.exc_info, Value::NULL);
        drop(st);
        drop((old, exc));
    }
    pub fn qualname(&self) -> String {
        match self.func.data() {
            Some(ObjData::Function(f)) => f
                .qualname
                .borrow()
                .as_str()
                .map_or("?".to_string(), |s| s.as_str().to_string()),
            _ => "?".to_string(),
        }
    }
}

/// What resuming a generator gave.
pub enum GenOutcome {
    Yielded(Value),
    Returned(Value),
}

impl Vm {
    /// Turns the just-pushed frame of a generator function (arguments
    /// bound) into a generator object, popping the frame.
    ///
    /// # Safety
    /// `fp` must be the top frame, not yet run.
    pub unsafe fn make_generator(&mut self, fp: *mut super::frame::Frame) -> Value {
        let frame = &*fp;
        let n = frame.code().nlocalsplus;
        let saved: Vec<Value> = (0..n)
            .map(|i| frame.set_local(i as u32, Value::NULL))
            .collect();
        let func = frame.func.clone();
        let flags = frame.code().flags;
        self.frames.pop(fp);
        let kind = if flags & crate::compile::code::CO_COROUTINE != 0 {
            GenKind::Coroutine
        } else if flags & crate::compile::code::CO_ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        };
        object::alloc(ObjData::Generator(Box::new(Generator {
            func,
            kind,
            state: RefCell::new(GenState {
                saved,
                resume: 0,
                instr: 0,
                started: false,
                running: false,
                finished: false,
                finalized: false,
                exc_info: Value::NULL,
            }),
        })))
    }

    /// Runs generator `gen` until it yields or returns: with `sent` as the
    /// value of the `yield` it is suspended at, or raising `throw` there.
    pub fn gen_resume(
        &mut self,
        gen: &Value,
        sent: Value,
        throw: Option<PyErr>,
    ) -> PyResult<GenOutcome> {
        let Some(ObjData::Generator(g)) = gen.data() else {
            return Err(self.type_error("not a generator"));
        };
        {
            let st = g.state.borrow();
            if st.running {
                return Err(self.value_error("generator already executing"));
            }
            if st.finished {
                if g.kind == GenKind::Coroutine && throw.is_none() {
                    return Err(self.runtime_error("cannot reuse already awaited coroutine"));
                }
                return match throw {
                    Some(e) => Err(e),
                    None => Ok(GenOutcome::Returned(Value::NONE)),
                };
            }
            if !st.started && throw.is_none() && !sent.is_none() {
                let what = match g.kind {
                    GenKind::Generator => "generator",
                    GenKind::Coroutine => "coroutine",
                    GenKind::AsyncGenerator => "async generator",
                };
                return Err(self.type_error(format!(
                    "can't send non-None value to a just-started {what}"
                )));
            }
        }
        if !g.state.borrow().started {
            if let Some(e) = throw {
                let mut st = g.state.borrow_mut();
                st.finished = true;
                let old = std::mem::take(&mut st.saved);
                drop(st);
                drop(old);
                return Err(e);
            }
        }
        // A generator delegating (`yield from`, `await`) passes a thrown
        // exception on to the iterator it delegates to; if that one
        // returns, the delegation ends with its value.
        let (mut sent, mut throw) = (sent, throw);
        if throw.is_some() {
            if let Some((receiver, end_send)) = self.delegate_of(g) {
                let err = throw.take().expect("checked");
                match self.throw_into(&receiver, err) {
                    Ok(GenOutcome::Yielded(v)) => return Ok(GenOutcome::Yielded(v)),
                    Ok(GenOutcome::Returned(v)) => {
                        sent = v;
                        g.state.borrow_mut().resume = end_send;
                    }
                    Err(e) => throw = Some(e),
                }
            }
        }
        self.check_frame_depth()?;
        let Some(ObjData::Function(f)) = g.func.data() else {
            unreachable!("a generator's function is a function")
        };
        let (code_obj, globals, builtins): (*const Value, *const Value, *const Value) =
            (&f.code, &f.globals, &f.builtins);
        // SAFETY: the frame owns a reference to the generator's function,
        // which keeps its code, globals and builtins (they never change)
        // alive until the frame is gone (popped by the loop, or below);
        // a function object never moves.
        let fp = unsafe {
            self.frames.push_code(
                f.code(),
                &*code_obj,
                g.func.clone(),
                &*globals,
                &*builtins,
                Value::NULL,
            )
        };
        let started;
        let mut spare: Vec<Value>;
        // The generator's own handled exception, if it yielded in a
        // handler; the caller's comes back when it yields or ends.
        let caller_exc = self.exc_info.clone();
        {
            let mut st = g.state.borrow_mut();
            let own = std::mem::replace(&mut st.exc_info, Value::NULL);
            if !own.is_null() {
                self.exc_info = own;
            }
            started = st.started;
            st.started = true;
            st.running = true;
            spare = std::mem::take(&mut st.saved);
            // SAFETY: fp is the new top frame, with `nlocalsplus` local
            // slots (NULL) and room for `stacksize` values; `saved` holds
            // the locals and then at most `stacksize` stack values.
            unsafe {
                let frame = &mut *fp;
                let n = frame.code().nlocalsplus;
                let start = frame.code().code_ptr();
                // Drained, not consumed: the emptied buffer is reused for
                // the next yield (no allocation per resumption).
                let mut it = spare.drain(..);
                for i in 0..n {
                    drop(frame.set_local(i as u32, it.next().unwrap_or(Value::NULL)));
                }
                for v in it {
                    frame.sp.write(v);
                    frame.sp = frame.sp.add(1);
                }
                frame.resume = start.add(st.resume as usize);
                frame.instr = start.add(st.instr as usize);
                if started && throw.is_none() {
                    frame.sp.write(sent);
                    frame.sp = frame.sp.add(1);
                }
            }
        }
        let result = match throw {
            // SAFETY: fp is the top frame with instr and sp saved.
            Some(err) => match unsafe { self.unwind(fp, fp, err) } {
                // SAFETY: the handler's frame is the top frame.
                Ok(fp) => unsafe { crate::interp::tier1::run(self, fp) },
                Err(e) => Err(e),
            },
            // SAFETY: fp is the top frame, fully initialized.
            None => unsafe { crate::interp::tier1::run(self, fp) },
        };
        let mut st = g.state.borrow_mut();
        st.running = false;
        let own = std::mem::replace(&mut self.exc_info, caller_exc);
        if self.yielding && !own.is(&self.exc_info) {
            st.exc_info = own;
        } else {
            drop(own);
        }
        let outcome = match result {
            Ok(v) if std::mem::replace(&mut self.yielding, false) => {
                // SAFETY: a yield leaves the generator's frame on top.
                unsafe {
                    let frame = &mut *fp;
                    let n = frame.code().nlocalsplus;
                    let mut saved = std::mem::take(&mut spare);
                    saved.extend((0..n).map(|i| frame.set_local(i as u32, Value::NULL)));
                    let depth = frame.stack_depth();
                    for i in 0..depth {
                        saved.push(frame.stack_base.add(i).read());
                    }
                    frame.sp = frame.stack_base;
                    let start = frame.code().code_ptr();
                    st.resume = frame.resume.offset_from(start) as u32;
                    st.instr = frame.instr.offset_from(start) as u32;
                    st.saved = saved;
                    drop(st);
                    self.frames.pop(fp);
                }
                Ok(GenOutcome::Yielded(v))
            }
            Ok(v) => {
                st.finished = true;
                Ok(GenOutcome::Returned(v))
            }
            Err(e) => {
                st.finished = true;
                drop(st);
                let stop_async = g.kind == GenKind::AsyncGenerator
                    && self.is_instance_of(&e.0, &self.exc.stop_async_iteration.clone());
                if stop_async || self.is_instance_of(&e.0, &self.exc.stop_iteration.clone()) {
                    let what = match g.kind {
                        GenKind::Generator => "generator raised StopIteration",
                        GenKind::Coroutine => "coroutine raised StopIteration",
                        GenKind::AsyncGenerator if stop_async => {
                            "async generator raised StopAsyncIteration"
                        }
                        GenKind::AsyncGenerator => "async generator raised StopIteration",
                    };
                    let err = self.runtime_error(what);
                    if let Some(x) = err.0.as_exception() {
                        *x.cause.borrow_mut() = e.0.clone();
                        *x.context.borrow_mut() = e.0.clone();
                        x.suppress_context.set(true);
                    }
                    return Err(err);
                }
                Err(e)
            }
        };
        outcome
    }

    /// One step of `yield from` / `await` / SEND: `receiver.send(v)` for
    /// generators and coroutines, `next(receiver)` for other iterators when
    /// `v` is None.
    pub fn send(&mut self, receiver: &Value, v: Value) -> PyResult<GenOutcome> {
        if let Some(ObjData::Generator(_)) = receiver.data() {
            return self.gen_resume(receiver, v, None);
        }
        if let Some(ObjData::AsyncGenASend(..)) = receiver.data() {
            return self.asend_resume(receiver, v, None);
        }
        // An iterator of a user class: its StopIteration's value is the
        // result of the `yield from` / `await`.
        if v.is_none() && super::classes::has_heap_type(self, receiver) {
            return match super::ops::call_method(self, receiver, "__next__", &[]) {
                Ok(x) => Ok(GenOutcome::Yielded(x)),
                Err(e) if self.is_instance_of(&e.0, &self.exc.stop_iteration.clone()) => {
                    let val =
                        e.0.as_exception()
                            .map_or(Value::NONE, |x| x.value.borrow().clone());
                    Ok(GenOutcome::Returned(val))
                }
                Err(e) => Err(e),
            };
        }
        if v.is_none() {
            return match super::ops::iter_next(self, receiver)? {
                Some(x) => Ok(GenOutcome::Yielded(x)),
                None => Ok(GenOutcome::Returned(Value::NONE)),
            };
        }
        match super::ops::call_method(self, receiver, "send", &[v]) {
            Ok(x) => Ok(GenOutcome::Yielded(x)),
            Err(e) if self.is_instance_of(&e.0, &self.exc.stop_iteration.clone()) => {
                let val =
                    e.0.as_exception()
                        .map_or(Value::NONE, |x| x.value.borrow().clone());
                Ok(GenOutcome::Returned(val))
            }
            Err(e) => Err(e),
        }
    }

    /// The iterator a suspended generator delegates to (the top of its
    /// saved stack, when it is suspended at the YIELD_VALUE of a SEND
    /// loop), and the offset of that loop's END_SEND.
    pub(crate) fn delegate_of(&self, g: &Generator) -> Option<(Value, u32)> {
        let st = g.state.borrow();
        if !st.started || st.finished {
            return None;
        }
        let Some(ObjData::Function(f)) = g.func.data() else {
            return None;
        };
        let units = f.code().units();
        let at = st.instr as usize;
        let yv = units.get(at)?;
        let send = units.get(at.checked_sub(1)?)?;
        use crate::generated::opcodes::opcode;
        if yv.opcode() != opcode::YIELD_VALUE || yv.oparg() != 1 || send.opcode() != opcode::SEND {
            return None;
        }
        // SEND jumps from the instruction after it (this YIELD_VALUE).
        let end_send = st.instr + send.oparg() as u32;
        Some((st.saved.last()?.clone(), end_send))
    }

    /// `receiver.throw(err)` for a delegated-to iterator.
    fn throw_into(&mut self, receiver: &Value, err: PyErr) -> PyResult<GenOutcome> {
        match receiver.data() {
            Some(ObjData::Generator(_)) => {
                return self.gen_resume(receiver, Value::NONE, Some(err))
            }
            Some(ObjData::AsyncGenASend(..)) => {
                return self.asend_resume(receiver, Value::NONE, Some(err))
            }
            _ => {}
        }
        let throw = self.interned.intern_static("throw");
        if super::ops::lookup_type_attr(self, receiver, &throw).is_none()
            && self.user_special(receiver, "throw").is_none()
        {
            return Err(err);
        }
        match super::ops::call_method(self, receiver, "throw", &[err.0]) {
            Ok(v) => Ok(GenOutcome::Yielded(v)),
            Err(e) if self.is_instance_of(&e.0, &self.exc.stop_iteration.clone()) => {
                let val =
                    e.0.as_exception()
                        .map_or(Value::NONE, |x| x.value.borrow().clone());
                Ok(GenOutcome::Returned(val))
            }
            Err(e) => Err(e),
        }
    }

    /// One step of an async generator driven by an `__anext__`/`asend`
    /// awaitable: its own yields complete the awaitable (Returned), the
    /// awaits inside it pass through (Yielded), and its end is
    /// StopAsyncIteration.
    pub fn asend_step(
        &mut self,
        gen: &Value,
        v: Value,
        throw: Option<PyErr>,
    ) -> PyResult<GenOutcome> {
        match self.gen_resume(gen, v, throw)? {
            GenOutcome::Yielded(y) => match y.data() {
                Some(ObjData::AsyncGenWrapped(inner)) => Ok(GenOutcome::Returned(inner.clone())),
                _ => Ok(GenOutcome::Yielded(y)),
            },
            GenOutcome::Returned(_) => Err(PyErr(
                self.new_exception(&self.exc.stop_async_iteration.clone(), vec![]),
            )),
        }
    }

    /// One step of an asend/aclose awaitable `a`. Its first value is sent
    /// in (asend), or is the GeneratorExit that aclose() throws.
    pub fn asend_resume(
        &mut self,
        a: &Value,
        v: Value,
        throw: Option<PyErr>,
    ) -> PyResult<GenOutcome> {
        let Some(ObjData::AsyncGenASend(gen, first, kind)) = a.data() else {
            return Err(self.type_error("not an async generator awaitable"));
        };
        let gen = gen.clone();
        let first = std::mem::replace(&mut *first.borrow_mut(), Value::NULL);
        // athrow/aclose awaitables throw their exception once; later steps
        // are ordinary sends (an `await` in an except or finally block).
        if *kind == object::AsendKind::Throw && !first.is_null() {
            return self.asend_step(&gen, Value::NONE, Some(PyErr(first)));
        }
        let closing = *kind == object::AsendKind::Close && !first.is_null();
        if !closing {
            let v = if first.is_null() { v } else { first };
            return self.asend_step(&gen, v, throw);
        }
        match self.gen_resume(&gen, Value::NONE, Some(PyErr(first))) {
            Ok(GenOutcome::Yielded(y)) if matches!(y.data(), Some(ObjData::AsyncGenWrapped(_))) => {
                Err(self.runtime_error("async generator ignored GeneratorExit"))
            }
            Ok(GenOutcome::Yielded(y)) => Ok(GenOutcome::Yielded(y)),
            Ok(GenOutcome::Returned(_)) => Ok(GenOutcome::Returned(Value::NONE)),
            Err(e)
                if self.is_instance_of(&e.0, &self.exc.generator_exit.clone())
                    || self.is_instance_of(&e.0, &self.exc.stop_async_iteration.clone()) =>
            {
                Ok(GenOutcome::Returned(Value::NONE))
            }
            Err(e) => Err(e),
        }
    }

    /// GET_AWAITABLE: the iterator `await x` drives.
    pub fn get_awaitable(&mut self, v: &Value) -> PyResult<Value> {
        match v.data() {
            Some(ObjData::Generator(g)) if g.kind == GenKind::Coroutine => return Ok(v.clone()),
            Some(ObjData::AsyncGenASend(..)) => return Ok(v.clone()),
            _ => {}
        }
        let Some(m) = self.user_special(v, "__await__") else {
            return Err(self.type_error(format!(
                "object {} can't be used in 'await' expression",
                self.type_name(v)
            )));
        };
        let it = self.call_special(&m, v, &[])?;
        match it.data() {
            Some(ObjData::Generator(g)) if g.kind == GenKind::Coroutine => {
                Err(self.type_error("__await__() returned a coroutine"))
            }
            Some(ObjData::Generator(_)) | Some(ObjData::Iter(_)) => Ok(it),
            _ if self.user_special(&it, "__next__").is_some() => Ok(it),
            _ => Err(self.type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                self.type_name(&it)
            ))),
        }
    }

    /// GET_AITER: `obj.__aiter__()`.
    pub fn get_aiter(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(ObjData::Generator(g)) = v.data() {
            if g.kind == GenKind::AsyncGenerator {
                return Ok(v.clone());
            }
        }
        match self.try_special(v, "__aiter__", &[])? {
            Some(it) => Ok(it),
            None => Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                self.type_name(v)
            ))),
        }
    }

    /// GET_ANEXT: the awaitable of `aiter.__anext__()`.
    pub fn get_anext(&mut self, aiter: &Value) -> PyResult<Value> {
        if let Some(ObjData::Generator(g)) = aiter.data() {
            if g.kind == GenKind::AsyncGenerator {
                return Ok(object::alloc(ObjData::AsyncGenASend(
                    aiter.clone(),
                    RefCell::new(Value::NULL),
                    object::AsendKind::Send,
                )));
            }
        }
        match self.try_special(aiter, "__anext__", &[])? {
            Some(a) => self.get_awaitable(&a).map_err(|_| {
                self.type_error(format!(
                    "'async for' received an invalid object from __anext__: {}",
                    self.type_name(&a)
                ))
            }),
            None => Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                self.type_name(aiter)
            ))),
        }
    }

    /// END_ASYNC_FOR: StopAsyncIteration ends the loop; other exceptions
    /// go on (without a second traceback entry).
    pub fn end_async_for(&mut self, exc: Value) -> PyResult<()> {
        if self.is_instance_of(&exc, &self.exc.stop_async_iteration.clone()) {
            return Ok(());
        }
        self.reraising = true;
        Err(PyErr(exc))
    }

    /// BEFORE_ASYNC_WITH: bound `__aexit__`, and the awaitable of
    /// `__aenter__()`.
    pub fn before_async_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let enter_name = self.interned.intern_static("__aenter__");
        let exit_name = self.interned.intern_static("__aexit__");
        let Some(enter) = super::ops::lookup_type_attr(self, mgr, &enter_name) else {
            return Err(self.type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol",
                self.type_name(mgr)
            )));
        };
        let Some(exit) = super::ops::lookup_type_attr(self, mgr, &exit_name) else {
            return Err(self.type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                self.type_name(mgr)
            )));
        };
        let cls = self.type_of(mgr);
        let exit = self.bind_descr(exit, mgr, &cls)?;
        let enter = self.bind_descr(enter, mgr, &cls)?;
        let res = self.call(&enter, &[], None)?;
        let res = self.get_awaitable(&res)?;
        Ok((exit, res))
    }

    /// The iterator of `yield from x`.
    pub fn get_yield_from_iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(ObjData::Generator(_)) = v.data() {
            return Ok(v.clone());
        }
        super::ops::get_iter(self, v)
    }

    /// StopIteration carrying a generator's return value.
    pub fn stop_iteration_with(&self, v: Value) -> PyErr {
        let args = if v.is_none() { vec![] } else { vec![v.clone()] };
        let e = self.new_exception(&self.exc.stop_iteration, args);
        if let Some(x) = e.as_exception() {
            *x.value.borrow_mut() = v;
        }
        PyErr(e)
    }
}
