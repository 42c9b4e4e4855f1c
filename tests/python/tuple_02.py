# Tuple packing, unpacking, and swapping
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = 'xyz'
print(x, y, z)
p, q = [10, 20]
print(p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
i, (j, (k, l)) = 1, (2, (3, 4))
print(i, j, k, l)
first, second = range(2)
print(first, second)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
d = {}
d['x'], d['y'] = 5, 6
print(d)
for key, value in [('one', 1), ('two', 2)]:
    print(key, value)
for n, (s, t) in [(1, ('a', 'b')), (2, ('c', 'd'))]:
    print(n, s + t)
u = v = w = 0
print(u, v, w)
u += 1
print(u, v, w)
