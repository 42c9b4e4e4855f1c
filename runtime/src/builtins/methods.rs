//! Methods of the builtin types: `str`, `list`, `tuple`, `dict`, `int`,
//! `float`. Each is a builtin with `self` as `args[0]`. String indices are
//! code points. No `RefCell` borrow of a list or dict is held across a call
//! that can run Python code (comparisons, key functions, hashing of
//! arbitrary values): items are cloned out first.

use super::functions::{
    check_args, dict_insert, dict_update, index_clamped, index_i64, index_int, int_value,
    no_kwargs, parse_kwargs, py_isspace, reverse_flag,
};
use super::{new_builtin, split_kwargs, BuiltinFn};
use crate::interp::ops::{self, CmpOp};
use crate::interp::{PyResult, Vm};
use crate::object::int::{self, as_int, Int};
use crate::object::str::{new_str, search};
use crate::object::{alloc, new_dict, new_list, new_tuple, Dict, DictViewKind, ObjData, PyStr};
use crate::value::Value;
use std::cell::RefCell;
use std::cmp::Ordering;

pub(super) fn register(vm: &mut Vm) {
    let str_methods: &[(&'static str, BuiltinFn)] = &[
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("swapcase", str_swapcase),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("join", str_join),
        ("replace", str_replace),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("isdigit", str_isdigit),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("isascii", str_isascii),
        ("isidentifier", str_isidentifier),
        ("isprintable", str_isprintable),
        ("translate", str_translate),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("expandtabs", str_expandtabs),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
    ];
    let list_methods: &[(&'static str, BuiltinFn)] = &[
        ("append", list_append),
        ("extend", list_extend),
        ("insert", list_insert),
        ("pop", list_pop),
        ("remove", list_remove),
        ("index", list_index),
        ("count", list_count),
        ("reverse", list_reverse),
        ("sort", list_sort),
        ("copy", list_copy),
        ("clear", list_clear),
    ];
    let tuple_methods: &[(&'static str, BuiltinFn)] =
        &[("index", tuple_index), ("count", tuple_count)];
    let range_methods: &[(&'static str, BuiltinFn)] =
        &[("index", range_index), ("count", range_count)];
    let dict_methods: &[(&'static str, BuiltinFn)] = &[
        ("get", dict_get),
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("setdefault", dict_setdefault),
        ("update", dict_update_method),
        ("copy", dict_copy),
        ("clear", dict_clear),
    ];
    let int_methods: &[(&'static str, BuiltinFn)] = &[
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("conjugate", int_conjugate),
    ];
    let float_methods: &[(&'static str, BuiltinFn)] = &[
        ("is_integer", float_is_integer),
        ("conjugate", float_conjugate),
    ];
    let tables = [
        (vm.types.str_.clone(), str_methods),
        (vm.types.list.clone(), list_methods),
        (vm.types.tuple.clone(), tuple_methods),
        (vm.types.range.clone(), range_methods),
        (vm.types.dict.clone(), dict_methods),
        (vm.types.int.clone(), int_methods),
        (vm.types.float.clone(), float_methods),
    ];
    for (t, methods) in tables {
        let d = t.as_type().expect("a type").dict.clone();
        for (name, f) in methods {
            vm.dict_set_str(&d, name, new_builtin(name, *f, true));
        }
    }
    let sd = vm.types.str_.as_type().expect("a type").dict.clone();
    vm.dict_set_str(
        &sd,
        "maketrans",
        new_builtin("maketrans", str_maketrans, false),
    );
    register_numbers(vm);
    let sl = vm.types.slice.as_type().expect("a type").dict.clone();
    vm.dict_set_str(
        &sl,
        "indices",
        new_builtin("indices", slice_indices_method, true),
    );
    // dict.fromkeys is a classmethod; as a plain (unbound) builtin it works
    // both as `dict.fromkeys(...)` and `d.fromkeys(...)`.
    let d = vm.types.dict.as_type().expect("a type").dict.clone();
    vm.dict_set_str(
        &d,
        "fromkeys",
        new_builtin("fromkeys", dict_fromkeys, false),
    );
}

// ---------------------------------------------------------------------------
// `self` and argument helpers.
// ---------------------------------------------------------------------------

fn bad_self(vm: &Vm, args: &[Value], tname: &str, name: &str) -> crate::interp::PyErr {
    match args.first() {
        Some(v) => vm.type_error(format!(
            "descriptor '{name}' for '{tname}' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        )),
        None => vm.type_error(format!("unbound method {tname}.{name}() needs an argument")),
    }
}

fn self_str<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a PyStr> {
    args.first()
        .and_then(|v| v.as_str())
        .ok_or_else(|| bad_self(vm, args, "str", name))
}

fn self_list<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a RefCell<Vec<Value>>> {
    args.first()
        .and_then(|v| v.as_list())
        .ok_or_else(|| bad_self(vm, args, "list", name))
}

fn self_tuple<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a [Value]> {
    args.first()
        .and_then(|v| v.as_tuple())
        .ok_or_else(|| bad_self(vm, args, "tuple", name))
}

fn self_dict<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a RefCell<Dict>> {
    args.first()
        .and_then(|v| v.as_dict())
        .ok_or_else(|| bad_self(vm, args, "dict", name))
}

/// "str.upper() takes no arguments (1 given)".
fn no_args(vm: &Vm, qualname: &str, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    no_kwargs(vm, qualname, kwnames)?;
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "{qualname}() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(())
}

/// The one argument after self: "list.append() takes exactly one argument (0 given)".
fn one_method_arg<'a>(
    vm: &Vm,
    qualname: &str,
    args: &'a [Value],
    kwnames: Option<&Value>,
) -> PyResult<&'a Value> {
    no_kwargs(vm, qualname, kwnames)?;
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "{qualname}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    Ok(&args[1])
}

/// "find() takes at least 1 argument (0 given)" (the str methods' style).
fn str_arg_count(vm: &Vm, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let s = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return Err(vm.type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            s(min)
        )));
    }
    if n > max {
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            s(max)
        )));
    }
    Ok(())
}

/// A str argument: "must be str, not int".
fn str_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a PyStr> {
    v.as_str()
        .ok_or_else(|| vm.type_error(format!("must be str, not {}", vm.type_name(v))))
}

/// An optional slice index (None allowed).
fn opt_index(vm: &Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) => ops::slice_index(vm, v),
    }
}

/// CPython's ADJUST_INDICES: clamps `end` to `[0, len]` and `start` to
/// `>= 0` (a start past the end makes searches fail).
fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// The number of code points in `s[..byte]` of a str.
fn cp_count(s: &PyStr, prefix: &str) -> i64 {
    if s.is_ascii() {
        prefix.len() as i64
    } else {
        prefix.chars().count() as i64
    }
}

/// The result str: `orig` itself when unchanged.
fn str_result(orig: &Value, s: &str) -> Value {
    if orig.as_str().is_some_and(|o| o.as_str().len() == s.len()) {
        orig.clone()
    } else {
        new_str(s)
    }
}

/// Element search with Python's `is`-or-`==` test, on cloned items.
fn position_of(
    vm: &mut Vm,
    items: &[Value],
    x: &Value,
    start: usize,
    end: usize,
) -> PyResult<Option<usize>> {
    for (i, item) in items.iter().enumerate().take(end).skip(start) {
        if item.is(x) || ops::eq(vm, item, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn count_of(vm: &mut Vm, items: &[Value], x: &Value) -> PyResult<usize> {
    let mut n = 0;
    for item in items {
        if item.is(x) || ops::eq(vm, item, x)? {
            n += 1;
        }
    }
    Ok(n)
}

/// `start`/`stop` of list.index and tuple.index: slice-style, clamped.
fn seq_bounds(vm: &Vm, args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let norm = |v: Option<&Value>, default: usize| -> PyResult<usize> {
        match v {
            None => Ok(default),
            Some(v) => {
                let i = index_clamped(vm, v)?;
                let len = len as i64;
                Ok(if i < 0 {
                    (i.saturating_add(len)).max(0) as usize
                } else {
                    i.min(len) as usize
                })
            }
        }
    };
    Ok((norm(args.get(2), 0)?, norm(args.get(3), len)?))
}

// ---------------------------------------------------------------------------
// Unicode character properties (CPython 3.11, Unicode 14).
// ---------------------------------------------------------------------------

fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let u = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < u {
                std::cmp::Ordering::Less
            } else if lo > u {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// The value of a decimal digit (`str.isdecimal` characters), if `c` is one.
pub(super) fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    let u = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= u);
    if i > 0 && u - DECIMAL_ZEROS[i - 1] < 10 {
        Some(u - DECIMAL_ZEROS[i - 1])
    } else {
        None
    }
}

fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}
fn is_digit(c: char) -> bool {
    is_decimal(c) || (!c.is_ascii() && in_table(DIGIT_NOT_DECIMAL, c))
}
fn is_numeric(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_table(NUMERIC, c))
}
fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_table(ALPHA, c)
    }
}
fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}
/// Titlecase letters (category Lt).
fn is_title(c: char) -> bool {
    matches!(c as u32, 0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf | 0x1fbc | 0x1fcc | 0x1ffc)
}
fn is_upper(c: char) -> bool {
    c.is_uppercase()
}
fn is_lower(c: char) -> bool {
    c.is_lowercase()
}
fn is_cased(c: char) -> bool {
    is_upper(c) || is_lower(c) || is_title(c)
}

/// The full titlecase mapping of `c`.
fn push_title(out: &mut String, c: char) {
    let u = c as u32;
    let special: Option<&str> = match u {
        0xdf => Some("Ss"),
        0x1c4..=0x1c6 => Some("\u{1c5}"),
        0x1c7..=0x1c9 => Some("\u{1c8}"),
        0x1ca..=0x1cc => Some("\u{1cb}"),
        0x1f1..=0x1f3 => Some("\u{1f2}"),
        0x587 => Some("\u{535}\u{582}"),
        0x10d0..=0x10fa | 0x10fd..=0x10ff => return out.push(c),
        0x1f80..=0x1faf => {
            return out
                .push(char::from_u32(0x1f88 + (u & 0x7) + (u - 0x1f80) / 16 * 16).unwrap_or(c))
        }
        0x1fb2 => Some("\u{1fba}\u{345}"),
        0x1fb3 | 0x1fbc => Some("\u{1fbc}"),
        0x1fb4 => Some("\u{386}\u{345}"),
        0x1fb7 => Some("\u{391}\u{342}\u{345}"),
        0x1fc2 => Some("\u{1fca}\u{345}"),
        0x1fc3 | 0x1fcc => Some("\u{1fcc}"),
        0x1fc4 => Some("\u{389}\u{345}"),
        0x1fc7 => Some("\u{397}\u{342}\u{345}"),
        0x1ff2 => Some("\u{1ffa}\u{345}"),
        0x1ff3 | 0x1ffc => Some("\u{1ffc}"),
        0x1ff4 => Some("\u{38f}\u{345}"),
        0x1ff7 => Some("\u{3a9}\u{342}\u{345}"),
        0xfb00 => Some("Ff"),
        0xfb01 => Some("Fi"),
        0xfb02 => Some("Fl"),
        0xfb03 => Some("Ffi"),
        0xfb04 => Some("Ffl"),
        0xfb05 | 0xfb06 => Some("St"),
        0xfb13 => Some("\u{544}\u{576}"),
        0xfb14 => Some("\u{544}\u{565}"),
        0xfb15 => Some("\u{544}\u{56b}"),
        0xfb16 => Some("\u{54e}\u{576}"),
        0xfb17 => Some("\u{544}\u{56d}"),
        _ => None,
    };
    match special {
        Some(s) => out.push_str(s),
        None => out.extend(c.to_uppercase()),
    }
}

