# Assigning, replacing and deleting class attributes after creation
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
q = Point(3, 4)

Point.dims = 2
print(p.dims, q.dims, Point.dims)

def norm1(self):
    return abs(self.x) + abs(self.y)

Point.norm1 = norm1
print(p.norm1(), q.norm1())

def swapped(self):
    return Point(self.y, self.x)

Point.swapped = swapped
s = p.swapped()
print(s.x, s.y, s.norm1())

# replace a method: existing instances see the new one
def norm1_doubled(self):
    return 2 * (abs(self.x) + abs(self.y))

Point.norm1 = norm1_doubled
print(p.norm1(), q.norm1())

del Point.dims
print(hasattr(p, 'dims'), hasattr(Point, 'dims'))
try:
    print(p.dims)
except AttributeError as e:
    print('AttributeError:', e)

try:
    del Point.dims
except AttributeError as e:
    print('AttributeError:', e)

setattr(Point, 'label', 'pt')
print(getattr(p, 'label'), Point.label)
