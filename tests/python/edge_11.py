# Integer/float formatting with round()
values = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375]
for v in values:
    print(v, round(v), round(v, 2), round(v, 1))

print(round(12345, -2), round(12350, -2), round(12450, -2), round(-15, -1), round(25, -1))
print(round(1234.5678, -2), round(1234.5678, 3), round(-0.0), round(0.0, 2))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 2)), round(7, 2))
print(round(1e20), round(1.23456789e-5, 8))
print(round(2.5, None), round(True), round(5, -5))

for x in [3.14159, 2.0, 1e-7, 123456789.0, -0.001, 1 / 3]:
    print(f"{x:.3f}|{x:.2e}|{x:g}|{x:10.4}|{x:<10.2f}|{x:+.1%}")

for i in [0, 7, -42, 1234567, 255]:
    print(f"{i:5d}|{i:<5}|{i:^7}|{i:+d}|{i:,}|{i:x}|{i:#o}|{i:08b}")

print(format(1234567.891, ",.2f"), format(1234567, "_d"), format(0.000123, ".2g"))
print(format(100, "e"), format(5, ".3f"), format(-7.5, "=+10.2f"), format(3, "*^9"))
print(str(0.1 + 0.2), repr(1 / 3), str(1e16), str(1e15), str(-0.0), str(2.0 ** 60))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), int(2.9), int(-2.9))
print(divmod(7.5, 2), 7.5 // 2, -7.5 // 2, 7 % -3, -7 % 3)
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError:", e)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 1))
