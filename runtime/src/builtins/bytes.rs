//! `bytes` and `bytearray`: construction, repr, the operators `ops` calls
//! (indexing, slicing, `+`, `*`, `in`, comparison, hashing), their methods,
//! `str.encode`/`bytes.decode`, and `int.to_bytes`/`int.from_bytes`.
//!
//! Many methods mean for bytes what they mean for str on the latin-1
//! decoding of the bytes (a one-to-one mapping of 0..=255 to code points),
//! so those delegate to the str methods and map the results back; the ones
//! where bytes differ (ASCII-only case and classes, ASCII whitespace,
//! line breaks) are written here.

use super::functions::{check_args, no_kwargs, parse_kwargs};
use super::{new_builtin, BuiltinFn};
use crate::interp::{ops, PyErr, PyResult, Vm};
use crate::object::int::as_int;
use crate::object::str::new_str;
use crate::object::{alloc, new_list, new_tuple, ObjData};
use crate::value::Value;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};
use std::cell::RefCell;

pub fn new_bytes(b: Vec<u8>) -> Value {
    alloc(ObjData::Bytes(b.into_boxed_slice()))
}
pub fn new_bytearray(b: Vec<u8>) -> Value {
    alloc(ObjData::ByteArray(RefCell::new(b)))
}

/// The bytes of a bytes-like value (bytes, bytearray, or a subclass
/// instance of one), copied.
pub fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    match v.data() {
        Some(ObjData::Bytes(b)) => Some(b.to_vec()),
        Some(ObjData::ByteArray(b)) => Some(b.borrow().clone()),
        Some(ObjData::MemoryView(m)) if !m.released.get() => Some(m.bytes()),
        Some(ObjData::Instance(i)) if !i.base.is_null() => bytes_of(&i.base),
        _ => None,
    }
}

fn is_bytearray(v: &Value) -> bool {
    matches!(v.data(), Some(ObjData::ByteArray(_)))
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}
fn from_latin1(s: &str) -> Vec<u8> {
    s.chars().map(|c| c as u32 as u8).collect()
}

/// `b'...'`, as CPython writes it.
/// `repr(bytearray)`'s bytes part: as bytes', except that a single quote
/// is always escaped (a CPython quirk: `bytearray(b"\'")`).
pub fn repr_bytearray(b: &[u8]) -> String {
    let r = repr(b, "b");
    if !r.starts_with("b\"") {
        return r;
    }
    let inner = &r[2..r.len() - 1];
    format!("b\"{}\"", inner.replace('\'', "\\'"))
}

pub fn repr(b: &[u8], prefix: &str) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = format!("{prefix}{quote}");
    for &c in b {
        match c {
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\\' => out.push_str("\\\\"),
            c if c as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

/// `bytes(...)` / `bytearray(...)`: from an int (zeros), a str with an
/// encoding, a bytes-like value, or an iterable of ints.
pub fn construct(
    vm: &mut Vm,
    args: &[Value],
    kwnames: Option<&Value>,
    mutable: bool,
) -> PyResult<Value> {
    let name = if mutable { "bytearray" } else { "bytes" };
    let (pos, kw) = parse_kwargs(vm, name, args, kwnames, &["source", "encoding", "errors"])?;
    check_args(vm, name, pos.len(), 0, 3)?;
    let source = pos.first().or(kw[0]);
    let encoding = pos.get(1).or(kw[1]);
    let errors = pos.get(2).or(kw[2]);
    let data: Vec<u8> = match source {
        None => Vec::new(),
        Some(s) if s.as_str().is_some() => {
            let Some(enc) = encoding else {
                return Err(vm.type_error("string argument without an encoding"));
            };
            let text = s.as_str().expect("a str").as_str().to_string();
            encode(vm, &text, enc, errors)?
        }
        Some(s) => {
            if encoding.is_some() {
                return Err(vm.type_error("encoding without a string argument"));
            }
            // bytes(x) asks x.__bytes__() first (bytearray does not).
            if !mutable {
                if let Some(r) = vm.try_special(s, "__bytes__", &[])? {
                    let base = crate::interp::Vm::base_value(&r);
                    let is_bytes = |v: &Value| matches!(v.data(), Some(ObjData::Bytes(_)));
                    if !is_bytes(&r) && !base.as_ref().is_some_and(is_bytes) {
                        return Err(vm.type_error(format!(
                            "__bytes__ returned non-bytes (type {})",
                            vm.type_name(&r)
                        )));
                    }
                    return Ok(r);
                }
            }
            if let Some(b) = bytes_of(s) {
                if !mutable && matches!(s.data(), Some(ObjData::Bytes(_))) {
                    return Ok(s.clone());
                }
                b
            } else if let Some(n) = as_int(s) {
                let n = n.to_i64().ok_or_else(|| {
                    vm.overflow_error("cannot fit 'int' into an index-sized integer")
                })?;
                if n < 0 {
                    return Err(vm.value_error("negative count"));
                }
                vec![0; n as usize]
            } else {
                let items = ops::iterate(vm, s).map_err(|_| {
                    vm.type_error(format!(
                        "cannot convert '{}' object to {name}",
                        vm.type_name(s)
                    ))
                })?;
                let mut out = Vec::with_capacity(items.len());
                for x in items {
                    out.push(byte_value(vm, &x, "bytes must be in range(0, 256)")?);
                }
                out
            }
        }
    };
    Ok(if mutable {
        new_bytearray(data)
    } else {
        new_bytes(data)
    })
}

/// An int in 0..=255.
fn byte_value(vm: &Vm, x: &Value, range_msg: &str) -> PyResult<u8> {
    let Some(i) = as_int(x) else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(x)
        )));
    };
    match i.to_i64() {
        Some(n) if (0..=255).contains(&n) => Ok(n as u8),
        _ => Err(vm.value_error(range_msg)),
    }
}

fn encoding_name(vm: &Vm, enc: Option<&Value>) -> PyResult<String> {
    match enc {
        None => Ok("utf-8".into()),
        Some(e) => match e.as_str() {
            Some(s) => Ok(s.as_str().to_lowercase().replace('_', "-")),
            None => Err(vm.type_error(format!(
                "encode() argument 'encoding' must be str, not {}",
                vm.type_name(e)
            ))),
        },
    }
}

fn errors_name(errors: Option<&Value>) -> String {
    errors
        .and_then(|e| e.as_str().map(|s| s.as_str().to_string()))
        .unwrap_or_else(|| "strict".into())
}

