# with ... as (tuple unpacking) and managers returning various values
class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __enter__(self):
        return self.a, self.b

    def __exit__(self, *exc):
        print('exit Pair', self.a, self.b)

with Pair(1, 2) as (x, y):
    print('x =', x, 'y =', y)

with Pair('k', [3, 4]) as (key, (p, q)):
    print(key, p, q)

with Pair(10, 20) as (first, *rest):
    print(first, rest)

with Pair(10, 20) as [l0, l1]:
    print(l0 + l1)

# unpacking mismatch raises after __enter__, so __exit__ sees the error
class Triple:
    def __enter__(self):
        return (1, 2, 3)

    def __exit__(self, t, v, tb):
        print('exit Triple sees', t.__name__ if t else None)
        return False

try:
    with Triple() as (a, b):
        print('not reached')
except ValueError as e:
    print('ValueError:', e)

# a manager that provides a dict-like scratch area
class Scope:
    def __init__(self):
        self.vars = {}

    def __enter__(self):
        return self.vars

    def __exit__(self, *exc):
        print('scope had', sorted(self.vars.items()))

with Scope() as v:
    v['a'] = 1
    v['b'] = 2

# multiple managers with unpacking each
with Pair(1, 2) as (a1, a2), Pair(3, 4) as (b1, b2):
    print(a1 + b1, a2 + b2)
