# Lambdas stored in lists and dicts, called immediately, and their names
ops = {
    '+': lambda a, b: a + b,
    '-': lambda a, b: a - b,
    '*': lambda a, b: a * b,
    'max': lambda a, b: a if a > b else b,
}
for sym in ['+', '-', '*', 'max']:
    print(sym, ops[sym](7, 3))

pipeline = [lambda x: x + 1, lambda x: x * 10, lambda x: -x, str]
v = 4
for step in pipeline:
    v = step(v)
print(repr(v))

print((lambda: 'no args')())
print((lambda x, y=2: x ** y)(5))
print((lambda s: s[::-1])('stressed'))

f = lambda n: n * 2
print(f.__name__, f.__qualname__, f(21))

def outer():
    return lambda: 1
print(outer().__qualname__)

nothing = lambda: None
print(nothing())
# a lambda body is a single expression; conditional expressions work
sign = lambda n: 'neg' if n < 0 else ('zero' if n == 0 else 'pos')
print(sign(-5), sign(0), sign(9))
