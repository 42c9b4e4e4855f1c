# ValueError: NaN to int
x = float('nan')
print(x, x != x)
print(round(2.5), round(3.5))
y = x * 0
print(y, y == y)
print(x + 1, -x, abs(x))
print(int(1.9), int(-1.9))
print('converting nan')
print(int(x))
