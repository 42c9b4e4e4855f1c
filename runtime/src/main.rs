//! The `tiercel` binary: `tiercel FILE [args]`, `tiercel -c CMD`,
//! `tiercel --dis FILE`, `tiercel --version`.

use std::io::Write;
use std::process::ExitCode;
use tiercel::interp::traceback;
use tiercel::{PyErr, Vm};

const USAGE: &str =
    "usage: tiercel [--dis] [-X leakcheck] [-X nospecialize] [-X stats] (FILE | -c CMD) [args...]\n       tiercel --version";

/// The interpreter runs on a thread with a large stack: Python-to-Python
/// calls do not use the Rust stack, but calls through builtins (a `key=`
/// function, `repr` of nested containers) do, and a raised recursion limit
/// must meet RecursionError, not a native stack overflow.
const STACK_SIZE: usize = 1 << 30;

fn main() -> ExitCode {
    // A panic is a bug: reported as the default hook reports it, then the
    // process exits 70 (EX_SOFTWARE), whether the build unwinds or (the
    // release profile) aborts.
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        report(info);
        let _ = std::io::stdout().flush();
        std::process::exit(70);
    }));
    match std::thread::Builder::new()
        .name("tiercel".into())
        .stack_size(STACK_SIZE)
        .spawn(real_main)
    {
        Ok(handle) => handle.join().unwrap_or(ExitCode::from(70)),
        Err(e) => {
            eprintln!("tiercel: cannot start the interpreter thread: {e}");
            ExitCode::from(70)
        }
    }
}

