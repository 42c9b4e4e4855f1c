# super() in ordinary methods, extending results level by level
class Shape:
    def describe(self):
        return ['shape']

    def area(self):
        return 0

class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def describe(self):
        return super().describe() + ['rect']

    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

    def describe(self):
        parts = super().describe()
        parts.append('square')
        return parts

    def area(self):
        base = super().area()
        return 'square of area ' + str(base)

sq = Square(3)
print(sq.describe())
print(sq.area())
print(Rect(2, 5).describe(), Rect(2, 5).area())

# super() finds attributes too, not only methods
class A:
    label = 'A-label'

class B(A):
    label = 'B-label'

    def labels(self):
        return self.label + ' / ' + super().label

print(B().labels())

# super() inside a method called on a subclass instance still starts after
# the class where the method is defined
class C(B):
    label = 'C-label'

print(C().labels())
