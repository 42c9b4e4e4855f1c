//! The adaptive specializer of tier 1. A specializable instruction's
//! first inline cache unit is its counter; when the counter runs out, the
//! instruction looks at its operands and rewrites its own opcode into the
//! family member that fits them (`bytecodes.def` declares the families),
//! or, when none fits, stays generic and waits longer before trying again
//! (exponential backoff). A member whose guard fails runs the generic
//! instruction, which counts the miss down; when the count runs out, the
//! instruction is specialized afresh for what it sees then.
//!
//! Counter: the high 12 bits count down; the low 4 bits are the backoff
//! exponent. Zero (what the assembler writes) means "specialize on the
//! next execution".
//!
//! **Invariant:** the bytecode is written only here, one unit at a time,
//! through the pointer the running frame holds into its code object's
//! `UnsafeCell`; each interpreter runs on one thread and no reference to
//! a code unit outlives the read that made it.

use crate::compile::code::CodeUnit;
use crate::generated::opcodes::opcode;
use crate::interp::frame::Frame;
use crate::interp::ops::{self, BinOp};
use crate::interp::Vm;
use crate::object::instance::{class_key_index, class_keys_have};
use crate::object::ObjData;
use crate::value::Value;

const BACKOFF_BITS: u16 = 4;
const MAX_BACKOFF: u16 = 12;
/// Misses a specialized instruction tolerates before it is specialized
/// again (CPython's figure).
const COOLDOWN: u16 = 52;

/// Whether the counter has run out.
#[inline(always)]
pub fn triggered(counter: u16) -> bool {
    counter < (1 << BACKOFF_BITS)
}

/// Counts one execution (or miss) down.
///
/// # Safety
/// `this_instr` points to a running specializable instruction.
#[inline(always)]
pub unsafe fn tick(this_instr: *const CodeUnit, counter: u16) {
    write(this_instr.add(1), counter - (1 << BACKOFF_BITS));
}

/// # Safety
/// `p` points into live bytecode (see the invariant above).
#[inline(always)]
unsafe fn write(p: *const CodeUnit, v: u16) {
    (*(p as *mut CodeUnit)).0 = v;
}

