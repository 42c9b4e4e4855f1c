# CALL of bound method objects (CALL_BOUND_METHOD_EXACT_ARGS) and the
# shapes that must stay generic.


class C:
    def __init__(self, k):
        self.k = k

    def m(self, a):
        return self.k * a

    def two(self, a, b=10):
        return a + b

    def gen(self, n):
        yield from range(n)


def call_each(fs, arg):
    out = []
    for f in fs:
        try:
            r = f(arg)
            out.append(list(r) if hasattr(r, "__next__") else r)
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out


c, d = C(2), C(3)
ms = [c.m, d.m, c.m]
print(call_each(ms * 3, 5))
print(call_each([c.two, c.gen, d.m, [].append, "x".join, len], [1, 2]))


# Wrong argument count through a bound method.
def call0(f):
    try:
        return f()
    except TypeError as e:
        return "TypeError: " + str(e)


print([call0(c.m) for _ in range(3)])


# getattr-based dispatch, as visitors do.
class Visitor:
    def visit(self, node):
        return getattr(self, "visit_" + type(node).__name__, self.generic)(node)

    def visit_int(self, node):
        return node * 2

    def visit_str(self, node):
        return node.upper()

    def generic(self, node):
        return ("generic", node)


v = Visitor()
print([v.visit(x) for x in [1, "a", 2.5, 3, "b", None] * 2])

# A bound method whose function is replaced on the class later is
# unaffected (it holds its own function).
bound = c.m
C.m = lambda self, a: "new"
print(call_each([bound, c.m], 4))
