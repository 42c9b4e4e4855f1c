# Identity and equality of small and big values
a = 1000
b = 1000
print(a == b)
x = None
print(x is None, x is not None, x == None)
t = True
f = False
print(t is True, f is False, t is not f)
l = []
print(l == [], l is l, not l)
print(1 == 1.0, 1 != 1.0)
print(0 == -0, 0.0 == -0.0, float('inf') == float('inf'))
print(True == 1, False == 0, True == 1.0, True != 2)
print(2 ** 100 == 2 ** 100, 2 ** 100 != 2 ** 100 + 1)
print(-0.0 == 0, 1e0 == 1)
print((1, 2, 3) == (1, 2, 3), (1, (2, 3)) == (1, (2, 3)))
print([1, [2, [3]]] == [1, [2, [3]]])
