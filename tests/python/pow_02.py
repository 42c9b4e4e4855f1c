# Powers producing big ints, and float powers
for e in [10, 31, 32, 47, 48, 53, 62, 63, 64, 65, 100, 128]:
    print(e, 2 ** e, (-2) ** e, 2 ** e - 1)
print(3 ** 40, 5 ** 30, 7 ** 25)
print(10 ** 100)
print(2.0 ** 0.5 * 2.0 ** 0.5)
print(1.0001 ** 10000)
print(0.999 ** 1000)
print((1 + 1 / 1000000) ** 1000000)
print(2 ** 1023 * 2 == 2 ** 1024, float(2 ** 1023))
