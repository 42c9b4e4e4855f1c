//! `import` for Python source modules and packages: name resolution
//! (relative imports against `__package__`), the search along `sys.path`
//! (a package's `__path__` for its submodules), running a module once and
//! caching it in `sys.modules` (before it runs, so circular imports see the
//! partly initialized module, as in CPython), `from ... import` with
//! submodule fallback, and `import *`.

use crate::interp::frame::Frame;
use crate::interp::{ops, PyErr, PyResult, Vm};
use crate::object::str::new_str;
use crate::object::{alloc, new_dict, new_list, Dict, Module, ObjData};
use crate::value::Value;
use std::path::{Path, PathBuf};

fn str_of(v: &Value) -> Option<String> {
    v.as_str().map(|s| s.as_str().to_string())
}

impl Vm {
    fn import_error(&self, msg: String, name: &str) -> PyErr {
        let err = self.error(&self.exc.import_error, msg);
        let _ = name;
        err
    }

    /// IMPORT_NAME: the module to bind (the top package for `import a.b`
    /// without a fromlist; the module itself otherwise).
    pub fn import_name(
        &mut self,
        frame: &Frame,
        name: &Value,
        level: &Value,
        fromlist: &Value,
    ) -> PyResult<Value> {
        let name = str_of(name).unwrap_or_default();
        let level = level.as_small_int().unwrap_or(0);
        let full = if level > 0 {
            self.resolve_relative(&frame.globals.clone(), &name, level as usize)?
        } else {
            name.clone()
        };
        let module = self.import_module(&full)?;
        let has_fromlist = !fromlist.is_none() && fromlist.as_tuple().is_none_or(|t| !t.is_empty());
        if has_fromlist || !full.contains('.') {
            return Ok(module);
        }
        if level > 0 {
            // `from . import x` never gets here (it has a fromlist).
            return Ok(module);
        }
        let top = full.split('.').next().unwrap_or(&full).to_string();
        let modules = self.modules.clone();
        Ok(self.dict_get_str(&modules, &top).unwrap_or(module))
    }

    /// The absolute name of `from .name import ...` at `level` dots.
    pub fn resolve_relative(
        &mut self,
        globals: &Value,
        name: &str,
        level: usize,
    ) -> PyResult<String> {
        let globals = globals.clone();
        let package = match self.dict_get_str(&globals, "__package__") {
            Some(p) if p.as_str().is_some() => str_of(&p).unwrap_or_default(),
            _ => {
                let modname = self
                    .dict_get_str(&globals, "__name__")
                    .and_then(|n| str_of(&n))
                    .unwrap_or_default();
                if self.dict_get_str(&globals, "__path__").is_some() {
                    modname
                } else {
                    modname
                        .rsplit_once('.')
                        .map_or(String::new(), |(p, _)| p.to_string())
                }
            }
        };
        if package.is_empty() {
            return Err(self.import_error(
                "attempted relative import with no known parent package".into(),
                name,
            ));
        }
        let parts: Vec<&str> = package.split('.').collect();
        if level > parts.len() {
            return Err(self.import_error(
                "attempted relative import beyond top-level package".into(),
                name,
            ));
        }
        let base = parts[..parts.len() - (level - 1)].join(".");
        Ok(if name.is_empty() {
            base
        } else {
            format!("{base}.{name}")
        })
    }

