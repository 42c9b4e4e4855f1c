# ZeroDivisionError: float division
x = 1.0
for d in [4.0, 2.0, 0.5]:
    x = x / d
    print(x)
print(x / 3, 1 / x)
print(x / -0.5, -x / 8)
d = 0.5
print('dividing by', d - 0.5)
print(x / (d - 0.5))
