# In-place set operations and update methods
s = {1, 2, 3}
alias = s
s |= {4, 5}
print(sorted(s), alias is s)
s &= {2, 3, 4, 5, 6}
print(sorted(s))
s -= {5}
print(sorted(s))
s ^= {4, 7}
print(sorted(s))
print(alias is s, sorted(alias))

t = {1}
t.update([2, 3], 'ab')
print(sorted(t, key=str))
t.intersection_update([1, 2, 'a', 'z'])
print(sorted(t, key=str))
t.difference_update(['a'])
print(sorted(t))
t.symmetric_difference_update([2, 9])
print(sorted(t))
print(t.update(), sorted(t))

# in-place on a frozenset rebinds to a new object
f = frozenset([1, 2])
g = f
f |= {3}
print(sorted(f), sorted(g), f is g, type(f).__name__)

# |= with a non-set fails
u = {1}
try:
    u |= [2]
except TypeError as e:
    print('TypeError:', e)
print(sorted(u))

# building up sets in loops
seen = set()
dups = set()
for ch in 'abracadabra':
    if ch in seen:
        dups.add(ch)
    seen.add(ch)
print(sorted(seen), sorted(dups))

vowels = set('aeiou')
words = ['apple', 'sky', 'queue', 'rhythm']
for w in words:
    v = vowels & set(w)
    print(w, len(v), sorted(v))
