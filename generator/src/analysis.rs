//! Analysis of a parsed `bytecodes.def`: resolves names, numbers opcodes and
//! uops, lays out inline caches, computes stack effects, derives flags from the
//! Rust bodies, and validates everything, reporting errors with spans.
//!
//! Every emitter works from one [`Analysis`]; none of them re-reads the file.

use crate::ast::*;
use crate::error::Diagnostic;
use std::collections::{BTreeSet, HashMap};
use syn::visit::Visit;

/// The type facts a stack item may carry (`x: int`). The optimizer (tier 2)
/// learns from these.
pub const TYPE_FACTS: &[&str] = &[
    "int", "float", "str", "list", "tuple", "dict", "bool", "none", "const", "range", "slice",
    "func", "any", "null", "not_null",
];

/// Names every body may use besides its stack items and caches.
pub const CONTEXT_NAMES: &[&str] = &["vm", "frame", "oparg", "this_instr", "next_instr", "opcode"];

/// The intrinsics a body may call, and what each one means (see docs/dsl.md).
pub const INTRINSICS: &[&str] = &[
    "DEOPT_IF",
    "EXIT_IF",
    "ERROR_IF",
    "JUMPBY",
    "DISPATCH_INLINED",
    "DISPATCH_SAME_OPARG",
    "RETURN_FROM_FRAME",
    "YIELD_VALUE",
    "CHECK_EVAL_BREAKER",
    "EXTEND_OPARG",
    "MOVED",
];

/// What the analysis derives from an op's body and annotations.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    /// Contains `?` or `ERROR_IF`: may take the error exit.
    pub has_error: bool,
    /// Contains `DEOPT_IF`.
    pub has_deopt: bool,
    /// Contains `EXIT_IF`.
    pub has_exit: bool,
    /// Mentions `vm`: may run arbitrary code (Python code, finalizers, the
    /// cycle collector). A body without `vm` cannot: everything that can run
    /// Python code needs `&mut Vm`, so the Rust compiler enforces this.
    pub escapes: bool,
    /// Declared `pure`: no side effects, may be folded on constants.
    pub pure: bool,
    pub specializing: bool,
    pub tier1_only: bool,
    pub tier2_only: bool,
    pub uses_oparg: bool,
    /// Contains `JUMPBY`: changes the instruction pointer.
    pub jumps: bool,
    /// Contains `DISPATCH_INLINED` (pushes a Python frame), `RETURN_FROM_FRAME`
    /// or `YIELD_VALUE` (suspends the frame).
    pub changes_frame: bool,
    /// Declared `cold`: rarely run; the tier-1 match loop calls its handler
    /// function instead of holding its code.
    pub cold: bool,
    /// Declared `fused`: the op also runs the instruction that follows (and
    /// skips it), so it is only the last part of a macro.
    pub fused: bool,
}

impl Flags {
    fn union(&mut self, o: &Flags) {
        self.has_error |= o.has_error;
        self.has_deopt |= o.has_deopt;
        self.has_exit |= o.has_exit;
        self.escapes |= o.escapes;
        self.pure &= o.pure;
        self.specializing |= o.specializing;
        self.tier1_only |= o.tier1_only;
        self.tier2_only |= o.tier2_only;
        self.uses_oparg |= o.uses_oparg;
        self.jumps |= o.jumps;
        self.changes_frame |= o.changes_frame;
        self.cold |= o.cold;
        self.fused |= o.fused;
    }
}

/// A uop: one `op`, or the body of one `inst`.
#[derive(Clone, Debug)]
pub struct Uop {
    pub name: String,
    pub id: u16,
    pub def: OpDef,
    pub inputs: Vec<StackItem>,
    pub outputs: Vec<StackItem>,
    pub caches: Vec<CacheItem>,
    /// How many items at the bottom of the inputs are peeks: the same item
    /// at the same position among the outputs, left in place on the stack.
    pub peeks: usize,
    pub flags: Flags,
    pub body: syn::Block,
    /// The consumed array inputs whose values the body moves out itself
    /// (`MOVED(xs)`): the generated code releases nothing of them.
    pub moved: BTreeSet<String>,
    /// 1-based line of the definition in bytecodes.def.
    pub line: usize,
}

impl Uop {
    pub fn consumed(&self) -> &[StackItem] {
        &self.inputs[self.peeks..]
    }
    pub fn produced(&self) -> &[StackItem] {
        &self.outputs[self.peeks..]
    }
    pub fn cache_size(&self) -> u32 {
        self.caches.iter().map(|c| c.size).sum()
    }
}

/// One part of an instruction: a uop with its caches at `cache_offset`
/// (in code units after the instruction word), or unused cache space.
#[derive(Clone, Debug)]
pub enum Part {
    Uop {
        uop: usize,
        cache_offset: u32,
    },
    Cache {
        name: String,
        size: u32,
        offset: u32,
    },
}