/// `text.encode(encoding, errors)` for utf-8, ascii and latin-1.
pub fn encode(vm: &Vm, text: &str, enc: &Value, errors: Option<&Value>) -> PyResult<Vec<u8>> {
    encode_with(
        vm,
        text,
        &encoding_name(vm, Some(enc))?,
        &errors_name(errors),
    )
}

/// The wide Unicode codecs: (code unit size, big-endian, with a BOM).
fn wide_codec(enc: &str) -> Option<(usize, bool, bool)> {
    Some(match enc.replace(['-', '_'], "").as_str() {
        "utf16" => (2, false, true),
        "utf16le" => (2, false, false),
        "utf16be" => (2, true, false),
        "utf32" => (4, false, true),
        "utf32le" => (4, false, false),
        "utf32be" => (4, true, false),
        _ => return None,
    })
}

fn is_cp1252(enc: &str) -> bool {
    matches!(
        enc.replace(['-', '_'], "").as_str(),
        "cp1252" | "windows1252"
    )
}

/// Windows-1252's bytes 0x80..=0x9F (0 where the byte is undefined); the
/// other bytes are their Latin-1 code points.
const CP1252_HIGH: [u16; 32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
    0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
];

fn cp1252_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if u < 0x80 || (0xA0..0x100).contains(&u) {
        return Some(u as u8);
    }
    CP1252_HIGH
        .iter()
        .position(|&x| x != 0 && x as u32 == u)
        .map(|i| 0x80 + i as u8)
}

/// What an encode error handler puts for `c` (None: raise).
fn encode_replacement(errors: &str, c: char) -> Option<Vec<u8>> {
    match errors {
        "ignore" => Some(Vec::new()),
        "replace" => Some(b"?".to_vec()),
        "backslashreplace" => Some(escape_char(c).into_bytes()),
        "xmlcharrefreplace" => Some(format!("&#{};", c as u32).into_bytes()),
        _ => None,
    }
}

/// For ASCII and Latin-1 (normalized names): the first code point they
/// cannot hold.
pub(super) fn single_byte_limit(enc: &str) -> Option<u32> {
    match enc {
        "ascii" | "us-ascii" => Some(0x80),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => Some(0x100),
        _ => None,
    }
}

/// Whether `enc` (lowercased, `_` as `-`) names a codec this module has.
pub(super) fn is_known_codec(enc: &str) -> bool {
    matches!(enc, "utf-8" | "utf8" | "utf-8-sig" | "utf8-sig")
        || single_byte_limit(enc).is_some()
        || wide_codec(enc).is_some()
        || is_cp1252(enc)
}

/// UnicodeDecodeError(encoding, object, start, end, reason), as CPython's
/// codecs raise it (its str is built from these by `exception_str`).
pub(crate) fn decode_error(
    vm: &Vm,
    enc: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    PyErr(vm.new_exception(
        &vm.exc.unicode_decode_error,
        vec![
            new_str(enc),
            new_bytes(data.to_vec()),
            Value::int(start as i64),
            Value::int(end as i64),
            new_str(reason),
        ],
    ))
}

/// UnicodeEncodeError(encoding, object, start, end, reason); `start`
/// and `end` count characters. The span covers the whole run of
/// characters the codec cannot encode, as CPython's does.
fn encode_error(
    vm: &Vm,
    enc: &str,
    text: &str,
    start: usize,
    unencodable: impl Fn(char) -> bool,
    reason: &str,
) -> PyErr {
    let end = start
        + text
            .chars()
            .skip(start)
            .take_while(|c| unencodable(*c))
            .count();
    PyErr(vm.new_exception(
        &vm.exc.unicode_encode_error,
        vec![
            new_str(enc),
            new_str(text),
            Value::int(start as i64),
            Value::int(end.max(start + 1) as i64),
            new_str(reason),
        ],
    ))
}

pub(super) fn encode_with(vm: &Vm, text: &str, enc: &str, errors: &str) -> PyResult<Vec<u8>> {
    // utf-8-sig: UTF-8 after a byte order mark.
    if matches!(enc, "utf-8-sig" | "utf8-sig") {
        let mut out = vec![0xEF, 0xBB, 0xBF];
        out.extend(encode_with(vm, text, "utf-8", errors)?);
        return Ok(out);
    }
    if let Some((size, be, bom)) = wide_codec(enc) {
        let mut out = Vec::new();
        let mut put = |u: u32| {
            let b = if size == 2 {
                if be {
                    (u as u16).to_be_bytes().to_vec()
                } else {
                    (u as u16).to_le_bytes().to_vec()
                }
            } else if be {
                u.to_be_bytes().to_vec()
            } else {
                u.to_le_bytes().to_vec()
            };
            out.extend(b);
        };
        if bom {
            put(0xFEFF);
        }
        for c in text.chars() {
            if size == 2 {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    put(*u as u32);
                }
            } else {
                put(c as u32);
            }
        }
        return Ok(out);
    }
    if is_cp1252(enc) {
        let mut out = Vec::new();
        for (i, c) in text.chars().enumerate() {
            match cp1252_byte(c) {
                Some(b) => out.push(b),
                None => match encode_replacement(errors, c) {
                    Some(r) => out.extend(r),
                    None => {
                        return Err(encode_error(
                            vm,
                            "charmap",
                            text,
                            i,
                            |c| cp1252_byte(c).is_none(),
                            "character maps to <undefined>",
                        ))
                    }
                },
            }
        }
        return Ok(out);
    }
    let limit = match single_byte_limit(enc) {
        Some(l) => l,
        None if matches!(enc, "utf-8" | "utf8") => return Ok(text.as_bytes().to_vec()),
        None => return Err(vm.error(&vm.exc.lookup_error, format!("unknown encoding: {enc}"))),
    };
    let name = if limit == 0x80 { "ascii" } else { "latin-1" };
    let mut out = Vec::new();
    for (i, c) in text.chars().enumerate() {
        if (c as u32) < limit {
            out.push(c as u32 as u8);
        } else {
            match encode_replacement(errors, c) {
                Some(r) => out.extend(r),
                None => {
                    return Err(encode_error(
                        vm,
                        name,
                        text,
                        i,
                        |c| (c as u32) >= limit,
                        &format!("ordinal not in range({limit})"),
                    ))
                }
            }
        }
    }
    Ok(out)
}

