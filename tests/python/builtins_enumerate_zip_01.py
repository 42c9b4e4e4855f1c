# enumerate and zip
for i, c in enumerate('abc'):
    print(i, c)
for i, c in enumerate('abc', 100):
    print(i, c)
for i, c in enumerate(['x', 'y'], start=-5):
    print(i, c)
print(list(enumerate(range(3), 1)))
for a, b in zip([1, 2, 3], [10, 20, 30]):
    print(a * b)
for a, b, c in zip('abc', 'de', 'fghi'):
    print(a, b, c)
print(list(zip(range(5), range(5, 0, -1))))
names = ['x', 'y', 'z']
vals = [1.5, 2.5, 3.5]
d = {}
for k, v in zip(names, vals):
    d[k] = v
print(d)
pairs = list(zip(names, vals))
print(pairs)
left = []
right = []
for p in pairs:
    left.append(p[0])
    right.append(p[1])
print(left, right)
e = enumerate('pq')
print(next(e), next(e), next(e, 'end'))
z = zip([1], [2])
print(next(z), next(z, 'end'))
