# functools: lru_cache and cache.
import functools
from functools import lru_cache, cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print([fib(n) for n in range(16)])
print(fib.cache_info())
print(fib(100), fib.cache_info().hits, fib.cache_info().misses)
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], len(info))
print(type(info).__name__, isinstance(info, tuple), info == tuple(info))
print(info._fields, info._asdict())
fib.cache_clear()
print(fib.cache_info(), fib.cache_parameters())

calls = []


@lru_cache(maxsize=3)
def square(x):
    calls.append(x)
    return x * x


for x in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    square(x)
print(calls, square.cache_info())

# Plain @lru_cache uses maxsize=128.
@lru_cache
def double(x):
    return 2 * x


print(double(4), double(4), double.cache_info(), double.cache_parameters())


# typed=True separates 3 and 3.0; keyword order matters.
@lru_cache(typed=True)
def ident(x, y=0):
    calls.append((x, y))
    return x


calls.clear()
ident(3)
ident(3.0)
ident(3)
ident(3, y=1)
ident(x=3, y=1)
ident(y=1, x=3)
print(calls, ident.cache_info())


@lru_cache()
def untyped(x):
    calls.append(x)
    return x


calls.clear()
for v in [1, 1.0, True, "1", 1]:
    untyped(v)
print(calls, untyped.cache_info())

# maxsize=0 never caches; negative maxsize means 0.
@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())
print(lru_cache(maxsize=-10)(len).cache_parameters())


@cache
def factorial(n):
    return n * factorial(n - 1) if n else 1


print(factorial(10), factorial(5), factorial.cache_info())
print(factorial.__name__, factorial.__wrapped__.__name__, factorial.__doc__)

# Metadata is copied from the wrapped function.
@lru_cache(maxsize=32)
def documented(a: int) -> int:
    "Return a plus one."
    return a + 1


print(documented.__name__, documented.__doc__, documented.__annotations__,
      documented.__qualname__, documented.__module__)
print(documented.__wrapped__(1), documented.__wrapped__ is not documented)

# Methods can be cached too (self is part of the key).
class Circle:
    def __init__(self, r):
        self.r = r

    @lru_cache(maxsize=None)
    def area(self):
        calls.append(self.r)
        return 3 * self.r * self.r

    def __hash__(self):
        return hash(self.r)

    def __eq__(self, other):
        return self.r == other.r


calls.clear()
c1, c2 = Circle(2), Circle(2)
print(c1.area(), c1.area(), c2.area(), Circle(3).area(), calls, Circle.area.cache_info())

# Exceptions are not cached.
attempts = []


@lru_cache
def flaky(x):
    attempts.append(x)
    if len(attempts) < 2:
        raise ValueError("first call fails")
    return x


for _ in range(3):
    try:
        print(flaky(7))
    except ValueError as e:
        print("ValueError", e)
print(attempts, flaky.cache_info())

# Errors.
def attempt(label, func, *args, **kw):
    try:
        print(label, repr(func(*args, **kw)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("unhashable", fib, [1])
print(fib.cache_info())
attempt("bad maxsize", lru_cache, "big")
attempt("bad maxsize float", lru_cache, 1.5)
attempt("not callable", lru_cache(10), 5)
attempt("cache not callable", cache, 5)
attempt("wrong args", double, 1, 2)
print(double.cache_info())
attempt("unhashable kw", ident, 1, y={})