fn escape_char(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// `data.decode(encoding, errors)`.
/// UTF-16 and UTF-32 decoding, with CPython's error messages.
fn decode_wide(
    vm: &Vm,
    data: &[u8],
    (size, mut be, bom): (usize, bool, bool),
    errors: &str,
) -> PyResult<String> {
    let mut pos = 0;
    if bom {
        // The byte order mark picks the order (little-endian without one).
        if size == 2 && data.len() >= 2 {
            match (data[0], data[1]) {
                (0xFF, 0xFE) => pos = 2,
                (0xFE, 0xFF) => {
                    pos = 2;
                    be = true
                }
                _ => {}
            }
        } else if size == 4 && data.len() >= 4 {
            match data[..4] {
                [0xFF, 0xFE, 0, 0] => pos = 4,
                [0, 0, 0xFE, 0xFF] => {
                    pos = 4;
                    be = true
                }
                _ => {}
            }
        }
    }
    let name = match (size, be) {
        (2, false) => "utf-16-le",
        (2, true) => "utf-16-be",
        (_, false) => "utf-32-le",
        (_, true) => "utf-32-be",
    };
    let unit = |at: usize| -> u32 {
        let b = &data[at..at + size];
        match (size, be) {
            (2, false) => u16::from_le_bytes([b[0], b[1]]) as u32,
            (2, true) => u16::from_be_bytes([b[0], b[1]]) as u32,
            (_, false) => u32::from_le_bytes([b[0], b[1], b[2], b[3]]),
            (_, true) => u32::from_be_bytes([b[0], b[1], b[2], b[3]]),
        }
    };
    let mut out = String::new();
    let fail = |start: usize, end: usize, reason: &str| -> PyErr {
        decode_error(vm, name, data, start, end, reason)
    };
    while pos < data.len() {
        // (the char, bytes used) or (error span end, reason)
        let step: Result<(char, usize), (usize, &str)> = if data.len() - pos < size {
            Err((data.len(), "truncated data"))
        } else if size == 4 {
            match char::from_u32(unit(pos)) {
                Some(c) => Ok((c, 4)),
                None if unit(pos) > 0x10FFFF => Err((pos + 4, "code point not in range(0x110000)")),
                None => Err((
                    pos + 4,
                    "code point in surrogate code point range(0xd800, 0xe000)",
                )),
            }
        } else {
            let u = unit(pos);
            if (0xD800..0xDC00).contains(&u) {
                if data.len() - pos < 4 {
                    Err((data.len(), "unexpected end of data"))
                } else {
                    let v = unit(pos + 2);
                    if (0xDC00..0xE000).contains(&v) {
                        let c = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
                        Ok((char::from_u32(c).expect("a valid pair"), 4))
                    } else {
                        Err((pos + 2, "illegal UTF-16 surrogate"))
                    }
                }
            } else if (0xDC00..0xE000).contains(&u) {
                Err((pos + 2, "illegal encoding"))
            } else {
                Ok((char::from_u32(u).expect("not a surrogate"), 2))
            }
        };
        match step {
            Ok((c, n)) => {
                out.push(c);
                pos += n;
            }
            Err((end, reason)) => {
                match errors {
                    "ignore" => {}
                    "replace" => out.push('\u{FFFD}'),
                    _ => return Err(fail(pos, end, reason)),
                }
                pos = end;
            }
        }
    }
    Ok(out)
}

pub(crate) fn decode_with(vm: &Vm, data: &[u8], enc: &str, errors: &str) -> PyResult<String> {
    // utf-8-sig: UTF-8, with a leading byte order mark dropped.
    if matches!(enc, "utf-8-sig" | "utf8-sig") {
        let body = data.strip_prefix(&[0xEF, 0xBB, 0xBF][..]).unwrap_or(data);
        return decode_with(vm, body, "utf-8", errors);
    }
    if let Some(codec) = wide_codec(enc) {
        return decode_wide(vm, data, codec, errors);
    }
    if is_cp1252(enc) {
        let mut out = String::new();
        for (i, &b) in data.iter().enumerate() {
            let c = if (0x80..0xA0).contains(&b) {
                char::from_u32(CP1252_HIGH[(b - 0x80) as usize] as u32).filter(|c| *c != '\0')
            } else {
                Some(b as char)
            };
            match c {
                Some(c) => out.push(c),
                None => match errors {
                    "ignore" => {}
                    "replace" => out.push('\u{FFFD}'),
                    "backslashreplace" => out.push_str(&format!("\\x{b:02x}")),
                    _ => {
                        return Err(decode_error(
                            vm,
                            "charmap",
                            data,
                            i,
                            i + 1,
                            "character maps to <undefined>",
                        ))
                    }
                },
            }
        }
        return Ok(out);
    }
    match enc {
        "utf-8" | "utf8" => {
            let mut out = String::new();
            let mut rest = data;
            let mut pos = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).expect("valid prefix"));
                        let bad = e.error_len().unwrap_or(rest.len() - good).max(1);
                        match errors {
                            "ignore" => {}
                            "replace" => out.push('\u{FFFD}'),
                            "backslashreplace" => {
                                for b in &rest[good..good + bad] {
                                    out.push_str(&format!("\\x{b:02x}"));
                                }
                            }
                            _ => {
                                let at = pos + good;
                                let reason = if e.error_len().is_none() {
                                    "unexpected end of data"
                                } else if rest[good] >= 0x80 && rest[good] < 0xC2
                                    || rest[good] > 0xF4
                                {
                                    "invalid start byte"
                                } else {
                                    "invalid continuation byte"
                                };
                                let end = match e.error_len() {
                                    Some(n) => at + n,
                                    None => at + rest.len() - good,
                                };
                                return Err(decode_error(vm, "utf-8", data, at, end, reason));
                            }
                        }
                        pos += good + bad;
                        rest = &rest[good + bad..];
                    }
                }
            }
        }
        "ascii" | "us-ascii" => {
            let mut out = String::new();
            for (i, &c) in data.iter().enumerate() {
                if c < 0x80 {
                    out.push(c as char);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => out.push('\u{FFFD}'),
                        "backslashreplace" => out.push_str(&format!("\\x{c:02x}")),
                        _ => {
                            return Err(decode_error(
                                vm,
                                "ascii",
                                data,
                                i,
                                i + 1,
                                "ordinal not in range(128)",
                            ))
                        }
                    }
                }
            }
            Ok(out)
        }
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => Ok(latin1(data)),
        other => Err(vm.error(&vm.exc.lookup_error, format!("unknown encoding: {other}"))),
    }
}

