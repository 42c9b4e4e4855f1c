# Tokenizer + Pratt parser for arithmetic, with an evaluator, a pretty-printer
# and error reporting that points at the offending column
import math


class CalcError(Exception):
    def __init__(self, message, pos):
        super().__init__(message)
        self.pos = pos


class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos

    def __repr__(self):
        return f"{self.kind}:{self.text!r}@{self.pos}"


OPERATORS = ["**", "//", "==", "!=", "<=", ">=", "+", "-", "*", "/", "%", "^", "(", ")", ",", "<", ">", "?", ":", "!"]


def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch in " \t":
            i += 1
            continue
        if ch.isdigit() or (ch == "." and src[i + 1:i + 2].isdigit()):
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] in "._"):
                j += 1
            if j < len(src) and src[j] in "eE":
                j += 1
                if j < len(src) and src[j] in "+-":
                    j += 1
                while j < len(src) and src[j].isdigit():
                    j += 1
            text = src[i:j]
            if text.count(".") > 1:
                raise CalcError(f"malformed number {text!r}", i)
            tokens.append(Token("num", text, i))
            i = j
            continue
        if ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(Token("name", src[i:j], i))
            i = j
            continue
        for op in OPERATORS:
            if src.startswith(op, i):
                tokens.append(Token("op", op, i))
                i += len(op)
                break
        else:
            raise CalcError(f"unexpected character {ch!r}", i)
    tokens.append(Token("eof", "", len(src)))
    return tokens


# binding powers: (left bp, right bp) for infix operators
INFIX = {
    "?": (1, 0),
    "==": (3, 4), "!=": (3, 4), "<": (3, 4), ">": (3, 4), "<=": (3, 4), ">=": (3, 4),
    "+": (5, 6), "-": (5, 6),
    "*": (7, 8), "/": (7, 8), "//": (7, 8), "%": (7, 8),
    "**": (12, 11), "^": (12, 11),
}
PREFIX_BP = 9
POSTFIX_BP = 13


class Parser:
    def __init__(self, src):
        self.src = src
        self.tokens = tokenize(src)
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def advance(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, text):
        tok = self.advance()
        if tok.text != text:
            found = "end of input" if tok.kind == "eof" else repr(tok.text)
            raise CalcError(f"expected {text!r}, found {found}", tok.pos)
        return tok

    def parse(self):
        node = self.expr(0)
        tok = self.peek()
        if tok.kind != "eof":
            raise CalcError(f"unexpected {tok.text!r} after expression", tok.pos)
        return node

    def expr(self, min_bp):
        left = self.nud(self.advance())
        while True:
            tok = self.peek()
            if tok.kind != "op":
                if tok.kind != "eof":
                    raise CalcError(f"missing operator before {tok.text!r}", tok.pos)
                break
            if tok.text == "!":
                if POSTFIX_BP < min_bp:
                    break
                self.advance()
                left = ("!", left, tok.pos)
                continue
            if tok.text not in INFIX:
                break
            lbp, rbp = INFIX[tok.text]
            if lbp < min_bp:
                break
            self.advance()
            if tok.text == "?":
                then = self.expr(0)
                self.expect(":")
                other = self.expr(rbp)
                left = ("?:", left, then, other)
            else:
                left = (tok.text, left, self.expr(rbp), tok.pos)
        return left

    def nud(self, tok):
        if tok.kind == "num":
            text = tok.text.replace("_", "")
            return ("num", float(text) if any(c in text for c in ".eE") else int(text))
        if tok.kind == "name":
            if self.peek().text == "(":
                self.advance()
                args = []
                if self.peek().text != ")":
                    args.append(self.expr(0))
                    while self.peek().text == ",":
                        self.advance()
                        args.append(self.expr(0))
                self.expect(")")
                return ("call", tok.text, args, tok.pos)
            return ("var", tok.text, tok.pos)
        if tok.text in ("-", "+"):
            return ("neg" if tok.text == "-" else "pos", self.expr(PREFIX_BP))
        if tok.text == "(":
            inner = self.expr(0)
            self.expect(")")
            return inner
        what = "end of input" if tok.kind == "eof" else repr(tok.text)
        raise CalcError(f"expected an operand, found {what}", tok.pos)