/// A tier-1 instruction (an opcode): an `inst`, or a `macro` of uops.
#[derive(Clone, Debug)]
pub struct Instruction {
    pub name: String,
    pub opcode: u8,
    pub parts: Vec<Part>,
    pub cache_size: u32,
    /// Index into `Analysis::families` if this is a family head or member.
    pub family: Option<usize>,
    pub is_family_head: bool,
    /// The items this instruction takes from and leaves on the stack.
    pub inputs: Vec<StackItem>,
    pub outputs: Vec<StackItem>,
    /// For a macro ending with a `fused` op: what it leaves on the stack
    /// before that op, which is what the instruction alone does (the fused
    /// op does the work of the next one).
    pub own_outputs: Option<Vec<StackItem>>,
    pub flags: Flags,
    pub line: usize,
    pub span: Span,
}

impl Instruction {
    pub fn uops<'a>(&'a self, a: &'a Analysis) -> impl Iterator<Item = (&'a Uop, u32)> + 'a {
        self.parts.iter().filter_map(move |p| match p {
            Part::Uop { uop, cache_offset } => Some((&a.uops[*uop], *cache_offset)),
            Part::Cache { .. } => None,
        })
    }
}

#[derive(Clone, Debug)]
pub struct Family {
    pub head: usize,
    pub members: Vec<usize>,
    pub cache: u32,
}

#[derive(Clone, Debug)]
pub struct Pseudo {
    pub name: String,
    pub number: u16,
    pub inputs: Vec<StackItem>,
    pub outputs: Vec<StackItem>,
    pub targets: Vec<usize>,
}

#[derive(Clone, Debug, Default)]
pub struct Analysis {
    pub uops: Vec<Uop>,
    pub instructions: Vec<Instruction>,
    pub families: Vec<Family>,
    pub pseudos: Vec<Pseudo>,
}

impl Analysis {
    pub fn instruction(&self, name: &str) -> Option<&Instruction> {
        self.instructions.iter().find(|i| i.name == name)
    }
    /// The instruction a failed guard in `inst` falls back to.
    pub fn deopt_target(&self, inst: &Instruction) -> Option<&Instruction> {
        inst.family
            .map(|f| &self.instructions[self.families[f].head])
    }
}

/// `expr + K` or `expr - K` (K an integer literal) as (expr, ±K).
fn split_offset(s: &str) -> Option<(String, i64)> {
    let t = s.trim();
    for (i, c) in t.char_indices().rev() {
        if c == '+' || c == '-' {
            let k: i64 = t[i + 1..].trim().parse().ok()?;
            let base = t[..i].trim();
            if base.is_empty() || base.contains(['+', '-', '*', '/', '&', '|', '>', '<']) {
                return None;
            }
            return Some((base.to_string(), if c == '+' { k } else { -k }));
        }
    }
    None
}

/// A symbolic count of stack items: a constant plus Rust expressions over `oparg`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Count {
    pub constant: i64,
    /// Non-constant terms, each with its sign.
    pub terms: Vec<(bool, String)>,
}

impl Count {
    pub fn of_items(items: &[StackItem]) -> Count {
        let mut c = Count::default();
        for it in items {
            c.add_item(it, true);
        }
        c.normalize();
        c
    }
    fn add_item(&mut self, it: &StackItem, positive: bool) {
        let term = match (&it.size, &it.cond) {
            (None, None) => {
                self.constant += if positive { 1 } else { -1 };
                return;
            }
            (Some((s, _)), None) => match s.parse::<i64>() {
                Ok(n) => {
                    self.constant += if positive { n } else { -n };
                    return;
                }
                Err(_) => {
                    // `oparg + K` / `oparg - K`: the constant part counts
                    // with the constants, so `x, args[oparg]` and
                    // `xs[oparg + 1]` have the same effect.
                    if let Some((base, k)) = split_offset(s) {
                        self.constant += if positive { k } else { -k };
                        format!("({base}) as i32")
                    } else {
                        format!("({s}) as i32")
                    }
                }
            },
            (None, Some((c, _))) => format!("(({c}) as i32 != 0) as i32"),
            (Some((s, _)), Some((c, _))) => {
                format!("if ({c}) as i32 != 0 {{ ({s}) as i32 }} else {{ 0 }}")
            }
        };
        self.terms.push((positive, term));
    }
    pub fn minus(&self, other: &Count) -> Count {
        let mut c = self.clone();
        c.constant -= other.constant;
        for (p, t) in &other.terms {
            c.terms.push((!p, t.clone()));
        }
        c.normalize();
        c
    }
    /// Cancels equal terms of opposite signs and sorts the rest.
    fn normalize(&mut self) {
        let mut pos: Vec<String> = self
            .terms
            .iter()
            .filter(|t| t.0)
            .map(|t| t.1.clone())
            .collect();
        let mut neg: Vec<String> = Vec::new();
        for (p, t) in &self.terms {
            if !p {
                if let Some(i) = pos.iter().position(|x| x == t) {
                    pos.remove(i);
                } else {
                    neg.push(t.clone());
                }
            }
        }
        pos.sort();
        neg.sort();
        self.terms = pos
            .into_iter()
            .map(|t| (true, t))
            .chain(neg.into_iter().map(|t| (false, t)))
            .collect();
    }
    /// A Rust `i32` expression for this count.
    pub fn to_rust(&self) -> String {
        let mut s = self.constant.to_string();
        for (p, t) in &self.terms {
            s.push_str(if *p { " + " } else { " - " });
            s.push_str(t);
        }
        s
    }
    pub fn is_constant(&self) -> bool {
        self.terms.is_empty()
    }
}