/// The full case folding of `c` (approximated by the lowercase mapping,
/// with the folds that differ from it for common characters).
fn push_casefold(out: &mut String, c: char) {
    match c {
        'ß' | 'ẞ' => out.push_str("ss"),
        'ſ' => out.push('s'),
        'µ' => out.push('μ'),
        'ς' => out.push('σ'),
        'ϐ' => out.push('β'),
        'ϑ' => out.push('θ'),
        'ϕ' => out.push('φ'),
        'ϖ' => out.push('π'),
        'ϰ' => out.push('κ'),
        'ϱ' => out.push('ρ'),
        'ϵ' => out.push('ε'),
        'ŉ' => out.push_str("ʼn"),
        '\u{345}' | 'ι' => out.push('ι'),
        'ﬀ' => out.push_str("ff"),
        'ﬁ' => out.push_str("fi"),
        'ﬂ' => out.push_str("fl"),
        'ﬃ' => out.push_str("ffi"),
        'ﬄ' => out.push_str("ffl"),
        'ﬅ' | 'ﬆ' => out.push_str("st"),
        _ => out.extend(c.to_lowercase()),
    }
}

// ---------------------------------------------------------------------------
// str
// ---------------------------------------------------------------------------

fn str_upper(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let s = self_str(vm, args, "upper")?;
    no_args(vm, "str.upper", args, kwnames)?;
    Ok(new_str(if s.is_ascii() {
        s.as_str().to_ascii_uppercase()
    } else {
        s.as_str().to_uppercase()
    }))
}

fn str_lower(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let s = self_str(vm, args, "lower")?;
    no_args(vm, "str.lower", args, kwnames)?;
    Ok(new_str(if s.is_ascii() {
        s.as_str().to_ascii_lowercase()
    } else {
        s.as_str().to_lowercase()
    }))
}

fn str_casefold(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let s = self_str(vm, args, "casefold")?;
    no_args(vm, "str.casefold", args, kwnames)?;
    if s.is_ascii() {
        return Ok(new_str(s.as_str().to_ascii_lowercase()));
    }
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        push_casefold(&mut out, c);
    }
    Ok(new_str(out))
}

fn str_title(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let s = self_str(vm, args, "title")?;
    no_args(vm, "str.title", args, kwnames)?;
    let mut out = String::with_capacity(s.as_str().len());
    let mut prev_cased = false;
    for c in s.as_str().chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    Ok(new_str(out))
}

fn str_capitalize(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let s = self_str(vm, args, "capitalize")?;
    no_args(vm, "str.capitalize", args, kwnames)?;
    let text = s.as_str();
    let Some(first) = text.chars().next() else {
        return Ok(args[0].clone());
    };
    let mut out = String::with_capacity(text.len());
    push_title(&mut out, first);
    // Lowercase the whole string (for final-sigma context), minus the first
    // character's lowercase form.
    let lowered = text.to_lowercase();
    let skip = first.to_lowercase().count();
    out.extend(lowered.chars().skip(skip));
    Ok(new_str(out))
}

fn str_swapcase(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let s = self_str(vm, args, "swapcase")?;
    no_args(vm, "str.swapcase", args, kwnames)?;
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        if is_upper(c) {
            out.extend(c.to_lowercase());
        } else if is_lower(c) {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(new_str(out))
}

fn strip_impl(
    vm: &mut Vm,
    args: &[Value],
    kwnames: Option<&Value>,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let s = self_str(vm, args, name)?;
    if kwnames.is_some() {
        // (The name is formatted only when there are keywords to refuse.)
        no_kwargs(vm, &format!("str.{name}"), kwnames)?;
    }
    check_args(vm, name, args.len() - 1, 0, 1)?;
    let text = s.as_str();
    let r = match args.get(1).filter(|v| !v.is_none()) {
        None => {
            let mut t = text;
            if left {
                t = t.trim_start_matches(py_isspace);
            }
            if right {
                t = t.trim_end_matches(py_isspace);
            }
            t
        }
        Some(chars) => {
            let Some(set) = chars.as_str() else {
                return Err(vm.type_error(format!("{name} arg must be None or str")));
            };
            let set = set.as_str();
            let f = |c: char| set.contains(c);
            let mut t = text;
            if left {
                t = t.trim_start_matches(f);
            }
            if right {
                t = t.trim_end_matches(f);
            }
            t
        }
    };
    Ok(str_result(&args[0], r))
}

fn str_strip(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    strip_impl(vm, args, kwnames, "strip", true, true)
}
fn str_lstrip(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    strip_impl(vm, args, kwnames, "lstrip", true, false)
}
fn str_rstrip(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    strip_impl(vm, args, kwnames, "rstrip", false, true)
}

/// `str.split()` with no separator (CPython's split_whitespace).
fn split_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut count = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    loop {
        rest = rest.trim_start_matches(py_isspace);
        if rest.is_empty() {
            break;
        }
        if count == 0 {
            out.push(rest);
            break;
        }
        count -= 1;
        let end = rest.find(py_isspace).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = &rest[end..];
    }
    out
}

fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut count = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    loop {
        rest = rest.trim_end_matches(py_isspace);
        if rest.is_empty() {
            break;
        }
        if count == 0 {
            out.push(rest);
            break;
        }
        count -= 1;
        let start = match rest.rfind(py_isspace) {
            Some(i) => i + rest[i..].chars().next().map_or(1, char::len_utf8),
            None => 0,
        };
        out.push(&rest[start..]);
        rest = &rest[..start];
    }
    out.reverse();
    out
}

fn split_impl(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>, rev: bool) -> PyResult<Value> {
    let name = if rev { "rsplit" } else { "split" };
    let s = self_str(vm, args, name)?;
    let (pos, kw) = parse_kwargs(vm, name, &args[1..], kwnames, &["sep", "maxsplit"])?;
    if args.len() - 1 > 2 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 2 arguments ({} given)",
            args.len() - 1
        )));
    }
    let sep = pos.first().or(kw[0]).filter(|v| !v.is_none());
    let maxsplit = match pos.get(1).or(kw[1]) {
        Some(m) => index_i64(vm, m)?,
        None => -1,
    };
    let text = s.as_str();
    let parts: Vec<&str> = match sep {
        None => {
            if rev {
                rsplit_whitespace(text, maxsplit)
            } else {
                split_whitespace(text, maxsplit)
            }
        }
        Some(sepv) => {
            let Some(sep) = sepv.as_str() else {
                return Err(
                    vm.type_error(format!("must be str or None, not {}", vm.type_name(sepv)))
                );
            };
            let sep = sep.as_str();
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            match (maxsplit < 0, rev) {
                (true, false) => search::split(text, sep, None),
                // From the right: overlapping separators match differently.
                (true, true) => {
                    let mut v: Vec<&str> = text.rsplit(sep).collect();
                    v.reverse();
                    v
                }
                (false, false) => search::split(text, sep, Some(maxsplit as usize)),
                (false, true) => {
                    let mut v: Vec<&str> = text.rsplitn(maxsplit as usize + 1, sep).collect();
                    v.reverse();
                    v
                }
            }
        }
    };
    Ok(new_list(parts.into_iter().map(new_str).collect()))
}

fn str_split(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    split_impl(vm, args, kwnames, false)
}
fn str_rsplit(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    split_impl(vm, args, kwnames, true)
}

fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn str_splitlines(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let s = self_str(vm, args, "splitlines")?;
    let (pos, kw) = parse_kwargs(vm, "splitlines", &args[1..], kwnames, &["keepends"])?;
    if args.len() - 1 > 1 {
        return Err(vm.type_error(format!(
            "splitlines() takes at most 1 argument ({} given)",
            args.len() - 1
        )));
    }
    let keepends = match pos.first().or(kw[0]) {
        Some(k) => !index_int(vm, k)?.is_zero(),
        None => false,
    };
    let text = s.as_str();
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_linebreak(c) {
            let mut eol = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = it.peek() {
                    it.next();
                    eol += 1;
                }
            }
            out.push(new_str(if keepends {
                &text[start..eol]
            } else {
                &text[start..i]
            }));
            start = eol;
        }
    }
    if start < text.len() {
        out.push(new_str(&text[start..]));
    }
    Ok(new_list(out))
}

fn str_join(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let sep = self_str(vm, args, "join")?;
    let iterable = one_method_arg(vm, "str.join", args, kwnames)?;
    let items: Vec<Value> = if let Some(l) = iterable.as_list() {
        l.borrow().clone()
    } else if let Some(t) = iterable.as_tuple() {
        t.to_vec()
    } else {
        let it = match ops::get_iter(vm, iterable) {
            Ok(it) => it,
            Err(e) if vm.is_instance_of(&e.0, &vm.exc.type_error) => {
                return Err(vm.type_error("can only join an iterable"))
            }
            Err(e) => return Err(e),
        };
        ops::collect_iter(vm, &it)?
    };
    // Items of str subclasses join as their str values.
    let items: Vec<Value> = items
        .into_iter()
        .map(|x| match x.as_str() {
            Some(_) => x,
            None => Vm::base_value(&x)
                .filter(|b| b.as_str().is_some())
                .unwrap_or(x),
        })
        .collect();
    let sep = sep.as_str();
    let mut total = sep.len() * items.len().saturating_sub(1);
    for (i, item) in items.iter().enumerate() {
        match item.as_str() {
            Some(s) => total += s.as_str().len(),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(item)
                )));
            }
        }
    }
    if items.len() == 1 {
        return Ok(items[0].clone());
    }
    let mut out = String::with_capacity(total);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(item.as_str().expect("checked").as_str());
    }
    Ok(new_str(out))
}

fn str_replace(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let s = self_str(vm, args, "replace")?;
    no_kwargs(vm, "replace", kwnames)?;
    check_args(vm, "replace", args.len() - 1, 2, 3)?;
    let mut parts = [""; 2];
    for (k, v) in args[1..3].iter().enumerate() {
        match v.as_str() {
            Some(x) => parts[k] = x.as_str(),
            None => {
                return Err(vm.type_error(format!(
                    "replace() argument {} must be str, not {}",
                    k + 1,
                    vm.type_name(v)
                )))
            }
        }
    }
    let count = match args.get(3) {
        Some(c) => index_clamped(vm, c)?,
        None => -1,
    };
    let text = s.as_str();
    if count == 0 || (!parts[0].is_empty() && search::find(text, parts[0]).is_none()) {
        return Ok(args[0].clone());
    }
    let limit = (count >= 0).then_some(count as usize);
    Ok(new_str(if parts[0].is_empty() {
        // Between every two characters (std's replace does that).
        if count < 0 {
            text.replace(parts[0], parts[1])
        } else {
            text.replacen(parts[0], parts[1], count as usize)
        }
    } else {
        search::replace(text, parts[0], parts[1], limit)
    }))
}

/// find/rfind/index/rindex/count's arguments: (sub, start, end) resolved.
fn search_args<'a>(
    vm: &Vm,
    args: &'a [Value],
    kwnames: Option<&Value>,
    name: &str,
) -> PyResult<(&'a PyStr, &'a PyStr, i64, i64)> {
    let s = self_str(vm, args, name)?;
    no_kwargs(vm, name, kwnames)?;
    str_arg_count(vm, name, args.len() - 1, 1, 3)?;
    let sub = str_arg(vm, &args[1])?;
    let (start, end) = adjust_indices(
        opt_index(vm, args.get(2))?,
        opt_index(vm, args.get(3))?,
        s.len(),
    );
    Ok((s, sub, start, end))
}

/// The code point index of `sub` in `s[start:end]`, or -1.
fn find_in(s: &PyStr, sub: &PyStr, start: i64, end: i64, rev: bool) -> i64 {
    if end - start < sub.len() as i64 {
        return -1;
    }
    let hay = s.substring(start as usize, end as usize);
    let found = if rev {
        search::rfind(hay, sub.as_str())
    } else {
        search::find(hay, sub.as_str())
    };
    match found {
        Some(b) => start + cp_count(s, &hay[..b]),
        None => -1,
    }
}

fn str_find(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (s, sub, start, end) = search_args(vm, args, kwnames, "find")?;
    Ok(Value::int(find_in(s, sub, start, end, false)))
}
fn str_rfind(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (s, sub, start, end) = search_args(vm, args, kwnames, "rfind")?;
    Ok(Value::int(find_in(s, sub, start, end, true)))
}
fn str_index(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (s, sub, start, end) = search_args(vm, args, kwnames, "index")?;
    match find_in(s, sub, start, end, false) {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::int(i)),
    }
}
fn str_rindex(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (s, sub, start, end) = search_args(vm, args, kwnames, "rindex")?;
    match find_in(s, sub, start, end, true) {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::int(i)),
    }
}
fn str_count(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (s, sub, start, end) = search_args(vm, args, kwnames, "count")?;
    if end - start < sub.len() as i64 {
        return Ok(Value::small_int(0));
    }
    if sub.is_empty() {
        return Ok(Value::int(end - start + 1));
    }
    let hay = s.substring(start as usize, end as usize);
    Ok(Value::int(search::count(hay, sub.as_str()) as i64))
}

