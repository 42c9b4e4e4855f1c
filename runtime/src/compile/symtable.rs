//! The symbol table: where every name of a program lives.
//!
//! Two passes, as in CPython's `symtable.c`. The first walks the AST once
//! and records, for every scope (the module, each class body, function,
//! lambda and comprehension), the names it binds, declares `global` or
//! `nonlocal`, and uses. The second resolves each name of each scope to a
//! [`Binding`], top-down with the set of names that enclosing functions
//! make visible, and bottom-up with the names that inner scopes need from
//! above: a local captured by an inner function becomes a cell, and a
//! scope between the two passes the variable through as a free variable.
//!
//! Scopes are found again by the compiler through the source range of the
//! node that opens them, which is unique per scope.
//!
//! **Invariant:** every name the compiler looks up in a scope other than
//! the module was recorded here (the compiler falls back to a global or
//! name lookup for any other).

use super::{CompileError, ErrorKind};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::{BTreeSet, HashMap, HashSet};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Module,
    Class,
    /// A `def` or a `lambda`.
    Function,
    Comprehension,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Binding {
    /// A function's local, in a fast slot.
    Local,
    /// A function's local that an inner scope captures: the slot holds a cell.
    Cell,
    /// A variable of an enclosing function, reached through its cell.
    Free,
    /// Declared `global`.
    GlobalExplicit,
    /// Bound nowhere visible from a function: a global or a builtin.
    GlobalImplicit,
    /// A module or class body's name, looked up in its namespace dict.
    Name,
}

/// The resolved names of one scope.
#[derive(Debug)]
pub struct ScopeInfo {
    pub kind: ScopeKind,
    pub symbols: HashMap<String, Binding>,
    /// Names bound in this scope, in order of first binding (parameters first).
    pub bound_order: Vec<String>,
    /// Cells this scope creates, sorted (for a class body, `__class__` only).
    pub cellvars: Vec<String>,
    /// Variables this scope receives from enclosing functions, sorted.
    pub freevars: Vec<String>,
    /// A function containing `yield`, or a generator expression.
    pub is_generator: bool,
    /// An `async def`.
    pub is_coroutine: bool,
}

impl ScopeInfo {
    pub fn empty(kind: ScopeKind) -> ScopeInfo {
        ScopeInfo {
            kind,
            symbols: HashMap::new(),
            bound_order: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            is_generator: false,
            is_coroutine: false,
        }
    }
    pub fn binding(&self, name: &str) -> Binding {
        match self.symbols.get(name) {
            Some(b) => *b,
            None => match self.kind {
                ScopeKind::Module | ScopeKind::Class => Binding::Name,
                _ => Binding::GlobalImplicit,
            },
        }
    }
}

/// Every scope of a module, by the range of the node that opens it.
pub struct SymbolTable {
    pub module: ScopeInfo,
    scopes: HashMap<(u32, u32), ScopeInfo>,
}

impl SymbolTable {
    /// The scope opened by the node at `range` (a `def`, `class`, `lambda`
    /// or comprehension).
    /// The scope opened at `range`, moved out (each is compiled once).
    pub fn take(&mut self, range: TextRange) -> Option<ScopeInfo> {
        self.scopes.remove(&key(range))
    }
}

fn key(r: TextRange) -> (u32, u32) {
    (r.start().to_u32(), r.end().to_u32())
}

/// One scope as the first pass sees it.
struct RawScope {
    kind: ScopeKind,
    range: TextRange,
    children: Vec<usize>,
    bound: Vec<String>,
    bound_set: HashSet<String>,
    used: HashSet<String>,
    params: HashSet<String>,
    globals: HashSet<String>,
    nonlocals: HashMap<String, TextRange>,
    is_generator: bool,
    is_coroutine: bool,
    /// The class whose private names (`__x`) are mangled here: the
    /// innermost enclosing class, this one for a class body.
    private: Option<String>,
}

/// CPython's private-name mangling: `__x` used inside class `C` (or a
/// function nested in it) is `_C__x`, unless it ends with `__` or has a
/// dot, or the class name is only underscores.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    if let Some(class) = private {
        let class = class.trim_start_matches('_');
        if name.starts_with("__")
            && !name.ends_with("__")
            && !name.contains('.')
            && !class.is_empty()
        {
            return format!("_{class}{name}");
        }
    }
    name.to_string()
}

