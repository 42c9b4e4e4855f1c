# Measures closures and higher-order functions: function factories, nonlocal counters, decorators
# applied in a loop, map/filter, sorted/min/max with key lambdas, and function composition.

N = 20000
ROUNDS = 36


def make_adder(k):
    def add(x):
        return x + k
    return add


def make_scaler(m, offset):
    return lambda x: x * m + offset


def compose(*fns):
    def composed(x):
        for f in fns:
            x = f(x)
        return x
    return composed


def make_counter():
    count = 0

    def incr(step=1):
        nonlocal count
        count += step
        return count
    return incr


def counted(fn):
    calls = [0]

    def wrapper(*args, **kwargs):
        calls[0] += 1
        return fn(*args, **kwargs)
    wrapper.calls = calls
    wrapper.__name__ = fn.__name__
    return wrapper


def clamp(lo, hi):
    def deco(fn):
        def wrapper(x):
            v = fn(x)
            if v < lo:
                return lo
            if v > hi:
                return hi
            return v
        return wrapper
    return deco


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        v = fn(n)
        cache[n] = v
        return v
    return wrapper


@memoize
def stairs(n):
    # ways to climb n stairs taking 1 or 2 at a time (mod a prime), memoized through the decorator
    if n < 2:
        return 1
    return (stairs(n - 1) + stairs(n - 2)) % 1000003


def make_data(n, seed):
    x = seed
    out = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 100000)
    return out


def main():
    data = make_data(N, 42)
    words = ["w" + str(v % 997) for v in data[:4000]]
    check = 0
    for r in range(ROUNDS):
        adders = [make_adder(k) for k in range(10)]
        pipeline = compose(make_scaler(3, r), adders[r % 10], make_scaler(1, -7), abs)
        a = sum(map(pipeline, data))
        b = len(list(filter(lambda v: v % 3 == r % 3, data)))
        c = sorted(data, key=lambda v: (v % 1000, -v))[:3]
        d = max(data, key=lambda v: (v * 7919) % 10007)
        e = min(words, key=lambda w: (len(w), w[::-1]))
        counter = make_counter()
        for v in data:
            if v & 1:
                counter()
            else:
                counter(2)
        f = counter(0)

        @counted
        def square(x):
            return x * x

        @clamp(0, 5000)
        def shifted(x):
            return x // 10 - 2000

        g = 0
        for v in data:
            g += square(v % 100) + shifted(v)
        funcs = [lambda x, i=i: x * i for i in range(5)]
        h = 0
        for v in data[:5000]:
            for fn in funcs:
                h += fn(v) & 255
        ordered = sorted(words, key=str.upper)
        by_len = sorted(range(len(words)), key=words.__getitem__)
        i = stairs(300 + r)
        check = (check * 131 + a + b + sum(c) + d + len(e) + f + g + h + square.calls[0]
                 + len(ordered[0]) + by_len[0] + i) % 1000000007
    print("closures", N, ROUNDS, c, d, e, f, square.__name__, square.calls[0])
    print("closures checksum", check)


main()
