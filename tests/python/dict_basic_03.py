# Dict methods: setdefault, update, copy, clear, popitem
d = {}
print(d.setdefault('a', []), d)
d.setdefault('a', []).append(1)
d.setdefault('a', []).append(2)
d.setdefault('b', 'x')
print(d)
d.update({'b': 'y', 'c': 3})
print(d)
d.update([('d', 4), ('a', 'replaced')])
print(d)
d.update(dict(e=5, f=6))
print(d)
c = d.copy()
c['g'] = 7
print(len(d), len(c), 'g' in d)
print(c.popitem(), c.popitem(), c)
c.clear()
print(c, len(c))
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
for k, v in groups.items():
    print(k, len(v), v)
