# abc: virtual subclasses with register() and __subclasshook__.
from abc import ABC, ABCMeta, abstractmethod, get_cache_token

class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...

class Circle:
    def draw(self):
        return "()"

class Text:
    pass

print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))
token = get_cache_token()
Drawable.register(Circle)
print(get_cache_token() != token, isinstance(Circle(), Drawable), issubclass(Circle, Drawable))
print(Drawable not in Circle.__mro__, hasattr(Circle, "__abstractmethods__"))

# subclasses of a registered class are virtual subclasses too
class FancyCircle(Circle):
    pass
print(issubclass(FancyCircle, Drawable), isinstance(Text(), Drawable))

# register works as a class decorator and returns the class
@Drawable.register
class Line:
    def draw(self):
        return "--"
print(Line.__name__, issubclass(Line, Drawable), Line().draw())

# built-in types can be registered
Drawable.register(str)
print(isinstance("x", Drawable), isinstance(b"x", Drawable))

# registering twice is harmless; cycles are refused
print(Drawable.register(Circle) is Circle, Drawable.register(Drawable) is Drawable)
class Sub(Drawable):
    def draw(self):
        return ""
try:
    Sub.register(Drawable)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    Drawable.register(42)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(42, Drawable)
except TypeError as e:
    print("TypeError:", e)

# __subclasshook__ decides membership by structure
class SupportsClose(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is SupportsClose:
            if any("close" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented

class File:
    def close(self):
        pass

class Socket(File):
    pass

print(isinstance(File(), SupportsClose), issubclass(Socket, SupportsClose), issubclass(int, SupportsClose))

class SubClosable(SupportsClose):
    pass
# the hook only answers for SupportsClose itself
print(issubclass(File, SubClosable))

class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False
class Derived(Never):
    pass
print(issubclass(Derived, Never), isinstance(Derived(), Never))

class Broken(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return "yes"
try:
    issubclass(int, Broken)
except AssertionError as e:
    print("AssertionError:", e)

# registering on a parent ABC makes the class a subclass of the parent only
class Animal(ABC):
    pass
class Pet(Animal):
    pass
class Robot:
    pass
Animal.register(Robot)
print(issubclass(Robot, Animal), issubclass(Robot, Pet))
Pet.register(Robot)
print(issubclass(Robot, Animal), issubclass(Robot, Pet))

# instance checks use __class__ too
class Proxy:
    def __init__(self, target):
        self._target = target
    @property
    def __class__(self):
        return type(self._target)
print(isinstance(Proxy(Circle()), Drawable), isinstance(Proxy(3), Drawable))