thread_local! {
    static DISABLED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// `-X nospecialize`: instructions stay generic (to compare against, and
/// to rule the specializer out when hunting a bug).
pub fn disable() {
    DISABLED.with(|d| d.set(true));
}

/// Rewrites the instruction to `op` (keeping its oparg) and resets its
/// counter: the cooldown for a member, a longer wait for the generic form.
///
/// # Safety
/// `this_instr` points to a running specializable instruction whose family
/// `op` belongs to (same cache layout).
#[cold]
#[inline(never)]
unsafe fn rewrite(this_instr: *const CodeUnit, op: u8, generic: u8) {
    crate::stats::specialize(generic, op);
    if DISABLED.with(|d| d.get()) {
        let old = (*this_instr).0;
        write(this_instr, (old & 0xff00) | generic as u16);
        write(this_instr.add(1), (0x0fff << BACKOFF_BITS) | MAX_BACKOFF);
        return;
    }
    let old = (*this_instr).0;
    write(this_instr, (old & 0xff00) | op as u16);
    let counter = (*this_instr.add(1)).0;
    let next = if op == generic {
        let exp = ((counter & ((1 << BACKOFF_BITS) - 1)) + 1).min(MAX_BACKOFF);
        (((1u16 << exp) - 1) << BACKOFF_BITS) | exp
    } else {
        COOLDOWN << BACKOFF_BITS
    };
    write(this_instr.add(1), next);
}

/// What a value is, for the failure reasons of `-X stats`.
fn kind(v: &Value) -> String {
    if v.is_small_int() {
        return "int".into();
    }
    if v.is_float() {
        return "float".into();
    }
    if v.is_none() {
        return "None".into();
    }
    if v.is(&Value::TRUE) || v.is(&Value::FALSE) {
        return "bool".into();
    }
    match v.data() {
        Some(ObjData::Instance(i)) => match i.class.as_type() {
            Some(t) => format!("instance of {}", t.name),
            None => "instance".into(),
        },
        Some(ObjData::Int(_)) | Some(ObjData::BigInt(_)) => "big int".into(),
        Some(d) => crate::object::data_kind_name(d).into(),
        None => "NULL".into(),
    }
}

/// Counts a failed specialization of `generic` and why (`-X stats`).
#[inline(always)]
fn failed(generic: u8, why: impl FnOnce() -> String) {
    crate::stats::failure(generic, why);
}

/// BINARY_OP: int and float arithmetic, str concatenation.
///
/// # Safety
/// `this_instr` points to a running BINARY_OP (or member).
#[cold]
#[inline(never)]
pub unsafe fn binary_op(
    this_instr: *const CodeUnit,
    frame: &Frame,
    lhs: &Value,
    rhs: &Value,
    oparg: u32,
) {
    let ints = lhs.as_small_int().is_some() && rhs.as_small_int().is_some();
    let floats = lhs.is_float() && rhs.is_float();
    let strs = matches!(
        (lhs.data(), rhs.data()),
        (
            Some(crate::object::ObjData::Str(_)),
            Some(crate::object::ObjData::Str(_))
        )
    );
    let op = BinOp::from_oparg(oparg % 13);
    let member = match op {
        BinOp::Add if ints => opcode::BINARY_OP_ADD_INT,
        BinOp::Sub if ints => opcode::BINARY_OP_SUBTRACT_INT,
        BinOp::Mul if ints => opcode::BINARY_OP_MULTIPLY_INT,
        BinOp::Add if floats => opcode::BINARY_OP_ADD_FLOAT,
        BinOp::Sub if floats => opcode::BINARY_OP_SUBTRACT_FLOAT,
        BinOp::Mul if floats => opcode::BINARY_OP_MULTIPLY_FLOAT,
        BinOp::TrueDiv if floats => opcode::BINARY_OP_TRUE_DIVIDE_FLOAT,
        // (A BINARY_OP is never its code's last instruction: the unit
        // after its cache is there.)
        BinOp::Add if strs && holds_inplace_target(frame, *this_instr.add(2), lhs) => {
            opcode::BINARY_OP_INPLACE_ADD_STR
        }
        BinOp::Add if strs => opcode::BINARY_OP_ADD_STR,
        BinOp::And if ints => opcode::BINARY_OP_AND_INT,
        BinOp::Or if ints => opcode::BINARY_OP_OR_INT,
        BinOp::Xor if ints => opcode::BINARY_OP_XOR_INT,
        BinOp::LShift if ints => opcode::BINARY_OP_LSHIFT_INT,
        BinOp::RShift if ints => opcode::BINARY_OP_RSHIFT_INT,
        BinOp::FloorDiv if ints => opcode::BINARY_OP_FLOOR_DIVIDE_INT,
        BinOp::Mod if ints => opcode::BINARY_OP_REMAINDER_INT,
        BinOp::MatMul => {
            failed(opcode::BINARY_OP, || {
                format!("{op:?} on {} and {}", kind(lhs), kind(rhs))
            });
            opcode::BINARY_OP
        }
        _ if lhs.is_int() && rhs.is_int() => opcode::BINARY_OP_INT,
        _ => {
            failed(opcode::BINARY_OP, || {
                format!("{op:?} on {} and {}", kind(lhs), kind(rhs))
            });
            opcode::BINARY_OP
        }
    };
    rewrite(this_instr, member, opcode::BINARY_OP);
}

/// Whether `next` (the instruction after a BINARY_OP and its cache)
/// stores to a local, with no EXTENDED_ARG, and that local holds `left`:
/// then `left + right` can go to the local in place.
#[inline(always)]
pub fn holds_inplace_target(frame: &Frame, next: CodeUnit, left: &Value) -> bool {
    matches!(
        next.opcode(),
        opcode::STORE_FAST | opcode::STORE_FAST__LOAD_FAST | opcode::STORE_FAST__STORE_FAST
    ) && frame.local(next.oparg() as u32).is(left)
}

/// BINARY_OP_INPLACE_ADD_STR: `left + right` for `local`, which the next
/// STORE_FAST stores to and which holds `left` (the guard checked): the
/// local is emptied (its store follows), and `left` extended in place when
/// that leaves the stack's reference the only one.
#[inline(never)]
pub fn str_append(frame: &Frame, local: u32, left: Value, right: Value) -> Value {
    drop(frame.set_local(local, Value::NULL));
    let unique = left.obj().is_some_and(|o| o.refcount() == 1);
    match (unique, right.as_str()) {
        (true, Some(more)) => {
            // SAFETY: `left` is the only reference (refcount 1, and no
            // `&str` of it is held here), and `right` is another object
            // (it would count a second reference).
            unsafe { crate::object::str::append_in_place(&left, more) };
            left
        }
        _ => crate::object::str::concat(&left, &right),
    }
}

/// COMPARE_OP: two inline ints, two floats, two strs.
///
/// # Safety
/// `this_instr` points to a running COMPARE_OP (or member).
#[cold]
#[inline(never)]
pub unsafe fn compare_op(this_instr: *const CodeUnit, left: &Value, right: &Value) {
    // A conditional jump right after the cache (the next instruction: a
    // COMPARE_OP is never its code's last): the fused member runs it.
    let next = (*this_instr.add(2)).opcode();
    let jump = next == opcode::POP_JUMP_IF_FALSE || next == opcode::POP_JUMP_IF_TRUE;
    let kind_members = if left.is_small_int() && right.is_small_int() {
        Some((opcode::COMPARE_OP_INT, opcode::COMPARE_OP_INT_JUMP))
    } else if left.is_float() && right.is_float() {
        Some((opcode::COMPARE_OP_FLOAT, opcode::COMPARE_OP_FLOAT_JUMP))
    } else if left.is_exact_str() && right.is_exact_str() {
        Some((opcode::COMPARE_OP_STR, opcode::COMPARE_OP_STR_JUMP))
    } else {
        None
    };
    let member = match kind_members {
        Some((_, fused)) if jump => fused,
        Some((plain, _)) => plain,
        None => {
            failed(opcode::COMPARE_OP, || {
                format!("{} and {}", kind(left), kind(right))
            });
            opcode::COMPARE_OP
        }
    };
    rewrite(this_instr, member, opcode::COMPARE_OP);
}

/// A look at what `c` holds, for a specialized instruction that only
/// reads (or copies a value out): the RefCell's flag is checked (None
/// while it is mutably borrowed) but not counted up and down, which a
/// `borrow()` guard does when the read is followed by a reference-count
/// write the compiler cannot tell apart from the flag.
#[inline(always)]
fn peek<T>(c: &std::cell::RefCell<T>) -> Option<&T> {
    // SAFETY: every caller uses the reference only within one specialized
    // instruction's own code, which runs no Python code and takes no
    // mutable borrow of `c` while it lives (incrementing the reference
    // count of a value it copies out touches that value's object, never
    // `c`).
    unsafe { c.try_borrow_unguarded().ok() }
}

/// The value at entry `index` of dict `d`, if its key set is still
/// `version` (a version the specializer was handed, never 0).
#[inline(always)]
pub fn dict_entry(d: &Value, version: u32, index: u16) -> Option<Value> {
    let dd = peek(d.as_dict()?)?;
    if dd.keys_version != version {
        return None;
    }
    dd.value_at(index as usize).cloned()
}

/// Whether dict `d`'s key set is still `version`.
#[inline(always)]
pub fn keys_version_is(d: &Value, version: u32) -> bool {
    d.as_dict()
        .and_then(peek)
        .is_some_and(|dd| dd.keys_version == version)
}

/// LOAD_GLOBAL: a name found in the module's dict, or in the builtins'
/// (and not the module's), at an entry index the dicts' keys versions
/// keep valid. Cache: counter, index, module keys version (2 units),
/// builtins keys version (2 units).
///
/// # Safety
/// `this_instr` points to a running LOAD_GLOBAL (or member).
#[cold]
#[inline(never)]
pub unsafe fn load_global(
    this_instr: *const CodeUnit,
    globals: &Value,
    builtins: &Value,
    name: &Value,
) {
    let member = (|| {
        let h = name.as_str().ok_or("name is not a str")?.hash();
        let mut g = globals
            .as_dict()
            .ok_or("globals are not a dict")?
            .borrow_mut();
        let gv = g.assign_keys_version();
        if gv == 0 {
            return Err("keys versions ran out");
        }
        if let Some(i) = g.index_of(name, h) {
            let i = u16::try_from(i).map_err(|_| "entry index over 65535")?;
            return Ok((opcode::LOAD_GLOBAL_MODULE, i, gv, 0));
        }
        let mut b = builtins
            .as_dict()
            .ok_or("builtins are not a dict")?
            .borrow_mut();
        let bv = b.assign_keys_version();
        let i = b.index_of(name, h).ok_or("name not found")?;
        let i = u16::try_from(i).map_err(|_| "entry index over 65535")?;
        if bv == 0 {
            return Err("keys versions ran out");
        }
        Ok((opcode::LOAD_GLOBAL_BUILTIN, i, gv, bv))
    })();
    match member {
        Ok((op, index, gv, bv)) => {
            write(this_instr.add(2), index);
            write(this_instr.add(3), gv as u16);
            write(this_instr.add(4), (gv >> 16) as u16);
            write(this_instr.add(5), bv as u16);
            write(this_instr.add(6), (bv >> 16) as u16);
            rewrite(this_instr, op, opcode::LOAD_GLOBAL);
        }
        Err(why) => {
            failed(opcode::LOAD_GLOBAL, || why.into());
            rewrite(this_instr, opcode::LOAD_GLOBAL, opcode::LOAD_GLOBAL)
        }
    }
}

// ---- LOAD_ATTR ----
//
// Cache after the counter: the class's version tag (2 units), a values,
// dict entry or slot index (1), and a pointer to what the class holds (4),
// or for WITH_HINT the attribute name's bits (compared, not followed). The module
// form keeps its dict's keys version where the tag goes; the builtin
// method form the builtin class's pointer (4) and then the method's (4).
// A pointer is only followed while the version tag matches: the class
// dicts then still hold what it points to.

/// The version tag of `owner`'s class if it is an instance of a class
/// made in Python or of a builtin class extended in Python (0 otherwise:
/// no cache holds 0).
#[inline(always)]
pub fn instance_version(owner: &Value) -> u32 {
    match owner.as_instance() {
        Some(i) => class_version(&i.class),
        None => 0,
    }
}

/// The version tag of an instance's class.
#[inline(always)]
fn class_version(cls: &Value) -> u32 {
    debug_assert!(cls.as_type().is_some());
    // SAFETY: an instance's class is always a heap object (a type), which
    // the instance keeps alive.
    match unsafe { &(*cls.ptr()).data } {
        ObjData::Type(t) => t.version.get(),
        // SAFETY: as above: an instance's class is a type.
        _ => unsafe { std::hint::unreachable_unchecked() },
    }
}

/// Whether `owner` is an instance of the class with version tag `version`.
#[inline(always)]
pub fn instance_version_is(owner: &Value, version: u32) -> bool {
    instance_version(owner) == version
}

/// Whether `owner` is a builtin object (no Python-made class) of the class
/// at `type_ptr`.
#[inline(always)]
pub fn builtin_type_is(vm: &Vm, owner: &Value, type_ptr: u64) -> bool {
    !matches!(owner.data(), Some(ObjData::Instance(_))) && vm.type_ref(owner).bits() == type_ptr
}

/// A version tag to cache for class `cls`, or why there is none.
fn version_of(cls: &Value) -> Result<u32, String> {
    match cls.as_type().map(|t| t.version.get()) {
        Some(0) | None => Err("type version tags ran out".into()),
        Some(v) => Ok(v),
    }
}

/// An inline cache's units after the counter, as a specializer fills them.
#[derive(Default)]
struct CacheImage {
    units: [u16; 16],
    len: usize,
}

impl CacheImage {
    fn u16(mut self, at: usize, v: u16) -> Self {
        self.units[at - 1] = v;
        self.len = self.len.max(at);
        self
    }
    fn u32(self, at: usize, v: u32) -> Self {
        self.u16(at, v as u16).u16(at + 1, (v >> 16) as u16)
    }
    fn u64(self, at: usize, v: u64) -> Self {
        self.u32(at, v as u32).u32(at + 2, (v >> 32) as u32)
    }
    fn get_u16(&self, at: usize) -> u16 {
        self.units[at - 1]
    }
    fn get_u32(&self, at: usize) -> u32 {
        self.get_u16(at) as u32 | (self.get_u16(at + 1) as u32) << 16
    }
    fn get_u64(&self, at: usize) -> u64 {
        self.get_u32(at) as u64 | (self.get_u32(at + 2) as u64) << 32
    }
    /// The units after `this_instr`'s counter, as they are.
    ///
    /// # Safety
    /// The instruction's cache has at least `len + 1` units.
    unsafe fn read(this_instr: *const CodeUnit, len: usize) -> CacheImage {
        let mut image = CacheImage {
            len,
            ..CacheImage::default()
        };
        for i in 0..len {
            image.units[i] = (*this_instr.add(2 + i)).0;
        }
        image
    }
    /// Writes the units after `this_instr`'s counter.
    ///
    /// # Safety
    /// The instruction's cache has at least `len + 1` units.
    unsafe fn write(&self, this_instr: *const CodeUnit) {
        for i in 0..self.len {
            write(this_instr.add(2 + i), self.units[i]);
        }
    }
}

/// The usual LOAD_ATTR cache of a member guarded by a version tag.
fn attr_cache(version: u32, index: u16, descr: u64) -> CacheImage {
    CacheImage::default()
        .u32(1, version)
        .u16(3, index)
        .u64(4, descr)
}

/// Of two cache entries, the one for the class with version tag
/// `version` (None when neither: a cached tag is never 0, which is what
/// non-instances give).
#[inline(always)]
pub fn pick<T>(version: u32, version_a: u32, a: T, version_b: u32, b: T) -> Option<T> {
    if version == version_a {
        Some(a)
    } else if version == version_b {
        Some(b)
    } else {
        None
    }
}

/// The attribute hooks (`types::hooks`) of `owner`'s class, an instance's
/// (remembered per version tag).
pub fn class_hooks(vm: &mut Vm, owner: &Value, cls: &crate::object::types::TypeObj) -> u8 {
    use crate::object::types::hooks;
    cls.hooks(|| {
        let mut h = 0;
        if vm.user_special(owner, "__getattribute__").is_some() {
            h |= hooks::GETATTRIBUTE;
        }
        if vm.user_special(owner, "__getattr__").is_some() {
            h |= hooks::GETATTR;
        }
        if vm.user_special(owner, "__setattr__").is_some() {
            h |= hooks::SETATTR;
        }
        h
    })
}

/// The instance behind `owner` when its class is made in Python and has
/// none of the attribute hooks in `hooks_mask`.
#[inline(always)]
fn hookless_instance<'a>(
    vm: &mut Vm,
    owner: &'a Value,
    hooks_mask: u8,
) -> Option<&'a crate::object::Instance> {
    let inst = owner.as_instance()?;
    let t = inst.class.as_type()?;
    (t.heap && class_hooks(vm, owner, t) & hooks_mask == 0).then_some(inst)
}