// ---- what ops calls ----

/// `b[i]` and `b[a:b:c]`.
pub fn getitem(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<Value> {
    let data = bytes_of(container).expect("bytes");
    let tname = vm.type_name(container);
    if let Some(ObjData::Slice(s)) = key.data() {
        let (start, _, step, n) = ops::slice_indices(vm, s, data.len())?;
        let out: Vec<u8> = (0..n)
            .map(|k| data[(start + k as i64 * step) as usize])
            .collect();
        return Ok(if is_bytearray(container) {
            new_bytearray(out)
        } else {
            new_bytes(out)
        });
    }
    let i = ops::index_of(vm, key, &tname)?;
    match ops::norm_index(i, data.len()) {
        Some(j) => Ok(Value::small_int(data[j] as i64)),
        None => Err(vm.index_error(if is_bytearray(container) {
            "bytearray index out of range"
        } else {
            "index out of range"
        })),
    }
}

/// `ba[i] = x`, `ba[a:b] = it`.
pub fn setitem(vm: &mut Vm, container: &Value, key: &Value, value: Value) -> PyResult<()> {
    let Some(ObjData::ByteArray(cell)) = container.data() else {
        return Err(vm.type_error(format!(
            "'{}' object does not support item assignment",
            vm.type_name(container)
        )));
    };
    if let Some(ObjData::Slice(s)) = key.data() {
        let new: Vec<u8> = match bytes_of(&value) {
            Some(b) => b,
            None => {
                let mut out = Vec::new();
                for x in ops::iterate(vm, &value)? {
                    out.push(byte_value(vm, &x, "byte must be in range(0, 256)")?);
                }
                out
            }
        };
        let len = cell.borrow().len();
        let (start, stop, step, n) = ops::slice_indices(vm, s, len)?;
        let mut data = cell.borrow_mut();
        if step == 1 {
            let stop = stop.max(start) as usize;
            data.splice(start as usize..stop, new);
        } else {
            if new.len() != n {
                return Err(vm.value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {n}",
                    new.len()
                )));
            }
            for (k, b) in new.into_iter().enumerate() {
                data[(start + k as i64 * step) as usize] = b;
            }
        }
        return Ok(());
    }
    let i = ops::index_of(vm, key, "bytearray")?;
    let b = byte_value(vm, &value, "byte must be in range(0, 256)")?;
    let len = cell.borrow().len();
    match ops::norm_index(i, len) {
        Some(j) => {
            cell.borrow_mut()[j] = b;
            Ok(())
        }
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

pub fn delitem(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<()> {
    let Some(ObjData::ByteArray(cell)) = container.data() else {
        return Err(vm.type_error(format!(
            "'{}' object doesn't support item deletion",
            vm.type_name(container)
        )));
    };
    let len = cell.borrow().len();
    if let Some(ObjData::Slice(s)) = key.data() {
        let (start, _, step, n) = ops::slice_indices(vm, s, len)?;
        let mut idx: Vec<usize> = (0..n).map(|k| (start + k as i64 * step) as usize).collect();
        idx.sort_unstable();
        let mut data = cell.borrow_mut();
        for i in idx.into_iter().rev() {
            data.remove(i);
        }
        return Ok(());
    }
    let i = ops::index_of(vm, key, "bytearray")?;
    match ops::norm_index(i, len) {
        Some(j) => {
            cell.borrow_mut().remove(j);
            Ok(())
        }
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

/// `x in b`: an int byte or a bytes-like subsequence.
pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    let data = bytes_of(container).expect("bytes");
    if let Some(sub) = bytes_of(item) {
        return Ok(find(&data, &sub, 0).is_some());
    }
    let b = byte_value(vm, item, "byte must be in range(0, 256)")?;
    Ok(data.contains(&b))
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    (from..=hay.len().saturating_sub(needle.len())).find(|&i| hay[i..].starts_with(needle))
}

/// `a + b`, `a * n` (and in-place forms on bytearray). None when the
/// operands are not bytes-like.
pub fn binary(vm: &mut Vm, a: &Value, b: &Value, oparg: u32) -> PyResult<Option<Value>> {
    let inplace = oparg >= 13;
    match oparg % 13 {
        0 => {
            let Some(x) = bytes_of(a) else {
                return Ok(None);
            };
            let Some(y) = bytes_of(b) else {
                return Err(vm.type_error(format!(
                    "can't concat {} to {}",
                    vm.type_name(b),
                    vm.type_name(a)
                )));
            };
            if inplace {
                if let Some(ObjData::ByteArray(cell)) = a.data() {
                    cell.borrow_mut().extend(y);
                    return Ok(Some(a.clone()));
                }
            }
            let mut out = x;
            out.extend(y);
            Ok(Some(if is_bytearray(a) {
                new_bytearray(out)
            } else {
                new_bytes(out)
            }))
        }
        5 => {
            let (seq, n) = if bytes_of(a).is_some() {
                (a, b)
            } else if bytes_of(b).is_some() {
                (b, a)
            } else {
                return Ok(None);
            };
            let Some(k) = as_int(n) else {
                return Err(vm.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    vm.type_name(n)
                )));
            };
            let k = k.to_i64().unwrap_or(0).max(0) as usize;
            let data = bytes_of(seq).expect("bytes");
            let out = data.repeat(k);
            if inplace && seq.is(a) {
                if let Some(ObjData::ByteArray(cell)) = a.data() {
                    *cell.borrow_mut() = out;
                    return Ok(Some(a.clone()));
                }
            }
            Ok(Some(if is_bytearray(seq) {
                new_bytearray(out)
            } else {
                new_bytes(out)
            }))
        }
        _ => Ok(None),
    }
}

/// Lexicographic comparison of two bytes-like values.
pub fn compare(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    Some(bytes_of(a)?.cmp(&bytes_of(b)?))
}

/// CPython's bytes hash agrees with nothing we must match; any hash equal
/// for equal bytes will do (bytes and str never compare equal).
/// As CPython's (with `PYTHONHASHSEED=0`): equal to the hash of the str
/// with the same Latin-1 code units.
pub fn hash(b: &[u8]) -> i64 {
    crate::object::str::hash_bytes(b)
}

// ---- methods ----

pub(super) fn register(vm: &mut Vm, builtins: &Value) {
    let _ = builtins;
    let common: &[(&'static str, BuiltinFn)] = &[
        ("decode", b_decode),
        ("hex", b_hex),
        ("upper", b_upper),
        ("lower", b_lower),
        ("capitalize", b_capitalize),
        ("swapcase", b_swapcase),
        ("title", b_title),
        ("isalpha", b_isalpha),
        ("isdigit", b_isdigit),
        ("isalnum", b_isalnum),
        ("isspace", b_isspace),
        ("isupper", b_isupper),
        ("islower", b_islower),
        ("isascii", b_isascii),
        ("split", b_split),
        ("rsplit", b_rsplit),
        ("strip", b_strip),
        ("lstrip", b_lstrip),
        ("rstrip", b_rstrip),
        ("splitlines", b_splitlines),
        ("join", b_join),
        ("find", b_find),
        ("rfind", b_rfind),
        ("index", b_index),
        ("rindex", b_rindex),
        ("count", b_count),
        ("replace", b_replace),
        ("startswith", b_startswith),
        ("endswith", b_endswith),
        ("center", b_center),
        ("ljust", b_ljust),
        ("rjust", b_rjust),
        ("zfill", b_zfill),
        ("partition", b_partition),
        ("rpartition", b_rpartition),
        ("removeprefix", b_removeprefix),
        ("removesuffix", b_removesuffix),
        ("expandtabs", b_expandtabs),
        ("translate", b_translate),
    ];
    let mutating: &[(&'static str, BuiltinFn)] = &[
        ("append", ba_append),
        ("extend", ba_extend),
        ("pop", ba_pop),
        ("insert", ba_insert),
        ("remove", ba_remove),
        ("reverse", ba_reverse),
        ("clear", ba_clear),
        ("copy", ba_copy),
    ];
    for (t, mutable) in [
        (vm.types.bytes.clone(), false),
        (vm.types.bytearray.clone(), true),
    ] {
        let d = t.as_type().expect("a type").dict.clone();
        for (name, f) in common
            .iter()
            .chain(if mutable { mutating } else { &[][..] })
        {
            vm.dict_set_str(&d, name, new_builtin(name, *f, true));
        }
        vm.dict_set_str(
            &d,
            "maketrans",
            new_builtin("maketrans", b_maketrans, false),
        );
        vm.dict_set_str(
            &d,
            "fromhex",
            new_builtin(
                "fromhex",
                if mutable { ba_fromhex } else { b_fromhex },
                false,
            ),
        );
    }
    let sd = vm.types.str_.as_type().expect("a type").dict.clone();
    vm.dict_set_str(&sd, "encode", new_builtin("encode", str_encode, true));
    let id = vm.types.int.as_type().expect("a type").dict.clone();
    vm.dict_set_str(&id, "to_bytes", new_builtin("to_bytes", int_to_bytes, true));
    vm.dict_set_str(
        &id,
        "from_bytes",
        new_builtin("from_bytes", int_from_bytes, false),
    );
}

/// `b.translate(table, delete=b'')`: bytes in `delete` dropped, the rest
/// mapped through the 256-byte `table` (or kept, when it is None).
fn b_translate(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let data = self_bytes(vm, args, "translate")?;
    let (pos, kw) = parse_kwargs(vm, "translate", &args[1..], kwnames, &["table", "delete"])?;
    check_args(vm, "translate", pos.len(), 0, 2)?;
    let Some(table) = pos.first().or(kw[0]) else {
        return Err(vm.type_error("translate() missing required argument 'table' (pos 1)"));
    };
    let table = if table.is_none() {
        None
    } else {
        let t = arg_bytes(vm, table)?;
        if t.len() != 256 {
            return Err(vm.value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let delete = match pos.get(1).or(kw[1]) {
        Some(d) => arg_bytes(vm, d)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = data
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(like(args, out))
}

/// `bytes.maketrans(frm, to)`: a 256-byte table mapping each byte of
/// `frm` to the byte of `to` at the same place.
fn b_maketrans(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "maketrans", kwnames)?;
    check_args(vm, "maketrans", args.len(), 2, 2)?;
    let (frm, to) = (arg_bytes(vm, &args[0])?, arg_bytes(vm, &args[1])?);
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (a, b) in frm.iter().zip(&to) {
        table[*a as usize] = *b;
    }
    Ok(new_bytes(table))
}

fn self_bytes(vm: &Vm, args: &[Value], name: &str) -> PyResult<Vec<u8>> {
    args.first()
        .and_then(bytes_of)
        .ok_or_else(|| vm.type_error(format!("descriptor '{name}' requires a 'bytes' object")))
}

/// A result of the same type as `args[0]` (bytes or bytearray).
fn like(args: &[Value], data: Vec<u8>) -> Value {
    if args.first().is_some_and(is_bytearray) {
        new_bytearray(data)
    } else {
        new_bytes(data)
    }
}

fn b_decode(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let data = self_bytes(vm, args, "decode")?;
    let (pos, kw) = parse_kwargs(vm, "decode", &args[1..], kwnames, &["encoding", "errors"])?;
    let enc = encoding_name(vm, pos.first().or(kw[0]))?;
    let errors = errors_name(pos.get(1).or(kw[1]));
    Ok(new_str(decode_with(vm, &data, &enc, &errors)?))
}

pub(super) fn b_hex(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let data = self_bytes(vm, args, "hex")?;
    no_kwargs(vm, "hex", kwnames)?;
    let sep = args
        .get(1)
        .and_then(|s| s.as_str().map(|s| s.as_str().to_string()));
    let per = args
        .get(2)
        .and_then(|n| as_int(n).and_then(|n| n.to_i64()))
        .unwrap_or(1);
    let hex: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = sep.filter(|_| per != 0) else {
        return Ok(new_str(hex.concat()));
    };
    let n = per.unsigned_abs() as usize;
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        // Groups counted from the right.
        let first = hex.len() % n;
        if first > 0 {
            groups.push(hex[..first].concat());
        }
        for c in hex[first..].chunks(n) {
            groups.push(c.concat());
        }
    } else {
        for c in hex.chunks(n) {
            groups.push(c.concat());
        }
    }
    Ok(new_str(groups.join(&sep)))
}

fn fromhex(vm: &mut Vm, args: &[Value]) -> PyResult<Vec<u8>> {
    check_args(vm, "fromhex", args.len(), 1, 1)?;
    let Some(s) = args[0].as_str() else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&args[0])
        )));
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                )))
            }
            (Some(_), None) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )))
            }
        }
        i += 2;
    }
    Ok(out)
}
fn b_fromhex(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    let args = strip_cls(vm, args);
    Ok(new_bytes(fromhex(vm, &args)?))
}
fn ba_fromhex(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    let args = strip_cls(vm, args);
    Ok(new_bytearray(fromhex(vm, &args)?))
}
/// `bytes.fromhex(s)` or `b.fromhex(s)`: drop a leading bytes value.
fn strip_cls(vm: &Vm, args: &[Value]) -> Vec<Value> {
    let _ = vm;
    match args.first() {
        Some(a) if bytes_of(a).is_some() || a.as_type().is_some() => args[1..].to_vec(),
        _ => args.to_vec(),
    }
}

