# Floor division, modulo, multiplication and true division on small ints
# and floats, with every sign combination and the overflow into big ints.
vals = [7, -7, 3, -3, 1, -1, 0, 140737488355327, -140737488355328]
for a in vals:
    row = []
    for b in [3, -3, 1, -1, 2, 140737488355327]:
        row.append((a // b, a % b))
    print(a, row)
print(140737488355327 * 140737488355327, -140737488355328 * 3)
print(99999 * 99999, 2**47 * 2)
for a, b in [(1.0, 3.0), (-1.0, 3.0), (0.0, -1.0), (1e308, 1e-308)]:
    print(a / b)
for a, b in [(1, 0), (1.0, 0.0), (5, 0)]:
    for op in ("//", "%", "/"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            else:
                a / b
        except ZeroDivisionError as e:
            print(op, type(a).__name__, "ZeroDivisionError:", e)
x = 10
x //= 3
y = -10
y %= 3
z = 2.0
z /= 4.0
print(x, y, z)
