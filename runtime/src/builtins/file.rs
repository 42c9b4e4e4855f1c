//! `open()` and its file objects: text (UTF-8, ASCII or Latin-1 with
//! `errors=`, universal newlines on reading unless `newline=` says
//! otherwise) and binary, for reading (`r`), writing (`w`, `x`) and
//! appending (`a`), and the `+` modes that read and write one file, as
//! context managers and line iterators. Not done: other encodings,
//! `truncate`, and the binary `+` type (`BufferedRandom`; such a file
//! reports itself as a `BufferedReader`).
//!
//! A file being read is read whole at open; one being written collects
//! what is written and writes it out on `flush()` and `close()` (and when
//! the object is freed); a `+` file holds the whole content, is changed in
//! place, and is written back whole on flush.

use super::functions::{check_args, no_kwargs, parse_kwargs};
use super::{new_builtin, BuiltinFn};
use crate::interp::{ops, PyErr, PyResult, Vm};
use crate::object::str::new_str;
use crate::object::{alloc, new_list, ObjData};
use crate::value::Value;
use std::cell::RefCell;
use std::io::Write;

pub struct FileObj {
    pub name: String,
    pub mode: String,
    pub binary: bool,
    /// A text file's encoding as given (`UTF-8` by default), its
    /// normalized name, and the error handler.
    pub encoding: String,
    pub codec: String,
    pub errors: String,
    /// Translate `\n` to this when writing text (`newline='\r\n'`).
    pub write_newline: Option<String>,
    /// 1 for `sys.stdout`, 2 for `sys.stderr`: written through at once;
    /// 3 for `sys.stdin`: read from standard input as the program asks;
    /// 0 for a file from `open()`.
    pub stream: u8,
    pub state: RefCell<FileState>,
}

/// `sys.stdout` (1) or `sys.stderr` (2).
pub fn std_stream(fd: u8) -> Value {
    alloc(ObjData::File(Box::new(FileObj {
        name: if fd == 1 { "<stdout>" } else { "<stderr>" }.to_string(),
        mode: "w".to_string(),
        binary: false,
        encoding: "utf-8".to_string(),
        codec: "utf-8".to_string(),
        errors: "strict".to_string(),
        write_newline: None,
        stream: fd,
        state: RefCell::new(FileState {
            data: Vec::new(),
            pos: 0,
            readable: false,
            out: None,
            pending: Vec::new(),
            closed: false,
            plus: false,
            append: false,
            dirty: false,
        }),
    })))
}

/// `sys.stdin`: text read from standard input on demand (a line at a time
/// for readline and iteration, everything for read()).
pub fn stdin_stream() -> Value {
    alloc(ObjData::File(Box::new(FileObj {
        name: "<stdin>".to_string(),
        mode: "r".to_string(),
        binary: false,
        encoding: "utf-8".to_string(),
        codec: "utf-8".to_string(),
        errors: "strict".to_string(),
        write_newline: None,
        stream: 3,
        state: RefCell::new(FileState {
            data: Vec::new(),
            pos: 0,
            readable: true,
            out: None,
            pending: Vec::new(),
            closed: false,
            plus: false,
            append: false,
            dirty: false,
        }),
    })))
}

/// For `sys.stdin`: reads more of standard input into the buffer, one
/// line or (`all`) everything left.
fn fill_stdin(f: &FileObj, all: bool) {
    if f.stream != 3 {
        return;
    }
    use std::io::{BufRead, Read};
    let mut st = f.state.borrow_mut();
    let mut more = Vec::new();
    let stdin = std::io::stdin();
    let mut lock = stdin.lock();
    let _ = if all {
        lock.read_to_end(&mut more)
    } else {
        if st.data[st.pos..].contains(&b'\n') {
            return;
        }
        lock.read_until(b'\n', &mut more)
    };
    // Decoded leniently: the bytes become UTF-8 text.
    let text = String::from_utf8_lossy(&more).into_owned();
    st.data.extend_from_slice(text.as_bytes());
}

