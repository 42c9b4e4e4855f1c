# Swap idioms and multiple assignment order
a = 1
b = 2
a, b = b, a + b
print(a, b)
for i in range(10):
    a, b = b, a + b
print(a, b)
x = [0, 1, 2, 3]
i = 0
i, x[i] = 1, 99
print(i, x)
p = [5, 6]
p[0], p[1] = p[1], p[0]
print(p)
m = [[1, 2], [3, 4]]
m[0][1], m[1][0] = m[1][0], m[0][1]
print(m)
s, t = 'ab'
s, t = t, s
print(s, t)
l = [3, 1, 2]
l[0], l[1], l[2] = l[2], l[0], l[1]
print(l)
q, (r, s) = 1, [2, 3]
print(q, r, s)
n1, n2 = divmod(47, 5)
print(n1, n2)
