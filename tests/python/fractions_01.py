# Fraction construction from ints, pairs, strings, floats, other Fractions; repr/str; errors
from fractions import Fraction

print(Fraction(), Fraction(3), Fraction(6, 4), Fraction(-10, -8), Fraction(10, -8))
print(repr(Fraction(6, 4)), repr(Fraction(0, 5)), repr(Fraction(-7)))
print(Fraction(Fraction(1, 7), 5), Fraction(Fraction(1, 7), Fraction(2, 3)), Fraction(Fraction(3, 9)))
print(Fraction(True), Fraction(True, 2), Fraction(2**100, 2**98))

for text in ["3/4", " -1.5e3 ", "1_000", "314", "-35/4", "3.1415", "-47e-2", ".5", "5.",
             "+7/21", "1E5", "2.5e+3", "\t12/16\n", "0/5", "-0", "1_2.3_4e1_0", "00012/00018"]:
    f = Fraction(text)
    print(repr(text), "->", repr(f), str(f))

for x in [0.5, 0.1, -2.25, 1e-3, 3.0, 1e20, -0.0, 2.0**-60]:
    print(x, "->", Fraction(x), Fraction.from_float(x) == Fraction(x))

print(Fraction.from_float(7), Fraction(0.1).limit_denominator(), Fraction(1, 3).as_integer_ratio())
print(Fraction(-6, 4).numerator, Fraction(-6, 4).denominator, Fraction(5).denominator)


def attempt(label, *args):
    try:
        print(label, "->", repr(Fraction(*args)))
    except Exception as exc:
        print(label, "->", type(exc).__name__, exc)


attempt("1/0 text", "1/0")
attempt("pair 1,0", 1, 0)
attempt("pair -5,0", -5, 0)
attempt("frac pair", Fraction(1, 2), Fraction(0))
for bad in ["", " ", "x", "1/", "/2", "1 / 2", "1/-2", "1.5/2", "1__0", "_1", "1_", "1e", "e5",
            "3/4/5", ".", "+", "--1", "0x10", "inf", "nan", "1,5", "½"]:
    attempt(repr(bad), bad)
attempt("float pair", 1.5, 2)
attempt("str pair", "1", 2)
attempt("None", None)
attempt("list", [1, 2])
attempt("complex", 1j)
attempt("inf", float("inf"))
attempt("nan", float("nan"))
try:
    Fraction.from_float("0.5")
except TypeError as exc:
    print("TypeError", exc)
try:
    Fraction(1, 3).limit_denominator(0)
except ValueError as exc:
    print("ValueError", exc)

# fractions are immutable
f = Fraction(1, 2)
try:
    f.numerator = 3
except AttributeError as exc:
    print("AttributeError", type(exc).__name__)
try:
    f.other = 1
except AttributeError as exc:
    print("AttributeError", type(exc).__name__)

class Ratio(Fraction):
    pass

r = Ratio(3, 6)
print(repr(r), type(r).__name__, type(r + 1).__name__, type(+r).__name__, isinstance(r, Fraction))
