# Stack virtual machine with an assembler: enum.IntEnum opcodes, struct-encoded bytecode,
# array-backed memory, io.StringIO source, generators for tracing, dataclasses.
import array
import enum
import io
import struct
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional, Tuple


class Op(enum.IntEnum):
    HALT = 0
    PUSH = 1      # imm32
    POP = 2
    DUP = 3
    SWAP = 4
    ADD = 5
    SUB = 6
    MUL = 7
    DIV = 8
    MOD = 9
    JMP = 10     # addr
    JZ = 11      # addr
    JNZ = 12     # addr
    LOAD = 13    # slot
    STORE = 14   # slot
    PRINT = 15
    CALL = 16    # addr
    RET = 17
    LT = 18
    EQ = 19
    OVER = 20

    @property
    def has_arg(self) -> bool:
        return self in ARG_OPS


ARG_OPS = frozenset({Op.PUSH, Op.JMP, Op.JZ, Op.JNZ, Op.LOAD, Op.STORE, Op.CALL})
INSTR = struct.Struct("<Bi")
BARE = struct.Struct("<B")


class AsmError(Exception):
    def __init__(self, lineno: int, msg: str):
        super().__init__(f"line {lineno}: {msg}")


class VMError(Exception):
    pass


def assemble(source: str) -> bytes:
    labels: Dict[str, int] = {}
    pending: List[Tuple[int, Op, Optional[str]]] = []
    addr = 0
    for lineno, line in enumerate(io.StringIO(source), 1):
        line = line.split(";", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            name = line[:-1]
            if name in labels:
                raise AsmError(lineno, f"duplicate label {name!r}")
            labels[name] = addr
            continue
        mnemonic, *args = line.split()
        try:
            op = Op[mnemonic.upper()]
        except KeyError:
            raise AsmError(lineno, f"unknown mnemonic {mnemonic!r}") from None
        if op.has_arg != bool(args) or len(args) > 1:
            raise AsmError(lineno, f"{op.name} takes {'one argument' if op.has_arg else 'no arguments'}")
        pending.append((lineno, op, args[0] if args else None))
        addr += INSTR.size if op.has_arg else BARE.size
    out = io.BytesIO()
    for lineno, op, arg in pending:
        if arg is None:
            out.write(BARE.pack(op))
            continue
        if arg.lstrip("-").isdigit():
            value = int(arg)
        elif arg in labels:
            value = labels[arg]
        else:
            raise AsmError(lineno, f"undefined label {arg!r}")
        out.write(INSTR.pack(op, value))
    return out.getvalue()


def disassemble(code: bytes) -> Iterator[str]:
    pc = 0
    while pc < len(code):
        op = Op(code[pc])
        if op.has_arg:
            _, arg = INSTR.unpack_from(code, pc)
            yield f"{pc:04d}  {op.name:<6} {arg}"
            pc += INSTR.size
        else:
            yield f"{pc:04d}  {op.name}"
            pc += BARE.size


@dataclass
class Machine:
    code: bytes
    memory: array.array = field(default_factory=lambda: array.array("q", [0] * 16))
    stack: List[int] = field(default_factory=list)
    calls: List[int] = field(default_factory=list)
    output: List[int] = field(default_factory=list)
    pc: int = 0
    steps: int = 0

    def pop(self) -> int:
        if not self.stack:
            raise VMError(f"stack underflow at pc={self.pc}")
        return self.stack.pop()

    def run(self, max_steps: int = 100_000) -> Iterator[Tuple[int, Op, Tuple[int, ...]]]:
        binops = {Op.ADD: lambda a, b: a + b, Op.SUB: lambda a, b: a - b,
                  Op.MUL: lambda a, b: a * b, Op.LT: lambda a, b: int(a < b),
                  Op.EQ: lambda a, b: int(a == b)}
        while True:
            if self.steps >= max_steps:
                raise VMError(f"step limit {max_steps} exceeded")
            if self.pc >= len(self.code):
                raise VMError("fell off the end of the program")
            op = Op(self.code[self.pc])
            arg = INSTR.unpack_from(self.code, self.pc)[1] if op.has_arg else None
            here = self.pc
            self.pc += INSTR.size if op.has_arg else BARE.size
            self.steps += 1
            if op is Op.HALT:
                return
            elif op is Op.PUSH:
                self.stack.append(arg)
            elif op is Op.POP:
                self.pop()
            elif op is Op.DUP:
                v = self.pop()
                self.stack += [v, v]
            elif op is Op.OVER:
                b, a = self.pop(), self.pop()
                self.stack += [a, b, a]
            elif op is Op.SWAP:
                b, a = self.pop(), self.pop()
                self.stack += [b, a]
            elif op in binops:
                b, a = self.pop(), self.pop()
                self.stack.append(binops[op](a, b))
            elif op in (Op.DIV, Op.MOD):
                b, a = self.pop(), self.pop()
                if b == 0:
                    raise VMError(f"division by zero at pc={here}")
                self.stack.append(a // b if op is Op.DIV else a % b)
            elif op is Op.JMP:
                self.pc = arg
            elif op in (Op.JZ, Op.JNZ):
                if (self.pop() == 0) == (op is Op.JZ):
                    self.pc = arg
            elif op is Op.LOAD:
                self.stack.append(self.memory[arg])
            elif op is Op.STORE:
                try:
                    self.memory[arg] = self.pop()
                except OverflowError as e:
                    raise VMError(f"value does not fit in memory: {e}") from None
            elif op is Op.PRINT:
                self.output.append(self.pop())
            elif op is Op.CALL:
                self.calls.append(self.pc)
                self.pc = arg
            elif op is Op.RET:
                if not self.calls:
                    raise VMError("return with empty call stack")
                self.pc = self.calls.pop()
            yield here, op, tuple(self.stack[-3:])


FACTORIAL = """
    push 10
    store 0          ; n
    push 1
    store 1          ; acc
loop:
    load 0
    jz done
    load 1
    load 0
    mul
    store 1
    load 0
    push 1
    sub
    store 0
    jmp loop
done:
    load 1
    print
    push 30
    call fib
    print
    halt
fib:                 ; iterative fibonacci of the top of stack
    store 2
    push 0
    push 1
fib_loop:
    load 2
    jz fib_end
    swap
    over
    add
    load 2
    push 1
    sub
    store 2
    jmp fib_loop
fib_end:
    pop
    ret
"""


def run_program(name: str, source: str, trace: int = 0, max_steps: int = 100_000) -> None:
    print(f"== {name} ==")
    try:
        code = assemble(source)
    except AsmError as e:
        print(type(e).__name__, e)
        return
    vm = Machine(code)
    try:
        for i, (pc, op, top) in enumerate(vm.run(max_steps)):
            if i < trace:
                print(f"  {pc:04d} {op.name:<6} stack-top={top}")
    except VMError as e:
        print(type(e).__name__, e)
    print(f"  output={vm.output} steps={vm.steps} bytes={len(code)} mem0-2={vm.memory[:3].tolist()}")


def main():
    code = assemble(FACTORIAL)
    listing = list(disassemble(code))
    print(len(listing), "instructions;", listing[0], "|", listing[5], "|", listing[-1])
    print(code[:10].hex(), Op.MUL, repr(Op(7)), Op.PUSH.has_arg, Op.ADD.has_arg)
    run_program("factorial and fib", FACTORIAL, trace=6)
    run_program("countdown", "push 3\nstore 0\ntop:\nload 0\ndup\nprint\npush 1\nsub\ndup\nstore 0\njnz top\nhalt")
    run_program("divide by zero", "push 1\npush 0\ndiv\nhalt")
    run_program("underflow", "push 1\nadd\nhalt")
    run_program("infinite", "spin:\njmp spin", max_steps=500)
    run_program("no halt", "push 1\nprint")
    run_program("bad ret", "ret")
    run_program("overflow", "push 2147483647\ndup\nmul\ndup\nmul\nstore 3\nhalt")
    run_program("unknown op", "push 1\nfrobnicate\n")
    run_program("bad arity", "add 3")
    run_program("missing label", "jmp nowhere")
    run_program("dup label", "a:\na:\nhalt")
    try:
        INSTR.pack(Op.PUSH, 2 ** 31)
    except struct.error as e:
        print("struct.error", e)
    print(sorted(op.name for op in ARG_OPS), max(Op), Op.RET + 1, Op(Op.EQ - 1).name)


main()
