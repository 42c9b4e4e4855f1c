//! AST -> instructions (with labels and pseudo instructions), one `Unit`
//! per code object.

use super::assemble::{self, Instr, Label};
use super::code::{Location, Source, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS};
use super::{CompileError, ErrorKind};
use crate::generated::opcodes::{opcode as op, pseudo};
use crate::interp::Vm;
use crate::value::Value;
use ruff_python_ast::{self as ast, Expr, PythonVersion, Stmt};
use ruff_python_parser::{Mode, ParseOptions};
use ruff_text_size::{Ranged, TextRange};
use std::collections::HashMap;
use std::rc::Rc;

type CResult<T> = Result<T, CompileError>;

use super::symtable::{Binding, ScopeInfo, ScopeKind, SymbolTable};

/// What `break`, `continue` and `return` must undo on their way out.
#[derive(Clone)]
enum FBlock<'a> {
    While {
        cont: Label,
        brk: Label,
    },
    For {
        cont: Label,
        brk: Label,
    },
    TryExcept,
    FinallyTry {
        body: &'a [Stmt],
    },
    FinallyEnd,
    HandlerCleanup {
        name: Option<String>,
    },
    /// A `with` body: leaving it calls `__exit__(None, None, None)` (and
    /// awaits it for `async with`). The with's handler is
    /// `handlers[handler]`.
    With {
        handler: usize,
        is_async: bool,
    },
    ExceptionHandler,
}

pub struct Unit<'a> {
    pub name: String,
    pub qualname: String,
    scope: ScopeKind,
    /// This scope's names, resolved by the symbol table.
    sym: ScopeInfo,
    pub instrs: Vec<Instr>,
    pub labels: Vec<Option<usize>>,
    pub consts: Vec<Value>,
    const_keys: HashMap<(u8, u64, String), u32>,
    pub names: Vec<String>,
    pub varnames: Vec<String>,
    /// Cell and free variables: slots at the end of `varnames`.
    pub ncells: usize,
    pub nfree: usize,
    pub kwonlyargcount: usize,
    pub flags: u32,
    /// The docstring (None if there is none).
    pub doc: Value,
    fblocks: Vec<FBlock<'a>>,
    /// Active exception handlers: (handler label, index of its SETUP_*
    /// instruction, lasti).
    handlers: Vec<(Label, usize, bool)>,
    loc: Location,
    pub argcount: usize,
    pub posonlyargcount: usize,
    pub first_line: u32,
    /// The class whose private names are mangled here (see
    /// `symtable::mangle`).
    private: Option<String>,
}

struct Compiler<'a> {
    source: &'a str,
    line_starts: Vec<usize>,
    src: Rc<Source>,
    interner: &'a mut crate::object::str::Interner,
    units: Vec<Unit<'a>>,
    symtable: SymbolTable,
    /// The frozenset constants made so far, by their items: an equal set
    /// display later in the same compilation reuses the first one (as
    /// CPython's constant cache does, which shows in iteration order).
    frozensets: std::collections::HashMap<Vec<String>, Value>,
    /// `from __future__ import annotations`: annotations are kept as
    /// their source text (as `ast.unparse` writes it), not evaluated.
    future_annotations: bool,
}

fn err(kind: ErrorKind, msg: impl Into<String>, range: TextRange) -> CompileError {
    CompileError {
        kind,
        message: msg.into(),
        offset: range.start().to_usize(),
        end_offset: Some(range.end().to_usize()),
    }
}
fn syntax(msg: impl Into<String>, r: TextRange) -> CompileError {
    err(ErrorKind::Syntax, msg, r)
}
fn unsupported(what: &str, r: TextRange) -> CompileError {
    err(
        ErrorKind::NotImplemented,
        format!("{what} is not supported yet by this version of Tiercel"),
        r,
    )
}

pub fn compile_module(vm: &mut Vm, source: &str, filename: &str) -> CResult<Value> {
    // Parsed for Python 3.11: newer syntax is reported apart from errors,
    // and is a SyntaxError here as in CPython 3.11.
    let options = ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY311);
    let parsed = match ruff_python_parser::parse(source, options) {
        Ok(p) => p,
        Err(e) => return Err(parse_error(source, e)),
    };
    let newer = parsed.unsupported_syntax_errors().iter();
    if let Some(e) = newer.min_by_key(|e| e.range.start()) {
        return Err(super::syntax::newer_syntax_error(source, e));
    }
    let parsed = parsed.try_into_module().expect("parsed in module mode");
    let module = parsed.into_syntax();
    let src = Rc::new(Source {
        filename: filename.to_string(),
        text: source.to_string(),
    });
    let symtable = super::symtable::build(&module.body, module.range)?;
    super::warnings::warn(source, filename, &module.body);
    let future_annotations = super::unparse::future_features(&module.body)?;
    let mut line_starts = vec![0];
    line_starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
    let mut c = Compiler {
        interner: &mut vm.interned,
        source,
        line_starts,
        src,
        units: Vec::new(),
        symtable,
        frozensets: Default::default(),
        future_annotations,
    };
    let body: &[Stmt] = &module.body;
    let sym = std::mem::replace(&mut c.symtable.module, ScopeInfo::empty(ScopeKind::Module));
    c.units
        .push(Unit::new("<module>".into(), "<module>".into(), sym, 1));
    if let Some(d) = docstring(body) {
        let d = c.interner.intern(&d);
        c.load_const(d);
        c.store_name("__doc__");
    }
    if has_annotations(body) {
        c.emit(op::SETUP_ANNOTATIONS as u16, 0);
    }
    c.stmts(body)?;
    c.load_const(Value::NONE);
    c.emit(op::RETURN_VALUE as u16, 0);
    let unit = c.units.pop().expect("module unit");
    c.finish(unit)
}

/// Compiles an expression for `eval`: code that returns its value.
pub fn compile_expression(vm: &mut Vm, source: &str, filename: &str) -> CResult<Value> {
    let parsed = match ruff_python_parser::parse_expression(source.trim_start_matches([' ', '\t']))
    {
        Ok(p) => p,
        Err(e) => return Err(parse_error(source, e)),
    };
    let expr = parsed.into_syntax();
    let source = source.trim_start_matches([' ', '\t']);
    let src = Rc::new(Source {
        filename: filename.to_string(),
        text: source.to_string(),
    });
    let symtable = super::symtable::build_expr(&expr.body, expr.range)?;
    let mut line_starts = vec![0];
    line_starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
    let mut c = Compiler {
        interner: &mut vm.interned,
        source,
        line_starts,
        src,
        units: Vec::new(),
        symtable,
        frozensets: Default::default(),
        future_annotations: false,
    };
    let sym = std::mem::replace(&mut c.symtable.module, ScopeInfo::empty(ScopeKind::Module));
    c.units
        .push(Unit::new("<module>".into(), "<module>".into(), sym, 1));
    c.expr(&expr.body)?;
    c.emit(op::RETURN_VALUE as u16, 0);
    let unit = c.units.pop().expect("module unit");
    c.finish(unit)
}

fn parse_error(source: &str, e: ruff_python_parser::ParseError) -> CompileError {
    super::syntax::parse_error(source, &e)
}

impl<'a> Unit<'a> {
    fn new(name: String, qualname: String, sym: ScopeInfo, first_line: u32) -> Unit<'a> {
        Unit {
            name,
            qualname,
            scope: sym.kind,
            sym,
            instrs: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            const_keys: HashMap::new(),
            names: Vec::new(),
            varnames: Vec::new(),
            ncells: 0,
            nfree: 0,
            kwonlyargcount: 0,
            flags: 0,
            doc: Value::NONE,
            fblocks: Vec::new(),
            handlers: Vec::new(),
            loc: Location::default(),
            argcount: 0,
            posonlyargcount: 0,
            first_line,
            private: None,
        }
    }
}

fn binop_arg(o: ast::Operator) -> u32 {
    use ast::Operator::*;
    match o {
        Add => 0,
        BitAnd => 1,
        FloorDiv => 2,
        LShift => 3,
        MatMult => 4,
        Mult => 5,
        Mod => 6,
        BitOr => 7,
        Pow => 8,
        RShift => 9,
        Sub => 10,
        Div => 11,
        BitXor => 12,
    }
}

