# Star-unpacking in calls and displays, dict merging order and duplicate keys
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"


a = [1, 2]
b = (3,)
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print(show(*a, *b, 4))
print(show(0, *a, *"ab", *range(2)))
print(show(**d1, **{"w": 0}))
print(show(*a, k=1, **d2))
try:
    show(**d1, **{"x": 99})
except TypeError as e:
    print("TypeError:", e)
print({**d1, **d2}, {**d2, **d1})
print({"y": 0, **d1, "y": -1})
print(d1 | d2, d2 | d1)
merged = dict(d1)
merged |= {"x": "new", "q": None}
print(merged, list(merged))
print({"a": 1, "a": 2, "b": 3})
print([*a, *b, *"cd"], (*a,), {*a} == {1, 2}, [*{}.keys()], [*d1])
first, *middle, last = [*range(5)]
print(first, middle, last)
*init, = "xyz"
print(init)
print(dict(d1, extra=True), dict([("k", 1)], k=2))
print(dict(zip("abc", range(3)), **{"d": 3}))


def kw_only(*, x, y=0):
    return x + y


print(kw_only(**{"x": 5}), kw_only(**d1))
try:
    kw_only(**d2)
except TypeError as e:
    print("TypeError:", e)
try:
    show(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**[1, 2])
except TypeError as e:
    print("TypeError:", e)
print(max(*a, *b), print(*[], sep="-") is None)
print(*"abc", sep="|")
print(*[1, 2], *(), **{"sep": ", ", "end": " <end>\n"})
