# FOR_ITER_PAIR: `for a, b in enumerate(...)` / `zip(x, y)` over lists,
# tuples and ranges, with the UNPACK_SEQUENCE 2 run by the FOR_ITER. Loop
# ends, breaks, mutation during the loop, counts leaving the inline int
# range, uneven zips and the shapes that must stay generic.


def enum_sum(xs, start=0):
    t = 0
    for i, x in enumerate(xs, start):
        t += i * x
    return t


def zip_dot(xs, ys):
    t = 0
    for a, b in zip(xs, ys):
        t += a * b
    return t


def first_pair_over(xs, ys, limit):
    for a, b in zip(xs, ys):
        if a + b > limit:
            return a, b
    return None


for _ in range(3):
    print(enum_sum([3, 1, 4, 1, 5, 9, 2, 6]), enum_sum((1, 2, 3), 10), enum_sum(range(100)))
    print(zip_dot([1, 2, 3], [4, 5, 6]), zip_dot(range(10), range(10, 0, -1)), zip_dot((1, 2), [3, 4, 5, 6]))
    print(first_pair_over(range(100), range(0, 300, 3), 50), first_pair_over([], [], 0))
    print([(i, c) for i, c in enumerate("abc")], [p for p in zip("ab", [1, 2, 3])])
    print(dict((k, v) for k, v in zip(["a", "b", "c"], range(3))))
    print([i * j for i, j in enumerate(range(5, 0, -1))])

# Counts past the inline int range, and a big start.
big = 2**47 - 3
print(enum_sum([1] * 8, big), enum_sum([1, 1], 10**20))

# The list grows and shrinks under the loop.
xs = [1, 2, 3]
seen = []
for i, x in enumerate(xs):
    seen.append((i, x))
    if len(xs) < 6:
        xs.append(x * 10)
print(seen)
ys = [1, 2, 3, 4, 5]
out = []
for a, b in zip(ys, ys):
    out.append(a + b)
    if ys:
        ys.pop()
print(out)

# Generic shapes: three names, strict zip, zip of three, nested pairs,
# iterators over generators and strings, and a non-pair item.
for a, b, c in zip([1, 2], [3, 4], [5, 6]):
    print("three", a, b, c)
try:
    for a, b in zip([1, 2, 3], [1, 2], strict=True):
        print("strict", a, b)
except ValueError as e:
    print("ValueError:", e)
for i, (a, b) in enumerate(zip("xy", (7, 8))):
    print("nested", i, a, b)
for i, g in enumerate(x * x for x in range(3)):
    print("gen", i, g)
try:
    for a, b in enumerate([1, 2]), [3, 4]:
        print("odd", a, b)
except ValueError as e:
    print("ValueError:", e)
try:
    for a, b in zip([1, 2], [3, 4]), zip([5]):
        print("two zips", list(a), list(b))
except ValueError as e:
    print("ValueError:", e)

# dict items, unpacked by the FOR_ITER: order, deletion and insertion
# during the loop (RuntimeError), and values replaced in place.
d = {"a": 1, "b": 2, "c": 3}
for _ in range(3):
    print([(k, v) for k, v in d.items()], sum(v for k, v in d.items()))
e = dict.fromkeys(range(6), 0)
del e[2]
e[7] = 1
for k, v in e.items():
    e[k] = v + k
print(e)
try:
    for k, v in e.items():
        if k == 3:
            e[100] = 1
except RuntimeError as err:
    print("RuntimeError:", err)
try:
    for k, v in e.items():
        if k == 4:
            del e[5]
except RuntimeError as err:
    print("RuntimeError:", err)
print(list(e.items()))
