# Container protocol: __len__, __getitem__, __setitem__, __delitem__
class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = {}

    def __len__(self):
        return len(self.cells)

    def __getitem__(self, pos):
        print('get', pos)
        if pos in self.cells:
            return self.cells[pos]
        return '.'

    def __setitem__(self, pos, value):
        print('set', pos, value)
        self.cells[pos] = value

    def __delitem__(self, pos):
        print('del', pos)
        del self.cells[pos]

g = Grid(3, 3)
print(len(g))
g[0, 0] = 'X'
g[1, 2] = 'O'
print(len(g), g[0, 0], g[2, 2])
g[0, 0] = 'Y'
print(g[0, 0], len(g))
del g[1, 2]
print(len(g))
try:
    del g[5, 5]
except KeyError as e:
    print('KeyError:', e)

# slices arrive as slice objects
class Seq:
    def __getitem__(self, i):
        return i

s = Seq()
print(s[3], s['key'], s[1:4], s[::2], s[1, 2:3])

class NoItems:
    pass

try:
    NoItems()[0]
except TypeError as e:
    print('TypeError:', e)

try:
    NoItems()[0] = 1
except TypeError as e:
    print('TypeError:', e)

try:
    del NoItems()[0]
except TypeError as e:
    print('TypeError:', e)

try:
    len(NoItems())
except TypeError as e:
    print('TypeError:', e)
