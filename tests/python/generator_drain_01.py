# Generators consumed by builtins (sum, str.join, list, tuple, sorted,
# min, max, any, all): the values, the order of side effects, where the
# generator is left when the builtin stops early or raises, and errors
# raised inside the generator.
import gc


def noisy(n, log):
    for i in range(n):
        log.append("y%d" % i)
        yield i
    log.append("end")


print(sum(x * x for x in range(100)), sum(x / 4 for x in range(10)), sum((x for x in range(5)), 10))
print(sum(x for x in [1, 2.5, 3]), sum(x for x in [2**60, 2**60, 1]), sum(x for x in []))
print("".join(str(i) for i in range(12)), "-".join(c.upper() for c in "abc"))
print(list(x + 1 for x in range(5)), tuple(x for x in "xyz"), sorted((-x for x in range(5))))
print(min(x % 7 for x in range(20)), max(x % 7 for x in range(20)), max((s for s in ["b", "a", "c"])))
print(sum(sum(y for y in range(x)) for x in range(6)))


class Money:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        o = other.v if isinstance(other, Money) else other
        return Money(self.v + o)

    __radd__ = __add__


print(sum((Money(i) for i in range(5)), Money(0)).v, sum(Money(i) for i in range(4)).v)

# any/all stop at the deciding item; the generator stays suspended there.
log = []
g = noisy(10, log)
print(any(x > 3 for x in g), log)
print(next(g), log)
log = []
g2 = noisy(6, log)
print(all(x < 2 for x in g2), log, list(g2), log)
print(any(x for x in [0, 0.0, "", None]), all(x for x in [1, "a", [0]]), any([]), all(()))


class Truthy:
    def __init__(self, t):
        self.t = t

    def __bool__(self):
        print("bool", self.t)
        return self.t


print(any(Truthy(i == 2) for i in range(4)), all(Truthy(i < 1) for i in range(3)))

# Partly consumed by next(), the rest by sum().
log = []
g = noisy(5, log)
next(g)
next(g)
print(sum(g), log)
print(sum(g), list(g))

# A raising __add__: the generator is left after the item it gave.
class Bad:
    def __add__(self, other):
        raise ValueError("no adding")

    __radd__ = __add__


log = []


def mixed(log):
    for i in range(5):
        log.append(i)
        yield Bad() if i == 2 else i


g = mixed(log)
try:
    sum(g)
except ValueError as e:
    print("ValueError", e, log)
print(next(g), log)
try:
    sum(x for x in ["a", "b"])
except TypeError as e:
    print("TypeError", e)
try:
    "".join(x for x in ["a", 1, "b"])
except TypeError as e:
    print("TypeError", e)


# Errors raised inside the generator.
def boom(n):
    for i in range(n):
        if i == 3:
            raise KeyError(i)
        yield i


try:
    sum(boom(10))
except KeyError as e:
    print("KeyError", e)
try:
    list(boom(10))
except KeyError as e:
    print("KeyError", e)


def stops():
    yield 1
    raise StopIteration("inner")


try:
    sum(stops())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


# A generator that consumes itself.
def selfish():
    yield 1
    yield sum(me)


me = selfish()
try:
    list(me)
except ValueError as e:
    print("ValueError", e)


# try/finally and close after a partial drain; yield from; exc_info.
def guarded(log):
    try:
        yield from range(3)
        yield from (x * 10 for x in range(3))
    finally:
        log.append("finally")


log = []
print(list(guarded(log)), log)
log = []
g = guarded(log)
print(any(x == 1 for x in g), log)
g.close()
print(log)


def in_except():
    try:
        raise IndexError("handled")
    except IndexError:
        import sys
        yield str(sys.exc_info()[1])
        yield "again"


print(list(in_except()))


# Cycles made while a generator is drained get collected; a generator
# finished by a drain says so.
class Node:
    def __init__(self):
        self.me = self


def churn(n):
    for i in range(n):
        Node()
        if i % 500 == 0:
            gc.collect()
        yield i


print(sum(churn(2000)))
g = (x for x in range(3))
print(list(g), list(g), sum(g))
print(sum(1 for _ in range(100000)), len("".join("ab" for _ in range(1000))))
