# Unpacking in for loops with nested tuples and starred targets
pairs = [(1, ("a", "b")), (2, ("c", "d"))]
for n, (first, second) in pairs:
    print(n, first, second)

points = {"p": (1, 2), "q": (3, 4)}
for name, (x, y) in sorted(points.items()):
    print(f"{name}: x={x} y={y}")

for i, (a, (b, c)) in enumerate([(1, (2, 3)), (4, (5, 6))]):
    print(i, a + b + c)

for head, *tail in ["abc", "de", "f"]:
    print(repr(head), tail)

for *init, last in [(1, 2, 3), [4], "xy"]:
    print(init, last)

for (a, b), [c, *d] in [((1, 2), [3, 4, 5]), ("xy", "z")]:
    print(a, b, c, d)

matrix = [[1, 2, 3], [4, 5, 6]]
for row_index, [left, _, right] in enumerate(matrix):
    print(row_index, left, right)

for k, v in zip("abc", range(3)):
    pass
print("after loop:", k, v)

d = {}
for d["key"], d["other"] in [(1, 2), (3, 4)]:
    pass
print(d)


class Target:
    pass


t = Target()
for t.x, t.y in [(10, 20)]:
    pass
print(t.x, t.y)
lst = [0, 0, 0]
for i, lst[i] in enumerate("xyz"):
    pass
print(lst)


def attempt(rows):
    try:
        for a, (b, c) in rows:
            print("  ok", a, b, c)
    except (ValueError, TypeError) as e:
        print("  " + type(e).__name__ + ":", e)


attempt([(1, (2, 3)), (4, (5, 6, 7))])
attempt([(1, (2,))])
attempt([(1, 2)])
attempt([(1, (2, 3), 4)])
attempt([(1,)])
try:
    for a, *b, c in [(1,)]:
        pass
except ValueError as e:
    print("ValueError:", e)
print([(x, y) for x, (y, _) in [(1, (2, 3)), (4, (5, 6))]])
print({k: v for (k, _), v in [(("a", 0), 1), (("b", 0), 2)]})
