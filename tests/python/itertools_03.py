# itertools.groupby: keys, groups and the sharing of the underlying iterator.
from itertools import groupby

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print([(k, list(g)) for k, g in groupby([])])

words = ["apple", "avocado", "banana", "blueberry", "cherry", "akee"]
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
for length, group in groupby(sorted(words, key=len), len):
    print(length, list(group))

# Advancing the outer iterator invalidates the previous group.
groups = list(groupby("aaabbc"))
print([(k, list(g)) for k, g in groups])
gb = groupby("aaabbbcc")
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
k3, g3 = next(gb)
print(k3, list(g3), list(g3))
try:
    next(gb)
except StopIteration:
    print("outer exhausted")

# Partially consumed group: the outer iterator skips the rest.
gb = groupby([1, 1, 1, 2, 2, 3])
k, g = next(gb)
print(k, next(g))
k, g = next(gb)
print(k, list(g))

# Key function results are compared with ==; 1 == 1.0 == True.
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2, 2.0])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])

# Grouping records.
rows = [("fruit", "apple"), ("fruit", "pear"), ("veg", "kale"),
        ("veg", "leek"), ("fruit", "fig")]
for kind, items in groupby(rows, key=lambda r: r[0]):
    print(kind, [name for _, name in items])

# Run-length encoding and decoding.
def rle(s):
    return "".join("%d%s" % (len(list(g)), k) for k, g in groupby(s))


print(rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"))

# Key function call count, and the iterator is consumed lazily.
calls = []


def key(x):
    calls.append(x)
    return x % 2


src = iter([1, 3, 5, 2, 4, 7])
gb = groupby(src, key)
k, g = next(gb)
print(k, calls)
print(list(g), calls)
print(next(gb)[0], calls, list(src))

print(type(groupby("a")).__name__, type(next(groupby("a"))[1]).__name__)

# Errors.
try:
    groupby(5)
except TypeError as e:
    print("TypeError", e)
try:
    list(groupby([1, 2], key=len))
except TypeError as e:
    print("TypeError", e)
try:
    list(groupby([[1], [1], 2]))
except TypeError as e:
    print("TypeError", e)
