# operator: arithmetic, comparison, logical and in-place functions.
import operator as op


def show(label, func, *args):
    try:
        print(label, repr(func(*args)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


# Binary arithmetic on several types.
for name in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow",
             "lshift", "rshift", "and_", "or_", "xor"]:
    func = getattr(op, name)
    show(name, func, 13, 4)

show("add str", op.add, "ab", "cd")
show("mul list", op.mul, [1, 2], 3)
show("mod fmt", op.mod, "%s-%d", ("x", 5))
show("truediv float", op.truediv, 7.5, 2)
show("floordiv neg", op.floordiv, -7, 2)
show("pow neg", op.pow, 2, -2)
show("or sets", op.or_, {1, 2}, {3})
show("and sets", op.and_, {1, 2, 3}, {2, 3, 4})

# Unary operations.
show("neg", op.neg, 5)
show("pos", op.pos, -5.5)
show("inv", op.inv, 5)
show("invert", op.invert, 0)
show("abs", op.abs, -3.25)
show("not_", op.not_, [])
show("truth", op.truth, [0])
show("truth 0", op.truth, 0)

# Comparisons.
for name in ["lt", "le", "eq", "ne", "ge", "gt"]:
    func = getattr(op, name)
    print(name, func(1, 2), func(2, 2), func(3, 2), func("a", "b"))

show("is_", op.is_, None, None)
show("is_not", op.is_not, 1, None)

# Dunder aliases are the same functions.
print(op.__add__ is op.add, op.__lt__ is op.lt, op.__not__ is op.not_,
      op.__inv__ is op.inv, op.__invert__ is op.invert, op.__call__ is op.call)
print(op.__mul__(6, 7), op.__getitem__("hello", 1), op.__abs__(-2))

# In-place operations: mutable objects are changed, immutable ones not.
lst = [1, 2]
res = op.iadd(lst, [3])
print(res, lst, res is lst)
t = (1, 2)
res = op.iadd(t, (3,))
print(res, t, res is t)
s = {1, 2}
op.ior(s, {5})
op.isub(s, {1})
print(sorted(s))
op.iand(s, {2, 7})
print(s)
print(op.imul([0], 3), op.ipow(3, 3), op.ifloordiv(17, 5), op.imod(17, 5),
      op.itruediv(1, 4), op.ilshift(1, 10), op.irshift(1024, 3),
      op.ixor(6, 3), op.isub(10, 4))
d = {"a": 1}
op.ior(d, {"b": 2})
print(d)


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)


v, w = Vec(1, 2), Vec(3, 4)
print(op.add(v, w), op.matmul(v, w), op.neg(v), op.imatmul(v, w))
v2 = v
v2 = op.iadd(v2, w)   # no __iadd__: falls back to __add__
print(v2, v)

# Errors come from the underlying operation.
show("add err", op.add, 1, "a")
show("truediv zero", op.truediv, 1, 0)
show("mod zero", op.mod, 5, 0)
show("neg str", op.neg, "a")
show("pos str", op.pos, "a")
show("inv float", op.inv, 1.5)
show("matmul ints", op.matmul, 1, 2)
show("lt mixed", op.lt, 1, "x")
show("lshift neg", op.lshift, 1, -1)
