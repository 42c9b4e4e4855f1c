# zip over one iterator twice (`zip(it, it)`: pairs from one sequence),
# with an odd item left at the end, at a loop hot enough to specialize;
# enumerate of an iterator that is also advanced inside the loop.


def pairs(n):
    it = iter(list(range(n)))
    out = []
    for a, b in zip(it, it):
        out.append(a * 10 + b)
    return out, list(it)


for n in range(60):
    r = pairs(n)
print(r[0][-3:], len(r[0]), r[1])
print(pairs(7), pairs(8), pairs(1), pairs(0))


def tuple_pairs(t):
    it = iter(t)
    return [a + b for a, b in zip(it, it)]


for k in range(40):
    last = tuple_pairs(tuple("abcdefg"[: k % 8]))
print(last, tuple_pairs(("x", "y", "z")))


def skipping(xs):
    it = iter(xs)
    got = []
    for i, x in enumerate(it):
        got.append((i, x))
        next(it, None)
    return got


for k in range(40):
    s = skipping(range(k % 9))
print(s, skipping([]))