/// [`hookless_instance`], when the class has no attribute `name` either:
/// then the instance's own attributes alone decide `owner.name`.
#[inline(always)]
fn plain_instance<'a>(
    vm: &mut Vm,
    owner: &'a Value,
    name: &Value,
    hooks_mask: u8,
) -> Option<&'a crate::object::Instance> {
    let inst = hookless_instance(vm, owner, hooks_mask)?;
    if vm.type_cache.lookup(&inst.class, name).is_some() {
        return None;
    }
    Some(inst)
}

/// LOAD_ATTR_INSTANCE_VALUE_MEGA: the instance's own `name`, for an
/// instance of any class without a `__getattribute__` or a class
/// attribute `name`.
// Out of line: the type attribute cache's lookup is too big to copy
// into the dispatch loop.
#[inline(never)]
pub fn instance_value_any(vm: &mut Vm, owner: &Value, name: &Value) -> Option<Value> {
    plain_instance(vm, owner, name, crate::object::types::hooks::GETATTRIBUTE)?.get(name)
}

/// STORE_ATTR_INSTANCE_VALUE_MEGA: whether `owner.name = v` is the
/// instance's own attribute being set: an instance with a `__dict__` of a
/// class without a `__setattr__` or a class attribute `name` (so no
/// descriptor).
// Out of line: the type attribute cache's lookup is too big to copy
// into the dispatch loop.
#[inline(never)]
pub fn plain_store_ok(vm: &mut Vm, owner: &Value, name: &Value) -> bool {
    plain_instance(vm, owner, name, crate::object::types::hooks::SETATTR)
        .is_some_and(|i| i.class.as_type().is_some_and(|t| t.has_dict))
}

/// Sets the instance's own attribute (after [`plain_store_ok`]), returning
/// the old value for the caller to drop.
#[inline(never)]
pub fn instance_set(owner: &Value, name: &Value, value: Value) -> Option<Value> {
    owner.as_instance()?.set(name, value)
}

/// LOAD_ATTR_METHOD_MEGA: the Python function `name` on the class of an
/// instance of any class without a `__getattribute__`, unless the
/// instance has an attribute of that name.
// Out of line: the type attribute cache's lookup is too big to copy
// into the dispatch loop.
#[inline(never)]
pub fn method_any(vm: &mut Vm, owner: &Value, name: &Value) -> Option<Value> {
    let inst = hookless_instance(vm, owner, crate::object::types::hooks::GETATTRIBUTE)?;
    let f = vm.type_cache.lookup(&inst.class, name)?;
    if !matches!(f.data(), Some(ObjData::Function(_))) || instance_shadows(owner, name) {
        return None;
    }
    Some(f)
}

/// The values-form instance's attribute `index`, if it has that many.
#[inline(always)]
pub fn instance_value(owner: &Value, index: u16) -> Option<Value> {
    owner.as_instance()?.value_at(index)
}

/// A dict-form instance's value at dict entry `index`, if that entry's
/// key is the name with bits `name_bits` (as the cache holds it: only
/// compared with the entry's key, never followed).
#[inline(always)]
pub fn instance_hint_value(owner: &Value, name_bits: u64, index: u16) -> Option<Value> {
    let inst = owner.as_instance()?;
    // SAFETY: the references live only for this function, which runs no
    // other code (the clone only counts a reference): nothing can borrow
    // the cells mutably while they are held. A cell borrowed mutably now
    // (impossible from here) would make this fail, not misread.
    let dd = unsafe { inst.dict_unguarded()?.try_borrow_unguarded() }.ok()?;
    let (k, v) = dd.entry_at(index as usize)?;
    (k.bits() == name_bits).then(|| v.clone())
}

/// Whether the instance has its own `name` (true for a non-instance).
#[inline(always)]
pub fn instance_shadows(owner: &Value, name: &Value) -> bool {
    owner.as_instance().is_none_or(|i| i.has(name))
}

/// Whether a dict-form instance has its own `name`: what the members
/// cached under a version tag check (see `object::instance`).
#[inline(always)]
pub fn dict_shadows(owner: &Value, name: &Value) -> bool {
    owner.as_instance().is_none_or(|i| i.dict_shadows(name))
}

/// The value a cache pointer names (a new reference).
///
/// # Safety
/// The pointer was taken from a live value the class dicts hold, and the
/// version tag guard has just confirmed they have not changed.
#[inline(always)]
pub unsafe fn cached_value(bits: u64) -> Value {
    let v = std::mem::ManuallyDrop::new(Value::from_bits(bits));
    (*v).clone()
}

/// Slot `index` of the instance, if set.
#[inline(always)]
pub fn slot_value(owner: &Value, index: u16) -> Option<Value> {
    let inst = owner.as_instance()?;
    let v = inst.slots.borrow().get(index as usize)?.clone();
    (!v.is_null()).then_some(v)
}

/// A module's dict entry, while its key set is `version`.
#[inline(always)]
pub fn module_entry(owner: &Value, version: u32, index: u16) -> Option<Value> {
    match owner.data() {
        Some(ObjData::Module(m)) => dict_entry(&m.dict, version, index),
        _ => None,
    }
}

