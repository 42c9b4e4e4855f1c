# for loops with break/continue/else
for i in range(5):
    if i == 2:
        continue
    print('i', i)
else:
    print('for-else ran')
for i in range(5):
    if i == 3:
        print('breaking at', i)
        break
else:
    print('not printed')
print('i after loop', i)
for x in []:
    print('never')
else:
    print('else on empty')
def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            return d
    else:
        return None
for n in [2, 9, 13, 91, 97, 221]:
    f = find_prime_factor(n)
    if f is None:
        print(n, 'is prime')
    else:
        print(n, '=', f, '*', n // f)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=' ')
print()
