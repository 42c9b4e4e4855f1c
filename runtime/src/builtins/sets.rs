//! `set` and `frozenset`: constructors, methods and the operators
//! (`| & - ^`, their in-place forms, subset comparisons) that `ops` calls.

use super::functions::{check_args, no_kwargs};
use super::{new_builtin, BuiltinFn};
use crate::interp::{ops, PyResult, Vm};
use crate::object::set::SetData;
use crate::object::{self, ObjData};
use crate::value::Value;
use std::cell::RefCell;

pub fn new_set(data: SetData) -> Value {
    object::alloc(ObjData::Set(Box::new(RefCell::new(data))))
}

pub(super) fn register(vm: &mut Vm) {
    for t in [vm.types.dict_keys.clone(), vm.types.dict_items.clone()] {
        let d = t.as_type().expect("a type").dict.clone();
        vm.dict_set_str(
            &d,
            "isdisjoint",
            new_builtin("isdisjoint", view_isdisjoint, true),
        );
    }
    let both: &[(&'static str, BuiltinFn)] = &[
        ("copy", set_copy),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symmetric_difference),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
    ];
    let mutating: &[(&'static str, BuiltinFn)] = &[
        ("add", set_add),
        ("remove", set_remove),
        ("discard", set_discard),
        ("pop", set_pop),
        ("clear", set_clear),
        ("update", set_update),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        (
            "symmetric_difference_update",
            set_symmetric_difference_update,
        ),
    ];
    for (t, frozen) in [
        (vm.types.set.clone(), false),
        (vm.types.frozenset.clone(), true),
    ] {
        let d = t.as_type().expect("a type").dict.clone();
        for (name, f) in both.iter().chain(if frozen { &[][..] } else { mutating }) {
            vm.dict_set_str(&d, name, new_builtin(name, *f, true));
        }
    }
}

/// The set behind a set or frozenset value.
pub fn as_set(v: &Value) -> Option<&RefCell<SetData>> {
    match v.data() {
        Some(ObjData::Set(s)) => Some(s),
        _ => None,
    }
}

fn is_frozen(v: &Value) -> bool {
    as_set(v).is_some_and(|s| s.borrow().frozen)
}

/// The hash of a set element; a plain set looked up in a set (`in`,
/// `remove`, `discard`) stands for the frozenset of its elements.
fn elem_hash(vm: &mut Vm, v: &Value) -> PyResult<(Value, i64)> {
    if let Some(s) = as_set(v) {
        if !s.borrow().frozen {
            let mut f = s.borrow().clone();
            f.frozen = true;
            let h = f.hash();
            return Ok((new_set(f), h));
        }
    }
    let h = ops::hash(vm, v)?;
    Ok((v.clone(), h))
}

/// The stored key equal to `key` by Python's `==`, for keys whose class
/// may define `__eq__` (compared with no borrow of the set held).
fn py_find(vm: &mut Vm, set: &RefCell<SetData>, key: &Value, hash: i64) -> PyResult<Option<Value>> {
    let candidates = set.borrow().candidates(hash);
    for k in candidates {
        if k.is(key) || ops::eq(vm, &k, key)? {
            return Ok(Some(k));
        }
    }
    Ok(None)
}

/// Adds `key` to a live set, with Python equality for user keys.
pub fn add_key(vm: &mut Vm, set: &RefCell<SetData>, key: Value) -> PyResult<()> {
    let h = ops::hash(vm, &key)?;
    if (crate::object::dict::needs_py_eq(&key) || set.borrow().py_keys)
        && py_find(vm, set, &key, h)?.is_some()
    {
        return Ok(());
    }
    set.borrow_mut().add(key, h);
    Ok(())
}

/// `key in set`, with Python equality for user keys.
pub fn contains_key(vm: &mut Vm, set: &RefCell<SetData>, key: &Value) -> PyResult<bool> {
    let (k, h) = elem_hash(vm, key)?;
    if crate::object::dict::needs_py_eq(&k) || set.borrow().py_keys {
        return Ok(py_find(vm, set, &k, h)?.is_some());
    }
    Ok(set.borrow().contains(&k, h))
}

/// Removes `key` from a live set; the stored key, if it was there.
fn discard_key(vm: &mut Vm, set: &RefCell<SetData>, key: &Value) -> PyResult<Option<Value>> {
    let (k, h) = elem_hash(vm, key)?;
    if crate::object::dict::needs_py_eq(&k) || set.borrow().py_keys {
        return Ok(match py_find(vm, set, &k, h)? {
            Some(stored) => set.borrow_mut().discard(&stored, h),
            None => None,
        });
    }
    let r = set.borrow_mut().discard(&k, h);
    Ok(r)
}

/// A new set (or frozenset) of the items of `iterable`.
pub fn set_from(vm: &mut Vm, iterable: Option<&Value>, frozen: bool) -> PyResult<Value> {
    let mut data = SetData::new(frozen);
    if let Some(it) = iterable {
        update(vm, &mut data, it)?;
    }
    Ok(new_set(data))
}

/// Adds the items of `other` to `data` (CPython's set_update_internal).
fn update(vm: &mut Vm, data: &mut SetData, other: &Value) -> PyResult<()> {
    if let Some(o) = as_set(other) {
        let o = o.borrow().clone();
        data.merge(&o);
        return Ok(());
    }
    if let Some(d) = other.as_dict() {
        let entries: Vec<(Value, i64)> = d
            .borrow()
            .entries_with_hash()
            .map(|e| (e.key.clone(), e.hash))
            .collect();
        data.reserve_for(entries.len());
        for (k, h) in entries {
            data.add(k, h);
        }
        return Ok(());
    }
    let it = ops::get_iter(vm, other)?;
    let cell = RefCell::new(std::mem::replace(data, SetData::new(false)));
    let r = (|| {
        while let Some(x) = ops::iter_next(vm, &it)? {
            add_key(vm, &cell, x)?;
        }
        Ok(())
    })();
    *data = cell.into_inner();
    r
}

fn items_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<(Value, i64)>> {
    if let Some(s) = as_set(v) {
        return Ok(s.borrow().iter().map(|(h, k)| (k.clone(), h)).collect());
    }
    let mut out = Vec::new();
    for x in ops::iterate(vm, v)? {
        let h = ops::hash(vm, &x)?;
        out.push((x, h));
    }
    Ok(out)
}

fn self_set<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a RefCell<SetData>> {
    args.first().and_then(as_set).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' for 'set' objects doesn't apply to a '{}' object",
            args.first()
                .map_or("NoneType".to_string(), |v| vm.type_name(v))
        ))
    })
}