struct Analyzer<'a> {
    source: &'a str,
    errors: Vec<Diagnostic>,
}

fn line_of(source: &str, offset: usize) -> usize {
    crate::error::line_col(source, offset).0
}

/// Runs the whole analysis; returns every error found, in source order.
pub fn analyze(source: &str, file: &File) -> Result<Analysis, Vec<Diagnostic>> {
    let mut an = Analyzer {
        source,
        errors: Vec::new(),
    };
    let result = an.run(file);
    if an.errors.is_empty() {
        Ok(result)
    } else {
        an.errors.sort_by_key(|d| d.span.start);
        an.errors.dedup();
        Err(an.errors)
    }
}

impl<'a> Analyzer<'a> {
    fn err(&mut self, span: Span, msg: impl Into<String>) {
        self.errors.push(Diagnostic::new(span, msg));
    }

    fn run(&mut self, file: &File) -> Analysis {
        let mut a = Analysis::default();
        // First pass: names. `override` replaces an earlier op of the same name.
        let mut defined: HashMap<String, Span> = HashMap::new();
        let mut ops: Vec<OpDef> = Vec::new();
        let mut macros: Vec<MacroDef> = Vec::new();
        let mut families: Vec<FamilyDef> = Vec::new();
        let mut pseudos: Vec<PseudoDef> = Vec::new();
        for d in &file.definitions {
            let (name, is_override) = match d {
                Definition::Op(o) => (&o.name, o.has(Annotation::Override)),
                Definition::Macro(m) => (&m.name, false),
                Definition::Pseudo(p) => (&p.name, false),
                Definition::Family(f) => {
                    families.push(f.clone());
                    continue;
                }
            };
            if let Some(first) = defined.get(&name.name).copied() {
                if is_override {
                    if let Definition::Op(o) = d {
                        if let Some(slot) = ops.iter_mut().find(|x| x.name.name == name.name) {
                            *slot = o.clone();
                            continue;
                        }
                    }
                }
                let line = line_of(self.source, first.start);
                self.err(
                    name.span,
                    format!(
                        "duplicate definition of `{}` (first defined at line {line})",
                        name.name
                    ),
                );
                continue;
            }
            if is_override {
                self.err(
                    name.span,
                    format!(
                        "`override` of `{}`, which is not defined earlier",
                        name.name
                    ),
                );
            }
            defined.insert(name.name.clone(), name.span);
            match d {
                Definition::Op(o) => ops.push(o.clone()),
                Definition::Macro(m) => macros.push(m.clone()),
                Definition::Pseudo(p) => pseudos.push(p.clone()),
                Definition::Family(_) => unreachable!(),
            }
        }

        // Uops.
        for o in &ops {
            if let Some(u) = self.uop(o, a.uops.len() as u16 + 1) {
                a.uops.push(u);
            }
        }
        let uop_index: HashMap<String, usize> = a
            .uops
            .iter()
            .enumerate()
            .map(|(i, u)| (u.name.clone(), i))
            .collect();

        // Instructions: every `inst`, and every `macro`.
        let mut insts: Vec<Instruction> = Vec::new();
        let mut order: Vec<(usize, bool)> = Vec::new(); // (definition position, is_inst)
        for d in &file.definitions {
            match d {
                Definition::Op(o) if o.is_inst && !o.has(Annotation::Override) => {
                    if o.has(Annotation::Fused) {
                        self.err(
                            o.name.span,
                            format!(
                                "`{}` is `fused`, but only an `op` ending a macro can run the next instruction",
                                o.name.name
                            ),
                        );
                    }
                    if let Some(&u) = uop_index.get(&o.name.name) {
                        let uop = &a.uops[u];
                        let cache_size = uop.cache_size();
                        insts.push(Instruction {
                            name: o.name.name.clone(),
                            opcode: 0,
                            parts: vec![Part::Uop {
                                uop: u,
                                cache_offset: 0,
                            }],
                            cache_size,
                            family: None,
                            is_family_head: false,
                            inputs: uop.inputs.clone(),
                            outputs: uop.outputs.clone(),
                            own_outputs: None,
                            flags: uop.flags.clone(),
                            line: uop.line,
                            span: o.name.span,
                        });
                        order.push((insts.len() - 1, true));
                    }
                }
                Definition::Macro(m) => {
                    if let Some(i) = self.macro_inst(m, &a.uops, &uop_index) {
                        insts.push(i);
                        order.push((insts.len() - 1, false));
                    }
                }
                _ => {}
            }
        }
        let _ = order;

        // Families.
        let inst_index: HashMap<String, usize> = insts
            .iter()
            .enumerate()
            .map(|(i, x)| (x.name.clone(), i))
            .collect();
        for f in &families {
            let Some(&head) = inst_index.get(&f.head.name) else {
                self.err(
                    f.head.span,
                    format!("family head `{}` is not an instruction", f.head.name),
                );
                continue;
            };
            let fam_idx = a.families.len();
            let mut members = Vec::new();
            if insts[head].family.is_some() {
                self.err(
                    f.head.span,
                    format!("`{}` is already in a family", f.head.name),
                );
                continue;
            }
            if insts[head].cache_size != f.cache {
                self.err(
                    f.cache_span,
                    format!(
                        "family `{}` declares {} cache entries but `{}` has {}",
                        f.head.name, f.cache, f.head.name, insts[head].cache_size
                    ),
                );
            }
            insts[head].family = Some(fam_idx);
            insts[head].is_family_head = true;
            let head_pops = Count::of_items(&insts[head].inputs);
            let head_pushes = Count::of_items(&insts[head].outputs);
            for m in &f.members {
                let Some(&mi) = inst_index.get(&m.name) else {
                    self.err(
                        m.span,
                        format!("family member `{}` is not an instruction", m.name),
                    );
                    continue;
                };
                if insts[mi].family.is_some() {
                    self.err(m.span, format!("`{}` is already in a family", m.name));
                    continue;
                }
                if insts[mi].cache_size != f.cache {
                    self.err(
                        m.span,
                        format!(
                            "family member `{}` has {} cache entries but family `{}` has {}",
                            m.name, insts[mi].cache_size, f.head.name, f.cache
                        ),
                    );
                }
                let pops = Count::of_items(&insts[mi].inputs);
                // A fused member is compared without the instruction it
                // runs after its own work.
                let pushes =
                    Count::of_items(insts[mi].own_outputs.as_ref().unwrap_or(&insts[mi].outputs));
                if pops != head_pops || pushes != head_pushes {
                    self.err(
                        m.span,
                        format!(
                            "family member `{}` pops {} and pushes {}, but the head `{}` pops {} and pushes {}",
                            m.name,
                            pops.to_rust(),
                            pushes.to_rust(),
                            f.head.name,
                            head_pops.to_rust(),
                            head_pushes.to_rust()
                        ),
                    );
                }
                insts[mi].family = Some(fam_idx);
                members.push(mi);
            }
            a.families.push(Family {
                head,
                members,
                cache: f.cache,
            });
        }

        // Exits need somewhere to go in tier 1.
        for inst in &insts {
            for p in &inst.parts {
                if let Part::Uop { uop, .. } = p {
                    let u = &a.uops[*uop];
                    if (u.flags.has_deopt || u.flags.has_exit) && inst.family.is_none() {
                        self.err(
                            inst.span,
                            format!(
                                "`{}` can deopt (through `{}`) but is in no family, so tier 1 has no generic instruction to fall back to",
                                inst.name, u.name
                            ),
                        );
                    }
                }
            }
        }

        // Opcode numbers: 0 is CACHE; then unspecialized instructions in
        // definition order; then family members (specializations).
        let mut numbered: Vec<usize> = (0..insts.len())
            .filter(|&i| !is_member(&insts[i]))
            .collect();
        numbered.extend((0..insts.len()).filter(|&i| is_member(&insts[i])));
        for (next, &i) in (1u32..).zip(numbered.iter()) {
            if next > 255 {
                self.err(
                    insts[i].span,
                    "more than 255 instructions; opcodes are 8 bits",
                );
                break;
            }
            insts[i].opcode = next as u8;
        }
        insts.sort_by_key(|i| i.opcode);
        // Re-point families after sorting.
        let pos: HashMap<String, usize> = insts
            .iter()
            .enumerate()
            .map(|(i, x)| (x.name.clone(), i))
            .collect();
        for f in &mut a.families {
            f.head = pos[&old_name(&inst_index, f.head)];
            for m in &mut f.members {
                *m = pos[&old_name(&inst_index, *m)];
            }
        }
        a.instructions = insts;

        // Pseudo instructions: numbers from 256, targets are instructions.
        for (k, p) in pseudos.iter().enumerate() {
            let mut targets = Vec::new();
            for t in &p.targets {
                match a.instructions.iter().position(|i| i.name == t.name) {
                    Some(i) => targets.push(i),
                    None => self.err(
                        t.span,
                        format!(
                            "pseudo instruction target `{}` is not an instruction",
                            t.name
                        ),
                    ),
                }
            }
            for it in p.effect.caches() {
                self.err(it.name.span, "pseudo instructions have no cache entries");
            }
            let inputs: Vec<StackItem> = p.effect.stack_inputs().cloned().collect();
            self.check_items(&inputs, &p.effect.outputs);
            a.pseudos.push(Pseudo {
                name: p.name.name.clone(),
                number: 256 + k as u16,
                inputs,
                outputs: p.effect.outputs.clone(),
                targets,
            });
        }
        a
    }

