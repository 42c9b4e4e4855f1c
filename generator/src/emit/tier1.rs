//! The tier-1 emitter: one `match` arm per instruction, each arm the uops of
//! the instruction in order, with stack traffic, cache reads and the DSL's
//! intrinsics rewritten for the tier-1 loop in `templates/tier1.rs.tera`.

use super::{format_block, ident};
use crate::analysis::{Analysis, Count, Instruction, Part, Uop};
use crate::ast::StackItem;
use proc_macro2::TokenStream;
use quote::quote;
use syn::visit_mut::VisitMut;

/// One instruction's match arm, as (comment, pattern, formatted block).
pub struct Case {
    pub comment: String,
    pub opcode: u8,
    pub opcode_name: String,
    pub body: String,
    /// The match loop calls this arm's handler function instead of holding
    /// its code (see [`out_of_line`]).
    pub out_of_line: bool,
    /// The arm's block in the match loop: `body`, after a read of the
    /// oparg from the code unit when the arm uses it (the loop reads only
    /// the opcode; a handler gets its oparg as a parameter, which may be
    /// wide after EXTENDED_ARG).
    pub loop_body: String,
}

/// Whether the match loop runs `inst` through its handler function in
/// `tier1_table.rs` rather than inline: instructions declared `cold`.
///
/// Every arm of the loop is part of one huge function and shares its
/// register allocation and layout; each arm added made the others slower
/// (4-8% in instruction counts when CALL and STORE_ATTR families were
/// tried). Rarely run instructions (imports, class and function creation,
/// `with`, `match`, exception handling, async) cost one call more out of
/// line and leave the loop smaller: 1-3% fewer instructions on every
/// benchmark when 52 arms moved out.
pub fn out_of_line(inst: &Instruction) -> bool {
    inst.flags.cold
}

