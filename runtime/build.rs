//! Embeds the standard library's Python source (`runtime/lib/`) in the
//! binary: writes `$OUT_DIR/stdlib.rs`, a table of (module name, is a
//! package, source) sorted by name.

use std::path::Path;

fn walk(dir: &Path, prefix: &str, out: &mut Vec<(String, bool, String)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("runtime/lib is readable")
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            if path.join("__init__.py").is_file() {
                let full = format!("{prefix}{name}");
                let init = path.join("__init__.py");
                out.push((full.clone(), true, init.to_string_lossy().into_owned()));
                walk(&path, &format!("{full}."), out);
            }
        } else if let Some(stem) = name.strip_suffix(".py") {
            if stem != "__init__" {
                out.push((
                    format!("{prefix}{stem}"),
                    false,
                    path.to_string_lossy().into_owned(),
                ));
            }
        }
    }
}

fn main() {
    let lib = Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("lib");
    println!("cargo:rerun-if-changed={}", lib.display());
    let mut modules = Vec::new();
    walk(&lib, "", &mut modules);
    modules.sort();
    let mut src = String::from("pub static STDLIB: &[(&str, bool, &str)] = &[\n");
    for (name, pkg, path) in &modules {
        src.push_str(&format!("    ({name:?}, {pkg}, include_str!({path:?})),\n"));
    }
    src.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("stdlib.rs");
    std::fs::write(out, src).unwrap();
}
