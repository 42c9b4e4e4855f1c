//! `dict`: an insertion-ordered hash table. Entries live in a vector in
//! insertion order (deleted ones leave a hole until the next compaction);
//! a `hashbrown` table maps hashes to entry indices.
//!
//! Keys compare with [`crate::interp::ops::keys_equal`], which gives `1`,
//! `1.0` and `True` one key, as Python does. Hashing is the caller's
//! (`ops::hash`), so a dict never runs Python code itself.

use crate::value::Value;
use hashbrown::HashTable;

pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct Dict {
    entries: Vec<Option<Entry>>,
    table: HashTable<usize>,
    len: usize,
    /// Bumped on every change of the key set (for iteration checks).
    pub version: u64,
    /// The specializer's name for the current key set: 0 until it asks
    /// (`assign_keys_version`), and back to 0 whenever a key is added or
    /// removed. While it is unchanged and not 0, every key is at the entry
    /// index it had when the version was handed out. Versions come from
    /// one per-thread counter, so no two key sets ever share one.
    pub keys_version: u32,
    /// Some key is an instance of a user class: lookups of other keys must
    /// also try Python `==` (its `__eq__` may accept them).
    pub py_keys: bool,
}

thread_local! {
    /// The next keys version to hand out (0: none left).
    static NEXT_KEYS_VERSION: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
}

fn eq(a: &Value, b: &Value) -> bool {
    crate::interp::ops::keys_equal(a, b)
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn find(&self, key: &Value, hash: i64) -> Option<usize> {
        let entries = &self.entries;
        self.table
            .find(hash as u64, |&i| {
                entries[i]
                    .as_ref()
                    .is_some_and(|e| e.hash == hash && (e.key.is(key) || eq(&e.key, key)))
            })
            .copied()
    }

    /// The live entries whose hash is `hash`, as (index, key): the
    /// candidates for a key whose equality runs Python code, which the
    /// caller compares without holding a borrow of the dict.
    pub fn candidates(&self, hash: i64) -> Vec<(usize, Value)> {
        self.table
            .iter_hash(hash as u64)
            .filter_map(|&i| {
                let e = self.entries[i].as_ref()?;
                (e.hash == hash).then(|| (i, e.key.clone()))
            })
            .collect()
    }

    /// Replaces the value of live entry `i`.
    pub fn set_value_at(&mut self, i: usize, value: Value) -> Option<Value> {
        let e = self.entries.get_mut(i)?.as_mut()?;
        Some(std::mem::replace(&mut e.value, value))
    }

    /// Removes live entry `i`.
    pub fn remove_at(&mut self, i: usize) -> Option<(Value, Value)> {
        let (k, h) = {
            let e = self.entries.get(i)?.as_ref()?;
            (e.key.clone(), e.hash)
        };
        let _ = i;
        self.remove(&k, h)
    }

    /// This key set's version, handed out now if it has none; 0 once the
    /// counter is used up (then nothing is specialized on dicts any more).
    pub fn assign_keys_version(&mut self) -> u32 {
        if self.keys_version == 0 {
            self.keys_version = NEXT_KEYS_VERSION.with(|n| {
                let v = n.get();
                if v != 0 {
                    n.set(v.wrapping_add(1));
                }
                v
            });
        }
        self.keys_version
    }

    /// The entry index of `key` (stable while `keys_version` is).
    pub fn index_of(&self, key: &Value, hash: i64) -> Option<usize> {
        self.find(key, hash)
    }

    /// The (key, value) at entry index `i`, if that entry is live.
    #[inline]
    pub fn entry_at(&self, i: usize) -> Option<(&Value, &Value)> {
        self.entries.get(i)?.as_ref().map(|e| (&e.key, &e.value))
    }

    /// The value at entry index `i`, if that entry is live.
    #[inline]
    pub fn value_at(&self, i: usize) -> Option<&Value> {
        self.entries.get(i)?.as_ref().map(|e| &e.value)
    }

    pub fn get(&self, key: &Value, hash: i64) -> Option<&Value> {
        self.find(key, hash)
            .map(|i| &self.entries[i].as_ref().expect("live entry").value)
    }

    /// Inserts or replaces; returns the old value. An existing key object is kept.
    pub fn insert(&mut self, key: Value, hash: i64, value: Value) -> Option<Value> {
        if let Some(i) = self.find(&key, hash) {
            let e = self.entries[i].as_mut().expect("live entry");
            return Some(std::mem::replace(&mut e.value, value));
        }
        let i = self.entries.len();
        if needs_py_eq(&key) {
            self.py_keys = true;
        }
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.table.insert_unique(hash as u64, i, |&j| {
            entries[j].as_ref().map_or(0, |e| e.hash as u64)
        });
        self.len += 1;
        self.version += 1;
        self.keys_version = 0;
        None
    }

    pub fn remove(&mut self, key: &Value, hash: i64) -> Option<(Value, Value)> {
        let i = self.find(key, hash)?;
        if let Ok(slot) = self.table.find_entry(hash as u64, |&j| j == i) {
            slot.remove();
        }
        let e = self.entries[i].take().expect("live entry");
        self.len -= 1;
        self.version += 1;
        self.keys_version = 0;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        Some((e.key, e.value))
    }

    fn compact(&mut self) {
        let old = std::mem::take(&mut self.entries);
        self.table.clear();
        for e in old.into_iter().flatten() {
            let i = self.entries.len();
            let h = e.hash;
            self.entries.push(Some(e));
            let entries = &self.entries;
            self.table.insert_unique(h as u64, i, |&j| {
                entries[j].as_ref().map_or(0, |e| e.hash as u64)
            });
        }
    }

    /// Removes and returns the last entry.
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let i = self.entries.iter().rposition(|e| e.is_some())?;
        let (k, h) = {
            let e = self.entries[i].as_ref().expect("live entry");
            (e.key.clone(), e.hash)
        };
        self.remove(&k, h)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&Value, &Value)> {
        self.entries.iter().flatten().map(|e| (&e.key, &e.value))
    }
    pub fn entries_with_hash(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The entry at position `*pos` or later, advancing `*pos` past it (for
    /// iterators, which keep a position across calls).
    pub fn next_entry(&self, pos: &mut usize) -> Option<(&Value, &Value)> {
        while *pos < self.entries.len() {
            let i = *pos;
            *pos += 1;
            if let Some(e) = &self.entries[i] {
                return Some((&e.key, &e.value));
            }
        }
        None
    }

    pub fn clear(&mut self) {
        *self = Dict {
            version: self.version + 1,
            keys_version: 0,
            ..Dict::default()
        };
    }

    pub fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        for (k, v) in self.iter() {
            f(k);
            f(v);
        }
    }
}

