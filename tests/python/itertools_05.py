# itertools: tee, pairwise and zip_longest.
from itertools import tee, pairwise, zip_longest, count, islice

a, b = tee([1, 2, 3, 4])
print(next(a), next(a), list(b), list(a))
a, b, c = tee(iter("xyz"), 3)
print(list(a), list(b), list(c))
print(tee("abc", 0), len(tee("abc", 1)), type(tee("ab")[0]).__name__)

# Tees share a buffer; the source is advanced only once per item.
pulled = []


def source():
    for i in range(5):
        pulled.append(i)
        yield i


x, y = tee(source())
print(next(x), next(x), pulled)
print(next(y), pulled)
print(list(x), pulled, list(y))

# Copying a tee object (and tee of a tee) shares its position.
p, q = tee(count())
next(p)
next(p)
r = p.__copy__()
print(next(p), next(r), next(q))
first, second = tee(p)
print(first is p, next(first), next(second), next(p))

# Lookahead with tee.
def with_next(iterable):
    cur, nxt = tee(iterable)
    next(nxt, None)
    return zip(cur, nxt)


print(list(with_next("abcd")))

print(list(pairwise("ABCDE")), list(pairwise([1])), list(pairwise([])))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])
src = iter(range(5))
pw = pairwise(src)
print(next(pw), list(src), list(pw), list(pw))

print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest([1, 2], [3], [4, 5, 6])))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest("ab")))
print(list(islice(zip_longest(range(3), count(), fillvalue=0), 5)))
zl = zip_longest([1], [2, 3])
print(list(zl), list(zl))
rows = [["a", "b", "c"], ["d"], ["e", "f"]]
print([list(col) for col in zip_longest(*rows, fillvalue="")])


def attempt(label, func, *args, **kw):
    try:
        print(label, repr(func(*args, **kw)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("tee int", tee, 5)
attempt("tee negative", tee, "ab", -1)
attempt("tee n str", tee, "ab", "2")
attempt("pairwise int", pairwise, 5)
attempt("zip_longest int", zip_longest, [1], 5)