impl<'a> Compiler<'a> {
    fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit")
    }

    fn position(&self, offset: usize) -> (u32, u32) {
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        let col = self.source[start..offset.min(self.source.len())]
            .chars()
            .count();
        (line as u32, col as u32)
    }

    fn set_loc(&mut self, r: TextRange) {
        let (line, col) = self.position(r.start().to_usize());
        let (end_line, end_col) = self.position(r.end().to_usize());
        self.u().loc = Location {
            line,
            end_line,
            col,
            end_col,
            anchor: None,
        };
    }

    fn emit(&mut self, opcode: u16, arg: u32) {
        let u = self.u();
        let handler = u.handlers.last().copied();
        let loc = u.loc;
        u.instrs.push(Instr {
            op: opcode,
            arg,
            target: None,
            loc,
            handler,
        });
    }
    fn emit_jump(&mut self, opcode: u16, target: Label) {
        let u = self.u();
        let handler = u.handlers.last().copied();
        let loc = u.loc;
        u.instrs.push(Instr {
            op: opcode,
            arg: 0,
            target: Some(target),
            loc,
            handler,
        });
    }
    fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(None);
        Label(u.labels.len() - 1)
    }
    fn bind(&mut self, l: Label) {
        let u = self.u();
        u.labels[l.0] = Some(u.instrs.len());
    }

    fn push_handler(&mut self, target: Label, setup_op: u16) {
        // The SETUP_* marker lets the assembler learn the stack depth here.
        self.emit_jump(setup_op, target);
        let u = self.u();
        let idx = u.instrs.len() - 1;
        u.handlers
            .push((target, idx, setup_op != pseudo::SETUP_FINALLY));
    }
    fn pop_handler(&mut self) {
        self.emit(pseudo::POP_BLOCK, 0);
        self.u().handlers.pop();
    }

    fn add_const(&mut self, v: Value) -> u32 {
        let key = if let Some(i) = v.as_small_int() {
            Some((0u8, i as u64, String::new()))
        } else if let Some(f) = v.as_float() {
            Some((1, f.to_bits(), String::new()))
        } else if let Some(s) = v.as_str() {
            Some((2, 0, s.as_str().to_string()))
        } else if v.is_none() || v.is_bool() || v.is(&Value::ELLIPSIS) {
            Some((3, v.bits(), String::new()))
        } else if let Some(crate::object::ObjData::Bytes(b)) = v.data() {
            Some((4, 0, b.iter().map(|&c| c as char).collect()))
        } else {
            None
        };
        let u = self.u();
        if let Some(k) = &key {
            if let Some(&i) = u.const_keys.get(k) {
                return i;
            }
        }
        u.consts.push(v);
        let i = (u.consts.len() - 1) as u32;
        if let Some(k) = key {
            u.const_keys.insert(k, i);
        }
        i
    }
    fn load_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(op::LOAD_CONST as u16, i);
    }
    fn mangle(&self, name: &str) -> String {
        let private = self.units.last().and_then(|u| u.private.as_deref());
        super::symtable::mangle(private, name)
    }
    fn name_index(&mut self, name: &str) -> u32 {
        let name = &self.mangle(name);
        let u = self.u();
        if let Some(i) = u.names.iter().position(|n| n == name) {
            return i as u32;
        }
        u.names.push(name.to_string());
        (u.names.len() - 1) as u32
    }
    fn var_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.varnames.iter().position(|n| n == name) {
            return i as u32;
        }
        u.varnames.push(name.to_string());
        (u.varnames.len() - 1) as u32
    }

    fn binding(&self, name: &str) -> Binding {
        self.units.last().expect("unit").sym.binding(name)
    }
    /// The slot of a fast local, cell or free variable.
    fn slot(&mut self, name: &str) -> u32 {
        self.var_index(name)
    }

    fn load_name(&mut self, name: &str, _r: TextRange) -> CResult<()> {
        let name = &self.mangle(name);
        let scope = self.units.last().expect("unit").scope;
        match self.binding(name) {
            Binding::Local => {
                let i = self.slot(name);
                self.emit(op::LOAD_FAST as u16, i);
            }
            Binding::Cell | Binding::Free => {
                let i = self.slot(name);
                if scope == ScopeKind::Class {
                    self.emit(op::LOAD_CLASSDEREF as u16, i);
                } else {
                    self.emit(op::LOAD_DEREF as u16, i);
                }
            }
            Binding::GlobalExplicit | Binding::GlobalImplicit => {
                let i = self.name_index(name);
                self.emit(op::LOAD_GLOBAL as u16, i << 1);
            }
            Binding::Name => {
                let i = self.name_index(name);
                self.emit(op::LOAD_NAME as u16, i);
            }
        }
        Ok(())
    }
    fn store_name(&mut self, name: &str) {
        self.name_op(
            name,
            [
                op::STORE_FAST,
                op::STORE_DEREF,
                op::STORE_GLOBAL,
                op::STORE_NAME,
            ],
        );
    }
    fn delete_name(&mut self, name: &str) {
        self.name_op(
            name,
            [
                op::DELETE_FAST,
                op::DELETE_DEREF,
                op::DELETE_GLOBAL,
                op::DELETE_NAME,
            ],
        );
    }
    /// A store or delete of `name`: `ops` is the (fast, deref, global,
    /// name) instruction, picked by how the symbol table resolved it.
    fn name_op(&mut self, name: &str, ops: [u8; 4]) {
        let name = &self.mangle(name);
        let (opc, i) = match self.binding(name) {
            Binding::Local => (ops[0], self.slot(name)),
            Binding::Cell | Binding::Free => (ops[1], self.slot(name)),
            Binding::GlobalExplicit | Binding::GlobalImplicit => (ops[2], self.name_index(name)),
            Binding::Name => (ops[3], self.name_index(name)),
        };
        self.emit(opc as u16, i);
    }

    fn finish(&mut self, unit: Unit<'a>) -> CResult<Value> {
        assemble::assemble(unit, self.src.clone(), self.interner).map_err(|m| CompileError {
            kind: ErrorKind::Syntax,
            message: m,
            offset: 0,
            end_offset: None,
        })
    }

    // ---- statements ----

    fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.set_loc(s.range());
        match s {
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                self.emit(op::POP_TOP as u16, 0);
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(op::COPY as u16, 1);
                    }
                    self.store_target(t)?;
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store_target(&a.target)?;
                }
                // Module and class bodies record annotations of names.
                let scope = self.units.last().expect("unit").scope;
                if matches!(scope, ScopeKind::Module | ScopeKind::Class)
                    && (!self.future_annotations || matches!(&*a.target, Expr::Name(_) if a.simple))
                {
                    self.annotation(&a.annotation)?;
                    match &*a.target {
                        Expr::Name(n) if a.simple => {
                            self.load_name("__annotations__", a.range)?;
                            let k = self.interner.intern(n.id.as_str());
                            self.load_const(k);
                            self.emit(op::STORE_SUBSCR as u16, 0);
                        }
                        _ => self.emit(op::POP_TOP as u16, 0),
                    }
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::Pass(_) => self.emit(op::NOP as u16, 0),
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::For(f) => self.for_stmt(f)?,
            Stmt::Break(b) => self.break_continue(true, b.range)?,
            Stmt::Continue(c) => self.break_continue(false, c.range)?,
            Stmt::Return(r) => self.return_stmt(r)?,
            Stmt::FunctionDef(f) => self.function_def(f)?,
            // Resolved by the symbol table.
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.expr(&a.test)?;
                self.emit_jump(op::POP_JUMP_IF_TRUE as u16, end);
                // CPython 3.11 reports a failed assert at its test when the
                // test is a comparison, else at the whole statement.
                let at = if matches!(&*a.test, Expr::Compare(_)) {
                    a.test.range()
                } else {
                    a.range
                };
                self.set_loc(at);
                self.emit(op::LOAD_ASSERTION_ERROR as u16, 0);
                if let Some(m) = &a.msg {
                    self.emit(op::PUSH_NULL as u16, 0);
                    self.expr(m)?;
                    self.set_loc(at);
                    self.emit(op::CALL as u16, 1);
                }
                self.emit(op::RAISE_VARARGS as u16, 1);
                self.bind(end);
            }
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_loc(s.range());
                self.emit(op::RAISE_VARARGS as u16, n);
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return Err(unsupported("`except*`", t.range));
                }
                if t.finalbody.is_empty() {
                    self.try_except(&t.body, &t.handlers, &t.orelse)?;
                } else {
                    self.try_finally(t)?;
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let name = alias.name.as_str();
                    self.load_const(Value::small_int(0));
                    self.load_const(Value::NONE);
                    let ni = self.name_index(name);
                    self.emit(op::IMPORT_NAME as u16, ni);
                    match &alias.asname {
                        Some(a) => {
                            // `import a.b.c as d`: the top package comes
                            // back; d is its submodule a.b.c.
                            for part in name.split('.').skip(1) {
                                let pi = self.name_index(part);
                                self.emit(op::IMPORT_FROM as u16, pi);
                                self.emit(op::SWAP as u16, 2);
                                self.emit(op::POP_TOP as u16, 0);
                            }
                            self.store_name(a.as_str())
                        }
                        None => self.store_name(name.split('.').next().unwrap_or(name)),
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                let module = i.module.as_ref().map_or("", |m| m.as_str());
                self.load_const(Value::small_int(i.level as i64));
                let names: Vec<Value> = i
                    .names
                    .iter()
                    .map(|a| self.interner.intern(a.name.as_str()))
                    .collect();
                self.load_const(crate::object::new_tuple(names));
                let ni = self.name_index(module);
                self.emit(op::IMPORT_NAME as u16, ni);
                if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
                    self.emit(op::IMPORT_STAR as u16, 0);
                    return Ok(());
                }
                for alias in &i.names {
                    let ni = self.name_index(alias.name.as_str());
                    self.emit(op::IMPORT_FROM as u16, ni);
                    self.store_name(alias.asname.as_ref().unwrap_or(&alias.name).as_str());
                }
                self.emit(op::POP_TOP as u16, 0);
            }
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::With(w) => {
                if w.is_async && !self.units.last().expect("unit").sym.is_coroutine {
                    return Err(syntax("'async with' outside async function", w.range));
                }
                self.with_stmt(w, 0)?
            }
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::TypeAlias(t) => return Err(unsupported("a `type` alias", t.range)),
            Stmt::IpyEscapeCommand(c) => return Err(syntax("invalid syntax", c.range)),
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult<()> {
        let arg = binop_arg(a.op) + 13;
        match &*a.target {
            Expr::Name(n) => {
                self.set_loc(n.range);
                self.load_name(n.id.as_str(), n.range)?;
                self.expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(op::BINARY_OP as u16, arg);
                self.store_name(n.id.as_str());
            }
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.expr(&sub.slice)?;
                self.emit(op::COPY as u16, 2);
                self.emit(op::COPY as u16, 2);
                self.set_loc(sub.range);
                self.u().loc.anchor = self.subscript_anchor(sub);
                self.emit(op::BINARY_SUBSCR as u16, 0);
                self.expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(op::BINARY_OP as u16, arg);
                // [container, key, result] -> [result, container, key]
                self.emit(op::SWAP as u16, 3);
                self.emit(op::SWAP as u16, 2);
                self.set_loc(sub.range);
                self.u().loc.anchor = self.subscript_anchor(sub);
                self.emit(op::STORE_SUBSCR as u16, 0);
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(op::COPY as u16, 1);
                let ni = self.name_index(at.attr.as_str());
                self.set_loc(at.range);
                self.emit(op::LOAD_ATTR as u16, ni << 1);
                self.expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(op::BINARY_OP as u16, arg);
                self.emit(op::SWAP as u16, 2);
                self.set_loc(at.range);
                self.emit(op::STORE_ATTR as u16, ni);
            }
            t => {
                return Err(syntax(
                    "'expression' is an illegal expression for augmented assignment",
                    t.range(),
                ))
            }
        }
        Ok(())
    }

    fn store_target(&mut self, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_loc(s.range);
                self.u().loc.anchor = self.subscript_anchor(s);
                self.emit(op::STORE_SUBSCR as u16, 0);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.name_index(a.attr.as_str());
                self.set_loc(a.range);
                self.emit(op::STORE_ATTR as u16, ni);
            }
            Expr::Tuple(ast::ExprTuple { elts, range, .. })
            | Expr::List(ast::ExprList { elts, range, .. }) => {
                let stars: Vec<usize> = elts
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| matches!(e, Expr::Starred(_)))
                    .map(|(i, _)| i)
                    .collect();
                self.set_loc(*range);
                match stars.as_slice() {
                    [] => self.emit(op::UNPACK_SEQUENCE as u16, elts.len() as u32),
                    [i] => {
                        let (before, after) = (*i, elts.len() - i - 1);
                        if before > 0xFF || after > 0xFFFF {
                            return Err(syntax(
                                "too many expressions in star-unpacking assignment",
                                *range,
                            ));
                        }
                        self.emit(op::UNPACK_EX as u16, (after << 8 | before) as u32);
                    }
                    _ => return Err(syntax("multiple starred expressions in assignment", *range)),
                }
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.store_target(&s.value)?,
                        _ => self.store_target(e)?,
                    }
                }
            }
            Expr::Starred(s) => {
                return Err(syntax(
                    "starred assignment target must be in a list or tuple",
                    s.range,
                ))
            }
            other => {
                return Err(syntax(
                    format!("cannot assign to {}", describe(other)),
                    other.range(),
                ))
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult<()> {
        self.set_loc(t.range());
        match t {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_loc(s.range);
                self.emit(op::DELETE_SUBSCR as u16, 0);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_loc(a.range);
                let ni = self.name_index(a.attr.as_str());
                self.emit(op::DELETE_ATTR as u16, ni);
            }
            other => {
                return Err(syntax(
                    format!("cannot delete {}", describe(other)),
                    other.range(),
                ))
            }
        }
        Ok(())
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult<()> {
        let end = self.new_label();
        let mut next = self.new_label();
        self.cond_jump(&i.test, false, next)?;
        self.stmts(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.emit_jump(pseudo::JUMP, end);
            self.bind(next);
            next = self.new_label();
            if let Some(t) = &clause.test {
                self.set_loc(t.range());
                self.cond_jump(t, false, next)?;
            }
            self.stmts(&clause.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    /// Evaluates `e` and jumps to `target` if its truth equals `when`.
    fn cond_jump(&mut self, e: &'a Expr, when: bool, target: Label) -> CResult<()> {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                return self.cond_jump(&u.operand, !when, target)
            }
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                // `a and b` jumps on false if any is false; on true only if all are.
                if is_and != when {
                    for v in &b.values {
                        self.cond_jump(v, when, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    let n = b.values.len();
                    for v in &b.values[..n - 1] {
                        self.cond_jump(v, !when, skip)?;
                    }
                    self.cond_jump(&b.values[n - 1], when, target)?;
                    self.bind(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.emit_jump(
            if when {
                op::POP_JUMP_IF_TRUE
            } else {
                op::POP_JUMP_IF_FALSE
            } as u16,
            target,
        );
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult<()> {
        let top = self.new_label();
        let brk = self.new_label();
        let orelse = self.new_label();
        self.bind(top);
        self.cond_jump(&w.test, false, orelse)?;
        self.u().fblocks.push(FBlock::While { cont: top, brk });
        self.stmts(&w.body)?;
        self.u().fblocks.pop();
        self.set_loc(w.range);
        self.emit_jump(pseudo::JUMP, top);
        self.bind(orelse);
        self.stmts(&w.orelse)?;
        self.bind(brk);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        if f.is_async {
            return self.async_for(f);
        }
        let top = self.new_label();
        let cleanup = self.new_label();
        let brk = self.new_label();
        self.expr(&f.iter)?;
        self.set_loc(f.range);
        self.emit(op::GET_ITER as u16, 0);
        self.bind(top);
        self.set_loc(f.range);
        self.emit_jump(op::FOR_ITER as u16, cleanup);
        self.u().fblocks.push(FBlock::For { cont: top, brk });
        self.store_target(&f.target)?;
        self.stmts(&f.body)?;
        self.u().fblocks.pop();
        self.set_loc(f.range);
        self.emit_jump(pseudo::JUMP, top);
        self.bind(cleanup);
        self.emit(op::END_FOR as u16, 0);
        self.stmts(&f.orelse)?;
        self.bind(brk);
        Ok(())
    }

    /// `async for`: `__anext__()` awaited each time, until StopAsyncIteration.
    fn async_for(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        if !self.units.last().expect("unit").sym.is_coroutine {
            return Err(syntax("'async for' outside async function", f.range));
        }
        let top = self.new_label();
        let handler = self.new_label();
        let brk = self.new_label();
        self.expr(&f.iter)?;
        self.set_loc(f.range);
        self.emit(op::GET_AITER as u16, 0);
        self.bind(top);
        self.set_loc(f.range);
        self.push_handler(handler, pseudo::SETUP_FINALLY);
        self.emit(op::GET_ANEXT as u16, 0);
        self.await_top();
        self.pop_handler();
        self.u().fblocks.push(FBlock::For { cont: top, brk });
        self.store_target(&f.target)?;
        self.stmts(&f.body)?;
        self.u().fblocks.pop();
        self.set_loc(f.range);
        self.emit_jump(pseudo::JUMP, top);
        // [aiter, exc]: StopAsyncIteration ends the loop.
        self.bind(handler);
        self.emit(op::END_ASYNC_FOR as u16, 0);
        self.stmts(&f.orelse)?;
        self.bind(brk);
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, r: TextRange) -> CResult<()> {
        let blocks = self.u().fblocks.clone();
        for (depth, b) in blocks.iter().enumerate().rev() {
            match b {
                FBlock::While { cont, brk } | FBlock::For { cont, brk } => {
                    if is_break {
                        if matches!(b, FBlock::For { .. }) {
                            self.emit(op::POP_TOP as u16, 0);
                        }
                        self.emit_jump(pseudo::JUMP, *brk);
                    } else {
                        self.emit_jump(pseudo::JUMP, *cont);
                    }
                    return Ok(());
                }
                _ => self.unwind_fblock(b, depth, false)?,
            }
        }
        Err(syntax(
            if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            },
            r,
        ))
    }

    /// Emits the code that leaves `b` (for break/continue/return).
    fn unwind_fblock(&mut self, b: &FBlock<'a>, depth: usize, preserve_tos: bool) -> CResult<()> {
        match b {
            FBlock::While { .. } | FBlock::ExceptionHandler => {}
            FBlock::For { .. } => {
                if preserve_tos {
                    self.emit(op::SWAP as u16, 2);
                }
                self.emit(op::POP_TOP as u16, 0);
            }
            FBlock::TryExcept => {}
            FBlock::With { handler, is_async } => {
                // The exit call is covered by the handlers outside the with.
                let inner = self.u().handlers.split_off(*handler);
                if preserve_tos {
                    self.emit(op::SWAP as u16, 2);
                }
                self.call_exit_with_nones();
                if *is_async {
                    self.emit(op::GET_AWAITABLE as u16, 0);
                    self.await_top();
                }
                self.emit(op::POP_TOP as u16, 0);
                self.u().handlers.extend(inner);
            }
            FBlock::FinallyTry { body } => {
                // Run the finally body outside its own protection.
                let saved_blocks = self.u().fblocks.split_off(depth);
                let saved = self.u().handlers.pop();
                self.stmts(body)?;
                if let Some(h) = saved {
                    self.u().handlers.push(h);
                }
                self.u().fblocks.extend(saved_blocks);
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(op::SWAP as u16, 2);
                }
                self.emit(op::POP_TOP as u16, 0);
                if preserve_tos {
                    self.emit(op::SWAP as u16, 2);
                }
                self.emit(op::POP_EXCEPT as u16, 0);
            }
            FBlock::HandlerCleanup { name } => {
                if preserve_tos {
                    self.emit(op::SWAP as u16, 2);
                }
                self.emit(op::POP_EXCEPT as u16, 0);
                if let Some(n) = name {
                    self.load_const(Value::NONE);
                    self.store_name(n);
                    self.delete_name(n);
                }
            }
        }
        Ok(())
    }

    /// `match subject: case ...`. Each case tests a copy of the subject;
    /// a failed test jumps to a label that pops what the pattern had
    /// pushed so far (see [`PatternFail`]), leaving the subject for the
    /// next case.
    fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult<()> {
        self.expr(&m.subject)?;
        let end = self.new_label();
        for (i, case) in m.cases.iter().enumerate() {
            let last = i + 1 == m.cases.len();
            self.set_loc(case.pattern.range());
            self.emit(op::COPY as u16, 1);
            let mut fail = PatternFail::new();
            self.pattern(&case.pattern, &mut fail, 1)?;
            if let Some(g) = &case.guard {
                let l = fail.label(self, 0);
                self.cond_jump(g, false, l)?;
            }
            self.emit(op::POP_TOP as u16, 0);
            self.stmts(&case.body)?;
            self.emit_jump(pseudo::JUMP, end);
            fail.bind_all(self);
            if last {
                self.emit(op::POP_TOP as u16, 0);
            }
        }
        if m.cases.is_empty() {
            self.emit(op::POP_TOP as u16, 0);
        }
        self.bind(end);
        Ok(())
    }

    /// Tests the value on top of the stack against `p`, consuming it. `k`
    /// counts the values the case has pushed, this one included; a
    /// failure jumps to `fail` with that count known.
    fn pattern(&mut self, p: &'a ast::Pattern, fail: &mut PatternFail, k: usize) -> CResult<()> {
        use ast::Pattern as P;
        self.set_loc(p.range());
        match p {
            P::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(op::COMPARE_OP as u16, 2);
                let l = fail.label(self, k - 1);
                self.emit_jump(op::POP_JUMP_IF_FALSE as u16, l);
            }
            P::MatchSingleton(s) => {
                self.load_const(match s.value {
                    ast::Singleton::None => Value::NONE,
                    ast::Singleton::True => Value::TRUE,
                    ast::Singleton::False => Value::FALSE,
                });
                self.emit(op::IS_OP as u16, 0);
                let l = fail.label(self, k - 1);
                self.emit_jump(op::POP_JUMP_IF_FALSE as u16, l);
            }
            P::MatchAs(a) => match (&a.pattern, &a.name) {
                (None, None) => self.emit(op::POP_TOP as u16, 0),
                (None, Some(n)) => self.store_name(n.as_str()),
                (Some(sub), name) => {
                    self.emit(op::COPY as u16, 1);
                    self.pattern(sub, fail, k + 1)?;
                    match name {
                        Some(n) => self.store_name(n.as_str()),
                        None => self.emit(op::POP_TOP as u16, 0),
                    }
                }
            },
            P::MatchStar(s) => match &s.name {
                Some(n) => self.store_name(n.as_str()),
                None => self.emit(op::POP_TOP as u16, 0),
            },
            P::MatchOr(o) => {
                let success = self.new_label();
                let n = o.patterns.len();
                for (i, alt) in o.patterns.iter().enumerate() {
                    if i + 1 == n {
                        self.pattern(alt, fail, k)?;
                        break;
                    }
                    // Each alternative but the last tests a copy; failing
                    // it pops back to the value and tries the next one.
                    self.emit(op::COPY as u16, 1);
                    let mut inner = PatternFail::new();
                    self.pattern(alt, &mut inner, 1)?;
                    self.emit(op::POP_TOP as u16, 0);
                    self.emit_jump(pseudo::JUMP, success);
                    inner.bind_all(self);
                }
                self.bind(success);
            }
            P::MatchSequence(s) => {
                let star = s.patterns.iter().position(|p| matches!(p, P::MatchStar(_)));
                let n = s.patterns.len();
                self.emit(op::MATCH_SEQUENCE as u16, 0);
                let l = fail.label(self, k);
                self.emit_jump(op::POP_JUMP_IF_FALSE as u16, l);
                self.emit(op::GET_LEN as u16, 0);
                match star {
                    None => {
                        self.load_const(Value::int(n as i64));
                        self.emit(op::COMPARE_OP as u16, 2);
                    }
                    Some(_) => {
                        self.load_const(Value::int(n as i64 - 1));
                        self.emit(op::COMPARE_OP as u16, 5);
                    }
                }
                let l = fail.label(self, k);
                self.emit_jump(op::POP_JUMP_IF_FALSE as u16, l);
                match star {
                    None => self.emit(op::UNPACK_SEQUENCE as u16, n as u32),
                    Some(i) => self.emit(op::UNPACK_EX as u16, ((n - i - 1) << 8 | i) as u32),
                }
                for (i, sub) in s.patterns.iter().enumerate() {
                    self.pattern(sub, fail, k - 1 + n - i)?;
                }
            }
            P::MatchMapping(m) => {
                let n = m.keys.len();
                self.emit(op::MATCH_MAPPING as u16, 0);
                let l = fail.label(self, k);
                self.emit_jump(op::POP_JUMP_IF_FALSE as u16, l);
                if n > 0 {
                    self.emit(op::GET_LEN as u16, 0);
                    self.load_const(Value::int(n as i64));
                    self.emit(op::COMPARE_OP as u16, 5);
                    let l = fail.label(self, k);
                    self.emit_jump(op::POP_JUMP_IF_FALSE as u16, l);
                }
                for key in &m.keys {
                    self.expr(key)?;
                }
                self.emit(op::BUILD_TUPLE as u16, n as u32);
                // [.., v, keys] -> [.., v, keys, values or None]
                self.emit(op::MATCH_KEYS as u16, 0);
                self.emit(op::COPY as u16, 1);
                self.load_const(Value::NONE);
                self.emit(op::IS_OP as u16, 1);
                let l = fail.label(self, k + 2);
                self.emit_jump(op::POP_JUMP_IF_FALSE as u16, l);
                self.emit(op::UNPACK_SEQUENCE as u16, n as u32);
                for (i, sub) in m.patterns.iter().enumerate() {
                    self.pattern(sub, fail, k + 1 + n - i)?;
                }
                match &m.rest {
                    Some(r) => {
                        self.emit(op::COPY_DICT_WITHOUT_KEYS as u16, 0);
                        self.store_name(r.as_str());
                        self.emit(op::POP_TOP as u16, 0);
                    }
                    None => {
                        self.emit(op::POP_TOP as u16, 0);
                        self.emit(op::POP_TOP as u16, 0);
                    }
                }
            }
            P::MatchClass(c) => {
                let args = &c.arguments;
                self.expr(&c.cls)?;
                let names: Vec<Value> = args
                    .keywords
                    .iter()
                    .map(|kw| self.interner.intern(kw.attr.as_str()))
                    .collect();
                let nattrs = args.patterns.len() + names.len();
                self.load_const(crate::object::new_tuple(names));
                self.set_loc(p.range());
                self.emit(op::MATCH_CLASS as u16, args.patterns.len() as u32);
                self.emit(op::COPY as u16, 1);
                self.load_const(Value::NONE);
                self.emit(op::IS_OP as u16, 1);
                let l = fail.label(self, k);
                self.emit_jump(op::POP_JUMP_IF_FALSE as u16, l);
                self.emit(op::UNPACK_SEQUENCE as u16, nattrs as u32);
                let subs = args
                    .patterns
                    .iter()
                    .chain(args.keywords.iter().map(|kw| &kw.pattern));
                for (i, sub) in subs.enumerate() {
                    self.pattern(sub, fail, k - 1 + nattrs - i)?;
                }
            }
        }
        Ok(())
    }

    /// `[awaitable] -> [result]`: the SEND loop of `await` and `yield from`.
    fn await_top(&mut self) {
        self.load_const(Value::NONE);
        let top = self.new_label();
        let end = self.new_label();
        self.bind(top);
        self.emit_jump(op::SEND as u16, end);
        self.emit(op::YIELD_VALUE as u16, 1);
        self.emit_jump(pseudo::JUMP, top);
        self.bind(end);
        self.emit(op::END_SEND as u16, 0);
    }

    /// `[exit] -> [exit(None, None, None)]`.
    fn call_exit_with_nones(&mut self) {
        self.emit(op::PUSH_NULL as u16, 0);
        self.load_const(Value::NONE);
        self.load_const(Value::NONE);
        self.load_const(Value::NONE);
        self.emit(op::CALL as u16, 3);
    }

    /// `with` item `i` and the ones after it, then the body.
    fn with_stmt(&mut self, w: &'a ast::StmtWith, i: usize) -> CResult<()> {
        let item = &w.items[i];
        let handler = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.expr(&item.context_expr)?;
        self.set_loc(item.context_expr.range());
        if w.is_async {
            self.emit(op::BEFORE_ASYNC_WITH as u16, 0);
            self.await_top();
        } else {
            self.emit(op::BEFORE_WITH as u16, 0);
        }
        let index = self.u().handlers.len();
        self.push_handler(handler, pseudo::SETUP_WITH);
        self.u().fblocks.push(FBlock::With {
            handler: index,
            is_async: w.is_async,
        });
        match &item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => self.emit(op::POP_TOP as u16, 0),
        }
        if i + 1 < w.items.len() {
            self.with_stmt(w, i + 1)?;
        } else {
            self.stmts(&w.body)?;
        }
        self.u().fblocks.pop();
        self.set_loc(w.range);
        self.pop_handler();
        self.call_exit_with_nones();
        if w.is_async {
            self.emit(op::GET_AWAITABLE as u16, 0);
            self.await_top();
        }
        self.emit(op::POP_TOP as u16, 0);
        self.emit_jump(pseudo::JUMP, end);
        // An exception in the body: [exit, lasti, exc].
        self.bind(handler);
        self.push_handler(cleanup, pseudo::SETUP_CLEANUP);
        self.emit(op::PUSH_EXC_INFO as u16, 0);
        self.emit(op::WITH_EXCEPT_START as u16, 0);
        if w.is_async {
            self.emit(op::GET_AWAITABLE as u16, 0);
            self.await_top();
        }
        self.emit_jump(op::POP_JUMP_IF_TRUE as u16, suppress);
        self.emit(op::RERAISE as u16, 2);
        self.bind(suppress);
        self.emit(op::POP_TOP as u16, 0);
        self.pop_handler();
        self.emit(op::POP_EXCEPT as u16, 0);
        self.emit(op::POP_TOP as u16, 0);
        self.emit(op::POP_TOP as u16, 0);
        self.emit_jump(pseudo::JUMP, end);
        // An exception in __exit__ itself: restore exc_info, re-raise.
        self.bind(cleanup);
        self.emit(op::COPY as u16, 3);
        self.emit(op::POP_EXCEPT as u16, 0);
        self.emit(op::RERAISE as u16, 1);
        self.bind(end);
        Ok(())
    }

    fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> CResult<()> {
        if !matches!(
            self.units.last().expect("unit").scope,
            ScopeKind::Function | ScopeKind::Comprehension
        ) {
            return Err(syntax("'return' outside function", r.range));
        }
        match &r.value {
            Some(v) => self.expr(v)?,
            None => self.load_const(Value::NONE),
        }
        let blocks = self.u().fblocks.clone();
        for (depth, b) in blocks.iter().enumerate().rev() {
            self.unwind_fblock(b, depth, true)?;
        }
        self.set_loc(r.range);
        self.emit(op::RETURN_VALUE as u16, 0);
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let handler = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.push_handler(handler, pseudo::SETUP_FINALLY);
        self.u().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.u().fblocks.pop();
        self.pop_handler();
        self.stmts(orelse)?;
        self.emit_jump(pseudo::JUMP, end);
        // The handler: [exc] on the stack.
        self.bind(handler);
        self.push_handler(cleanup, pseudo::SETUP_CLEANUP);
        self.emit(op::PUSH_EXC_INFO as u16, 0);
        self.u().fblocks.push(FBlock::ExceptionHandler);
        for (i, h) in handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit(op::CHECK_EXC_MATCH as u16, 0);
                    self.emit_jump(op::POP_JUMP_IF_FALSE as u16, next);
                }
                None => {
                    if i + 1 < handlers.len() {
                        return Err(syntax("default 'except:' must be last", h.range));
                    }
                }
            }
            let name = h.name.as_ref().map(|n| n.as_str().to_string());
            match &name {
                Some(n) => self.store_name(n),
                None => self.emit(op::POP_TOP as u16, 0),
            }
            let named_cleanup = self.new_label();
            if name.is_some() {
                self.push_handler(named_cleanup, pseudo::SETUP_CLEANUP);
            }
            self.u()
                .fblocks
                .push(FBlock::HandlerCleanup { name: name.clone() });
            self.stmts(&h.body)?;
            self.u().fblocks.pop();
            if name.is_some() {
                self.pop_handler();
            }
            self.emit(op::POP_EXCEPT as u16, 0);
            if let Some(n) = &name {
                self.load_const(Value::NONE);
                self.store_name(n);
                self.delete_name(n);
            }
            self.emit_jump(pseudo::JUMP, end);
            if let Some(n) = &name {
                // An exception in the handler body: unbind the name, re-raise.
                self.bind(named_cleanup);
                self.load_const(Value::NONE);
                self.store_name(n);
                self.delete_name(n);
                self.emit(op::RERAISE as u16, 1);
            }
            self.bind(next);
        }
        self.u().fblocks.pop();
        self.emit(op::RERAISE as u16, 0);
        self.pop_handler();
        // Cleanup: [prev_exc, lasti, exc2]: restore exc_info, re-raise.
        self.bind(cleanup);
        self.emit(op::COPY as u16, 3);
        self.emit(op::POP_EXCEPT as u16, 0);
        self.emit(op::RERAISE as u16, 1);
        self.bind(end);
        Ok(())
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let handler = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.push_handler(handler, pseudo::SETUP_FINALLY);
        self.u()
            .fblocks
            .push(FBlock::FinallyTry { body: &t.finalbody });
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else {
            // try/except/else inside try/finally.
            self.try_except(&t.body, &t.handlers, &t.orelse)?;
        }
        self.u().fblocks.pop();
        self.pop_handler();
        // Normal exit: run the finally body.
        self.stmts(&t.finalbody)?;
        self.emit_jump(pseudo::JUMP, end);
        // Exceptional exit: [exc]
        self.bind(handler);
        self.push_handler(cleanup, pseudo::SETUP_CLEANUP);
        self.emit(op::PUSH_EXC_INFO as u16, 0);
        self.u().fblocks.push(FBlock::FinallyEnd);
        self.stmts(&t.finalbody)?;
        self.u().fblocks.pop();
        self.emit(op::RERAISE as u16, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.emit(op::COPY as u16, 3);
        self.emit(op::POP_EXCEPT as u16, 0);
        self.emit(op::RERAISE as u16, 1);
        self.bind(end);
        Ok(())
    }

    /// The qualified-name prefix of a scope defined in the current unit.
    fn qual_prefix(&self) -> String {
        let u = self.units.last().expect("unit");
        match u.scope {
            ScopeKind::Module => String::new(),
            ScopeKind::Class => format!("{}.", u.qualname),
            _ => format!("{}.<locals>.", u.qualname),
        }
    }

    /// Starts the unit of a function, lambda, comprehension or class body
    /// opened at `range`: lays out its slots (parameters, other locals, then
    /// cells, then free variables) and emits the prologue that copies the
    /// closure in and turns captured locals into cells.
    fn enter_scope(&mut self, name: String, qualname: String, range: TextRange, params: &[&str]) {
        let sym = self
            .symtable
            .take(range)
            .expect("the symbol table has every scope");
        let (line, _) = self.position(range.start().to_usize());
        let mut unit = Unit::new(name, qualname, sym, line);
        unit.private = if unit.scope == ScopeKind::Class {
            Some(unit.name.clone())
        } else {
            self.units.last().and_then(|u| u.private.clone())
        };
        let private = unit.private.clone();
        unit.varnames = params
            .iter()
            .map(|p| super::symtable::mangle(private.as_deref(), p))
            .collect();
        if unit.scope != ScopeKind::Class {
            for n in &unit.sym.bound_order {
                if matches!(unit.sym.binding(n), Binding::Local | Binding::Cell)
                    && !unit.varnames.contains(n)
                {
                    unit.varnames.push(n.clone());
                }
            }
        }
        let mut cells = Vec::new();
        for c in &unit.sym.cellvars {
            let i = match unit.varnames.iter().position(|v| v == c) {
                Some(i) => i,
                None => {
                    unit.varnames.push(c.clone());
                    unit.varnames.len() - 1
                }
            };
            cells.push(i as u32);
        }
        unit.ncells = cells.len();
        unit.varnames.extend(unit.sym.freevars.iter().cloned());
        unit.nfree = unit.sym.freevars.len();
        self.units.push(unit);
        self.set_loc(range);
        let nfree = self.u().nfree;
        if nfree > 0 {
            self.emit(op::COPY_FREE_VARS as u16, nfree as u32);
        }
        for c in cells {
            self.emit(op::MAKE_CELL as u16, c);
        }
    }

    /// Ends the current unit: its code object and the free variables its
    /// closure must supply.
    fn leave_scope(&mut self) -> CResult<(Value, Vec<String>)> {
        let mut unit = self.units.pop().expect("unit");
        unit.flags |= match (unit.sym.is_coroutine, unit.sym.is_generator) {
            (true, true) => super::code::CO_ASYNC_GENERATOR,
            (true, false) => super::code::CO_COROUTINE,
            (false, true) => CO_GENERATOR,
            (false, false) => 0,
        };
        let freevars = unit.sym.freevars.clone();
        let code = self.finish(unit)?;
        Ok((code, freevars))
    }

    /// Pushes a function for `code`; `flags` says which of the defaults and
    /// keyword defaults are on the stack already. The closure is built from
    /// this unit's cells.
    fn make_closure(&mut self, code: Value, freevars: &[String], mut flags: u32) {
        if !freevars.is_empty() {
            for f in freevars {
                let i = self.slot(f);
                self.emit(op::LOAD_CLOSURE as u16, i);
            }
            self.emit(op::BUILD_TUPLE as u16, freevars.len() as u32);
            flags |= 8;
        }
        self.load_const(code);
        self.emit(op::MAKE_FUNCTION as u16, flags);
    }

    /// Evaluates the defaults of a parameter list onto the stack.
    fn parameters(
        &mut self,
        p: &'a ast::Parameters,
        returns: Option<&'a Expr>,
    ) -> CResult<Params<'a>> {
        let positional: Vec<&'a ast::ParameterWithDefault> =
            p.posonlyargs.iter().chain(p.args.iter()).collect();
        let mut flags = 0;
        let defaults: Vec<&'a Expr> = positional
            .iter()
            .filter_map(|x| x.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(op::BUILD_TUPLE as u16, defaults.len() as u32);
            flags |= 1;
        }
        let kwdefaults: Vec<(&'a str, &'a Expr)> = p
            .kwonlyargs
            .iter()
            .filter_map(|x| Some((x.parameter.name.as_str(), x.default.as_deref()?)))
            .collect();
        if !kwdefaults.is_empty() {
            for (n, d) in &kwdefaults {
                let k = self.interner.intern(n);
                self.load_const(k);
                self.expr(d)?;
            }
            self.emit(op::BUILD_MAP as u16, kwdefaults.len() as u32);
            flags |= 2;
        }
        // Annotations, as (name, value) pairs, evaluated now.
        let mut nann = 0;
        for x in p.iter() {
            let param = x.as_parameter();
            if let Some(a) = &param.annotation {
                let k = self.interner.intern(param.name.as_str());
                self.load_const(k);
                self.annotation(a)?;
                nann += 1;
            }
        }
        if let Some(r) = returns {
            let k = self.interner.intern("return");
            self.load_const(k);
            self.annotation(r)?;
            nann += 1;
        }
        if nann > 0 {
            self.emit(op::BUILD_TUPLE as u16, nann * 2);
            flags |= 4;
        }
        let mut names: Vec<&'a str> = positional
            .iter()
            .map(|x| x.parameter.name.as_str())
            .collect();
        names.extend(p.kwonlyargs.iter().map(|x| x.parameter.name.as_str()));
        let mut co_flags = 0;
        if let Some(v) = &p.vararg {
            names.push(v.name.as_str());
            co_flags |= CO_VARARGS;
        }
        if let Some(k) = &p.kwarg {
            names.push(k.name.as_str());
            co_flags |= CO_VARKEYWORDS;
        }
        Ok(Params {
            make_flags: flags,
            names,
            argcount: positional.len(),
            posonlyargcount: p.posonlyargs.len(),
            kwonlyargcount: p.kwonlyargs.len(),
            co_flags,
        })
    }

    fn set_params(&mut self, p: &Params<'a>) {
        let u = self.u();
        u.argcount = p.argcount;
        u.posonlyargcount = p.posonlyargcount;
        u.kwonlyargcount = p.kwonlyargcount;
        u.flags = p.co_flags;
    }

    fn decorators(&mut self, list: &'a [ast::Decorator]) -> CResult<()> {
        for d in list {
            self.expr(&d.expression)?;
            self.emit(op::PUSH_NULL as u16, 0);
        }
        Ok(())
    }
    fn apply_decorators(&mut self, list: &'a [ast::Decorator]) {
        for d in list.iter().rev() {
            self.set_loc(d.expression.range());
            self.emit(op::CALL as u16, 1);
        }
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult<()> {
        self.decorators(&f.decorator_list)?;
        let params = self.parameters(&f.parameters, f.returns.as_deref())?;
        let name = f.name.as_str();
        let qualname = format!("{}{name}", self.qual_prefix());
        self.enter_scope(name.to_string(), qualname, f.range, &params.names);
        self.set_params(&params);
        self.u().doc = docstring(&f.body).map_or(Value::NONE, |d| self.interner.intern(&d));
        if let Err(e) = self.stmts(&f.body) {
            self.units.pop();
            return Err(e);
        }
        self.load_const(Value::NONE);
        self.emit(op::RETURN_VALUE as u16, 0);
        let (code, freevars) = self.leave_scope()?;
        self.set_loc(f.range);
        self.make_closure(code, &freevars, params.make_flags);
        self.apply_decorators(&f.decorator_list);
        self.store_name(name);
        Ok(())
    }

    fn lambda(&mut self, l: &'a ast::ExprLambda) -> CResult<()> {
        let params = match &l.parameters {
            Some(p) => self.parameters(p, None)?,
            None => Params::default(),
        };
        let qualname = format!("{}<lambda>", self.qual_prefix());
        self.enter_scope("<lambda>".into(), qualname, l.range, &params.names);
        self.set_params(&params);
        if let Err(e) = self.expr(&l.body) {
            self.units.pop();
            return Err(e);
        }
        self.emit(op::RETURN_VALUE as u16, 0);
        let (code, freevars) = self.leave_scope()?;
        self.set_loc(l.range);
        self.make_closure(code, &freevars, params.make_flags);
        Ok(())
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult<()> {
        if c.type_params.is_some() {
            return Err(unsupported("type parameters", c.range));
        }
        self.decorators(&c.decorator_list)?;
        self.set_loc(c.range);
        self.emit(op::LOAD_BUILD_CLASS as u16, 0);
        self.emit(op::PUSH_NULL as u16, 0);
        let name = c.name.as_str();
        let qualname = format!("{}{name}", self.qual_prefix());
        self.enter_scope(name.to_string(), qualname.clone(), c.range, &[]);
        if let Err(e) = self.class_body(c, &qualname) {
            self.units.pop();
            return Err(e);
        }
        let (code, freevars) = self.leave_scope()?;
        self.set_loc(c.range);
        self.make_closure(code, &freevars, 0);
        let n = self.interner.intern(name);
        self.load_const(n);
        let mut nargs = 2;
        let mut kwnames = Vec::new();
        if let Some(a) = &c.arguments {
            for b in a.args.iter() {
                if let Expr::Starred(s) = b {
                    return Err(unsupported("`*` unpacking in a class's bases", s.range));
                }
                self.expr(b)?;
                nargs += 1;
            }
            for k in a.keywords.iter() {
                let Some(kn) = &k.arg else {
                    return Err(unsupported("`**` unpacking in a class's keywords", k.range));
                };
                self.expr(&k.value)?;
                kwnames.push(self.interner.intern(kn.as_str()));
                nargs += 1;
            }
        }
        self.set_loc(c.range);
        if kwnames.is_empty() {
            self.emit(op::CALL as u16, nargs);
        } else {
            self.load_const(crate::object::new_tuple(kwnames));
            self.emit(op::CALL_KW as u16, nargs);
        }
        self.apply_decorators(&c.decorator_list);
        self.store_name(name);
        Ok(())
    }

    fn class_body(&mut self, c: &'a ast::StmtClassDef, qualname: &str) -> CResult<()> {
        self.load_name("__name__", c.range)?;
        self.store_name("__module__");
        let q = self.interner.intern(qualname);
        self.load_const(q);
        self.store_name("__qualname__");
        if let Some(d) = docstring(&c.body) {
            let d = self.interner.intern(&d);
            self.load_const(d);
            self.store_name("__doc__");
        }
        if has_annotations(&c.body) {
            self.emit(op::SETUP_ANNOTATIONS as u16, 0);
        }
        self.stmts(&c.body)?;
        if self.u().sym.cellvars.iter().any(|c| c == "__class__") {
            let i = self.slot("__class__");
            self.emit(op::LOAD_CLOSURE as u16, i);
            self.emit(op::COPY as u16, 1);
            self.store_name("__classcell__");
        } else {
            self.load_const(Value::NONE);
        }
        self.emit(op::RETURN_VALUE as u16, 0);
        Ok(())
    }

    /// An annotation's value: evaluated, or under `from __future__ import
    /// annotations` its text.
    fn annotation(&mut self, e: &'a Expr) -> CResult<()> {
        if self.future_annotations {
            let text = super::unparse::unparse(e, self.source);
            let v = self.interner.intern(&text);
            self.load_const(v);
            Ok(())
        } else {
            self.expr(e)
        }
    }

    /// A literal number, string or bool (also `-number`), with its hash:
    /// the constants a set display can be folded from.
    fn hashable_literal(&mut self, e: &Expr) -> Option<(Value, i64)> {
        use crate::object::{float, int};
        let v = match e {
            Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => int::parse(&i.to_string(), 0)?,
                ast::Number::Float(f) => Value::float(*f),
                _ => return None,
            },
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match &*u.operand {
                Expr::NumberLiteral(n) => match &n.value {
                    ast::Number::Int(i) => int::parse(&format!("-{i}"), 0)?,
                    ast::Number::Float(f) => Value::float(-f),
                    _ => return None,
                },
                _ => return None,
            },
            Expr::StringLiteral(s) => self.interner.intern(s.value.to_str()),
            Expr::BooleanLiteral(b) => return Some((Value::bool(b.value), b.value as i64)),
            _ => return None,
        };
        let h = if let Some(f) = v.as_float() {
            float::hash(f)
        } else if let Some(s) = v.as_str() {
            s.hash()
        } else {
            int::hash(&int::as_int(&v)?)
        };
        Some((v, h))
    }

    /// The frozenset constant CPython makes for a display of more than two
    /// constants: built from the items, then rebuilt from its own order
    /// (CPython's constant merging does that), which decides the order in
    /// which the items reach the new set when hashes collide.
    fn constant_set(&mut self, elts: &[Expr]) -> Option<Value> {
        if elts.len() <= 2 {
            return None;
        }
        let items: Vec<(Value, i64)> = elts
            .iter()
            .map(|e| self.hashable_literal(e))
            .collect::<Option<_>>()?;
        let mut first = crate::object::set::SetData::new(true);
        for (v, h) in items {
            first.add(v, h);
        }
        // The cache key: the members (after `1`, `1.0` and `True` merged
        // into the first of them), each tagged with its type.
        let mut key: Vec<String> = first
            .iter()
            .map(|(_, v)| {
                if let Some(f) = v.as_float() {
                    format!("f{}", f.to_bits())
                } else if let Some(s) = v.as_str() {
                    format!("s{}", s.as_str())
                } else if v.is_bool() {
                    format!("b{}", v.is(&Value::TRUE))
                } else {
                    let i = crate::object::int::as_int(v).expect("an int");
                    format!("i{}", crate::object::int::to_string(&i))
                }
            })
            .collect();
        key.sort();
        if let Some(fs) = self.frozensets.get(&key) {
            return Some(fs.clone());
        }
        let mut merged = crate::object::set::SetData::new(true);
        for (h, v) in first.iter() {
            merged.add(v.clone(), h);
        }
        let fs = crate::builtins::sets::new_set(merged);
        self.frozensets.insert(key, fs.clone());
        Some(fs)
    }

    /// A comprehension: a function of one argument (the first iterator),
    /// made and called on the spot, as in CPython 3.11.
    fn comprehension(
        &mut self,
        range: TextRange,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
            CompKind::Set => "<setcomp>",
        };
        let qualname = format!("{}{name}", self.qual_prefix());
        self.enter_scope(name.into(), qualname, range, &[".0"]);
        self.u().argcount = 1;
        let is_async = self.u().sym.is_coroutine;
        let r = (|| {
            match kind {
                CompKind::List => self.emit(op::BUILD_LIST as u16, 0),
                CompKind::Dict => self.emit(op::BUILD_MAP as u16, 0),
                CompKind::Set => self.emit(op::BUILD_SET as u16, 0),
                CompKind::Gen => {}
            }
            self.comprehension_loop(generators, 0, kind, elt, value)?;
            if kind == CompKind::Gen {
                self.load_const(Value::NONE);
            }
            self.emit(op::RETURN_VALUE as u16, 0);
            Ok(())
        })();
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        let (code, freevars) = self.leave_scope()?;
        self.set_loc(range);
        self.make_closure(code, &freevars, 0);
        self.emit(op::PUSH_NULL as u16, 0);
        self.expr(&generators[0].iter)?;
        self.set_loc(range);
        if generators[0].is_async {
            self.emit(op::GET_AITER as u16, 0);
        } else {
            self.emit(op::GET_ITER as u16, 0);
        }
        self.emit(op::CALL as u16, 1);
        if is_async && kind != CompKind::Gen {
            // An async list/set/dict comprehension is a coroutine, awaited
            // on the spot.
            self.emit(op::GET_AWAITABLE as u16, 0);
            self.await_top();
        }
        Ok(())
    }

    fn comprehension_loop(
        &mut self,
        generators: &'a [ast::Comprehension],
        i: usize,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        let g = &generators[i];
        if i == 0 {
            let s = self.slot(".0");
            self.emit(op::LOAD_FAST as u16, s);
        } else {
            self.expr(&g.iter)?;
            self.set_loc(g.range);
            self.emit(
                if g.is_async {
                    op::GET_AITER
                } else {
                    op::GET_ITER
                } as u16,
                0,
            );
        }
        let top = self.new_label();
        let cleanup = self.new_label();
        self.bind(top);
        self.set_loc(g.range);
        if g.is_async {
            // As `async for`: `await anext(it)` until StopAsyncIteration,
            // which the handler at `cleanup` turns into the loop's end.
            self.push_handler(cleanup, pseudo::SETUP_FINALLY);
            self.emit(op::GET_ANEXT as u16, 0);
            self.await_top();
            self.pop_handler();
        } else {
            self.emit_jump(op::FOR_ITER as u16, cleanup);
        }
        self.store_target(&g.target)?;
        let skip = self.new_label();
        for cond in &g.ifs {
            self.cond_jump(cond, false, skip)?;
        }
        if i + 1 < generators.len() {
            self.comprehension_loop(generators, i + 1, kind, elt, value)?;
        } else {
            let depth = generators.len() as u32 + 1;
            match kind {
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(op::LIST_APPEND as u16, depth);
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    self.expr(value.expect("a dict comprehension has a value"))?;
                    self.emit(op::MAP_ADD as u16, depth);
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(op::SET_ADD as u16, depth);
                }
                CompKind::Gen => {
                    self.expr(elt)?;
                    if self.units.last().expect("unit").sym.is_coroutine {
                        self.emit(op::ASYNC_GEN_WRAP as u16, 0);
                    }
                    self.emit(op::YIELD_VALUE as u16, 0);
                    self.emit(op::POP_TOP as u16, 0);
                }
            }
        }
        self.bind(skip);
        self.set_loc(g.range);
        self.emit_jump(pseudo::JUMP, top);
        self.bind(cleanup);
        if g.is_async {
            self.emit(op::END_ASYNC_FOR as u16, 0);
        } else {
            self.emit(op::END_FOR as u16, 0);
        }
        Ok(())
    }

    // ---- expressions ----

    fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        self.set_loc(e.range());
        match e {
            Expr::NumberLiteral(n) => {
                let v = match &n.value {
                    ast::Number::Int(i) => match i.as_i64() {
                        Some(x) => Value::int(x),
                        None => crate::object::int::parse(&i.to_string(), 0)
                            .ok_or_else(|| syntax("invalid int literal", n.range))?,
                    },
                    ast::Number::Float(f) => Value::float(*f),
                    ast::Number::Complex { real, imag } => {
                        crate::object::alloc(crate::object::ObjData::Complex(*real, *imag))
                    }
                };
                self.load_const(v);
            }
            Expr::StringLiteral(s) => {
                let v = self.interner.intern(s.value.to_str());
                self.load_const(v);
            }
            Expr::BooleanLiteral(b) => self.load_const(Value::bool(b.value)),
            Expr::NoneLiteral(_) => self.load_const(Value::NONE),
            Expr::EllipsisLiteral(_) => self.load_const(Value::ELLIPSIS),
            Expr::Name(n) => self.load_name(n.id.as_str(), n.range)?,
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_loc(b.range);
                let anchor = self.binop_anchor(b);
                self.u().loc.anchor = anchor;
                self.emit(op::BINARY_OP as u16, binop_arg(b.op));
            }
            Expr::UnaryOp(u) => {
                // Fold `-<number>` so `-5` is one constant, as CPython does.
                if u.op == ast::UnaryOp::USub {
                    if let Expr::NumberLiteral(n) = &*u.operand {
                        let v = match &n.value {
                            ast::Number::Int(i) => crate::object::int::parse(&format!("-{i}"), 0),
                            ast::Number::Float(f) => Some(Value::float(-f)),
                            _ => None,
                        };
                        if let Some(v) = v {
                            self.load_const(v);
                            return Ok(());
                        }
                    }
                }
                self.expr(&u.operand)?;
                self.set_loc(u.range);
                let opc = match u.op {
                    ast::UnaryOp::Not => op::UNARY_NOT,
                    ast::UnaryOp::USub => op::UNARY_NEGATIVE,
                    ast::UnaryOp::UAdd => op::UNARY_POSITIVE,
                    ast::UnaryOp::Invert => op::UNARY_INVERT,
                };
                self.emit(opc as u16, 0);
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.emit(op::COPY as u16, 1);
                        let j = if b.op == ast::BoolOp::And {
                            op::POP_JUMP_IF_FALSE
                        } else {
                            op::POP_JUMP_IF_TRUE
                        };
                        self.emit_jump(j as u16, end);
                        self.emit(op::POP_TOP as u16, 0);
                    }
                }
                self.bind(end);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.cond_jump(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.emit_jump(pseudo::JUMP, end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Call(c) => self.call(c)?,
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let at = self.attr_range(a);
                self.set_loc(at);
                let ni = self.name_index(a.attr.as_str());
                self.emit(op::LOAD_ATTR as u16, ni << 1);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                // `x[a:b]`: the bounds go on the stack, no slice object.
                let op = match &*s.slice {
                    Expr::Slice(sl) if sl.step.is_none() => {
                        for part in [&sl.lower, &sl.upper] {
                            match part {
                                Some(x) => self.expr(x)?,
                                None => self.load_const(Value::NONE),
                            }
                        }
                        op::BINARY_SLICE
                    }
                    _ => {
                        self.expr(&s.slice)?;
                        op::BINARY_SUBSCR
                    }
                };
                self.set_loc(s.range);
                self.u().loc.anchor = self.subscript_anchor(s);
                self.emit(op as u16, 0);
            }
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.load_const(Value::NONE),
                    }
                }
                let n = if let Some(st) = &s.step {
                    self.expr(st)?;
                    3
                } else {
                    2
                };
                self.emit(op::BUILD_SLICE as u16, n);
            }
            Expr::Tuple(t) if t.elts.iter().any(|e| matches!(e, Expr::Starred(_))) => {
                self.starred_display(&t.elts, op::BUILD_LIST, op::LIST_APPEND, op::LIST_EXTEND)?;
                self.emit(op::LIST_TO_TUPLE as u16, 0);
            }
            Expr::List(l) if l.elts.iter().any(|e| matches!(e, Expr::Starred(_))) => {
                self.starred_display(&l.elts, op::BUILD_LIST, op::LIST_APPEND, op::LIST_EXTEND)?;
            }
            Expr::Set(s) if s.elts.iter().any(|e| matches!(e, Expr::Starred(_))) => {
                self.starred_display(&s.elts, op::BUILD_SET, op::SET_ADD, op::SET_UPDATE)?;
            }
            Expr::Dict(d) if d.items.iter().any(|i| i.key.is_none()) => {
                self.emit(op::BUILD_MAP as u16, 0);
                for item in &d.items {
                    match &item.key {
                        Some(k) => {
                            self.expr(k)?;
                            self.expr(&item.value)?;
                            self.emit(op::MAP_ADD as u16, 1);
                        }
                        None => {
                            self.expr(&item.value)?;
                            self.set_loc(item.value.range());
                            self.emit(op::DICT_UPDATE as u16, 1);
                        }
                    }
                }
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(op::COPY as u16, 1);
                self.store_target(&n.target)?;
            }
            Expr::Tuple(t) => {
                for x in &t.elts {
                    self.expr(x)?;
                }
                self.set_loc(t.range);
                self.emit(op::BUILD_TUPLE as u16, t.elts.len() as u32);
            }
            Expr::List(l) => {
                for x in &l.elts {
                    self.expr(x)?;
                }
                self.set_loc(l.range);
                self.emit(op::BUILD_LIST as u16, l.elts.len() as u32);
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    match &item.key {
                        Some(k) => self.expr(k)?,
                        None => {
                            return Err(unsupported("`**` unpacking in a dict display", d.range))
                        }
                    }
                    self.expr(&item.value)?;
                }
                self.set_loc(d.range);
                self.emit(op::BUILD_MAP as u16, d.items.len() as u32);
            }
            Expr::Starred(s) => return Err(syntax("can't use starred expression here", s.range)),
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::Set(s) => {
                if let Some(st) = s.elts.iter().find(|e| matches!(e, Expr::Starred(_))) {
                    return Err(unsupported(
                        "unpacking with `*` in a set display",
                        st.range(),
                    ));
                }
                if let Some(fs) = self.constant_set(&s.elts) {
                    // As CPython: the set of more than two constants is
                    // built from a frozenset constant.
                    self.set_loc(s.range);
                    self.emit(op::BUILD_SET as u16, 0);
                    self.load_const(fs);
                    self.emit(op::SET_UPDATE as u16, 1);
                    return Ok(());
                }
                for e in &s.elts {
                    self.expr(e)?;
                }
                self.set_loc(s.range);
                self.emit(op::BUILD_SET as u16, s.elts.len() as u32);
            }
            Expr::ListComp(c) => {
                self.comprehension(c.range, CompKind::List, &c.generators, &c.elt, None)?
            }
            Expr::SetComp(c) => {
                self.comprehension(c.range, CompKind::Set, &c.generators, &c.elt, None)?
            }
            Expr::DictComp(c) => {
                let Some(key) = &c.key else {
                    return Err(unsupported(
                        "`**` unpacking in a dict comprehension",
                        c.range,
                    ));
                };
                self.comprehension(c.range, CompKind::Dict, &c.generators, key, Some(&c.value))?
            }
            Expr::Generator(g) => {
                self.comprehension(g.range, CompKind::Gen, &g.generators, &g.elt, None)?
            }
            Expr::Await(a) => {
                self.expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(op::GET_AWAITABLE as u16, 0);
                self.await_top();
            }
            Expr::Yield(y) => {
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::NONE),
                }
                self.set_loc(y.range);
                if self.units.last().expect("unit").sym.is_coroutine {
                    // An async generator's own yields are told apart from
                    // the awaits it passes through.
                    self.emit(op::ASYNC_GEN_WRAP as u16, 0);
                }
                self.emit(op::YIELD_VALUE as u16, 0);
            }
            Expr::YieldFrom(y) => {
                self.expr(&y.value)?;
                self.set_loc(y.range);
                self.emit(op::GET_YIELD_FROM_ITER as u16, 0);
                self.load_const(Value::NONE);
                let top = self.new_label();
                let end = self.new_label();
                self.bind(top);
                self.emit_jump(op::SEND as u16, end);
                // oparg 1: a delegating yield (throw() is passed on).
                self.emit(op::YIELD_VALUE as u16, 1);
                self.emit_jump(pseudo::JUMP, top);
                self.bind(end);
                self.emit(op::END_SEND as u16, 0);
            }
            Expr::FString(f) => {
                let mut n = 0;
                for part in f.value.iter() {
                    match part {
                        ast::FStringPart::Literal(l) => {
                            if !l.value.is_empty() {
                                let s = self.interner.intern(&l.value);
                                self.load_const(s);
                                n += 1;
                            }
                        }
                        ast::FStringPart::FString(fs) => {
                            n += self.fstring_elements(&fs.elements, f.range)?
                        }
                    }
                }
                self.set_loc(f.range);
                if n != 1 {
                    self.emit(op::BUILD_STRING as u16, n);
                }
            }
            Expr::TString(t) => return Err(unsupported("a t-string", t.range)),
            Expr::BytesLiteral(b) => {
                let data: Vec<u8> = b
                    .value
                    .iter()
                    .flat_map(|p| p.value.iter().copied())
                    .collect();
                self.load_const(crate::builtins::bytes::new_bytes(data));
            }
            Expr::IpyEscapeCommand(c) => return Err(syntax("invalid syntax", c.range)),
        }
        Ok(())
    }

    /// The `[...]` of a subscript, for traceback carets.
    /// Where an attribute access is reported: the whole `a.b`, or, when it
    /// spans lines, just the name (CPython 3.11's
    /// `update_start_location_to_match_attr`).
    fn attr_range(&self, a: &ast::ExprAttribute) -> TextRange {
        let (l1, _) = self.position(a.range.start().to_usize());
        let (l2, _) = self.position(a.range.end().to_usize());
        if l1 == l2 {
            a.range
        } else {
            a.attr.range
        }
    }

    fn subscript_anchor(&self, s: &ast::ExprSubscript) -> Option<(u32, u32)> {
        let (_, value_end) = self.position(s.value.range().end().to_usize());
        let (_, slice_end) = self.position(s.slice.range().end().to_usize());
        Some((value_end, slice_end + 1))
    }

    /// The operator's columns in a binary operation, for traceback carets.
    fn binop_anchor(&self, b: &ast::ExprBinOp) -> Option<(u32, u32)> {
        let start = b.left.range().end().to_usize();
        let end = b.right.range().start().to_usize();
        let text = self.source.get(start..end)?;
        let sym = match b.op {
            ast::Operator::Add => "+",
            ast::Operator::Sub => "-",
            ast::Operator::Mult => "*",
            ast::Operator::MatMult => "@",
            ast::Operator::Div => "/",
            ast::Operator::Mod => "%",
            ast::Operator::Pow => "**",
            ast::Operator::LShift => "<<",
            ast::Operator::RShift => ">>",
            ast::Operator::BitOr => "|",
            ast::Operator::BitXor => "^",
            ast::Operator::BitAnd => "&",
            ast::Operator::FloorDiv => "//",
        };
        let i = text.find(sym)?;
        let (_, c0) = self.position(start + i);
        Some((c0, c0 + sym.len() as u32))
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult<()> {
        self.expr(&c.left)?;
        let n = c.ops.len();
        let cleanup = self.new_label();
        let end = self.new_label();
        for (i, (o, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            self.expr(right)?;
            if i + 1 < n {
                self.emit(op::SWAP as u16, 2);
                self.emit(op::COPY as u16, 2);
            }
            self.set_loc(c.range());
            self.compare_op(*o);
            if i + 1 < n {
                self.emit(op::COPY as u16, 1);
                self.emit_jump(op::POP_JUMP_IF_FALSE as u16, cleanup);
                self.emit(op::POP_TOP as u16, 0);
            }
        }
        if n > 1 {
            self.emit_jump(pseudo::JUMP, end);
            self.bind(cleanup);
            self.emit(op::SWAP as u16, 2);
            self.emit(op::POP_TOP as u16, 0);
            self.bind(end);
        }
        Ok(())
    }

    fn compare_op(&mut self, o: ast::CmpOp) {
        use ast::CmpOp::*;
        let (opc, arg) = match o {
            Lt => (op::COMPARE_OP, 0),
            LtE => (op::COMPARE_OP, 1),
            Eq => (op::COMPARE_OP, 2),
            NotEq => (op::COMPARE_OP, 3),
            Gt => (op::COMPARE_OP, 4),
            GtE => (op::COMPARE_OP, 5),
            Is => (op::IS_OP, 0),
            IsNot => (op::IS_OP, 1),
            In => (op::CONTAINS_OP, 0),
            NotIn => (op::CONTAINS_OP, 1),
        };
        self.emit(opc as u16, arg);
    }

    /// Pushes the pieces of an f-string (literals and formatted fields);
    /// returns how many. `whole` is the f-string's range, where CPython
    /// 3.11 reports a failing FORMAT_VALUE.
    fn fstring_elements(
        &mut self,
        elements: &'a [ast::InterpolatedStringElement],
        whole: TextRange,
    ) -> CResult<u32> {
        let mut n = 0;
        for e in elements {
            match e {
                ast::InterpolatedStringElement::Literal(l) => {
                    let s = self.interner.intern(&l.value);
                    self.load_const(s);
                    n += 1;
                }
                ast::InterpolatedStringElement::Interpolation(x) => {
                    let mut conv = match x.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(d) = &x.debug_text {
                        let s = self.interner.intern(d.as_str());
                        self.load_const(s);
                        n += 1;
                        if conv == 0 && x.format_spec.is_none() {
                            conv = 2;
                        }
                    }
                    self.expr(&x.expression)?;
                    if let Some(spec) = &x.format_spec {
                        let k = self.fstring_elements(&spec.elements, whole)?;
                        if k != 1 {
                            self.emit(op::BUILD_STRING as u16, k);
                        }
                        conv |= 4;
                    }
                    self.set_loc(whole);
                    self.emit(op::FORMAT_VALUE as u16, conv);
                    n += 1;
                }
            }
        }
        Ok(n)
    }

    /// A list, tuple or set display with `*` items: the leading plain items
    /// built at once, the rest appended or extended one by one.
    fn starred_display(&mut self, elts: &'a [Expr], build: u8, add: u8, extend: u8) -> CResult<()> {
        let lead = elts
            .iter()
            .position(|e| matches!(e, Expr::Starred(_)))
            .unwrap_or(elts.len());
        for e in &elts[..lead] {
            self.expr(e)?;
        }
        self.emit(build as u16, lead as u32);
        for e in &elts[lead..] {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.set_loc(s.range);
                    self.emit(extend as u16, 1);
                }
                _ => {
                    self.expr(e)?;
                    self.emit(add as u16, 1);
                }
            }
        }
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult<()> {
        let ex = c
            .arguments
            .args
            .iter()
            .any(|a| matches!(a, Expr::Starred(_)))
            || c.arguments.keywords.iter().any(|k| k.arg.is_none());
        // Method calls push (method, self) without a bound method.
        match &*c.func {
            Expr::Attribute(a) if !ex => {
                self.expr(&a.value)?;
                let at = self.attr_range(a);
                self.set_loc(at);
                let ni = self.name_index(a.attr.as_str());
                self.emit(op::LOAD_ATTR as u16, (ni << 1) | 1);
            }
            Expr::Name(n)
                if matches!(
                    self.binding(n.id.as_str()),
                    Binding::GlobalImplicit | Binding::GlobalExplicit
                ) =>
            {
                let ni = self.name_index(n.id.as_str());
                self.emit(op::LOAD_GLOBAL as u16, (ni << 1) | 1);
            }
            f => {
                self.expr(f)?;
                self.emit(op::PUSH_NULL as u16, 0);
            }
        }
        if ex {
            return self.call_ex(c);
        }
        for a in c.arguments.args.iter() {
            self.expr(a)?;
        }
        let mut kwnames = Vec::new();
        for k in c.arguments.keywords.iter() {
            let Some(name) = &k.arg else {
                unreachable!("`**` arguments take call_ex")
            };
            if kwnames.iter().any(|n: &String| n == name.as_str()) {
                return Err(syntax(
                    format!("keyword argument repeated: {}", name.as_str()),
                    k.range,
                ));
            }
            kwnames.push(name.as_str().to_string());
            self.expr(&k.value)?;
        }
        let n = (c.arguments.args.len() + kwnames.len()) as u32;
        // A method call whose attribute starts a new line is reported from
        // the method's name on (as CPython 3.11 does).
        let call_range = match &*c.func {
            Expr::Attribute(a) if !ex && self.attr_range(a) != a.range => {
                TextRange::new(a.attr.range.start(), c.range().end())
            }
            _ => c.range(),
        };
        self.set_loc(call_range);
        if kwnames.is_empty() {
            self.emit(op::CALL as u16, n);
        } else {
            let t =
                crate::object::new_tuple(kwnames.iter().map(|k| self.interner.intern(k)).collect());
            self.load_const(t);
            self.set_loc(call_range);
            self.emit(op::CALL_KW as u16, n);
        }
        Ok(())
    }

    /// A call with `*` or `**` arguments: the positional arguments as one
    /// tuple and the keywords as one dict, for CALL_FUNCTION_EX.
    fn call_ex(&mut self, c: &'a ast::ExprCall) -> CResult<()> {
        if let [Expr::Starred(s)] = &c.arguments.args[..] {
            // `f(*x)`: CALL_FUNCTION_EX takes x as it is (and names f when
            // x is not iterable).
            self.expr(&s.value)?;
            return self.call_ex_keywords(c);
        }
        self.emit(op::BUILD_LIST as u16, 0);
        for a in c.arguments.args.iter() {
            match a {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.set_loc(s.range);
                    self.emit(op::LIST_EXTEND as u16, 1);
                }
                _ => {
                    self.expr(a)?;
                    self.emit(op::LIST_APPEND as u16, 1);
                }
            }
        }
        self.emit(op::LIST_TO_TUPLE as u16, 0);
        self.call_ex_keywords(c)
    }

    /// The keyword part of a CALL_FUNCTION_EX, and the call.
    fn call_ex_keywords(&mut self, c: &'a ast::ExprCall) -> CResult<()> {
        let has_kw = !c.arguments.keywords.is_empty();
        if has_kw {
            self.emit(op::BUILD_MAP as u16, 0);
            for k in c.arguments.keywords.iter() {
                match &k.arg {
                    Some(name) => {
                        let n = self.interner.intern(name.as_str());
                        self.load_const(n);
                        self.expr(&k.value)?;
                        self.emit(op::BUILD_MAP as u16, 1);
                    }
                    None => self.expr(&k.value)?,
                }
                self.set_loc(k.range);
                self.emit(op::DICT_MERGE as u16, 1);
            }
        }
        self.set_loc(c.range());
        self.emit(op::CALL_FUNCTION_EX as u16, has_kw as u32);
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Dict,
    Gen,
    Set,
}

