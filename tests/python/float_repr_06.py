# float arithmetic: floor division and modulo with negatives
pairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (0.5, 0.25), (1.0, 0.1), (-1.0, 0.1), (5.0, 3), (-5, 3.0)]
for p in pairs:
    a = p[0]
    b = p[1]
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(-0.0 % 5.0, 0.0 % -5.0, -0.0 // 5.0)
print(6.0 % 3.0, -6.0 % 3.0, 6.0 % -3.0)
print(1e300 % 7.0, -1e300 % 7.0)
print(3.5 % float('inf'), -3.5 % float('inf'))
print(1e-300 // 1e300, 2.0 ** 0.5 % 1)
