# Decorators that count calls and memoize with a dict cache, using *args/**kwargs
def counted(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = func.__name__
    wrapper.__wrapped__ = func
    return wrapper


def memoize(func):
    cache = {}

    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key in cache:
            wrapper.hits += 1
            return cache[key]
        result = func(*args, **kwargs)
        cache[key] = result
        return result

    wrapper.hits = 0
    wrapper.cache = cache
    wrapper.__name__ = func.__name__
    wrapper.__wrapped__ = func
    return wrapper


@memoize
@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30))
print("inner calls:", fib.__wrapped__.calls)
print("hits:", fib.hits, "cache size:", len(fib.cache))
print("name:", fib.__name__)


@counted
def greet(name, *, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"


print(greet("Ann"))
print(greet("Bob", greeting="Hi"))
print(greet(name="Cy", punct="?"))
print("greet calls:", greet.calls)


@memoize
def power(base, exp=2, *, mod=None):
    print(f"  computing {base}**{exp} mod {mod}")
    r = base ** exp
    return r % mod if mod else r


print(power(3))
print(power(3))
print(power(3, 3))
print(power(3, exp=3))
print(power(3, 3, mod=5))
print(power(3, 3, mod=5))
print("power hits:", power.hits)
print("keys:", sorted(power.cache, key=repr))


def with_args(tag):
    def deco(func):
        def wrapper(*args, **kwargs):
            print(f"[{tag}] {func.__name__} args={args} kwargs={kwargs}")
            return func(*args, **kwargs)
        return wrapper
    return deco


@with_args("dbg")
def combine(*parts, sep="-"):
    return sep.join(map(str, parts))


print(combine(1, 2, 3))
print(combine("a", "b", sep="+"))
try:
    power([1], 2)
except TypeError as e:
    print("TypeError:", e)