fn tailmatch(s: &PyStr, sub: &PyStr, start: i64, end: i64, ends: bool) -> bool {
    if end - (sub.len() as i64) < start {
        return false;
    }
    let hay = s.substring(start as usize, end as usize);
    if ends {
        hay.ends_with(sub.as_str())
    } else {
        hay.starts_with(sub.as_str())
    }
}

fn starts_ends(
    vm: &mut Vm,
    args: &[Value],
    kwnames: Option<&Value>,
    ends: bool,
) -> PyResult<Value> {
    let name = if ends { "endswith" } else { "startswith" };
    let s = self_str(vm, args, name)?;
    no_kwargs(vm, name, kwnames)?;
    str_arg_count(vm, name, args.len() - 1, 1, 3)?;
    let (start, end) = adjust_indices(
        opt_index(vm, args.get(2))?,
        opt_index(vm, args.get(3))?,
        s.len(),
    );
    let what = &args[1];
    if let Some(t) = what.as_tuple() {
        for x in t.iter() {
            let Some(sub) = x.as_str() else {
                return Err(vm.type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    vm.type_name(x)
                )));
            };
            if tailmatch(s, sub, start, end, ends) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    match what.as_str() {
        Some(sub) => Ok(Value::bool(tailmatch(s, sub, start, end, ends))),
        None => Err(vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            vm.type_name(what)
        ))),
    }
}

fn str_startswith(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    starts_ends(vm, args, kwnames, false)
}
fn str_endswith(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    starts_ends(vm, args, kwnames, true)
}

/// A predicate true for non-empty strings whose every character passes `f`.
fn all_chars(
    vm: &Vm,
    args: &[Value],
    kwnames: Option<&Value>,
    name: &str,
    f: fn(char) -> bool,
) -> PyResult<Value> {
    let s = self_str(vm, args, name)?;
    if kwnames.is_some() || args.len() > 1 {
        no_args(vm, &format!("str.{name}"), args, kwnames)?;
    }
    Ok(Value::bool(!s.is_empty() && s.as_str().chars().all(f)))
}

fn str_isdigit(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    all_chars(vm, args, kwnames, "isdigit", is_digit)
}
fn str_isdecimal(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    all_chars(vm, args, kwnames, "isdecimal", is_decimal)
}
fn str_isnumeric(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    all_chars(vm, args, kwnames, "isnumeric", is_numeric)
}
fn str_isalpha(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    all_chars(vm, args, kwnames, "isalpha", is_alpha)
}
fn str_isalnum(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    all_chars(vm, args, kwnames, "isalnum", is_alnum)
}
fn str_isspace(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    all_chars(vm, args, kwnames, "isspace", py_isspace)
}

fn str_isupper(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let s = self_str(vm, args, "isupper")?;
    no_args(vm, "str.isupper", args, kwnames)?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if is_lower(c) || is_title(c) {
            return Ok(Value::FALSE);
        }
        cased |= is_upper(c);
    }
    Ok(Value::bool(cased))
}

fn str_islower(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let s = self_str(vm, args, "islower")?;
    no_args(vm, "str.islower", args, kwnames)?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if is_upper(c) || is_title(c) {
            return Ok(Value::FALSE);
        }
        cased |= is_lower(c);
    }
    Ok(Value::bool(cased))
}

