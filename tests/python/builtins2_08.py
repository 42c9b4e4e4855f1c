# dict methods, dict union, dict views set operations, tuple count/index
d = {'a': 1}
print(d.setdefault('a', 100), d.setdefault('b', 2), d.setdefault('c'), d)
print(d.popitem(), d)
print(dict.fromkeys(['x', 'y']), dict.fromkeys('ab', 0))
shared = dict.fromkeys(['p', 'q'], [])
shared['p'].append(1)
print(shared)
d.update({'z': 26}, y=25)
d.update([('w', 23)])
d.update(a=-1)
print(d)
print(d.get('z'), d.get('nope'), d.get('nope', 'dflt'))
print(d.pop('z'), d.pop('nope', 'gone'), d)
try:
    d.pop('nope')
except KeyError as e:
    print('KeyError:', e)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError:', e)

a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a)
a |= b
print(a)
a |= [('q', 0)]
print(a)
try:
    a | [('r', 1)]
except TypeError as e:
    print('TypeError:', e)

k1 = {'a': 1, 'b': 2, 'c': 3}.keys()
print(sorted(k1 & {'b', 'c', 'd'}), sorted(k1 | {'z'}), sorted(k1 - {'a'}), sorted(k1 ^ {'a', 'q'}))
print(k1 & {'b'}, type(k1 & {'b'}).__name__, k1.isdisjoint({'x'}), {'a', 'b'} <= k1)
items = {'a': 1, 'b': 2}.items()
print(items & {('a', 1), ('b', 3)}, ('b', 2) in items, ('b', 3) in items)
print(k1 == {'a', 'b', 'c'}, len(k1), list(reversed(k1)))

t = (1, 2, 1, 3, 1)
print(t.count(1), t.count(9), t.index(3), t.index(1, 1), t.index(1, 3, 5))
try:
    t.index(9)
except ValueError as e:
    print('ValueError:', e)