impl RawScope {
    fn new(kind: ScopeKind, range: TextRange) -> RawScope {
        RawScope {
            kind,
            range,
            children: Vec::new(),
            bound: Vec::new(),
            bound_set: HashSet::new(),
            used: HashSet::new(),
            params: HashSet::new(),
            globals: HashSet::new(),
            nonlocals: HashMap::new(),
            is_generator: false,
            is_coroutine: false,
            private: None,
        }
    }
}

struct Builder {
    scopes: Vec<RawScope>,
    stack: Vec<usize>,
    error: Option<CompileError>,
}

fn syntax(msg: String, r: TextRange) -> CompileError {
    CompileError {
        kind: ErrorKind::Syntax,
        message: msg,
        offset: r.start().to_usize(),
        end_offset: Some(r.end().to_usize()),
    }
}

impl Builder {
    fn cur(&mut self) -> &mut RawScope {
        let i = *self.stack.last().expect("a scope");
        &mut self.scopes[i]
    }
    fn fail(&mut self, e: CompileError) {
        if self.error.is_none() {
            self.error = Some(e);
        }
    }
    /// CPython's errors for a `global` or `nonlocal` (`what`) declaration
    /// of `name` that comes too late or contradicts another.
    fn declare(&mut self, name: &str, what: &str, r: TextRange) {
        let cur = self.cur();
        let problem = if cur.params.contains(name) {
            Some(format!("name '{name}' is parameter and {what}"))
        } else if cur.bound_set.contains(name) {
            Some(format!(
                "name '{name}' is assigned to before {what} declaration"
            ))
        } else if cur.used.contains(name) {
            Some(format!("name '{name}' is used prior to {what} declaration"))
        } else if (what == "global" && cur.nonlocals.contains_key(name))
            || (what == "nonlocal" && cur.globals.contains(name))
        {
            Some(format!("name '{name}' is nonlocal and global"))
        } else {
            None
        };
        if let Some(msg) = problem {
            self.fail(syntax(msg, r));
        }
    }
    fn mangled(&mut self, name: &str) -> String {
        mangle(self.cur().private.as_deref(), name)
    }
    fn bind(&mut self, name: &str) {
        let name = &self.mangled(name);
        let s = self.cur();
        if s.bound_set.insert(name.to_string()) {
            s.bound.push(name.to_string());
        }
    }
    fn use_name(&mut self, name: &str) {
        let name = &self.mangled(name);
        let s = self.cur();
        s.used.insert(name.to_string());
        if name == "super" && s.kind != ScopeKind::Module {
            // Zero-argument super() needs the class cell.
            s.used.insert("__class__".to_string());
        }
    }
    fn push(&mut self, kind: ScopeKind, range: TextRange) {
        let i = self.scopes.len();
        let mut scope = RawScope::new(kind, range);
        if let Some(&p) = self.stack.last() {
            self.scopes[p].children.push(i);
            scope.private = self.scopes[p].private.clone();
        }
        self.scopes.push(scope);
        self.stack.push(i);
    }
    fn pop(&mut self) {
        self.stack.pop();
    }
    fn parameters(&mut self, p: &ast::Parameters) {
        for x in p.posonlyargs.iter().chain(p.args.iter()) {
            self.param(&x.parameter);
        }
        if let Some(v) = &p.vararg {
            self.param(v);
        }
        for x in &p.kwonlyargs {
            self.param(&x.parameter);
        }
        if let Some(k) = &p.kwarg {
            self.param(k);
        }
    }
    fn param(&mut self, p: &ast::Parameter) {
        let name = &self.mangled(p.name.as_str());
        if self.cur().bound_set.contains(name) {
            self.fail(syntax(
                format!("duplicate argument '{name}' in function definition"),
                p.range,
            ));
        }
        self.bind(name);
        self.cur().params.insert(name.to_string());
    }
    /// Defaults and annotations of a parameter list, in the enclosing scope.
    fn parameter_exprs(&mut self, p: &ast::Parameters) {
        for d in p
            .iter_non_variadic_params()
            .filter_map(|x| x.default.as_deref())
        {
            self.visit_expr(d);
        }
        for x in p.iter() {
            if let Some(a) = &x.as_parameter().annotation {
                self.visit_expr(a);
            }
        }
    }
    fn comprehension(
        &mut self,
        range: TextRange,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
        is_generator: bool,
    ) {
        let Some(first) = generators.first() else {
            return;
        };
        // The first iterable is evaluated in the enclosing scope.
        self.visit_expr(&first.iter);
        self.push(ScopeKind::Comprehension, range);
        self.cur().is_generator = is_generator;
        // `async for` in a comprehension, or an `await` in it (found
        // below), makes it a coroutine (an async generator, for a
        // generator expression).
        self.cur().is_coroutine = generators.iter().any(|g| g.is_async);
        self.bind(".0");
        for (i, g) in generators.iter().enumerate() {
            self.visit_expr(&g.target);
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            for c in &g.ifs {
                self.visit_expr(c);
            }
        }
        for e in elts {
            self.visit_expr(e);
        }
        let is_async = self.cur().is_coroutine;
        self.pop();
        if is_async && !is_generator && !self.cur().is_coroutine {
            self.fail(syntax(
                "asynchronous comprehension outside of an asynchronous function".into(),
                range,
            ));
        }
    }
    /// `name := value` inside comprehensions binds in the nearest enclosing
    /// function or module scope.
    fn walrus_target(&mut self, name: &str, r: TextRange) {
        if self.cur().kind != ScopeKind::Comprehension {
            self.bind(name);
            return;
        }
        let mut target = None;
        for &i in self.stack.iter().rev() {
            if self.scopes[i].kind != ScopeKind::Comprehension {
                target = Some(i);
                break;
            }
        }
        let t = target.expect("the module encloses everything");
        match self.scopes[t].kind {
            ScopeKind::Class => {
                self.fail(syntax(
                    "assignment expression within a comprehension cannot be used in a class body"
                        .into(),
                    r,
                ));
                return;
            }
            ScopeKind::Module => {
                for &i in self.stack.iter().rev() {
                    if i == t {
                        break;
                    }
                    self.scopes[i].globals.insert(name.to_string());
                }
            }
            _ => {
                for &i in self.stack.iter().rev() {
                    if i == t {
                        break;
                    }
                    self.scopes[i].nonlocals.insert(name.to_string(), r);
                }
            }
        }
        let s = &mut self.scopes[t];
        if s.bound_set.insert(name.to_string()) {
            s.bound.push(name.to_string());
        }
    }
}