pub fn cases(a: &Analysis) -> Vec<Case> {
    a.instructions
        .iter()
        .filter(|i| !i.flags.tier2_only)
        .map(|inst| {
            let mut parts = Vec::new();
            let total = inst.cache_size as usize;
            parts.push(quote! { next_instr = unsafe { this_instr.add(1 + #total) }; });
            // An instruction that may run other code records where its frame
            // is first, so what inspects frames meanwhile (tracebacks of
            // nested calls, sys._getframe, warnings) sees the current line;
            // the error path reads the address from the frame, so
            // `this_instr` is dead across the arm's calls. An instruction
            // whose only use of `vm` is to build an ERROR_IF error (LOAD_FAST)
            // stores it on that error path instead.
            let upfront = inst.uops(a).any(|(u, _)| uses_vm_before_error(&u.body));
            if upfront {
                parts.push(quote! { unsafe { (*fp).instr = this_instr; } });
            }
            for p in &inst.parts {
                if let Part::Uop { uop, cache_offset } = p {
                    parts.push(uop_block(a, inst, &a.uops[*uop], *cache_offset, !upfront));
                }
            }
            parts.push(quote! { dispatch!(); });
            let block = quote! { { #(#parts)* } };
            let loop_block = if inst.flags.uses_oparg {
                quote! { { let oparg: u32 = unsafe { (*this_instr).oparg() as u32 }; #(#parts)* } }
            } else {
                block.clone()
            };
            let comment = if inst.parts.len() == 1 && a.uops.iter().any(|u| u.name == inst.name) {
                format!("bytecodes.def:{} inst {}", inst.line, inst.name)
            } else {
                let names: Vec<String> = inst
                    .parts
                    .iter()
                    .map(|p| match p {
                        Part::Uop { uop, .. } => a.uops[*uop].name.clone(),
                        Part::Cache { name, size, .. } => format!("{name}/{size}"),
                    })
                    .collect();
                format!(
                    "bytecodes.def:{} macro {} = {}",
                    inst.line,
                    inst.name,
                    names.join(" + ")
                )
            };
            Case {
                comment,
                opcode: inst.opcode,
                opcode_name: inst.name.clone(),
                body: format_block(block),
                out_of_line: out_of_line(inst),
                loop_body: format_block(loop_block),
            }
        })
        .collect()
}

fn size_expr(it: &StackItem) -> TokenStream {
    match &it.size {
        Some((s, _)) => {
            let e: syn::Expr =
                syn::parse_str(s).expect("array size was checked to be an expression");
            quote! { ((#e) as usize) }
        }
        None => quote! { 1usize },
    }
}

fn cond_expr(it: &StackItem) -> Option<TokenStream> {
    it.cond.as_ref().map(|(c, _)| {
        let e: syn::Expr = syn::parse_str(c).expect("condition was checked to be an expression");
        quote! { ((#e) as u32 != 0) }
    })
}

/// The number of slots an item occupies, as a `usize` expression.
fn slots(it: &StackItem) -> TokenStream {
    match cond_expr(it) {
        Some(c) => quote! { (#c as usize) },
        None => size_expr(it),
    }
}

fn sum(items: &[StackItem]) -> TokenStream {
    if Count::of_items(items).is_constant() {
        let n = Count::of_items(items).constant as usize;
        return quote! { #n };
    }
    let terms: Vec<TokenStream> = items.iter().map(slots).collect();
    quote! { (0usize #(+ #terms)*) }
}

/// Whether a body uses `vm` other than in the error argument of an
/// `ERROR_IF`, or uses `?`: then it may run other code (or fail after
/// doing so) and the arm stores its address before the body.
fn uses_vm_before_error(b: &syn::Block) -> bool {
    let mut f = Find {
        name: "vm",
        found: false,
        skip_error_args: true,
        find_try: true,
    };
    syn::visit::Visit::visit_block(&mut f, b);
    f.found
}

/// The code for one uop in the tier-1 loop. `store_on_error`: the error
/// exits store the instruction's address in the frame (the arm did not
/// store it before the body).
pub fn uop_block(
    a: &Analysis,
    inst: &Instruction,
    u: &Uop,
    cache_offset: u32,
    store_on_error: bool,
) -> TokenStream {
    let mut pre = Vec::new();
    // Cache entries, read from the code units after the instruction word.
    let mut off = cache_offset as usize + 1;
    for c in &u.caches {
        if !c.is_unused() {
            let name = ident(&c.name.name);
            let read = match c.size {
                1 => quote! { read_u16 },
                2 => quote! { read_u32 },
                _ => quote! { read_u64 },
            };
            pre.push(quote! { let #name = unsafe { #read(this_instr.add(#off)) }; });
        }
        off += c.size as usize;
    }
    // Inputs. Item k's slot is `sp - (slots of items k.. end)`.
    let n = u.inputs.len();
    let mut consumed_arrays = Vec::new();
    let mut restore = Vec::new();
    for (k, it) in u.inputs.iter().enumerate() {
        let depth = sum(&u.inputs[k..n]);
        let name = ident(&it.name.name);
        let is_peek = k < u.peeks;
        if it.is_unused() {
            if !is_peek && it.is_array() {
                consumed_arrays.push((depth.clone(), size_expr(it)));
            } else if !is_peek && it.cond.is_none() {
                pre.push(quote! { drop(unsafe { sp.sub(#depth).read() }); });
            }
            continue;
        }
        if it.is_array() {
            let len = size_expr(it);
            pre.push(quote! {
                let #name: &mut [Value] = unsafe { std::slice::from_raw_parts_mut(sp.sub(#depth), #len) };
            });
            if !is_peek && !u.moved.contains(&it.name.name) {
                consumed_arrays.push((depth, len));
            }
        } else if is_peek {
            pre.push(quote! { let #name: &mut Value = unsafe { &mut *sp.sub(#depth) }; });
        } else if let Some(c) = cond_expr(it) {
            pre.push(quote! { let #name: Option<Value> = if #c { Some(unsafe { sp.sub(#depth).read() }) } else { None }; });
            restore.push(
                quote! { if let Some(v) = #name { unsafe { sp.write(v); sp = sp.add(1); } } },
            );
        } else {
            pre.push(quote! { let #name: Value = unsafe { sp.sub(#depth).read() }; });
            restore.push(quote! { unsafe { sp.write(#name); sp = sp.add(1); } });
        }
    }
    let consumed = sum(u.consumed());
    pre.push(quote! { sp = unsafe { sp.sub(#consumed) }; });
    // Raw pointers to consumed arrays, to drop them after the body.
    let mut drops = Vec::new();
    for (i, (depth, len)) in consumed_arrays.iter().enumerate() {
        let p = ident(&format!("__consumed{i}"));
        // `depth` was measured from the old sp; the array starts at
        // new_sp + (slots of consumed items before it).
        pre.insert(
            pre.len() - 1,
            quote! { let #p: *mut [Value] = unsafe { std::ptr::slice_from_raw_parts_mut(sp.sub(#depth), #len) }; },
        );
        drops.push(quote! { unsafe { std::ptr::drop_in_place(#p) }; });
    }
    // Outputs.
    let mut post = Vec::new();
    let mut out_offset: Vec<TokenStream> = Vec::new();
    for it in u.produced() {
        let name = ident(&it.name.name);
        let at = if out_offset.is_empty() {
            quote! { 0usize }
        } else {
            quote! { (0usize #(+ #out_offset)*) }
        };
        if it.is_array() {
            let len = size_expr(it);
            pre.push(quote! {
                let #name: &mut [Value] = unsafe {
                    let base = sp.add(#at);
                    for i in 0..#len { base.add(i).write(Value::NULL); }
                    std::slice::from_raw_parts_mut(base, #len)
                };
            });
        } else if it.is_unused() {
            post.push(quote! { unsafe { sp.add(#at).write(Value::NULL) }; });
        } else if let Some(c) = cond_expr(it) {
            pre.push(quote! { let mut #name: Option<Value> = None; });
            post.push(
                quote! { if #c { unsafe { sp.add(#at).write(#name.unwrap_or(Value::NULL)) }; } },
            );
        } else {
            pre.push(quote! { let #name: Value; });
            post.push(quote! { unsafe { sp.add(#at).write(#name) }; });
        }
        out_offset.push(slots(it));
    }
    let produced = sum(u.produced());
    post.push(quote! { sp = unsafe { sp.add(#produced) }; });

    let deopt_to = a
        .deopt_target(inst)
        .map(|h| ident(&h.name))
        .unwrap_or_else(|| ident(&inst.name));
    let mut body = u.body.clone();
    let mut rw = Rewriter {
        drops: drops.clone(),
        restore,
        deopt_to,
        closure_depth: 0,
        store_on_error,
    };
    rw.visit_block_mut(&mut body);
    let stmts = &body.stmts;
    let uses_frame = body_mentions(&u.body, "frame");
    let frame = if uses_frame {
        quote! { let frame: &Frame = unsafe { &*fp }; }
    } else {
        quote! {}
    };
    let uop_comment = format!("uop {} (bytecodes.def:{})", u.name, u.line);
    quote! {
        {
            #[doc = #uop_comment]
            const _: () = ();
            #frame
            #(#pre)*
            #(#stmts)*
            #(#drops)*
            #(#post)*
        }
    }
}

fn body_mentions(b: &syn::Block, name: &str) -> bool {
    let mut f = Find {
        name,
        found: false,
        skip_error_args: false,
        find_try: false,
    };
    syn::visit::Visit::visit_block(&mut f, b);
    f.found
}

/// Looks for an identifier in a body (macro arguments included),
/// optionally skipping the error arguments of `ERROR_IF` and counting `?`.
struct Find<'a> {
    name: &'a str,
    found: bool,
    skip_error_args: bool,
    find_try: bool,
}

impl<'ast> syn::visit::Visit<'ast> for Find<'_> {
    fn visit_expr_call(&mut self, c: &'ast syn::ExprCall) {
        let is_error_if = matches!(&*c.func, syn::Expr::Path(p) if p.path.is_ident("ERROR_IF"));
        if self.skip_error_args && is_error_if {
            if let Some(cond) = c.args.first() {
                self.visit_expr(cond);
            }
            return;
        }
        syn::visit::visit_expr_call(self, c);
    }
    fn visit_expr_try(&mut self, t: &'ast syn::ExprTry) {
        if self.find_try {
            self.found = true;
        }
        syn::visit::visit_expr_try(self, t);
    }
    fn visit_ident(&mut self, i: &'ast proc_macro2::Ident) {
        if i == self.name {
            self.found = true;
        }
    }
    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        for tt in m.tokens.clone() {
            if let proc_macro2::TokenTree::Ident(i) = tt {
                if i == self.name {
                    self.found = true;
                }
            }
        }
    }
}

/// Rewrites `?` and the intrinsics for tier 1.
struct Rewriter {
    drops: Vec<TokenStream>,
    restore: Vec<TokenStream>,
    deopt_to: syn::Ident,
    closure_depth: usize,
    store_on_error: bool,
}

impl Rewriter {
    fn error_exit(&self, err: TokenStream) -> TokenStream {
        let drops = &self.drops;
        let store = if self.store_on_error {
            quote! { unsafe { (*fp).instr = this_instr; } }
        } else {
            quote! {}
        };
        quote! { { #store let __err = #err; #(#drops)* error_exit!(__err); } }
    }
}

impl VisitMut for Rewriter {
    fn visit_expr_closure_mut(&mut self, e: &mut syn::ExprClosure) {
        self.closure_depth += 1;
        syn::visit_mut::visit_expr_closure_mut(self, e);
        self.closure_depth -= 1;
    }
    fn visit_item_fn_mut(&mut self, _: &mut syn::ItemFn) {}
    fn visit_expr_mut(&mut self, e: &mut syn::Expr) {
        syn::visit_mut::visit_expr_mut(self, e);
        if self.closure_depth > 0 {
            return;
        }
        let new: Option<TokenStream> = match e {
            syn::Expr::Try(t) => {
                let inner = &t.expr;
                let exit = self.error_exit(quote! { __e });
                Some(quote! { match #inner { Ok(__v) => __v, Err(__e) => #exit } })
            }
            syn::Expr::Call(c) => {
                let name = match &*c.func {
                    syn::Expr::Path(p) => p.path.get_ident().map(|i| i.to_string()),
                    _ => None,
                };
                let args: Vec<&syn::Expr> = c.args.iter().collect();
                match name.as_deref() {
                    Some("ERROR_IF") => {
                        let cond = args[0];
                        let exit = self.error_exit(
                            args.get(1)
                                .map(|e| quote! { #e })
                                .unwrap_or_else(|| quote! { vm.take_error() }),
                        );
                        Some(quote! { if #cond { #exit } })
                    }
                    Some("DEOPT_IF") | Some("EXIT_IF") => {
                        let cond = args[0];
                        let restore = &self.restore;
                        let to = &self.deopt_to;
                        Some(quote! { if #cond { #(#restore)* deopt!(#to); } })
                    }
                    Some("JUMPBY") => {
                        let n = args[0];
                        Some(quote! { next_instr = unsafe { next_instr.offset((#n) as isize) } })
                    }
                    Some("DISPATCH_INLINED") => {
                        let f = args[0];
                        let drops = &self.drops;
                        Some(
                            quote! { { let __frame = #f; #(#drops)* dispatch_inlined!(__frame); } },
                        )
                    }
                    Some("DISPATCH_SAME_OPARG") => Some(quote! { dispatch_same_oparg!() }),
                    Some("RETURN_FROM_FRAME") => {
                        let v = args[0];
                        let drops = &self.drops;
                        Some(
                            quote! { { let __retval = #v; #(#drops)* return_from_frame!(__retval); } },
                        )
                    }
                    Some("YIELD_VALUE") => {
                        let v = args[0];
                        let drops = &self.drops;
                        Some(quote! { { let __yielded = #v; #(#drops)* yield_value!(__yielded); } })
                    }
                    Some("CHECK_EVAL_BREAKER") => Some(quote! { check_eval_breaker!() }),
                    Some("EXTEND_OPARG") => Some(quote! { extend_oparg!() }),
                    Some("MOVED") => Some(quote! { () }),
                    _ => None,
                }
            }
            _ => None,
        };
        if let Some(ts) = new {
            *e = syn::parse2(ts).expect("rewritten intrinsic is an expression");
        }
    }
}

/// The opcodes no arm handles, as a Rust pattern (`147..=255`), but for
/// opcode 0, which gets an arm of its own (the template's `bad_opcode`):
/// the loop's `match` names every byte, so the compiler needs no range
/// check before its jump table (a `_` arm would be the table's default,
/// checked on every dispatch), and with a reachable arm for 0 the table
/// starts at 0 (no subtraction from the opcode per dispatch). Also
/// whether opcode 0 is unused.
pub fn unused_opcodes_pattern(cases: &[Case]) -> (String, bool) {
    let mut used = [false; 256];
    for c in cases {
        used[c.opcode as usize] = true;
    }
    let zero_unused = !used[0];
    used[0] = true;
    let mut parts = Vec::new();
    let mut i = 0usize;
    while i < 256 {
        if used[i] {
            i += 1;
            continue;
        }
        let start = i;
        while i < 256 && !used[i] {
            i += 1;
        }
        parts.push(if i - 1 == start {
            format!("{start}")
        } else {
            format!("{start}..={}", i - 1)
        });
    }
    (parts.join(" | "), zero_unused)
}
