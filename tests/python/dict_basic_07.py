# dict() from keywords and pairs, equality, and mixed key types
d1 = dict(a=1, b=2)
d2 = dict([('a', 1), ('b', 2)])
d3 = {'b': 2, 'a': 1}
print(d1, d2, d3)
print(d1 == d2, d2 == d3, d1 == {'a': 1})
print(dict(list(d1.items()) + [('c', 3)]))
mixed = {1: 'int', 'one': 'str', (1,): 'tuple', 1.5: 'float', None: 'none', False: 'bool'}
for k in mixed:
    print(repr(k), mixed[k])
print(mixed[0], mixed[0.0], mixed[True])
print({1: 'a', 1.0: 'b', True: 'c'})
print({0: 'a', False: 'b', 0.0: 'c', -0.0: 'd'})
print(len({1: 0, 2: 0, 1.0: 0, 2.0: 0}))
counts = {}
for v in [1, 1.0, True, 2, 2.0, 0, False, 0.0]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
print({'a': 1} == {'a': True}, {'a': 0} == {'a': False}, {'a': 1} == {'a': '1'})
nested = dict(outer=dict(inner=[1, 2]))
print(nested, nested['outer']['inner'][1])