fn str_istitle(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let s = self_str(vm, args, "istitle")?;
    no_args(vm, "str.istitle", args, kwnames)?;
    let (mut cased, mut prev_cased) = (false, false);
    for c in s.as_str().chars() {
        if is_upper(c) || is_title(c) {
            if prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::bool(cased))
}

fn str_isascii(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let s = self_str(vm, args, "isascii")?;
    no_args(vm, "str.isascii", args, kwnames)?;
    Ok(Value::bool(s.is_ascii()))
}

fn str_isprintable(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let s = self_str(vm, args, "isprintable")?;
    no_args(vm, "str.isprintable", args, kwnames)?;
    let ok = s
        .as_str()
        .chars()
        .all(|c| c == ' ' || !(c.is_control() || c.is_whitespace() || is_format_char(c)));
    Ok(Value::bool(ok))
}

/// Unicode format characters (category Cf) that are common in text.
fn is_format_char(c: char) -> bool {
    matches!(c as u32, 0xAD | 0x600..=0x605 | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0xFEFF)
}

/// `s.translate(table)`: each character looked up in `table` by code point.
fn str_translate(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let s = self_str(vm, args, "translate")?.as_str().to_string();
    no_kwargs(vm, "translate", kwnames)?;
    check_args(vm, "str.translate", args.len(), 2, 2)?;
    let table = args[1].clone();
    let mut out = String::new();
    for c in s.chars() {
        match ops::getitem(vm, &table, &Value::int(c as i64)) {
            Ok(v) if v.is_none() => {}
            Ok(v) => {
                if let Some(t) = v.as_str() {
                    out.push_str(t.as_str());
                } else if let Some(i) = as_int(&v) {
                    match i
                        .to_i64()
                        .and_then(|x| u32::try_from(x).ok())
                        .and_then(char::from_u32)
                    {
                        Some(ch) => out.push(ch),
                        None => {
                            return Err(
                                vm.value_error("character mapping must be in range(0x110000)")
                            )
                        }
                    }
                } else {
                    return Err(vm.type_error("character mapping must return integer, None or str"));
                }
            }
            Err(e) if vm.is_instance_of(&e.0, &vm.exc.lookup_error.clone()) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(new_str(out))
}

/// `str.maketrans(x[, y[, z]])`.
pub(super) fn str_maketrans(
    vm: &mut Vm,
    args: &[Value],
    kwnames: Option<&Value>,
) -> PyResult<Value> {
    no_kwargs(vm, "maketrans", kwnames)?;
    check_args(vm, "maketrans", args.len(), 1, 3)?;
    let d = crate::object::new_dict(Dict::new());
    if args.len() == 1 {
        let Some(src) = args[0].as_dict() else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        let pairs: Vec<(Value, Value)> = src
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for (k, v) in pairs {
            let key = match k.as_str() {
                Some(s) if s.as_str().chars().count() == 1 => {
                    Value::int(s.as_str().chars().next().expect("one char") as i64)
                }
                Some(_) => {
                    return Err(vm.value_error("string keys in translate table must be of length 1"))
                }
                None if as_int(&k).is_some() => k.clone(),
                None => {
                    return Err(vm.type_error("keys in translate table must be strings or integers"))
                }
            };
            ops::setitem(vm, &d, &key, v)?;
        }
        return Ok(d);
    }
    let (Some(x), Some(y)) = (args[0].as_str(), args[1].as_str()) else {
        return Err(vm.type_error("maketrans() argument 2 must be str"));
    };
    let (x, y): (Vec<char>, Vec<char>) =
        (x.as_str().chars().collect(), y.as_str().chars().collect());
    if x.len() != y.len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.iter().zip(y.iter()) {
        ops::setitem(vm, &d, &Value::int(*a as i64), Value::int(*b as i64))?;
    }
    if let Some(z) = args.get(2) {
        let Some(z) = z.as_str() else {
            return Err(vm.type_error("maketrans() argument 3 must be str"));
        };
        for c in z.as_str().chars() {
            ops::setitem(vm, &d, &Value::int(c as i64), Value::NONE)?;
        }
    }
    Ok(d)
}

fn str_isidentifier(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let s = self_str(vm, args, "isidentifier")?;
    no_args(vm, "str.isidentifier", args, kwnames)?;
    // Python's identifiers: XID_Start or '_', then XID_Continue.
    let mut chars = s.as_str().chars();
    let ok = match chars.next() {
        None => false,
        Some(c) => {
            (c == '_' || unicode_ident::is_xid_start(c))
                && chars.all(unicode_ident::is_xid_continue)
        }
    };
    Ok(Value::bool(ok))
}

/// width and fillchar of center/ljust/rjust.
fn pad_args(vm: &Vm, args: &[Value], kwnames: Option<&Value>, name: &str) -> PyResult<(i64, char)> {
    no_kwargs(vm, name, kwnames)?;
    check_args(vm, name, args.len() - 1, 1, 2)?;
    let width = index_i64(vm, &args[1])?;
    let fill = match args.get(2) {
        None => ' ',
        Some(f) => match f.as_str() {
            Some(fs) if fs.len() == 1 => fs.char_at(0),
            Some(_) => {
                return Err(vm.type_error("The fill character must be exactly one character long"))
            }
            None => {
                return Err(vm.type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    vm.type_name(f)
                )))
            }
        },
    };
    Ok((width, fill))
}

fn pad(s: &str, left: usize, right: usize, fill: char) -> Value {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    new_str(out)
}

fn str_center(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let s = self_str(vm, args, "center")?;
    let (width, fill) = pad_args(vm, args, kwnames, "center")?;
    let len = s.len() as i64;
    if width <= len {
        return Ok(args[0].clone());
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    Ok(pad(s.as_str(), left as usize, (marg - left) as usize, fill))
}

fn str_ljust(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let s = self_str(vm, args, "ljust")?;
    let (width, fill) = pad_args(vm, args, kwnames, "ljust")?;
    let len = s.len() as i64;
    if width <= len {
        return Ok(args[0].clone());
    }
    Ok(pad(s.as_str(), 0, (width - len) as usize, fill))
}

fn str_rjust(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let s = self_str(vm, args, "rjust")?;
    let (width, fill) = pad_args(vm, args, kwnames, "rjust")?;
    let len = s.len() as i64;
    if width <= len {
        return Ok(args[0].clone());
    }
    Ok(pad(s.as_str(), (width - len) as usize, 0, fill))
}

fn str_zfill(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let s = self_str(vm, args, "zfill")?;
    let w = one_method_arg(vm, "str.zfill", args, kwnames)?;
    let width = index_i64(vm, w)?;
    let len = s.len() as i64;
    if width <= len {
        return Ok(args[0].clone());
    }
    let fill = (width - len) as usize;
    let text = s.as_str();
    let mut out = String::with_capacity(width as usize);
    let rest = match text.as_bytes().first() {
        Some(b'+') | Some(b'-') => {
            out.push_str(&text[..1]);
            &text[1..]
        }
        _ => text,
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(new_str(out))
}

fn partition_impl(
    vm: &mut Vm,
    args: &[Value],
    kwnames: Option<&Value>,
    rev: bool,
) -> PyResult<Value> {
    let name = if rev { "rpartition" } else { "partition" };
    let s = self_str(vm, args, name)?;
    let sepv = match (kwnames, args) {
        (None, [_, sep]) => sep,
        _ => one_method_arg(vm, &format!("str.{name}"), args, kwnames)?,
    };
    let sep = str_arg(vm, sepv)?.as_str();
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let text = s.as_str();
    let found = if rev { text.rfind(sep) } else { text.find(sep) };
    Ok(new_tuple(match found {
        Some(i) => vec![
            new_str(&text[..i]),
            sepv.clone(),
            new_str(&text[i + sep.len()..]),
        ],
        None if rev => vec![new_str(""), new_str(""), args[0].clone()],
        None => vec![args[0].clone(), new_str(""), new_str("")],
    }))
}

fn str_partition(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    partition_impl(vm, args, kwnames, false)
}
fn str_rpartition(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    partition_impl(vm, args, kwnames, true)
}

fn str_expandtabs(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let s = self_str(vm, args, "expandtabs")?;
    let (pos, kw) = parse_kwargs(vm, "expandtabs", &args[1..], kwnames, &["tabsize"])?;
    if args.len() - 1 > 1 {
        return Err(vm.type_error(format!(
            "expandtabs() takes at most 1 argument ({} given)",
            args.len() - 1
        )));
    }
    let tabsize = match pos.first().or(kw[0]) {
        Some(t) => index_i64(vm, t)?,
        None => 8,
    };
    let mut out = String::with_capacity(s.as_str().len());
    let mut col: i64 = 0;
    for c in s.as_str().chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                col += incr;
                out.extend(std::iter::repeat_n(' ', incr as usize));
            }
        } else {
            col += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(new_str(out))
}

fn str_removeprefix(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let s = self_str(vm, args, "removeprefix")?;
    let p = one_method_arg(vm, "str.removeprefix", args, kwnames)?;
    let p = p.as_str().ok_or_else(|| {
        vm.type_error(format!(
            "removeprefix() argument must be str, not {}",
            vm.type_name(p)
        ))
    })?;
    Ok(match s.as_str().strip_prefix(p.as_str()) {
        Some(r) => str_result(&args[0], r),
        None => args[0].clone(),
    })
}

fn str_removesuffix(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let s = self_str(vm, args, "removesuffix")?;
    let p = one_method_arg(vm, "str.removesuffix", args, kwnames)?;
    let p = p.as_str().ok_or_else(|| {
        vm.type_error(format!(
            "removesuffix() argument must be str, not {}",
            vm.type_name(p)
        ))
    })?;
    Ok(match s.as_str().strip_suffix(p.as_str()) {
        Some(r) => str_result(&args[0], r),
        None => args[0].clone(),
    })
}

// ---------------------------------------------------------------------------
// list
// ---------------------------------------------------------------------------

pub(super) fn list_append(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let l = self_list(vm, args, "append")?;
    let x = one_method_arg(vm, "list.append", args, kwnames)?;
    l.borrow_mut().push(x.clone());
    Ok(Value::NONE)
}

fn list_extend(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let l = self_list(vm, args, "extend")?;
    let x = one_method_arg(vm, "list.extend", args, kwnames)?;
    let items = ops::iterate(vm, x)?;
    l.borrow_mut().extend(items);
    Ok(Value::NONE)
}

fn list_insert(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let l = self_list(vm, args, "insert")?;
    no_kwargs(vm, "insert", kwnames)?;
    check_args(vm, "insert", args.len() - 1, 2, 2)?;
    let i = index_i64(vm, &args[1])?;
    let mut items = l.borrow_mut();
    let n = items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(at as usize, args[2].clone());
    Ok(Value::NONE)
}

fn list_pop(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let l = self_list(vm, args, "pop")?;
    no_kwargs(vm, "pop", kwnames)?;
    check_args(vm, "pop", args.len() - 1, 0, 1)?;
    let i = match args.get(1) {
        Some(v) => index_i64(vm, v)?,
        None => -1,
    };
    let mut items = l.borrow_mut();
    if items.is_empty() {
        return Err(vm.index_error("pop from empty list"));
    }
    match ops::norm_index(i, items.len()) {
        Some(j) => Ok(items.remove(j)),
        None => Err(vm.index_error("pop index out of range")),
    }
}

fn list_remove(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let l = self_list(vm, args, "remove")?;
    let x = one_method_arg(vm, "list.remove", args, kwnames)?;
    let items = l.borrow().clone();
    match position_of(vm, &items, x, 0, items.len())? {
        Some(i) => {
            let removed = {
                let mut cur = l.borrow_mut();
                if i < cur.len() {
                    Some(cur.remove(i))
                } else {
                    None
                }
            };
            drop(removed);
            Ok(Value::NONE)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn list_index(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let l = self_list(vm, args, "index")?;
    no_kwargs(vm, "index", kwnames)?;
    check_args(vm, "index", args.len() - 1, 1, 3)?;
    let items = l.borrow().clone();
    let (start, end) = seq_bounds(vm, args, items.len())?;
    match position_of(vm, &items, &args[1], start, end)? {
        Some(i) => Ok(Value::int(i as i64)),
        None => {
            let r = ops::repr(vm, &args[1])?;
            Err(vm.value_error(format!("{r} is not in list")))
        }
    }
}

fn list_count(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let l = self_list(vm, args, "count")?;
    let x = one_method_arg(vm, "list.count", args, kwnames)?;
    let items = l.borrow().clone();
    Ok(Value::int(count_of(vm, &items, x)? as i64))
}

fn list_reverse(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let l = self_list(vm, args, "reverse")?;
    no_args(vm, "list.reverse", args, kwnames)?;
    l.borrow_mut().reverse();
    Ok(Value::NONE)
}

fn list_sort(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let l = self_list(vm, args, "sort")?;
    let (pos, kw) = parse_kwargs(vm, "sort", &args[1..], kwnames, &["key", "reverse"])?;
    if !pos.is_empty() {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let key = kw[0].filter(|k| !k.is_none()).cloned();
    let reverse = reverse_flag(vm, kw[1])?;
    // The list looks empty while it is sorted (as in CPython).
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let r = sort_values(vm, &mut items, key.as_ref(), reverse);
    let garbage = {
        let mut cur = l.borrow_mut();
        std::mem::replace(&mut *cur, items)
    };
    let modified = !garbage.is_empty();
    drop(garbage);
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::NONE)
}

fn list_copy(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let l = self_list(vm, args, "copy")?;
    no_args(vm, "list.copy", args, kwnames)?;
    let items = l.borrow().clone();
    Ok(new_list(items))
}

fn list_clear(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let l = self_list(vm, args, "clear")?;
    no_args(vm, "list.clear", args, kwnames)?;
    let old = std::mem::take(&mut *l.borrow_mut());
    drop(old);
    Ok(Value::NONE)
}

/// Sorts `items` stably by `key(item)` (or the items themselves) with
/// Python's `<`, as `list.sort` does. On error `items` is left unchanged.
pub(super) fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let mut keys: Option<Vec<Value>> = match key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for x in items.iter() {
                ks.push(vm.call(f, std::slice::from_ref(x), None)?);
            }
            Some(ks)
        }
        None => None,
    };
    if items.len() < 2 {
        return Ok(());
    }
    // Reversing before and after a stable sort keeps equal items in their
    // original order (CPython's approach).
    if reverse {
        items.reverse();
        if let Some(k) = keys.as_mut() {
            k.reverse();
        }
    }
    let order = {
        let ks: &[Value] = match keys.as_deref() {
            Some(k) => k,
            None => items.as_slice(),
        };
        match fast_order(ks) {
            Some(o) => Ok(o),
            None => merge_order(vm, ks),
        }
    };
    let order = match order {
        Ok(o) => o,
        Err(e) => {
            if reverse {
                items.reverse();
            }
            return Err(e);
        }
    };
    let mut taken: Vec<Value> = items.iter_mut().map(std::mem::take).collect();
    items.clear();
    items.extend(order.iter().map(|&i| std::mem::take(&mut taken[i])));
    if reverse {
        items.reverse();
    }
    Ok(())
}

/// The sorted order for homogeneous keys whose `<` is a total order known
/// here (small ints, non-NaN floats, strs); `None` otherwise.
fn fast_order(ks: &[Value]) -> Option<Vec<usize>> {
    let mut idx: Vec<usize> = (0..ks.len()).collect();
    if ks.iter().all(|k| k.is_small_int()) {
        idx.sort_by_key(|&i| ks[i].small_int_unchecked());
        return Some(idx);
    }
    if ks.iter().all(|k| k.as_float().is_some_and(|f| !f.is_nan())) {
        idx.sort_by(|&a, &b| {
            ks[a]
                .float_unchecked()
                .partial_cmp(&ks[b].float_unchecked())
                .expect("no NaN")
        });
        return Some(idx);
    }
    if ks.iter().all(|k| k.as_str().is_some()) {
        idx.sort_by(|&a, &b| {
            ks[a]
                .as_str()
                .expect("str")
                .as_str()
                .cmp(ks[b].as_str().expect("str").as_str())
        });
        return Some(idx);
    }
    if tuple_columns_total(ks) {
        // Every column holds only numbers or only strs, so tuple `<` is a
        // total order consistent with `==` and runs no Python code: a
        // stable sort by it gives the order CPython's timsort gives.
        idx.sort_by(|&a, &b| {
            let (x, y) = (
                ks[a].as_tuple().expect("tuple"),
                ks[b].as_tuple().expect("tuple"),
            );
            for (p, q) in x.iter().zip(y) {
                match ops::total_cmp(p, q) {
                    Ordering::Equal => {}
                    o => return o,
                }
            }
            x.len().cmp(&y.len())
        });
        return Some(idx);
    }
    None
}

/// Whether every key is a tuple and each tuple position holds, across all
/// keys that have it, only numbers (ints, bools, non-NaN floats) or only
/// strs.
fn tuple_columns_total(ks: &[Value]) -> bool {
    let mut kinds: Vec<ops::TotalKind> = Vec::new();
    for k in ks {
        let Some(t) = k.as_tuple() else {
            return false;
        };
        for (i, item) in t.iter().enumerate() {
            let Some(kind) = ops::total_kind(item) else {
                return false;
            };
            match kinds.get(i) {
                Some(&seen) if seen != kind => return false,
                Some(_) => {}
                None => kinds.push(kind),
            }
        }
    }
    true
}

/// A stable merge sort of indices into `ks` using Python's `<` (errors
/// propagate). Runs are built as CPython's timsort builds them (count_run
/// then binary insertion), so lists shorter than 64 are sorted with exactly
/// CPython's comparisons.
fn merge_order(vm: &mut Vm, ks: &[Value]) -> PyResult<Vec<usize>> {
    let n = ks.len();
    let lt = |vm: &mut Vm, a: usize, b: usize| ops::compare_bool(vm, &ks[a], &ks[b], CmpOp::Lt);
    let mut idx: Vec<usize> = (0..n).collect();
    let run = if n < 64 { n } else { 32 };
    let mut lo = 0;
    while lo < n {
        let hi = (lo + run).min(n);
        // count_run: a non-descending or strictly descending prefix.
        let mut k = lo + 1;
        if k < hi {
            if lt(vm, idx[k], idx[k - 1])? {
                k += 1;
                while k < hi && lt(vm, idx[k], idx[k - 1])? {
                    k += 1;
                }
                idx[lo..k].reverse();
            } else {
                k += 1;
                while k < hi && !lt(vm, idx[k], idx[k - 1])? {
                    k += 1;
                }
            }
        }
        // Binary insertion of the rest.
        for i in k..hi {
            let pivot = idx[i];
            let (mut l, mut r) = (lo, i);
            while l < r {
                let mid = l + ((r - l) >> 1);
                if lt(vm, pivot, idx[mid])? {
                    r = mid;
                } else {
                    l = mid + 1;
                }
            }
            idx[l..=i].rotate_right(1);
        }
        lo = hi;
    }
    let mut width = run;
    let mut buf = vec![0usize; n];
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                if lt(vm, idx[j], idx[i])? {
                    buf[k] = idx[j];
                    j += 1;
                } else {
                    buf[k] = idx[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + (mid - i)].copy_from_slice(&idx[i..mid]);
            k += mid - i;
            buf[k..k + (end - j)].copy_from_slice(&idx[j..end]);
            start = end;
        }
        std::mem::swap(&mut idx, &mut buf);
        width *= 2;
    }
    Ok(idx)
}

// ---------------------------------------------------------------------------
// tuple
// ---------------------------------------------------------------------------

fn tuple_index(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let t = self_tuple(vm, args, "index")?;
    no_kwargs(vm, "index", kwnames)?;
    check_args(vm, "index", args.len() - 1, 1, 3)?;
    let items = t.to_vec();
    let (start, end) = seq_bounds(vm, args, items.len())?;
    match position_of(vm, &items, &args[1], start, end)? {
        Some(i) => Ok(Value::int(i as i64)),
        None => Err(vm.value_error("tuple.index(x): x not in tuple")),
    }
}

fn tuple_count(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let t = self_tuple(vm, args, "count")?;
    let x = one_method_arg(vm, "tuple.count", args, kwnames)?;
    let items = t.to_vec();
    Ok(Value::int(count_of(vm, &items, x)? as i64))
}

// ---------------------------------------------------------------------------
// range
// ---------------------------------------------------------------------------

fn self_range(vm: &Vm, args: &[Value], name: &str) -> PyResult<Value> {
    match args.first() {
        Some(r) if matches!(r.data(), Some(ObjData::Range(_) | ObjData::BigRange(_))) => {
            Ok(r.clone())
        }
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'range' object"))),
    }
}

/// `range.index(x)`: arithmetic for ints, a search by equality otherwise.
fn range_index(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let r = self_range(vm, args, "index")?;
    let x = one_method_arg(vm, "range.index", args, kwnames)?.clone();
    if as_int(&x).is_some() && x.as_instance().is_none() {
        if !ops::contains(vm, &r, &x)? {
            let s = ops::repr(vm, &x)?;
            return Err(vm.value_error(format!("{s} is not in range")));
        }
        let [start, _, step, _] = ops::range_fields(&r).expect("a range");
        let off = ops::binary_op(vm, &x, &start, 10)?;
        return ops::binary_op(vm, &off, &step, 2);
    }
    let it = ops::get_iter(vm, &r)?;
    let mut i = 0i64;
    while let Some(v) = ops::iter_next(vm, &it)? {
        if ops::eq(vm, &v, &x)? {
            return Ok(Value::int(i));
        }
        i += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

fn range_count(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let r = self_range(vm, args, "count")?;
    let x = one_method_arg(vm, "range.count", args, kwnames)?.clone();
    if as_int(&x).is_some() && x.as_instance().is_none() {
        return Ok(Value::int(ops::contains(vm, &r, &x)? as i64));
    }
    let it = ops::get_iter(vm, &r)?;
    let mut n = 0i64;
    while let Some(v) = ops::iter_next(vm, &it)? {
        if ops::eq(vm, &v, &x)? {
            n += 1;
        }
    }
    Ok(Value::int(n))
}

// ---------------------------------------------------------------------------
// dict
// ---------------------------------------------------------------------------

/// For a key of a user class (whose `__eq__` may run Python code): its
/// entry index by Python equality (`Some(None)` if absent). None for keys
/// the dict compares itself.
fn py_key_index(vm: &mut Vm, dict: &Value, key: &Value, h: i64) -> PyResult<Option<Option<usize>>> {
    let py_keys = dict.as_dict().is_some_and(|d| d.borrow().py_keys);
    if !py_keys && !crate::object::dict::needs_py_eq(key) {
        return Ok(None);
    }
    Ok(Some(ops::dict_find_py(vm, dict, key, h)?))
}

fn dict_get(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let d = self_dict(vm, args, "get")?;
    no_kwargs(vm, "get", kwnames)?;
    check_args(vm, "get", args.len() - 1, 1, 2)?;
    let h = ops::hash(vm, &args[1])?;
    let found = match py_key_index(vm, &args[0], &args[1], h)? {
        Some(Some(i)) => d.borrow().value_at(i).cloned(),
        Some(None) => None,
        None => d.borrow().get(&args[1], h).cloned(),
    };
    Ok(found.unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::NONE)))
}

fn dict_view(
    vm: &mut Vm,
    args: &[Value],
    kwnames: Option<&Value>,
    kind: DictViewKind,
    name: &str,
) -> PyResult<Value> {
    self_dict(vm, args, name)?;
    if kwnames.is_some() || args.len() > 1 {
        no_args(vm, &format!("dict.{name}"), args, kwnames)?;
    }
    Ok(alloc(ObjData::DictView(kind, args[0].clone())))
}

fn dict_keys(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    dict_view(vm, args, kwnames, DictViewKind::Keys, "keys")
}
fn dict_values(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    dict_view(vm, args, kwnames, DictViewKind::Values, "values")
}
fn dict_items(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    dict_view(vm, args, kwnames, DictViewKind::Items, "items")
}

fn dict_pop(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let d = self_dict(vm, args, "pop")?;
    no_kwargs(vm, "pop", kwnames)?;
    check_args(vm, "pop", args.len() - 1, 1, 2)?;
    // An empty dict answers before the key is hashed (as CPython's).
    if d.borrow().is_empty() {
        return match args.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.key_error(args[1].clone())),
        };
    }
    let h = ops::hash(vm, &args[1])?;
    let removed = match py_key_index(vm, &args[0], &args[1], h)? {
        Some(Some(i)) => d.borrow_mut().remove_at(i),
        Some(None) => None,
        None => d.borrow_mut().remove(&args[1], h),
    };
    match removed {
        Some((_, v)) => Ok(v),
        None => match args.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.key_error(args[1].clone())),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let d = self_dict(vm, args, "popitem")?;
    no_args(vm, "dict.popitem", args, kwnames)?;
    let last = d.borrow_mut().pop_last();
    match last {
        Some((k, v)) => Ok(new_tuple(vec![k, v])),
        None => Err(vm.key_error(new_str("popitem(): dictionary is empty"))),
    }
}

