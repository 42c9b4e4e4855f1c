//! Compiler tests: stack depths and exception tables of small programs.

use super::code::{Code, ExcEntry};
use crate::generated::opcodes::{opcode, CACHE_SIZE};
use crate::interp::Vm;
use crate::object::ObjData;
use crate::value::Value;

fn compile(src: &str) -> (Vm, Value) {
    let mut vm = Vm::new(vec![]);
    let code =
        super::compile_module(&mut vm, src, "<test>").unwrap_or_else(|_| panic!("compiles: {src}"));
    (vm, code)
}

fn code(v: &Value) -> &Code {
    match v.data() {
        Some(ObjData::Code(c)) => c,
        _ => panic!("a code object"),
    }
}

/// The first nested code object (a function body).
fn function(v: &Value) -> Value {
    code(v)
        .consts
        .iter()
        .find(|c| matches!(c.data(), Some(ObjData::Code(_))))
        .expect("a function")
        .clone()
}

/// The opcodes of a code object, caches skipped.
fn ops(c: &Code) -> Vec<u8> {
    let mut out = Vec::new();
    let mut i = 0;
    let units = c.units();
    while i < units.len() {
        let op = units[i].opcode();
        out.push(op);
        i += 1 + CACHE_SIZE[op as usize] as usize;
    }
    out
}

#[test]
fn stack_depth_of_a_call_counts_callable_null_and_arguments() {
    let (_vm, m) = compile("f(1, 2, 3)\n");
    // f, NULL, 1, 2, 3
    assert_eq!(code(&m).stacksize, 5);
}

#[test]
fn stack_depth_of_nested_expressions() {
    let (_vm, m) = compile("x = [1, (2, 3), {4: 5}]\n");
    // 1, 2, 3 -> (2, 3); then 4, 5: at most 1 + 1 + 2 = 4
    assert_eq!(code(&m).stacksize, 4);
    let (_vm, m) = compile("y = a + b * (c - d)\n");
    assert_eq!(code(&m).stacksize, 4);
}

#[test]
fn stack_depth_of_a_for_loop_includes_the_iterator() {
    let (_vm, m) = compile("def f(xs):\n    for x in xs:\n        g(x)\n");
    let f = function(&m);
    // iterator, then g, NULL, x
    assert_eq!(code(&f).stacksize, 4);
}

#[test]
fn try_except_gets_a_handler_and_a_cleanup_entry() {
    let (_vm, m) =
        compile("def f():\n    try:\n        g()\n    except ValueError:\n        h()\n");
    let f = function(&m);
    let c = code(&f);
    let t: &[ExcEntry] = &c.exc_table;
    assert!(t.len() >= 2, "{t:?}");
    // The body's handler: depth 0, no lasti; it starts with PUSH_EXC_INFO.
    let body = t[0];
    assert_eq!((body.depth, body.lasti), (0, false));
    assert_eq!(
        c.units()[body.target as usize].opcode(),
        opcode::PUSH_EXC_INFO
    );
    // The handler's cleanup keeps the previous exception (depth 1) and lasti.
    assert!(t[1..].iter().all(|e| e.depth == 1 && e.lasti), "{t:?}");
    // No entry covers its own target.
    assert!(t.iter().all(|e| !(e.start <= e.target && e.target < e.end)));
}

#[test]
fn nested_try_inside_a_loop_keeps_the_iterator_below_the_handler() {
    let (_vm, m) = compile("def f(xs):\n    for x in xs:\n        try:\n            g(x)\n        finally:\n            h()\n");
    let f = function(&m);
    let c = code(&f);
    // Inside the loop the iterator is on the stack, so handlers cut to depth 1.
    assert_eq!(c.exc_table[0].depth, 1, "{:?}", c.exc_table);
}

#[test]
fn jumps_over_256_units_use_extended_arg() {
    let body: String = (0..200).map(|i| format!("        x = x + {i}\n")).collect();
    let (_vm, m) = compile(&format!("def f(x):\n    while x:\n{body}    return x\n"));
    let f = function(&m);
    assert!(ops(code(&f)).contains(&opcode::EXTENDED_ARG));
}

#[test]
fn chained_comparisons_evaluate_the_middle_operand_once() {
    let (_vm, m) = compile("r = a < b() < c\n");
    let calls = ops(code(&m)).iter().filter(|&&o| o == opcode::CALL).count();
    assert_eq!(calls, 1);
}

/// A copy of `c` with its bytecode replaced (the check reads nothing else
/// but the exception table).
fn with_units(c: &Code, units: Vec<super::code::CodeUnit>) -> Code {
    Code::new(
        c.name.clone(),
        c.qualname.clone(),
        c.source.clone(),
        units,
        vec![],
        vec![],
        vec![],
        0,
        0,
        0,
        0,
        c.stacksize,
        c.exc_table.clone(),
        vec![],
        1,
    )
}

#[test]
fn bytecode_check_accepts_what_the_compiler_makes() {
    let src = "def f(xs):\n    t = 0\n    for i, x in enumerate(xs):\n        try:\n            t += x if i < 2 else -x\n        except TypeError:\n            continue\n    while t > 100:\n        t //= 2\n    return t\n";
    let (_vm, m) = compile(src);
    assert_eq!(code(&m).check_bytecode(), Ok(()));
    assert_eq!(code(&function(&m)).check_bytecode(), Ok(()));
}

#[test]
fn bytecode_check_rejects_bad_opcodes_and_jumps_into_caches() {
    use super::code::CodeUnit;
    let (_vm, m) = compile("def f(a):\n    if a < 1:\n        return 1\n    return 2\n");
    let f = function(&m);
    let c = code(&f);
    let units = c.units().to_vec();
    // An opcode no instruction has, where an instruction starts.
    let mut bad = units.clone();
    bad[0] = CodeUnit::new(250, 0);
    assert!(with_units(c, bad)
        .check_bytecode()
        .unwrap_err()
        .contains("bad opcode 250"));
    // A CACHE unit executed as an instruction.
    let mut cache = units.clone();
    cache[0] = CodeUnit::new(opcode::CACHE, 0);
    assert!(with_units(c, cache).check_bytecode().is_err());
    // The conditional jump moved to land inside COMPARE_OP's cache.
    let at = (0..units.len())
        .find(|&i| units[i].opcode() == opcode::POP_JUMP_IF_FALSE)
        .expect("a conditional jump");
    let cmp = (0..at)
        .rev()
        .find(|&i| units[i].opcode() == opcode::COMPARE_OP)
        .expect("a comparison");
    assert_eq!(CACHE_SIZE[opcode::COMPARE_OP as usize], 1);
    let mut into_cache = units.clone();
    into_cache.push(CodeUnit::new(
        opcode::JUMP_BACKWARD,
        (units.len() + 1 - (cmp + 1)) as u8,
    ));
    assert!(with_units(c, into_cache)
        .check_bytecode()
        .unwrap_err()
        .contains("is not to an instruction"));
    // A jump past the end.
    let mut past = units.clone();
    past[at] = CodeUnit::new(opcode::POP_JUMP_IF_FALSE, 200);
    assert!(with_units(c, past).check_bytecode().is_err());
}
