# Basic @dataclass usage: generated __init__, __repr__, __eq__, defaults,
# default factories, fields(), __match_args__ and the default docstring.
from dataclasses import dataclass, field, fields, is_dataclass, MISSING


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass
class Polygon:
    name: str
    points: list = field(default_factory=list)
    closed: bool = True

    def add(self, p):
        self.points.append(p)
        return self


p = Point(1, 2)
print(p)
print(repr(Point(3)))
print(Point(x=5, y=-1))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(p == (1, 2))
print(Point.__eq__(p, (1, 2)))

tri = Polygon('tri').add(Point(0, 0)).add(Point(1, 0)).add(Point(0, 1))
print(tri)
sq = Polygon('sq')
print(sq.points is not tri.points, sq.points)

# Class attributes keep the plain defaults; factories leave no attribute.
print(Point.y, hasattr(Point, 'x'), hasattr(Polygon, 'points'), Polygon.closed)

# fields() works on classes and instances.
for f in fields(Polygon):
    print(f.name, f.type.__name__, f.default is MISSING,
          f.default_factory is MISSING, f.init, f.repr, f.compare, f.hash, f.kw_only)
print([f.name for f in fields(p)])

print(Point.__match_args__, Polygon.__match_args__)
print(Point.__doc__)
print(Polygon.__doc__)
print(Point.__init__.__annotations__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__init__.__name__, Point.__repr__.__name__)
print(Point.__hash__)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(3), is_dataclass(int))


def describe(shape):
    match shape:
        case Point(0, 0):
            return 'origin'
        case Point(x, 0):
            return f'on x axis at {x}'
        case Point(x=0, y=y):
            return f'on y axis at {y}'
        case Polygon(name, pts) if len(pts) > 2:
            return f'{name} with {len(pts)} points'
        case _:
            return 'something else'


for s in [Point(0, 0), Point(4, 0), Point(0, 7), Point(1, 1), tri, sq]:
    print(describe(s))

# Errors when calling the generated __init__.
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {'x': 2}), ((1,), {'z': 3})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)


# A class that defines its own __repr__ / __init__ keeps them.
@dataclass
class Custom:
    a: int
    b: str = 'b'

    def __repr__(self):
        return f'<Custom {self.a}{self.b}>'


print(Custom(1), Custom(2, 'z') == Custom(2, 'z'))


@dataclass
class Documented:
    """My own docstring."""
    v: float = 1.5


print(Documented.__doc__, Documented())


@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__, Empty.__match_args__)


# A field named "self" is allowed.
@dataclass
class Weird:
    self: int
    other: int = 2


print(Weird(1), Weird(self=3, other=4))
