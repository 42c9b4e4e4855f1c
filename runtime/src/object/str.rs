//! `str`: UTF-8 text with its length in code points, and a cached hash.
//!
//! Text of up to [`INLINE_MAX`] bytes (most words, keys and names) is kept
//! inside the object: one allocation per str instead of two.

use super::{alloc, ObjData};
use crate::value::Value;
use std::cell::Cell;

/// The longest text kept inside the object.
pub const INLINE_MAX: usize = 16;

/// Where a str's bytes are: in an allocation of their own (`heap`: its
/// pointer and length) or right here (`inline`). Which one, and the
/// inline length, `PyStr::meta` says.
#[derive(Clone, Copy)]
#[repr(C)]
union Text {
    heap: (*mut u8, usize),
    inline: [u8; INLINE_MAX],
}

/// `PyStr::meta`: the inline bit; the inline byte length sits in the
/// byte below it; the code-point count in the low 48 bits. For heap text,
/// the GROWN bit: its allocation is `grown_cap(len)` bytes, not `len`.
const INLINE: usize = 1 << 63;
const GROWN: usize = 1 << 62;
const LEN_SHIFT: u32 = 48;
const NCHARS: usize = (1 << LEN_SHIFT) - 1;

/// The allocation size of text grown by in-place appends, for `len`
/// bytes: `len` rounded up to an eighth of its power of two, so a str
/// appended to a byte at a time is reallocated O(log n) times.
fn grown_cap(len: usize) -> usize {
    let step = (len.next_power_of_two() / 8).max(32);
    len.div_ceil(step) * step
}

/// The size of the allocation of heap text of `len` bytes, as `meta`'s
/// GROWN bit says.
fn heap_size(meta: usize, len: usize) -> usize {
    if meta & GROWN != 0 {
        grown_cap(len)
    } else {
        len
    }
}

/// The layout of a text allocation of `size` bytes.
fn text_layout(size: usize) -> std::alloc::Layout {
    std::alloc::Layout::array::<u8>(size).expect("a str's size fits a layout")
}

/// **Invariants:** the bytes (`as_str`) are valid UTF-8 and hold
/// `meta & NCHARS` code points. With the INLINE bit set, they are the
/// first `(meta >> 48) & 0xff` bytes of `text.inline`, and the bytes after
/// them are zero (so two inline strs hold the same text exactly when their
/// `meta` and `text.inline` are equal: [`PyStr::same_text`]); without it,
/// `text.heap` is an allocation this str owns (freed by `Drop`) of the
/// text's length, over INLINE_MAX (a `Box<str>`), or with the GROWN bit
/// of `grown_cap(len)` bytes. `text` and `meta` change only in
/// [`append_in_place`], whose caller holds the only reference.
pub struct PyStr {
    text: std::cell::UnsafeCell<Text>,
    meta: Cell<usize>,
    hash: Cell<i64>,
}

impl Drop for PyStr {
    fn drop(&mut self) {
        let meta = self.meta.get();
        if meta & INLINE == 0 {
            // SAFETY: not inline, so `heap` is the allocation this str owns
            // (see the invariants), of the size the GROWN bit says, freed
            // once here.
            unsafe {
                let (ptr, len) = (*self.text.get()).heap;
                std::alloc::dealloc(ptr, text_layout(heap_size(meta, len)));
            }
        }
    }
}

impl PyStr {
    /// A str of `s` (`nchars` code points), which fits inline.
    fn inline(s: &str, nchars: usize) -> PyStr {
        let mut inline = [0u8; INLINE_MAX];
        inline[..s.len()].copy_from_slice(s.as_bytes());
        PyStr::from_inline(inline, s.len(), nchars)
    }

    /// A str of the first `len` bytes of `inline` (UTF-8, `nchars` code
    /// points).
    fn from_inline(inline: [u8; INLINE_MAX], len: usize, nchars: usize) -> PyStr {
        assert!(len <= INLINE_MAX);
        debug_assert!(inline[len..].iter().all(|&b| b == 0));
        PyStr {
            text: std::cell::UnsafeCell::new(Text { inline }),
            meta: Cell::new(INLINE | len << LEN_SHIFT | nchars),
            hash: Cell::new(-1),
        }
    }

