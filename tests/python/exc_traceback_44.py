# KeyError: popitem on an empty dict
d = {'a': 1, 'b': 2}
print(d.popitem())
print(d)
d['c'] = 3
print(d.popitem(), d.popitem())
print(d, len(d))
print(d.pop('x', 'no x'))
print('popitem on empty dict')
print(d.popitem())
