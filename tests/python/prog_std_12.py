# Mini spreadsheet: tokenizer (string constants) + recursive-descent parser + operator table
# + Fraction arithmetic + dependency tracking with cycle detection.
import math
import operator
import string
from collections import defaultdict
from dataclasses import dataclass
from fractions import Fraction
from typing import Callable, Dict, Iterator, List, Set, Tuple, Union

Number = Union[int, Fraction]


class FormulaError(Exception):
    pass


class CircularReference(FormulaError):
    pass


@dataclass(frozen=True)
class Token:
    kind: str   # NUM, REF, NAME, OP, LP, RP, COMMA, COLON, STR
    text: str
    pos: int


def tokenize(src: str) -> Iterator[Token]:
    i = 0
    while i < len(src):
        ch = src[i]
        if ch in string.whitespace:
            i += 1
        elif ch in string.digits or ch == ".":
            j = i
            while j < len(src) and (src[j] in string.digits or src[j] == "."):
                j += 1
            yield Token("NUM", src[i:j], i)
            i = j
        elif ch in string.ascii_letters:
            j = i
            while j < len(src) and src[j] in string.ascii_letters + string.digits:
                j += 1
            word = src[i:j]
            letters = word.rstrip(string.digits)
            is_ref = len(letters) == 1 and letters.isupper() and word[1:].isdigit()
            yield Token("REF" if is_ref else "NAME", word.upper(), i)
            i = j
        elif ch == '"':
            j = src.find('"', i + 1)
            if j < 0:
                raise FormulaError(f"unterminated string at {i}")
            yield Token("STR", src[i + 1:j], i)
            i = j + 1
        elif ch in "+-*/^%<>=&":
            if src[i:i + 2] in ("<=", ">=", "<>"):
                yield Token("OP", src[i:i + 2], i)
                i += 2
            else:
                yield Token("OP", ch, i)
                i += 1
        elif ch in "(),:":
            yield Token({"(": "LP", ")": "RP", ",": "COMMA", ":": "COLON"}[ch], ch, i)
            i += 1
        else:
            raise FormulaError(f"unexpected character {ch!r} at {i}")


BINARY: Dict[str, Tuple[int, Callable]] = {
    "=": (1, operator.eq), "<>": (1, operator.ne), "<": (1, operator.lt), ">": (1, operator.gt),
    "<=": (1, operator.le), ">=": (1, operator.ge), "&": (2, lambda a, b: f"{a}{b}"),
    "+": (3, operator.add), "-": (3, operator.sub),
    "*": (4, operator.mul), "/": (4, operator.truediv), "%": (4, operator.mod),
    "^": (5, operator.pow),
}


def cells_in_range(a: str, b: str) -> List[str]:
    c1, c2 = sorted((a[0], b[0]))
    r1, r2 = sorted((int(a[1:]), int(b[1:])))
    return [f"{chr(c)}{r}" for r in range(r1, r2 + 1) for c in range(ord(c1), ord(c2) + 1)]


FUNCTIONS: Dict[str, Callable] = {
    "SUM": lambda *xs: sum(xs, Fraction(0)),
    "MIN": min,
    "MAX": max,
    "AVG": lambda *xs: sum(xs, Fraction(0)) / len(xs),
    "ABS": abs,
    "IF": lambda c, a, b: a if c else b,
    "LEN": lambda s: len(str(s)),
    "FLOOR": math.floor,
    "ROUND": lambda x, n=0: round(Fraction(x), int(n)),
}


class Parser:
    def __init__(self, sheet: "Sheet", src: str):
        self.sheet = sheet
        self.tokens = list(tokenize(src))
        self.i = 0
        self.refs: Set[str] = set()

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self, kind=None):
        tok = self.peek()
        if tok is None or (kind and tok.kind != kind):
            want = kind or "token"
            got = tok.text if tok else "end of input"
            raise FormulaError(f"expected {want}, got {got!r}")
        self.i += 1
        return tok

    def parse(self):
        value = self.expr(1)
        if self.peek() is not None:
            raise FormulaError(f"unexpected {self.peek().text!r} at {self.peek().pos}")
        return value

    def expr(self, min_prec):
        left = self.unary()
        while True:
            tok = self.peek()
            if tok is None or tok.kind != "OP" or BINARY[tok.text][0] < min_prec:
                return left
            prec, fn = BINARY[self.take().text]
            right = self.expr(prec + (0 if tok.text == "^" else 1))
            try:
                left = fn(left, right)
            except ZeroDivisionError:
                raise FormulaError("#DIV/0!") from None
            except TypeError:
                raise FormulaError(f"#VALUE! in {tok.text}") from None

    def unary(self):
        tok = self.peek()
        if tok and tok.kind == "OP" and tok.text in "+-":
            self.take()
            value = self.unary()
            return -value if tok.text == "-" else +value
        return self.atom()

    def atom(self):
        tok = self.take()
        if tok.kind == "NUM":
            return Fraction(tok.text)
        if tok.kind == "STR":
            return tok.text
        if tok.kind == "LP":
            value = self.expr(1)
            self.take("RP")
            return value
        if tok.kind == "REF":
            self.refs.add(tok.text)
            return self.sheet.value(tok.text)
        if tok.kind == "NAME":
            fn = FUNCTIONS.get(tok.text)
            if fn is None:
                raise FormulaError(f"#NAME? {tok.text}")
            self.take("LP")
            args = []
            while self.peek() and self.peek().kind != "RP":
                if self.peek().kind == "REF" and self.i + 1 < len(self.tokens) \
                        and self.tokens[self.i + 1].kind == "COLON":
                    a = self.take().text
                    self.take("COLON")
                    b = self.take("REF").text
                    for ref in cells_in_range(a, b):
                        self.refs.add(ref)
                        args.append(self.sheet.value(ref))
                else:
                    args.append(self.expr(1))
                if self.peek() and self.peek().kind == "COMMA":
                    self.take()
            self.take("RP")
            return fn(*args)
        raise FormulaError(f"unexpected {tok.text!r} at {tok.pos}")


