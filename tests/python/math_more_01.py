# math.comb and math.perm: values, edge cases, errors
import math

for n, k in [(5, 2), (10, 0), (10, 10), (10, 11), (0, 0), (52, 5), (100, 50), (1, 1), (3, 5)]:
    print('comb', n, k, math.comb(n, k))
for n, k in [(5, 2), (10, 0), (10, 10), (10, 11), (0, 0), (6, 3), (20, 20)]:
    print('perm', n, k, math.perm(n, k))
print('perm default', math.perm(5), math.perm(0), math.perm(1))
print(math.comb(1000, 3), math.perm(1000, 3))
print(len(str(math.comb(2000, 1000))))
print(math.comb(True, False), math.perm(True))

class Index:
    def __index__(self):
        return 6
print(math.comb(Index(), 2), math.perm(Index(), Index()))

for args in [(-1, 2), (5, -2), (-3, -3)]:
    for f in (math.comb, math.perm):
        try:
            f(*args)
        except ValueError as e:
            print(f.__name__, args, type(e).__name__, e)
for args in [(5.0, 2), (5, 2.0), ('5', 2), (5, None)]:
    try:
        math.comb(*args)
    except TypeError as e:
        print('comb', args, type(e).__name__, e)
try:
    math.perm(5.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.comb(5)
except TypeError as e:
    print(type(e).__name__, e)

# Pascal's rule and the relation to perm
ok = all(math.comb(n, k) == math.comb(n - 1, k - 1) + math.comb(n - 1, k)
         for n in range(1, 30) for k in range(1, n))
print('pascal', ok)
print(all(math.perm(n, k) == math.comb(n, k) * math.factorial(k)
          for n in range(12) for k in range(n + 1)))
print([math.comb(6, k) for k in range(7)])