    fn macro_inst(
        &mut self,
        m: &MacroDef,
        uops: &[Uop],
        uop_index: &HashMap<String, usize>,
    ) -> Option<Instruction> {
        let mut parts = Vec::new();
        let mut offset = 0u32;
        let mut ok = true;
        let mut flags = Flags {
            pure: true,
            ..Flags::default()
        };
        // Simulate the stack of items across the uops: `virt` holds items
        // produced inside the macro; what a uop takes beyond them is an input
        // of the macro.
        let mut inputs: Vec<StackItem> = Vec::new();
        let mut virt: Vec<StackItem> = Vec::new();
        let mut changed_stack: Option<String> = None;
        let mut own_outputs: Option<Vec<StackItem>> = None;
        for (pi, p) in m.parts.iter().enumerate() {
            match p {
                MacroPart::Cache(c) => {
                    parts.push(Part::Cache {
                        name: c.name.name.clone(),
                        size: c.size,
                        offset,
                    });
                    offset += c.size;
                }
                MacroPart::Op(id) => {
                    let Some(&u) = uop_index.get(&id.name) else {
                        self.err(
                            id.span,
                            format!("unknown uop `{}` in macro `{}`", id.name, m.name.name),
                        );
                        ok = false;
                        continue;
                    };
                    let uop = &uops[u];
                    if uop.def.is_inst {
                        self.err(
                            id.span,
                            format!("`{}` is an `inst`; a macro is made of `op`s", id.name),
                        );
                        ok = false;
                    }
                    if let Some(prev) = &changed_stack {
                        if uop.flags.has_deopt || uop.flags.has_exit || uop.flags.specializing {
                            self.err(
                                id.span,
                                format!(
                                    "`{}` may deopt or re-specialize, but it follows `{prev}`, which changes the stack or escapes; guards must come first",
                                    id.name
                                ),
                            );
                        }
                    }
                    if !uop.consumed().is_empty()
                        || !uop.produced().is_empty()
                        || uop.flags.escapes
                        || uop.flags.jumps
                    {
                        changed_stack.get_or_insert(uop.name.clone());
                    }
                    if uop.flags.fused {
                        if pi + 1 != m.parts.len() {
                            self.err(
                                id.span,
                                format!(
                                    "`{}` is `fused` (it runs the next instruction), so it must be the last part of macro `{}`",
                                    id.name, m.name.name
                                ),
                            );
                            ok = false;
                        }
                        own_outputs = Some(virt.clone());
                    }
                    parts.push(Part::Uop {
                        uop: u,
                        cache_offset: offset,
                    });
                    offset += uop.cache_size();
                    flags.union(&uop.flags);
                    for inp in uop.inputs.iter().rev() {
                        match virt.pop() {
                            Some(v) => {
                                if v.size.as_ref().map(|s| &s.0) != inp.size.as_ref().map(|s| &s.0)
                                {
                                    self.err(
                                        id.span,
                                        format!(
                                            "`{}` takes `{}` where the previous uop left `{}`, of a different size",
                                            id.name, inp.name.name, v.name.name
                                        ),
                                    );
                                    ok = false;
                                }
                            }
                            None => inputs.insert(0, inp.clone()),
                        }
                    }
                    virt.extend(uop.outputs.iter().cloned());
                }
            }
        }
        if parts.iter().all(|p| matches!(p, Part::Cache { .. })) {
            self.err(m.name.span, format!("macro `{}` has no uops", m.name.name));
            ok = false;
        }
        if !ok {
            return None;
        }
        Some(Instruction {
            name: m.name.name.clone(),
            opcode: 0,
            parts,
            cache_size: offset,
            family: None,
            is_family_head: false,
            inputs,
            outputs: virt,
            own_outputs,
            flags,
            line: line_of(self.source, m.span.start),
            span: m.name.span,
        })
    }

