//! Weak references (`weakref.ref`): a reference that does not keep its
//! target alive, cleared when the target is freed, with an optional
//! callback run at the next safe point after that (as `__del__` is).
//!
//! A per-thread registry maps each target's address to the weak
//! references to it, in creation order. `Obj::dealloc` asks it to clear a
//! dying object's references (only when the registry is not empty, so
//! programs without weak references pay one thread-local read per free).
//! A weak reference that dies first removes itself.
//!
//! **Invariant:** a registry entry's `*const WeakRef` and `*mut Obj` point
//! to a live weak reference object (its `Drop` removes the entry), and
//! `WeakRef::target` is non-null exactly while the target is live (the
//! target's `dealloc` nulls it).

use super::{alloc, Obj, ObjData};
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

pub struct WeakRef {
    target: Cell<*mut Obj>,
    /// Called with the weak reference once the target dies (NULL: none).
    pub callback: RefCell<Value>,
    /// The target's hash, once asked for (kept after it dies).
    pub hash: Cell<Option<i64>>,
}

type Entry = (*const WeakRef, *mut Obj);

thread_local! {
    static REGISTRY: RefCell<HashMap<usize, Vec<Entry>>> = RefCell::new(HashMap::new());
    static NONEMPTY: Cell<bool> = const { Cell::new(false) };
}

/// A new weak reference to `target` (a heap object) with `callback`
/// (NULL or None for none). Without a callback, an existing plain weak
/// reference to the target is returned instead, as CPython shares them.
pub fn new_ref(target: &Value, callback: Value) -> Value {
    let key = target.ptr() as usize;
    let callback = if callback.is_none() {
        Value::NULL
    } else {
        callback
    };
    if callback.is_null() {
        let shared = REGISTRY.with(|r| {
            r.borrow().get(&key).and_then(|refs| {
                refs.iter().find_map(|&(w, o)| {
                    // SAFETY: registry entries point to live weak references.
                    let plain = unsafe { (*w).callback.borrow().is_null() };
                    plain.then(|| {
                        // SAFETY: `o` is live; the new Value owns a new reference.
                        unsafe {
                            (*o).incref();
                            Value::from_owned_ptr(o)
                        }
                    })
                })
            })
        });
        if let Some(r) = shared {
            return r;
        }
    }
    let v = alloc(ObjData::WeakRef(Box::new(WeakRef {
        target: Cell::new(target.ptr()),
        callback: RefCell::new(callback),
        hash: Cell::new(None),
    })));
    let Some(ObjData::WeakRef(w)) = v.data() else {
        unreachable!("just made")
    };
    let entry: Entry = (&**w as *const WeakRef, v.ptr());
    REGISTRY.with(|r| r.borrow_mut().entry(key).or_default().push(entry));
    NONEMPTY.with(|n| n.set(true));
    v
}

impl WeakRef {
    /// The target (a new reference), or None once it has died.
    pub fn get(&self) -> Value {
        let p = self.target.get();
        if p.is_null() {
            return Value::NONE;
        }
        // SAFETY: a non-null target is live (invariant above).
        unsafe {
            (*p).incref();
            Value::from_owned_ptr(p)
        }
    }
    pub fn is_alive(&self) -> bool {
        !self.target.get().is_null()
    }
}

impl Drop for WeakRef {
    fn drop(&mut self) {
        let p = self.target.get();
        if p.is_null() {
            return;
        }
        let me = self as *const WeakRef;
        let _ = REGISTRY.try_with(|r| {
            let mut r = r.borrow_mut();
            if let Some(refs) = r.get_mut(&(p as usize)) {
                refs.retain(|&(w, _)| w != me);
                if refs.is_empty() {
                    r.remove(&(p as usize));
                }
            }
            NONEMPTY.with(|n| n.set(!r.is_empty()));
        });
    }
}

/// The weak references to `target` that are alive (new references).
pub fn refs_to(target: &Value) -> Vec<Value> {
    REGISTRY.with(|r| {
        r.borrow()
            .get(&(target.ptr() as usize))
            .map(|refs| {
                refs.iter()
                    .map(|&(_, o)| {
                        // SAFETY: registry entries point to live objects.
                        unsafe {
                            (*o).incref();
                            Value::from_owned_ptr(o)
                        }
                    })
                    .collect()
            })
            .unwrap_or_default()
    })
}

/// Called as `p` is freed: clears the weak references to it and queues
/// their callbacks, newest first (CPython's order).
#[inline(always)]
pub fn target_dying(p: *mut Obj) {
    if NONEMPTY.with(|n| n.get()) {
        clear_refs_to(p);
    }
}

#[inline(never)]
fn clear_refs_to(p: *mut Obj) {
    let refs = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let refs = r.remove(&(p as usize));
        NONEMPTY.with(|n| n.set(!r.is_empty()));
        refs
    });
    for &(w, o) in refs.iter().flatten().rev() {
        // SAFETY: registry entries point to live weak references; the
        // incref keeps `o` alive until its callback has run.
        unsafe {
            (*w).target.set(std::ptr::null_mut());
            if !(*w).callback.borrow().is_null() {
                (*o).incref();
                crate::gc::defer_finalizer(Value::from_owned_ptr(o));
            }
        }
    }
}
