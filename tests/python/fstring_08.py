# f-strings: evaluation order, side effects, scoping
calls = []

def trace(v):
    calls.append(v)
    return v

s = f'{trace(1)}-{trace(2)}-{trace(3)}'
print(s, calls)

# the format spec expressions evaluate after the value
calls.clear()
s = f'{trace("v"):{trace(">")}{trace(5)}}'
print(repr(s), calls)

# closures and comprehensions inside f-strings
def outer():
    prefix = 'pre'
    return [f'{prefix}-{i}' for i in range(3)]

print(outer())

def make_fmt(width):
    def fmt(v):
        return f'{v:>{width}}'
    return fmt

f5 = make_fmt(5)
print('[' + f5('ab') + ']', '[' + f5(123) + ']')

# methods and attributes
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'

    def __str__(self):
        return f'({self.x}, {self.y})'

    def describe(self):
        return f'{self} at distance {(self.x ** 2 + self.y ** 2) ** 0.5:.3f}'

pt = Point(3, 4)
print(pt, repr(pt))
print(pt.describe())
print(f'{pt.x}/{pt.y} {pt!r} {[pt, Point("a", None)]}')

# exceptions inside f-string expressions propagate
try:
    f'{1 / 0}'
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    f'{undefined_name}'
except NameError as e:
    print('NameError:', e)

# dict access with various quote styles
d = {'key': 'value', 1: 'one'}
print(f"{d['key']} {d[1]}")
print(f'''{d["key"]}''')
print(f'{len(d):03}')

# an f-string producing a very long string
print(len(f'{"x" * 1000}{"y":>500}'))