impl<'a> Visitor<'a> for Builder {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                self.parameter_exprs(&f.parameters);
                if let Some(r) = &f.returns {
                    self.visit_expr(r);
                }
                self.bind(f.name.as_str());
                self.push(ScopeKind::Function, f.range);
                self.cur().is_coroutine = f.is_async;
                self.parameters(&f.parameters);
                self.visit_body(&f.body);
                self.pop();
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(a) = &c.arguments {
                    self.visit_arguments(a);
                }
                self.bind(c.name.as_str());
                self.push(ScopeKind::Class, c.range);
                self.cur().private = Some(c.name.to_string());
                self.visit_body(&c.body);
                self.pop();
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let name = self.mangled(n.as_str());
                    self.declare(&name, "global", g.range);
                    self.cur().globals.insert(name);
                }
            }
            Stmt::Nonlocal(n) => {
                if self.cur().kind == ScopeKind::Module {
                    self.fail(syntax(
                        "nonlocal declaration not allowed at module level".into(),
                        n.range,
                    ));
                    return;
                }
                for id in &n.names {
                    let name = self.mangled(id.as_str());
                    self.declare(&name, "nonlocal", n.range);
                    self.cur().nonlocals.insert(name, n.range);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let n = a.asname.as_ref().unwrap_or(&a.name).as_str();
                    self.bind(n.split('.').next().unwrap_or(n));
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            self.fail(syntax(
                                "import * only allowed at module level".into(),
                                i.range,
                            ));
                        }
                        continue;
                    }
                    let n = a.asname.as_ref().unwrap_or(&a.name).as_str();
                    self.bind(n);
                }
            }
            _ => visitor::walk_stmt(self, s),
        }
    }

    fn visit_except_handler(&mut self, h: &'a ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(x) = h;
        if let Some(n) = &x.name {
            self.bind(n.as_str());
        }
        visitor::walk_except_handler(self, h);
    }

    fn visit_pattern(&mut self, p: &'a ast::Pattern) {
        match p {
            ast::Pattern::MatchAs(m) => {
                if let Some(n) = &m.name {
                    self.bind(n.as_str());
                }
            }
            ast::Pattern::MatchStar(m) => {
                if let Some(n) = &m.name {
                    self.bind(n.as_str());
                }
            }
            ast::Pattern::MatchMapping(m) => {
                if let Some(n) = &m.rest {
                    self.bind(n.as_str());
                }
            }
            _ => {}
        }
        visitor::walk_pattern(self, p);
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        match e {
            Expr::Name(n) => match n.ctx {
                ExprContext::Load => self.use_name(n.id.as_str()),
                _ => self.bind(n.id.as_str()),
            },
            Expr::Named(n) => {
                self.visit_expr(&n.value);
                if let Expr::Name(t) = &*n.target {
                    self.walrus_target(t.id.as_str(), t.range);
                } else {
                    self.visit_expr(&n.target);
                }
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.parameter_exprs(p);
                }
                self.push(ScopeKind::Function, l.range);
                if let Some(p) = &l.parameters {
                    self.parameters(p);
                }
                self.visit_expr(&l.body);
                self.pop();
            }
            Expr::ListComp(c) => self.comprehension(c.range, &c.generators, &[&c.elt], false),
            Expr::SetComp(c) => self.comprehension(c.range, &c.generators, &[&c.elt], false),
            Expr::Generator(c) => self.comprehension(c.range, &c.generators, &[&c.elt], true),
            Expr::Yield(_) | Expr::YieldFrom(_) | Expr::Await(_) => {
                let (kind, is_gen, is_coro) = (
                    self.cur().kind,
                    self.cur().is_generator,
                    self.cur().is_coroutine,
                );
                match e {
                    Expr::Await(_) if kind == ScopeKind::Function && !is_coro => {
                        self.fail(syntax("'await' outside async function".into(), e.range()));
                    }
                    Expr::Await(_) if kind == ScopeKind::Comprehension => {
                        self.cur().is_coroutine = true;
                    }
                    Expr::Await(_) if kind != ScopeKind::Function => {
                        self.fail(syntax("'await' outside function".into(), e.range()));
                    }
                    Expr::YieldFrom(_) if is_coro => {
                        self.fail(syntax(
                            "'yield from' inside async function".into(),
                            e.range(),
                        ));
                    }
                    _ => {}
                }
                let what = match e {
                    Expr::Yield(_) => "'yield'",
                    Expr::YieldFrom(_) => "'yield from'",
                    _ => "'await'",
                };
                match kind {
                    ScopeKind::Module | ScopeKind::Class if !matches!(e, Expr::Await(_)) => {
                        self.fail(syntax(format!("{what} outside function"), e.range()));
                    }
                    ScopeKind::Comprehension if !is_gen && !matches!(e, Expr::Await(_)) => {
                        self.fail(syntax(
                            format!("{what} inside list comprehension"),
                            e.range(),
                        ));
                    }
                    ScopeKind::Comprehension if !matches!(e, Expr::Await(_)) => {
                        self.fail(syntax(
                            format!("{what} inside generator expression"),
                            e.range(),
                        ));
                    }
                    _ => {}
                }
                if !matches!(e, Expr::Await(_)) {
                    self.cur().is_generator = true;
                }
                visitor::walk_expr(self, e);
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = c.key.iter().map(|k| &**k).collect();
                elts.push(&c.value);
                self.comprehension(c.range, &c.generators, &elts, false)
            }
            _ => visitor::walk_expr(self, e),
        }
    }
}

