# functools.total_ordering: each root operation, NotImplemented, errors.
from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a <= b, a > b, a >= b, a == c, a <= c, a >= c, a > c, b > a)
print(sorted([Version(2), Version(1, 5), Version(1), Version(1, 5, 1)]))
print(max(Version(3), Version(10), Version(9)), min(a, b))
print(Version.__gt__.__name__, Version.__le__.__name__, Version.__ge__.__name__)
for op in ["__lt__", "__le__", "__gt__", "__ge__"]:
    print(op, op in Version.__dict__)

# Comparing with an unrelated type: NotImplemented is passed through, so
# Python raises TypeError for ordering and falls back to identity for ==.
for expr in ["a < 1", "a <= 1", "a > 1", "a >= 1"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "TypeError", e)
print(a == 1, a != 1)
print(Version.__ge__(a, 1), Version.__gt__(a, "x"), Version.__le__(a, None))


def make(root):
    """Build a class whose only ordering method is `root`."""
    def method(self, other):
        if not isinstance(other, Num):
            return NotImplemented
        return {"__lt__": self.n < other.n, "__le__": self.n <= other.n,
                "__gt__": self.n > other.n, "__ge__": self.n >= other.n}[root]

    def eq(self, other):
        return isinstance(other, Num) and self.n == other.n

    ns = {root: method, "__eq__": eq, "__hash__": None,
          "__init__": lambda self, n: setattr(self, "n", n),
          "__repr__": lambda self: "N%d" % self.n}
    Num = type("Num_" + root.strip("_"), (), ns)
    return total_ordering(Num)


for root in ["__lt__", "__le__", "__gt__", "__ge__"]:
    Num = make(root)
    x, y, z = Num(1), Num(2), Num(1)
    results = [x < y, x <= y, x > y, x >= y, x < z, x <= z, x > z, x >= z,
               y < x, y <= x, y > x, y >= x]
    print(root, results, sorted([Num(3), Num(1), Num(2)]))
    try:
        x < 5
    except TypeError as e:
        print("  TypeError", e)


# Several roots defined: the preferred one (__lt__ > __le__ > __gt__ > __ge__)
# is used for the missing methods; defined ones are left alone.
@total_ordering
class Both:
    def __init__(self, n):
        self.n = n

    def __gt__(self, other):
        print("  gt called")
        return self.n > other.n

    def __le__(self, other):
        print("  le called")
        return self.n <= other.n


p, q = Both(1), Both(2)
print("lt:", p < q)
print("ge:", p >= q)
print("gt:", p > q)


# An inherited ordering method counts as defined.
class Base:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n


@total_ordering
class Child(Base):
    pass


print(Child(1) <= Child(1), Child(2) > Child(1), "__le__" in Child.__dict__)

# Errors.
try:
    @total_ordering
    class Nothing:
        def __eq__(self, other):
            return True
except ValueError as e:
    print("ValueError", e)

print(total_ordering(int) is int, int.__le__ is not None)