/// Writes `s` to standard output (1) or error (2).
pub fn write_std(fd: u8, s: &[u8], flush: bool) -> std::io::Result<()> {
    if fd == 2 {
        let _ = std::io::stdout().flush();
        let mut e = std::io::stderr().lock();
        e.write_all(s)?;
        e.flush()
    } else {
        let mut o = std::io::stdout().lock();
        o.write_all(s)?;
        if flush {
            o.flush()?;
        }
        Ok(())
    }
}

pub struct FileState {
    /// The whole content of a file opened for reading, and where we are.
    pub data: Vec<u8>,
    pub pos: usize,
    pub readable: bool,
    /// A file opened for writing or appending, and what waits to go out.
    pub out: Option<std::fs::File>,
    pub pending: Vec<u8>,
    pub closed: bool,
    /// A `+` mode: `data` is the whole file, written in place at `pos`
    /// (at the end, for `a+`) and written back whole on flush when
    /// `dirty`.
    pub plus: bool,
    pub append: bool,
    pub dirty: bool,
}

impl FileObj {
    /// Writes what is pending (best effort when called from a drop).
    fn flush(&self) -> std::io::Result<()> {
        let mut st = self.state.borrow_mut();
        if st.plus {
            if !st.dirty {
                return Ok(());
            }
            st.dirty = false;
            let bytes = if self.binary {
                st.data.clone()
            } else {
                // Text was checked encodable as it was written; anything
                // else (a character decoded with errors='replace') becomes '?'.
                let text = String::from_utf8_lossy(&st.data).into_owned();
                encode_lossy(&text, &self.codec)
            };
            if let Some(f) = st.out.as_mut() {
                use std::io::Seek;
                f.set_len(0)?;
                f.seek(std::io::SeekFrom::Start(0))?;
                f.write_all(&bytes)?;
                f.flush()?;
            }
            return Ok(());
        }
        let pending = std::mem::take(&mut st.pending);
        if let Some(f) = st.out.as_mut() {
            f.write_all(&pending)?;
            f.flush()?;
        }
        Ok(())
    }
}

/// `text` in `codec` (utf-8, ascii or latin-1), '?' for what it cannot hold.
fn encode_lossy(text: &str, codec: &str) -> Vec<u8> {
    let Some(limit) = super::bytes::single_byte_limit(codec) else {
        return text.as_bytes().to_vec();
    };
    text.chars()
        .map(|c| {
            if (c as u32) < limit {
                c as u32 as u8
            } else {
                b'?'
            }
        })
        .collect()
}

impl Drop for FileObj {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

/// An OSError subclass for an I/O error, as CPython words it:
/// `[Errno 2] No such file or directory: 'x.txt'`.
pub fn os_error(vm: &Vm, e: &std::io::Error, filename: &str) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let class = match e.kind() {
        std::io::ErrorKind::NotFound => vm.exc.file_not_found_error.clone(),
        std::io::ErrorKind::PermissionDenied => vm.exc.permission_error.clone(),
        std::io::ErrorKind::AlreadyExists => vm.exc.file_exists_error.clone(),
        _ if errno == 21 => vm.exc.is_a_directory_error.clone(),
        _ if errno == 20 => vm.exc.not_a_directory_error.clone(),
        _ => vm.exc.os_error.clone(),
    };
    let strerror = if e.raw_os_error().is_some() {
        strerror(errno)
    } else {
        e.to_string()
    };
    let exc = vm.new_exception(
        &class,
        vec![Value::int(errno as i64), new_str(strerror.as_str())],
    );
    if let Some(x) = exc.as_exception() {
        let d = crate::object::new_dict(crate::object::Dict::new());
        for (k, v) in [
            ("errno", Value::int(errno as i64)),
            ("strerror", new_str(strerror.as_str())),
            ("filename", new_str(filename)),
        ] {
            let key = new_str(k);
            let h = key.as_str().map_or(0, |s| s.hash());
            d.as_dict().expect("a dict").borrow_mut().insert(key, h, v);
        }
        *x.dict.borrow_mut() = d;
    }
    PyErr(exc)
}

