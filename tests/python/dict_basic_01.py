# Dict basics: creation, access, update, iteration order
d = {'one': 1, 'two': 2, 'three': 3}
print(d, len(d))
print(d['two'], d.get('two'), d.get('four'), d.get('four', 4))
d['four'] = 4
d['one'] = 'uno'
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
for k in d:
    print(k, d[k])
del d['two']
print(d, 'two' in d, 'three' in d)
print(d.pop('three'), d.pop('missing', 'dflt'), d)
e = {}
e[1] = 'int'
e[2.5] = 'float'
e[(1, 2)] = 'tuple'
e[None] = 'none'
e[True] = 'bool-overwrites-int'
print(e)
print(dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict(), dict({'k': 'v'}))
print({} == dict(), {'a': 1} == {'a': 1.0})