/// LOAD_ATTR: instance attributes (values or dict form), methods, slots,
/// module attributes.
///
/// # Safety
/// `this_instr` points to a running LOAD_ATTR (or member).
#[cold]
#[inline(never)]
pub unsafe fn load_attr(
    vm: &mut Vm,
    this_instr: *const CodeUnit,
    owner: &Value,
    name: &Value,
    oparg: u32,
) {
    let method_form = oparg & 1 != 0;
    let choice: Result<(u8, CacheImage), String> = (|| {
        if let Some(ObjData::Module(m)) = owner.data() {
            let h = name.as_str().ok_or("name is not a str")?.hash();
            let mut d = m
                .dict
                .as_dict()
                .ok_or("module dict is not a dict")?
                .borrow_mut();
            let v = d.assign_keys_version();
            let i = d
                .index_of(name, h)
                .ok_or("module attribute not in its dict")?;
            let i = u16::try_from(i).map_err(|_| "entry index over 65535")?;
            if v == 0 {
                return Err("keys versions ran out".into());
            }
            let image = CacheImage::default().u32(1, v).u16(3, i);
            return Ok((opcode::LOAD_ATTR_MODULE, image));
        }
        let builtin_object = !matches!(
            owner.data(),
            Some(ObjData::Instance(_)) | Some(ObjData::Type(_)) | Some(ObjData::Super(..))
        );
        if builtin_object && method_form {
            let m = ops::lookup_type_attr(vm, owner, name)
                .ok_or_else(|| format!("no method of a {}", kind(owner)))?;
            return match m.data() {
                Some(ObjData::Builtin(b)) if b.is_method => {
                    let t = vm.type_ref(owner).bits();
                    let image = CacheImage::default().u64(1, t).u64(5, m.bits());
                    Ok((opcode::LOAD_ATTR_BUILTIN_METHOD, image))
                }
                _ => Err(format!(
                    "class attribute of a {} that is not a method",
                    kind(owner)
                )),
            };
        }
        let inst = owner
            .as_instance()
            .ok_or_else(|| format!("attribute of a {}", kind(owner)))?;
        let cls = inst.class.clone();
        if !cls.as_type().is_some_and(|t| t.heap) {
            return Err("instance of a builtin class".into());
        }
        if vm.attr_hooks(owner) & crate::object::types::hooks::GETATTRIBUTE != 0 {
            return Err("class defines __getattribute__".into());
        }
        let version = version_of(&cls)?;
        let descr = vm.type_cache.lookup(&cls, name);
        match descr.as_ref().and_then(|d| d.data()) {
            Some(ObjData::SlotMember(i, _, _)) => {
                let i = u16::try_from(*i).map_err(|_| "slot index over 65535")?;
                return Ok((opcode::LOAD_ATTR_SLOT, attr_cache(version, i, 0)));
            }
            // A property wins over the instance dict; its getter runs in
            // a frame of its own when it is a plain Python function.
            Some(ObjData::Property(p)) => {
                if method_form {
                    return Err("property called as a method".into());
                }
                if !exact_args_function(&p[0], 1) {
                    return Err("property whose getter is not a plain Python function".into());
                }
                let fget = p[0].bits();
                return Ok((opcode::LOAD_ATTR_PROPERTY, attr_cache(version, 0, fget)));
            }
            Some(ObjData::Instance(_)) => return Err("descriptor object on the class".into()),
            Some(ObjData::Function(_)) if method_form => {
                if instance_shadows(owner, name) {
                    return Err("method shadowed by the instance dict".into());
                }
                if class_keys_have(&cls, name) {
                    return Err("method name among the instances' shared keys".into());
                }
                let f = descr.expect("matched");
                return Ok((opcode::LOAD_ATTR_METHOD, attr_cache(version, 0, f.bits())));
            }
            // Descriptors that bind: used when the instance dict lacks
            // the name.
            Some(
                d @ (ObjData::Function(_)
                | ObjData::StaticMethod(_)
                | ObjData::ClassMethod(_)
                | ObjData::Builtin(_)),
            ) if !instance_shadows(owner, name) => {
                return Err(format!(
                    "class attribute ({})",
                    crate::object::data_kind_name(d)
                ));
            }
            // Anything else on the class (held inline as an int, a float,
            // None or a bool, or an object that does not bind: a str, a
            // tuple, a class) is the attribute as it is, when the instance
            // dict does not shadow it. `__class__` and `__dict__` are the
            // instance's own, whatever the class holds.
            _ if descr.is_some() => {
                let n = name.as_str().map(|s| s.as_str());
                if !instance_shadows(owner, name)
                    && !class_keys_have(&cls, name)
                    && !matches!(n, Some("__class__" | "__dict__"))
                {
                    let d = descr.expect("matched");
                    let image = attr_cache(version, 0, d.bits());
                    return Ok((opcode::LOAD_ATTR_CLASS_ATTR, image));
                }
            }
            _ => {}
        }
        let d = inst.dict_if_made();
        let Some(dd) = d.as_dict() else {
            // The values form: the name's index in the class's keys.
            let i = class_key_index(&cls, name).ok_or("attribute not found")?;
            if inst.value_at(i as u16).is_none() {
                return Err("attribute not found".into());
            }
            let image = attr_cache(version, i as u16, 0);
            return Ok((opcode::LOAD_ATTR_INSTANCE_VALUE, image));
        };
        let dd = dd.borrow();
        let h = name.as_str().ok_or("name is not a str")?.hash();
        let i = dd.index_of(name, h).ok_or("attribute not found")?;
        let (k, _) = dd.entry_at(i).ok_or("attribute not found")?;
        if !k.is(name) {
            return Err("dict key is another str object".into());
        }
        let i = u16::try_from(i).map_err(|_| "entry index over 65535")?;
        // The name's bits go where a class attribute's pointer would.
        let image = attr_cache(version, i, name.bits());
        Ok((opcode::LOAD_ATTR_WITH_HINT, image))
    })();
    let generic_names = matches!(
        name.as_str().map(|s| s.as_str()),
        Some("__class__" | "__dict__")
    );
    match choice {
        Ok((op, image)) => {
            let (op, image) = if generic_names {
                (op, image)
            } else {
                widen_load_attr(this_instr, op, image)
            };
            image.write(this_instr);
            rewrite(this_instr, op, opcode::LOAD_ATTR);
        }
        Err(why) => {
            failed(opcode::LOAD_ATTR, || why);
            rewrite(this_instr, opcode::LOAD_ATTR, opcode::LOAD_ATTR)
        }
    }
}

/// A LOAD_ATTR site specialized for one class that now sees another: the
/// POLY form caching both; a site that has been POLY (or MEGA) already:
/// the MEGA form. `op` and `image` are what the class seen now would get.
///
/// # Safety
/// `this_instr` points to a running LOAD_ATTR (or member).
unsafe fn widen_load_attr(
    this_instr: *const CodeUnit,
    op: u8,
    image: CacheImage,
) -> (u8, CacheImage) {
    let prev = (*this_instr).opcode();
    let old = CacheImage::read(this_instr, 13);
    match (op, prev) {
        (opcode::LOAD_ATTR_METHOD, opcode::LOAD_ATTR_METHOD)
            if old.get_u32(1) != image.get_u32(1) =>
        {
            let poly = CacheImage::default()
                .u32(1, old.get_u32(1))
                .u64(3, old.get_u64(4))
                .u32(7, image.get_u32(1))
                .u64(9, image.get_u64(4));
            (opcode::LOAD_ATTR_METHOD_POLY, poly)
        }
        (
            opcode::LOAD_ATTR_METHOD,
            opcode::LOAD_ATTR_METHOD_POLY | opcode::LOAD_ATTR_METHOD_MEGA,
        ) => (opcode::LOAD_ATTR_METHOD_MEGA, CacheImage::default()),
        (opcode::LOAD_ATTR_INSTANCE_VALUE, opcode::LOAD_ATTR_INSTANCE_VALUE)
            if old.get_u32(1) != image.get_u32(1) =>
        {
            let poly = CacheImage::default()
                .u32(1, old.get_u32(1))
                .u16(3, old.get_u16(3))
                .u32(4, image.get_u32(1))
                .u16(6, image.get_u16(3));
            (opcode::LOAD_ATTR_INSTANCE_VALUE_POLY, poly)
        }
        // A third class, or instances in both forms (values and dict) or
        // of two classes in the dict form: looked up by name.
        (
            opcode::LOAD_ATTR_INSTANCE_VALUE | opcode::LOAD_ATTR_WITH_HINT,
            opcode::LOAD_ATTR_INSTANCE_VALUE_POLY | opcode::LOAD_ATTR_INSTANCE_VALUE_MEGA,
        )
        | (opcode::LOAD_ATTR_INSTANCE_VALUE, opcode::LOAD_ATTR_WITH_HINT)
        | (opcode::LOAD_ATTR_WITH_HINT, opcode::LOAD_ATTR_INSTANCE_VALUE) => {
            (opcode::LOAD_ATTR_INSTANCE_VALUE_MEGA, CacheImage::default())
        }
        (opcode::LOAD_ATTR_WITH_HINT, opcode::LOAD_ATTR_WITH_HINT)
            if old.get_u32(1) != image.get_u32(1) =>
        {
            (opcode::LOAD_ATTR_INSTANCE_VALUE_MEGA, CacheImage::default())
        }
        _ => (op, image),
    }
}