/// The C library's message for `errno`, as CPython's OSError shows it.
pub(crate) fn strerror(errno: i32) -> String {
    let s = std::io::Error::from_raw_os_error(errno).to_string();
    s.split(" (os error").next().unwrap_or(&s).to_string()
}

/// `str(OSError)` with errno and strerror (and filename).
pub fn os_error_str(vm: &mut Vm, e: &Value) -> Option<String> {
    let x = e.as_exception()?;
    let d = x.dict.borrow().clone();
    let errno = vm.dict_get_str(&d, "errno")?;
    let strerror = vm.dict_get_str(&d, "strerror")?;
    let se = ops::str_(vm, &strerror).ok()?;
    let mut s = format!("[Errno {}] {se}", ops::str_(vm, &errno).ok()?);
    if let Some(f) = vm.dict_get_str(&d, "filename") {
        if !f.is_none() {
            s.push_str(&format!(": {}", ops::repr(vm, &f).ok()?));
            if let Some(f2) = vm.dict_get_str(&d, "filename2").filter(|f| !f.is_none()) {
                s.push_str(&format!(" -> {}", ops::repr(vm, &f2).ok()?));
            }
        }
    }
    Some(s)
}

fn builtin_open(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kw) = parse_kwargs(
        vm,
        "open",
        args,
        kwnames,
        &["file", "mode", "buffering", "encoding", "errors", "newline"],
    )?;
    check_args(vm, "open", pos.len(), 1, 6)?;
    let Some(name) = pos
        .first()
        .or(kw[0])
        .and_then(|f| f.as_str())
        .map(|s| s.as_str().to_string())
    else {
        return Err(vm.type_error("open() argument 'file' must be str"));
    };
    let mode = match pos.get(1).or(kw[1]) {
        Some(m) => match m.as_str() {
            Some(m) => m.as_str().to_string(),
            None => return Err(vm.type_error("open() argument 'mode' must be str")),
        },
        None => "r".to_string(),
    };
    let text_arg = |i: usize, what: &str| -> PyResult<Option<String>> {
        match pos.get(i).or(kw[i]).filter(|v| !v.is_none()) {
            None => Ok(None),
            Some(v) => match v.as_str() {
                Some(s) => Ok(Some(s.as_str().to_string())),
                None => Err(vm.type_error(format!(
                    "open() argument '{what}' must be str or None, not {}",
                    vm.type_name(v)
                ))),
            },
        }
    };
    let encoding = text_arg(3, "encoding")?;
    let errors = text_arg(4, "errors")?;
    let newline = text_arg(5, "newline")?;
    // CPython's checks, in its order.
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxabt+".contains(c) || seen.contains(c) {
            return Err(vm.value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
    }
    if mode.contains('b') && mode.contains('t') {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    match mode.chars().filter(|c| "rwxa".contains(*c)).count() {
        0 => {
            return Err(vm.value_error(
                "Must have exactly one of create/read/write/append mode and at most one plus",
            ))
        }
        1 => {}
        _ => return Err(vm.value_error("must have exactly one of create/read/write/append mode")),
    }
    let binary = mode.contains('b');
    if binary {
        for (v, what) in [
            (&encoding, "an encoding"),
            (&errors, "an errors"),
            (&newline, "a newline"),
        ] {
            if v.is_some() {
                return Err(vm.value_error(format!("binary mode doesn't take {what} argument")));
            }
        }
    }
    if let Some(n) = &newline {
        if !matches!(n.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(vm.value_error(format!("illegal newline value: {n}")));
        }
    }
    let codec = encoding
        .as_deref()
        .unwrap_or("utf-8")
        .to_lowercase()
        .replace('_', "-");
    let key = codec.replace('-', "");
    let simple = key == "utf8" || super::bytes::single_byte_limit(&codec).is_some();
    if !super::bytes::is_known_codec(&codec) {
        return Err(vm.error(
            &vm.exc.lookup_error.clone(),
            format!("unknown encoding: {}", encoding.as_deref().unwrap_or("")),
        ));
    }
    // Written text is encoded a write() at a time, so a codec that starts
    // with a byte order mark, or any of these in a + mode (written back
    // whole without a Vm), is not supported for writing yet.
    if !binary
        && !simple
        && (mode.contains('+')
            || (!mode.contains('r') && matches!(key.as_str(), "utf16" | "utf32")))
    {
        return Err(vm.not_implemented(&format!(
            "open() for writing with encoding '{}' is not supported yet",
            encoding.as_deref().unwrap_or("")
        )));
    }
    let errors = errors.unwrap_or_else(|| "strict".to_string());
    let mut state = FileState {
        data: Vec::new(),
        pos: 0,
        readable: false,
        out: None,
        pending: Vec::new(),
        closed: false,
        plus: mode.contains('+'),
        append: mode.contains('a'),
        dirty: false,
    };
    let kind = mode.chars().find(|c| "rwxa".contains(*c));
    if state.plus {
        let mut o = std::fs::OpenOptions::new();
        o.read(true).write(true);
        match kind {
            Some('r') => &mut o,
            Some('w') => o.create(true).truncate(true),
            Some('x') => o.create_new(true),
            _ => o.create(true),
        };
        let mut file = o.open(&name).map_err(|e| os_error(vm, &e, &name))?;
        let mut raw = Vec::new();
        std::io::Read::read_to_end(&mut file, &mut raw).map_err(|e| os_error(vm, &e, &name))?;
        state.data = if binary {
            raw
        } else {
            let mut text = super::bytes::decode_with(vm, &raw, &codec, &errors)?;
            if newline.is_none() {
                text = text.replace("\r\n", "\n").replace('\r', "\n");
            }
            text.into_bytes()
        };
        if state.append {
            state.pos = state.data.len();
        }
        state.readable = true;
        state.out = Some(file);
    }
    match kind {
        _ if state.plus => {}
        Some('r') => {
            state.data = std::fs::read(&name).map_err(|e| os_error(vm, &e, &name))?;
            if !binary {
                // Decoded at open (CPython decodes as it reads, so a bad
                // byte is reported here rather than by the read).
                let mut text = super::bytes::decode_with(vm, &state.data, &codec, &errors)?;
                if newline.is_none() {
                    // Universal newlines.
                    text = text.replace("\r\n", "\n").replace('\r', "\n");
                }
                state.data = text.into_bytes();
            }
            state.readable = true;
        }
        Some(c) => {
            let mut o = std::fs::OpenOptions::new();
            match c {
                'w' => o.write(true).create(true).truncate(true),
                'x' => o.write(true).create_new(true),
                _ => o.append(true).create(true),
            };
            state.out = Some(o.open(&name).map_err(|e| os_error(vm, &e, &name))?);
        }
        None => unreachable!("checked"),
    }
    let mode_attr = mode.replace('t', "");
    let write_newline = newline.filter(|n| n == "\r" || n == "\r\n");
    Ok(alloc(ObjData::File(Box::new(FileObj {
        name,
        mode: mode_attr,
        binary,
        encoding: encoding.unwrap_or_else(|| "UTF-8".to_string()),
        codec,
        errors,
        write_newline,
        stream: 0,
        state: RefCell::new(state),
    }))))
}