impl Clone for Dict {
    fn clone(&self) -> Dict {
        let mut d = Dict::new();
        for e in self.entries_with_hash() {
            d.insert(e.key.clone(), e.hash, e.value.clone());
        }
        d
    }
}

/// Whether comparing `key` with another key may need Python code: an
/// instance of a user class (which may define `__eq__`), a weak reference
/// (equal when its target is), or a tuple holding one. Dicts and sets
/// compare such keys with `ops::dict_find_py` / Python `==`.
pub fn needs_py_eq(key: &Value) -> bool {
    use crate::object::ObjData;
    match key.data() {
        Some(ObjData::Instance(_)) | Some(ObjData::WeakRef(_)) => true,
        Some(ObjData::Exception(e)) => e.class.as_type().is_some_and(|t| t.heap),
        Some(ObjData::Type(t)) => !t.metatype.is_null(),
        Some(ObjData::Tuple(items)) => items.iter().any(needs_py_eq),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::int::{self, Int};
    use crate::object::str::new_str;

    fn h(v: &Value) -> i64 {
        if let Some(f) = v.as_float() {
            return crate::object::float::hash(f);
        }
        if let Some(s) = v.as_str() {
            return s.hash();
        }
        int::hash(&int::as_int(v).expect("int"))
    }

    fn put(d: &mut Dict, k: Value, v: Value) -> Option<Value> {
        let hash = h(&k);
        d.insert(k, hash, v)
    }

    #[test]
    fn one_float_one_and_true_are_one_key() {
        let mut d = Dict::new();
        put(&mut d, Value::small_int(1), new_str("int"));
        assert!(put(&mut d, Value::float(1.0), new_str("float")).is_some());
        assert!(put(&mut d, Value::TRUE, new_str("bool")).is_some());
        assert_eq!(d.len(), 1);
        // The first key object is kept, the value is the last one stored.
        let (k, v) = d.iter().next().expect("one entry");
        assert!(k.is_small_int());
        assert_eq!(v.as_str().expect("str").as_str(), "bool");
        assert_eq!(h(&Value::float(1.0)), int::hash(&Int::Small(1)));
    }

    #[test]
    fn insertion_order_survives_deletes_and_compaction() {
        let mut d = Dict::new();
        for i in 0..100 {
            put(&mut d, Value::small_int(i), Value::small_int(i * i));
        }
        for i in (0..100).filter(|i| i % 3 != 0) {
            let k = Value::small_int(i);
            assert!(d.remove(&k, h(&k)).is_some());
        }
        let keys: Vec<i64> = d
            .iter()
            .map(|(k, _)| k.as_small_int().expect("int"))
            .collect();
        assert_eq!(keys, (0..100).filter(|i| i % 3 == 0).collect::<Vec<_>>());
        let k = Value::small_int(99);
        assert_eq!(d.get(&k, h(&k)).and_then(|v| v.as_small_int()), Some(9801));
        let k = Value::small_int(98);
        assert!(d.get(&k, h(&k)).is_none());
        // Re-inserting a deleted key appends it at the end.
        put(&mut d, Value::small_int(1), Value::NONE);
        assert_eq!(d.iter().last().and_then(|(k, _)| k.as_small_int()), Some(1));
    }

    #[test]
    fn string_keys_compare_by_text() {
        let mut d = Dict::new();
        put(&mut d, new_str("héllo"), Value::small_int(1));
        let other = new_str("héllo");
        assert_eq!(
            d.get(&other, h(&other)).and_then(|v| v.as_small_int()),
            Some(1)
        );
        let missing = new_str("hello");
        assert!(d.get(&missing, h(&missing)).is_none());
    }

    #[test]
    fn pop_last_and_clear() {
        let mut d = Dict::new();
        for i in 0..5 {
            put(&mut d, Value::small_int(i), Value::NONE);
        }
        let (k, _) = d.pop_last().expect("an entry");
        assert_eq!(k.as_small_int(), Some(4));
        assert_eq!(d.len(), 4);
        d.clear();
        assert!(d.is_empty() && d.pop_last().is_none());
    }

    #[test]
    fn nan_keys_are_found_by_identity_only() {
        let mut d = Dict::new();
        let nan = Value::float(f64::NAN);
        put(&mut d, nan.clone(), Value::small_int(1));
        // Same bits: the same object for an unboxed float.
        assert!(d.get(&nan, h(&nan)).is_some());
    }
}