// ---- CALL ----

/// Whether `callable` is a Python function that `nargs` positional
/// arguments bind exactly (see `Code::exact_argcount`).
#[inline(always)]
pub fn exact_args_function(callable: &Value, nargs: usize) -> bool {
    match callable.data() {
        Some(ObjData::Function(f)) => f.exact_nargs == nargs,
        _ => false,
    }
}

/// Whether `callable` is a Python function whose last defaults complete
/// `nargs` positional arguments (see `interp::defaults_fill`).
#[inline(always)]
pub fn defaults_function(callable: &Value, nargs: usize) -> bool {
    match callable.data() {
        Some(ObjData::Function(f)) => crate::interp::defaults_fill(f, nargs),
        _ => false,
    }
}

/// Whether `callable` is a bound method object whose function is a
/// Python function that `nargs` positional arguments (its self among
/// them) bind exactly.
#[inline(always)]
pub fn bound_method_exact_args(callable: &Value, nargs: usize) -> bool {
    matches!(callable.data(), Some(ObjData::Method(f, _)) if exact_args_function(f, nargs))
}

/// A bound method's function and self (CALL_BOUND_METHOD_EXACT_ARGS, after
/// its guard).
#[inline(always)]
pub fn unbind(callable: &Value) -> (Value, Value) {
    match callable.data() {
        Some(ObjData::Method(f, s)) => (f.clone(), s.clone()),
        _ => unreachable!("checked by the guard"),
    }
}

/// Whether `callable` is a builtin function with no bound self whose first
/// argument (`self_or_null`, or else the first of `args`) needs no
/// unwrapping: an unbound builtin method called on an instance of a
/// subclass of a builtin type (`list.append(my_list, x)`) goes the generic
/// way, which hands the method the value the instance extends.
#[inline(always)]
pub fn plain_builtin(callable: &Value, self_or_null: &Value, args: &[Value]) -> bool {
    match callable.data() {
        Some(ObjData::Builtin(b)) if b.self_.is_null() => {
            if !b.is_method {
                return true;
            }
            let first = if self_or_null.is_null() {
                args.first()
            } else {
                Some(self_or_null)
            };
            !matches!(first.and_then(|f| f.data()), Some(ObjData::Instance(_)))
        }
        _ => false,
    }
}

/// Whether `callable` is the class with version tag `version`.
#[inline(always)]
pub fn is_class(callable: &Value, version: u32) -> bool {
    callable
        .as_type()
        .is_some_and(|t| t.version.get() == version)
}

/// Whether calling the class `cls` with `nargs` positional arguments is a
/// plain instance plus its Python `__init__` with exactly fitting
/// arguments: a heap class of plain instances whose metaclass is `type`,
/// with `object.__new__`, a Python `__init__`, and no abstract methods.
fn plain_class_call(vm: &mut Vm, cls: &Value, nargs: usize) -> bool {
    let Some(td) = cls.as_type() else {
        return false;
    };
    if !td.heap || td.kind != crate::object::types::TypeKind::Object {
        return false;
    }
    if !vm.type_of(cls).is(&vm.types.type_) {
        return false;
    }
    let new_name = vm.interned.intern_static("__new__");
    let init_name = vm.interned.intern_static("__init__");
    let new_is_object = matches!(
        vm.type_cache
            .lookup(cls, &new_name)
            .as_ref()
            .and_then(|n| n.data()),
        Some(ObjData::Builtin(_))
    );
    let init_fits = vm
        .type_cache
        .lookup(cls, &init_name)
        .is_some_and(|i| exact_args_function(&i, nargs + 1));
    new_is_object && init_fits && vm.dict_get_str(&td.dict, "__abstractmethods__").is_none()
}

/// CALL: Python functions with exactly fitting positional arguments,
/// builtin functions, plain classes with a Python `__init__`.
///
/// # Safety
/// `this_instr` points to a running CALL (or member).
#[cold]
#[inline(never)]
pub unsafe fn call(
    vm: &mut Vm,
    this_instr: *const CodeUnit,
    callable: &Value,
    self_or_null: &Value,
    args: &[Value],
    oparg: u32,
) {
    let nargs = oparg as usize + !self_or_null.is_null() as usize;
    let known = match callable.data() {
        Some(ObjData::Builtin(b)) => crate::builtins::Known::of(b),
        _ => None,
    };
    let member = if exact_args_function(callable, nargs) {
        opcode::CALL_PY_EXACT_ARGS
    } else if let Some(k) = known.filter(|&k| known_builtin_fits(k, self_or_null, oparg)) {
        CacheImage::default()
            .u64(1, k.func() as usize as u64)
            .write(this_instr);
        match k {
            crate::builtins::Known::Len => opcode::CALL_LEN,
            crate::builtins::Known::IsInstance => opcode::CALL_ISINSTANCE,
            crate::builtins::Known::ListAppend => opcode::CALL_LIST_APPEND,
        }
    } else if plain_builtin(callable, self_or_null, args) {
        opcode::CALL_BUILTIN
    } else if self_or_null.is_null()
        && plain_class_call(vm, callable, nargs)
        && version_of(callable).is_ok()
    {
        let v = version_of(callable).expect("checked");
        CacheImage::default().u32(1, v).write(this_instr);
        opcode::CALL_ALLOC_AND_INIT
    } else if defaults_function(callable, nargs) {
        opcode::CALL_PY_WITH_DEFAULTS
    } else if self_or_null.is_null() && bound_method_exact_args(callable, nargs + 1) {
        opcode::CALL_BOUND_METHOD_EXACT_ARGS
    } else if self_or_null.is_null() && callable.as_type().is_some_and(|t| !t.heap) {
        CacheImage::default()
            .u64(1, callable.bits())
            .write(this_instr);
        opcode::CALL_BUILTIN_CLASS
    } else {
        failed(opcode::CALL, || match callable.data() {
            Some(ObjData::Function(f)) => {
                let c = f.code();
                if c.exact_argcount().is_none() {
                    "Python function with keyword-only or star parameters, or a generator".into()
                } else {
                    format!("Python function given {nargs} of {} arguments", c.argcount)
                }
            }
            Some(ObjData::Builtin(b)) if !b.self_.is_null() => "bound builtin method".into(),
            Some(ObjData::Builtin(_)) => "builtin method on a subclass instance".into(),
            Some(ObjData::Type(t)) if !t.heap => format!("builtin class {}", t.name),
            Some(ObjData::Type(_)) => {
                "class with __new__, a metaclass, a non-Python or ill-fitting __init__".into()
            }
            _ => format!("call of a {}", kind(callable)),
        });
        opcode::CALL
    };
    rewrite(this_instr, member, opcode::CALL);
}

/// Whether the known builtin `k` called with `self_or_null` and `oparg`
/// arguments is what its member does (the specializer's test, and its
/// member's guard's with `k` a constant).
#[inline(always)]
pub fn known_builtin_fits(k: crate::builtins::Known, self_or_null: &Value, oparg: u32) -> bool {
    use crate::builtins::Known;
    match k {
        Known::Len => self_or_null.is_null() && oparg == 1,
        Known::IsInstance => self_or_null.is_null() && oparg == 2,
        Known::ListAppend => oparg == 1 && appendable_list(self_or_null),
    }
}

/// Whether `callable` is an unbound builtin implemented by the function
/// at `func`.
#[inline(always)]
pub fn is_builtin_fn(callable: &Value, func: u64) -> bool {
    matches!(callable.data(), Some(ObjData::Builtin(b)) if b.func as usize as u64 == func && b.self_.is_null())
}

