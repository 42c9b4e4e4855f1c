# property() called directly, with fget/fset/fdel and a docstring
class Box:
    def __init__(self):
        self._w = 0

    def get_w(self):
        return self._w

    def set_w(self, v):
        self._w = max(0, v)

    def del_w(self):
        self._w = 0

    width = property(get_w, set_w, del_w, 'the width')
    read_only = property(get_w)

b = Box()
b.width = 5
print(b.width, b.read_only)
b.width = -3
print(b.width)
b.width = 8
del b.width
print(b.width)
print(Box.width.__doc__)
print(Box.width.fget is Box.get_w, Box.width.fset is Box.set_w, Box.read_only.fset)
try:
    b.read_only = 1
except AttributeError as e:
    print('AttributeError:', e)

# properties are inherited and can be overridden
class Big(Box):
    @property
    def width(self):
        return self._w * 100

g = Big()
g._w = 2
print(g.width, g.read_only)
try:
    g.width = 1
except AttributeError as e:
    print('AttributeError:', e)
