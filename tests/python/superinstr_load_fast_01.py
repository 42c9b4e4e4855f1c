# LOAD_FAST__LOAD_FAST: two adjacent local loads in one dispatch. Unbound
# locals must raise at the right one, with CPython's traceback marks (the
# program ends with an uncaught one).


def add(a, b):
    return a + b


print(sum(add(i, i + 1) for i in range(100)))


def second_unbound(flag):
    a = 1
    if flag:
        b = 2
    return a + b


print(second_unbound(True))
try:
    second_unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def first_unbound(flag):
    b = 2
    if flag:
        a = 1
    return a + b


try:
    first_unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def deleted(x, y):
    del y
    return (x, y)


try:
    deleted(1, 2)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


# A jump that lands on the second load of a pair.
def pick(c, a, b):
    out = []
    for i in range(6):
        out.append((c and a, b) if i % 2 else (a, b))
    return out


print(pick(0, 5, 7), pick(1, 5, 7))


# Many locals, loads after EXTENDED_ARG-sized indices are not fused wrongly.
def wide():
    ns = {}
    src = "def f():\n" + "".join("    v%d = %d\n" % (i, i) for i in range(300))
    src += "    return (v0, v1, v298, v299, v298 + v299, v1 + v298)\n"
    exec(src, ns)
    return ns["f"]()


print(wide())


# Swaps and augmented assignments built from local pairs.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(fib(90))


# A try boundary between two loads.
def boundary(x, y):
    try:
        r = x
    except NameError:
        r = None
    return r, y


print(boundary(3, 4))


second_unbound(False)