fn self_file<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a FileObj> {
    match args.first().and_then(|a| a.data()) {
        Some(ObjData::File(f)) => Ok(f),
        _ => Err(vm.type_error("descriptor requires a file object")),
    }
}

fn check_open(vm: &Vm, f: &FileObj) -> PyResult<()> {
    if f.state.borrow().closed {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(())
}

fn check_readable(vm: &Vm, f: &FileObj) -> PyResult<()> {
    check_open(vm, f)?;
    if !f.state.borrow().readable {
        return Err(vm.error(&vm.exc.os_error, "not readable"));
    }
    Ok(())
}

/// Bytes or text of `data`, as the file's mode says.
fn wrap(f: &FileObj, data: &[u8]) -> Value {
    if f.binary {
        super::bytes::new_bytes(data.to_vec())
    } else {
        new_str(String::from_utf8_lossy(data).into_owned())
    }
}

fn f_read(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "read", kwnames)?;
    let f = self_file(vm, args)?;
    check_readable(vm, f)?;
    let n = match args.get(1) {
        Some(n) if !n.is_none() => crate::object::int::as_int(n)
            .and_then(|i| i.to_i64())
            .unwrap_or(-1),
        _ => -1,
    };
    fill_stdin(f, true);
    let mut st = f.state.borrow_mut();
    let start = st.pos;
    let end = if n < 0 {
        st.data.len()
    } else if f.binary {
        (start + n as usize).min(st.data.len())
    } else {
        // n characters of UTF-8 text.
        let text = &st.data[start..];
        let s = String::from_utf8_lossy(text);
        let bytes: usize = s.chars().take(n as usize).map(char::len_utf8).sum();
        start + bytes.min(text.len())
    };
    st.pos = end;
    let out = st.data[start..end].to_vec();
    drop(st);
    Ok(wrap(f, &out))
}

