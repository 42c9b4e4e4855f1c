# The assembler's superinstructions LOAD_FAST__LOAD_CONST,
# LOAD_CONST__LOAD_FAST, STORE_FAST__LOAD_FAST and STORE_FAST__STORE_FAST:
# results, jumps that land on the second instruction of a pair, and an
# unbound second local reported at its own line.


def arith(n):
    a = n - 1
    b = 2 * n
    c, d = a, b
    e = c
    return a, b, c, d, e


def loop(n):
    i = 0
    while i < n:
        i = i + 1
    t = 0
    for j in range(n):
        t, u = t + j, j
    return i, t, u


def swap(a, b):
    a, b = b, a
    return a, b


def unbound_after_store():
    x = 1
    y = z  # noqa: F821 - z is assigned below
    z = 3
    return x, y, z


def unbound_after_const():
    r = 1 + w
    w = 2
    return r


def unbound_first():
    v = q - 1
    q = 5
    return v


for _ in range(3):
    print(arith(5), loop(10), swap(1, "b"))
    for f in (unbound_after_store, unbound_after_const, unbound_first):
        try:
            f()
        except UnboundLocalError as e:
            print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno)

unbound_after_store()