fn dict_setdefault(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let d = self_dict(vm, args, "setdefault")?;
    no_kwargs(vm, "setdefault", kwnames)?;
    check_args(vm, "setdefault", args.len() - 1, 1, 2)?;
    let h = ops::hash(vm, &args[1])?;
    let found = match py_key_index(vm, &args[0], &args[1], h)? {
        Some(Some(i)) => d.borrow().value_at(i).cloned(),
        Some(None) => None,
        None => d.borrow().get(&args[1], h).cloned(),
    };
    if let Some(v) = found {
        return Ok(v);
    }
    let default = args.get(2).cloned().unwrap_or(Value::NONE);
    d.borrow_mut().insert(args[1].clone(), h, default.clone());
    Ok(default)
}

fn dict_update_method(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    self_dict(vm, args, "update")?;
    let (pos, kws) = split_kwargs(&args[1..], kwnames);
    check_args(vm, "update", pos.len(), 0, 1)?;
    if let Some(src) = pos.first() {
        dict_update(vm, &args[0], src)?;
    }
    for (name, v) in kws {
        dict_insert(vm, &args[0], new_str(name), v.clone())?;
    }
    Ok(Value::NONE)
}

fn dict_copy(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let d = self_dict(vm, args, "copy")?;
    no_args(vm, "dict.copy", args, kwnames)?;
    let copy = d.borrow().clone();
    Ok(new_dict(copy))
}

fn dict_clear(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let d = self_dict(vm, args, "clear")?;
    no_args(vm, "dict.clear", args, kwnames)?;
    let old = std::mem::take(&mut *d.borrow_mut());
    d.borrow_mut().version = old.version + 1;
    drop(old);
    Ok(Value::NONE)
}

/// `dict.fromkeys(iterable, value=None)` (a static builtin: no self).
fn dict_fromkeys(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "fromkeys", kwnames)?;
    check_args(vm, "fromkeys", args.len(), 1, 2)?;
    let value = args.get(1).cloned().unwrap_or(Value::NONE);
    let keys = ops::iterate(vm, &args[0])?;
    let d = new_dict(Dict::new());
    for k in keys {
        dict_insert(vm, &d, k, value.clone())?;
    }
    Ok(d)
}

// ---------------------------------------------------------------------------
// int and float
// ---------------------------------------------------------------------------

fn self_int<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<Int<'a>> {
    args.first()
        .and_then(as_int)
        .ok_or_else(|| bad_self(vm, args, "int", name))
}

fn int_bit_length(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let i = self_int(vm, args, "bit_length")?;
    no_args(vm, "int.bit_length", args, kwnames)?;
    Ok(Value::int(int::bit_length(&i) as i64))
}

fn int_bit_count(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let i = self_int(vm, args, "bit_count")?;
    no_args(vm, "int.bit_count", args, kwnames)?;
    let n = match &i {
        Int::Small(x) => x.unsigned_abs().count_ones() as i64,
        Int::Big(b) => b
            .magnitude()
            .iter_u64_digits()
            .map(|d| d.count_ones() as i64)
            .sum(),
    };
    Ok(Value::int(n))
}

fn int_conjugate(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let i = self_int(vm, args, "conjugate")?;
    no_args(vm, "int.conjugate", args, kwnames)?;
    Ok(int_value(&i))
}

fn self_float(vm: &Vm, args: &[Value], name: &str) -> PyResult<f64> {
    args.first()
        .and_then(|v| v.as_float())
        .ok_or_else(|| bad_self(vm, args, "float", name))
}

fn float_is_integer(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let x = self_float(vm, args, "is_integer")?;
    no_args(vm, "float.is_integer", args, kwnames)?;
    Ok(Value::bool(x.is_finite() && x.fract() == 0.0))
}

fn float_conjugate(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let x = self_float(vm, args, "conjugate")?;
    no_args(vm, "float.conjugate", args, kwnames)?;
    Ok(Value::float(x))
}

// ---------------------------------------------------------------------------
// Unicode tables, generated from CPython 3.11's unicodedata (Unicode 14.0).
// ---------------------------------------------------------------------------