/// The next line (with its newline), or an empty value at the end.
fn next_line(f: &FileObj) -> Vec<u8> {
    fill_stdin(f, false);
    let mut st = f.state.borrow_mut();
    let start = st.pos;
    let end = match st.data[start..].iter().position(|&c| c == b'\n') {
        Some(i) => start + i + 1,
        None => st.data.len(),
    };
    st.pos = end;
    st.data[start..end].to_vec()
}

fn f_readline(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "readline", kwnames)?;
    let f = self_file(vm, args)?;
    check_readable(vm, f)?;
    let line = next_line(f);
    Ok(wrap(f, &line))
}

fn f_readlines(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "readlines", kwnames)?;
    let f = self_file(vm, args)?;
    check_readable(vm, f)?;
    let mut lines = Vec::new();
    loop {
        let line = next_line(f);
        if line.is_empty() {
            break;
        }
        lines.push(wrap(f, &line));
    }
    Ok(new_list(lines))
}

fn f_next(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "__next__", kwnames)?;
    let f = self_file(vm, args)?;
    check_readable(vm, f)?;
    let line = next_line(f);
    if line.is_empty() {
        return Err(vm.stop_iteration());
    }
    Ok(wrap(f, &line))
}

/// The check of readable()/writable()/seekable()/isatty()/fileno(): the
/// message has no final period there, as CPython's text files word it.
fn check_open_query(vm: &Vm, f: &FileObj) -> PyResult<()> {
    if f.state.borrow().closed {
        return Err(vm.value_error("I/O operation on closed file"));
    }
    Ok(())
}

fn f_readable(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    let f = self_file(vm, args)?;
    check_open_query(vm, f)?;
    let readable = f.stream == 3 || (f.stream == 0 && f.state.borrow().readable);
    Ok(Value::bool(readable))
}

fn f_writable(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    let f = self_file(vm, args)?;
    check_open_query(vm, f)?;
    let writable = f.stream == 1 || f.stream == 2 || f.state.borrow().out.is_some();
    Ok(Value::bool(writable))
}

/// Files from open() can seek; the standard streams report what their
/// descriptor is (a terminal or pipe cannot).
fn f_seekable(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    let f = self_file(vm, args)?;
    check_open_query(vm, f)?;
    Ok(Value::bool(f.stream == 0))
}

