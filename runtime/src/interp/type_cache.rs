//! The type attribute cache: `(type, name) -> what the MRO lookup found`,
//! so that method calls on builtin and user objects do not walk the MRO's
//! dicts every time (CPython keeps the same kind of cache for
//! `_PyType_Lookup`).
//!
//! **Invariant:** an entry is valid while its `epoch` equals the cache's.
//! Every change to a class dict that lookups can see (`type_setattr`, class
//! creation) bumps the epoch, which invalidates every entry at once; class
//! dicts change rarely after creation. (Specialized instructions do not use
//! this epoch: they cache per-class version tags, `TypeData::version`.)
//! An entry holds references to its
//! type and its name, so neither address can be reused for another object
//! while the entry exists (names are compared by identity; a name built at
//! run time, as `getattr(obj, "f" + k)` passes, is a distinct object).

use crate::value::Value;
use std::cell::{Cell, RefCell};

const BITS: u32 = 12;
const SIZE: usize = 1 << BITS;

struct Entry {
    ty: Value,
    /// Held, so that its address names it for as long as the entry lives
    /// (names passed to getattr() may be temporary strings).
    name: Value,
    epoch: u64,
    /// NULL: not found.
    value: Value,
}

pub struct TypeCache {
    entries: RefCell<Vec<Entry>>,
    epoch: Cell<u64>,
}

impl Default for TypeCache {
    fn default() -> TypeCache {
        TypeCache {
            entries: RefCell::new(
                (0..SIZE)
                    .map(|_| Entry {
                        ty: Value::NULL,
                        name: Value::NULL,
                        epoch: 0,
                        value: Value::NULL,
                    })
                    .collect(),
            ),
            epoch: Cell::new(1),
        }
    }
}

impl TypeCache {
    /// `name` (an interned str, compared by identity) looked up along the
    /// MRO of type `t`.
    #[inline]
    pub fn lookup(&self, t: &Value, name: &Value) -> Option<Value> {
        // Both addresses are mixed before they are combined: a plain XOR
        // of two heap addresses made hot pairs share slots.
        let idx = ((t.bits().wrapping_mul(0x9E37_79B9_7F4A_7C15)
            ^ name.bits().wrapping_mul(0xC2B2_AE3D_27D4_EB4F))
            >> (64 - BITS)) as usize;
        let epoch = self.epoch.get();
        {
            let entries = self.entries.borrow();
            let e = &entries[idx];
            if e.epoch == epoch && e.name.is(name) && e.ty.is(t) {
                return if e.value.is_null() {
                    None
                } else {
                    Some(e.value.clone())
                };
            }
        }
        // The lookup itself runs no Python code.
        let found = super::ops::mro_lookup(t, name);
        let old = std::mem::replace(
            &mut self.entries.borrow_mut()[idx],
            Entry {
                ty: t.clone(),
                name: name.clone(),
                epoch,
                value: found.clone().unwrap_or(Value::NULL),
            },
        );
        drop(old);
        found
    }

    /// Forgets every entry (a class dict changed).
    pub fn invalidate(&self) {
        self.epoch.set(self.epoch.get() + 1);
    }

    /// Drops every reference the cache holds (interpreter teardown).
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.entries.borrow_mut());
        drop(old);
    }
}

/// The global-name cache: `(globals, name) -> where LOAD_GLOBAL found it`
/// (an entry index in the globals or the builtins dict), valid while
/// neither dict's key set has changed (`Dict::version`). Storing to an
/// existing global keeps the entry valid: the value is read from the
/// entry each time.
///
/// **Invariant:** a dict's `version` only grows, and an entry index of a
/// dict stays the index of the same key while its version is unchanged.
/// Entries hold references to both dicts, so their addresses cannot be
/// reused while cached.
pub struct GlobalCache {
    entries: RefCell<Vec<GlobalEntry>>,
}

struct GlobalEntry {
    globals: Value,
    builtins: Value,
    /// Held, so that its address names it for as long as the entry lives
    /// (names passed to getattr() may be temporary strings).
    name: Value,
    globals_version: u64,
    /// Only meaningful when found in the builtins.
    builtins_version: u64,
    in_builtins: bool,
    index: usize,
}

const GLOBAL_BITS: u32 = 10;

impl Default for GlobalCache {
    fn default() -> GlobalCache {
        GlobalCache {
            entries: RefCell::new(
                (0..1usize << GLOBAL_BITS)
                    .map(|_| GlobalEntry {
                        globals: Value::NULL,
                        builtins: Value::NULL,
                        name: Value::NULL,
                        globals_version: 0,
                        builtins_version: 0,
                        in_builtins: false,
                        index: 0,
                    })
                    .collect(),
            ),
        }
    }
}

fn slot(globals: &Value, name: &Value) -> usize {
    (((globals.bits() >> 4) ^ (name.bits() >> 3)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
        >> (64 - GLOBAL_BITS)) as usize
}

impl GlobalCache {
    /// The value of global `name`, if a valid entry says where it is.
    #[inline]
    pub fn lookup(&self, globals: &Value, builtins: &Value, name: &Value) -> Option<Value> {
        let entries = self.entries.borrow();
        let e = &entries[slot(globals, name)];
        if !e.name.is(name) || !e.globals.is(globals) {
            return None;
        }
        let g = globals.as_dict()?.borrow();
        if g.version != e.globals_version {
            return None;
        }
        if !e.in_builtins {
            return g.value_at(e.index).cloned();
        }
        if !e.builtins.is(builtins) {
            return None;
        }
        let b = builtins.as_dict()?.borrow();
        if b.version != e.builtins_version {
            return None;
        }
        b.value_at(e.index).cloned()
    }

    /// Records where `name` was found: at `index` of the globals, or of the
    /// builtins when `in_builtins`.
    pub fn store(
        &self,
        globals: &Value,
        builtins: &Value,
        name: &Value,
        in_builtins: bool,
        index: usize,
    ) {
        let (Some(g), Some(b)) = (globals.as_dict(), builtins.as_dict()) else {
            return;
        };
        let entry = GlobalEntry {
            globals: globals.clone(),
            builtins: builtins.clone(),
            name: name.clone(),
            globals_version: g.borrow().version,
            builtins_version: b.borrow().version,
            in_builtins,
            index,
        };
        let old = std::mem::replace(&mut self.entries.borrow_mut()[slot(globals, name)], entry);
        drop(old);
    }

    /// Drops every reference the cache holds (interpreter teardown).
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.entries.borrow_mut());
        drop(old);
    }
}
