for f in [lambda: (1).__add__(1.5), lambda: int.__add__(1, 1.5), lambda: (1).__eq__("a"), lambda: (1).__lt__(1.5), lambda: (1.5).__add__(1), lambda: (1.5).__lt__(2),
          lambda: "ab".__add__(1), lambda: "ab".__eq__(1), lambda: [].__eq__(()), lambda: [1].__add__((2,)), lambda: {1}.__or__([2]), lambda: {1}.__or__(frozenset({2})),
          lambda: {}.__or__([]), lambda: (1j).__add__(1), lambda: (True).__add__(1), lambda: b"a".__eq__(bytearray(b"a")), lambda: (2).__mul__("ab"), lambda: "ab".__mul__(2),
          lambda: (5).__pow__(2), lambda: [1, 2].__lt__([1, 3])]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class I(int):
    def __add__(self, o):
        return ("I", super().__add__(o))
print(I(1) + 2, I(1) + 2.5)
print("x".__format__(""), "x".__format__(">3"), (5).__format__("03"), (5.0).__format__(".1f"), (1+2j).__format__(""))
print((3.7).__trunc__(), (-3.7).__floor__(), (3.2).__ceil__(), (5).__floor__(), list([1, 2].__reversed__()), (5).__pow__(2, 3), pow(5, 2, 3))
class P:
    def __str__(self): return "P!"
print(format(P()), f"{P()}", P().__format__(""))
try:
    format(P(), "x")
except TypeError as e:
    print(e)
class F(float):
    def __format__(self, spec):
        return "F:" + super().__format__(spec)
print(f"{F(2.5):.2f}")
