//! `str`: UTF-8 text with its length in code points, and a cached hash.

use super::{alloc, ObjData};
use crate::value::Value;
use std::cell::Cell;
use std::hash::Hasher;

pub struct PyStr {
    s: Box<str>,
    nchars: usize,
    hash: Cell<i64>,
}

impl PyStr {
    pub fn as_str(&self) -> &str {
        &self.s
    }
    /// Length in code points.
    pub fn len(&self) -> usize {
        self.nchars
    }
    pub fn is_empty(&self) -> bool {
        self.nchars == 0
    }
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }
    /// The hash (any deterministic function of the text; CPython's is
    /// randomized per process, so programs cannot depend on its value).
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let mut hasher = rustc_hash::FxHasher::default();
        hasher.write(self.s.as_bytes());
        let mut h = (hasher.finish() >> 1) as i64;
        if h == -1 {
            h = -2;
        }
        self.hash.set(h);
        h
    }
    /// The code point at index `i` (0-based; caller checked the bounds).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).expect("index checked by caller")
        }
    }
    /// Byte offset of code point `i` (`i <= len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map_or(self.s.len(), |(b, _)| b)
        }
    }
    /// The code points in `[start, stop)` (caller clamped them).
    pub fn substring(&self, start: usize, stop: usize) -> &str {
        let a = self.byte_offset(start);
        let b = if self.is_ascii() {
            stop
        } else {
            a + self.s[a..]
                .char_indices()
                .nth(stop - start)
                .map_or(self.s.len() - a, |(b, _)| b)
        };
        &self.s[a..b]
    }
}

/// The interpreter's table of interned strings: identifiers and string
/// constants share one object per text, so dict lookups of names usually
/// succeed on identity without comparing text.
#[derive(Default)]
pub struct Interner {
    table: std::collections::HashMap<Box<str>, Value>,
}

impl Interner {
    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(v) = self.table.get(s) {
            return v.clone();
        }
        let v = new_str(s);
        self.table.insert(s.into(), v.clone());
        v
    }
}

pub fn new_str(s: impl Into<Box<str>>) -> Value {
    let s: Box<str> = s.into();
    let nchars = if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    };
    alloc(ObjData::Str(PyStr {
        s,
        nchars,
        hash: Cell::new(-1),
    }))
}

/// Python's `repr` of a string: quotes chosen as CPython chooses them.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// An approximation of Python's `str.isprintable` for one character: control
/// characters, separators other than space, and unassigned/surrogate code
/// points are not printable.
fn is_printable(c: char) -> bool {
    let u = c as u32;
    !(u < 0x20
        || (0x7f..0xa0).contains(&u)
        || u == 0xad
        || (0x2028..=0x2029).contains(&u)
        || (0x200b..=0x200f).contains(&u)
        || (0x2060..=0x2064).contains(&u)
        || u == 0xfeff
        || (0xe000..=0xf8ff).contains(&u)
        || (0xfff9..=0xfffb).contains(&u)
        || (u > 0x7f && c.is_whitespace() && u != 0x20))
}
