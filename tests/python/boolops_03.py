# Conditional expressions
def sign(n):
    return 'neg' if n < 0 else 'zero' if n == 0 else 'pos'

for n in [-5, 0, 5, -0.0, 2 ** 64, -1e-300]:
    print(n, sign(n))
x = 10
y = x * 2 if x > 5 else x / 2
print(y)
z = (1 if x else 2) + (3 if not x else 4)
print(z)
a = 'even' if x % 2 == 0 else 'odd'
print(a)
print('A' if 'a' in 'xyz' else 'B' if 'y' in 'xyz' else 'C')
