# abc: abstract methods block instantiation until implemented.
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        """Surface of the shape."""

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

class HalfDone(Shape):
    def area(self):
        return 0

for cls in (Shape, HalfDone, Rect, Square):
    try:
        obj = cls(2, 3) if cls is Rect else cls(2) if cls is Square else cls()
        print("created", obj.describe())
    except TypeError as e:
        print("TypeError:", e)

print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Rect.__abstractmethods__)
print(isinstance(Square(1), Shape), issubclass(Rect, Shape), issubclass(int, Shape))
print(type(Shape) is ABCMeta, type(Rect).__name__, Shape.__mro__[-2:])
print(Shape.area.__isabstractmethod__, getattr(Rect.area, "__isabstractmethod__", False))

# metaclass form, and an abstract method implemented by a mixin
class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def run(self, data):
        raise NotImplementedError

    @classmethod
    @abstractmethod
    def name(cls):
        ...

class RunMixin:
    def run(self, data):
        return [x * 2 for x in data]

class Doubler(RunMixin, Plugin):
    @classmethod
    def name(cls):
        return "doubler"

print(Doubler.name(), Doubler().run([1, 2]), sorted(Plugin.__abstractmethods__))
try:
    Plugin()
except TypeError as e:
    print("TypeError:", e)

# calling an abstract implementation through super()
class Base(ABC):
    @abstractmethod
    def greet(self):
        return "hello from Base"

class Child(Base):
    def greet(self):
        return super().greet() + " and Child"
print(Child().greet())

# abstract properties
class Vehicle(ABC):
    @property
    @abstractmethod
    def wheels(self):
        ...

class Bike(Vehicle):
    @property
    def wheels(self):
        return 2

print(Bike().wheels, sorted(Vehicle.__abstractmethods__))
try:
    Vehicle()
except TypeError as e:
    print("TypeError:", e)

class NoAbstract(ABC):
    pass
print(type(NoAbstract()).__name__, NoAbstract.__abstractmethods__)
