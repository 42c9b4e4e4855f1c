//! The cycle collector (first version: stop-the-world, non-generational).
//!
//! Reference counting frees everything that is not in a cycle. Container
//! objects (those that can hold references: lists, dicts, tuples, functions,
//! …) are *tracked*: registered in this thread's table while alive. A
//! collection finds tracked objects referenced only from other tracked
//! objects (CPython's algorithm: copy each refcount, subtract the references
//! found by traversing every tracked object, then everything still positive
//! is reachable from outside, and so is everything it reaches), and breaks
//! those cycles by clearing the objects' contents.
//!
//! Collections run only at eval-breaker checks (backward jumps and calls)
//! and from `gc.collect()`, never inside an allocation, so a uop body that
//! allocates does not escape.
//!
//! **Invariant:** an object is in `TRACKED` exactly while its `index` is
//! not `UNTRACKED`, and `TRACKED[obj.gc.index] == obj`.

use crate::object::Obj;
use crate::value::Value;
use std::cell::{Cell, RefCell};

const UNTRACKED: usize = usize::MAX;

/// Per-object collector state.
pub struct GcLink {
    index: Cell<usize>,
    refs: Cell<isize>,
}

impl GcLink {
    pub fn new() -> GcLink {
        GcLink {
            index: Cell::new(UNTRACKED),
            refs: Cell::new(0),
        }
    }
}

impl Default for GcLink {
    fn default() -> Self {
        GcLink::new()
    }
}

struct Heap {
    tracked: Vec<*mut Obj>,
    /// Tracked count after the last collection; the next is due when the
    /// count doubles (amortized linear time).
    after_last: usize,
    enabled: bool,
    collections: usize,
    collected: usize,
}

thread_local! {
    static HEAP: RefCell<Heap> = const { RefCell::new(Heap { tracked: Vec::new(), after_last: 0, enabled: true, collections: 0, collected: 0 }) };
    static DUE_AT: Cell<usize> = const { Cell::new(MIN_THRESHOLD) };
    static TRACKED_COUNT: Cell<usize> = const { Cell::new(0) };
}

const MIN_THRESHOLD: usize = 10_000;

thread_local! {
    /// Objects whose refcount reached zero and whose class has `__del__`:
    /// resurrected (one reference, held here) until the interpreter runs
    /// their finalizers at its next safe point.
    static FINALIZE: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    static FINALIZE_PENDING: Cell<bool> = const { Cell::new(false) };
    /// `collection_due() || finalizers_pending()`, kept up to date where
    /// either can turn true (`track`, `defer_finalizer`) and recomputed
    /// where they turn false (`collect`, `take_finalizers`,
    /// `update_breaker`): the loop's backward jumps test one flag.
    static BREAKER: Cell<bool> = const { Cell::new(false) };
}

/// Whether the loop should stop for housekeeping at its next safe point:
/// a collection due or finalizers waiting (may stay true a little after
/// neither holds; `update_breaker` clears it).
#[inline(always)]
pub fn breaker() -> bool {
    BREAKER.with(|b| b.get())
}

/// Recomputes [`breaker`] from what it stands for.
pub fn update_breaker() {
    BREAKER.with(|b| b.set(collection_due() || finalizers_pending()));
}

/// Queues `v` (an object just resurrected at refcount zero) for its
/// finalizer.
pub fn defer_finalizer(v: Value) {
    FINALIZE.with(|f| f.borrow_mut().push(v));
    FINALIZE_PENDING.with(|p| p.set(true));
    BREAKER.with(|b| b.set(true));
}

/// Whether finalizers wait to run.
#[inline(always)]
pub fn finalizers_pending() -> bool {
    FINALIZE_PENDING.with(|p| p.get())
}

/// The objects waiting for their finalizers (emptying the queue).
pub fn take_finalizers() -> Vec<Value> {
    FINALIZE_PENDING.with(|p| p.set(false));
    let queued = FINALIZE.with(|f| std::mem::take(&mut *f.borrow_mut()));
    update_breaker();
    queued
}

/// Starts tracking `p`.
///
/// # Safety
/// `p` must be a live object that is not tracked.
pub unsafe fn track(p: *mut Obj) {
    HEAP.with(|h| {
        let mut h = h.borrow_mut();
        (*p).gc.index.set(h.tracked.len());
        h.tracked.push(p);
        let n = h.tracked.len();
        TRACKED_COUNT.with(|c| c.set(n));
        if n >= DUE_AT.with(|d| d.get()) {
            BREAKER.with(|b| b.set(true));
        }
    })
}

/// Stops tracking `p` if it is tracked.
///
/// # Safety
/// `p` must be a live object.
pub unsafe fn untrack(p: *mut Obj) {
    let i = (*p).gc.index.get();
    if i == UNTRACKED {
        return;
    }
    HEAP.with(|h| {
        let mut h = h.borrow_mut();
        let last = h.tracked.pop().expect("a tracked object is in the table");
        if last != p {
            h.tracked[i] = last;
            (*last).gc.index.set(i);
        }
        (*p).gc.index.set(UNTRACKED);
        TRACKED_COUNT.with(|c| c.set(h.tracked.len()));
    })
}

pub fn is_tracked(v: &Value) -> bool {
    v.obj().is_some_and(|o| o.gc.index.get() != UNTRACKED)
}

/// True when enough containers were allocated since the last collection.
#[inline(always)]
pub fn collection_due() -> bool {
    TRACKED_COUNT.with(|c| c.get()) >= DUE_AT.with(|d| d.get())
}