    /// A str of `b` (`nchars` code points), over INLINE_MAX bytes.
    fn heap(b: Box<str>, nchars: usize) -> PyStr {
        assert!(b.len() > INLINE_MAX && nchars <= NCHARS);
        let len = b.len();
        let ptr = Box::into_raw(b) as *mut u8;
        PyStr {
            text: std::cell::UnsafeCell::new(Text { heap: (ptr, len) }),
            meta: Cell::new(nchars),
            hash: Cell::new(-1),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        // SAFETY: per the invariants, the bytes are there and UTF-8.
        unsafe {
            let meta = self.meta.get();
            let text = &*self.text.get();
            let (ptr, len) = if meta & INLINE != 0 {
                (text.inline.as_ptr(), (meta >> LEN_SHIFT) & 0xff)
            } else {
                let (p, l) = text.heap;
                (p as *const u8, l)
            };
            std::str::from_utf8_unchecked(std::slice::from_raw_parts(ptr, len))
        }
    }
    /// Whether the two strs hold the same text. Two inline texts compare
    /// as two words each (their padding is zero: see the invariants), with
    /// no call of `memcmp`.
    #[inline]
    pub fn same_text(&self, other: &PyStr) -> bool {
        let (m, n) = (self.meta.get(), other.meta.get());
        if m & n & INLINE != 0 {
            // SAFETY: both are inline (checked), so `inline` is the live
            // field of both unions.
            return m == n && unsafe { (*self.text.get()).inline == (*other.text.get()).inline };
        }
        self.as_str() == other.as_str()
    }
    /// Length in code points.
    #[inline]
    pub fn len(&self) -> usize {
        self.meta.get() & NCHARS
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.len() == self.as_str().len()
    }
    /// The hash: CPython's with `PYTHONHASHSEED=0` (SipHash-1-3 with a zero
    /// key over the string's 1-, 2- or 4-byte code units), so sets of
    /// strings iterate in the order CPython gives under that setting.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        self.compute_hash()
    }

    /// [`PyStr::hash`] the first time: computed and cached.
    #[cold]
    #[inline(never)]
    fn compute_hash(&self) -> i64 {
        let text: &str = self.as_str();
        // ASCII (the usual case) is its own 1-byte code units: no scan for
        // the widest code point.
        let widest = if self.is_ascii() {
            0
        } else {
            text.chars().map(|c| c as u32).max().unwrap_or(0)
        };
        let h = if widest < 0x100 {
            if self.is_ascii() {
                hash_bytes(text.as_bytes())
            } else {
                let units: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
                hash_bytes(&units)
            }
        } else if widest < 0x10000 {
            let units: Vec<u8> = text
                .chars()
                .flat_map(|c| (c as u32 as u16).to_le_bytes())
                .collect();
            hash_bytes(&units)
        } else {
            let units: Vec<u8> = text
                .chars()
                .flat_map(|c| (c as u32).to_le_bytes())
                .collect();
            hash_bytes(&units)
        };
        self.hash.set(h);
        h
    }
    /// The code point at index `i` (0-based; caller checked the bounds).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.as_str().as_bytes()[i] as char
        } else {
            self.as_str()
                .chars()
                .nth(i)
                .expect("index checked by caller")
        }
    }
    /// Byte offset of code point `i` (`i <= len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            let s = self.as_str();
            s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
        }
    }
    /// The code points in `[start, stop)` (caller clamped them).
    pub fn substring(&self, start: usize, stop: usize) -> &str {
        let s = self.as_str();
        let a = self.byte_offset(start);
        let b = if self.is_ascii() {
            stop
        } else {
            a + s[a..]
                .char_indices()
                .nth(stop - start)
                .map_or(s.len() - a, |(b, _)| b)
        };
        &s[a..b]
    }
}

/// The interpreter's table of interned strings: identifiers and string
/// constants share one object per text, so dict lookups of names usually
/// succeed on identity without comparing text.
#[derive(Default)]
pub struct Interner {
    /// FxHash: the runtime interns names on hot paths (special-method
    /// lookups), where SipHash's cost showed in profiles.
    table: rustc_hash::FxHashMap<Box<str>, Value>,
    /// Names the runtime asks for by string literal (`"__init__"`), by the
    /// literal's address: no hashing of the text on the hot paths.
    statics: rustc_hash::FxHashMap<(usize, usize), Value>,
}