    /// Checks a stack effect's items: names, facts, duplicates.
    fn check_items(&mut self, inputs: &[StackItem], outputs: &[StackItem]) {
        for side in [inputs, outputs] {
            let mut seen: HashMap<&str, Span> = HashMap::new();
            for it in side {
                if let Some(f) = &it.fact {
                    if !TYPE_FACTS.contains(&f.name.as_str()) {
                        self.err(
                            f.span,
                            format!(
                                "unknown type fact `{}`; the facts are: {}",
                                f.name,
                                TYPE_FACTS.join(", ")
                            ),
                        );
                    }
                }
                if it.is_unused() {
                    continue;
                }
                if seen.insert(&it.name.name, it.name.span).is_some() {
                    self.err(
                        it.name.span,
                        format!("stack item `{}` is named twice", it.name.name),
                    );
                }
            }
        }
    }

    fn uop(&mut self, o: &OpDef, id: u16) -> Option<Uop> {
        let inputs: Vec<StackItem> = o.effect.stack_inputs().cloned().collect();
        let outputs = o.effect.outputs.clone();
        let caches: Vec<CacheItem> = o.effect.caches().cloned().collect();
        let errors_before = self.errors.len();
        self.check_items(&inputs, &outputs);
        // Cache entries come before the stack items, as in the code stream.
        let mut seen_stack = false;
        for i in &o.effect.inputs {
            match i {
                InputItem::Stack(_) => seen_stack = true,
                InputItem::Cache(c) => {
                    if seen_stack {
                        self.err(c.name.span, "cache entries must come before stack items");
                    }
                    if ![1, 2, 4].contains(&c.size) && !c.is_unused() {
                        self.err(c.name.span, format!("cache entry `{}` has size {}; named entries are 1, 2 or 4 code units", c.name.name, c.size));
                    }
                }
            }
        }
        // Peeks: the longest common bottom of inputs and outputs with equal names and sizes.
        let mut peeks = 0;
        while peeks < inputs.len()
            && peeks < outputs.len()
            && inputs[peeks].name.name == outputs[peeks].name.name
            && inputs[peeks].size.as_ref().map(|s| &s.0)
                == outputs[peeks].size.as_ref().map(|s| &s.0)
        {
            peeks += 1;
        }
        for out in &outputs[peeks..] {
            if !out.is_unused() && inputs[peeks..].iter().any(|i| i.name.name == out.name.name) {
                self.err(
                    out.name.span,
                    format!(
                        "`{}` is both an input and an output, at different stack positions",
                        out.name.name
                    ),
                );
            }
        }
        for it in inputs.iter().chain(outputs.iter()) {
            if it.cond.is_some() && it.is_array() {
                self.err(
                    it.name.span,
                    "a stack item cannot be both an array and conditional",
                );
            }
        }

        // The body, as Rust.
        let body: syn::Block = match syn::parse_str(&format!("{{{}}}", o.body)) {
            Ok(b) => b,
            Err(e) => {
                let lc = e.span().start();
                let off = offset_in(&o.body, lc.line, lc.column).saturating_sub(1);
                let at = (o.body_span.start + off).min(o.body_span.end);
                self.err(
                    Span {
                        start: at,
                        end: at + 1,
                    },
                    format!("this body is not valid Rust: {e}"),
                );
                return None;
            }
        };
        let mut scan = BodyScan::default();
        scan.visit_block(&body);
        let flags = Flags {
            has_error: scan.has_try || scan.intrinsics.contains("ERROR_IF"),
            has_deopt: scan.intrinsics.contains("DEOPT_IF"),
            has_exit: scan.intrinsics.contains("EXIT_IF"),
            escapes: scan.idents.contains("vm"),
            pure: o.has(Annotation::Pure),
            specializing: o.has(Annotation::Specializing),
            tier1_only: o.has(Annotation::Tier1),
            tier2_only: o.has(Annotation::Tier2),
            uses_oparg: scan.idents.contains("oparg")
                || inputs
                    .iter()
                    .chain(outputs.iter())
                    .any(|i| i.size.is_some() || i.cond.is_some()),
            jumps: scan.intrinsics.contains("JUMPBY"),
            changes_frame: scan.intrinsics.contains("DISPATCH_INLINED")
                || scan.intrinsics.contains("RETURN_FROM_FRAME")
                || scan.intrinsics.contains("YIELD_VALUE"),
            cold: o.has(Annotation::Cold),
            fused: o.has(Annotation::Fused),
        };
        for (name, span) in &scan.unknown_macros {
            let at = self.body_pos(o, *span);
            self.err(
                at,
                format!(
                    "unknown intrinsic `{name}`; the intrinsics are: {}",
                    INTRINSICS.join(", ")
                ),
            );
        }
        if flags.has_deopt && flags.has_exit {
            self.err(
                o.name.span,
                format!(
                    "`{}` uses both DEOPT_IF and EXIT_IF; a uop may use only one kind of exit",
                    o.name.name
                ),
            );
        }
        if flags.tier1_only && flags.tier2_only {
            self.err(o.name.span, "an op cannot be both `tier1` and `tier2`");
        }
        if flags.pure {
            if flags.escapes {
                self.err(
                    o.name.span,
                    format!(
                        "`{}` is declared `pure` but uses `vm`, so it may have side effects",
                        o.name.name
                    ),
                );
            }
            if flags.has_error || flags.jumps || flags.changes_frame {
                self.err(
                    o.name.span,
                    format!(
                        "`{}` is declared `pure` but can fail, jump or change frames",
                        o.name.name
                    ),
                );
            }
        }
        if (flags.has_deopt || flags.has_exit || flags.specializing)
            && inputs[peeks..].iter().any(|i| i.is_array())
        {
            self.err(
                o.name.span,
                format!(
                    "`{}` can deopt but consumes an array input, which could not be restored",
                    o.name.name
                ),
            );
        }
        if flags.specializing && peeks != inputs.len() {
            self.err(
                o.name.span,
                format!(
                    "specializing op `{}` must leave its inputs in place (peek them)",
                    o.name.name
                ),
            );
        }
        let mut moved = BTreeSet::new();
        for (arg, span) in &scan.moved {
            let ok = arg.as_ref().is_some_and(|name| {
                inputs[peeks..]
                    .iter()
                    .any(|i| i.is_array() && !i.is_unused() && &i.name.name == name)
            });
            match arg {
                Some(name) if ok => {
                    moved.insert(name.clone());
                }
                _ => {
                    let at = self.body_pos(o, *span);
                    self.err(
                        at,
                        format!(
                            "MOVED takes the name of an array input that `{}` consumes",
                            o.name.name
                        ),
                    );
                }
            }
        }
        if scan.intrinsics.contains("DISPATCH_SAME_OPARG") && !flags.specializing {
            self.err(
                o.name.span,
                "DISPATCH_SAME_OPARG may be used only in a `specializing` op",
            );
        }
        // Names: every lowercase name used must be a stack item, a cache
        // entry, a context name, or bound in the body.
        let mut declared: BTreeSet<&str> = CONTEXT_NAMES.iter().copied().collect();
        for it in inputs.iter().chain(outputs.iter()) {
            declared.insert(&it.name.name);
        }
        for c in &caches {
            declared.insert(&c.name.name);
        }
        for (name, span) in &scan.uses {
            if !declared.contains(name.as_str()) && !scan.bound.contains(name) {
                let at = self.body_pos(o, *span);
                self.err(
                    at,
                    format!(
                        "`{name}` is not a stack item, cache entry or local of `{}`",
                        o.name.name
                    ),
                );
            }
        }
        for out in &outputs[peeks..] {
            if !out.is_unused()
                && !out.is_array()
                && out.cond.is_none()
                && !scan.assigned.contains(&out.name.name)
            {
                self.err(
                    out.name.span,
                    format!(
                        "output `{}` of `{}` is never assigned",
                        out.name.name, o.name.name
                    ),
                );
            }
        }
        if self.errors.len() > errors_before {
            return None;
        }
        Some(Uop {
            name: o.name.name.clone(),
            id,
            def: o.clone(),
            inputs,
            outputs,
            caches,
            peeks,
            flags,
            body,
            moved,
            line: line_of(self.source, o.span.start),
        })
    }

