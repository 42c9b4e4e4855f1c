//! Shared helpers for Tiercel's test suites: finding and building the
//! `tiercel` binary, running programs, and showing diffs.

use std::path::{Path, PathBuf};
use std::process::Command;

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

/// The `tiercel` binary: `$TIERCEL_BIN` if set, else `target/debug/tiercel`,
/// built first with cargo so the tests never run a stale binary.
pub fn tiercel_bin() -> PathBuf {
    if let Ok(p) = std::env::var("TIERCEL_BIN") {
        return PathBuf::from(p);
    }
    let root = repo_root();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .args(["build", "-q", "-p", "runtime", "--bin", "tiercel"])
        .current_dir(&root)
        .status()
        .expect("cargo runs");
    assert!(status.success(), "building the tiercel binary failed");
    let target = std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root.join("target"));
    target.join("debug").join("tiercel")
}

/// A line diff of `expected` and `actual`, marking lines that differ.
pub fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    let n = e.len().max(a.len());
    let mut shown = 0;
    for i in 0..n {
        let (x, y) = (e.get(i), a.get(i));
        if x != y {
            if let Some(x) = x {
                out.push_str(&format!("-{:>4}: {x}\n", i + 1));
            }
            if let Some(y) = y {
                out.push_str(&format!("+{:>4}: {y}\n", i + 1));
            }
            shown += 1;
            if shown >= 12 {
                out.push_str("  ... (more differences)\n");
                break;
            }
        }
    }
    out
}