/// Non-ASCII code points for which CPython 3.11's `str.isalpha` is true (Unicode 14).
static ALPHA: &[(u32, u32)] = &[
    (0xaa, 0xaa),
    (0xb5, 0xb5),
    (0xba, 0xba),
    (0xc0, 0xd6),
    (0xd8, 0xf6),
    (0xf8, 0x2c1),
    (0x2c6, 0x2d1),
    (0x2e0, 0x2e4),
    (0x2ec, 0x2ec),
    (0x2ee, 0x2ee),
    (0x370, 0x374),
    (0x376, 0x377),
    (0x37a, 0x37d),
    (0x37f, 0x37f),
    (0x386, 0x386),
    (0x388, 0x38a),
    (0x38c, 0x38c),
    (0x38e, 0x3a1),
    (0x3a3, 0x3f5),
    (0x3f7, 0x481),
    (0x48a, 0x52f),
    (0x531, 0x556),
    (0x559, 0x559),
    (0x560, 0x588),
    (0x5d0, 0x5ea),
    (0x5ef, 0x5f2),
    (0x620, 0x64a),
    (0x66e, 0x66f),
    (0x671, 0x6d3),
    (0x6d5, 0x6d5),
    (0x6e5, 0x6e6),
    (0x6ee, 0x6ef),
    (0x6fa, 0x6fc),
    (0x6ff, 0x6ff),
    (0x710, 0x710),
    (0x712, 0x72f),
    (0x74d, 0x7a5),
    (0x7b1, 0x7b1),
    (0x7ca, 0x7ea),
    (0x7f4, 0x7f5),
    (0x7fa, 0x7fa),
    (0x800, 0x815),
    (0x81a, 0x81a),
    (0x824, 0x824),
    (0x828, 0x828),
    (0x840, 0x858),
    (0x860, 0x86a),
    (0x870, 0x887),
    (0x889, 0x88e),
    (0x8a0, 0x8c9),
    (0x904, 0x939),
    (0x93d, 0x93d),
    (0x950, 0x950),
    (0x958, 0x961),
    (0x971, 0x980),
    (0x985, 0x98c),
    (0x98f, 0x990),
    (0x993, 0x9a8),
    (0x9aa, 0x9b0),
    (0x9b2, 0x9b2),
    (0x9b6, 0x9b9),
    (0x9bd, 0x9bd),
    (0x9ce, 0x9ce),
    (0x9dc, 0x9dd),
    (0x9df, 0x9e1),
    (0x9f0, 0x9f1),
    (0x9fc, 0x9fc),
    (0xa05, 0xa0a),
    (0xa0f, 0xa10),
    (0xa13, 0xa28),
    (0xa2a, 0xa30),
    (0xa32, 0xa33),
    (0xa35, 0xa36),
    (0xa38, 0xa39),
    (0xa59, 0xa5c),
    (0xa5e, 0xa5e),
    (0xa72, 0xa74),
    (0xa85, 0xa8d),
    (0xa8f, 0xa91),
    (0xa93, 0xaa8),
    (0xaaa, 0xab0),
    (0xab2, 0xab3),
    (0xab5, 0xab9),
    (0xabd, 0xabd),
    (0xad0, 0xad0),
    (0xae0, 0xae1),
    (0xaf9, 0xaf9),
    (0xb05, 0xb0c),
    (0xb0f, 0xb10),
    (0xb13, 0xb28),
    (0xb2a, 0xb30),
    (0xb32, 0xb33),
    (0xb35, 0xb39),
    (0xb3d, 0xb3d),
    (0xb5c, 0xb5d),
    (0xb5f, 0xb61),
    (0xb71, 0xb71),
    (0xb83, 0xb83),
    (0xb85, 0xb8a),
    (0xb8e, 0xb90),
    (0xb92, 0xb95),
    (0xb99, 0xb9a),
    (0xb9c, 0xb9c),
    (0xb9e, 0xb9f),
    (0xba3, 0xba4),
    (0xba8, 0xbaa),
    (0xbae, 0xbb9),
    (0xbd0, 0xbd0),
    (0xc05, 0xc0c),
    (0xc0e, 0xc10),
    (0xc12, 0xc28),
    (0xc2a, 0xc39),
    (0xc3d, 0xc3d),
    (0xc58, 0xc5a),
    (0xc5d, 0xc5d),
    (0xc60, 0xc61),
    (0xc80, 0xc80),
    (0xc85, 0xc8c),
    (0xc8e, 0xc90),
    (0xc92, 0xca8),
    (0xcaa, 0xcb3),
    (0xcb5, 0xcb9),
    (0xcbd, 0xcbd),
    (0xcdd, 0xcde),
    (0xce0, 0xce1),
    (0xcf1, 0xcf2),
    (0xd04, 0xd0c),
    (0xd0e, 0xd10),
    (0xd12, 0xd3a),
    (0xd3d, 0xd3d),
    (0xd4e, 0xd4e),
    (0xd54, 0xd56),
    (0xd5f, 0xd61),
    (0xd7a, 0xd7f),
    (0xd85, 0xd96),
    (0xd9a, 0xdb1),
    (0xdb3, 0xdbb),
    (0xdbd, 0xdbd),
    (0xdc0, 0xdc6),
    (0xe01, 0xe30),
    (0xe32, 0xe33),
    (0xe40, 0xe46),
    (0xe81, 0xe82),
    (0xe84, 0xe84),
    (0xe86, 0xe8a),
    (0xe8c, 0xea3),
    (0xea5, 0xea5),
    (0xea7, 0xeb0),
    (0xeb2, 0xeb3),
    (0xebd, 0xebd),
    (0xec0, 0xec4),
    (0xec6, 0xec6),
    (0xedc, 0xedf),
    (0xf00, 0xf00),
    (0xf40, 0xf47),
    (0xf49, 0xf6c),
    (0xf88, 0xf8c),
    (0x1000, 0x102a),
    (0x103f, 0x103f),
    (0x1050, 0x1055),
    (0x105a, 0x105d),
    (0x1061, 0x1061),
    (0x1065, 0x1066),
    (0x106e, 0x1070),
    (0x1075, 0x1081),
    (0x108e, 0x108e),
    (0x10a0, 0x10c5),
    (0x10c7, 0x10c7),
    (0x10cd, 0x10cd),
    (0x10d0, 0x10fa),
    (0x10fc, 0x1248),
    (0x124a, 0x124d),
    (0x1250, 0x1256),
    (0x1258, 0x1258),
    (0x125a, 0x125d),
    (0x1260, 0x1288),
    (0x128a, 0x128d),
    (0x1290, 0x12b0),
    (0x12b2, 0x12b5),
    (0x12b8, 0x12be),
    (0x12c0, 0x12c0),
    (0x12c2, 0x12c5),
    (0x12c8, 0x12d6),
    (0x12d8, 0x1310),
    (0x1312, 0x1315),
    (0x1318, 0x135a),
    (0x1380, 0x138f),
    (0x13a0, 0x13f5),
    (0x13f8, 0x13fd),
    (0x1401, 0x166c),
    (0x166f, 0x167f),
    (0x1681, 0x169a),
    (0x16a0, 0x16ea),
    (0x16f1, 0x16f8),
    (0x1700, 0x1711),
    (0x171f, 0x1731),
    (0x1740, 0x1751),
    (0x1760, 0x176c),
    (0x176e, 0x1770),
    (0x1780, 0x17b3),
    (0x17d7, 0x17d7),
    (0x17dc, 0x17dc),
    (0x1820, 0x1878),
    (0x1880, 0x1884),
    (0x1887, 0x18a8),
    (0x18aa, 0x18aa),
    (0x18b0, 0x18f5),
    (0x1900, 0x191e),
    (0x1950, 0x196d),
    (0x1970, 0x1974),
    (0x1980, 0x19ab),
    (0x19b0, 0x19c9),
    (0x1a00, 0x1a16),
    (0x1a20, 0x1a54),
    (0x1aa7, 0x1aa7),
    (0x1b05, 0x1b33),
    (0x1b45, 0x1b4c),
    (0x1b83, 0x1ba0),
    (0x1bae, 0x1baf),
    (0x1bba, 0x1be5),
    (0x1c00, 0x1c23),
    (0x1c4d, 0x1c4f),
    (0x1c5a, 0x1c7d),
    (0x1c80, 0x1c88),
    (0x1c90, 0x1cba),
    (0x1cbd, 0x1cbf),
    (0x1ce9, 0x1cec),
    (0x1cee, 0x1cf3),
    (0x1cf5, 0x1cf6),
    (0x1cfa, 0x1cfa),
    (0x1d00, 0x1dbf),
    (0x1e00, 0x1f15),
    (0x1f18, 0x1f1d),
    (0x1f20, 0x1f45),
    (0x1f48, 0x1f4d),
    (0x1f50, 0x1f57),
    (0x1f59, 0x1f59),
    (0x1f5b, 0x1f5b),
    (0x1f5d, 0x1f5d),
    (0x1f5f, 0x1f7d),
    (0x1f80, 0x1fb4),
    (0x1fb6, 0x1fbc),
    (0x1fbe, 0x1fbe),
    (0x1fc2, 0x1fc4),
    (0x1fc6, 0x1fcc),
    (0x1fd0, 0x1fd3),
    (0x1fd6, 0x1fdb),
    (0x1fe0, 0x1fec),
    (0x1ff2, 0x1ff4),
    (0x1ff6, 0x1ffc),
    (0x2071, 0x2071),
    (0x207f, 0x207f),
    (0x2090, 0x209c),
    (0x2102, 0x2102),
    (0x2107, 0x2107),
    (0x210a, 0x2113),
    (0x2115, 0x2115),
    (0x2119, 0x211d),
    (0x2124, 0x2124),
    (0x2126, 0x2126),
    (0x2128, 0x2128),
    (0x212a, 0x212d),
    (0x212f, 0x2139),
    (0x213c, 0x213f),
    (0x2145, 0x2149),
    (0x214e, 0x214e),
    (0x2183, 0x2184),
    (0x2c00, 0x2ce4),
    (0x2ceb, 0x2cee),
    (0x2cf2, 0x2cf3),
    (0x2d00, 0x2d25),
    (0x2d27, 0x2d27),
    (0x2d2d, 0x2d2d),
    (0x2d30, 0x2d67),
    (0x2d6f, 0x2d6f),
    (0x2d80, 0x2d96),
    (0x2da0, 0x2da6),
    (0x2da8, 0x2dae),
    (0x2db0, 0x2db6),
    (0x2db8, 0x2dbe),
    (0x2dc0, 0x2dc6),
    (0x2dc8, 0x2dce),
    (0x2dd0, 0x2dd6),
    (0x2dd8, 0x2dde),
    (0x2e2f, 0x2e2f),
    (0x3005, 0x3006),
    (0x3031, 0x3035),
    (0x303b, 0x303c),
    (0x3041, 0x3096),
    (0x309d, 0x309f),
    (0x30a1, 0x30fa),
    (0x30fc, 0x30ff),
    (0x3105, 0x312f),
    (0x3131, 0x318e),
    (0x31a0, 0x31bf),
    (0x31f0, 0x31ff),
    (0x3400, 0x4dbf),
    (0x4e00, 0xa48c),
    (0xa4d0, 0xa4fd),
    (0xa500, 0xa60c),
    (0xa610, 0xa61f),
    (0xa62a, 0xa62b),
    (0xa640, 0xa66e),
    (0xa67f, 0xa69d),
    (0xa6a0, 0xa6e5),
    (0xa717, 0xa71f),
    (0xa722, 0xa788),
    (0xa78b, 0xa7ca),
    (0xa7d0, 0xa7d1),
    (0xa7d3, 0xa7d3),
    (0xa7d5, 0xa7d9),
    (0xa7f2, 0xa801),
    (0xa803, 0xa805),
    (0xa807, 0xa80a),
    (0xa80c, 0xa822),
    (0xa840, 0xa873),
    (0xa882, 0xa8b3),
    (0xa8f2, 0xa8f7),
    (0xa8fb, 0xa8fb),
    (0xa8fd, 0xa8fe),
    (0xa90a, 0xa925),
    (0xa930, 0xa946),
    (0xa960, 0xa97c),
    (0xa984, 0xa9b2),
    (0xa9cf, 0xa9cf),
    (0xa9e0, 0xa9e4),
    (0xa9e6, 0xa9ef),
    (0xa9fa, 0xa9fe),
    (0xaa00, 0xaa28),
    (0xaa40, 0xaa42),
    (0xaa44, 0xaa4b),
    (0xaa60, 0xaa76),
    (0xaa7a, 0xaa7a),
    (0xaa7e, 0xaaaf),
    (0xaab1, 0xaab1),
    (0xaab5, 0xaab6),
    (0xaab9, 0xaabd),
    (0xaac0, 0xaac0),
    (0xaac2, 0xaac2),
    (0xaadb, 0xaadd),
    (0xaae0, 0xaaea),
    (0xaaf2, 0xaaf4),
    (0xab01, 0xab06),
    (0xab09, 0xab0e),
    (0xab11, 0xab16),
    (0xab20, 0xab26),
    (0xab28, 0xab2e),
    (0xab30, 0xab5a),
    (0xab5c, 0xab69),
    (0xab70, 0xabe2),
    (0xac00, 0xd7a3),
    (0xd7b0, 0xd7c6),
    (0xd7cb, 0xd7fb),
    (0xf900, 0xfa6d),
    (0xfa70, 0xfad9),
    (0xfb00, 0xfb06),
    (0xfb13, 0xfb17),
    (0xfb1d, 0xfb1d),
    (0xfb1f, 0xfb28),
    (0xfb2a, 0xfb36),
    (0xfb38, 0xfb3c),
    (0xfb3e, 0xfb3e),
    (0xfb40, 0xfb41),
    (0xfb43, 0xfb44),
    (0xfb46, 0xfbb1),
    (0xfbd3, 0xfd3d),
    (0xfd50, 0xfd8f),
    (0xfd92, 0xfdc7),
    (0xfdf0, 0xfdfb),
    (0xfe70, 0xfe74),
    (0xfe76, 0xfefc),
    (0xff21, 0xff3a),
    (0xff41, 0xff5a),
    (0xff66, 0xffbe),
    (0xffc2, 0xffc7),
    (0xffca, 0xffcf),
    (0xffd2, 0xffd7),
    (0xffda, 0xffdc),
    (0x10000, 0x1000b),
    (0x1000d, 0x10026),
    (0x10028, 0x1003a),
    (0x1003c, 0x1003d),
    (0x1003f, 0x1004d),
    (0x10050, 0x1005d),
    (0x10080, 0x100fa),
    (0x10280, 0x1029c),
    (0x102a0, 0x102d0),
    (0x10300, 0x1031f),
    (0x1032d, 0x10340),
    (0x10342, 0x10349),
    (0x10350, 0x10375),
    (0x10380, 0x1039d),
    (0x103a0, 0x103c3),
    (0x103c8, 0x103cf),
    (0x10400, 0x1049d),
    (0x104b0, 0x104d3),
    (0x104d8, 0x104fb),
    (0x10500, 0x10527),
    (0x10530, 0x10563),
    (0x10570, 0x1057a),
    (0x1057c, 0x1058a),
    (0x1058c, 0x10592),
    (0x10594, 0x10595),
    (0x10597, 0x105a1),
    (0x105a3, 0x105b1),
    (0x105b3, 0x105b9),
    (0x105bb, 0x105bc),
    (0x10600, 0x10736),
    (0x10740, 0x10755),
    (0x10760, 0x10767),
    (0x10780, 0x10785),
    (0x10787, 0x107b0),
    (0x107b2, 0x107ba),
    (0x10800, 0x10805),
    (0x10808, 0x10808),
    (0x1080a, 0x10835),
    (0x10837, 0x10838),
    (0x1083c, 0x1083c),
    (0x1083f, 0x10855),
    (0x10860, 0x10876),
    (0x10880, 0x1089e),
    (0x108e0, 0x108f2),
    (0x108f4, 0x108f5),
    (0x10900, 0x10915),
    (0x10920, 0x10939),
    (0x10980, 0x109b7),
    (0x109be, 0x109bf),
    (0x10a00, 0x10a00),
    (0x10a10, 0x10a13),
    (0x10a15, 0x10a17),
    (0x10a19, 0x10a35),
    (0x10a60, 0x10a7c),
    (0x10a80, 0x10a9c),
    (0x10ac0, 0x10ac7),
    (0x10ac9, 0x10ae4),
    (0x10b00, 0x10b35),
    (0x10b40, 0x10b55),
    (0x10b60, 0x10b72),
    (0x10b80, 0x10b91),
    (0x10c00, 0x10c48),
    (0x10c80, 0x10cb2),
    (0x10cc0, 0x10cf2),
    (0x10d00, 0x10d23),
    (0x10e80, 0x10ea9),
    (0x10eb0, 0x10eb1),
    (0x10f00, 0x10f1c),
    (0x10f27, 0x10f27),
    (0x10f30, 0x10f45),
    (0x10f70, 0x10f81),
    (0x10fb0, 0x10fc4),
    (0x10fe0, 0x10ff6),
    (0x11003, 0x11037),
    (0x11071, 0x11072),
    (0x11075, 0x11075),
    (0x11083, 0x110af),
    (0x110d0, 0x110e8),
    (0x11103, 0x11126),
    (0x11144, 0x11144),
    (0x11147, 0x11147),
    (0x11150, 0x11172),
    (0x11176, 0x11176),
    (0x11183, 0x111b2),
    (0x111c1, 0x111c4),
    (0x111da, 0x111da),
    (0x111dc, 0x111dc),
    (0x11200, 0x11211),
    (0x11213, 0x1122b),
    (0x11280, 0x11286),
    (0x11288, 0x11288),
    (0x1128a, 0x1128d),
    (0x1128f, 0x1129d),
    (0x1129f, 0x112a8),
    (0x112b0, 0x112de),
    (0x11305, 0x1130c),
    (0x1130f, 0x11310),
    (0x11313, 0x11328),
    (0x1132a, 0x11330),
    (0x11332, 0x11333),
    (0x11335, 0x11339),
    (0x1133d, 0x1133d),
    (0x11350, 0x11350),
    (0x1135d, 0x11361),
    (0x11400, 0x11434),
    (0x11447, 0x1144a),
    (0x1145f, 0x11461),
    (0x11480, 0x114af),
    (0x114c4, 0x114c5),
    (0x114c7, 0x114c7),
    (0x11580, 0x115ae),
    (0x115d8, 0x115db),
    (0x11600, 0x1162f),
    (0x11644, 0x11644),
    (0x11680, 0x116aa),
    (0x116b8, 0x116b8),
    (0x11700, 0x1171a),
    (0x11740, 0x11746),
    (0x11800, 0x1182b),
    (0x118a0, 0x118df),
    (0x118ff, 0x11906),
    (0x11909, 0x11909),
    (0x1190c, 0x11913),
    (0x11915, 0x11916),
    (0x11918, 0x1192f),
    (0x1193f, 0x1193f),
    (0x11941, 0x11941),
    (0x119a0, 0x119a7),
    (0x119aa, 0x119d0),
    (0x119e1, 0x119e1),
    (0x119e3, 0x119e3),
    (0x11a00, 0x11a00),
    (0x11a0b, 0x11a32),
    (0x11a3a, 0x11a3a),
    (0x11a50, 0x11a50),
    (0x11a5c, 0x11a89),
    (0x11a9d, 0x11a9d),
    (0x11ab0, 0x11af8),
    (0x11c00, 0x11c08),
    (0x11c0a, 0x11c2e),
    (0x11c40, 0x11c40),
    (0x11c72, 0x11c8f),
    (0x11d00, 0x11d06),
    (0x11d08, 0x11d09),
    (0x11d0b, 0x11d30),
    (0x11d46, 0x11d46),
    (0x11d60, 0x11d65),
    (0x11d67, 0x11d68),
    (0x11d6a, 0x11d89),
    (0x11d98, 0x11d98),
    (0x11ee0, 0x11ef2),
    (0x11fb0, 0x11fb0),
    (0x12000, 0x12399),
    (0x12480, 0x12543),
    (0x12f90, 0x12ff0),
    (0x13000, 0x1342e),
    (0x14400, 0x14646),
    (0x16800, 0x16a38),
    (0x16a40, 0x16a5e),
    (0x16a70, 0x16abe),
    (0x16ad0, 0x16aed),
    (0x16b00, 0x16b2f),
    (0x16b40, 0x16b43),
    (0x16b63, 0x16b77),
    (0x16b7d, 0x16b8f),
    (0x16e40, 0x16e7f),
    (0x16f00, 0x16f4a),
    (0x16f50, 0x16f50),
    (0x16f93, 0x16f9f),
    (0x16fe0, 0x16fe1),
    (0x16fe3, 0x16fe3),
    (0x17000, 0x187f7),
    (0x18800, 0x18cd5),
    (0x18d00, 0x18d08),
    (0x1aff0, 0x1aff3),
    (0x1aff5, 0x1affb),
    (0x1affd, 0x1affe),
    (0x1b000, 0x1b122),
    (0x1b150, 0x1b152),
    (0x1b164, 0x1b167),
    (0x1b170, 0x1b2fb),
    (0x1bc00, 0x1bc6a),
    (0x1bc70, 0x1bc7c),
    (0x1bc80, 0x1bc88),
    (0x1bc90, 0x1bc99),
    (0x1d400, 0x1d454),
    (0x1d456, 0x1d49c),
    (0x1d49e, 0x1d49f),
    (0x1d4a2, 0x1d4a2),
    (0x1d4a5, 0x1d4a6),
    (0x1d4a9, 0x1d4ac),
    (0x1d4ae, 0x1d4b9),
    (0x1d4bb, 0x1d4bb),
    (0x1d4bd, 0x1d4c3),
    (0x1d4c5, 0x1d505),
    (0x1d507, 0x1d50a),
    (0x1d50d, 0x1d514),
    (0x1d516, 0x1d51c),
    (0x1d51e, 0x1d539),
    (0x1d53b, 0x1d53e),
    (0x1d540, 0x1d544),
    (0x1d546, 0x1d546),
    (0x1d54a, 0x1d550),
    (0x1d552, 0x1d6a5),
    (0x1d6a8, 0x1d6c0),
    (0x1d6c2, 0x1d6da),
    (0x1d6dc, 0x1d6fa),
    (0x1d6fc, 0x1d714),
    (0x1d716, 0x1d734),
    (0x1d736, 0x1d74e),
    (0x1d750, 0x1d76e),
    (0x1d770, 0x1d788),
    (0x1d78a, 0x1d7a8),
    (0x1d7aa, 0x1d7c2),
    (0x1d7c4, 0x1d7cb),
    (0x1df00, 0x1df1e),
    (0x1e100, 0x1e12c),
    (0x1e137, 0x1e13d),
    (0x1e14e, 0x1e14e),
    (0x1e290, 0x1e2ad),
    (0x1e2c0, 0x1e2eb),
    (0x1e7e0, 0x1e7e6),
    (0x1e7e8, 0x1e7eb),
    (0x1e7ed, 0x1e7ee),
    (0x1e7f0, 0x1e7fe),
    (0x1e800, 0x1e8c4),
    (0x1e900, 0x1e943),
    (0x1e94b, 0x1e94b),
    (0x1ee00, 0x1ee03),
    (0x1ee05, 0x1ee1f),
    (0x1ee21, 0x1ee22),
    (0x1ee24, 0x1ee24),
    (0x1ee27, 0x1ee27),
    (0x1ee29, 0x1ee32),
    (0x1ee34, 0x1ee37),
    (0x1ee39, 0x1ee39),
    (0x1ee3b, 0x1ee3b),
    (0x1ee42, 0x1ee42),
    (0x1ee47, 0x1ee47),
    (0x1ee49, 0x1ee49),
    (0x1ee4b, 0x1ee4b),
    (0x1ee4d, 0x1ee4f),
    (0x1ee51, 0x1ee52),
    (0x1ee54, 0x1ee54),
    (0x1ee57, 0x1ee57),
    (0x1ee59, 0x1ee59),
    (0x1ee5b, 0x1ee5b),
    (0x1ee5d, 0x1ee5d),
    (0x1ee5f, 0x1ee5f),
    (0x1ee61, 0x1ee62),
    (0x1ee64, 0x1ee64),
    (0x1ee67, 0x1ee6a),
    (0x1ee6c, 0x1ee72),
    (0x1ee74, 0x1ee77),
    (0x1ee79, 0x1ee7c),
    (0x1ee7e, 0x1ee7e),
    (0x1ee80, 0x1ee89),
    (0x1ee8b, 0x1ee9b),
    (0x1eea1, 0x1eea3),
    (0x1eea5, 0x1eea9),
    (0x1eeab, 0x1eebb),
    (0x20000, 0x2a6df),
    (0x2a700, 0x2b738),
    (0x2b740, 0x2b81d),
    (0x2b820, 0x2cea1),
    (0x2ceb0, 0x2ebe0),
    (0x2f800, 0x2fa1d),
    (0x30000, 0x3134a),
];

