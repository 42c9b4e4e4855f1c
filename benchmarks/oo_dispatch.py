# Measures object-oriented method dispatch: virtual calls through a small class hierarchy of shapes,
# overridden methods, super() calls, properties and isinstance checks.

N_SHAPES = 3000
ROUNDS = 300


class Shape:
    kind = "shape"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def area(self):
        return 0

    def perimeter(self):
        return 0

    def weight(self):
        # A template method: calls the overridden area() and perimeter().
        return self.area() * 3 + self.perimeter()

    def moved(self, dx, dy):
        self.x += dx
        self.y += dy
        return self

    def describe(self):
        return self.kind


class Rect(Shape):
    kind = "rect"

    def __init__(self, x, y, w, h):
        super().__init__(x, y)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    kind = "square"

    def __init__(self, x, y, side):
        super().__init__(x, y, side, side)

    def perimeter(self):
        return 4 * self.w


class Circle(Shape):
    kind = "circle"

    def __init__(self, x, y, r):
        Shape.__init__(self, x, y)
        self.r = r

    def area(self):
        # integer approximation of pi * r * r, keeps the checksum exact
        return self.r * self.r * 355 // 113

    def perimeter(self):
        return 2 * self.r * 355 // 113

    @property
    def diameter(self):
        return 2 * self.r


class Triangle(Shape):
    kind = "triangle"

    def __init__(self, x, y, a, b, c):
        super().__init__(x, y)
        self.a = a
        self.b = b
        self.c = c

    def perimeter(self):
        return self.a + self.b + self.c

    def area(self):
        # 16 * area^2 by Heron's formula, kept integral
        a, b, c = self.a, self.b, self.c
        return (a + b + c) * (-a + b + c) * (a - b + c) * (a + b - c) // 64


class Labeled(Shape):
    """Wraps another shape and delegates to it."""
    kind = "labeled"

    def __init__(self, inner, label):
        super().__init__(inner.x, inner.y)
        self.inner = inner
        self.label = label

    def area(self):
        return self.inner.area() + len(self.label)

    def perimeter(self):
        return self.inner.perimeter()

    def describe(self):
        return self.label + ":" + self.inner.describe()


class Visitor:
    def visit(self, shape):
        return getattr(self, "visit_" + shape.kind, self.generic)(shape)

    def generic(self, shape):
        return 1


class CountingVisitor(Visitor):
    def __init__(self):
        self.counts = {}

    def generic(self, shape):
        k = shape.kind
        self.counts[k] = self.counts.get(k, 0) + 1
        return 2

    def visit_circle(self, shape):
        return shape.diameter

    def visit_square(self, shape):
        return shape.w


def make_shapes(n, seed):
    shapes = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        k = x % 5
        a = 1 + (x >> 8) % 50
        b = 1 + (x >> 14) % 50
        if k == 0:
            s = Rect(i, -i, a, b)
        elif k == 1:
            s = Square(i, i, a)
        elif k == 2:
            s = Circle(-i, i, a)
        elif k == 3:
            lo, hi = min(a, b), max(a, b)
            s = Triangle(i, 0, lo, hi, hi)
        else:
            s = Labeled(Circle(0, i, a) if b % 2 else Rect(i, 0, a, b), "L" + str(b))
        shapes.append(s)
    return shapes


def main():
    shapes = make_shapes(N_SHAPES, 7)
    total = 0
    for r in range(ROUNDS):
        for s in shapes:
            total += s.area() + s.perimeter()
            total += s.weight()
            s.moved(1, -1)
            if isinstance(s, Rect):
                total += s.w - s.h
            elif isinstance(s, Circle):
                total += s.diameter
        total %= 1000000007
    v = CountingVisitor()
    vis = 0
    for r in range(ROUNDS):
        for s in shapes:
            vis += v.visit(s)
    kinds = {}
    for s in shapes:
        d = s.describe()
        kinds[d] = kinds.get(d, 0) + 1
    pos = 0
    for s in shapes:
        pos += s.x * 3 + s.y
    top = sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
    print("oo_dispatch", N_SHAPES, len(kinds), top)
    print("visitor", vis, sorted(v.counts.items()))
    print("oo_dispatch checksum", (total * 31 + vis * 7 + pos) % 1000000007)


main()
