# Uncaught AttributeError on a user object (no close name, so no hint)
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y)
print(p.elevation)
