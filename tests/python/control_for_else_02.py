# Iterating over different iterables
for ch in 'abc':
    print(ch, end=',')
print()
for t in (1, 'two', 3.0):
    print(t, end=';')
print()
for k in {'x': 1, 'y': 2}:
    print(k, end=' ')
print()
for n in range(10, 0, -3):
    print(n, end=' ')
print()
for n in range(-5, 5, 2):
    print(n, end=' ')
print()
for n in range(3, 3):
    print('never')
for n in reversed([1, 2, 3]):
    print(n, end=' ')
print()
for n in reversed(range(4)):
    print(n, end=' ')
print()
for n in reversed('abc'):
    print(n, end=' ')
print()
for pair in zip('ab', [1, 2], (True, False)):
    print(pair)
total = 0
for row in [[1, 2, 3], [4, 5], [6]]:
    for v in row:
        if v % 2:
            continue
        total += v
print(total)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        print(i, j)
    else:
        print('inner else never')
