# Class hierarchy with properties and __repr__, used with sorted()/max()/min() and key lambdas
class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @property
    def area(self):
        raise NotImplementedError

    @property
    def perimeter(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area:.2f})"


class Rect(Shape):
    def __init__(self, name, w, h):
        super().__init__(name)
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.h

    @property
    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, name, side):
        super().__init__(name, side, side)

    def __repr__(self):
        return "Square<" + super().__repr__() + ">"


class Circle(Shape):
    def __init__(self, name, r):
        super().__init__(name)
        self.r = r

    @property
    def area(self):
        return 3.14159 * self.r ** 2

    @property
    def perimeter(self):
        return 2 * 3.14159 * self.r


shapes = [Rect("a", 3, 4), Square("b", 3), Circle("c", 1.5), Rect("d", 1, 10), Circle("e", 0.5)]
print("created", Shape.count)
for s in sorted(shapes, key=lambda s: s.area):
    print(s)
print("max area:", max(shapes, key=lambda s: s.area).name)
print("min perimeter:", min(shapes, key=lambda s: s.perimeter).name)
print("by perimeter desc:", [s.name for s in sorted(shapes, key=lambda s: -s.perimeter)])
print("by (class, name):", [s.name for s in sorted(shapes, key=lambda s: (type(s).__name__, s.name), reverse=True)])
print("rect-like:", [s.name for s in shapes if isinstance(s, Rect)])
print("total area: {:.3f}".format(sum(s.area for s in shapes)))
try:
    Shape("x").area
except NotImplementedError as e:
    print("abstract:", type(e).__name__)
sq = shapes[1]
try:
    sq.area = 5
except AttributeError as e:
    print("AttributeError:", e)