impl Interner {
    /// `sys.intern`: the interned string equal to `v` (a str), which
    /// becomes `v` itself when there was none.
    pub fn intern_value(&mut self, v: &Value) -> Value {
        let s = v.as_str().expect("intern_value takes a str").as_str();
        if let Some(found) = self.table.get(s) {
            return found.clone();
        }
        self.table.insert(s.into(), v.clone());
        v.clone()
    }

    /// The interned str equal to `v` (a str) if there is one, else `v`
    /// itself; interns nothing. `getattr(obj, name)` with a name built at
    /// run time (`"visit_" + kind`) then meets the attribute caches, which
    /// compare names by identity, with the name the class's code used.
    pub fn canonical(&self, v: &Value) -> Value {
        match v.as_str().and_then(|s| self.table.get(s.as_str())) {
            Some(found) => found.clone(),
            None => v.clone(),
        }
    }

    /// `intern` for a name the runtime spells as a literal.
    #[inline]
    pub fn intern_static(&mut self, s: &'static str) -> Value {
        let key = (s.as_ptr() as usize, s.len());
        if let Some(v) = self.statics.get(&key) {
            return v.clone();
        }
        let v = self.intern(s);
        self.statics.insert(key, v.clone());
        v
    }

    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(v) = self.table.get(s) {
            return v.clone();
        }
        let v = new_str(s);
        self.table.insert(s.into(), v.clone());
        v
    }
}

/// `a + b` for two strs (a guard checked both).
pub fn concat(a: &Value, b: &Value) -> Value {
    let (a, b) = (a.as_str().expect("a str"), b.as_str().expect("a str"));
    let (x, y) = (a.as_str(), b.as_str());
    let nchars = a.len() + b.len();
    let n = x.len() + y.len();
    if n <= INLINE_MAX {
        // Built in place: no intermediate String.
        let mut inline = [0u8; INLINE_MAX];
        inline[..x.len()].copy_from_slice(x.as_bytes());
        inline[x.len()..n].copy_from_slice(y.as_bytes());
        return alloc(ObjData::Str(PyStr::from_inline(inline, n, nchars)));
    }
    let mut s = String::with_capacity(n);
    s.push_str(x);
    s.push_str(y);
    alloc(ObjData::Str(PyStr::heap(s.into_boxed_str(), nchars)))
}

/// Appends `more` to the str `v` in place: inline while it fits, then in
/// an allocation grown geometrically (`grown_cap`).
///
/// # Safety
/// The caller holds the only reference to `v` (a `Value` with a
/// refcount of 1, no `&str` borrowed from it), and `more` is not `v`.
pub unsafe fn append_in_place(v: &Value, more: &PyStr) {
    let s = v.as_str().expect("a str");
    let add = more.as_str();
    if add.is_empty() {
        return;
    }
    let meta = s.meta.get();
    let text = &mut *s.text.get();
    let nchars = (meta & NCHARS) + more.len();
    if meta & INLINE != 0 {
        let old = (meta >> LEN_SHIFT) & 0xff;
        let n = old + add.len();
        if n <= INLINE_MAX {
            text.inline[old..n].copy_from_slice(add.as_bytes());
            s.meta.set(INLINE | n << LEN_SHIFT | nchars);
        } else {
            let p = std::alloc::alloc(text_layout(grown_cap(n)));
            if p.is_null() {
                std::alloc::handle_alloc_error(text_layout(grown_cap(n)));
            }
            std::ptr::copy_nonoverlapping(text.inline.as_ptr(), p, old);
            std::ptr::copy_nonoverlapping(add.as_ptr(), p.add(old), add.len());
            *text = Text { heap: (p, n) };
            s.meta.set(GROWN | nchars);
        }
    } else {
        let (p, len) = text.heap;
        let n = len + add.len();
        // `add` is not empty, so `cap` > `len`: exact (not GROWN) text is
        // always reallocated, and from now on its size is `grown_cap`'s.
        let (old_cap, cap) = (heap_size(meta, len), grown_cap(n));
        let p = if cap > old_cap {
            let q = std::alloc::realloc(p, text_layout(old_cap), cap);
            if q.is_null() {
                std::alloc::handle_alloc_error(text_layout(cap));
            }
            q
        } else {
            p
        };
        std::ptr::copy_nonoverlapping(add.as_ptr(), p.add(len), add.len());
        *text = Text { heap: (p, n) };
        s.meta.set(GROWN | nchars);
    }
    s.hash.set(-1);
}

