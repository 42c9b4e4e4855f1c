# array: slicing, slice assignment, deletion, operators and comparisons.
from array import array

a = array('h', range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:-1], a[5:2], a[100:])
print(type(a[1:2]).__name__, a[1:2].typecode)

b = array('h', range(10))
b[2:5] = array('h', [-1, -2])
print(b)
b[0:0] = array('h', [99, 98])
print(b)
b[len(b):] = array('h', [7])
print(b)
b[1:3] = array('h')
print(b)
b[::2] = array('h', [0] * len(b[::2]))
print(b)
b[::-3] = array('h', [5] * len(b[::-3]))
print(b)
b[:] = b
print(b, len(b))
c = array('h', [1, 2, 3])
c[1:2] = c
print(c)
c[::2] = array('h')     # an empty array deletes an extended slice
print(c)


def attempt(label, func):
    try:
        print(label, '->', func())
    except (TypeError, ValueError, IndexError) as e:
        print(label, '->', type(e).__name__, e)


def assign(target, index, value):
    target[index] = value
    return target


attempt('assign list', lambda: assign(array('h', [1, 2]), slice(0, 1), [5]))
attempt('assign tuple', lambda: assign(array('h', [1, 2]), slice(0, 1), (5,)))
attempt('assign other kind', lambda: assign(array('h', [1, 2]), slice(0, 1), array('i', [5])))
attempt('extended size', lambda: assign(array('h', [1, 2, 3, 4]), slice(None, None, 2), array('h', [1])))
attempt('index assign', lambda: assign(array('h', [1]), 3, 0))
attempt('index str', lambda: assign(array('h', [1]), 'a', 0))

d = array('d', [0.5 * i for i in range(8)])
del d[1]
print(d)
del d[::2]
print(d)
del d[-1]
del d[10:20]
print(d)
attempt('del out of range', lambda: d.__delitem__(10))

# concatenation and repetition make new arrays
x = array('i', [1, 2])
y = array('i', [3])
print(x + y, y + x, x * 3, 3 * y, x * 0, x * -2, x)
attempt('add list', lambda: x + [3])
attempt('add other kind', lambda: x + array('l', [3]))
attempt('mul float', lambda: x * 1.5)
attempt('mul str', lambda: x * 'a')
try:
    [0] + x
except TypeError:
    print('radd -> TypeError')

# in-place operators change the array itself
z = x
z += array('i', [9])
z *= 2
print(z, x, z is x)
z *= 0
print(z, len(x))


def assign_iadd():
    w = array('i')
    w += [1]
    return w


attempt('iadd list', assign_iadd)

def assign_iadd_kind():
    w = array('i')
    w += array('b', [1])
    return w


attempt('iadd other kind', assign_iadd_kind)

# comparisons are lexicographic, across type codes as well
pairs = [(array('i', [1, 2]), array('i', [1, 2])),
         (array('i', [1, 2]), array('i', [1, 3])),
         (array('i', [1, 2]), array('i', [1])),
         (array('i', [1, 2]), array('d', [1.0, 2.0])),
         (array('b', []), array('b', [0])),
         (array('u', 'abc'), array('u', 'abd'))]
for p, q in pairs:
    print(p, q, p == q, p != q, p < q, p <= q, p > q, p >= q)
nan = array('d', [float('nan')])
print(nan == nan, nan != nan, array('i') == [], array('i', [1]) != (1,))
# (the messages name the type, which CPython spells 'array.array')
for label, func in (('lt list', lambda: array('i') < [1]),
                    ('hash', lambda: hash(array('i')))):
    try:
        func()
    except TypeError:
        print(label, '-> TypeError')