/// The failure exits of one pattern test: the label for "`n` values
/// pushed" pops them one by one, falling through to the label for n-1,
/// down to 0: the case failed.
struct PatternFail {
    labels: Vec<Option<Label>>,
}

impl PatternFail {
    fn new() -> PatternFail {
        PatternFail { labels: Vec::new() }
    }
    fn label(&mut self, c: &mut Compiler<'_>, n: usize) -> Label {
        if self.labels.len() <= n {
            self.labels.resize(n + 1, None);
        }
        *self.labels[n].get_or_insert_with(|| c.new_label())
    }
    /// Emits the pops, from the deepest failure up.
    fn bind_all(&mut self, c: &mut Compiler<'_>) {
        for n in (0..self.labels.len()).rev() {
            if let Some(l) = self.labels[n] {
                c.bind(l);
            }
            if n > 0 {
                c.emit(op::POP_TOP as u16, 0);
            }
        }
        if self.labels.is_empty() {
            // Nothing can fail: no label, no pops.
        }
    }
}

/// A parameter list as the compiler lays it out.
#[derive(Default)]
struct Params<'a> {
    /// MAKE_FUNCTION's flags for the defaults pushed.
    make_flags: u32,
    /// Slot order: positional, keyword-only, `*args`, `**kwargs`.
    names: Vec<&'a str>,
    argcount: usize,
    posonlyargcount: usize,
    kwonlyargcount: usize,
    co_flags: u32,
}

/// Whether a module or class body has annotated assignments (outside
/// nested functions and classes).
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        Stmt::Match(m) => m.cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}

/// The docstring of a body: its first statement, if a string literal.
fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first()? {
        Stmt::Expr(e) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}

fn describe(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_) => "literal",
        Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::BoolOp(_) => "expression",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        _ => "expression",
    }
}
