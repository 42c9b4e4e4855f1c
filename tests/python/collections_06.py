# namedtuple: records with names, defaults, helpers.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p))
print(Point(x=1, y=2), Point(5, y=6), Point(*[7, 8]), Point(**{"y": 1, "x": 0}))
x, y = p
print(x + y, p == (3, 4), p == Point(3, 4), hash(p) == hash((3, 4)), p < Point(3, 5))
print(Point._fields, Point._field_defaults, Point.__name__, Point.__doc__)
print(p._asdict(), p._replace(x=10), p, Point._make([9, 9]), Point._make(iter("ab")))
print(isinstance(p, tuple), issubclass(Point, tuple), type(p).__name__)
print(repr(Point), Point.__module__, Point.__qualname__)
print(Point.x.__doc__, Point.y.__doc__, Point.__new__.__doc__)

# field names as a list, or one string with commas and spaces
Color = namedtuple("Color", ["red", "green", "blue"])
Person = namedtuple("Person", "name, age  city")
print(Color(255, 128, 0), Person("Ann", 33, "Oslo"), Person._fields)
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields, len(Empty()), Empty.__doc__)
Single = namedtuple("Single", "value")
print(Single(5), Single.__doc__, Single(5).value)

# defaults apply to the rightmost fields
Account = namedtuple("Account", "owner balance currency", defaults=[0, "EUR"])
print(Account("bob"), Account("eve", 10), Account("al", 5, "USD"))
print(Account._field_defaults, Account.__new__.__defaults__)
Opt = namedtuple("Opt", "a b c", defaults=(None,))
print(Opt(1, 2), Opt._field_defaults)

# rename replaces invalid names by their position
Renamed = namedtuple("Renamed", ["ok", "def", "_private", "ok", "2x", "fine"], rename=True)
print(Renamed._fields, Renamed(1, 2, 3, 4, 5, 6))
print(namedtuple("M", "a b", module="mymodule").__module__)

# a small data-processing program
Row = namedtuple("Row", "city temp day")
rows = [Row._make(line.split(",")) for line in [
    "oslo,3,mon", "rome,17,mon", "oslo,5,tue", "rome,15,tue", "oslo,-2,wed"]]
rows = [r._replace(temp=int(r.temp)) for r in rows]
warmest = max(rows, key=lambda r: r.temp)
print(warmest, warmest._asdict())
by_city = {}
for r in rows:
    by_city.setdefault(r.city, []).append(r.temp)
print({c: sum(t) / len(t) for c, t in sorted(by_city.items())})
print(sorted(rows, key=lambda r: (r.temp, r.day))[:2])

# subclassing to add behaviour
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, Vec._fields, type(v).__name__)

# match statement support through __match_args__
def describe(pt):
    match pt:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case _:
            return "elsewhere"
print(Point.__match_args__, [describe(Point(*c)) for c in [(0, 0), (2, 0), (0, 5), (1, 1)]])

import copy
print(copy.copy(p), copy.deepcopy(Account("z", [1])), p.__getnewargs__())