class Sheet:
    def __init__(self):
        self.raw: Dict[str, str] = {}
        self.cache: Dict[str, object] = {}
        self.evaluating: List[str] = []
        self.dependents: Dict[str, Set[str]] = defaultdict(set)

    def set(self, ref: str, text: str) -> None:
        self.raw[ref] = text
        self.invalidate(ref)

    def invalidate(self, ref: str) -> None:
        stack = [ref]
        while stack:
            r = stack.pop()
            if self.cache.pop(r, None) is not None or r == ref:
                stack.extend(self.dependents.get(r, ()))

    def value(self, ref: str):
        if ref in self.cache:
            return self.cache[ref]
        if ref in self.evaluating:
            cycle = self.evaluating[self.evaluating.index(ref):] + [ref]
            raise CircularReference("#CIRC! " + "->".join(cycle))
        text = self.raw.get(ref, "")
        self.evaluating.append(ref)
        try:
            if text.startswith("="):
                p = Parser(self, text[1:])
                result = p.parse()
                for dep in p.refs:
                    self.dependents[dep].add(ref)
            elif text == "":
                result = Fraction(0)
            else:
                try:
                    result = Fraction(text)
                except ValueError:
                    result = text
        finally:
            self.evaluating.pop()
        self.cache[ref] = result
        return result

    def show(self, ref: str) -> str:
        try:
            v = self.value(ref)
        except FormulaError as e:
            return f"ERR({e})"
        if isinstance(v, Fraction):
            return str(v.numerator) if v.denominator == 1 else f"{float(v):.4f}"
        return str(v)


def main():
    s = Sheet()
    data = {"A1": "10", "A2": "20", "A3": "30.5", "B1": "=A1*2", "B2": "=A2/3", "B3": "=SUM(A1:A3)",
            "C1": "=AVG(A1:B2)", "C2": "=IF(B3>50, \"big\", \"small\")", "C3": '="total: " & B3',
            "D1": "=2^3^2", "D2": "=-(A1 - 4) * 2 % 7", "D3": "=ROUND(B2, 2)", "E1": "=1/(A1-10)",
            "E2": "=FOO(1)", "E3": "=A1 +", "F1": "=F2+1", "F2": "=F3+1", "F3": "=F1+1",
            "G1": "=LEN(C3) + MAX(A1:A3, 100)", "G2": "hello", "G3": "=G2 * 2", "H1": "=A1 $ 2"}
    for ref, text in data.items():
        s.set(ref, text)
    for ref in sorted(data, key=lambda r: (r[1:], r[0])):
        print(f"{ref:>3} {data[ref]:<28} -> {s.show(ref)}")
    print("B2 exact:", s.value("B2"), "| D3:", s.value("D3"))
    print("dependents of A1:", sorted(s.dependents["A1"]))

    print("-- change A1 to 50 --")
    s.set("A1", "50")
    for ref in ("B1", "B3", "C1", "C2", "C3", "E1", "G1"):
        print(f"{ref} -> {s.show(ref)}")

    print("-- break the cycle --")
    s.set("F3", "5")
    print([s.show(r) for r in ("F1", "F2", "F3")])

    print([(t.kind, t.text) for t in tokenize('SUM(A1:B2) <> 3.5 & "x"')])
    for bad in ['"abc', "1 # 2"]:
        try:
            list(tokenize(bad))
        except FormulaError as e:
            print(type(e).__name__, e)
    print(cells_in_range("B3", "A1"))
    print(sorted(FUNCTIONS), BINARY["^"][0], BINARY["*"][1](Fraction(1, 3), 3))


main()
