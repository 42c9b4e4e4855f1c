//! The metadata emitter: opcode and uop numbers, names, cache sizes, flags,
//! families, macro expansions, stack effects, pseudo instructions.

use crate::analysis::{Analysis, Count, Flags, Part};
use serde_json::json;

/// The flag bits, in order; `docs/dsl.md` explains each.
pub const FLAG_BITS: &[&str] = &[
    "HAS_ERROR",
    "HAS_DEOPT",
    "HAS_EXIT",
    "ESCAPES",
    "PURE",
    "SPECIALIZING",
    "TIER1_ONLY",
    "TIER2_ONLY",
    "USES_OPARG",
    "JUMPS",
    "CHANGES_FRAME",
];

fn flag_list(f: &Flags) -> String {
    let set = [
        f.has_error,
        f.has_deopt,
        f.has_exit,
        f.escapes,
        f.pure,
        f.specializing,
        f.tier1_only,
        f.tier2_only,
        f.uses_oparg,
        f.jumps,
        f.changes_frame,
    ];
    let names: Vec<&str> = FLAG_BITS
        .iter()
        .zip(set)
        .filter(|(_, on)| *on)
        .map(|(n, _)| *n)
        .collect();
    if names.is_empty() {
        "0".to_string()
    } else {
        names.join(" | ")
    }
}

pub fn context(a: &Analysis) -> tera::Context {
    let mut ctx = tera::Context::new();
    let flag_bits: Vec<_> = FLAG_BITS
        .iter()
        .enumerate()
        .map(|(i, n)| json!({"name": n, "bit": i}))
        .collect();
    ctx.insert("flag_bits", &flag_bits);
    let insts: Vec<_> = a
        .instructions
        .iter()
        .map(|i| {
            let deopt = a.deopt_target(i).map_or(i.name.clone(), |h| h.name.clone());
            let expansion: Vec<_> = i
                .parts
                .iter()
                .filter_map(|p| match p {
                    Part::Uop { uop, cache_offset } => {
                        Some(json!({"uop": a.uops[*uop].name, "offset": cache_offset}))
                    }
                    Part::Cache { .. } => None,
                })
                .collect();
            let pops = Count::of_items(&i.inputs);
            let pushes = Count::of_items(&i.outputs);
            json!({
                "name": i.name,
                "opcode": i.opcode,
                "cache": i.cache_size,
                "flags": flag_list(&i.flags),
                "deopt": deopt,
                "expansion": expansion,
                "pops": pops.to_rust(),
                "pushes": pushes.to_rust(),
                "pops_const": pops.is_constant(),
                "pushes_const": pushes.is_constant(),
                "specialized": i.family.is_some() && !i.is_family_head,
                "line": i.line,
            })
        })
        .collect();
    ctx.insert("instructions", &insts);
    let uops: Vec<_> = a
        .uops
        .iter()
        .map(|u| {
            json!({
                "name": u.name,
                "const_name": u.name.trim_start_matches('_'),
                "id": u.id,
                "flags": flag_list(&u.flags),
                "pops": Count::of_items(&u.inputs).to_rust(),
                "pushes": Count::of_items(&u.outputs).to_rust(),
                "line": u.line,
            })
        })
        .collect();
    ctx.insert("uops", &uops);
    let families: Vec<_> = a
        .families
        .iter()
        .map(|f| {
            json!({
                "head": a.instructions[f.head].name,
                "members": f.members.iter().map(|m| a.instructions[*m].name.clone()).collect::<Vec<_>>(),
                "cache": f.cache,
            })
        })
        .collect();
    ctx.insert("families", &families);
    let pseudos: Vec<_> = a
        .pseudos
        .iter()
        .map(|p| {
            json!({
                "name": p.name,
                "number": p.number,
                "pops": Count::of_items(&p.inputs).to_rust(),
                "pushes": Count::of_items(&p.outputs).to_rust(),
                "targets": p.targets.iter().map(|t| a.instructions[*t].name.clone()).collect::<Vec<_>>(),
            })
        })
        .collect();
    ctx.insert("pseudos", &pseudos);
    ctx
}