pub fn set_enabled(on: bool) {
    HEAP.with(|h| h.borrow_mut().enabled = on);
}
pub fn is_enabled() -> bool {
    HEAP.with(|h| h.borrow().enabled)
}
pub fn tracked_count() -> usize {
    TRACKED_COUNT.with(|c| c.get())
}
/// (collections run, objects collected) since the thread started.
pub fn stats() -> (usize, usize) {
    HEAP.with(|h| {
        let h = h.borrow();
        (h.collections, h.collected)
    })
}

/// Collects if due and enabled.
pub fn maybe_collect() {
    if collection_due() && is_enabled() {
        collect();
    }
}

/// Finds and frees unreachable cycles; returns how many objects were found
/// unreachable.
pub fn collect() -> usize {
    let objs: Vec<*mut Obj> = HEAP.with(|h| h.borrow().tracked.clone());
    // SAFETY: every pointer in the table is a live object (objects leave
    // the table before they are freed), and nothing runs Python code or
    // frees objects between here and the clear phase.
    let unreachable: Vec<Value> = unsafe {
        for &p in &objs {
            (*p).gc.refs.set((*p).refcount() as isize);
        }
        for &p in &objs {
            (*p).traverse(&mut |v| {
                if let Some(o) = v.obj() {
                    if o.gc.index.get() != UNTRACKED {
                        o.gc.refs.set(o.gc.refs.get() - 1);
                    }
                }
            });
        }
        // Everything with refs > 0 is referenced from outside; mark what it
        // reaches (refs = -1 means "reachable, done").
        let mut stack: Vec<*mut Obj> = objs
            .iter()
            .copied()
            .filter(|&p| (*p).gc.refs.get() > 0)
            .collect();
        for &p in &stack {
            (*p).gc.refs.set(-1);
        }
        while let Some(p) = stack.pop() {
            (*p).traverse(&mut |v| {
                if let Some(o) = v.obj() {
                    if o.gc.index.get() != UNTRACKED && o.gc.refs.get() >= 0 {
                        o.gc.refs.set(-1);
                        stack.push(v.ptr());
                    }
                }
            });
        }
        // The rest is garbage. Hold a reference to each while clearing so
        // nothing is freed under our feet; dropping the holds frees them.
        objs.iter()
            .filter(|&&p| (*p).gc.refs.get() >= 0)
            .map(|&p| {
                (*p).incref();
                Value::from_owned_ptr(p)
            })
            .collect()
    };
    let n = unreachable.len();
    // Finalizers run before anything is cleared (PEP 442): if some of the
    // garbage has a `__del__` not yet run, queue those objects (our hold
    // becomes the queue's reference) and clear nothing now; the next
    // collection frees what is still garbage then.
    let needs_finalizer: Vec<&Value> = unreachable
        .iter()
        .filter(|v| match v.data() {
            Some(crate::object::ObjData::Instance(i)) => {
                !i.finalized.get() && i.class.as_type().is_some_and(|t| t.has_del.get())
            }
            _ => false,
        })
        .collect();
    if !needs_finalizer.is_empty() {
        for v in needs_finalizer {
            if let Some(crate::object::ObjData::Instance(i)) = v.data() {
                i.finalized.set(true);
            }
            defer_finalizer(v.clone());
        }
        drop(unreachable);
        return 0;
    }
    for v in &unreachable {
        if let Some(o) = v.obj() {
            o.clear();
        }
    }
    drop(unreachable);
    HEAP.with(|h| {
        let mut h = h.borrow_mut();
        h.after_last = h.tracked.len();
        h.collections += 1;
        h.collected += n;
        DUE_AT.with(|d| d.set((h.after_last * 2).max(MIN_THRESHOLD)));
    });
    update_breaker();
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::{self, new_dict, new_list, new_tuple, Dict};

    fn list_of(v: &Value) -> &std::cell::RefCell<Vec<Value>> {
        v.as_list().expect("a list")
    }

    #[test]
    fn a_self_referencing_list_is_freed_by_a_collection() {
        let before = object::live_objects();
        let l = new_list(Vec::new());
        list_of(&l).borrow_mut().push(l.clone());
        assert_eq!(object::live_objects(), before + 1);
        drop(l);
        // Reference counting alone cannot free it.
        assert_eq!(object::live_objects(), before + 1);
        assert!(collect() >= 1);
        assert_eq!(object::live_objects(), before);
    }

    #[test]
    fn a_cycle_through_a_dict_and_a_tuple_is_freed() {
        let before = object::live_objects();
        let d = new_dict(Dict::new());
        let l = new_list(vec![d.clone()]);
        let t = new_tuple(vec![l.clone(), Value::small_int(3)]);
        let key = crate::object::str::new_str("k");
        let h = key.as_str().expect("str").hash();
        d.as_dict().expect("dict").borrow_mut().insert(key, h, t);
        drop((d, l));
        collect();
        assert_eq!(object::live_objects(), before);
    }

    #[test]
    fn reachable_objects_survive_a_collection() {
        let before = object::live_objects();
        let inner = new_list(vec![Value::small_int(1)]);
        let outer = new_list(vec![inner.clone(), inner.clone()]);
        drop(inner);
        collect();
        assert_eq!(object::live_objects(), before + 2);
        let items = list_of(&outer).borrow().clone();
        assert_eq!(list_of(&items[0]).borrow()[0].as_small_int(), Some(1));
        drop(items);
        drop(outer);
        assert_eq!(object::live_objects(), before);
    }

    #[test]
    fn untracked_objects_leave_the_table() {
        let n = tracked_count();
        let l = new_list(Vec::new());
        assert!(is_tracked(&l));
        assert_eq!(tracked_count(), n + 1);
        drop(l);
        assert_eq!(tracked_count(), n);
        // Strings hold no references and are never tracked.
        let s = crate::object::str::new_str("x");
        assert!(!is_tracked(&s));
    }
}
