# ZeroDivisionError variants: int floor division
print(7 // 2, -7 // 2, 7.0 // 2)
print(divmod(-7, 2), 0 // 5)
pairs = [(7, 2), (-7, 2), (9, -4), (10 ** 20, 3), (5, 0)]
for a, b in pairs:
    print('dividing', a, 'by', b)
    q = a // b
    r = a - q * b
    print(a, b, q, r)
print('not reached')