macro_rules! ascii_map {
    ($name:ident, $py:literal, $f:expr) => {
        fn $name(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
            let data = self_bytes(vm, args, $py)?;
            no_kwargs(vm, $py, kwnames)?;
            let f: fn(&[u8]) -> Vec<u8> = $f;
            Ok(like(args, f(&data)))
        }
    };
}
ascii_map!(b_upper, "upper", |d| d.to_ascii_uppercase());
ascii_map!(b_lower, "lower", |d| d.to_ascii_lowercase());
ascii_map!(b_swapcase, "swapcase", |d| d
    .iter()
    .map(|c| if c.is_ascii_uppercase() {
        c.to_ascii_lowercase()
    } else {
        c.to_ascii_uppercase()
    })
    .collect());
ascii_map!(b_capitalize, "capitalize", |d| d
    .iter()
    .enumerate()
    .map(|(i, c)| if i == 0 {
        c.to_ascii_uppercase()
    } else {
        c.to_ascii_lowercase()
    })
    .collect());
ascii_map!(b_title, "title", |d| {
    let mut prev_cased = false;
    d.iter()
        .map(|&c| {
            let r = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect()
});

macro_rules! ascii_test {
    ($name:ident, $py:literal, $f:expr) => {
        fn $name(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
            let data = self_bytes(vm, args, $py)?;
            no_kwargs(vm, $py, kwnames)?;
            let f: fn(&[u8]) -> bool = $f;
            Ok(Value::bool(f(&data)))
        }
    };
}
ascii_test!(b_isalpha, "isalpha", |d| !d.is_empty()
    && d.iter().all(u8::is_ascii_alphabetic));
ascii_test!(b_isdigit, "isdigit", |d| !d.is_empty()
    && d.iter().all(u8::is_ascii_digit));
ascii_test!(b_isalnum, "isalnum", |d| !d.is_empty()
    && d.iter().all(u8::is_ascii_alphanumeric));
ascii_test!(b_isspace, "isspace", |d| !d.is_empty()
    && d.iter().all(|c| is_space(*c)));
ascii_test!(b_isascii, "isascii", |d| d.is_ascii());
ascii_test!(b_isupper, "isupper", |d| d
    .iter()
    .any(u8::is_ascii_uppercase)
    && !d.iter().any(u8::is_ascii_lowercase));
ascii_test!(b_islower, "islower", |d| d
    .iter()
    .any(u8::is_ascii_lowercase)
    && !d.iter().any(u8::is_ascii_uppercase));

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// A bytes-like argument (or None), for the methods taking one.
fn arg_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_of(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

fn b_split(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    split_impl(vm, args, kwnames, false)
}
fn b_rsplit(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    split_impl(vm, args, kwnames, true)
}
fn split_impl(
    vm: &mut Vm,
    args: &[Value],
    kwnames: Option<&Value>,
    right: bool,
) -> PyResult<Value> {
    let data = self_bytes(vm, args, "split")?;
    let (pos, kw) = parse_kwargs(vm, "split", &args[1..], kwnames, &["sep", "maxsplit"])?;
    let sep = pos.first().or(kw[0]).filter(|s| !s.is_none());
    let maxsplit = pos
        .get(1)
        .or(kw[1])
        .and_then(|m| as_int(m).and_then(|m| m.to_i64()))
        .unwrap_or(-1);
    let parts: Vec<Vec<u8>> = match sep {
        None => whitespace_split(&data, maxsplit, right),
        Some(sep) => {
            let sep = arg_bytes(vm, sep)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let text = latin1(&data);
            let s = latin1(&sep);
            let pieces: Vec<String> = match (right, maxsplit) {
                (false, m) if m < 0 => text.split(s.as_str()).map(str::to_string).collect(),
                (false, m) => text
                    .splitn(m as usize + 1, s.as_str())
                    .map(str::to_string)
                    .collect(),
                (true, m) if m < 0 => {
                    let mut v: Vec<String> = text.rsplit(s.as_str()).map(str::to_string).collect();
                    v.reverse();
                    v
                }
                (true, m) => {
                    let mut v: Vec<String> = text
                        .rsplitn(m as usize + 1, s.as_str())
                        .map(str::to_string)
                        .collect();
                    v.reverse();
                    v
                }
            };
            pieces.iter().map(|p| from_latin1(p)).collect()
        }
    };
    let is_ba = args.first().is_some_and(is_bytearray);
    Ok(new_list(
        parts
            .into_iter()
            .map(|p| {
                if is_ba {
                    new_bytearray(p)
                } else {
                    new_bytes(p)
                }
            })
            .collect(),
    ))
}

/// Split on runs of ASCII whitespace, at most `maxsplit` times (from the
/// right when `right`); the remainder keeps its inner and far-side spaces.
fn whitespace_split(data: &[u8], maxsplit: i64, right: bool) -> Vec<Vec<u8>> {
    let mut d = data.to_vec();
    if right {
        d.reverse();
    }
    let n = d.len();
    let mut out = Vec::new();
    let mut i = 0;
    let mut splits = 0;
    loop {
        while i < n && is_space(d[i]) {
            i += 1;
        }
        if i >= n {
            break;
        }
        if maxsplit >= 0 && splits == maxsplit {
            out.push(d[i..].to_vec());
            break;
        }
        let start = i;
        while i < n && !is_space(d[i]) {
            i += 1;
        }
        out.push(d[start..i].to_vec());
        splits += 1;
    }
    if right {
        for p in out.iter_mut() {
            p.reverse();
        }
        out.reverse();
    }
    out
}

fn strip_impl(vm: &mut Vm, args: &[Value], left: bool, right: bool, name: &str) -> PyResult<Value> {
    let data = self_bytes(vm, args, name)?;
    let chars: Option<Vec<u8>> = match args.get(1) {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => Some(arg_bytes(vm, v)?),
    };
    let strip = |c: &u8| match &chars {
        None => is_space(*c),
        Some(set) => set.contains(c),
    };
    let mut start = 0;
    let mut end = data.len();
    if left {
        while start < end && strip(&data[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip(&data[end - 1]) {
            end -= 1;
        }
    }
    Ok(like(args, data[start..end].to_vec()))
}
fn b_strip(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    strip_impl(vm, args, true, true, "strip")
}
fn b_lstrip(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    strip_impl(vm, args, true, false, "lstrip")
}
fn b_rstrip(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    strip_impl(vm, args, false, true, "rstrip")
}

fn b_splitlines(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let data = self_bytes(vm, args, "splitlines")?;
    let (pos, kw) = parse_kwargs(vm, "splitlines", &args[1..], kwnames, &["keepends"])?;
    let keep = match pos.first().or(kw[0]) {
        Some(k) => ops::truthy(vm, k)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        if c == b'\n' || c == b'\r' {
            let mut end = i + 1;
            if c == b'\r' && data.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            out.push(data[start..if keep { end } else { i }].to_vec());
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < data.len() {
        out.push(data[start..].to_vec());
    }
    let is_ba = args.first().is_some_and(is_bytearray);
    Ok(new_list(
        out.into_iter()
            .map(|p| {
                if is_ba {
                    new_bytearray(p)
                } else {
                    new_bytes(p)
                }
            })
            .collect(),
    ))
}

fn b_join(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let sep = self_bytes(vm, args, "join")?;
    no_kwargs(vm, "join", kwnames)?;
    check_args(vm, "join", args.len(), 2, 2)?;
    let items = ops::iterate(vm, &args[1])?;
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        let Some(b) = bytes_of(x) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(x)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend(b);
    }
    Ok(like(args, out))
}

/// The needle of find/count/index: bytes-like, or an int byte.
fn needle(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(v) {
        return Ok(b);
    }
    if as_int(v).is_some() {
        return Ok(vec![byte_value(vm, v, "byte must be in range(0, 256)")?]);
    }
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        vm.type_name(v)
    )))
}

/// Delegates to the str method `name` on latin-1 text: bytes-like
/// arguments (and tuples of them) become str, str results become bytes.
fn delegate(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>, name: &str) -> PyResult<Value> {
    let data = self_bytes(vm, args, name)?;
    let mut sargs = vec![new_str(latin1(&data))];
    for (i, a) in args[1..].iter().enumerate() {
        if i == 0
            && matches!(name, "startswith" | "endswith")
            && bytes_of(a).is_none()
            && a.as_tuple().is_none()
        {
            return Err(vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                vm.type_name(a)
            )));
        }
        let conv = if let Some(b) = bytes_of(a) {
            new_str(latin1(&b))
        } else if let Some(t) = a.as_tuple() {
            let mut items = Vec::new();
            for x in t {
                items.push(new_str(latin1(&arg_bytes(vm, x)?)));
            }
            new_tuple(items)
        } else if i == 0
            && as_int(a).is_some()
            && matches!(name, "find" | "rfind" | "index" | "rindex" | "count")
        {
            new_str(latin1(&needle(vm, a)?))
        } else if a.as_str().is_some() && i == 0 && !matches!(name, "center" | "ljust" | "rjust") {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(a)
            )));
        } else {
            a.clone()
        };
        sargs.push(conv);
    }
    let n = vm.interned.intern(name);
    let f = ops::lookup_type_attr(vm, &sargs[0], &n).ok_or_else(|| vm.attribute_error(name))?;
    let r = match vm.call(&f, &sargs, kwnames) {
        Ok(r) => r,
        Err(e) => {
            // Messages speak of the type the method was called on.
            if let Some(x) = e.0.as_exception() {
                let a = x.args.borrow().clone();
                if let Some(msg) = a
                    .as_tuple()
                    .and_then(|t| t.first())
                    .and_then(|m| m.as_str())
                {
                    let m = msg
                        .as_str()
                        .replace("substring not found", "subsection not found");
                    return Err(PyErr(vm.new_exception(&x.class.clone(), vec![new_str(m)])));
                }
            }
            return Err(e);
        }
    };
    let is_ba = args.first().is_some_and(is_bytearray);
    let back = |v: &Value| -> Value {
        match v.as_str() {
            Some(s) => {
                let b = from_latin1(s.as_str());
                if is_ba {
                    new_bytearray(b)
                } else {
                    new_bytes(b)
                }
            }
            None => v.clone(),
        }
    };
    Ok(match r.as_tuple() {
        Some(t) => new_tuple(t.iter().map(back).collect()),
        None => match r.as_list() {
            Some(l) => {
                let items: Vec<Value> = l.borrow().iter().map(back).collect();
                new_list(items)
            }
            None => back(&r),
        },
    })
}

