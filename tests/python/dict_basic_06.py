# Deleting from dicts, order after re-insert
d = {}
for i in range(8):
    d[i] = i * i
print(d)
del d[3]
del d[0]
print(d)
d[3] = 'back'
d[0] = 'again'
print(d)
print(list(d))
print(d.pop(5), d)
k, v = d.popitem()
print(k, v, d)
for key in list(d.keys()):
    if isinstance(key, int) and key % 2 == 0:
        del d[key]
print(d)
d.clear()
d['fresh'] = 1
print(d)
x = {'a': 1}
y = x
y['b'] = 2
print(x)
z = dict(x)
z['c'] = 3
print(x, z)
