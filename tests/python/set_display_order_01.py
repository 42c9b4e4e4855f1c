# Set displays of constants whose hashes collide (hash(-1) == hash(-2)):
# the printed order is CPython's only if the display is built the way
# CPython builds it (from a frozenset constant, merged into a new set).
print({-1, -2, 7})
print({-2, -1, 7})
print({7, -1, -2, 15, 23})
s = set()
s.add(-1)
s.add(-2)
s.add(7)
print(s)
print(frozenset((-1, -2, 7)), frozenset((7, -1, -2)))
a = -1
print({a, -2, 7})
print(set([-1, -2, 7]))
for x in {-1, -2, 7}:
    print(x, end=" ")
print()
print({1, 1.0, True}, {True, 1, 1.0}, {0, False, 0.0, -0.0})
print({"a", "b", "c"} == {"c", "b", "a"}, {*(-1, -2, 7)}, {*[3, 1], *{-1, -2}})
print(sorted({-5, -4, -3, -2, -1, 0, 1}))
