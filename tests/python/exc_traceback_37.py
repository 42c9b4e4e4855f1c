# ZeroDivisionError: integer modulo
print(10 % 3, -10 % 3, 10 % -3)
print(10 % 1, 0 % 7)
results = []
for b in [5, 3, 2, 1, 0]:
    print('b =', b)
    r = 10 % b
    results.append(r)
    print('10 %', b, '=', r, 'so far', results)
print('not reached')