fn f_isatty(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    let f = self_file(vm, args)?;
    check_open_query(vm, f)?;
    let fd = match f.stream {
        1 => 1,
        2 => 2,
        3 => 0,
        _ => return Ok(Value::FALSE),
    };
    // SAFETY: isatty accepts any descriptor number.
    Ok(Value::bool(unsafe { libc::isatty(fd) } == 1))
}

/// The descriptor of a standard stream or of a file open for writing.
/// (A file open only for reading was read whole at open(); its descriptor
/// is closed.)
fn f_fileno(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    let f = self_file(vm, args)?;
    check_open_query(vm, f)?;
    match f.stream {
        1 => return Ok(Value::int(1)),
        2 => return Ok(Value::int(2)),
        3 => return Ok(Value::int(0)),
        _ => {}
    }
    let st = f.state.borrow();
    match &st.out {
        Some(file) => Ok(Value::int(
            std::os::unix::io::AsRawFd::as_raw_fd(file) as i64
        )),
        None => Err(vm.error(
            &vm.exc.os_error,
            "fileno: the file was read whole when opened and has no descriptor",
        )),
    }
}

fn f_iter(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    let f = self_file(vm, args)?;
    check_open(vm, f)?;
    Ok(args[0].clone())
}

fn f_write(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "write", kwnames)?;
    check_args(vm, "write", args.len(), 2, 2)?;
    let f = self_file(vm, args)?;
    check_open(vm, f)?;
    if f.stream == 1 || f.stream == 2 {
        let Some(s) = args[1].as_str() else {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                vm.type_name(&args[1])
            )));
        };
        write_std(f.stream, s.as_str().as_bytes(), false)
            .map_err(|e| vm.error(&vm.exc.os_error, e.to_string()))?;
        return Ok(Value::int(s.len() as i64));
    }
    if f.state.borrow().out.is_none() {
        return Err(vm.error(&vm.exc.os_error, "not writable"));
    }
    let (data, n) = if f.binary {
        match super::bytes::bytes_of(&args[1]) {
            Some(b) => {
                let n = b.len();
                (b, n)
            }
            None => {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(&args[1])
                )))
            }
        }
    } else {
        match args[1].as_str() {
            Some(s) => {
                let text = match &f.write_newline {
                    Some(nl) => s.as_str().replace('\n', nl),
                    None => s.as_str().to_string(),
                };
                let data = super::bytes::encode_with(vm, &text, &f.codec, &f.errors)?;
                (data, s.len())
            }
            None => {
                return Err(vm.type_error(format!(
                    "write() argument must be str, not {}",
                    vm.type_name(&args[1])
                )))
            }
        }
    };
    let mut st = f.state.borrow_mut();
    if st.plus {
        let data = if f.binary {
            data
        } else {
            // `data` holds text as UTF-8; the encoding is applied on flush.
            match &f.write_newline {
                Some(nl) => args[1]
                    .as_str()
                    .map_or(String::new(), |s| s.as_str().replace('\n', nl)),
                None => args[1]
                    .as_str()
                    .map_or(String::new(), |s| s.as_str().to_string()),
            }
            .into_bytes()
        };
        if st.append {
            st.pos = st.data.len();
        }
        let at = st.pos;
        let end = (at + data.len()).min(st.data.len());
        st.data.splice(at..end, data.iter().copied());
        st.pos = at + data.len();
        st.dirty = true;
        return Ok(Value::int(n as i64));
    }
    st.pending.extend(data);
    Ok(Value::int(n as i64))
}

fn f_writelines(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    no_kwargs(vm, "writelines", kwnames)?;
    check_args(vm, "writelines", args.len(), 2, 2)?;
    for line in ops::iterate(vm, &args[1])? {
        f_write(vm, &[args[0].clone(), line], None)?;
    }
    Ok(Value::NONE)
}

