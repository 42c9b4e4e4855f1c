//! The standard library modules written in Python (`runtime/lib/`),
//! embedded at build time by `build.rs`. With `TIERCEL_LIB=DIR` in the
//! environment they are read from DIR instead, so library work needs no
//! rebuild.

include!(concat!(env!("OUT_DIR"), "/stdlib.rs"));

/// A library module's source: (source, file name for tracebacks, whether
/// it is a package). None if `name` (dotted) is not one.
pub fn find(name: &str) -> Option<(String, String, bool)> {
    if let Some(dir) = std::env::var_os("TIERCEL_LIB") {
        let base = std::path::Path::new(&dir).join(name.replace('.', "/"));
        let init = base.join("__init__.py");
        if let Ok(s) = std::fs::read_to_string(&init) {
            return Some((s, init.to_string_lossy().into_owned(), true));
        }
        let file = base.with_extension("py");
        return std::fs::read_to_string(&file)
            .ok()
            .map(|s| (s, file.to_string_lossy().into_owned(), false));
    }
    let i = STDLIB.binary_search_by(|(n, _, _)| (*n).cmp(name)).ok()?;
    let (_, pkg, src) = STDLIB[i];
    Some((src.to_string(), format!("<frozen {name}>"), pkg))
}

#[cfg(test)]
mod tests {
    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(super::STDLIB.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