    /// Maps a span inside a body (line/column from proc-macro2) to the file.
    fn body_pos(&self, o: &OpDef, lc: (usize, usize)) -> Span {
        let off = offset_in(&o.body, lc.0, lc.1).saturating_sub(1);
        let at = (o.body_span.start + off).min(o.body_span.end);
        let len = o.body[off.min(o.body.len())..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .map(|c| c.len_utf8())
            .sum::<usize>()
            .max(1);
        Span {
            start: at,
            end: at + len,
        }
    }
}

fn is_member(i: &Instruction) -> bool {
    i.family.is_some() && !i.is_family_head
}

fn old_name(index: &HashMap<String, usize>, old: usize) -> String {
    index
        .iter()
        .find(|(_, &v)| v == old)
        .map(|(k, _)| k.clone())
        .expect("instruction index")
}

/// Byte offset of (1-based line, 0-based char column) in `text` wrapped in `{`…`}`:
/// the wrapper adds one char on the first line.
fn offset_in(text: &str, line: usize, column: usize) -> usize {
    let wrapped_line_start = |l: usize| -> usize {
        // In the wrapped text "{" + text + "}", line 1 starts at 0.
        if l <= 1 {
            0
        } else {
            let mut n = 0;
            let mut count = 1;
            for (i, c) in text.char_indices() {
                if c == '\n' {
                    count += 1;
                    if count == l {
                        n = i + 2; // +1 for the newline, +1 for the wrapper's "{"
                        break;
                    }
                }
            }
            n
        }
    };
    let start = wrapped_line_start(line);
    let wrapped = format!("{{{text}}}");
    let col_bytes: usize = wrapped[start.min(wrapped.len())..]
        .chars()
        .take(column)
        .map(|c| c.len_utf8())
        .sum();
    start + col_bytes
}

/// What a body contains, found by walking its syntax tree.
#[derive(Default)]
struct BodyScan {
    has_try: bool,
    intrinsics: BTreeSet<String>,
    unknown_macros: Vec<(String, (usize, usize))>,
    /// The arguments of `MOVED(...)`: the name when it is one identifier.
    moved: Vec<(Option<String>, (usize, usize))>,
    idents: BTreeSet<String>,
    uses: Vec<(String, (usize, usize))>,
    bound: BTreeSet<String>,
    assigned: BTreeSet<String>,
    closure_depth: usize,
}

fn lc(span: proc_macro2::Span) -> (usize, usize) {
    let s = span.start();
    (s.line, s.column)
}

impl BodyScan {
    fn bind_pat(&mut self, p: &syn::Pat) {
        struct Binder<'a>(&'a mut BTreeSet<String>);
        impl<'ast> Visit<'ast> for Binder<'_> {
            fn visit_pat_ident(&mut self, i: &'ast syn::PatIdent) {
                self.0.insert(i.ident.to_string());
                syn::visit::visit_pat_ident(self, i);
            }
        }
        Binder(&mut self.bound).visit_pat(p);
    }
    fn assign_target(&mut self, e: &syn::Expr) {
        match e {
            syn::Expr::Path(p) => {
                if let Some(id) = p.path.get_ident() {
                    self.assigned.insert(id.to_string());
                }
            }
            syn::Expr::Tuple(t) => t.elems.iter().for_each(|e| self.assign_target(e)),
            syn::Expr::Paren(p) => self.assign_target(&p.expr),
            _ => {}
        }
    }
}

