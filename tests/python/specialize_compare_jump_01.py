# COMPARE_OP fused with the conditional jump after it (COMPARE_OP_INT_JUMP
# and the float and str forms): both jump senses, deopts to other types in
# the same comparison, NaN, jumps that land on the conditional jump itself,
# and comparisons whose result is kept rather than jumped on.


def count_below(xs, limit):
    n = 0
    for x in xs:
        if x < limit:
            n += 1
    return n


def count_not_above(xs, limit):
    n = 0
    for x in xs:
        if not x > limit:
            n += 1
    return n


def loop_down(n):
    steps = 0
    while n >= 0:
        n -= 3
        steps += 1
    return steps


def both(a, b):
    # `and`/`or` chains put more than one jump after comparisons.
    if a < b and b < 10 or a == 99:
        return "yes"
    return "no"


def chained(a, b, c):
    return a < b < c


def kept(a, b):
    r = a <= b
    return r


def strs(words, pivot):
    return [w for w in words if w >= pivot]


for _ in range(3):
    ints = list(range(-5, 30))
    print(count_below(ints, 7), count_not_above(ints, 7), loop_down(100))
    # The same comparison sees floats, then mixed, then other objects.
    print(count_below([0.5, 7.0, 6.99, float("nan"), -1e300], 7.0))
    print(count_below([1, 2.5, True, 10**30, -(10**30)], 3))
    print(count_not_above([float("nan")] * 3 + [1.0], 0.0))
    print([both(a, b) for a, b in [(1, 2), (2, 1), (5, 20), (99, 0), (3, 9)]])
    print([chained(*t) for t in [(1, 2, 3), (1, 3, 2), (2.0, 2.5, 3), ("a", "b", "c")]])
    print([kept(a, b) for a, b in [(1, 1), (2, 1), (1.5, 2), ("x", "y")]])
    print(strs(["pear", "apple", "fig", "plum", "kiwi"], "kiwi"))
    try:
        count_below([1, 2, "three"], 2)
    except TypeError as e:
        print("TypeError:", e)


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other)
        return Box(self.v < other)


class Box:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("bool", self.v)
        return self.v


print(count_below([1, Loud(2), Loud(9), 3], 5))


def float_loop(x):
    n = 0
    while x > 0.001:
        x = x / 2.0
        n += 1
    return n


def str_loop(words):
    n = 0
    for w in words:
        if w != "stop":
            n += len(w)
    return n


print(float_loop(1000.0), float_loop(float("inf")) if False else 0, str_loop(["a", "bb", "stop", "ccc"] * 20))
print(sum(float_loop(1000.0 + i) for i in range(50)))
print(float_loop(float("nan")), str_loop(["stop", 1, "x"]) if False else str_loop([]))
