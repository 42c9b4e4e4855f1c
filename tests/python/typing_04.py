# Protocols: structural types, runtime_checkable, and the Supports* protocols
from typing import Iterable, List, Protocol, SupportsAbs, SupportsFloat, SupportsIndex, SupportsInt, runtime_checkable
import typing


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None:
        ...


class Shape(Protocol):
    def area(self) -> float:
        ...


@runtime_checkable
class Named(Protocol):
    name: str


class File:
    def __init__(self, name):
        self.name = name
        self.closed = False

    def close(self):
        self.closed = True


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


def total_area(shapes: Iterable[Shape]) -> float:
    return sum(shape.area() for shape in shapes)


def close_all(things: List[Closeable]) -> int:
    count = 0
    for thing in things:
        if isinstance(thing, Closeable):
            thing.close()
            count += 1
    return count


print(total_area([Square(2), Circle(1)]))
files = [File("a"), File("b")]
print(close_all(files + ["not closeable", 42]), [f.closed for f in files])
print(isinstance(File("x"), Closeable), isinstance(Square(1), Closeable), issubclass(File, Closeable),
      issubclass(int, Closeable), isinstance(File("n"), Named), isinstance(Square(1), Named))
for label, check in [("shape isinstance", lambda: isinstance(Square(1), Shape)),
                     ("shape issubclass", lambda: issubclass(Square, Shape)),
                     ("named issubclass", lambda: issubclass(File, Named)),
                     ("instantiate", lambda: Closeable()),
                     ("runtime_checkable on class", lambda: runtime_checkable(File))]:
    try:
        print(label, check())
    except TypeError as exc:
        print(label, "TypeError", exc)

print(isinstance(3, SupportsInt), isinstance("3", SupportsInt), isinstance(2.5, SupportsFloat),
      isinstance(-1, SupportsAbs), isinstance(7, SupportsIndex), isinstance(7.0, SupportsIndex))
print(SupportsAbs[int], typing.SupportsRound[float], Closeable._is_protocol, File.__mro__)


class Resource(Closeable):
    """An explicit subclass of a protocol is an ordinary class."""

    def __init__(self, label):
        self.label = label
        self.open = True

    def close(self):
        self.open = False


res = Resource("db")
res.close()
print(res.label, res.open, isinstance(res, Closeable), Resource._is_protocol)


class Both(Closeable, Named, Protocol):
    pass


print(Both._is_protocol, sorted(n for n in ("close", "name") if hasattr(Both, n) or n in Both.__annotations__))
try:
    class Bad(Protocol, File):
        pass
except TypeError as exc:
    print("TypeError", exc)