FUNCS = {"sqrt": (1, math.sqrt), "max": (None, max), "min": (None, min),
         "abs": (1, abs), "hyp": (2, lambda a, b: math.sqrt(a * a + b * b))}
VARS = {"pi": math.pi, "x": 3, "y": 4}


def evaluate(node):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        if node[1] not in VARS:
            raise CalcError(f"unknown variable {node[1]!r}", node[2])
        return VARS[node[1]]
    if kind == "neg":
        return -evaluate(node[1])
    if kind == "pos":
        return +evaluate(node[1])
    if kind == "!":
        n = evaluate(node[1])
        if not isinstance(n, int) or n < 0:
            raise CalcError(f"factorial of {n!r}", node[2])
        return math.factorial(n)
    if kind == "?:":
        return evaluate(node[2]) if evaluate(node[1]) else evaluate(node[3])
    if kind == "call":
        _, name, args, pos = node
        if name not in FUNCS:
            raise CalcError(f"unknown function {name!r}", pos)
        arity, fn = FUNCS[name]
        if arity is None and not args:
            raise CalcError(f"{name}() needs at least one argument", pos)
        if arity is not None and len(args) != arity:
            raise CalcError(f"{name}() takes {arity} argument{'s' * (arity != 1)}, got {len(args)}", pos)
        return fn(*[evaluate(a) for a in args])
    a, b = evaluate(node[1]), evaluate(node[2])
    try:
        match kind:
            case "+": return a + b
            case "-": return a - b
            case "*": return a * b
            case "/": return a / b
            case "//": return a // b
            case "%": return a % b
            case "**" | "^": return a ** b
            case "==": return int(a == b)
            case "!=": return int(a != b)
            case "<": return int(a < b)
            case ">": return int(a > b)
            case "<=": return int(a <= b)
            case ">=": return int(a >= b)
    except ZeroDivisionError as e:
        raise CalcError(str(e), node[3]) from e


def show(node):
    match node:
        case ("num", v): return repr(v)
        case ("var", name, _): return name
        case ("neg", x): return f"(-{show(x)})"
        case ("pos", x): return f"(+{show(x)})"
        case ("!", x, _): return f"({show(x)}!)"
        case ("?:", c, t, f): return f"({show(c)} ? {show(t)} : {show(f)})"
        case ("call", name, args, _): return f"{name}({', '.join(map(show, args))})"
        case (op, a, b, _): return f"({show(a)} {op} {show(b)})"


def run(src):
    try:
        tree = Parser(src).parse()
        value = evaluate(tree)
    except CalcError as e:
        print(f"  {src}")
        print(f"  {' ' * e.pos}^ error: {e}")
        return
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    print(f"  {show(tree)} = {value}")


print("tokens:", tokenize("2**-x! + f(1,2.5e3)"))
for src in [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "2 ^ -1", "10 - 4 - 3",
    "7 // 2 + 7 % 3", "3! + 4!!", "1_000 * 1.5e-3", "hyp(x, y) + sqrt(16)",
    "max(1, x * 2, y) - min(5, 2)", "x > 2 ? 100 : 200", "x < 2 ? 1 : y == 4 ? 2 : 3",
    "pi * 2", ".5 + 1.", "-(-(-x))",
    "1 +", "(1 + 2", "1 + 2)", "2 3", "4 $ 4", "1 / (x - 3)", "foo(1)", "sqrt(1, 2)",
    "z * 2", "1..2 + 1", "max()", "(-3)!", "x ? 1", "* 5",
]:
    run(src)
