# Wrong argument counts for __init__ and methods
class Pair:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def scale(self, k):
        return Pair(self.x * k, self.y * k)

p = Pair(1, 2)
q = p.scale(3)
print(q.x, q.y)

try:
    Pair(1)
except TypeError as e:
    print('TypeError:', e)

try:
    Pair(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)

try:
    p.scale()
except TypeError as e:
    print('TypeError:', e)

try:
    Pair.scale(2)
except TypeError as e:
    print('TypeError:', e)

try:
    Pair(1, 2, z=3)
except TypeError as e:
    print('TypeError:', e)

class Empty:
    pass

try:
    Empty(1)
except TypeError as e:
    print('TypeError:', e)

class BadInit:
    def __init__(self):
        return 5

try:
    BadInit()
except TypeError as e:
    print('TypeError:', e)
