//! `set` and `frozenset`: an open-addressing hash table laid out as
//! CPython's `setobject.c` lays it out (linear probes, then perturbation,
//! the same growth policy), so that iteration order, and so `repr`, is
//! CPython's for keys whose hashes are CPython's (ints, floats, tuples of
//! them).
//!
//! Keys compare with [`crate::interp::ops::keys_equal`] and arrive hashed
//! (the caller runs `ops::hash`), so the table never runs Python code.
//!
//! **Invariant:** `used` counts active slots, `fill` active plus dummy
//! slots; the table length is a power of two and `fill * 5 < mask * 3`
//! after every insertion, so a probe always reaches an empty slot.

use crate::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
pub enum Slot {
    Empty,
    /// A deleted entry (CPython's `dummy`, hash -1).
    Dummy,
    Active(i64, Value),
}

#[derive(Clone)]
pub struct SetData {
    pub table: Vec<Slot>,
    pub fill: usize,
    pub used: usize,
    /// Where `pop` starts looking.
    pub finger: usize,
    pub frozen: bool,
    /// Some key may need Python equality (see `dict::needs_py_eq`): then
    /// every lookup compares with Python `==`.
    pub py_keys: bool,
}

fn eq(a: &Value, b: &Value) -> bool {
    a.is(b) || crate::interp::ops::keys_equal(a, b)
}

