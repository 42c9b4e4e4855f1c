# Round trip: float(repr(x)) == x, and digit counts
xs = [0.1, 1 / 3, 2 / 3, 1e23, 5e-324, 1.7976931348623157e308, 0.1 + 0.2, 123.456, 9.87654321e-12, 314159.26535]
for x in xs:
    r = repr(x)
    print(r, float(r) == x, len(r))
acc = 0.0
for i in range(10):
    acc += 0.1
    print(i, acc)
print(acc == 1.0, acc)
y = 1.0
for i in range(12):
    y = y * 3.7
    print(y)
z = 1.0
for i in range(8):
    z = z / 3.3
    print(z)
