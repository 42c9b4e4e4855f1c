# Dict equality, nesting, keys/values/items views
a = {'x': 1, 'y': 2}
b = {'y': 2, 'x': 1}
print(a == b, a != b, a is b)
nested = {'outer': {'inner': {'deep': [1, 2, {'k': 'v'}]}}}
print(nested['outer']['inner']['deep'][2]['k'])
nested['outer']['inner']['new'] = 5
print(nested)
keys = a.keys()
vals = a.values()
items = a.items()
print(len(keys), len(vals), len(items))
print('x' in keys, 1 in vals, ('x', 1) in items, ('x', 2) in items)
print(list(keys), list(vals), list(items))
a['z'] = 3
print(list(keys), list(vals))
total = 0
for v in a.values():
    total += v
print(total, sum(a.values()), max(a.values()), min(a))
d = dict(zip(['a', 'b', 'c'], [1, 2, 3]))
print(d)
print(dict(enumerate('xyz')))
print(list(reversed(list(d.items()))))