    /// Imports `full` (a dotted name) and its parents; returns `full`.
    pub fn import_module(&mut self, full: &str) -> PyResult<Value> {
        let modules = self.modules.clone();
        if let Some(m) = self.dict_get_str(&modules, full) {
            return Ok(m);
        }
        let (parent, last) = match full.rsplit_once('.') {
            Some((p, l)) => (Some(p.to_string()), l.to_string()),
            None => (None, full.to_string()),
        };
        let search: Vec<String> = match &parent {
            Some(p) => {
                let pm = self.import_module(p)?;
                if let Some(m) = self.dict_get_str(&modules, full) {
                    return Ok(m);
                }
                let path_name = self.interned.intern_static("__path__");
                match ops::getattr(self, &pm, &path_name) {
                    Ok(paths) => ops::iterate(self, &paths)?
                        .iter()
                        .filter_map(str_of)
                        .collect(),
                    Err(_) => {
                        return Err(self.error(
                            &self.exc.module_not_found_error,
                            format!("No module named '{full}'; '{p}' is not a package"),
                        ))
                    }
                }
            }
            None => {
                if let Some(m) = super::builtin_module(self, full) {
                    self.dict_set_str(&modules, full, m.clone());
                    return Ok(m);
                }
                let path = self.sys_path.clone();
                path.as_list()
                    .map(|l| l.borrow().iter().filter_map(str_of).collect())
                    .unwrap_or_default()
            }
        };
        for dir in &search {
            let base = if dir.is_empty() {
                PathBuf::from(&last)
            } else {
                Path::new(dir).join(&last)
            };
            let init = base.join("__init__.py");
            if init.is_file() {
                let pkg_dir = base.to_string_lossy().into_owned();
                let path = new_list(vec![new_str(pkg_dir.as_str())]);
                return self.exec_source_module(full, &init, Some(path));
            }
            let file = PathBuf::from(format!("{}.py", base.to_string_lossy()));
            if file.is_file() {
                return self.exec_source_module(full, &file, None);
            }
        }
        // The standard library's Python modules come after sys.path, as
        // CPython's library directory comes after the script's.
        if let Some((source, filename, is_pkg)) = super::stdlib::find(full) {
            // A library package's submodules are library modules too: its
            // __path__ is empty, so the search above finds none of them.
            let path = is_pkg.then(|| new_list(vec![]));
            return self.exec_module_source(full, source, filename, None, path);
        }
        Err(self.error(
            &self.exc.module_not_found_error,
            format!("No module named '{full}'"),
        ))
    }

    /// Runs the source file of module `name`.
    fn exec_source_module(
        &mut self,
        name: &str,
        file: &Path,
        package_path: Option<Value>,
    ) -> PyResult<Value> {
        let filename = file.to_string_lossy().into_owned();
        let source = match std::fs::read_to_string(file) {
            Ok(s) => s,
            Err(e) => {
                return Err(self.error(
                    &self.exc.import_error,
                    format!("cannot read {filename}: {e}"),
                ))
            }
        };
        let file_attr = Some(filename.clone());
        self.exec_module_source(name, source, filename, file_attr, package_path)
    }

    /// Runs `source` as module `name` (a package when `package_path`, its
    /// `__path__`, is given), registered in `sys.modules` while it runs; a
    /// failure unregisters it.
    fn exec_module_source(
        &mut self,
        name: &str,
        source: String,
        filename: String,
        file_attr: Option<String>,
        package_path: Option<Value>,
    ) -> PyResult<Value> {
        let dict = new_dict(Dict::new());
        self.dict_set_str(&dict, "__name__", new_str(name));
        self.dict_set_str(&dict, "__doc__", Value::NONE);
        if let Some(f) = file_attr {
            self.dict_set_str(&dict, "__file__", new_str(f.as_str()));
        }
        let package = match &package_path {
            Some(_) => name.to_string(),
            None => name
                .rsplit_once('.')
                .map_or(String::new(), |(p, _)| p.to_string()),
        };
        self.dict_set_str(&dict, "__package__", new_str(package));
        if let Some(p) = package_path {
            self.dict_set_str(&dict, "__path__", p);
        }
        self.dict_set_str(&dict, "__builtins__", self.builtins.clone());
        let module = alloc(ObjData::Module(Box::new(Module {
            name: name.to_string(),
            dict: dict.clone(),
        })));
        let modules = self.modules.clone();
        self.dict_set_str(&modules, name, module.clone());
        let result = crate::compile::compile_module(self, &source, &filename)
            .and_then(|code| self.run_code(code, dict.clone()));
        if let Err(e) = result {
            let key = new_str(name);
            let h = key.as_str().map_or(0, |s| s.hash());
            let removed = modules
                .as_dict()
                .and_then(|d| d.borrow_mut().remove(&key, h));
            drop(removed);
            return Err(e);
        }
        // A submodule becomes an attribute of its package.
        if let Some((parent, last)) = name.rsplit_once('.') {
            if let Some(p) = self.dict_get_str(&modules, parent) {
                if let Some(ObjData::Module(pm)) = p.data() {
                    let pd = pm.dict.clone();
                    self.dict_set_str(&pd, last, module.clone());
                }
            }
        }
        // What the module left in sys.modules under its name wins.
        Ok(self.dict_get_str(&modules, name).unwrap_or(module))
    }