fn one(vm: &Vm, name: &str, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    // CPython names these methods with their type.
    let ty = if args
        .first()
        .and_then(as_set)
        .is_some_and(|s| s.borrow().frozen)
    {
        "frozenset"
    } else {
        "set"
    };
    let qualified = format!("{ty}.{name}");
    no_kwargs(vm, &qualified, kwnames)?;
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "{qualified}() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    Ok(())
}

/// A new set like `args[0]` (same frozenness) holding `data`.
fn like(args: &[Value], mut data: SetData) -> Value {
    data.frozen = is_frozen(&args[0]);
    new_set(data)
}

fn set_copy(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "copy", kwnames)?;
    let s = self_set(vm, args, "copy")?;
    if s.borrow().frozen {
        return Ok(args[0].clone());
    }
    let mut data = SetData::new(false);
    data.merge(&s.borrow());
    Ok(new_set(data))
}

pub fn union(vm: &mut Vm, a: &Value, others: &[Value]) -> PyResult<Value> {
    let mut data = SetData::new(is_frozen(a));
    if let Some(s) = as_set(a) {
        let s = s.borrow().clone();
        data.merge(&s);
    }
    for o in others {
        update(vm, &mut data, o)?;
    }
    Ok(new_set(data))
}

fn set_union(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "union", kwnames)?;
    self_set(vm, args, "union")?;
    union(vm, &args[0], &args[1..])
}