fn f_flush(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    let f = self_file(vm, args)?;
    check_open(vm, f)?;
    if f.stream == 1 || f.stream == 2 {
        write_std(f.stream, b"", true).map_err(|e| vm.error(&vm.exc.os_error, e.to_string()))?;
        return Ok(Value::NONE);
    }
    f.flush().map_err(|e| os_error(vm, &e, &f.name))?;
    Ok(Value::NONE)
}

fn f_close(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    let f = self_file(vm, args)?;
    if f.state.borrow().closed {
        return Ok(Value::NONE);
    }
    f.flush().map_err(|e| os_error(vm, &e, &f.name))?;
    let mut st = f.state.borrow_mut();
    st.closed = true;
    st.out = None;
    st.data = Vec::new();
    Ok(Value::NONE)
}

fn f_enter(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    let f = self_file(vm, args)?;
    check_open(vm, f)?;
    Ok(args[0].clone())
}

fn f_exit(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    f_close(vm, &args[..1], None)?;
    Ok(Value::FALSE)
}

fn f_tell(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    let f = self_file(vm, args)?;
    check_open(vm, f)?;
    let st = f.state.borrow();
    Ok(Value::int(if st.readable {
        st.pos
    } else {
        st.pending.len()
    } as i64))
}

fn f_seek(vm: &mut Vm, args: &[Value], _kwnames: Option<&Value>) -> PyResult<Value> {
    check_args(vm, "seek", args.len(), 2, 3)?;
    let f = self_file(vm, args)?;
    check_readable(vm, f)?;
    let off = crate::object::int::as_int(&args[1])
        .and_then(|i| i.to_i64())
        .ok_or_else(|| vm.type_error("an integer is required"))?;
    let whence = args
        .get(2)
        .and_then(|w| crate::object::int::as_int(w).and_then(|i| i.to_i64()))
        .unwrap_or(0);
    let mut st = f.state.borrow_mut();
    let base = match whence {
        0 => 0,
        1 => st.pos as i64,
        _ => st.data.len() as i64,
    };
    st.pos = (base + off).clamp(0, st.data.len() as i64) as usize;
    Ok(Value::int(st.pos as i64))
}

/// The attributes of a file object.
pub fn getattr(vm: &mut Vm, v: &Value, name: &str) -> Option<Value> {
    let Some(ObjData::File(f)) = v.data() else {
        return None;
    };
    let _ = vm;
    Some(match name {
        "name" => new_str(f.name.as_str()),
        "mode" => new_str(f.mode.as_str()),
        "closed" => Value::bool(f.state.borrow().closed),
        "encoding" if !f.binary => new_str(f.encoding.as_str()),
        "errors" if !f.binary => new_str(f.errors.as_str()),
        _ => return None,
    })
}

pub(super) fn register(vm: &mut Vm, builtins: &Value) {
    vm.dict_set_str(builtins, "open", new_builtin("open", builtin_open, false));
    let methods: &[(&'static str, BuiltinFn)] = &[
        ("read", f_read),
        ("readline", f_readline),
        ("readlines", f_readlines),
        ("write", f_write),
        ("writelines", f_writelines),
        ("flush", f_flush),
        ("close", f_close),
        ("__enter__", f_enter),
        ("__exit__", f_exit),
        ("__iter__", f_iter),
        ("__next__", f_next),
        ("tell", f_tell),
        ("seek", f_seek),
        ("readable", f_readable),
        ("writable", f_writable),
        ("seekable", f_seekable),
        ("isatty", f_isatty),
        ("fileno", f_fileno),
    ];
    for t in [
        vm.types.text_io.clone(),
        vm.types.buffered_reader.clone(),
        vm.types.buffered_writer.clone(),
    ] {
        let d = t.as_type().expect("a type").dict.clone();
        for (name, f) in methods {
            vm.dict_set_str(&d, name, new_builtin(name, *f, true));
        }
    }
}
