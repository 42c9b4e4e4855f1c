# Chained comparisons and their short-circuiting
def v(x):
    print('eval', x)
    return x

print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) == v(1) != v(2))
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 3 < 5)
print(5 > 4 >= 4 > 3, 5 > 4 >= 5)
x = 7
print(0 <= x < 10, 10 <= x < 20, x < 10 > 5)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, a is not b)
print(None is None, None == None, None is not None)
print(True is True, (1 == 1) is True)
print('a' in 'abc', 'd' in 'abc', 'bc' in 'abc', '' in 'abc')
print(2 in [1, 2, 3], 4 not in [1, 2, 3], (1, 2) in [(1, 2)], 3 in (1, 2))
print('k' in {'k': 1}, 1 in {'k': 1}, 5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(1.0 in [1], True in [1], 0 in [False])
