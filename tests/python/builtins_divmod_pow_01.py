# divmod and pow
for a in [17, -17, 0, 2 ** 65, -(2 ** 65)]:
    for b in [5, -5, 7, -2 ** 33]:
        print(a, b, divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5), divmod(0.0, 3))
print(divmod(True, 2))
print(pow(2, 8), pow(2, -2), pow(-2, 3), pow(2.0, 0.5), pow(0, 0), pow(1.5, 2))
print(pow(5, 3, 13), pow(5, 0, 1), pow(-7, 5, 11), pow(7, -1, 10), pow(2, 10 ** 18, 10 ** 9 + 9))
print(pow(10, 20), pow(10, -20), pow(2, 200, 2 ** 100 + 1))
print(pow(8, 1 / 3), pow(-8.0, 2))
