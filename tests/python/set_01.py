# Set literals, set(), len, membership, repr of small sets
empty = set()
print(empty, len(empty))
print(repr(empty), str(empty))
one = {1}
print(one, len(one))
print({'a'}, {(1, 2)}, {None})
print(frozenset(), frozenset({1}), frozenset(['x']))
print(type({1, 2}).__name__, type(frozenset()).__name__)

s = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}
print(len(s), sorted(s))
print(4 in s, 7 in s, 7 not in s)

# duplicates collapse; equal numbers are the same element
print(len({1, 1.0, True}), sorted({1, 1.0, True}))
print(len({0, False, 0.0, -0.0}))
print(sorted(set('mississippi')))
print(sorted(set([3, 2, 3, 1])), sorted(set((5, 5, 4))))
print(sorted(set(range(5))))
print(sorted(set({'k1': 1, 'k2': 2})))

# iteration
total = 0
for x in {10, 20, 30}:
    total += x
print(total)

# {} is a dict, not a set
print(type({}).__name__)

# sets hold only hashable things
try:
    {[1, 2]}
except TypeError as e:
    print('TypeError:', e)
try:
    set([{}, 1])
except TypeError as e:
    print('TypeError:', e)

# equality ignores order and type set/frozenset
print({1, 2, 3} == {3, 2, 1}, {1, 2} == frozenset([2, 1]), {1} == [1])
print(set() == frozenset(), {1, 2} != {1, 2, 3})

# truthiness
print(bool(set()), bool({0}))