    /// IMPORT_FROM: `module.name`, or the submodule `module.name`.
    pub fn import_from(&mut self, module: &Value, name: &Value) -> PyResult<Value> {
        match ops::getattr(self, module, name) {
            Ok(v) => Ok(v),
            Err(_) => {
                let (mname, file) = match module.data() {
                    Some(ObjData::Module(m)) => {
                        let d = m.dict.clone();
                        (
                            m.name.clone(),
                            self.dict_get_str(&d, "__file__").and_then(|f| str_of(&f)),
                        )
                    }
                    _ => ("?".into(), None),
                };
                let n = str_of(name).unwrap_or_default();
                let sub = format!("{mname}.{n}");
                let is_package = match module.data() {
                    Some(ObjData::Module(m)) => {
                        let d = m.dict.clone();
                        self.dict_get_str(&d, "__path__").is_some()
                    }
                    _ => false,
                };
                if is_package {
                    match self.import_module(&sub) {
                        Ok(m) => return Ok(m),
                        Err(e)
                            if !self
                                .is_instance_of(&e.0, &self.exc.module_not_found_error.clone()) =>
                        {
                            return Err(e)
                        }
                        Err(_) => {}
                    }
                }
                let location = match &file {
                    Some(f) => format!(" ({f})"),
                    None => " (unknown location)".to_string(),
                };
                let initializing = self.modules_initializing(&mname);
                let msg = if initializing {
                    format!(
                        "cannot import name '{n}' from partially initialized module '{mname}' (most likely due to a circular import){location}"
                    )
                } else {
                    format!("cannot import name '{n}' from '{mname}'{location}")
                };
                Err(self.error(&self.exc.import_error.clone(), msg))
            }
        }
    }

    /// Whether module `name` is still running its body (a frame runs code
    /// whose globals are its dict).
    fn modules_initializing(&self, name: &str) -> bool {
        let modules = self.modules.clone();
        let Some(m) = self.dict_get_str(&modules, name) else {
            return false;
        };
        let Some(ObjData::Module(md)) = m.data() else {
            return false;
        };
        let mut fp = self.frames.top();
        while !fp.is_null() {
            // SAFETY: frames below the top are live while it runs.
            let f = unsafe { &*fp };
            if f.globals.is(&md.dict) && f.func.is_null() {
                return true;
            }
            fp = f.prev;
        }
        false
    }

    /// IMPORT_STAR: the module's `__all__`, or its names not starting with
    /// `_`, into the current namespace.
    pub fn import_star(&mut self, frame: &Frame, module: &Value) -> PyResult<()> {
        let Some(ObjData::Module(m)) = module.data() else {
            return Err(self.type_error("import * expects a module"));
        };
        let d = m.dict.clone();
        let names: Vec<Value> = match self.dict_get_str(&d, "__all__") {
            Some(all) => ops::iterate(self, &all)?,
            None => d
                .as_dict()
                .map(|dd| {
                    dd.borrow()
                        .iter()
                        .filter(|(k, _)| k.as_str().is_some_and(|s| !s.as_str().starts_with('_')))
                        .map(|(k, _)| k.clone())
                        .collect()
                })
                .unwrap_or_default(),
        };
        for n in names {
            let v = ops::getattr(self, module, &n)?;
            self.store_name(frame, &n, v)?;
        }
        Ok(())
    }
}