macro_rules! delegated {
    ($($name:ident => $py:literal),* $(,)?) => {
        $(fn $name(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
            delegate(vm, args, kwnames, $py)
        })*
    };
}
delegated!(
    b_find => "find",
    b_rfind => "rfind",
    b_index => "index",
    b_rindex => "rindex",
    b_count => "count",
    b_replace => "replace",
    b_startswith => "startswith",
    b_endswith => "endswith",
    b_partition => "partition",
    b_rpartition => "rpartition",
    b_removeprefix => "removeprefix",
    b_removesuffix => "removesuffix",
    b_expandtabs => "expandtabs",
    b_zfill => "zfill",
);

/// center/ljust/rjust: the fill is a length-1 bytes value.
fn justify(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>, name: &str) -> PyResult<Value> {
    let mut a = args.to_vec();
    if let Some(f) = args.get(2) {
        let b = arg_bytes(vm, f)?;
        if b.len() != 1 {
            return Err(vm.type_error(format!(
                "{name}() argument 2 must be a byte string of length 1, not {}",
                vm.type_name(f)
            )));
        }
        a[2] = new_str(latin1(&b));
    }
    delegate(vm, &a, kwnames, name)
}
fn b_center(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    justify(vm, args, kwnames, "center")
}
fn b_ljust(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    justify(vm, args, kwnames, "ljust")
}
fn b_rjust(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    justify(vm, args, kwnames, "rjust")
}

