//! Golden tests: each `ui/fail/NAME.def` must fail with exactly the
//! diagnostic in `ui/fail/NAME.err`; each `ui/pass/NAME.def` must generate
//! exactly the files in `ui/pass/NAME.<file>.rs`. `BLESS=1 cargo test -p
//! generator` rewrites the expected files.

use std::fs;
use std::path::Path;

fn ui_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("ui")
}

fn check(path: &Path, actual: &str, failures: &mut Vec<String>) {
    if std::env::var("BLESS").is_ok() {
        fs::write(path, actual).expect("write expected file");
        return;
    }
    let expected = fs::read_to_string(path).unwrap_or_default();
    if expected != actual {
        failures.push(format!(
            "{}:\n{}",
            path.display(),
            generator::diff(&path.display().to_string(), &expected, actual)
        ));
    }
}

fn defs(sub: &str) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = fs::read_dir(ui_dir().join(sub))
        .expect("ui dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "def"))
        .collect();
    v.sort();
    v
}

#[test]
fn malformed_definitions_give_exact_diagnostics() {
    let templates = generator::read_templates(&generator::repo_root()).expect("templates");
    let mut failures = Vec::new();
    let files = defs("fail");
    assert!(files.len() >= 15, "at least 15 malformed snippets");
    for p in files {
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        let src = fs::read_to_string(&p).expect("read def");
        match generator::generate(&name, &src, &templates) {
            Ok(_) => failures.push(format!("{name}: generated code, but should have failed")),
            Err(msg) => check(&p.with_extension("err"), &msg, &mut failures),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn small_definitions_generate_exact_code() {
    let templates = generator::read_templates(&generator::repo_root()).expect("templates");
    let mut failures = Vec::new();
    for p in defs("pass") {
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        let src = fs::read_to_string(&p).expect("read def");
        match generator::generate(&name, &src, &templates) {
            Err(msg) => failures.push(format!("{name}: failed:\n{msg}")),
            Ok(outputs) => {
                for o in outputs {
                    let file = Path::new(o.path)
                        .file_name()
                        .unwrap()
                        .to_string_lossy()
                        .into_owned();
                    check(&p.with_extension(file), &o.text, &mut failures);
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn checked_in_generated_files_are_fresh() {
    let root = generator::repo_root();
    let src = fs::read_to_string(root.join("bytecodes.def")).expect("bytecodes.def");
    let templates = generator::read_templates(&root).expect("templates");
    let outputs =
        generator::generate("bytecodes.def", &src, &templates).expect("bytecodes.def is valid");
    for o in outputs {
        let old = fs::read_to_string(root.join(o.path)).unwrap_or_default();
        assert!(
            old == o.text,
            "{} is stale: run `cargo run -p generator`\n{}",
            o.path,
            generator::diff(o.path, &old, &o.text)
        );
    }
}