/// A str of `s`, whose code points the caller has counted (`nchars`).
pub fn new_str_counted(s: &str, nchars: usize) -> Value {
    debug_assert_eq!(s.chars().count(), nchars);
    let data = if s.len() <= INLINE_MAX {
        PyStr::inline(s, nchars)
    } else {
        PyStr::heap(s.into(), nchars)
    };
    alloc(ObjData::Str(data))
}

/// The one-character str of `c` (built inline, no intermediate `String`).
#[inline]
pub fn char_str(c: char) -> Value {
    let mut buf = [0u8; 4];
    new_str_counted(c.encode_utf8(&mut buf), 1)
}

/// `str(i)`: the decimal digits of an int, written without a
/// formatter or an intermediate `String`.
pub fn int_str(i: i64) -> Value {
    let mut buf = [0u8; 20];
    let mut n = i.unsigned_abs();
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    new_str(std::str::from_utf8(&buf[at..]).expect("ASCII digits"))
}

pub fn new_str(s: impl AsRef<str> + Into<Box<str>>) -> Value {
    let text = s.as_ref();
    let nchars = if text.is_ascii() {
        text.len()
    } else {
        text.chars().count()
    };
    if text.len() <= INLINE_MAX {
        return new_str_counted(text, nchars);
    }
    // Long text keeps the allocation an owned `String` or `Box` brings.
    alloc(ObjData::Str(PyStr::heap(s.into(), nchars)))
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

/// CPython's `_Py_HashBytes` with a zero key: 0 for no bytes, else
/// SipHash-1-3 (never -1).
pub fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let h = siphash13(0, 0, data) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// SipHash-1-3 (one compression round, three finalization rounds).
fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v0 = k0 ^ 0x736f_6d65_7073_6575;
    let mut v1 = k1 ^ 0x646f_7261_6e64_6f6d;
    let mut v2 = k0 ^ 0x6c79_6765_6e65_7261;
    let mut v3 = k1 ^ 0x7465_6462_7974_6573;
    let round = |v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64| {
        *v0 = v0.wrapping_add(*v1);
        *v2 = v2.wrapping_add(*v3);
        *v1 = v1.rotate_left(13) ^ *v0;
        *v3 = v3.rotate_left(16) ^ *v2;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v1);
        *v0 = v0.wrapping_add(*v3);
        *v1 = v1.rotate_left(17) ^ *v2;
        *v3 = v3.rotate_left(21) ^ *v0;
        *v2 = v2.rotate_left(32);
    };
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let m = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        v3 ^= m;
        round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= m;
    }
    // The last 0-7 bytes, little-endian, without a call of `memcpy`.
    let mut tail = 0u64;
    for (i, &byte) in chunks.remainder().iter().enumerate() {
        tail |= (byte as u64) << (8 * i);
    }
    let b = ((data.len() as u64) << 56) | tail;
    v3 ^= b;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^= b;
    v2 ^= 0xff;
    for _ in 0..3 {
        round(&mut v0, &mut v1, &mut v2, &mut v3);
    }
    (v0 ^ v1) ^ (v2 ^ v3)
}

/// Substring search over UTF-8 text with `memchr`'s `memmem` (vectorized;
/// std's `str` patterns use the Two-Way searcher, several times slower on
/// short needles). A valid UTF-8 needle matches only at character
/// boundaries of valid UTF-8 text, so byte offsets are char boundaries.
pub mod search {
    use memchr::memmem;

    /// Byte offset of the first occurrence of `needle` (an empty one is at
    /// 0, as with `str::find`).
    #[inline]
    pub fn find(hay: &str, needle: &str) -> Option<usize> {
        memmem::find(hay.as_bytes(), needle.as_bytes())
    }

