# One instruction seeing operands of changing kinds: the specialized forms
# must fall back (and re-specialize) without changing any result.

def add(a, b):
    return a + b

def sub(a, b):
    return a - b

def mul(a, b):
    return a * b

def div(a, b):
    return a / b

def floordiv(a, b):
    return a // b

def mod(a, b):
    return a % b

def shl(a, b):
    return a << b

def shr(a, b):
    return a >> b

def bits(a, b):
    return (a & b, a | b, a ^ b)

def lt(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)

class I(int):
    def __add__(self, other):
        return "I.add"

big = 2 ** 47 - 1
rows = []
for round_ in range(3):
    for a, b in [(1, 2), (big, big), (-big, big), (1.5, 2.25), ("ab", "cd"),
                 ([1], [2]), (10 ** 30, 1), (True, True), (I(3), 4), (2, 0.5)]:
        rows.append(add(a, b))
    for a, b in [(7, 3), (big, -big), (2.5, 0.5), (10 ** 20, 10 ** 19), (-big, big)]:
        rows.append((sub(a, b), mul(a, b)))
    for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (big, 7)]:
        rows.append((floordiv(a, b), mod(a, b), div(a, b)))
    for a, b in [(1, 3), (-1, 40), (big, 20), (5, 70), (-5, 2)]:
        rows.append((shl(a, b), shr(a, b)))
    for a, b in [(12, 10), (-12, 10), (big, -1), (True, 3)]:
        rows.append(bits(a, b))
    for a, b in [(1, 2), (2, 1), (1.0, float("nan")), ("a", "b"), ("é", "z"), (3, 3.0), (2.5, 2)]:
        rows.append(lt(a, b))
for r in rows[:40]:
    print(r)
print(len(rows), rows[-1])

errors = []
for a, b in [(1, 2), (3, 0), (1.0, 2.0), (1.0, 0.0), (5, -1), ("x", 1)]:
    for f in (floordiv, mod, div, shl):
        try:
            f(a, b)
        except Exception as e:
            errors.append((f.__name__, type(e).__name__, str(e)))
for e in errors:
    print(e)

# Overflow past 48 bits and past 64 bits in a loop.
x = 1
for i in range(70):
    x = x + x
print(x, x * x, -x * 3)
acc = 0
for i in range(1000):
    acc = (acc * 31 + i) % 1000000007
print(acc)