/// Whether `v` is an exact list that nothing borrows now.
#[inline(always)]
pub fn appendable_list(v: &Value) -> bool {
    matches!(v.data(), Some(ObjData::List(l)) if l.try_borrow_mut().is_ok())
}

/// CALL_LEN: `len(x)`, without the call for the common containers.
#[inline(always)]
pub fn call_len(vm: &mut Vm, x: &Value) -> crate::interp::PyResult<Value> {
    let n = match x.data() {
        Some(ObjData::Str(s)) => s.len(),
        Some(ObjData::List(l)) => l.borrow().len(),
        Some(ObjData::Tuple(t)) => t.len(),
        Some(ObjData::Dict(d)) => d.borrow().len(),
        _ => return len_slow(vm, x),
    };
    Ok(Value::int(n as i64))
}

#[inline(never)]
fn len_slow(vm: &mut Vm, x: &Value) -> crate::interp::PyResult<Value> {
    vm.enter_recursive_call(" while calling a Python object")?;
    let r = ops::len(vm, x);
    vm.leave_recursive_call();
    Ok(Value::int(r? as i64))
}

/// CALL_LIST_APPEND: pushes `x` onto the exact list `list` (the guard
/// checked that it is one and not borrowed; nothing the finalizers run
/// since leaves it borrowed, but if something did, an error, not a panic).
#[inline(always)]
pub fn list_append(vm: &Vm, list: &Value, x: Value) -> crate::interp::PyResult<()> {
    if let Some(ObjData::List(l)) = list.data() {
        match l.try_borrow_mut() {
            Ok(mut items) => items.push(x),
            Err(_) => return Err(vm.runtime_error("list modified during its own use")),
        }
    }
    Ok(())
}

// ---- BINARY_SUBSCR, STORE_SUBSCR, CONTAINS_OP ----

/// The hash of a key that hashes and compares without Python code: an
/// exact str (its cached hash) or an inline int.
#[inline(always)]
fn plain_key_hash(key: &Value) -> Option<i64> {
    if let Some(i) = key.as_small_int() {
        return Some(crate::object::int::hash(&crate::object::int::Int::Small(i)));
    }
    match key.data() {
        Some(ObjData::Str(s)) => Some(s.hash()),
        _ => None,
    }
}

/// `container[sub]` for a list and an inline int in range.
#[inline(always)]
pub fn list_item(container: &Value, sub: &Value) -> Option<Value> {
    let i = sub.as_small_int()?;
    let l = peek(container.as_list()?)?;
    ops::norm_index(i, l.len()).map(|j| l[j].clone())
}

/// `container[sub]` for an exact ASCII str and an inline int in range.
#[inline(always)]
pub fn str_item(container: &Value, sub: &Value) -> Option<Value> {
    let i = sub.as_small_int()?;
    let Some(ObjData::Str(s)) = container.data() else {
        return None;
    };
    if !s.is_ascii() {
        return None;
    }
    let bytes = s.as_str().as_bytes();
    ops::norm_index(i, bytes.len()).map(|j| crate::object::str::char_str(bytes[j] as char))
}

/// `container[sub]` for a tuple and an inline int in range.
#[inline(always)]
pub fn tuple_item(container: &Value, sub: &Value) -> Option<Value> {
    let i = sub.as_small_int()?;
    let t = container.as_tuple()?;
    ops::norm_index(i, t.len()).map(|j| t[j].clone())
}

/// `container[sub]` for an exact dict without keys that need Python
/// equality and a plain key: None if that does not hold, Some(None) when
/// the key is missing.
#[inline(always)]
pub fn dict_item(container: &Value, sub: &Value) -> Option<Option<Value>> {
    let Some(ObjData::Dict(d)) = container.data() else {
        return None;
    };
    let h = plain_key_hash(sub)?;
    let d = peek(d)?;
    if d.py_keys {
        return None;
    }
    Some(d.get(sub, h).cloned())
}

/// Whether `container[sub] = v` can be STORE_SUBSCR_DICT's.
#[inline(always)]
pub fn plain_dict_key(container: &Value, sub: &Value) -> bool {
    matches!(container.data(), Some(ObjData::Dict(d)) if !d.borrow().py_keys)
        && plain_key_hash(sub).is_some()
}

/// `container[sub] = value` after [`plain_dict_key`]; the old value.
#[inline(always)]
pub fn dict_store(container: &Value, sub: Value, value: Value) -> Option<Value> {
    let Some(ObjData::Dict(d)) = container.data() else {
        return None;
    };
    let h = plain_key_hash(&sub)?;
    let old = d.borrow_mut().insert(sub, h, value);
    old
}

/// Whether `container[sub]` is a list item at an inline int in range.
#[inline(always)]
pub fn list_index_fits(container: &Value, sub: &Value) -> bool {
    match (container.as_list(), sub.as_small_int()) {
        (Some(l), Some(i)) => peek(l).is_some_and(|l| ops::norm_index(i, l.len()).is_some()),
        _ => false,
    }
}

/// Replaces the list item [`list_index_fits`] confirmed; the old value.
#[inline(always)]
pub fn replace_list_item(container: &Value, sub: &Value, value: Value) -> Option<Value> {
    let mut l = container.as_list()?.borrow_mut();
    let j = ops::norm_index(sub.as_small_int()?, l.len())?;
    Some(std::mem::replace(&mut l[j], value))
}

/// `key in d` for an exact dict and a plain key (see [`dict_item`]).
#[inline(always)]
pub fn dict_contains(container: &Value, key: &Value) -> Option<bool> {
    dict_item(container, key).map(|v| v.is_some())
}

/// `key in s` for an exact set or frozenset whose keys need no Python
/// equality, and a plain key.
#[inline(always)]
pub fn set_contains(container: &Value, key: &Value) -> Option<bool> {
    let Some(ObjData::Set(s)) = container.data() else {
        return None;
    };
    let h = plain_key_hash(key)?;
    let s = peek(s)?;
    if s.py_keys {
        return None;
    }
    Some(s.contains(key, h))
}

/// BINARY_SUBSCR: lists and tuples by inline int, dicts by plain key.
///
/// # Safety
/// `this_instr` points to a running BINARY_SUBSCR (or member).
#[cold]
#[inline(never)]
pub unsafe fn binary_subscr(this_instr: *const CodeUnit, container: &Value, sub: &Value) {
    let member = if list_item(container, sub).is_some() {
        opcode::BINARY_SUBSCR_LIST_INT
    } else if tuple_item(container, sub).is_some() {
        opcode::BINARY_SUBSCR_TUPLE_INT
    } else if dict_item(container, sub).is_some() {
        opcode::BINARY_SUBSCR_DICT
    } else if str_item(container, sub).is_some() {
        opcode::BINARY_SUBSCR_STR_INT
    } else {
        failed(opcode::BINARY_SUBSCR, || {
            format!("{}[{}]", kind(container), kind(sub))
        });
        opcode::BINARY_SUBSCR
    };
    rewrite(this_instr, member, opcode::BINARY_SUBSCR);
}

/// STORE_SUBSCR: list items by inline int, dicts by plain key.
///
/// # Safety
/// `this_instr` points to a running STORE_SUBSCR (or member).
#[cold]
#[inline(never)]
pub unsafe fn store_subscr(this_instr: *const CodeUnit, container: &Value, sub: &Value) {
    let member = if list_index_fits(container, sub) {
        opcode::STORE_SUBSCR_LIST_INT
    } else if plain_dict_key(container, sub) {
        opcode::STORE_SUBSCR_DICT
    } else {
        failed(opcode::STORE_SUBSCR, || {
            format!("{}[{}]", kind(container), kind(sub))
        });
        opcode::STORE_SUBSCR
    };
    rewrite(this_instr, member, opcode::STORE_SUBSCR);
}