/// Non-ASCII code points for which `str.isnumeric` is true.
static NUMERIC: &[(u32, u32)] = &[
    (0xb2, 0xb3),
    (0xb9, 0xb9),
    (0xbc, 0xbe),
    (0x660, 0x669),
    (0x6f0, 0x6f9),
    (0x7c0, 0x7c9),
    (0x966, 0x96f),
    (0x9e6, 0x9ef),
    (0x9f4, 0x9f9),
    (0xa66, 0xa6f),
    (0xae6, 0xaef),
    (0xb66, 0xb6f),
    (0xb72, 0xb77),
    (0xbe6, 0xbf2),
    (0xc66, 0xc6f),
    (0xc78, 0xc7e),
    (0xce6, 0xcef),
    (0xd58, 0xd5e),
    (0xd66, 0xd78),
    (0xde6, 0xdef),
    (0xe50, 0xe59),
    (0xed0, 0xed9),
    (0xf20, 0xf33),
    (0x1040, 0x1049),
    (0x1090, 0x1099),
    (0x1369, 0x137c),
    (0x16ee, 0x16f0),
    (0x17e0, 0x17e9),
    (0x17f0, 0x17f9),
    (0x1810, 0x1819),
    (0x1946, 0x194f),
    (0x19d0, 0x19da),
    (0x1a80, 0x1a89),
    (0x1a90, 0x1a99),
    (0x1b50, 0x1b59),
    (0x1bb0, 0x1bb9),
    (0x1c40, 0x1c49),
    (0x1c50, 0x1c59),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2150, 0x2182),
    (0x2185, 0x2189),
    (0x2460, 0x249b),
    (0x24ea, 0x24ff),
    (0x2776, 0x2793),
    (0x2cfd, 0x2cfd),
    (0x3007, 0x3007),
    (0x3021, 0x3029),
    (0x3038, 0x303a),
    (0x3192, 0x3195),
    (0x3220, 0x3229),
    (0x3248, 0x324f),
    (0x3251, 0x325f),
    (0x3280, 0x3289),
    (0x32b1, 0x32bf),
    (0x3405, 0x3405),
    (0x3483, 0x3483),
    (0x382a, 0x382a),
    (0x3b4d, 0x3b4d),
    (0x4e00, 0x4e00),
    (0x4e03, 0x4e03),
    (0x4e07, 0x4e07),
    (0x4e09, 0x4e09),
    (0x4e5d, 0x4e5d),
    (0x4e8c, 0x4e8c),
    (0x4e94, 0x4e94),
    (0x4e96, 0x4e96),
    (0x4ebf, 0x4ec0),
    (0x4edf, 0x4edf),
    (0x4ee8, 0x4ee8),
    (0x4f0d, 0x4f0d),
    (0x4f70, 0x4f70),
    (0x5104, 0x5104),
    (0x5146, 0x5146),
    (0x5169, 0x5169),
    (0x516b, 0x516b),
    (0x516d, 0x516d),
    (0x5341, 0x5341),
    (0x5343, 0x5345),
    (0x534c, 0x534c),
    (0x53c1, 0x53c4),
    (0x56db, 0x56db),
    (0x58f1, 0x58f1),
    (0x58f9, 0x58f9),
    (0x5e7a, 0x5e7a),
    (0x5efe, 0x5eff),
    (0x5f0c, 0x5f0e),
    (0x5f10, 0x5f10),
    (0x62fe, 0x62fe),
    (0x634c, 0x634c),
    (0x67d2, 0x67d2),
    (0x6f06, 0x6f06),
    (0x7396, 0x7396),
    (0x767e, 0x767e),
    (0x8086, 0x8086),
    (0x842c, 0x842c),
    (0x8cae, 0x8cae),
    (0x8cb3, 0x8cb3),
    (0x8d30, 0x8d30),
    (0x9621, 0x9621),
    (0x9646, 0x9646),
    (0x964c, 0x964c),
    (0x9678, 0x9678),
    (0x96f6, 0x96f6),
    (0xa620, 0xa629),
    (0xa6e6, 0xa6ef),
    (0xa830, 0xa835),
    (0xa8d0, 0xa8d9),
    (0xa900, 0xa909),
    (0xa9d0, 0xa9d9),
    (0xa9f0, 0xa9f9),
    (0xaa50, 0xaa59),
    (0xabf0, 0xabf9),
    (0xf96b, 0xf96b),
    (0xf973, 0xf973),
    (0xf978, 0xf978),
    (0xf9b2, 0xf9b2),
    (0xf9d1, 0xf9d1),
    (0xf9d3, 0xf9d3),
    (0xf9fd, 0xf9fd),
    (0xff10, 0xff19),
    (0x10107, 0x10133),
    (0x10140, 0x10178),
    (0x1018a, 0x1018b),
    (0x102e1, 0x102fb),
    (0x10320, 0x10323),
    (0x10341, 0x10341),
    (0x1034a, 0x1034a),
    (0x103d1, 0x103d5),
    (0x104a0, 0x104a9),
    (0x10858, 0x1085f),
    (0x10879, 0x1087f),
    (0x108a7, 0x108af),
    (0x108fb, 0x108ff),
    (0x10916, 0x1091b),
    (0x109bc, 0x109bd),
    (0x109c0, 0x109cf),
    (0x109d2, 0x109ff),
    (0x10a40, 0x10a48),
    (0x10a7d, 0x10a7e),
    (0x10a9d, 0x10a9f),
    (0x10aeb, 0x10aef),
    (0x10b58, 0x10b5f),
    (0x10b78, 0x10b7f),
    (0x10ba9, 0x10baf),
    (0x10cfa, 0x10cff),
    (0x10d30, 0x10d39),
    (0x10e60, 0x10e7e),
    (0x10f1d, 0x10f26),
    (0x10f51, 0x10f54),
    (0x10fc5, 0x10fcb),
    (0x11052, 0x1106f),
    (0x110f0, 0x110f9),
    (0x11136, 0x1113f),
    (0x111d0, 0x111d9),
    (0x111e1, 0x111f4),
    (0x112f0, 0x112f9),
    (0x11450, 0x11459),
    (0x114d0, 0x114d9),
    (0x11650, 0x11659),
    (0x116c0, 0x116c9),
    (0x11730, 0x1173b),
    (0x118e0, 0x118f2),
    (0x11950, 0x11959),
    (0x11c50, 0x11c6c),
    (0x11d50, 0x11d59),
    (0x11da0, 0x11da9),
    (0x11fc0, 0x11fd4),
    (0x12400, 0x1246e),
    (0x16a60, 0x16a69),
    (0x16ac0, 0x16ac9),
    (0x16b50, 0x16b59),
    (0x16b5b, 0x16b61),
    (0x16e80, 0x16e96),
    (0x1d2e0, 0x1d2f3),
    (0x1d360, 0x1d378),
    (0x1d7ce, 0x1d7ff),
    (0x1e140, 0x1e149),
    (0x1e2f0, 0x1e2f9),
    (0x1e8c7, 0x1e8cf),
    (0x1e950, 0x1e959),
    (0x1ec71, 0x1ecab),
    (0x1ecad, 0x1ecaf),
    (0x1ecb1, 0x1ecb4),
    (0x1ed01, 0x1ed2d),
    (0x1ed2f, 0x1ed3d),
    (0x1f100, 0x1f10c),
    (0x1fbf0, 0x1fbf9),
    (0x20001, 0x20001),
    (0x20064, 0x20064),
    (0x200e2, 0x200e2),
    (0x20121, 0x20121),
    (0x2092a, 0x2092a),
    (0x20983, 0x20983),
    (0x2098c, 0x2098c),
    (0x2099c, 0x2099c),
    (0x20aea, 0x20aea),
    (0x20afd, 0x20afd),
    (0x20b19, 0x20b19),
    (0x22390, 0x22390),
    (0x22998, 0x22998),
    (0x23b1b, 0x23b1b),
    (0x2626d, 0x2626d),
    (0x2f890, 0x2f890),
];

