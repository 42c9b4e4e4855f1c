# Text spreadsheet: cell formulas with references, ranges and functions,
# evaluated in topological order with cycle and error detection
import math

SHEET = """\
A1: 10
A2: 32
A3: =A1 + A2 * 2
B1: =SUM(A1:A3)
B2: =B1 / 4
B3: =MAX(A1:A3) - MIN(A1, A2)
C1: =AVG(A1:B2)
C2: =C1 * (B2 - 10)
C3: =ROUND(C2 / 7, 2)
D1: =D2 + 1
D2: =D3 + 1
D3: =D1 + 1
E1: =A1 / (A2 - 32)
E2: =E1 + 1
E3: =Z9 + 1
F1: =SQRT(B1) * 2
F2: =ABS(A1 - A2) + COUNT(A1:C3)
F3: =1 + * 2
G1: =IF(A1 - 10, 111, 222)
G2: =FOO(1)
G3: =2 $ 3
"""

class FormulaError(Exception):
    pass

class CellError(Exception):
    def __init__(self, code, detail=""):
        super().__init__(code)
        self.code = code
        self.detail = detail

def expand_range(a, b):
    c1, r1, c2, r2 = a[0], int(a[1:]), b[0], int(b[1:])
    return [f"{chr(c)}{r}" for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]

def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            tokens.append(("num", float(text[i:j])))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            word = text[i:j]
            if j < len(text) and text[j] == ":":
                k = j + 1
                while k < len(text) and text[k].isalnum():
                    k += 1
                tokens.append(("range", (word, text[j + 1:k])))
                j = k
            elif word[0].isalpha() and word[1:].isdigit():
                tokens.append(("ref", word))
            else:
                tokens.append(("name", word))
            i = j
        elif ch in "+-*/(),":
            tokens.append((ch, ch))
            i += 1
        else:
            raise FormulaError(f"bad character {ch!r}")
    tokens.append(("end", None))
    return tokens

class Parser:
    def __init__(self, text):
        self.tokens = tokenize(text)
        self.pos = 0

    def peek(self): return self.tokens[self.pos][0]

    def take(self, kind=None):
        tok = self.tokens[self.pos]
        if kind is not None and tok[0] != kind:
            raise FormulaError(f"expected {kind!r}, found {tok[0]!r}")
        self.pos += 1
        return tok

    def parse(self):
        node = self.expr()
        self.take("end")
        return node

    def expr(self):
        node = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()[0]
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.peek() in ("*", "/"):
            op = self.take()[0]
            node = (op, node, self.unary())
        return node

    def unary(self):
        if self.peek() == "-":
            self.take()
            return ("neg", self.unary())
        return self.atom()

    def atom(self):
        kind, value = self.take()
        if kind in ("num", "ref"):
            return (kind, value)
        if kind == "(":
            node = self.expr()
            self.take(")")
            return node
        if kind == "name":
            self.take("(")
            args = []
            while self.peek() != ")":
                if self.peek() == "range":
                    args.append(("range", self.take()[1]))
                else:
                    args.append(self.expr())
                if self.peek() == ",":
                    self.take()
            self.take(")")
            return ("call", value, args)
        raise FormulaError(f"unexpected {kind!r}")

def refs_of(node):
    match node:
        case ("ref", name): return [name]
        case ("range", (a, b)):
            return expand_range(a, b)
        case ("call", _, args):
            return [r for arg in args for r in refs_of(arg)]
        case (_, *children):
            return [r for child in children if isinstance(child, tuple) for r in refs_of(child)]
    return []

FUNCS = {
    "SUM": lambda xs: sum(xs),
    "MAX": lambda xs: max(xs),
    "MIN": lambda xs: min(xs),
    "AVG": lambda xs: sum(xs) / len(xs),
    "COUNT": lambda xs: len(xs),
    "SQRT": lambda xs: math.sqrt(xs[0]),
    "ABS": lambda xs: abs(xs[0]),
    "ROUND": lambda xs: round(xs[0], int(xs[1])),
    "IF": lambda xs: xs[1] if xs[0] else xs[2],
}

def evaluate(node, values):
    match node:
        case ("num", v): return v
        case ("ref", name):
            v = values.get(name, 0.0)
            if isinstance(v, CellError):
                raise CellError("#REF", f"depends on {name} ({v.code})")
            return v
        case ("neg", x): return -evaluate(x, values)
        case ("call", name, args):
            if name not in FUNCS:
                raise CellError("#NAME", name)
            flat = []
            for arg in args:
                if arg[0] == "range":
                    flat.extend(evaluate(("ref", r), values) for r in expand_range(*arg[1]) if r in values)
                else:
                    flat.append(evaluate(arg, values))
            return FUNCS[name](flat)
        case (op, a, b):
            x, y = evaluate(a, values), evaluate(b, values)
            match op:
                case "+": return x + y
                case "-": return x - y
                case "*": return x * y
                case "/" if y == 0: raise CellError("#DIV/0")
                case "/": return x / y

def topo_order(deps):
    order, state = [], {}

    def visit(cell, path):
        if state.get(cell) == "done": return
        if state.get(cell) == "active":
            raise CellError("#CYCLE", " -> ".join(path[path.index(cell):] + [cell]))
        state[cell] = "active"
        for d in sorted(deps.get(cell, ())):
            visit(d, path + [cell])
        state[cell] = "done"
        order.append(cell)

    cycles = {}
    for cell in sorted(deps):
        try:
            visit(cell, [])
        except CellError as e:
            for c in e.detail.split(" -> "):
                cycles[c] = e
                state[c] = "done"
    return order, cycles

cells, deps, values = {}, {}, {}
for line in SHEET.splitlines():
    name, _, text = line.partition(": ")
    cells[name] = text
    if text.startswith("="):
        try:
            tree = Parser(text[1:]).parse()
        except FormulaError as e:
            values[name] = CellError("#PARSE", str(e))
            continue
        cells[name] = tree
        deps[name] = set(refs_of(tree))
    else:
        values[name] = float(text)

order, cycles = topo_order(deps)
for name, err in cycles.items():
    values[name] = err
print("evaluation order:", " ".join(c for c in order if c in deps and c not in cycles))
for name in order:
    if name not in deps or name in values:
        continue
    try:
        values[name] = evaluate(cells[name], values)
    except CellError as e:
        values[name] = e

def show(v):
    if isinstance(v, CellError):
        return v.code
    return str(int(v)) if v == int(v) else f"{v:.3f}"

cols = sorted({n[0] for n in cells})
rows = sorted({int(n[1:]) for n in cells})
print("     " + "".join(f"{c:>10}" for c in cols))
for r in rows:
    print(f"{r:>4} " + "".join(f"{show(values[c + str(r)]) if c + str(r) in values else '':>10}" for c in cols))
print("errors:")
for name in sorted(values, key=lambda n: (n[0], int(n[1:]))):
    v = values[name]
    if isinstance(v, CellError):
        print(f"  {name}: {v.code} {v.detail}".rstrip())