/// CONTAINS_OP: dicts and sets with plain keys.
///
/// # Safety
/// `this_instr` points to a running CONTAINS_OP (or member).
#[cold]
#[inline(never)]
pub unsafe fn contains_op(this_instr: *const CodeUnit, key: &Value, container: &Value) {
    let member = if dict_contains(container, key).is_some() {
        opcode::CONTAINS_OP_DICT
    } else if set_contains(container, key).is_some() {
        opcode::CONTAINS_OP_SET
    } else {
        failed(opcode::CONTAINS_OP, || {
            format!("{} in {}", kind(key), kind(container))
        });
        opcode::CONTAINS_OP
    };
    rewrite(this_instr, member, opcode::CONTAINS_OP);
}

// ---- UNPACK_SEQUENCE ----

/// UNPACK_SEQUENCE: tuples (two-tuples apart) and lists of the length
/// the instruction unpacks.
///
/// # Safety
/// `this_instr` points to a running UNPACK_SEQUENCE (or member).
#[cold]
#[inline(never)]
pub unsafe fn unpack_sequence(this_instr: *const CodeUnit, seq: &Value, oparg: u32) {
    let n = oparg as usize;
    let member = match seq.data() {
        Some(ObjData::Tuple(t)) if t.len() == n && n == 2 => opcode::UNPACK_SEQUENCE_TWO_TUPLE,
        Some(ObjData::Tuple(t)) if t.len() == n => opcode::UNPACK_SEQUENCE_TUPLE,
        Some(ObjData::List(l)) if l.borrow().len() == n => opcode::UNPACK_SEQUENCE_LIST,
        _ => {
            failed(opcode::UNPACK_SEQUENCE, || {
                format!("{} of {n} items", kind(seq))
            });
            opcode::UNPACK_SEQUENCE
        }
    };
    rewrite(this_instr, member, opcode::UNPACK_SEQUENCE);
}

// ---- STORE_ATTR ----

/// Whether a dict-form instance's dict entry `index` holds the name whose bits
/// the cache holds (only compared with the entry's key, never followed).
#[inline(always)]
pub fn instance_entry_is_bits(owner: &Value, name_bits: u64, index: u16) -> bool {
    let Some(inst) = owner.as_instance() else {
        return false;
    };
    // SAFETY: the references live only for this function, which runs no
    // other code.
    let Some(dd) = (unsafe { inst.dict_unguarded() }) else {
        return false;
    };
    let Ok(dd) = (unsafe { dd.try_borrow_unguarded() }) else {
        return false;
    };
    matches!(dd.entry_at(index as usize), Some((k, _)) if k.bits() == name_bits)
}

/// Replaces the value of the instance dict's entry `index` (which
/// [`instance_entry_is_bits`] has just confirmed), returning the old value so
/// the caller drops it after the dict's borrow ends.
#[inline(always)]
pub fn replace_instance_value(owner: &Value, index: u16, value: Value) -> Option<Value> {
    let d = owner.as_instance()?.dict_if_made();
    let old = d
        .as_dict()?
        .borrow_mut()
        .set_value_at(index as usize, value);
    old
}

/// Whether a values-form instance can take attribute `index` in place:
/// it has it, or has all those before it.
#[inline(always)]
pub fn can_store_value(owner: &Value, index: u16) -> bool {
    owner.as_instance().is_some_and(|i| i.can_store_at(index))
}

/// Stores attribute `index` (after [`can_store_value`]), returning the old
/// value for the caller to drop.
#[inline(always)]
pub fn store_value(owner: &Value, index: u16, value: Value) -> Option<Value> {
    owner.as_instance()?.store_at(index, value)
}

/// Whether the instance has slot `index`.
#[inline(always)]
pub fn has_slot(owner: &Value, index: u16) -> bool {
    owner
        .as_instance()
        .is_some_and(|i| (index as usize) < i.slots.borrow().len())
}

/// Sets slot `index` (which [`has_slot`] has just confirmed), returning the
/// old value.
#[inline(always)]
pub fn replace_slot(owner: &Value, index: u16, value: Value) -> Option<Value> {
    let inst = owner.as_instance()?;
    let mut slots = inst.slots.borrow_mut();
    let slot = slots.get_mut(index as usize)?;
    Some(std::mem::replace(slot, value))
}

/// STORE_ATTR: an instance value (replaced or appended), an existing
/// dict-form entry, or a slot, on a class without `__setattr__`.
///
/// # Safety
/// `this_instr` points to a running STORE_ATTR (or member).
#[cold]
#[inline(never)]
pub unsafe fn store_attr(vm: &mut Vm, this_instr: *const CodeUnit, owner: &Value, name: &Value) {
    let choice: Result<(u8, u32, u16), String> = (|| {
        let inst = owner
            .as_instance()
            .ok_or_else(|| format!("attribute of a {}", kind(owner)))?;
        let cls = inst.class.clone();
        let td = cls.as_type().ok_or("instance without a class")?;
        if !td.heap {
            return Err("instance of a builtin class".into());
        }
        if vm.attr_hooks(owner) & crate::object::types::hooks::SETATTR != 0 {
            return Err("class defines __setattr__".into());
        }
        let version = version_of(&cls)?;
        match vm.type_cache.lookup(&cls, name) {
            Some(d) => match d.data() {
                Some(ObjData::SlotMember(i, _, _)) => {
                    let i = u16::try_from(*i).map_err(|_| "slot index over 65535")?;
                    Ok((opcode::STORE_ATTR_SLOT, version, i))
                }
                // Any other class attribute may be a descriptor: generic.
                Some(d) => Err(format!(
                    "class attribute of the name ({})",
                    crate::object::data_kind_name(d)
                )),
                None => Err("class attribute of the name".into()),
            },
            None => {
                if !td.has_dict {
                    return Err("instances have no dict".into());
                }
                let d = inst.dict_if_made();
                let Some(dd) = d.as_dict() else {
                    // The values form: the name's index in the class's
                    // keys (added now if it is the next new name).
                    let i = inst
                        .values_slot(name)
                        .ok_or("attribute the values form cannot hold")?;
                    return Ok((opcode::STORE_ATTR_INSTANCE_VALUE, version, i as u16));
                };
                let dd = dd.borrow();
                let h = name.as_str().ok_or("name is not a str")?.hash();
                let i = dd
                    .index_of(name, h)
                    .ok_or("new attribute (not in the dict)")?;
                let (k, _) = dd.entry_at(i).ok_or("new attribute (not in the dict)")?;
                if !k.is(name) {
                    return Err("dict key is another str object".into());
                }
                let i = u16::try_from(i).map_err(|_| "entry index over 65535")?;
                Ok((opcode::STORE_ATTR_WITH_HINT, version, i))
            }
        }
    })();
    match choice {
        Ok((op, version, index)) => {
            // A site that has seen another class, or instances in both
            // forms, goes megamorphic.
            let prev = (*this_instr).opcode();
            let instance_ops = [
                opcode::STORE_ATTR_INSTANCE_VALUE,
                opcode::STORE_ATTR_WITH_HINT,
            ];
            let seen_other = (instance_ops.contains(&prev)
                && (prev != op || CacheImage::read(this_instr, 2).get_u32(1) != version))
                || prev == opcode::STORE_ATTR_INSTANCE_VALUE_MEGA;
            let op = if instance_ops.contains(&op) && seen_other {
                opcode::STORE_ATTR_INSTANCE_VALUE_MEGA
            } else {
                op
            };
            // The name's bits after the index: STORE_ATTR_WITH_HINT
            // compares the entry's key with them.
            CacheImage::default()
                .u32(1, version)
                .u16(3, index)
                .u64(4, name.bits())
                .write(this_instr);
            rewrite(this_instr, op, opcode::STORE_ATTR);
        }
        Err(why) => {
            failed(opcode::STORE_ATTR, || why);
            rewrite(this_instr, opcode::STORE_ATTR, opcode::STORE_ATTR)
        }
    }
}

// ---- FOR_ITER ----

/// One step of a list, tuple, range or str iterator: None if `iter` is
/// not one; Some(None) when it is exhausted.
#[inline(always)]
pub fn seq_iter_next(iter: &Value) -> Option<Option<Value>> {
    let Some(ObjData::Iter(cell)) = iter.data() else {
        return None;
    };
    let mut it = cell.borrow_mut();
    match &mut *it {
        crate::object::Iter::Range { next, stop, step } => {
            if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                let v = *next;
                *next = next.saturating_add(*step);
                Some(Some(Value::int(v)))
            } else {
                Some(None)
            }
        }
        crate::object::Iter::Seq { seq, index } => {
            let item = if let Some(l) = seq.as_list() {
                peek(l)?.get(*index).cloned()
            } else if let Some(t) = seq.as_tuple() {
                t.get(*index).cloned()
            } else {
                return None;
            };
            *index += 1;
            Some(item)
        }
        crate::object::Iter::Str { s, byte } => Some(ops::str_iter_step(s.as_str()?, byte)),
        _ => None,
    }
}