impl SetData {
    pub fn new(frozen: bool) -> SetData {
        SetData {
            table: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
            frozen,
            py_keys: false,
        }
    }
    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// The keys in table order, with their hashes.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(h, k) => Some((*h, k)),
            _ => None,
        })
    }
    /// The active key at slot `i` or later: (next slot to look at, key).
    pub fn next_from(&self, mut i: usize) -> Option<(usize, Value)> {
        while i < self.table.len() {
            if let Slot::Active(_, k) = &self.table[i] {
                return Some((i + 1, k.clone()));
            }
            i += 1;
        }
        None
    }

    /// The slot holding `key`, if present.
    fn lookup(&self, key: &Value, hash: i64) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = hash as u64 as usize;
        let mut i = hash as u64 as usize & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => return None,
                    Slot::Active(h, k) if *h == hash && eq(k, key) => return Some(j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    /// The keys whose hash is `hash` (for comparisons that run Python code,
    /// made by the caller without a borrow held).
    pub fn candidates(&self, hash: i64) -> Vec<Value> {
        self.iter()
            .filter(|(h, _)| *h == hash)
            .map(|(_, k)| k.clone())
            .collect()
    }

    pub fn contains(&self, key: &Value, hash: i64) -> bool {
        self.lookup(key, hash).is_some()
    }

    /// Adds `key`; false if it was already there.
    pub fn add(&mut self, key: Value, hash: i64) -> bool {
        if crate::object::dict::needs_py_eq(&key) {
            self.py_keys = true;
        }
        let mask = self.mask();
        let mut perturb = hash as u64 as usize;
        let mut i = hash as u64 as usize & mask;
        let mut freeslot: Option<usize> = None;
        let empty = loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            let mut found = None;
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => {
                        found = Some(j);
                        break;
                    }
                    Slot::Active(h, k) if *h == hash && eq(k, &key) => return false,
                    Slot::Dummy if freeslot.is_none() => freeslot = Some(j),
                    _ => {}
                }
            }
            if let Some(j) = found {
                break j;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        };
        if let Some(f) = freeslot {
            self.table[f] = Slot::Active(hash, key);
            self.used += 1;
            return true;
        }
        self.table[empty] = Slot::Active(hash, key);
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= mask * 3 {
            let n = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(n);
        }
        true
    }

    /// Places `key` in the first empty slot of its probe sequence (a table
    /// known to have neither `key` nor dummies).
    fn insert_clean(table: &mut [Slot], key: Value, hash: i64) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64 as usize;
        let mut i = hash as u64 as usize & mask;
        loop {
            if matches!(table[i], Slot::Empty) {
                table[i] = Slot::Active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                if let Some(slot) = table[i + 1..=i + LINEAR_PROBES]
                    .iter_mut()
                    .find(|s| matches!(s, Slot::Empty))
                {
                    *slot = Slot::Active(hash, key);
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; size]);
        for s in old {
            if let Slot::Active(h, k) = s {
                SetData::insert_clean(&mut self.table, k, h);
            }
        }
        self.fill = self.used;
    }

    /// Removes `key`; the key removed, if it was there.
    pub fn discard(&mut self, key: &Value, hash: i64) -> Option<Value> {
        let i = self.lookup(key, hash)?;
        let old = std::mem::replace(&mut self.table[i], Slot::Dummy);
        self.used -= 1;
        match old {
            Slot::Active(_, k) => Some(k),
            _ => None,
        }
    }

    /// Removes and returns an arbitrary key (CPython's `set.pop` order).
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.table[i], Slot::Active(..)) {
            i += 1;
            if i > mask {
                i = 0;
            }
        }
        let old = std::mem::replace(&mut self.table[i], Slot::Dummy);
        self.used -= 1;
        self.finger = i + 1;
        match old {
            Slot::Active(_, k) => Some(k),
            _ => None,
        }
    }

    pub fn clear(&mut self) {
        let frozen = self.frozen;
        *self = SetData::new(frozen);
    }

    /// Adds every key of `other` (CPython's `set_merge`).
    pub fn merge(&mut self, other: &SetData) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.table = other.table.clone();
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for s in &other.table {
                if let Slot::Active(h, k) = s {
                    SetData::insert_clean(&mut self.table, k.clone(), *h);
                }
            }
            return;
        }
        for s in &other.table {
            if let Slot::Active(h, k) = s {
                self.add(k.clone(), *h);
            }
        }
    }

    /// Makes room for `n` more keys at once (before adding a dict's keys).
    pub fn reserve_for(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    pub fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        for (_, k) in self.iter() {
            f(k);
        }
    }

    /// CPython's frozenset hash: a commutative mix of the active entries'
    /// hashes (CPython also folds in empty and dummy slots, then cancels
    /// them out; this never adds them).
    pub fn hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let mut hash: u64 = 0;
        for (h, _) in self.iter() {
            hash ^= shuffle(h as u64);
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        let h = hash as i64;
        if h == -1 {
            590923713
        } else {
            h
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(d: &SetData) -> Vec<i64> {
        d.iter()
            .map(|(_, k)| k.as_small_int().expect("an int"))
            .collect()
    }

    fn add(d: &mut SetData, i: i64) {
        // Small ints hash to themselves (-1 to -2), as in CPython.
        let h = if i == -1 { -2 } else { i };
        d.add(Value::small_int(i), h);
    }

    /// Orders CPython 3.11 prints for these insertion sequences.
    #[test]
    fn iteration_order_is_cpythons() {
        let mut d = SetData::new(false);
        for i in [-1, -2, 7] {
            add(&mut d, i);
        }
        assert_eq!(ints(&d), vec![7, -1, -2]);
        let mut d = SetData::new(false);
        for i in [10, 100, 1000, 5] {
            add(&mut d, i);
        }
        assert_eq!(ints(&d), vec![1000, 10, 100, 5]);
        let mut d = SetData::new(false);
        for x in 0..20 {
            add(&mut d, x * 7 % 23);
        }
        assert_eq!(
            ints(&d),
            vec![0, 1, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 22]
        );
    }

    #[test]
    fn discard_leaves_dummies_and_resize_drops_them() {
        let mut d = SetData::new(false);
        for i in 0..100 {
            add(&mut d, i);
        }
        assert_eq!(d.len(), 100);
        for i in (0..100).step_by(2) {
            assert!(d.discard(&Value::small_int(i), i).is_some());
        }
        assert_eq!(d.len(), 50);
        assert!(d.fill > d.used);
        assert!(!d.contains(&Value::small_int(4), 4));
        assert!(d.contains(&Value::small_int(5), 5));
        // Reinserting reuses a dummy slot.
        add(&mut d, 4);
        assert!(d.contains(&Value::small_int(4), 4));
        assert_eq!(d.len(), 51);
        d.resize(d.len() * 2);
        assert_eq!(d.fill, d.used);
    }

    #[test]
    fn pop_takes_from_the_finger_and_empties_the_set() {
        let mut d = SetData::new(false);
        for i in [3, 1, 2] {
            add(&mut d, i);
        }
        let mut popped = Vec::new();
        while let Some(v) = d.pop() {
            popped.push(v.as_small_int().expect("int"));
        }
        assert_eq!(popped, vec![1, 2, 3]);
        assert!(d.is_empty());
    }

    #[test]
    fn frozenset_hash_ignores_layout() {
        let mut a = SetData::new(true);
        let mut b = SetData::new(true);
        for i in [1, 2, 3] {
            add(&mut a, i);
        }
        for i in [3, 2, 1, 50] {
            add(&mut b, i);
        }
        b.discard(&Value::small_int(50), 50);
        assert_eq!(a.hash(), b.hash());
        // CPython 3.11: hash(frozenset()) on a 64-bit build.
        assert_eq!(SetData::new(true).hash(), 133146708735736);
    }
}
