# types: dynamic class creation and DynamicClassAttribute.
import types

def body(ns):
    ns["greeting"] = "hi"
    ns["greet"] = lambda self: f"{self.greeting} from {type(self).__name__}"

Greeter = types.new_class("Greeter", (), {}, body)
print(Greeter, Greeter.__name__, Greeter().greet(), Greeter.__mro__)

class Base:
    def __init_subclass__(cls, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag

Tagged = types.new_class("Tagged", (Base,), {"tag": "blue"})
print(Tagged.tag, issubclass(Tagged, Base))

class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        ns["made_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)

M = types.new_class("M", (), {"metaclass": Meta})
print(type(M).__name__, M.made_by)
Child = types.new_class("Child", (M,))
print(type(Child).__name__, Child.made_by)

meta, ns, kw = types.prepare_class("X", (int,), {"metaclass": type, "extra": 1})
print(meta, ns, kw)
meta, ns, kw = types.prepare_class("Y")
print(meta, ns, kw)
meta, ns, kw = types.prepare_class("Z", (M,), None)
print(meta.__name__, ns, kw)

class Other(type):
    pass
OtherBase = Other("OtherBase", (), {})
try:
    types.new_class("Bad", (M, OtherBase))
except TypeError as e:
    print("TypeError:", e)

print(types.resolve_bases((int, str)), types.resolve_bases(()))
bases = (int,)
print(types.resolve_bases(bases) is bases)

# DynamicClassAttribute: an instance property that the class does not show
class Shape:
    kinds = {"sq": "square"}
    def __init__(self, name):
        self._name = name
    @types.DynamicClassAttribute
    def name(self):
        "The shape's name."
        return self._name
    @name.setter
    def name(self, value):
        self._name = value.lower()

s = Shape("Circle")
print(s.name)
s.name = "OVAL"
print(s.name, type(Shape.__dict__["name"]).__name__, Shape.__dict__["name"].__doc__)
try:
    Shape.name
except AttributeError:
    print("AttributeError on class access")
try:
    del s.name
except AttributeError as e:
    print("AttributeError:", e)

class ReadOnly:
    @types.DynamicClassAttribute
    def value(self):
        return 1
try:
    ReadOnly().value = 2
except AttributeError as e:
    print("AttributeError:", e)
print(ReadOnly().value)
