//! Runs every program in tests/python/ with `tiercel` and compares stdout,
//! stderr and the exit code with what CPython 3.11 printed (checked in
//! beside each program; `python3 tests/regen.py` rewrites them).
//!
//! Every program runs with `-X leakcheck`: after it ends, the interpreter
//! is torn down and every heap object must be gone (a leak prints a
//! message and exits 99, a double free crashes; both fail the comparison).
//!
//! Every program runs twice: as is, and with `-X nospecialize` (every
//! instruction kept generic), so the specialized and generic forms of the
//! tier-1 instructions must agree with each other and with CPython.
//!
//! Programs listed in tests/python/known_failures.txt are expected to fail
//! for now (features not yet built); the test fails if one of them starts
//! passing, so the list only shrinks.

use std::collections::BTreeSet;
use std::fs;
use std::process::Command;
use tiercel_tests::{diff, repo_root, tiercel_bin};

/// Runs a program, killing it after 30 seconds (a hang is a failure, not a
/// stuck test suite).
fn run_with_timeout(cmd: &mut Command) -> std::process::Output {
    use std::process::Stdio;
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tiercel runs");
    let start = std::time::Instant::now();
    let mut stdout = child.stdout.take().expect("piped");
    let mut stderr = child.stderr.take().expect("piped");
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut v).ok();
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut stderr, &mut v).ok();
        v
    });
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        if start.elapsed() > std::time::Duration::from_secs(30) {
            child.kill().ok();
            break child.wait().expect("wait");
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    };
    std::process::Output {
        status,
        stdout: out_t.join().unwrap_or_default(),
        stderr: err_t.join().unwrap_or_default(),
    }
}

#[test]
fn python_programs_match_cpython() {
    let bin = tiercel_bin();
    let dir = repo_root().join("tests").join("python");
    let known: BTreeSet<String> = fs::read_to_string(dir.join("known_failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let mut names: Vec<String> = fs::read_dir(&dir)
        .expect("tests/python exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".py"))
        .map(|n| n.trim_end_matches(".py").to_string())
        .collect();
    names.sort();
    assert!(
        names.len() >= 150,
        "expected at least 150 programs, found {}",
        names.len()
    );
    let (mut passed, mut failed, mut expected_fail) = (0, 0, 0);
    let mut report = String::new();
    let mut unexpected_pass = Vec::new();
    let mut prefixes = vec![format!("{}/", dir.display())];
    if let Ok(c) = fs::canonicalize(&dir) {
        prefixes.push(format!("{}/", c.display()));
    }
    // Longest first, so a longer spelling is never partly replaced.
    prefixes.sort_by_key(|p| std::cmp::Reverse(p.len()));
    // (name, extra flags) for every run, spread over two worker threads.
    // All first runs come before all second runs, so the two runs of one
    // program (which may use the same scratch files) never overlap.
    let modes: [&[&str]; 2] = [&[], &["-X", "nospecialize"]];
    let jobs: Vec<(String, usize)> = (0..modes.len())
        .flat_map(|m| names.iter().map(move |n| (n.clone(), m)))
        .collect();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<(String, usize, std::process::Output)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..2)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some((name, mode)) = jobs.get(i) else {
                            break done;
                        };
                        // NAME.stdin, when present, is the program's standard input.
                        let stdin = match fs::File::open(dir.join(format!("{name}.stdin"))) {
                            Ok(f) => std::process::Stdio::from(f),
                            Err(_) => std::process::Stdio::null(),
                        };
                        let out = run_with_timeout(
                            Command::new(&bin)
                                .args(["-X", "leakcheck"])
                                .args(modes[*mode])
                                .arg(format!("{name}.py"))
                                .current_dir(&dir)
                                .env("PYTHONHASHSEED", "0")
                                .stdin(stdin),
                        );
                        done.push((name.clone(), *mode, out));
                    }
                })
            })
            .collect();
        let mut all: Vec<_> = workers
            .into_iter()
            .flat_map(|w| w.join().expect("worker"))
            .collect();
        all.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
        all
    });
    for (name, mode, out) in &results {
        let label = if *mode == 0 {
            String::new()
        } else {
            format!(" [{}]", modes[*mode].join(" "))
        };
        let read =
            |ext: &str| fs::read_to_string(dir.join(format!("{name}.{ext}"))).unwrap_or_default();
        let want_out = read("stdout");
        let want_err = read("stderr");
        let want_code: i32 = read("exitcode").trim().parse().unwrap_or(0);
        // The script's absolute directory (in __file__ and tracebacks) is
        // stripped, as tests/regen.py strips it from CPython's output.
        let strip = |b: &[u8]| {
            let mut s = String::from_utf8_lossy(b).into_owned();
            for p in &prefixes {
                s = s.replace(p.as_str(), "");
            }
            s
        };
        let got_out = strip(&out.stdout);
        let got_err = strip(&out.stderr);
        // Killed by a signal: minus its number, as Python's subprocess says.
        let got_code = out.status.code().unwrap_or_else(|| {
            use std::os::unix::process::ExitStatusExt;
            out.status.signal().map_or(-1, |s| -s)
        });
        let ok = got_out == want_out && got_err == want_err && got_code == want_code;
        if ok {
            passed += 1;
            if known.contains(name) && *mode == 0 {
                unexpected_pass.push(name.clone());
            }
        } else if known.contains(name) {
            expected_fail += 1;
        } else {
            failed += 1;
            report.push_str(&format!(
                "\n=== {name}.py{label} (exit {got_code}, expected {want_code}) ===\n"
            ));
            if got_out != want_out {
                report.push_str("stdout:\n");
                report.push_str(&diff(&want_out, &got_out));
            }
            if got_err != want_err {
                report.push_str("stderr:\n");
                report.push_str(&diff(&want_err, &got_err));
            }
        }
    }
    eprintln!("{report}");
    eprintln!("python program runs (each program as is and with -X nospecialize): {passed} passed, {failed} failed, {expected_fail} known failures");
    assert!(
        unexpected_pass.is_empty(),
        "these now pass; remove them from known_failures.txt: {unexpected_pass:?}"
    );
    assert_eq!(
        failed, 0,
        "{failed} program(s) differ from CPython (see above)"
    );
}
