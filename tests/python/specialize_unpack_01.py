# UNPACK_SEQUENCE specialized for two-tuples, tuples and lists must fall
# back for every other shape, with CPython's errors.


def pairs(items):
    out = []
    for item in items:
        try:
            a, b = item
            out.append((b, a))
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


class MyTuple(tuple):
    def __iter__(self):
        return iter(("x", "y"))


def gen():
    yield 1
    yield 2


print(pairs([(1, 2)] * 5 + [[3, 4], (5, 6, 7), (8,), "ab", MyTuple((1, 2)), gen(), {9: 0, 10: 0}, 5, (11, 12)]))


def triples(items):
    out = []
    for item in items:
        try:
            a, b, c = item
            out.append(c)
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


print(triples([(1, 2, 3)] * 4 + [[4, 5, 6]] * 4 + [(1, 2), [1, 2, 3, 4], range(3), "xyz", (7, 8, 9)]))


# A list that changes length between uses at the same site.
xs = [1, 2]
for i in range(6):
    try:
        p, q = xs
        print("ok", p, q)
    except ValueError as e:
        print("ValueError:", e)
    if i == 2:
        xs.append(3)
    if i == 4:
        xs.pop()

# Swaps and nested targets.
a, b = 1, 2
for _ in range(10):
    a, b = b, a + b
print(a, b)
(x, (y, z)), w = (1, (2, 3)), 4
print(x, y, z, w)
