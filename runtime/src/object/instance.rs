//! Instances of classes made in Python, and where their attributes live.
//!
//! An instance keeps its attributes in one of two forms:
//! - **values**: `dict` is NULL and `values` holds the values of the first
//!   `values.len()` names of its class's shared keys (`TypeData::keys`), in
//!   that order, which is the order they were set. Instances of a class
//!   that set their attributes in the same order (as `__init__` does) share
//!   one list of names; each holds only its values, and an attribute is an
//!   index into them (what LOAD_ATTR_INSTANCE_VALUE caches).
//! - **dict**: `dict` is a dict and `values` is empty. An instance moves
//!   there for good when its `__dict__` is asked for, when an attribute is
//!   deleted, or when it sets an attribute the values form cannot hold (a
//!   name out of the class's key order, more than [`MAX_KEYS`] names, a
//!   name that is not an exact str).
//!
//! **Invariants:**
//! - `dict` is not NULL ⇒ `values` is empty; `values.len()` ≤ the number of
//!   the class's keys.
//! - A class's keys only grow (appended, never removed or reordered), so
//!   index `i` names the same attribute for every instance of the class,
//!   for as long as the class lives. Keys are exact strs.
//! - A key appended to a class's keys that names an attribute of the class
//!   (one in its MRO) gives the class a new version tag. So while a
//!   version tag holds, no values-form instance of the class shadows a
//!   class attribute whose name was not among the keys when the tag was
//!   cached (what LOAD_ATTR_METHOD and LOAD_ATTR_CLASS_ATTR rely on; see
//!   [`Instance::dict_shadows`]).

use super::{new_dict, Dict};
use crate::value::Value;
use std::cell::{Cell, RefCell};

/// The most names a class's shared keys hold; an instance that sets
/// another name keeps its attributes in a dict.
pub const MAX_KEYS: usize = 30;

/// An instance of a user class: its class, its attributes (values or
/// dict, see the module docs; none for classes whose `__slots__` leave no
/// `__dict__`), its slot values (NULL while unset), and, for a subclass
/// of a builtin type (list, dict, tuple, str, int, ...), the builtin value
/// it extends (NULL otherwise): builtin methods and operators act on it.
pub struct Instance {
    pub class: Value,
    values: RefCell<Vec<Value>>,
    dict: RefCell<Value>,
    pub slots: RefCell<Vec<Value>>,
    pub base: Value,
    /// Its `__del__` has been queued (it runs at most once).
    pub finalized: Cell<bool>,
}

/// A class's shared keys: the attribute names its values-form instances
/// have, in the order they were first set, with their hashes beside them
/// (so that a lookup by a str that is not the key object itself compares
/// hashes without following every key).
#[derive(Default)]
pub struct SharedKeys {
    names: Vec<Value>,
    hashes: Vec<i64>,
    /// Bit `hash & 63` of every key: a name whose bit is clear is not a
    /// key, found without a scan (the usual answer for a method's name,
    /// which the megamorphic method lookup asks about).
    mask: u64,
}

impl SharedKeys {
    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    pub fn names(&self) -> &[Value] {
        &self.names
    }

    /// The index of `name` among the first `upto` keys: by identity, else
    /// by equal str (keys are exact strs).
    #[inline]
    fn index(&self, name: &Value, upto: usize) -> Option<usize> {
        let s = name.as_str()?;
        let h = s.hash();
        if self.mask & (1 << (h & 63)) == 0 {
            return None;
        }
        self.scan(name, s, h, upto)
    }

    /// [`index`](Self::index) past the mask's quick answer.
    #[inline(never)]
    fn scan(&self, name: &Value, s: &super::PyStr, h: i64, upto: usize) -> Option<usize> {
        let names = &self.names[..upto.min(self.names.len())];
        if let Some(i) = names.iter().position(|k| k.is(name)) {
            return Some(i);
        }
        (0..names.len())
            .find(|&i| self.hashes[i] == h && names[i].as_str().is_some_and(|k| k.same_text(s)))
    }

    fn push(&mut self, name: &Value) {
        let h = name.as_str().map_or(0, |s| s.hash());
        self.hashes.push(h);
        self.mask |= 1 << (h & 63);
        self.names.push(name.clone());
    }
}

