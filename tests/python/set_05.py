# Subset / superset / disjoint and comparison operators
a = {1, 2}
b = {1, 2, 3}
c = {4}
print(a.issubset(b), b.issubset(a), a.issubset(a))
print(b.issuperset(a), a.issuperset(b), a.issuperset(a))
print(a.isdisjoint(c), a.isdisjoint(b))
print(a.issubset([1, 2, 5]), b.issuperset(range(2)), a.isdisjoint('xy'))

print(a <= b, a < b, a <= a, a < a)
print(b >= a, b > a, b >= b, b > b)
print(a == {2, 1}, a != b)

# sets are partially ordered: neither is a subset of the other
x = {1, 2}
y = {2, 3}
print(x < y, x > y, x <= y, x >= y, x == y)

# empty set is a subset of everything
e = set()
print(e <= a, e < a, e < e, e.issubset(e), e.isdisjoint(e))

# mixing set and frozenset
f = frozenset([1, 2, 3])
print(a < f, f > a, f >= b, f == b)

# comparison with non-sets
try:
    a < [1, 2, 3]
except TypeError as e2:
    print('TypeError:', e2)
print(a == [1, 2], a != (1, 2))

# sorting a list of sets by size
print([len(x) for x in sorted([{1, 2, 3}, {1}, {1, 2}], key=len)])
print(max([{1}, {1, 2}, {5}], key=len) == {1, 2})