/// Builds the symbol table of a module body.
pub fn build(body: &[Stmt], range: TextRange) -> Result<SymbolTable, CompileError> {
    build_with(range, |b| b.visit_body(body))
}

/// Builds the symbol table of an expression compiled for `eval`.
pub fn build_expr(e: &Expr, range: TextRange) -> Result<SymbolTable, CompileError> {
    build_with(range, |b| b.visit_expr(e))
}

fn build_with(
    range: TextRange,
    visit: impl FnOnce(&mut Builder),
) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        scopes: Vec::new(),
        stack: Vec::new(),
        error: None,
    };
    b.push(ScopeKind::Module, range);
    visit(&mut b);
    if let Some(e) = b.error {
        return Err(e);
    }
    let mut table = SymbolTable {
        module: ScopeInfo::empty(ScopeKind::Module),
        scopes: HashMap::new(),
    };
    let mut infos: Vec<Option<ScopeInfo>> = (0..b.scopes.len()).map(|_| None).collect();
    analyze(&b.scopes, 0, &HashSet::new(), &mut infos)?;
    for (i, info) in infos.into_iter().enumerate() {
        let info = info.expect("every scope analyzed");
        if i == 0 {
            table.module = info;
        } else {
            table.scopes.insert(key(b.scopes[i].range), info);
        }
    }
    Ok(table)
}

