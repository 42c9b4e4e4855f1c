# itertools: count, cycle and repeat (infinite iterators), with reprs.
import itertools
from itertools import count, cycle, repeat, islice

c = count()
print(repr(c), next(c), next(c), repr(c))
c = count(5)
print([next(c) for _ in range(3)], repr(c))
c = count(10, 3)
print([next(c) for _ in range(4)], repr(c))
c = count(1, -1)
print([next(c) for _ in range(4)], repr(c))
c = count(0.5, 0.25)
print([next(c) for _ in range(4)], repr(c))
c = count(2, 1.0)
print(repr(c), next(c), next(c), repr(c))
c = count(start=3, step=0)
print(list(islice(c, 3)), repr(c))
c = count(True)
print(repr(c), next(c), next(c))
c = count(True, 2)
print(repr(c), next(c), next(c), repr(c))
c = count(2 ** 63 - 2)
print(next(c), next(c), next(c), repr(c))
c = count(1 + 2j, 1j)
print(next(c), next(c), repr(c))
print(list(zip(count(1), "abc")))
print(repr(count(5, 1)), repr(count(-3)), repr(count(0, -1)))

# cycle
cy = cycle("abc")
print([next(cy) for _ in range(8)])
print(list(islice(cycle([1, 2]), 5)), list(cycle([])))
gen = (x * 10 for x in range(3))
cy = cycle(gen)
print([next(cy) for _ in range(7)], list(gen))

# repeat
r = repeat("a", 3)
print(repr(r), r.__length_hint__(), next(r), repr(r), list(r), repr(r), r.__length_hint__())
print(list(repeat(None, 0)), list(repeat(1, -5)), repr(repeat(1, -5)))
r = repeat([1, 2])
print(repr(r), next(r) is next(r))
print(list(map(pow, range(5), repeat(2))))
print(repr(repeat(object="x", times=2)), list(repeat(times=2, object=7)))
print(repr(repeat("xyz", times=True)))

print(isinstance(c, count), type(cy).__name__, type(r).__name__, iter(r) is r)
print(type(count()).__module__)


def attempt(label, func, *args, **kw):
    try:
        print(label, repr(func(*args, **kw)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("count str", count, "a")
attempt("count step str", count, 1, "x")
attempt("count None", count, None)
attempt("cycle int", cycle, 5)
attempt("repeat times str", repeat, 1, "3")
attempt("repeat times None", repeat, 1, None)
attempt("repeat times float", repeat, 1, 2.0)
attempt("repeat hint", repeat(1).__length_hint__)