fn real_main() -> ExitCode {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let mut dis = false;
    let mut leakcheck = false;
    let mut stats = std::env::var_os("TIERCEL_STATS").is_some_and(|v| v == "1");
    let mut command: Option<String> = None;
    let mut file: Option<String> = None;
    let mut rest: Vec<String> = Vec::new();
    loop {
        let arg = match parser.next() {
            Ok(Some(a)) => a,
            Ok(None) => break,
            Err(e) => {
                eprintln!("tiercel: {e}\n{USAGE}");
                return ExitCode::from(2);
            }
        };
        match arg {
            Long("version") | Short('V') => {
                println!(
                    "Tiercel {} (Python 3.11 compatible)",
                    env!("CARGO_PKG_VERSION")
                );
                return ExitCode::SUCCESS;
            }
            Long("help") | Short('h') => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            Long("dis") => dis = true,
            Short('X') => match parser.value().map(|v| v.to_string_lossy().into_owned()) {
                Ok(opt) if opt == "leakcheck" => leakcheck = true,
                Ok(opt) if opt == "nospecialize" => tiercel::interp::specialize::disable(),
                Ok(opt) if opt == "stats" => stats = true,
                Ok(opt) => {
                    eprintln!(
                        "tiercel: unknown -X option '{opt}' (known: leakcheck, nospecialize, stats)"
                    );
                    return ExitCode::from(2);
                }
                Err(e) => {
                    eprintln!("tiercel: {e}\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            Short('c') => {
                match parser.value() {
                    Ok(v) => command = Some(v.to_string_lossy().into_owned()),
                    Err(e) => {
                        eprintln!("tiercel: {e}\n{USAGE}");
                        return ExitCode::from(2);
                    }
                }
                rest = parser
                    .raw_args()
                    .map(|r| r.map(|a| a.to_string_lossy().into_owned()).collect())
                    .unwrap_or_default();
                break;
            }
            Value(v) => {
                file = Some(v.to_string_lossy().into_owned());
                rest = parser
                    .raw_args()
                    .map(|r| r.map(|a| a.to_string_lossy().into_owned()).collect())
                    .unwrap_or_default();
                break;
            }
            other => {
                eprintln!("tiercel: {}\n{USAGE}", other.unexpected());
                return ExitCode::from(2);
            }
        }
    }
    let (source, filename, argv0) = match (&command, &file) {
        (Some(c), _) => (c.clone(), "<string>".to_string(), "-c".to_string()),
        (None, Some(f)) => match std::fs::read_to_string(f) {
            // As CPython 3.9+: the script's path made absolute (for
            // `__file__`, tracebacks and `sys.path[0]`); argv[0] as given.
            Ok(s) => (s, absolute(f), f.clone()),
            Err(e) => {
                eprintln!(
                    "tiercel: can't open file '{f}': [Errno {}] {e}",
                    e.raw_os_error().unwrap_or(0)
                );
                return ExitCode::from(2);
            }
        },
        (None, None) => {
            eprintln!("tiercel: no program given (the REPL is not written yet)\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut argv = vec![argv0];
    argv.extend(rest);
    let mut vm = Vm::new(argv);
    // sys.path[0]: the script's directory ("" for -c: the current one).
    let script_dir = match &file {
        Some(_) if command.is_none() => std::path::Path::new(&filename)
            .parent()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default(),
        _ => String::new(),
    };
    if let Some(l) = vm.sys_path.as_list() {
        l.borrow_mut()
            .push(tiercel::object::str::new_str(script_dir.as_str()));
    }
    if dis {
        return match tiercel::compile::compile_module(&mut vm, &source, &filename) {
            Ok(code) => {
                print!("{}", tiercel::compile::dis::disassemble(&code));
                ExitCode::SUCCESS
            }
            Err(e) => report(&mut vm, e),
        };
    }
    if stats && !tiercel::stats::ENABLED {
        eprintln!(
            "tiercel: -X stats needs a build with the counters: cargo build --release --features stats"
        );
        return ExitCode::from(2);
    }
    let result = vm.run_main(&source, &filename);
    let _ = std::io::stdout().flush();
    let code = match result {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => report(&mut vm, e),
    };
    // Module globals are cleared at exit, so the finalizers (`__del__`) of
    // what they held run, as in CPython.
    let left = vm.teardown();
    let _ = std::io::stdout().flush();
    if stats {
        // After the program's own output, on stderr.
        eprint!("{}", tiercel::stats::report());
    }
    if leakcheck {
        // Every object must be gone once the interpreter is torn down.
        if left != 0 {
            eprintln!("tiercel: -X leakcheck: {left} objects still alive after teardown");
            return ExitCode::from(99);
        }
    }
    code
}

/// `os.path.abspath(path)`: joined to the current directory and
/// normalized lexically (`.` and `..` removed; symlinks not resolved).
fn absolute(path: &str) -> String {
    use std::path::{Component, PathBuf};
    let joined = match std::env::current_dir() {
        Ok(cwd) => cwd.join(path),
        Err(_) => return path.to_string(),
    };
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out.to_string_lossy().into_owned()
}

/// Prints an uncaught exception (or handles SystemExit) and picks the exit code.
fn report(vm: &mut Vm, e: PyErr) -> ExitCode {
    let _ = std::io::stdout().flush();
    if vm.is_instance_of(&e.0, &vm.exc.system_exit.clone()) {
        let code = tiercel::interp::ops::getattr(vm, &e.0, &tiercel::object::str::new_str("code"))
            .unwrap_or(tiercel::Value::NONE);
        if code.is_none() {
            return ExitCode::SUCCESS;
        }
        if let Some(i) = code.as_small_int() {
            return ExitCode::from((i & 0xff) as u8);
        }
        let msg = tiercel::interp::ops::str_(vm, &code).unwrap_or_default();
        eprintln!("{msg}");
        return ExitCode::from(1);
    }
    let text = traceback::format_exception(vm, &e);
    let _ = std::io::stderr().write_all(text.as_bytes());
    // As CPython: an uncaught KeyboardInterrupt ends the process by SIGINT
    // (so a shell sees 130 and a parent sees the signal).
    if vm.is_instance_of(&e.0, &vm.exc.keyboard_interrupt.clone()) {
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().flush();
        // SAFETY: restoring the default SIGINT action and raising it are
        // async-signal-safe libc calls with no Rust-side state involved;
        // the default action ends the process.
        unsafe {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            libc::raise(libc::SIGINT);
        }
        return ExitCode::from(130);
    }
    ExitCode::from(1)
}

/// mimalloc: small-object allocation is most of what a Python VM does, and
/// it is markedly faster at it than glibc's malloc (measured on the
/// benchmarks; see the issue notes). Its plain entry points are used for
/// the alignments every mimalloc block has: `mimalloc::MiMalloc` always
/// takes the aligned path, some 15 instructions more per allocation.
struct Mi;

/// Every mimalloc block is aligned to at least a word: blocks of one size
/// class sit at multiples of their size (a multiple of 8) from an aligned
/// page start.
const MI_WORD_ALIGN: usize = 8;

// SAFETY: the four entry points forward to mimalloc, which returns blocks
// of at least the size asked, aligned as asked (the plain functions only
// for alignments of a word or less, which every block has), and frees and
// reallocates blocks it returned whichever entry point made them.
unsafe impl std::alloc::GlobalAlloc for Mi {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys as mi;
        if layout.align() <= MI_WORD_ALIGN {
            mi::mi_malloc(layout.size()) as *mut u8
        } else {
            mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }
    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys as mi;
        if layout.align() <= MI_WORD_ALIGN {
            mi::mi_zalloc(layout.size()) as *mut u8
        } else {
            mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }
    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        libmimalloc_sys::mi_free(ptr as *mut std::ffi::c_void);
    }
    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        use libmimalloc_sys as mi;
        let p = ptr as *mut std::ffi::c_void;
        if layout.align() <= MI_WORD_ALIGN {
            mi::mi_realloc(p, new_size) as *mut u8
        } else {
            mi::mi_realloc_aligned(p, new_size, layout.align()) as *mut u8
        }
    }
}

#[global_allocator]
static ALLOC: Mi = Mi;
