# Unpacking in for loops, with enumerate and zip
names = ['ann', 'bob', 'cy']
ages = [31, 27, 45]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, 1):
    print(i, name)
for name, age in zip(names, ages):
    print(name, age)
for i, (name, age) in enumerate(zip(names, ages), start=10):
    print(i, name, age)
d = {'a': 1, 'b': 2}
for k, v in d.items():
    print(k, v)
pts = [(1, 2), (3, 4), (5, 6)]
sx = 0
sy = 0
for x, y in pts:
    sx += x
    sy += y
print(sx, sy)
(a, b), (c, e) = pts[0], pts[1]
print(a, b, c, e)
[p, q] = 'pq'
print(p, q)
