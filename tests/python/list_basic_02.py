# List indexing, assignment, and deletion
l = list(range(10))
l[0] = 'zero'
l[-1] = 'nine'
print(l)
l[2:5] = ['a', 'b']
print(l)
l[1:1] = [100, 200, 300]
print(l)
l[::2] = [0] * len(l[::2])
print(l)
l[:] = [1, 2, 3]
print(l)
l[len(l):] = [4, 5]
print(l)
del l[0]
print(l)
del l[-1]
print(l)
del l[1:3]
print(l)
m = list(range(12))
del m[::3]
print(m)
m[1:4] = []
print(m)
m[-2:] = 'xy'
print(m)
m[5:2] = [7]
print(m)
n = [[0] * 3, [0] * 3]
n[1][2] = 5
n[0][0] = n[1][2] + 1
print(n)