impl Instance {
    pub fn new(cls: &Value, nslots: usize, base: Value) -> Instance {
        // Room for the attributes instances of the class have set so far.
        let room = cls.as_type().map_or(0, |t| t.keys.borrow().len());
        Instance {
            class: cls.clone(),
            values: RefCell::new(Vec::with_capacity(room)),
            dict: RefCell::new(Value::NULL),
            slots: RefCell::new((0..nslots).map(|_| Value::NULL).collect()),
            base,
            finalized: Cell::new(false),
        }
    }

    /// The class's shared keys.
    fn keys(&self) -> &RefCell<SharedKeys> {
        &self
            .class
            .as_type()
            .expect("an instance's class is a type")
            .keys
    }

    /// The instance's own attribute `name` (not the class's).
    pub fn get(&self, name: &Value) -> Option<Value> {
        let d = self.dict.borrow();
        if let Some(dd) = d.as_dict() {
            let h = name.as_str().map_or(0, |s| s.hash());
            return dd.borrow().get(name, h).cloned();
        }
        drop(d);
        let values = self.values.borrow();
        if values.is_empty() {
            return None;
        }
        let i = self.keys().borrow().index(name, values.len())?;
        Some(values[i].clone())
    }

    /// Whether the instance has its own attribute `name`.
    pub fn has(&self, name: &Value) -> bool {
        let d = self.dict.borrow();
        if let Some(dd) = d.as_dict() {
            let dd = dd.borrow();
            // The hash only when there is something to look through.
            return !dd.is_empty()
                && dd
                    .get(name, name.as_str().map_or(0, |s| s.hash()))
                    .is_some();
        }
        drop(d);
        let n = self.values.borrow().len();
        n > 0 && self.keys().borrow().index(name, n).is_some()
    }

    /// Whether a dict-form instance has its own `name`: what shadows a
    /// class attribute cached under a version tag (values-form instances
    /// cannot, by the module's third invariant).
    #[inline(always)]
    pub fn dict_shadows(&self, name: &Value) -> bool {
        // SAFETY: the reference lives only for this call, which runs no
        // other code; a cell borrowed mutably now would make this fail.
        let Ok(d) = (unsafe { self.dict.try_borrow_unguarded() }) else {
            return true;
        };
        !d.is_null() && self.has(name)
    }

    /// Sets the instance's own attribute `name`, returning the old value
    /// (for the caller to drop once nothing is borrowed).
    pub fn set(&self, name: &Value, value: Value) -> Option<Value> {
        if self.dict.borrow().is_null() {
            match self.values_slot(name) {
                Some(i) => {
                    let mut values = self.values.borrow_mut();
                    if i < values.len() {
                        return Some(std::mem::replace(&mut values[i], value));
                    }
                    values.push(value);
                    return None;
                }
                None => {
                    self.make_dict();
                }
            }
        }
        let d = self.dict.borrow().clone();
        let h = name.as_str().map_or(0, |s| s.hash());
        let old = d
            .as_dict()
            .expect("dict form")
            .borrow_mut()
            .insert(name.clone(), h, value);
        old
    }

    /// Where a values-form instance keeps `name`: an index below its
    /// values' length (replace) or equal to it (append), after adding the
    /// name to the class's keys if it is the next new one. None when the
    /// values form cannot hold it.
    pub fn values_slot(&self, name: &Value) -> Option<usize> {
        if !self.dict.borrow().is_null() {
            return None;
        }
        let n = self.values.borrow().len();
        let cls = self.class.as_type()?;
        let mut keys = cls.keys.borrow_mut();
        if let Some(i) = keys.index(name, usize::MAX) {
            return (i <= n).then_some(i);
        }
        if n != keys.len() || keys.len() >= MAX_KEYS || name.as_str().is_none() {
            return None;
        }
        keys.push(name);
        drop(keys);
        // A name that shadows a class attribute: caches that rely on no
        // instance shadowing it must not hold any more.
        if crate::interp::ops::mro_lookup(&self.class, name).is_some() {
            super::types::modified(cls);
        }
        Some(n)
    }

    /// Removes the instance's own attribute `name`, returning its value.
    pub fn remove(&self, name: &Value) -> Option<Value> {
        if !self.has(name) {
            return None;
        }
        let d = self.make_dict();
        let h = name.as_str().map_or(0, |s| s.hash());
        let removed = d.as_dict()?.borrow_mut().remove(name, h);
        removed.map(|(_, v)| v)
    }