/// Resolves the names of scope `id`, given the names enclosing functions
/// make `visible`. Returns the names it needs from enclosing scopes.
fn analyze(
    raw: &[RawScope],
    id: usize,
    visible: &HashSet<String>,
    out: &mut Vec<Option<ScopeInfo>>,
) -> Result<BTreeSet<String>, CompileError> {
    let s = &raw[id];
    let is_function = matches!(s.kind, ScopeKind::Function | ScopeKind::Comprehension);
    let mut symbols: HashMap<String, Binding> = HashMap::new();
    let mut free: BTreeSet<String> = BTreeSet::new();
    let names: BTreeSet<&String> = s
        .bound
        .iter()
        .chain(s.used.iter())
        .chain(s.globals.iter())
        .chain(s.nonlocals.keys())
        .collect();
    for n in names {
        let b = if s.globals.contains(n) {
            Binding::GlobalExplicit
        } else if let Some(r) = s.nonlocals.get(n) {
            if !visible.contains(n) {
                return Err(syntax(format!("no binding for nonlocal '{n}' found"), *r));
            }
            free.insert(n.clone());
            Binding::Free
        } else if s.bound_set.contains(n) {
            if is_function {
                Binding::Local
            } else {
                Binding::Name
            }
        } else if s.kind != ScopeKind::Module && visible.contains(n) {
            free.insert(n.clone());
            Binding::Free
        } else if is_function {
            Binding::GlobalImplicit
        } else {
            Binding::Name
        };
        symbols.insert(n.clone(), b);
    }
    let child_visible: HashSet<String> = match s.kind {
        ScopeKind::Module => HashSet::new(),
        ScopeKind::Class => {
            let mut v: HashSet<String> = visible
                .iter()
                .filter(|n| !s.globals.contains(*n))
                .cloned()
                .collect();
            v.insert("__class__".to_string());
            v
        }
        _ => {
            let mut v: HashSet<String> = visible
                .iter()
                .filter(|n| !s.globals.contains(*n))
                .cloned()
                .collect();
            for (n, b) in &symbols {
                if *b == Binding::Local {
                    v.insert(n.clone());
                }
            }
            v
        }
    };
    let mut child_free = BTreeSet::new();
    for &c in &s.children {
        child_free.extend(analyze(raw, c, &child_visible, out)?);
    }
    let mut cells = BTreeSet::new();
    for n in child_free {
        if s.kind == ScopeKind::Class {
            if n == "__class__" {
                cells.insert(n);
                continue;
            }
            // A class body passes its enclosing function's variable on to
            // its methods; its own binding of the name (if any) stays a
            // namespace entry.
            if !s.bound_set.contains(&n) {
                symbols.insert(n.clone(), Binding::Free);
            }
            free.insert(n);
            continue;
        }
        match symbols.get(&n) {
            Some(Binding::Local) => {
                symbols.insert(n.clone(), Binding::Cell);
                cells.insert(n);
            }
            Some(Binding::Cell) | Some(Binding::Free) => {}
            _ => {
                symbols.insert(n.clone(), Binding::Free);
                free.insert(n);
            }
        }
    }
    out[id] = Some(ScopeInfo {
        kind: s.kind,
        symbols,
        bound_order: s.bound.clone(),
        cellvars: cells.into_iter().collect(),
        freevars: free.iter().cloned().collect(),
        is_generator: s.is_generator,
        is_coroutine: s.is_coroutine,
    });
    Ok(free)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ruff_python_parser::{parse, Mode, ParseOptions};

    /// Resolves `src` and returns the table plus the parsed module.
    fn table(src: &str) -> (SymbolTable, ast::ModModule) {
        let parsed = parse(src, ParseOptions::from(Mode::Module)).expect("parses");
        let module = parsed.try_into_module().expect("a module").into_syntax();
        let Ok(t) = build(&module.body, module.range) else {
            panic!("{src} does not resolve");
        };
        (t, module)
    }

    fn function(m: &ast::ModModule, i: usize) -> &ast::StmtFunctionDef {
        match &m.body[i] {
            Stmt::FunctionDef(f) => f,
            _ => panic!("statement {i} is not a def"),
        }
    }

    fn inner(f: &ast::StmtFunctionDef) -> &ast::StmtFunctionDef {
        f.body
            .iter()
            .find_map(|s| match s {
                Stmt::FunctionDef(g) => Some(g),
                _ => None,
            })
            .expect("a nested def")
    }

    #[test]
    fn captured_locals_become_cells_and_free_variables() {
        let (mut t, m) =
            table("def f(a):\n    b = 1\n    def g():\n        return a + b + c\n    return g\n");
        let f = function(&m, 0);
        let fi = t.take(f.range).expect("f's scope");
        assert_eq!(fi.binding("a"), Binding::Cell);
        assert_eq!(fi.binding("b"), Binding::Cell);
        assert_eq!(fi.cellvars, vec!["a".to_string(), "b".to_string()]);
        let gi = t.take(inner(f).range).expect("g's scope");
        assert_eq!(gi.binding("a"), Binding::Free);
        assert_eq!(gi.binding("c"), Binding::GlobalImplicit);
        assert_eq!(gi.freevars, vec!["a".to_string(), "b".to_string()]);
    }

    #[test]
    fn nonlocal_and_global_declarations() {
        let (mut t, m) = table(
            "def f():\n    n = 0\n    def g():\n        nonlocal n\n        global q\n        n += 1\n        q = 2\n",
        );
        let f = function(&m, 0);
        let gi = t.take(inner(f).range).expect("g");
        assert_eq!(gi.binding("n"), Binding::Free);
        assert_eq!(gi.binding("q"), Binding::GlobalExplicit);
        assert_eq!(t.take(f.range).expect("f").binding("n"), Binding::Cell);
    }

    #[test]
    fn class_bodies_pass_variables_through_and_make_the_class_cell() {
        let (mut t, m) = table(
            "def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return super().m() + x\n",
        );
        let f = function(&m, 0);
        let class = f
            .body
            .iter()
            .find_map(|s| match s {
                Stmt::ClassDef(c) => Some(c),
                _ => None,
            })
            .expect("class");
        let ci = t.take(class.range).expect("class scope");
        assert_eq!(ci.cellvars, vec!["__class__".to_string()]);
        assert_eq!(ci.binding("x"), Binding::Free);
        assert_eq!(ci.binding("y"), Binding::Name);
        assert!(ci.freevars.contains(&"x".to_string()));
        assert_eq!(t.take(f.range).expect("f").binding("x"), Binding::Cell);
    }

    #[test]
    fn scope_errors_are_syntax_errors() {
        for (src, msg) in [
            (
                "def f():\n    nonlocal y\n",
                "no binding for nonlocal 'y' found",
            ),
            (
                "nonlocal z\n",
                "nonlocal declaration not allowed at module level",
            ),
            (
                "def f(x):\n    global x\n",
                "name 'x' is parameter and global",
            ),
            (
                "def f():\n    print(x)\n    global x\n",
                "name 'x' is used prior to global declaration",
            ),
            (
                "def f():\n    await g()\n",
                "'await' outside async function",
            ),
            ("yield 1\n", "'yield' outside function"),
        ] {
            let parsed = parse(src, ParseOptions::from(Mode::Module)).expect("parses");
            let module = parsed.try_into_module().expect("a module").into_syntax();
            match build(&module.body, module.range) {
                Err(e) => assert_eq!(e.message, msg, "{src}"),
                Ok(_) => panic!("no error for {src:?}"),
            }
        }
    }

    #[test]
    fn generators_and_coroutines_are_marked() {
        let (mut t, m) =
            table("def g():\n    yield 1\nasync def c():\n    pass\nasync def a():\n    yield 2\n");
        let g = t.take(function(&m, 0).range).expect("g");
        assert!(g.is_generator && !g.is_coroutine);
        let Stmt::FunctionDef(c) = &m.body[1] else {
            panic!()
        };
        let c = t.take(c.range).expect("c");
        assert!(c.is_coroutine && !c.is_generator);
        let Stmt::FunctionDef(a) = &m.body[2] else {
            panic!()
        };
        let a = t.take(a.range).expect("a");
        assert!(a.is_coroutine && a.is_generator);
    }
}