impl<'ast> Visit<'ast> for BodyScan {
    fn visit_expr_try(&mut self, e: &'ast syn::ExprTry) {
        if self.closure_depth == 0 {
            self.has_try = true;
        }
        syn::visit::visit_expr_try(self, e);
    }
    fn visit_expr_closure(&mut self, e: &'ast syn::ExprClosure) {
        for p in &e.inputs {
            self.bind_pat(p);
        }
        self.closure_depth += 1;
        syn::visit::visit_expr_closure(self, e);
        self.closure_depth -= 1;
    }
    fn visit_item_fn(&mut self, _: &'ast syn::ItemFn) {
        // Nested functions are opaque to the analysis.
    }
    fn visit_local(&mut self, l: &'ast syn::Local) {
        self.bind_pat(&l.pat);
        syn::visit::visit_local(self, l);
    }
    fn visit_arm(&mut self, a: &'ast syn::Arm) {
        self.bind_pat(&a.pat);
        syn::visit::visit_arm(self, a);
    }
    fn visit_expr_let(&mut self, e: &'ast syn::ExprLet) {
        self.bind_pat(&e.pat);
        syn::visit::visit_expr_let(self, e);
    }
    fn visit_expr_for_loop(&mut self, e: &'ast syn::ExprForLoop) {
        self.bind_pat(&e.pat);
        syn::visit::visit_expr_for_loop(self, e);
    }
    fn visit_expr_assign(&mut self, e: &'ast syn::ExprAssign) {
        self.assign_target(&e.left);
        syn::visit::visit_expr_assign(self, e);
    }
    fn visit_expr_call(&mut self, e: &'ast syn::ExprCall) {
        if let syn::Expr::Path(p) = &*e.func {
            if let Some(id) = p.path.get_ident() {
                let name = id.to_string();
                if INTRINSICS.contains(&name.as_str()) {
                    if name == "MOVED" {
                        let arg = match e.args.iter().collect::<Vec<_>>().as_slice() {
                            [syn::Expr::Path(a)] => a.path.get_ident().map(|i| i.to_string()),
                            _ => None,
                        };
                        self.moved.push((arg, lc(id.span())));
                    }
                    self.intrinsics.insert(name);
                } else if name
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit())
                    && name.contains('_')
                {
                    self.unknown_macros.push((name, lc(id.span())));
                }
                // The callee position is not a use of a stack item.
                for a in &e.args {
                    self.visit_expr(a);
                }
                return;
            }
        }
        syn::visit::visit_expr_call(self, e);
    }
    fn visit_expr_path(&mut self, e: &'ast syn::ExprPath) {
        if let Some(id) = e.path.get_ident() {
            let name = id.to_string();
            self.idents.insert(name.clone());
            if e.qself.is_none()
                && name
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
                && name != "self"
            {
                self.uses.push((name, lc(id.span())));
            }
        }
        syn::visit::visit_expr_path(self, e);
    }
    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        // Scan identifiers inside macro invocations such as format!.
        for tt in m.tokens.clone() {
            if let proc_macro2::TokenTree::Ident(i) = tt {
                self.idents.insert(i.to_string());
            }
        }
    }
}