// ---- bytearray ----

fn self_ba<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a RefCell<Vec<u8>>> {
    match args.first().and_then(|a| a.data()) {
        Some(ObjData::ByteArray(b)) => Ok(b),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'bytearray' object"))),
    }
}

fn ba_append(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    check_args(vm, "append", args.len(), 2, 2)?;
    let b = byte_value(vm, &args[1], "byte must be in range(0, 256)")?;
    self_ba(vm, args, "append")?.borrow_mut().push(b);
    Ok(Value::NONE)
}

fn ba_extend(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    check_args(vm, "extend", args.len(), 2, 2)?;
    let data = match bytes_of(&args[1]) {
        Some(b) => b,
        None => {
            if args[1].as_str().is_some() {
                return Err(vm.type_error("expected iterable of integers; got: 'str'"));
            }
            let mut out = Vec::new();
            for x in ops::iterate(vm, &args[1])? {
                out.push(byte_value(vm, &x, "byte must be in range(0, 256)")?);
            }
            out
        }
    };
    self_ba(vm, args, "extend")?.borrow_mut().extend(data);
    Ok(Value::NONE)
}

fn ba_pop(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    check_args(vm, "pop", args.len(), 1, 2)?;
    let cell = self_ba(vm, args, "pop")?;
    let len = cell.borrow().len();
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let i = match args.get(1) {
        Some(i) => ops::index_of(vm, i, "bytearray")?,
        None => -1,
    };
    match ops::norm_index(i, len) {
        Some(j) => Ok(Value::small_int(cell.borrow_mut().remove(j) as i64)),
        None => Err(vm.index_error("pop index out of range")),
    }
}

