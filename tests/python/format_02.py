# str.format: attribute and item access in fields
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(3, 4)
print('({0.x}, {0.y})'.format(p))
print('({p.x}, {p.y})'.format(p=p))
print('{.x}'.format(p))

data = {'name': 'widget', 'dims': [10, 20, 30]}
print('{0[name]} {0[dims]}'.format(data))
print('{0[dims][1]}'.format(data))
print('{d[name]:>10}|'.format(d=data))
lst = ['zero', 'one', 'two']
print('{0[0]} {0[2]}'.format(lst))
print('{[1]}'.format(lst))
print('{0[1][0]}'.format(lst))

# digit-only keys are converted to int, other keys stay str
print('{0[1]}'.format({1: 'int key'}))
print('{0[-1]}'.format({'-1': 'str key "-1"'}))
try:
    '{0[1]}'.format({'1': 'str key'})
except KeyError as e:
    print('KeyError:', repr(e))

class Nested:
    def __init__(self):
        self.inner = Point('ix', 'iy')
        self.items = {'k': [7, 8]}

n = Nested()
print('{0.inner.x} {0.inner.y} {0.items[k][1]}'.format(n))

# errors
try:
    '{0.z}'.format(p)
except AttributeError as e:
    print('AttributeError:', e)
try:
    '{0[5]}'.format(lst)
except IndexError as e:
    print('IndexError:', e)
try:
    '{0[zz]}'.format(data)
except KeyError as e:
    print('KeyError:', e)

# attribute access combined with specs and conversions
print('{0.x:03d}|{0.y!r:>4}|{1[dims][2]:x}'.format(p, data))
