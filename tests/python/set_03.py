# Set algebra: methods and operators
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a.union(b)))
print(sorted(a & b), sorted(a.intersection(b)))
print(sorted(a - b), sorted(a.difference(b)))
print(sorted(b - a))
print(sorted(a ^ b), sorted(a.symmetric_difference(b)))

# methods accept any iterable; operators need sets
print(sorted(a.union([9, 8], (7,))))
print(sorted(a.intersection(range(3))))
print(sorted(a.difference('abc')))
print(sorted(a.intersection([2, 3], [3, 4])))
print(sorted(a.difference([1], [2])))
try:
    a | [9]
except TypeError as e:
    print('TypeError:', e)
try:
    a & 'x'
except TypeError as e:
    print('TypeError:', e)

# originals unchanged
print(sorted(a), sorted(b))

# empty results
print(a & {10}, a - a, set() | set())

# chained operators and precedence: & binds tighter than ^ which is tighter than |
c = {4, 7}
print(sorted(a | b & c))
print(sorted((a | b) & c))
print(sorted(a - b - {1}))
print(sorted(a ^ b ^ c))

# frozenset results keep the type of the left operand
f = frozenset([1, 2, 3])
print(type(f | {4}).__name__, type({4} | f).__name__)
print(type(f & a).__name__, type(a - f).__name__)
print(sorted(f ^ a))
print(type(f.union([1])).__name__)