    /// Byte offset of the last occurrence of `needle` (an empty one is at
    /// the end, as with `str::rfind`).
    #[inline]
    pub fn rfind(hay: &str, needle: &str) -> Option<usize> {
        memmem::rfind(hay.as_bytes(), needle.as_bytes())
    }

    /// The number of non-overlapping occurrences of `needle` (non-empty),
    /// left to right (`str.count`).
    pub fn count(hay: &str, needle: &str) -> usize {
        if let [b] = needle.as_bytes() {
            return hay.bytes().filter(|c| c == b).count();
        }
        memmem::find_iter(hay.as_bytes(), needle.as_bytes()).count()
    }

    /// `hay` with the first `limit` (all if None) non-overlapping
    /// occurrences of `from` (non-empty) replaced by `to`.
    pub fn replace(hay: &str, from: &str, to: &str, limit: Option<usize>) -> String {
        let mut out = String::with_capacity(hay.len());
        let mut last = 0;
        for (n, at) in memmem::find_iter(hay.as_bytes(), from.as_bytes()).enumerate() {
            if limit.is_some_and(|l| n >= l) {
                break;
            }
            out.push_str(&hay[last..at]);
            out.push_str(to);
            last = at + from.len();
        }
        out.push_str(&hay[last..]);
        out
    }