/// Non-ASCII code points for which `str.isdigit` is true but `str.isdecimal` is false.
static DIGIT_NOT_DECIMAL: &[(u32, u32)] = &[
    (0xb2, 0xb3),
    (0xb9, 0xb9),
    (0x1369, 0x1371),
    (0x19da, 0x19da),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2460, 0x2468),
    (0x2474, 0x247c),
    (0x2488, 0x2490),
    (0x24ea, 0x24ea),
    (0x24f5, 0x24fd),
    (0x24ff, 0x24ff),
    (0x2776, 0x277e),
    (0x2780, 0x2788),
    (0x278a, 0x2792),
    (0x10a40, 0x10a43),
    (0x10e60, 0x10e68),
    (0x11052, 0x1105a),
    (0x1f100, 0x1f10a),
];

/// The zero of every block of ten decimal digits (`str.isdecimal`), beyond ASCII.
static DECIMAL_ZEROS: &[u32] = &[
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
    0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

// ---- number methods: ratios, float hex, complex ----

pub(super) fn register_numbers(vm: &mut Vm) {
    let id = vm.types.int.as_type().expect("a type").dict.clone();
    vm.dict_set_str(
        &id,
        "as_integer_ratio",
        new_builtin("as_integer_ratio", int_as_integer_ratio, true),
    );
    let fd = vm.types.float.as_type().expect("a type").dict.clone();
    vm.dict_set_str(
        &fd,
        "as_integer_ratio",
        new_builtin("as_integer_ratio", float_as_integer_ratio, true),
    );
    vm.dict_set_str(&fd, "hex", new_builtin("hex", float_hex, true));
    vm.dict_set_str(&fd, "fromhex", new_builtin("fromhex", float_fromhex, false));
    let cd = vm.types.complex.as_type().expect("a type").dict.clone();
    vm.dict_set_str(
        &cd,
        "conjugate",
        new_builtin("conjugate", complex_conjugate, true),
    );
}

fn slice_indices_method(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "indices", kwnames)?;
    check_args(vm, "slice.indices", args.len(), 2, 2)?;
    let Some(ObjData::Slice(s)) = args[0].data() else {
        return Err(vm.type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let n = ops::index_of(vm, &args[1], "slice")?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step, _) = ops::slice_indices(vm, s, n as usize)?;
    Ok(new_tuple(vec![
        Value::int(start),
        Value::int(stop),
        Value::int(step),
    ]))
}

fn int_as_integer_ratio(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "int.as_integer_ratio", args, kwnames)?;
    let Some(i) = args.first().and_then(as_int) else {
        return Err(vm.type_error("descriptor 'as_integer_ratio' requires an 'int' object"));
    };
    Ok(new_tuple(vec![
        int::add(&i, &Int::Small(0)),
        Value::small_int(1),
    ]))
}

fn float_as_integer_ratio(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let x = self_float(vm, args, "as_integer_ratio")?;
    no_args(vm, "float.as_integer_ratio", args, kwnames)?;
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    // x = m * 2**e with m an integer.
    let bits = x.to_bits();
    let sign = if bits >> 63 == 1 { -1i64 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if exp == 0 {
        (frac, -1074i64)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    if m == 0 {
        return Ok(new_tuple(vec![Value::small_int(0), Value::small_int(1)]));
    }
    while m & 1 == 0 && e < 0 {
        m >>= 1;
        e += 1;
    }
    let num = num_bigint::BigInt::from(m) * sign;
    if e >= 0 {
        let n = num << (e as usize);
        return Ok(new_tuple(vec![int::from_big(n), Value::small_int(1)]));
    }
    let den = num_bigint::BigInt::from(1) << ((-e) as usize);
    Ok(new_tuple(vec![int::from_big(num), int::from_big(den)]))
}

fn float_hex(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let x = self_float(vm, args, "hex")?;
    no_args(vm, "float.hex", args, kwnames)?;
    if x.is_nan() {
        return Ok(new_str("nan"));
    }
    if x.is_infinite() {
        return Ok(new_str(if x > 0.0 { "inf" } else { "-inf" }));
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 && frac == 0 {
        return Ok(new_str(format!("{sign}0x0.0p+0")));
    }
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    let esign = if e < 0 { '-' } else { '+' };
    Ok(new_str(format!(
        "{sign}0x{lead}.{frac:013x}p{esign}{}",
        e.abs()
    )))
}

fn float_fromhex(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "fromhex", kwnames)?;
    let s = match args.last().and_then(|v| v.as_str()) {
        Some(s) => s.as_str().trim().to_string(),
        None => return Err(vm.type_error("fromhex() argument must be str")),
    };
    let bad = || vm.value_error("invalid hexadecimal floating-point string");
    let (neg, t) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(&s)),
    };
    let lower = t.to_ascii_lowercase();
    let v = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            let body = lower.strip_prefix("0x").unwrap_or(&lower);
            let (mant, exp) = match body.split_once('p') {
                Some((m, e)) => (m, e.parse::<i64>().map_err(|_| bad())?),
                None => (body, 0),
            };
            let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
            if ip.is_empty() && fp.is_empty() {
                return Err(bad());
            }
            let mut m = num_bigint::BigUint::default();
            for c in ip.chars().chain(fp.chars()) {
                m = m * 16u32 + c.to_digit(16).ok_or_else(bad)?;
            }
            match hex_to_f64(&m, exp - 4 * fp.len() as i64) {
                Some(v) => v,
                None => {
                    return Err(
                        vm.overflow_error("hexadecimal value too large to represent as a float")
                    )
                }
            }
        }
    };
    Ok(Value::float(if neg { -v } else { v }))
}

/// `m * 2**e` correctly rounded (half to even) to a float, subnormals
/// included; None when it is too large.
fn hex_to_f64(m: &num_bigint::BigUint, e: i64) -> Option<f64> {
    use num_traits::{ToPrimitive, Zero};
    if m.is_zero() {
        return Some(0.0);
    }
    let top = m.bits() as i64 - 1 + e;
    if top > 1023 {
        return None;
    }
    if top < -1075 {
        // Below half the smallest subnormal: rounds to zero.
        return Some(0.0);
    }
    // The weight of the last bit kept: 53 bits, or fewer when subnormal.
    let lsb = (top - 52).max(-1074);
    let shift = lsb - e;
    let mut q: u64 = if shift <= 0 {
        (m << (-shift) as usize).to_u64()?
    } else {
        let s = shift as usize;
        let kept = m >> s;
        let rest = m - (&kept << s);
        let half = num_bigint::BigUint::from(1u32) << (s - 1);
        let mut k = kept.to_u64().unwrap_or(0);
        if rest > half || (rest == half && k & 1 == 1) {
            k += 1;
        }
        k
    };
    let mut lsb = lsb;
    if q == 1 << 53 {
        q = 1 << 52;
        lsb += 1;
    }
    let bits = if q >= 1 << 52 {
        let biased = lsb + 52 + 1023;
        if biased >= 2047 {
            return None;
        }
        ((biased as u64) << 52) | (q - (1 << 52))
    } else {
        q
    };
    Some(f64::from_bits(bits))
}

fn complex_conjugate(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "complex.conjugate", args, kwnames)?;
    match args.first().and_then(|v| v.data()) {
        Some(ObjData::Complex(r, i)) => Ok(alloc(ObjData::Complex(*r, -*i))),
        _ => Err(vm.type_error("descriptor 'conjugate' requires a 'complex' object")),
    }
}
