# BINARY_OP_INT: ints past the inline 48 bits (one i64 allocation) and big
# ints, with every operator, in place and not, hot enough to specialize;
# then other operand kinds at the same sites (bools, floats, int
# subclasses, strs) and the errors ints raise (division by zero, negative
# shifts).


def lcg(n, x):
    out = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x)
    return out


print(lcg(5, 11), sum(lcg(1000, 7)))


def ops(a, b):
    return (a + b, a - b, a * b, a // b, a % b, a & b, a | b, a ^ b,
            a << 3, a >> 5, a ** 2, a / b)


def inplace(a, b):
    r = a
    r += b
    r -= 1
    r *= 3
    r //= b
    r %= 1000000007
    r <<= 2
    r >>= 1
    r &= 0xFFFFFFFFFFFF
    r |= 1
    r ^= b
    return r


big = 2 ** 70 + 12345
mid = 2 ** 50 + 3
vals = [(mid, 7), (mid, -7), (-mid, 7), (big, mid), (-big, 3), (mid, big), (5, mid)]
for _ in range(40):
    res = [ops(a, b) for a, b in vals]
    res2 = [inplace(a, b) for a, b in vals]
for r in res:
    print(r)
print(res2)

# Other kinds at the specialized sites.
class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"


def arith(a, b):
    return a + b, a - b, a * b


for _ in range(40):
    arith(mid, 3)
print(ops(True, 3)[:3], ops(mid, True)[:3])
print(arith(mid, 2.5), arith(2.0 ** 60, mid), arith(big, 0.5))
def add2(a, b):
    return a + b


for _ in range(40):
    add2(mid, big)
print(add2("a", "b"), add2([1], [2]), add2(big, mid), add2(mid, -mid))
print(ops(MyInt(5), mid)[0], ops(mid, MyInt(5))[:2])
for a, b in [(mid, 0), (big, 0)]:
    for f in (lambda: a // b, lambda: a % b, lambda: a / b, lambda: a >> -1, lambda: a << -2):
        try:
            f()
        except (ZeroDivisionError, ValueError) as e:
            print(type(e).__name__, e)
try:
    ops(mid, "x")
except TypeError as e:
    print("TypeError", e)
try:
    mid @ mid
except TypeError as e:
    print("TypeError", e)
print(inplace(mid, 1), inplace(3, 4))
