# abc: deprecated abstract decorators, update_abstractmethods, ABCMeta details.
import abc

class Legacy(abc.ABC):
    @abc.abstractclassmethod
    def build(cls):
        ...

    @abc.abstractstaticmethod
    def helper():
        ...

    @abc.abstractproperty
    def value(self):
        ...

print(sorted(Legacy.__abstractmethods__))
try:
    Legacy()
except TypeError as e:
    print("TypeError:", e)

class Modern(Legacy):
    @classmethod
    def build(cls):
        return cls()
    @staticmethod
    def helper():
        return "help"
    @property
    def value(self):
        return 7

m = Modern.build()
print(type(m).__name__, m.helper(), m.value, Modern.__abstractmethods__)

# update_abstractmethods after filling in methods from a decorator
def implement(name, value):
    def decorate(cls):
        setattr(cls, name, lambda self: value)
        return abc.update_abstractmethods(cls)
    return decorate

class Greeter(abc.ABC):
    @abc.abstractmethod
    def hello(self):
        ...
    @abc.abstractmethod
    def bye(self):
        ...

@implement("hello", "hi")
class Half(Greeter):
    pass
print(sorted(Half.__abstractmethods__))

@implement("bye", "ciao")
@implement("hello", "hi")
class Whole(Greeter):
    pass
print(Whole.__abstractmethods__, Whole().hello(), Whole().bye())
class NotAnABC:
    pass
print(abc.update_abstractmethods(NotAnABC) is NotAnABC, hasattr(NotAnABC, "__abstractmethods__"))

# a custom metaclass derived from ABCMeta
class Registry(abc.ABCMeta):
    classes = []
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns, **kwargs)
        mcls.classes.append(name)
        return cls

class Component(metaclass=Registry):
    @abc.abstractmethod
    def render(self):
        ...

class Button(Component):
    def render(self):
        return "[button]"

print(Registry.classes, Button().render(), isinstance(Button(), Component))
try:
    Component()
except TypeError as e:
    print("TypeError:", e)

# class keyword arguments pass through ABCMeta to __init_subclass__
class Tagged(abc.ABC):
    def __init_subclass__(cls, tag="none", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
class Red(Tagged, tag="red"):
    pass
print(Red.tag, Tagged.__dict__.get("tag"))

print(isinstance(abc.get_cache_token(), int), abc.ABC.__slots__, type(abc.ABC).__name__)
print(abc.abstractmethod(lambda: 0).__isabstractmethod__)
