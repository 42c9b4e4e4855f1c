//! Generators: a function's frame, suspended at `yield` and kept off the
//! frame stack.
//!
//! Calling a generator function binds its arguments in a new frame, then
//! moves that frame into heap memory the [`Generator`] owns (a
//! [`HeapFrame`]). Resuming links the same frame back on top of the frame
//! stack (nothing is copied); a yield unlinks it again. Two ways resume it:
//! - [`Vm::gen_resume`] (`next`, `send`, `throw`, the generic FOR_ITER)
//!   runs it in a nested tier-1 loop whose entry it is; `YIELD_VALUE`
//!   returns from that loop.
//! - `FOR_ITER_GEN` enters it in the running loop, like a call
//!   ([`Vm::gen_enter`]); its `YIELD_VALUE` goes back to the caller with
//!   the value pushed ([`gen_yield_to_caller`]), and its return makes the
//!   caller run the FOR_ITER_GEN again, which then finds the generator
//!   finished ([`gen_return_to_caller`]).
//!
//! **Invariants:** the frame is live (its header, locals and stack
//! initialized) exactly while `finished` is false. It is linked on the
//! frame stack exactly while `running` is true. While running, `exc_info`
//! holds the caller's handled exception (given back when it yields or
//! ends); while suspended, its own (NULL if none).

use super::frame::{Frame, HeapFrame};
use super::{PyErr, PyResult, Vm};
use crate::compile::code::CodeUnit;
use crate::object::{self, ObjData};
use crate::value::Value;
use std::cell::{Cell, RefCell};

pub struct Generator {
    /// The generator function: keeps the code, globals and builtins alive.
    pub func: Value,
    pub kind: GenKind,
    pub started: Cell<bool>,
    pub running: Cell<bool>,
    /// Returned, raised, closed or cleared: the frame is gone.
    pub finished: Cell<bool>,
    /// Closed by its finalizer already (see `Generator::needs_close`).
    pub finalized: Cell<bool>,
    /// The handled exception (see the invariants above).
    pub exc_info: RefCell<Value>,
    frame: HeapFrame,
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

impl Generator {
    /// The generator's frame (live only while not finished).
    #[inline(always)]
    pub fn frame(&self) -> *mut Frame {
        self.frame.frame()
    }

    /// Offset of the instruction the frame is at (0 before it starts).
    pub fn offset(&self) -> Option<u32> {
        if self.finished.get() {
            return None;
        }
        // SAFETY: not finished, so the frame is live (invariant).
        Some(unsafe { (*self.frame()).offset() })
    }

    /// Ends a suspended (or not started) generator's frame: releases its
    /// locals and stack.
    fn discard_frame(&self) {
        if self.finished.replace(true) {
            return;
        }
        debug_assert!(!self.running.get());
        // SAFETY: it was not finished, so the frame is live, and not
        // running, so it is not linked; it is dead from here on.
        unsafe { super::frame::release(self.frame()) };
    }

    /// Whether this generator, about to be freed, must be closed first:
    /// it is suspended inside a `try` or `with` (whose `finally` or
    /// `__exit__` must run, as CPython's generator finalizer does). Marks
    /// it so it is closed once.
    pub fn needs_close(&self) -> bool {
        if self.kind != GenKind::Generator
            || !self.started.get()
            || self.running.get()
            || self.finalized.get()
        {
            return false;
        }
        let Some(at) = self.offset() else {
            return false;
        };
        let Some(ObjData::Function(f)) = self.func.data() else {
            return false;
        };
        if f.code().handler_for(at).is_none() {
            return false;
        }
        self.finalized.set(true);
        true
    }

