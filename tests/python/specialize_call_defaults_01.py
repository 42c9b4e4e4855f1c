# CALL_PY_WITH_DEFAULTS and the generic call's defaults path: positional
# arguments completed by the function's last defaults, hot enough to
# specialize; then defaults replaced or removed, too few arguments,
# methods, generators, keyword-only parameters, and mutable defaults.


def step(x, k=1, m=10):
    return x * m + k


def run(f, n):
    out = []
    for i in range(n):
        out.append(f(i))
    return out


print(run(step, 5), [step(i, 2) for i in range(3)], step(1, 2, 3))
for _ in range(30):
    r = [step(i) for i in range(4)]
print(r)
step.__defaults__ = (5, 100)
print([step(i) for i in range(4)])
step.__defaults__ = (7,)
print([step(i, 1) for i in range(3)])
try:
    print([step(i) for i in range(3)])
except TypeError as e:
    print("TypeError", e)
step.__defaults__ = None
try:
    step(1)
except TypeError as e:
    print("TypeError", e)


class Acc:
    def __init__(self):
        self.items = []

    def push(self, v, times=1, tag="t"):
        for _ in range(times):
            self.items.append((tag, v))
        return len(self.items)


a = Acc()
for i in range(40):
    a.push(i)
print(a.push(-1, 2), a.push(-2, 1, "u"), a.items[-4:])


def gen(n, start=0):
    for i in range(start, n):
        yield i


print([list(gen(3)) for _ in range(3)], list(gen(5, 2)))


def kwonly(a, b=2, *, c=3):
    return a + b + c


print([kwonly(i) for i in range(30)][-3:], kwonly(1, c=10))


def mutable(x, acc=[]):
    acc.append(x)
    return len(acc)


print([mutable(i) for i in range(35)][-1], len(mutable.__defaults__[0]))


def countdown(n, total=0):
    return total if n == 0 else countdown(n - 1, total + n) if n % 2 else countdown(n - 1)


print(countdown(200))


def deep(n, pad=None):
    return deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)
