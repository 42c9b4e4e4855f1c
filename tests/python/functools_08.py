# functools.singledispatch with abstract base classes (virtual subclasses).
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping, MutableMapping, Sequence, Sized
from functools import singledispatch


@singledispatch
def kind(obj):
    return "object"


@kind.register
def _(obj: Iterable):
    return "iterable"


@kind.register
def _(obj: Sequence):
    return "sequence"


@kind.register
def _(obj: Mapping):
    return "mapping"


@kind.register(str)
def _(obj):
    return "string"


for value in [[1], (1,), "s", {"a": 1}, {1, 2}, range(3), iter([]), 5, b"x"]:
    print(type(value).__name__, kind(value))


class Bag:
    """Implements __iter__ only: an implicit Iterable."""

    def __iter__(self):
        return iter(())


print(kind(Bag()))


# Explicit ABC registration of an unrelated class.
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


class Square:
    def area(self):
        return 4


@kind.register
def _(obj: Shape):
    return "shape"


print(kind(Square()))
Shape.register(Square)
print(kind(Square()))


class Circle(Shape):
    def area(self):
        return 3


print(kind(Circle()))


# A mapping subclass: the most derived registered ABC wins.
@kind.register(MutableMapping)
def _(obj):
    return "mutable mapping"


print(kind({}), kind(dict), kind.dispatch(dict)("x"))


class Frozen(Mapping):
    def __init__(self, data):
        self._data = dict(data)

    def __getitem__(self, key):
        return self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


print(kind(Frozen({"a": 1})))


# Two unrelated implicit ABCs match equally well: ambiguous.
@singledispatch
def size_or_iter(obj):
    return "neither"


size_or_iter.register(Sized, lambda obj: "sized")
size_or_iter.register(Iterable, lambda obj: "iterable")


class Both:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())


try:
    print(size_or_iter(Both()))
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("Ambiguous dispatch"))
print(size_or_iter(Bag()), size_or_iter(5))
