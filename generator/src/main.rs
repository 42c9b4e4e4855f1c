//! `cargo run -p generator [-- --check]`: regenerates `runtime/src/generated/`
//! from `bytecodes.def`, or (with `--check`) fails with a diff when a
//! generated file is stale.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = args.iter().any(|a| a == "--check");
    if let Some(bad) = args.iter().find(|a| *a != "--check") {
        eprintln!(
            "generator: unknown argument `{bad}`\nusage: cargo run -p generator [-- --check]"
        );
        return ExitCode::from(2);
    }
    let root = generator::repo_root();
    let def_path = root.join("bytecodes.def");
    let source = match std::fs::read_to_string(&def_path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("generator: cannot read {}: {e}", def_path.display());
            return ExitCode::FAILURE;
        }
    };
    let templates = match generator::read_templates(&root) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("generator: {e}");
            return ExitCode::FAILURE;
        }
    };
    let outputs = match generator::generate("bytecodes.def", &source, &templates) {
        Ok(o) => o,
        Err(msg) => {
            eprint!("{msg}");
            return ExitCode::FAILURE;
        }
    };
    let mut stale = 0;
    for out in &outputs {
        let path = root.join(out.path);
        let old = std::fs::read_to_string(&path).unwrap_or_default();
        if old == out.text {
            continue;
        }
        if check {
            stale += 1;
            eprintln!("{}", generator::diff(out.path, &old, &out.text));
        } else {
            if let Some(dir) = path.parent() {
                if let Err(e) = std::fs::create_dir_all(dir) {
                    eprintln!("generator: cannot create {}: {e}", dir.display());
                    return ExitCode::FAILURE;
                }
            }
            if let Err(e) = std::fs::write(&path, &out.text) {
                eprintln!("generator: cannot write {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
            println!("wrote {}", out.path);
        }
    }
    if stale > 0 {
        eprintln!("{stale} generated file(s) are stale: run `cargo run -p generator` and commit the result.");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
