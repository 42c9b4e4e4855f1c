# Integer division, modulo and bool arithmetic with negative operands
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, -1), (6, 3)]
for a, b in pairs:
    q, r = divmod(a, b)
    assert q * b + r == a
    print(f"{a:>3} // {b:>2} = {a // b:>3}   {a:>3} % {b:>2} = {a % b:>3}   divmod={divmod(a, b)}")

for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.5, 1)]:
    print(a, b, a // b, a % b, divmod(a, b))

print(-7 // 2 == -(7 // 2), int(-7 / 2), -(-7 // 2), -7 % -2)
print((2 ** 70) // -3, (2 ** 70) % -3, -(2 ** 70) % 7)
print(True + True, True * 10, False - 1, -True, ~True, True / 2, True // 2)
print(sum([True, False, True, True]), True == 1, False == 0, (True is True) == 1)
print(isinstance(True, int), type(True + 0), type(True & False), True & 3, True | 2, True ^ True)
print(abs(-7) % 3, pow(-7, 1, 3), pow(3, -1, 7), pow(-2, 3), pow(2, -1))
print(round(-7 / 2), round(7 / 2), -7 >> 1, 7 >> 1, -1 >> 10, 1 << 3)
print(5 % 0.5, -5 % 3.0, 0.0 % -1, -0.0 // 1)
cases = [
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("1.0 // 0", lambda: 1.0 // 0),
    ("5 % 0.0", lambda: 5 % 0.0),
    ("0 ** -1", lambda: 0 ** -1),
]
for text, thunk in cases:
    try:
        thunk()
    except ZeroDivisionError as e:
        print(f"{text}: ZeroDivisionError: {e}")