/// FOR_ITER: list, tuple and range iterators; generators (not when the
/// jump needs an EXTENDED_ARG: a generator's return re-runs the
/// FOR_ITER_GEN from its own unit, see `gen_return_to_caller`).
///
/// # Safety
/// `this_instr` points to a running FOR_ITER (or member).
#[cold]
#[inline(never)]
pub unsafe fn for_iter(this_instr: *const CodeUnit, iter: &Value) {
    // An UNPACK_SEQUENCE 2 right after the cache: FOR_ITER_PAIR runs it.
    let unpack2 = {
        let next = *this_instr.add(2);
        next.opcode() == opcode::UNPACK_SEQUENCE && next.oparg() == 2
    };
    let member = if seq_iter_next_kind(iter) {
        opcode::FOR_ITER_SEQ
    } else if unpack2 && pair_iter_ready(iter) {
        opcode::FOR_ITER_PAIR
    } else if plain_generator(iter).is_some() && !has_extended_arg(this_instr) {
        opcode::FOR_ITER_GEN
    } else {
        failed(opcode::FOR_ITER, || {
            use crate::object::Iter;
            match iter.data() {
                Some(ObjData::Iter(cell)) => match &*cell.borrow() {
                    Iter::Seq { .. } => "iterator over a list or tuple subclass",
                    Iter::Bytes { .. } => "bytes iterator",
                    Iter::Range { .. } | Iter::BigRange(_) => "big range iterator",
                    Iter::Str { .. } => "str iterator",
                    Iter::Dict { .. } => "dict iterator",
                    Iter::Enumerate { .. } => "enumerate",
                    Iter::Zip { .. } => "zip",
                    Iter::Reversed { .. } => "reversed",
                    Iter::GetItem { .. } => "__getitem__ iterator",
                    Iter::Map { .. } => "map",
                    Iter::Filter { .. } => "filter",
                    Iter::Callable { .. } => "callable iterator",
                    Iter::Set { .. } => "set iterator",
                    Iter::Done => "exhausted iterator",
                }
                .into(),
                _ => kind(iter),
            }
        });
        opcode::FOR_ITER
    };
    rewrite(this_instr, member, opcode::FOR_ITER);
}

/// FOR_ITER_GEN's guard: a generator (not a coroutine) that is not
/// running (finished is allowed: the loop ends).
#[inline(always)]
pub fn plain_generator(iter: &Value) -> Option<&crate::interp::generator::Generator> {
    match iter.data() {
        Some(ObjData::Generator(g))
            if g.kind == crate::interp::generator::GenKind::Generator && !g.running.get() =>
        {
            Some(g)
        }
        _ => None,
    }
}

/// Whether the unit before `this_instr` looks like an EXTENDED_ARG (a
/// cache entry may look like one too: then we only miss a chance).
///
/// # Safety
/// `this_instr` is not the first unit of its code (a FOR_ITER follows
/// the instruction that made its iterator).
unsafe fn has_extended_arg(this_instr: *const CodeUnit) -> bool {
    (*this_instr.sub(1)).opcode() == opcode::EXTENDED_ARG
}

/// Whether a list, tuple or range iterator has a next item.
#[inline]
fn seq_iter_has_next(iter: &Value) -> bool {
    let Some(ObjData::Iter(cell)) = iter.data() else {
        return false;
    };
    match &*cell.borrow() {
        crate::object::Iter::Range { next, stop, step } => {
            (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop)
        }
        crate::object::Iter::Seq { seq, index } => {
            if let Some(l) = seq.as_list() {
                *index < l.borrow().len()
            } else if let Some(t) = seq.as_tuple() {
                *index < t.len()
            } else {
                false
            }
        }
        _ => false,
    }
}

/// FOR_ITER_PAIR's guard: an enumerate (with an inline-int count) of a
/// list, tuple or range iterator, a zip of two different such iterators,
/// or a dict's items iterator, with a next pair.
#[inline(always)]
pub fn pair_iter_ready(iter: &Value) -> bool {
    let Some(ObjData::Iter(cell)) = iter.data() else {
        return false;
    };
    match &*cell.borrow() {
        crate::object::Iter::Enumerate { iter, count } => {
            count.is_small_int() && seq_iter_has_next(iter)
        }
        // Two different iterators: `zip(it, it)` takes its pair from one,
        // which may hold a single item where both checks see it.
        crate::object::Iter::Zip {
            iters,
            strict: false,
        } if iters.len() == 2 && !iters[0].is(&iters[1]) => {
            seq_iter_has_next(&iters[0]) && seq_iter_has_next(&iters[1])
        }
        crate::object::Iter::Dict {
            dict,
            index,
            kind: crate::object::DictViewKind::Items,
            len_at_start,
        } => {
            // Unchanged in size (else the generic form raises) and with a
            // live entry left.
            let d = dict.as_dict().expect("a dict iterator's dict").borrow();
            let mut at = *index;
            d.len() == *len_at_start && d.next_entry(&mut at).is_some()
        }
        _ => false,
    }
}

/// The next item of a list, tuple or range iterator that has one
/// (`seq_iter_has_next`, checked by the guard with no code run since).
fn seq_iter_take(iter: &Value) -> Value {
    seq_iter_next(iter)
        .flatten()
        .expect("the guard saw a next item")
}

/// FOR_ITER_PAIR: enumerate's count (then counted on), zip's first item,
/// or the next dict entry's key.
#[inline(never)]
pub fn pair_iter_first(iter: &Value) -> Value {
    let Some(ObjData::Iter(cell)) = iter.data() else {
        unreachable!("guarded: a pair iterator")
    };
    let mut st = cell.borrow_mut();
    match &mut *st {
        crate::object::Iter::Enumerate { count, .. } => {
            let c = std::mem::replace(count, Value::NULL);
            *count = ops::enumerate_next_count(&c);
            c
        }
        // The zip's own cell stays borrowed while its first iterator's
        // (another object's: a zip never holds itself) is taken from.
        crate::object::Iter::Zip { iters, .. } => seq_iter_take(&iters[0]),
        // The key of the next live entry; `index` moves past it, so the
        // value is at `index - 1` for `pair_iter_second`.
        crate::object::Iter::Dict { dict, index, .. } => {
            let d = dict.as_dict().expect("a dict iterator's dict").borrow();
            let (k, _) = d.next_entry(index).expect("the guard saw an entry");
            k.clone()
        }
        _ => unreachable!("guarded: a pair iterator"),
    }
}

/// FOR_ITER_PAIR: enumerate's item, zip's second item, or the value of
/// the dict entry whose key `pair_iter_first` gave.
#[inline(never)]
pub fn pair_iter_second(iter: &Value) -> Value {
    let Some(ObjData::Iter(cell)) = iter.data() else {
        unreachable!("guarded: a pair iterator")
    };
    // The enumerate's or zip's cell stays borrowed while the iterator it
    // holds (another object) is taken from.
    match &*cell.borrow() {
        crate::object::Iter::Enumerate { iter, .. } => seq_iter_take(iter),
        crate::object::Iter::Zip { iters, .. } => seq_iter_take(&iters[1]),
        crate::object::Iter::Dict { dict, index, .. } => {
            let d = dict.as_dict().expect("a dict iterator's dict").borrow();
            let (_, v) = d
                .entry_at(index - 1)
                .expect("pair_iter_first has just read this entry");
            v.clone()
        }
        _ => unreachable!("guarded: a pair iterator"),
    }
}

fn seq_iter_next_kind(iter: &Value) -> bool {
    match iter.data() {
        Some(ObjData::Iter(cell)) => match &*cell.borrow() {
            crate::object::Iter::Range { .. } => true,
            crate::object::Iter::Seq { seq, .. } => {
                seq.as_list().is_some() || seq.as_tuple().is_some()
            }
            crate::object::Iter::Str { .. } => true,
            _ => false,
        },
        _ => false,
    }
}