    /// The instance's `__dict__`: the dict form, made now from the values
    /// if the instance had them.
    pub fn make_dict(&self) -> Value {
        if self.dict.borrow().is_null() {
            let values = std::mem::take(&mut *self.values.borrow_mut());
            let keys = self.keys().borrow();
            let mut dict = Dict::new();
            for (k, v) in keys.names().iter().zip(values) {
                let h = k.as_str().map_or(0, |s| s.hash());
                drop(dict.insert(k.clone(), h, v));
            }
            drop(keys);
            *self.dict.borrow_mut() = new_dict(dict);
        }
        self.dict.borrow().clone()
    }

    /// The attributes as a dict without changing form: the dict itself in
    /// the dict form, a new dict of the values otherwise (NULL when there
    /// are none): for readers that only look (`dir`, suggestions).
    pub fn snapshot(&self) -> Value {
        let d = self.dict.borrow().clone();
        if !d.is_null() {
            return d;
        }
        let values = self.values.borrow();
        if values.is_empty() {
            return Value::NULL;
        }
        let mut dict = Dict::new();
        for (k, v) in self.keys().borrow().names().iter().zip(values.iter()) {
            let h = k.as_str().map_or(0, |s| s.hash());
            drop(dict.insert(k.clone(), h, v.clone()));
        }
        new_dict(dict)
    }

    /// The dict form's dict, NULL in the values form.
    pub fn dict_if_made(&self) -> Value {
        self.dict.borrow().clone()
    }

    // ---- what the specialized instructions use ----

    /// Values-form attribute `index`, if the instance has that many.
    #[inline(always)]
    pub fn value_at(&self, index: u16) -> Option<Value> {
        // SAFETY: the reference lives only for this call, which runs no
        // other code (the clone only counts a reference); a cell borrowed
        // mutably now would make this fail, not misread.
        let values = unsafe { self.values.try_borrow_unguarded() }.ok()?;
        values.get(index as usize).cloned()
    }

    /// Whether a values-form instance can take attribute `index` (a name
    /// the class's keys have at that index) in place: it has it, or has
    /// all those before it (a dict-form instance has none).
    #[inline(always)]
    pub fn can_store_at(&self, index: u16) -> bool {
        // SAFETY: the references live only for this call, which runs no
        // other code; a cell borrowed mutably now would make this fail.
        let Ok(values) = (unsafe { self.values.try_borrow_unguarded() }) else {
            return false;
        };
        let (i, n) = (index as usize, values.len());
        i < n || (i == n && (n > 0 || self.dict_is_null()))
    }

    /// Stores attribute `index` after [`Instance::can_store_at`] said it
    /// can: replaces it, or appends it. Returns the old value (for the
    /// caller to drop once nothing is borrowed).
    #[inline(always)]
    pub fn store_at(&self, index: u16, value: Value) -> Option<Value> {
        let mut values = self.values.borrow_mut();
        match values.get_mut(index as usize) {
            Some(slot) => Some(std::mem::replace(slot, value)),
            None => {
                debug_assert_eq!(index as usize, values.len());
                values.push(value);
                None
            }
        }
    }

    #[inline(always)]
    fn dict_is_null(&self) -> bool {
        self.dict.try_borrow().is_ok_and(|d| d.is_null())
    }

    /// The dict form's dict, borrowed for a hint-guided read (None in the
    /// values form).
    ///
    /// # Safety
    /// The reference must not outlive a call that runs no other code.
    #[inline(always)]
    pub unsafe fn dict_unguarded(&self) -> Option<&RefCell<Dict>> {
        let d = self.dict.try_borrow_unguarded().ok()?;
        d.as_dict()
    }

    pub fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.class);
        self.values.borrow().iter().for_each(&mut *f);
        f(&self.dict.borrow());
        self.slots.borrow().iter().for_each(&mut *f);
        f(&self.base);
    }

    pub fn clear(&self) {
        let v = std::mem::take(&mut *self.values.borrow_mut());
        let d = std::mem::replace(&mut *self.dict.borrow_mut(), Value::NULL);
        let s = std::mem::take(&mut *self.slots.borrow_mut());
        drop((v, d, s));
    }
}

/// Whether the class `cls`'s shared keys have `name` (then an instance in
/// the values form may shadow a class attribute of that name).
pub fn class_keys_have(cls: &Value, name: &Value) -> bool {
    cls.as_type()
        .is_some_and(|t| t.keys.borrow().index(name, usize::MAX).is_some())
}

/// The index of `name` in class `cls`'s shared keys.
pub fn class_key_index(cls: &Value, name: &Value) -> Option<usize> {
    cls.as_type()?.keys.borrow().index(name, usize::MAX)
}