    /// The pieces of `hay` between non-overlapping occurrences of `sep`
    /// (non-empty), left to right, at most `limit` splits.
    pub fn split<'a>(hay: &'a str, sep: &str, limit: Option<usize>) -> Vec<&'a str> {
        let mut out = Vec::new();
        let mut last = 0;
        for (n, at) in memmem::find_iter(hay.as_bytes(), sep.as_bytes()).enumerate() {
            if limit.is_some_and(|l| n >= l) {
                break;
            }
            out.push(&hay[last..at]);
            last = at + sep.len();
        }
        out.push(&hay[last..]);
        out
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_agrees_with_std() {
        let hays = [
            "",
            "a",
            "aaaa",
            "abababa",
            "banana",
            "h\u{e9}llo h\u{e9}llo",
            "\u{65e5}\u{65e5}x\u{65e5}",
            "the cat sat on the mat, the end",
        ];
        let needles = [
            "a", "aa", "aba", "ana", "\u{e9}", "l\u{e9}", "\u{65e5}", "the", "zz", "x",
        ];
        for h in hays {
            for n in needles {
                assert_eq!(search::find(h, n), h.find(n), "{h:?} {n:?}");
                assert_eq!(search::rfind(h, n), h.rfind(n), "{h:?} {n:?}");
                assert_eq!(search::count(h, n), h.matches(n).count(), "{h:?} {n:?}");
                assert_eq!(search::replace(h, n, "<>", None), h.replace(n, "<>"));
                for k in 0..4 {
                    assert_eq!(search::replace(h, n, "", Some(k)), h.replacen(n, "", k));
                    let want: Vec<&str> = h.splitn(k + 1, n).collect();
                    assert_eq!(search::split(h, n, Some(k)), want, "{h:?} {n:?} {k}");
                }
                let want: Vec<&str> = h.split(n).collect();
                assert_eq!(search::split(h, n, None), want);
            }
        }
    }

    #[test]
    fn hashes_are_cpythons() {
        // `PYTHONHASHSEED=0 python3 -c 'print(hash(s))'`: every tail length
        // of the last 8-byte block, and 1- and 2-byte code points.
        for (s, h) in [
            ("", 0),
            ("a", 4644417185603328019),
            ("abcdefg", 7904145750247929094),
            ("abcdefgh", 4574395652268504554),
            ("abcdefghijklmno", 2293029479765367930),
            ("h\u{e9}llo w\u{f6}rld", 2851654936439523187),
            (
                "\u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8}",
                5570022306295089571,
            ),
        ] {
            assert_eq!(new_str(s).as_str().expect("a str").hash(), h, "{s:?}");
        }
    }

    #[test]
    fn same_text_inline_and_heap() {
        let long = "x".repeat(INLINE_MAX + 3);
        let cases = [
            "",
            "a",
            "ab",
            "ba",
            "abc\u{e9}",
            "abc\u{e8}",
            &long[..INLINE_MAX],
            &long[..],
        ];
        for a in cases {
            for b in cases {
                let (x, y) = (new_str(a), new_str(b));
                let (x, y) = (x.as_str().expect("a str"), y.as_str().expect("a str"));
                assert_eq!(x.same_text(y), a == b, "{a:?} {b:?}");
            }
        }
        // Built by concatenation and by slicing: the padding is zero too.
        let c = concat(&new_str("ab"), &new_str("c"));
        assert!(c
            .as_str()
            .expect("a str")
            .same_text(new_str("abc").as_str().expect("a str")));
    }

    fn text(v: &Value) -> (String, usize, bool) {
        let s = v.as_str().expect("a str");
        (s.as_str().to_string(), s.len(), s.meta.get() & INLINE != 0)
    }

    #[test]
    fn inline_up_to_the_limit_and_heap_beyond() {
        for n in [0, 1, 7, 15, 16, 17, 40, 1000] {
            let src = "x".repeat(n);
            for v in [
                new_str(src.as_str()),
                new_str(src.clone()),
                new_str_counted(&src, n),
            ] {
                let (t, nchars, inline) = text(&v);
                assert_eq!(t, src);
                assert_eq!(nchars, n);
                assert_eq!(inline, n <= INLINE_MAX, "length {n}");
                assert_eq!(v.as_str().unwrap().hash(), hash_bytes(src.as_bytes()));
            }
        }
    }

    #[test]
    fn multibyte_text_counts_code_points() {
        // 8 two-byte chars: 16 bytes, inline; 9: 18 bytes, heap.
        for (src, inline) in [
            ("é".repeat(8), true),
            ("é".repeat(9), false),
            ("€".repeat(5), true),
            ("€".repeat(6), false),
        ] {
            let v = new_str(src.as_str());
            let (t, nchars, is_inline) = text(&v);
            assert_eq!(t, src);
            assert_eq!(nchars, src.chars().count());
            assert_eq!(is_inline, inline);
            let s = v.as_str().unwrap();
            assert!(!s.is_ascii());
            assert_eq!(s.char_at(1), src.chars().nth(1).unwrap());
            assert_eq!(
                s.substring(1, 3),
                src.chars().skip(1).take(2).collect::<String>()
            );
        }
    }

    #[test]
    fn append_in_place_across_every_form() {
        // From empty and inline, across the limit, through many growths
        // of a grown allocation, and onto an exact (Box<str>) one.
        for start in ["", "ab", "abcdefghijklmnop", &"s".repeat(40)] {
            let v = new_str(start);
            let mut expect = start.to_string();
            for i in 0..2000 {
                let piece = match i % 3 {
                    0 => "x",
                    1 => "é€",
                    _ => "",
                };
                let more = new_str(piece);
                // SAFETY: `v` is this test's only reference to the str.
                unsafe { append_in_place(&v, more.as_str().unwrap()) };
                expect.push_str(piece);
                let (t, nchars, inline) = text(&v);
                assert_eq!(t, expect);
                assert_eq!(nchars, expect.chars().count());
                assert_eq!(inline, expect.len() <= INLINE_MAX);
                let s = v.as_str().unwrap();
                assert_eq!(s.hash(), new_str(expect.as_str()).as_str().unwrap().hash());
            }
        }
    }

    #[test]
    fn grown_capacity_covers_the_length_and_grows_geometrically() {
        let mut reallocs = 0;
        let mut cap = grown_cap(17);
        for len in 17..200_000 {
            let c = grown_cap(len);
            assert!(c >= len);
            assert!(c >= cap, "monotonic at {len}");
            if c != cap {
                reallocs += 1;
                cap = c;
            }
        }
        assert!(reallocs < 120, "{reallocs} reallocations");
    }

    #[test]
    fn concat_across_the_limit() {
        for (a, b) in [
            ("", ""),
            ("abc", "def"),
            ("abcdefgh", "ijklmnop"),
            ("abcdefgh", "ijklmnopq"),
            ("é", "€€€€€"),
        ] {
            let v = concat(&new_str(a), &new_str(b));
            let (t, nchars, inline) = text(&v);
            assert_eq!(t, format!("{a}{b}"));
            assert_eq!(nchars, t.chars().count());
            assert_eq!(inline, t.len() <= INLINE_MAX);
        }
    }
}
