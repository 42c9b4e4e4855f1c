# len and range
print(len(''), len('abc'), len('日本'), len([]), len([1, [2, 3]]), len(()), len((1,)), len({}), len({'a': 1}))
print(len(range(10)), len(range(0)), len(range(5, 1)), len(range(0, 10, 3)), len(range(10, 0, -3)))
print(len(range(-2 ** 40, 2 ** 40, 2 ** 20)))
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 4)), list(range(5, 0, -1)), list(range(0, -5, -2)))
print(range(5), range(1, 5), range(1, 10, 2), range(0))
print(list(range(0)), list(range(3, 3)), list(range(3, 0)))
r = range(3, 30, 7)
print(r[0], r[-1], r[1:], 10 in r, 17 in r, len(r))
print(list(reversed(r)), sum(r), max(r), min(r))
print(range(0, 10) == range(0, 10), range(0) == range(5, 5))
big = range(10 ** 20, 10 ** 20 + 5)
print(len(big), big[2], list(big)[-1])
s = 0
for i in range(1, 1000, 7):
    s += i
print(s)
