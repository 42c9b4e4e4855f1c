# array: subclasses, copying and pickling support.
import copy
from array import array


class Vector(array):
    """A float array with vector arithmetic."""

    def __new__(cls, values=()):
        return super().__new__(cls, 'd', values)

    def dot(self, other):
        return sum(a * b for a, b in zip(self, other))

    def scaled(self, k):
        return Vector(x * k for x in self)


v = Vector([1, 2, 3])
w = Vector([4, 5, 6])
print(v, v.typecode, v.dot(w), v.scaled(0.5), isinstance(v, array))
print(type(v[0:2]).__name__, type(v + w).__name__, type(v * 2).__name__)
v.append(4)
print(v, len(v))


class Tagged(array):
    def __init__(self, typecode, values, tag=''):
        self.tag = tag


t = Tagged('i', [1, 2], tag='ids')
print(t, t.tag, t.__reduce_ex__(2))
t.extra = [1]
print(t.__reduce_ex__(2)[2])

a = array('i', [1, 2, 3])
print(a.__reduce_ex__(2))
b = copy.copy(a)
c = copy.deepcopy(a)
b.append(4)
c[0] = 100
print(a, b, c, type(b).__name__)
print(copy.copy(t).__class__.__name__, copy.copy(v))

# the copy constructor and equality
d = array('i', a)
d[0] = -1
print(a, d, a == array('i', [1, 2, 3]))
try:
    a.x = 1
except AttributeError:
    print('AttributeError: plain arrays take no attributes')
print(a.__sizeof__() >= a.itemsize * len(a))

# sorting and searching helpers work on arrays
data = array('h', [5, -1, 3, 3, 9])
print(sorted(data), sorted(data, reverse=True), data.index(3), 3 in data)
data = array('h', sorted(data))
print(data, data[len(data) // 2])
print(list(map(abs, data)), [x for x in data if x % 3 == 0])
