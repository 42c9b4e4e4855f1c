# frozenset: hashing, dict keys, set elements
f1 = frozenset([1, 2, 3])
f2 = frozenset([3, 2, 1])
print(f1 == f2, hash(f1) == hash(f2))

d = {}
d[f1] = 'one-two-three'
print(d[f2])
d[frozenset()] = 'empty'
d[frozenset(['a'])] = 'just a'
print(d[frozenset()], d[frozenset('a')], len(d))
print(frozenset([2, 1, 3]) in d, frozenset([1]) in d)

# a mutable set cannot be a dict key
try:
    d[{1}] = 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    hash(set())
except TypeError as e:
    print('TypeError:', e)

# set lookup with a set argument uses a frozenset
outer = {frozenset([1, 2]), frozenset([3])}
print({1, 2} in outer, {3} in outer, {4} in outer)
outer.discard({3})
print(len(outer))
outer.remove({1, 2})
print(len(outer))

# grouping anagrams by letter-set (not counts)
words = ['listen', 'silent', 'enlist', 'google', 'gogole', 'cat', 'act', 'tac', 'dog']
groups = {}
for w in words:
    groups.setdefault(frozenset(w), []).append(w)
for key in sorted(groups, key=lambda k: sorted(k)):
    print(''.join(sorted(key)), groups[key])

# frozenset constructor idempotence
f3 = frozenset(f1)
print(f3 == f1, len(f3), sorted(f3))
print(sorted(frozenset(range(4)) - {0}), frozenset() == set())
print(frozenset([1]) | frozenset([1]))
