# Aliasing and nested lists
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b)
c = a[:]
c.append(5)
print(a, c)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = []
for i in range(3):
    grid2.append([0] * 3)
grid2[0][0] = 1
print(grid2)
nested = [1, [2, [3, [4, [5]]]]]
print(nested[1][1][1][1][0], len(nested), nested[1][1])
x = nested
depth = 0
while isinstance(x, list):
    depth += 1
    x = x[-1]
print(depth, x)
lst = [3, 'a', 2.5, None, True, [1], (2,), {'k': 'v'}]
print(lst)
print(len(lst), lst[-1]['k'], lst[5][0], lst[6][0])
e = []
e.append(1)
print(e)
