# functools: reduce and partial.
import functools
import operator
from functools import partial, reduce

print(reduce(operator.add, [1, 2, 3, 4, 5]))
print(reduce(operator.add, [1, 2, 3], 10), reduce(operator.mul, [], 1))
print(reduce(lambda acc, x: acc * 10 + x, [4, 0, 9, 6]))
print(reduce(max, [3, 9, 2, 7]), reduce(operator.add, ["x"]))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
print(reduce(operator.concat, [[1], [2, 3], []]))
print(reduce(lambda a, b: a + b, iter(range(101))))
print(reduce(operator.or_, ({i} for i in range(4))))


def attempt(label, func, *args, **kw):
    try:
        print(label, repr(func(*args, **kw)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("reduce empty", reduce, operator.add, [])
attempt("reduce empty gen", reduce, operator.add, (x for x in ()))
attempt("reduce non-iterable", reduce, operator.add, 5)
attempt("reduce bad func", reduce, None, [1, 2])
attempt("reduce single no call", reduce, None, [1])
attempt("reduce func error", reduce, operator.add, [1, "a"])

# partial
basetwo = partial(int, base=2)
print(basetwo("10010"), basetwo("111", base=10), repr(basetwo))
print(basetwo.func is int, basetwo.args, basetwo.keywords)
p = partial(max, 3, 7)
print(p(), p(10), p(1, key=lambda x: -x), repr(p))
q = partial(p, 20)            # nested partials are flattened
print(q.func is max, q.args, q(), repr(q))
r = partial(partial(sorted, key=len), reverse=True)
print(r(["bb", "a", "ccc"]), r.keywords, repr(r))
print(repr(partial(print)), repr(partial(dict, a=1, b="x")))
print(partial(dict, a=1, b=2)(b=3, c=4))

add3 = partial(lambda a, b, c: a * 100 + b * 10 + c, 1)
print(add3(2, 3), add3(b=5, c=6), partial(add3, 7)(8))


def power(base, exponent):
    return base ** exponent


square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print([square(x) for x in range(5)], cube(3), square(2, exponent=10))
print(list(map(partial(power, 2), range(6))))

# Attributes and subclasses.
p = partial(max, 1)
p.note = "hello"
print(p.note, p.__dict__)
p2 = partial(p, 2)            # has a __dict__, so it is not flattened
print(p2.func is p, p2.args, p2())


class MyPartial(partial):
    pass


mp = MyPartial(min, 5)
print(repr(mp), mp(3), isinstance(mp, partial), type(MyPartial(mp, 1).func).__name__)
print(repr(partial(partial(int), "5")), partial(partial(int), "5")())

# Recursive repr.
rec = partial(max, [])
rec.args[0].append(rec)
print(repr(rec))

attempt("partial()", partial)
attempt("partial(1)", partial, 1)
attempt("partial('x', 1)", partial, "x", 1)
attempt("call error", partial(int, base=2), "123")
attempt("too many", partial(power, 1, 2), 3)
print(functools.partial.__name__, type(basetwo).__name__)