    pub fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.func);
        if !self.finished.get() && !self.running.get() {
            // SAFETY: suspended: the frame is live and not linked, so
            // nothing changes it while we read it.
            unsafe {
                let fr = &*self.frame();
                f(&fr.func);
                for i in 0..fr.code().nlocalsplus {
                    f(fr.local(i as u32));
                }
                for i in 0..fr.stack_depth() {
                    f(&*fr.stack_base.add(i));
                }
            }
        }
        f(&self.exc_info.borrow());
    }
    pub fn clear(&self) {
        if !self.running.get() {
            self.discard_frame();
        }
        let exc = std::mem::replace(&mut *self.exc_info.borrow_mut(), Value::NULL);
        drop(exc);
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

impl Drop for Generator {
    fn drop(&mut self) {
        // A generator is freed only when nothing refers to it, so never
        // while it runs (its resumer holds a reference).
        self.discard_frame();
    }
}

/// What resuming a generator gave.
pub enum GenOutcome {
    Yielded(Value),
    Returned(Value),
}

/// What the sink of a drained generator (`Vm::gen_drain`) does with a
/// value the generator yields.
pub enum Drain {
    /// Took it: the generator goes on (its `yield` gives None).
    Took,
    /// Gives it back: the generator stops there, suspended after yielding
    /// it, and `gen_drain` returns it (the sink would have had to run
    /// Python code, which must not run while the generator is running).
    Back(Value),
}

/// The sink of the generator being drained: its frame and the sink,
/// lifetime erased (see `Vm::gen_drain`, which sets it only while it runs
/// that frame and restores the one before).
pub type Sink = (*mut Frame, *mut (dyn FnMut(Value) -> Drain + 'static));

impl Vm {
    /// Turns the just-pushed frame of a generator function (arguments
    /// bound) into a generator object, moving the frame off the stack.
    ///
    /// # Safety
    /// `fp` must be the top frame, not yet run.
    pub unsafe fn make_generator(&mut self, fp: *mut Frame) -> Value {
        let frame = &*fp;
        let func = frame.func.clone();
        let flags = frame.code().flags;
        let kind = if flags & crate::compile::code::CO_COROUTINE != 0 {
            GenKind::Coroutine
        } else if flags & crate::compile::code::CO_ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        };
        let heap = self.frames.move_out(fp, std::ptr::null());
        let g = Box::new(Generator {
            func,
            kind,
            started: Cell::new(false),
            running: Cell::new(false),
            finished: Cell::new(false),
            finalized: Cell::new(false),
            exc_info: RefCell::new(Value::NULL),
            frame: heap,
        });
        // The generator's box never moves: the frame can point at it.
        (*g.frame()).owner = &*g;
        object::alloc(ObjData::Generator(g))
    }

    /// Links `g`'s frame on top of the frame stack to run it, with `sent`
    /// (if any) pushed as the value of the yield it is suspended at.
    ///
    /// # Safety
    /// `g` is suspended or not started (not running, not finished).
    unsafe fn gen_link(&mut self, g: &Generator, sent: Option<Value>) -> *mut Frame {
        let fp = g.frame();
        g.started.set(true);
        g.running.set(true);
        let caller_exc = self.exc_info.clone();
        let own = std::mem::replace(&mut *g.exc_info.borrow_mut(), caller_exc);
        if !own.is_null() {
            self.exc_info = own;
        }
        self.frames.link(fp);
        if let Some(v) = sent {
            let f = &mut *fp;
            f.sp.write(v);
            f.sp = f.sp.add(1);
        }
        fp
    }

    /// `g`'s frame yielded: unlinks it (the frame keeps its registers,
    /// saved by the yield) and gives the caller its handled exception back.
    ///
    /// # Safety
    /// `g`'s frame is the top frame, running.
    unsafe fn gen_suspend(&mut self, g: &Generator) {
        self.frames.unlink(g.frame());
        g.running.set(false);
        let caller_exc = std::mem::replace(&mut *g.exc_info.borrow_mut(), Value::NULL);
        let own = std::mem::replace(&mut self.exc_info, caller_exc);
        if !own.is(&self.exc_info) {
            *g.exc_info.borrow_mut() = own;
        }
    }

    /// `g`'s frame is gone (popped when it returned or raised).
    fn gen_done(&mut self, g: &Generator) {
        g.running.set(false);
        g.finished.set(true);
        let caller_exc = std::mem::replace(&mut *g.exc_info.borrow_mut(), Value::NULL);
        self.exc_info = caller_exc;
    }

    /// The unwinder popped generator `g`'s frame with `err`: the generator
    /// is finished, and a StopIteration leaving it becomes a RuntimeError
    /// (PEP 479).
    pub(crate) fn gen_raised(&mut self, g: &Generator, err: PyErr) -> PyErr {
        self.gen_done(g);
        let stop_async = g.kind == GenKind::AsyncGenerator
            && self.is_instance_of(&err.0, &self.exc.stop_async_iteration.clone());
        if !stop_async && !self.is_instance_of(&err.0, &self.exc.stop_iteration.clone()) {
            return err;
        }
        let what = match g.kind {
            GenKind::Generator => "generator raised StopIteration",
            GenKind::Coroutine => "coroutine raised StopIteration",
            GenKind::AsyncGenerator if stop_async => "async generator raised StopAsyncIteration",
            GenKind::AsyncGenerator => "async generator raised StopIteration",
        };
        let new = self.runtime_error(what);
        if let Some(x) = new.0.as_exception() {
            *x.cause.borrow_mut() = err.0.clone();
            *x.context.borrow_mut() = err.0.clone();
            x.suppress_context.set(true);
        }
        new
    }

    /// FOR_ITER_GEN: links suspended generator `g`'s frame to run in the
    /// current loop (None sent).
    pub fn gen_enter(&mut self, g: &Generator) -> PyResult<*mut Frame> {
        self.check_frame_depth()?;
        let sent = g.started.get().then_some(Value::NONE);
        // SAFETY: the caller checked that `g` is neither running nor
        // finished.
        Ok(unsafe { self.gen_link(g, sent) })
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
        if g.running.get() {
            return Err(self.value_error("generator already executing"));
        }
        if g.finished.get() {
            if g.kind == GenKind::Coroutine && throw.is_none() {
                return Err(self.runtime_error("cannot reuse already awaited coroutine"));
            }
            return match throw {
                Some(e) => Err(e),
                None => Ok(GenOutcome::Returned(Value::NONE)),
            };
        }
        let started = g.started.get();
        if !started && throw.is_none() && !sent.is_none() {
            let what = match g.kind {
                GenKind::Generator => "generator",
                GenKind::Coroutine => "coroutine",
                GenKind::AsyncGenerator => "async generator",
            };
            return Err(self.type_error(format!(
                "can't send non-None value to a just-started {what}"
            )));
        }
        if !started {
            if let Some(e) = throw {
                g.discard_frame();
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
                        // SAFETY: suspended (delegate_of checked), so the
                        // frame is live; END_SEND is in its code.
                        unsafe {
                            let f = &mut *g.frame();
                            f.resume = f.code().code_ptr().add(end_send as usize);
                        }
                    }
                    Err(e) => throw = Some(e),
                }
            }
            if g.finished.get() {
                // Finished by what the delegate ran (it closed us).
                return match throw {
                    Some(e) => Err(e),
                    None => Ok(GenOutcome::Returned(Value::NONE)),
                };
            }
        }
        self.check_frame_depth()?;
        let push = (started && throw.is_none()).then_some(sent);
        // SAFETY: neither running nor finished (checked above).
        let fp = unsafe { self.gen_link(g, push) };
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
        // SAFETY: `result` is the run of the frame `gen_link` linked.
        unsafe { self.gen_after_run(g, result) }
    }

    /// What a run of generator `g`'s linked frame ended with: a yield
    /// (the frame suspended), a return (the generator finished), or an
    /// exception (the unwinder popped the frame and finished it,
    /// `gen_raised`).
    ///
    /// # Safety
    /// `result` is what running the frame `gen_link` linked for `g` gave.
    unsafe fn gen_after_run(
        &mut self,
        g: &Generator,
        result: PyResult<Value>,
    ) -> PyResult<GenOutcome> {
        match result {
            Ok(v) if std::mem::replace(&mut self.yielding, false) => {
                // SAFETY: a yield leaves the generator's frame on top,
                // its registers saved.
                self.gen_suspend(g);
                Ok(GenOutcome::Yielded(v))
            }
            Ok(v) => {
                // The loop popped the frame.
                self.gen_done(g);
                Ok(GenOutcome::Returned(v))
            }
            Err(e) => Err(e),
        }
    }

    /// Runs the plain generator `gen` (the iterator a builtin consumes:
    /// `sum`, `str.join`, `list`, ...), handing each value it yields to
    /// `sink` in the same run of the loop instead of suspending and
    /// resuming it per value: Ok(None) once it has finished, Ok(Some(v))
    /// when the sink gave `v` back (the generator is then suspended after
    /// yielding it, as `next` would leave it). The sink runs no Python
    /// code, so nothing can see the generator running.
    pub fn gen_drain(
        &mut self,
        gen: &Value,
        sink: &mut dyn FnMut(Value) -> Drain,
    ) -> PyResult<Option<Value>> {
        let Some(ObjData::Generator(g)) = gen.data() else {
            return Err(self.type_error("not a generator"));
        };
        if g.kind != GenKind::Generator || g.running.get() || g.finished.get() {
            // Errors and the finished case as `next` gives them.
            loop {
                match self.gen_resume(gen, Value::NONE, None)? {
                    GenOutcome::Yielded(v) => {
                        if let Drain::Back(v) = sink(v) {
                            return Ok(Some(v));
                        }
                    }
                    GenOutcome::Returned(_) => return Ok(None),
                }
            }
        }
        self.check_frame_depth()?;
        let push = g.started.get().then_some(Value::NONE);
        // SAFETY: neither running nor finished (checked above).
        let fp = unsafe { self.gen_link(g, push) };
        let sink: *mut (dyn FnMut(Value) -> Drain + '_) = sink;
        // SAFETY: only the lifetime is erased. The loop calls the sink
        // only while running `fp` as its entry frame, which ends before
        // this function returns, and the sink before is restored then.
        let sink: *mut (dyn FnMut(Value) -> Drain + 'static) = unsafe { std::mem::transmute(sink) };
        let before = self.sink.replace((fp, sink));
        // SAFETY: fp is the top frame, fully initialized.
        let result = unsafe { crate::interp::tier1::run(self, fp) };
        self.sink = before;
        // SAFETY: the run of the frame linked above.
        match unsafe { self.gen_after_run(g, result) }? {
            GenOutcome::Yielded(v) => Ok(Some(v)),
            GenOutcome::Returned(_) => Ok(None),
        }
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
        if !g.started.get() || g.running.get() {
            return None;
        }
        let at = g.offset()?;
        let Some(ObjData::Function(f)) = g.func.data() else {
            return None;
        };
        let units = f.code().units();
        let yv = units.get(at as usize)?;
        let send = units.get((at as usize).checked_sub(1)?)?;
        use crate::generated::opcodes::opcode;
        if yv.opcode() != opcode::YIELD_VALUE || yv.oparg() != 1 || send.opcode() != opcode::SEND {
            return None;
        }
        // SAFETY: suspended (checked above): the frame is live and its
        // stack holds the delegated-to iterator under the yielded slot.
        let receiver = unsafe {
            let f = &*g.frame();
            if f.stack_depth() == 0 {
                return None;
            }
            (*f.sp.sub(1)).clone()
        };
        // SEND jumps from the instruction after it (this YIELD_VALUE).
        Some((receiver, at + send.oparg() as u32))
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

/// YIELD_VALUE in a generator frame that FOR_ITER_GEN entered in the same
/// loop: suspends it and continues in its caller with `value` pushed.
///
/// # Safety
/// `fp` is the top frame, a generator's (`owner` set), not the loop's
/// entry; the pointers are its registers.
#[inline(never)]
pub unsafe fn gen_yield_to_caller(
    vm: &mut Vm,
    fp: *mut Frame,
    this_instr: *const CodeUnit,
    next_instr: *const CodeUnit,
    sp: *mut Value,
    value: Value,
) -> super::tier1::FrameRegs {
    super::tier1::save_frame(fp, this_instr, next_instr, sp);
    let caller = (*fp).prev;
    vm.gen_suspend(&*(*fp).owner);
    let mut sp = (*caller).sp;
    sp.write(value);
    sp = sp.add(1);
    (caller, (*caller).resume, sp)
}

/// RETURN_VALUE in a generator frame that FOR_ITER_GEN entered in the
/// same loop: pops the frame, finishes the generator, and has the caller
/// run its FOR_ITER_GEN again, which finds the generator finished and
/// ends the loop (the return value is not used).
///
/// # Safety
/// As [`gen_yield_to_caller`]; the caller is suspended at a FOR_ITER_GEN
/// (the only instruction that enters a generator frame in a loop), whose
/// oparg has no EXTENDED_ARG prefix (the specializer checks).
#[inline(never)]
pub unsafe fn gen_return_to_caller(
    vm: &mut Vm,
    fp: *mut Frame,
    sp: *mut Value,
    retval: Value,
) -> super::tier1::FrameRegs {
    let g = (*fp).owner;
    (*fp).sp = sp;
    let caller = vm.frames.pop(fp);
    vm.gen_done(&*g);
    drop(retval);
    if crate::gc::finalizers_pending() {
        vm.run_finalizers();
    }
    (caller, (*caller).instr, (*caller).sp)
}