/// `a & b` (CPython's set_intersection: iterate the smaller set).
pub fn intersection(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<SetData> {
    let sa = as_set(a).expect("a set").borrow().clone();
    let mut out = SetData::new(sa.frozen);
    if let Some(sb) = as_set(b) {
        let sb = sb.borrow().clone();
        let (small, big) = if sb.len() > sa.len() {
            (&sa, &sb)
        } else {
            (&sb, &sa)
        };
        for (h, k) in small.iter() {
            if big.contains(k, h) {
                out.add(k.clone(), h);
            }
        }
        return Ok(out);
    }
    for (k, h) in items_of(vm, b)? {
        if sa.contains(&k, h) {
            out.add(k, h);
        }
    }
    Ok(out)
}

/// `s.name(*others)`: `op` applied from left to right (a copy of `s` when
/// there are no others), as the type of `s`.
fn fold_others(
    vm: &mut Vm,
    args: &[Value],
    kwnames: Option<&Value>,
    name: &str,
    op: fn(&mut Vm, &Value, &Value) -> PyResult<SetData>,
) -> PyResult<Value> {
    no_kwargs(vm, name, kwnames)?;
    self_set(vm, args, name)?;
    if args.len() == 1 {
        let s = as_set(&args[0]).expect("a set").borrow().clone();
        let mut d = SetData::new(false);
        d.merge(&s);
        return Ok(like(args, d));
    }
    let mut cur = args[0].clone();
    for o in &args[1..] {
        let d = op(vm, &cur, o)?;
        cur = like(args, d);
    }
    Ok(cur)
}

fn set_intersection(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    fold_others(vm, args, kwnames, "intersection", intersection)
}

/// `a - b`.
pub fn difference(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<SetData> {
    let sa = as_set(a).expect("a set").borrow().clone();
    let mut out = SetData::new(sa.frozen);
    if let Some(sb) = as_set(b) {
        let sb = sb.borrow().clone();
        for (h, k) in sa.iter() {
            if !sb.contains(k, h) {
                out.add(k.clone(), h);
            }
        }
        return Ok(out);
    }
    out.merge(&sa);
    for (k, h) in items_of(vm, b)? {
        out.discard(&k, h);
    }
    Ok(out)
}

fn set_difference(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    fold_others(vm, args, kwnames, "difference", difference)
}

/// `a ^ b`.
pub fn symmetric_difference(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<SetData> {
    let sa = as_set(a).expect("a set").borrow().clone();
    let mut out = SetData::new(sa.frozen);
    out.merge(&sa);
    let mut seen = SetData::new(false);
    for (k, h) in items_of(vm, b)? {
        if !seen.add(k.clone(), h) {
            continue;
        }
        if out.discard(&k, h).is_none() {
            out.add(k, h);
        }
    }
    Ok(out)
}

fn set_symmetric_difference(
    vm: &mut Vm,
    args: &[Value],
    kwnames: Option<&Value>,
) -> PyResult<Value> {
    one(vm, "symmetric_difference", args, kwnames)?;
    self_set(vm, args, "symmetric_difference")?;
    let d = symmetric_difference(vm, &args[0], &args[1])?;
    Ok(like(args, d))
}

/// `a <= b` for sets.
pub fn is_subset(a: &SetData, b: &SetData) -> bool {
    a.len() <= b.len() && a.iter().all(|(h, k)| b.contains(k, h))
}

fn other_as_set(vm: &mut Vm, v: &Value) -> PyResult<SetData> {
    if let Some(s) = as_set(v) {
        return Ok(s.borrow().clone());
    }
    let mut d = SetData::new(true);
    update(vm, &mut d, v)?;
    Ok(d)
}

fn set_issubset(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    one(vm, "issubset", args, kwnames)?;
    let a = self_set(vm, args, "issubset")?.borrow().clone();
    let b = other_as_set(vm, &args[1])?;
    Ok(Value::bool(is_subset(&a, &b)))
}

fn set_issuperset(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    one(vm, "issuperset", args, kwnames)?;
    let a = self_set(vm, args, "issuperset")?.borrow().clone();
    let b = other_as_set(vm, &args[1])?;
    Ok(Value::bool(is_subset(&b, &a)))
}

fn set_isdisjoint(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    one(vm, "isdisjoint", args, kwnames)?;
    let a = self_set(vm, args, "isdisjoint")?.borrow().clone();
    for (k, h) in items_of(vm, &args[1])? {
        if a.contains(&k, h) {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn view_isdisjoint(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    one(vm, "isdisjoint", args, kwnames)?;
    let me = set_from(vm, Some(&args[0]), false)?;
    let mut all = vec![me];
    all.push(args[1].clone());
    set_isdisjoint(vm, &all, None)
}

fn set_add(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    one(vm, "add", args, kwnames)?;
    let s = self_set(vm, args, "add")?;
    add_key(vm, s, args[1].clone())?;
    Ok(Value::NONE)
}

fn set_remove(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    one(vm, "remove", args, kwnames)?;
    let s = self_set(vm, args, "remove")?;
    let removed = discard_key(vm, s, &args[1])?;
    match removed {
        Some(_) => Ok(Value::NONE),
        None => Err(vm.key_error(args[1].clone())),
    }
}

fn set_discard(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    one(vm, "discard", args, kwnames)?;
    let s = self_set(vm, args, "discard")?;
    let removed = discard_key(vm, s, &args[1])?;
    drop(removed);
    Ok(Value::NONE)
}

fn set_pop(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "pop", kwnames)?;
    check_args(vm, "set.pop", args.len(), 1, 1)?;
    let s = self_set(vm, args, "pop")?;
    let v = s.borrow_mut().pop();
    v.ok_or_else(|| vm.key_error(object::str::new_str("pop from an empty set")))
}

fn set_clear(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "clear", kwnames)?;
    let s = self_set(vm, args, "clear")?;
    let old = std::mem::replace(&mut *s.borrow_mut(), SetData::new(false));
    drop(old);
    Ok(Value::NONE)
}

fn set_update(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "update", kwnames)?;
    self_set(vm, args, "update")?;
    for o in &args[1..] {
        update_set(vm, &args[0], o)?;
    }
    Ok(Value::NONE)
}

/// Adds the items of `other` to the set `target` (`set.update`,
/// SET_UPDATE): a set's table is merged as CPython's `set_merge` does.
pub fn update_set(vm: &mut Vm, target: &Value, other: &Value) -> PyResult<()> {
    let mut d = as_set(target).expect("a set").borrow().clone();
    update(vm, &mut d, other)?;
    *as_set(target).expect("a set").borrow_mut() = d;
    Ok(())
}

fn replace_with(target: &Value, mut d: SetData) {
    let s = as_set(target).expect("a set");
    d.frozen = s.borrow().frozen;
    let old = std::mem::replace(&mut *s.borrow_mut(), d);
    drop(old);
}

fn set_intersection_update(
    vm: &mut Vm,
    args: &[Value],
    kwnames: Option<&Value>,
) -> PyResult<Value> {
    no_kwargs(vm, "intersection_update", kwnames)?;
    self_set(vm, args, "intersection_update")?;
    for o in &args[1..] {
        let d = intersection(vm, &args[0], o)?;
        replace_with(&args[0], d);
    }
    Ok(Value::NONE)
}

fn set_difference_update(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "difference_update", kwnames)?;
    self_set(vm, args, "difference_update")?;
    for o in &args[1..] {
        let items = items_of(vm, o)?;
        let s = as_set(&args[0]).expect("a set");
        for (k, h) in items {
            let r = s.borrow_mut().discard(&k, h);
            drop(r);
        }
    }
    Ok(Value::NONE)
}

fn set_symmetric_difference_update(
    vm: &mut Vm,
    args: &[Value],
    kwnames: Option<&Value>,
) -> PyResult<Value> {
    one(vm, "symmetric_difference_update", args, kwnames)?;
    self_set(vm, args, "symmetric_difference_update")?;
    let d = symmetric_difference(vm, &args[0], &args[1])?;
    replace_with(&args[0], d);
    Ok(Value::NONE)
}

/// `a <op> b` for BINARY_OP when `a` is a set: `| & - ^` and their in-place
/// forms (which mutate a set, and make a new frozenset). None when `b` is
/// not a set.
pub fn set_binary(vm: &mut Vm, a: &Value, b: &Value, oparg: u32) -> PyResult<Option<Value>> {
    if as_set(a).is_none() || as_set(b).is_none() {
        return Ok(None);
    }
    let inplace = oparg >= 13 && !is_frozen(a);
    let data = match oparg % 13 {
        7 => {
            let mut d = as_set(a).expect("a set").borrow().clone();
            let o = as_set(b).expect("a set").borrow().clone();
            d.merge(&o);
            d
        }
        1 => intersection(vm, a, b)?,
        10 => difference(vm, a, b)?,
        12 => symmetric_difference(vm, a, b)?,
        _ => return Ok(None),
    };
    if inplace {
        replace_with(a, data);
        return Ok(Some(a.clone()));
    }
    let mut data = data;
    data.frozen = is_frozen(a);
    Ok(Some(new_set(data)))
}

/// The items of a set for `repr`: `{1, 2}`, `set()`, `frozenset({1})`.
pub fn repr_parts(v: &Value) -> Option<(bool, Vec<Value>)> {
    let s = as_set(v)?.borrow();
    Some((s.frozen, s.iter().map(|(_, k)| k.clone()).collect()))
}