fn ba_insert(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    check_args(vm, "insert", args.len(), 3, 3)?;
    let b = byte_value(vm, &args[2], "byte must be in range(0, 256)")?;
    let cell = self_ba(vm, args, "insert")?;
    let len = cell.borrow().len() as i64;
    let i = ops::index_of(vm, &args[1], "bytearray")?;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    cell.borrow_mut().insert(at, b);
    Ok(Value::NONE)
}

fn ba_remove(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    check_args(vm, "remove", args.len(), 2, 2)?;
    let b = byte_value(vm, &args[1], "byte must be in range(0, 256)")?;
    let cell = self_ba(vm, args, "remove")?;
    let pos = cell.borrow().iter().position(|&c| c == b);
    match pos {
        Some(p) => {
            cell.borrow_mut().remove(p);
            Ok(Value::NONE)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn ba_reverse(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    self_ba(vm, args, "reverse")?.borrow_mut().reverse();
    Ok(Value::NONE)
}

fn ba_clear(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    self_ba(vm, args, "clear")?.borrow_mut().clear();
    Ok(Value::NONE)
}

fn ba_copy(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    let data = self_ba(vm, args, "copy")?.borrow().clone();
    Ok(new_bytearray(data))
}

// ---- str.encode, int.to_bytes, int.from_bytes ----

fn str_encode(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let Some(s) = args.first().and_then(|v| v.as_str()) else {
        return Err(vm.type_error("descriptor 'encode' requires a 'str' object"));
    };
    let text = s.as_str().to_string();
    let (pos, kw) = parse_kwargs(vm, "encode", &args[1..], kwnames, &["encoding", "errors"])?;
    let enc = encoding_name(vm, pos.first().or(kw[0]))?;
    let errors = errors_name(pos.get(1).or(kw[1]));
    Ok(new_bytes(encode_with(vm, &text, &enc, &errors)?))
}

fn byteorder(vm: &Vm, v: Option<&Value>) -> PyResult<bool> {
    match v.and_then(|b| b.as_str()).map(|s| s.as_str().to_string()) {
        None => Ok(false),
        Some(s) if s == "big" => Ok(true),
        Some(s) if s == "little" => Ok(false),
        _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
}

fn int_to_bytes(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kw) = parse_kwargs(
        vm,
        "to_bytes",
        args,
        kwnames,
        &["length", "byteorder", "signed"],
    )?;
    let Some(i) = pos.first().and_then(as_int) else {
        return Err(vm.type_error("descriptor 'to_bytes' requires an 'int' object"));
    };
    let n = i.to_big().into_owned();
    let length = match pos.get(1).or(kw[0]) {
        Some(l) => match as_int(l).and_then(|l| l.to_i64()) {
            Some(l) if l >= 0 => l as usize,
            Some(_) => return Err(vm.value_error("length argument must be non-negative")),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(l)
                )))
            }
        },
        None => 1,
    };
    let big = byteorder(vm, pos.get(2).or(kw[1]))?;
    let signed = match kw[2] {
        Some(s) => ops::truthy(vm, s)?,
        None => false,
    };
    if !signed && n.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        n.to_signed_bytes_le()
    } else {
        n.to_bytes_le().1
    };
    if n.is_zero() {
        bytes = vec![];
    }
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if signed && n.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if big {
        bytes.reverse();
    }
    Ok(new_bytes(bytes))
}

fn int_from_bytes(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    // Called as int.from_bytes(...) or n.from_bytes(...): drop a leading int.
    let args: Vec<Value> = match args.first() {
        Some(a)
            if a.as_type().is_some()
                || (as_int(a).is_some() && args.len() > 1 && bytes_of(&args[1]).is_some()) =>
        {
            args[1..].to_vec()
        }
        _ => args.to_vec(),
    };
    let (pos, kw) = parse_kwargs(
        vm,
        "from_bytes",
        &args,
        kwnames,
        &["bytes", "byteorder", "signed"],
    )?;
    let Some(src) = pos.first().or(kw[0]) else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let mut data = match bytes_of(src) {
        Some(b) => b,
        None if src.as_str().is_some() || as_int(src).is_some() => {
            return Err(vm.type_error(format!(
                "cannot convert '{}' object to bytes",
                vm.type_name(src)
            )))
        }
        None => {
            let mut out = Vec::new();
            for x in ops::iterate(vm, src)? {
                out.push(byte_value(vm, &x, "bytes must be in range(0, 256)")?);
            }
            out
        }
    };
    let big = byteorder(vm, pos.get(1).or(kw[1]))?;
    let signed = match kw[2] {
        Some(s) => ops::truthy(vm, s)?,
        None => false,
    };
    if big {
        data.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &data)
    };
    Ok(crate::object::int::from_big(n))
}
