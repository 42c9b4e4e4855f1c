//! `-X stats` (or `TIERCEL_STATS=1`): counts of what the interpreter did,
//! printed as Markdown after the program. The counters exist only in
//! builds with the `stats` feature (`cargo build --release --features
//! stats`); otherwise every hook is an empty inline function, so counting
//! costs nothing.

#[cfg(feature = "stats")]
mod imp {
    use crate::generated::opcodes::{DEOPT, NUM_OPCODES, OPCODE_NAMES};
    use std::cell::RefCell;
    use std::collections::HashMap;

    struct Stats {
        exec: Vec<u64>,
        deopt: Vec<u64>,
        attempts: Vec<u64>,
        successes: Vec<u64>,
        failures: Vec<u64>,
        /// Per family head: why specializing failed, and how often.
        reasons: HashMap<(u8, String), u64>,
        allocs: HashMap<&'static str, u64>,
    }

    thread_local! {
        static STATS: RefCell<Stats> = RefCell::new(Stats {
            exec: vec![0; NUM_OPCODES],
            deopt: vec![0; NUM_OPCODES],
            attempts: vec![0; NUM_OPCODES],
            successes: vec![0; NUM_OPCODES],
            failures: vec![0; NUM_OPCODES],
            reasons: HashMap::new(),
            allocs: HashMap::new(),
        });
    }

    #[inline(always)]
    pub fn exec(op: u8) {
        STATS.with(|s| s.borrow_mut().exec[op as usize] += 1);
    }
    pub fn deopt(op: u8) {
        STATS.with(|s| s.borrow_mut().deopt[op as usize] += 1);
    }
    pub fn specialize(generic: u8, chosen: u8) {
        STATS.with(|s| {
            let mut s = s.borrow_mut();
            s.attempts[generic as usize] += 1;
            if chosen == generic {
                s.failures[generic as usize] += 1;
            } else {
                s.successes[generic as usize] += 1;
            }
        });
    }
    pub fn failure(generic: u8, why: impl FnOnce() -> String) {
        let why = why();
        STATS.with(|s| *s.borrow_mut().reasons.entry((generic, why)).or_default() += 1);
    }
    pub fn alloc(kind: &'static str) {
        STATS.with(|s| *s.borrow_mut().allocs.entry(kind).or_default() += 1);
    }

    pub fn report() -> String {
        STATS.with(|s| {
            let s = s.borrow();
            let mut out = String::from("# Tiercel statistics\n\n## Specialization\n\n");
            out.push_str("| family | executions | specialized executions | hit rate | attempts | successes | failures | deopts |\n");
            out.push_str("|---|---:|---:|---:|---:|---:|---:|---:|\n");
            for (head, head_name) in OPCODE_NAMES.iter().enumerate() {
                let members: Vec<usize> = (0..NUM_OPCODES)
                    .filter(|&m| m != head && DEOPT[m] as usize == head)
                    .collect();
                if members.is_empty() {
                    continue;
                }
                let spec: u64 = members.iter().map(|&m| s.exec[m]).sum();
                let total = spec + s.exec[head];
                let deopts: u64 = members.iter().map(|&m| s.deopt[m]).sum();
                let rate = if total == 0 { 0.0 } else { 100.0 * spec as f64 / total as f64 };
                out.push_str(&format!(
                    "| {} | {total} | {spec} | {rate:.1}% | {} | {} | {} | {deopts} |\n",
                    head_name, s.attempts[head], s.successes[head], s.failures[head]
                ));
            }
            out.push_str("\n## Why specializing failed\n\nThe five most frequent reasons per family, with how often each was seen.\n\n| family | reason | failures |\n|---|---|---:|\n");
            let mut heads: Vec<u8> = s.reasons.keys().map(|(h, _)| *h).collect();
            heads.sort();
            heads.dedup();
            for h in heads {
                let mut rs: Vec<(&str, u64)> = s
                    .reasons
                    .iter()
                    .filter(|((g, _), _)| *g == h)
                    .map(|((_, r), n)| (r.as_str(), *n))
                    .collect();
                rs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
                for (r, n) in rs.into_iter().take(5) {
                    out.push_str(&format!("| {} | {r} | {n} |\n", OPCODE_NAMES[h as usize]));
                }
            }
            out.push_str("\n## Most executed instructions\n\n| instruction | executions | share |\n|---|---:|---:|\n");
            let total: u64 = s.exec.iter().sum();
            let mut ops: Vec<(usize, u64)> = s.exec.iter().copied().enumerate().filter(|&(_, n)| n > 0).collect();
            ops.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            for (op, n) in ops.into_iter().take(25) {
                let share = 100.0 * n as f64 / total.max(1) as f64;
                out.push_str(&format!("| {} | {n} | {share:.1}% |\n", OPCODE_NAMES[op]));
            }
            out.push_str(&format!("\nInstructions executed: {total}\n"));
            out.push_str("\n## Allocations by type\n\n| type | objects |\n|---|---:|\n");
            let mut allocs: Vec<(&str, u64)> = s.allocs.iter().map(|(k, v)| (*k, *v)).collect();
            allocs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            for (k, n) in allocs {
                out.push_str(&format!("| {k} | {n} |\n"));
            }
            out
        })
    }
}

#[cfg(not(feature = "stats"))]
mod imp {
    #[inline(always)]
    pub fn exec(_op: u8) {}
    #[inline(always)]
    pub fn deopt(_op: u8) {}
    #[inline(always)]
    pub fn specialize(_generic: u8, _chosen: u8) {}
    #[inline(always)]
    pub fn failure(_generic: u8, _why: impl FnOnce() -> String) {}
    #[inline(always)]
    pub fn alloc(_kind: &'static str) {}
    pub fn report() -> String {
        String::new()
    }
}

pub use imp::{alloc, deopt, exec, failure, report, specialize};

/// Whether this build counts (the `stats` feature).
pub const ENABLED: bool = cfg!(feature = "stats");
