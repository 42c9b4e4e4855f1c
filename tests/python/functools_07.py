# functools: partialmethod and singledispatchmethod.
from functools import partialmethod, singledispatchmethod, partial


class Cell:
    def __init__(self):
        self._alive = False

    @property
    def alive(self):
        return self._alive

    def set_state(self, state, note=""):
        self._alive = bool(state)
        return "set %s%s" % (state, note)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note=" (dead)")


c = Cell()
print(c.alive, c.set_alive(), c.alive, c.set_dead(), c.alive)
print(c.set_alive(note="!"), c.set_dead(note="?"))
print(type(Cell.__dict__["set_alive"]).__name__)
print(Cell.__dict__["set_alive"].args, Cell.__dict__["set_dead"].keywords)
bound = c.set_alive
print(type(bound).__name__, bound.args, bound.func.__name__)
print(Cell.set_alive(c), c.alive)


class Config:
    defaults = {}

    @classmethod
    def make(cls, kind, size=1):
        return "%s(%s, %d)" % (cls.__name__, kind, size)

    small = partialmethod(make, "small")
    big = partialmethod(make, "big", size=10)

    @staticmethod
    def scale(x, factor):
        return x * factor

    double = partialmethod(scale, factor=2)


class SubConfig(Config):
    pass


print(Config.small(), Config().big(), SubConfig.small(size=3))
print(Config.double(21), Config().double(4))

# Nested partialmethod is flattened.
class Greeter:
    def greet(self, greeting, name, punct="."):
        return "%s, %s%s" % (greeting, name, punct)

    hello = partialmethod(greet, "Hello")
    hello_bob = partialmethod(hello, "Bob", punct="!")


g = Greeter()
print(g.hello("Ann"), g.hello_bob())
print(Greeter.__dict__["hello_bob"].args, Greeter.__dict__["hello_bob"].keywords)
print(repr(partialmethod(max, 1, key=abs)))
print(repr(partialmethod(min)))

try:
    partialmethod(5)
except TypeError as e:
    print("TypeError", e)


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return "generic " + repr(arg)

    @fmt.register
    def _(self, arg: int):
        return "int %d" % arg

    @fmt.register(list)
    def _(self, arg):
        return "[" + ", ".join(self.fmt(x) for x in arg) + "]"

    @singledispatchmethod
    @classmethod
    def parse(cls, arg):
        return cls.__name__ + " generic"

    @parse.register(str)
    @classmethod
    def _(cls, arg):
        return cls.__name__ + " str " + arg


f = Formatter()
print(f.fmt(5), f.fmt("x"), f.fmt([1, "y", [2]]), f.fmt(True))
print(Formatter.parse("abc"), Formatter.parse(3.5))
print(Formatter.fmt.__name__, f.fmt.__name__)

try:
    singledispatchmethod(5)
except TypeError as e:
    print("TypeError", e)
