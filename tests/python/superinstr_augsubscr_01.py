# `x[i] op= v` runs COPY 2; COPY 2 and SWAP 3; SWAP 2 as superinstructions:
# the order of evaluation, the objects each dunder sees, errors from each
# step, and all of it hot (specialized) and with several container kinds.


class Logged:
    def __init__(self, data):
        self.data = data
        self.log = []

    def __getitem__(self, k):
        self.log.append(("get", k))
        return self.data[k]

    def __setitem__(self, k, v):
        self.log.append(("set", k, v))
        self.data[k] = v


def key(log, k):
    log.append(("key", k))
    return k


def bump(containers, n):
    for _ in range(n):
        for c in containers:
            c[0] += 1
            c[1] *= 2
            c[-1] -= 0.5
    return containers


print(bump([[0, 1, 2.0], [10, 20, 30.0]], 50))
print(bump([{0: 1, 1: 1, -1: 0.0}], 10))

lg = Logged([1, 2, 3])
outer = []
lg[key(outer, 1)] += 10
lg[key(outer, 0)] **= 3
print(lg.data, lg.log, outer)

# Errors at each step, with the line they happen on.
def last_line(tb):
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_lineno


def fail_get():
    d = {}
    d["missing"] += 1


def fail_op():
    xs = [None]
    xs[0] += 1


class NoSet:
    def __getitem__(self, k):
        return k


def fail_set():
    n = NoSet()
    n[3] += 1


for f in (fail_get, fail_op, fail_set):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e, last_line(e.__traceback__))

# Attribute targets and nested subscripts use the same pairs.
grid = [[0] * 3 for _ in range(3)]
for i in range(30):
    grid[i % 3][(i * 2) % 3] += i
print(grid)
s = "ab"
d = {"k": s}
for _ in range(3):
    d["k"] += "c"
print(d, s)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError", e, t)
