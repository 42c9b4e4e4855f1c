# typing.NamedTuple: class syntax with defaults and methods, functional syntax, errors
from typing import List, NamedTuple, Optional


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def norm2(self) -> float:
        return self.x * self.x + self.y * self.y

    def __str__(self) -> str:
        return "(%g, %g)" % (self.x, self.y)


class Employee(NamedTuple):
    """An employee record."""
    name: str
    dept: str = "eng"
    manager: Optional["Employee"] = None
    skills: List[str] = []

    @property
    def title(self) -> str:
        return "%s of %s" % (self.name, self.dept)

    @classmethod
    def intern(cls, name: str) -> "Employee":
        return cls(name, "interns")


p = Point(3, 4)
print(p, repr(p), p.norm2(), p.x, p[1], Point(1), Point(y=2, x=1), len(p), tuple(p))
print(Point._fields, Point._field_defaults, Point.__annotations__)
print(p._replace(y=5), p._asdict(), Point._make([7, 8]), p == (3, 4), isinstance(p, tuple))
x, y = p
print(x, y, sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
boss = Employee("Ada", "research")
e = Employee("Bob", manager=boss, skills=["go"])
print(e, e.title, e.manager.name, Employee.intern("Cy"), Employee.__doc__)
print(Employee._fields, Employee._field_defaults["dept"], Employee.__mro__, Employee.__name__, Employee.__qualname__)
try:
    p.x = 10
except AttributeError as exc:
    print("AttributeError", exc)

# functional syntax
Color = NamedTuple("Color", [("r", int), ("g", int), ("b", int)])
c = Color(255, 128, 0)
print(c, Color._fields, Color.__annotations__, c._asdict(), Color.__name__)
Empty = NamedTuple("Empty", [])
print(Empty(), Empty._fields, len(Empty()))

for source in [
    "class Bad(NamedTuple):\n    a: int = 1\n    b: int\n",
    "class Bad2(NamedTuple):\n    a: int = 1\n    b: int = 2\n    c: str\n",
    "class Bad3(NamedTuple):\n    a: int\n    _replace = None\n",
    "class Bad4(NamedTuple, dict):\n    a: int\n",
    "Bad5 = NamedTuple('Bad5', [('a', int)], b=str)\n",
    "class Bad6(NamedTuple):\n    _a: int\n",
    "class Bad7(NamedTuple):\n    a: int\n    a: str\n",
    "class Bad8(NamedTuple):\n    def: int\n",
]:
    try:
        exec(source)
        print("defined")
    except (TypeError, AttributeError, ValueError, SyntaxError) as exc:
        print(type(exc).__name__, exc)
try:
    Point()
except TypeError as exc:
    print("TypeError", exc)
try:
    Point(1, 2, 3)
except TypeError as exc:
    print("TypeError", exc)
