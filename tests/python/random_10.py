# random: sample() (pool and set strategies, counts=) and shuffle(), edge
# cases (k=0, empty, whole population) and error messages.
import random


def attempt(label, func, *args, **kwargs):
    try:
        print(label, '->', func(*args, **kwargs))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


r = random.Random(31337)

print('sample list:', r.sample([1, 2, 3, 4, 5, 6, 7, 8], 3))
print('sample str:', r.sample('abcdefghijklmnop', 5))
print('sample tuple:', r.sample(('x', 'y', 'z'), 2))
print('sample range:', r.sample(range(10, 1000, 10), 6))
print('sample bytes:', r.sample(b'hello world', 4))
print('sample k=0:', r.sample([1, 2, 3], 0), r.sample([], 0), r.sample(range(0), k=0))
print('sample whole:', r.sample(range(12), 12))
print('sample keyword k:', r.sample(population=[5, 6, 7], k=2))
print('sample big range (set strategy):', r.sample(range(10**12), 5))
print('sample 6 from 30 (set strategy):', r.sample(range(30), 6))
print('sample 6 from 100:', r.sample(range(100), 6))
print('sample 50 from 100 (pool):', r.sample(range(100), 50))
print('sample 50 from 200 (set):', r.sample(range(200), 50))
print('sample duplicates:', sorted(r.sample([1, 1, 1, 2], 4)))

population = list(range(20))
drawn = r.sample(population, 20)
print('permutation:', sorted(drawn) == population, population == list(range(20)))
print('unique:', len(set(r.sample(range(1000), 300))))

# counts= expands each member by its multiplicity.
print('counts:', r.sample(['red', 'blue'], counts=[4, 2], k=5))
print('counts all:', sorted(r.sample('abc', counts=[1, 2, 3], k=6)))
print('counts zero entries:', r.sample('abcd', counts=[0, 3, 0, 1], k=3))
print('counts k=0:', r.sample('ab', k=0, counts=[1, 1]))
print('counts generator:', r.sample('ab', k=2, counts=(c for c in [2, 2])))
print('counts bool:', r.sample('ab', 1, counts=[True, False]))
r1 = random.Random(5)
r2 = random.Random(5)
print('counts equivalence:', r1.sample(['x', 'y'], counts=[3, 2], k=4),
      r2.sample(['x', 'x', 'x', 'y', 'y'], k=4))

# The sequence check: dicts, sets and iterators are rejected.
attempt('sample(set)', r.sample, {1, 2, 3}, 2)
attempt('sample(frozenset)', r.sample, frozenset([1, 2]), 1)
attempt('sample(dict)', r.sample, {'a': 1, 'b': 2}, 1)
attempt('sample(iter)', r.sample, iter([1, 2, 3]), 1)
attempt('sample(generator)', r.sample, (i for i in range(3)), 1)
attempt('sample(5)', r.sample, 5, 1)
attempt('sample(None)', r.sample, None, 1)
attempt('sample too many', r.sample, [1, 2, 3], 4)
attempt('sample negative', r.sample, [1, 2, 3], -1)
attempt('sample empty', r.sample, [], 1)
attempt('sample k float', r.sample, [1, 2, 3], 2.0)
attempt('sample k str', r.sample, [1, 2, 3], '2')
attempt('sample no k', r.sample, [1, 2, 3])
attempt('sample counts mismatch', r.sample, 'abc', 2, counts=[1, 2])
attempt('sample counts float', r.sample, 'ab', 2, counts=[1.0, 2.0])
attempt('sample counts float first', r.sample, 'ab', 1, counts=[1.5, 2])
attempt('sample counts zero', r.sample, 'ab', 1, counts=[0, 0])
attempt('sample counts negative', r.sample, 'ab', 1, counts=[3, -5])
attempt('sample counts too many k', r.sample, 'ab', 4, counts=[1, 2])
attempt('sample counts not iterable', r.sample, 'ab', 1, counts=3)
attempt('sample counts empty', r.sample, '', 1, counts=[])
attempt('sample counts str', r.sample, 'ab', 1, counts=['1', '2'])

# shuffle().
items = list(range(10))
print('shuffle returns:', r.shuffle(items), items)
empty = []
r.shuffle(empty)
one = ['x']
r.shuffle(one)
print('shuffle tiny:', empty, one)
two = [1, 2]
results = set()
for _ in range(50):
    two = [1, 2]
    r.shuffle(two)
    results.add(tuple(two))
print('shuffle two:', sorted(results))
letters = list('abcdefghijklmnopqrstuvwxyz')
r.shuffle(letters)
print('shuffle letters:', ''.join(letters), sorted(letters) == list('abcdefghijklmnopqrstuvwxyz'))
data = bytearray(b'abcdef')
r.shuffle(data)
print('shuffle bytearray:', data)
attempt('shuffle(tuple)', r.shuffle, (1, 2, 3))
attempt('shuffle(str)', r.shuffle, 'abc')
attempt('shuffle(5)', r.shuffle, 5)
attempt('shuffle(range)', r.shuffle, range(3))
attempt('shuffle(random=...)', r.shuffle, [1, 2], random=lambda: 0.5)

# Same seed, same shuffle.
a = list(range(30))
b = list(range(30))
random.Random('s').shuffle(a)
random.Random('s').shuffle(b)
print('reproducible:', a == b, a[:10])
