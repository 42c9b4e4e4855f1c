# types.SimpleNamespace and types.MappingProxyType.
from types import SimpleNamespace, MappingProxyType

ns = SimpleNamespace(name="widget", size=3)
print(ns, ns.name, ns.size)
ns.color = "red"
ns.size += 1
del ns.name
print(ns, vars(ns), sorted(ns.__dict__))
print(SimpleNamespace(), repr(SimpleNamespace(a=[1, 2], b={"k": None})))
print(SimpleNamespace(a=1) == SimpleNamespace(a=1), SimpleNamespace(a=1) == SimpleNamespace(a=2),
      SimpleNamespace(a=1) != SimpleNamespace(a=1), SimpleNamespace() == object())
try:
    SimpleNamespace(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    ns.missing
except AttributeError:
    print("AttributeError for ns.missing")
try:
    hash(ns)
except TypeError:
    print("TypeError: namespaces are unhashable")

config = SimpleNamespace(**{"host": "localhost", "port": 8080})
config.debug = True
print(f"{config.host}:{config.port}", config.debug, getattr(config, "missing", "default"))

nested = SimpleNamespace(inner=SimpleNamespace(x=1))
nested.inner.x += 1
nested.self = nested
print(nested)

class Point(SimpleNamespace):
    def dist2(self):
        return self.x ** 2 + self.y ** 2
pt = Point(x=3, y=4)
print(pt, pt.dist2(), pt == SimpleNamespace(x=3, y=4), isinstance(pt, SimpleNamespace))

import copy
cp = copy.copy(ns)
cp.size = 100
print(ns.size, cp.size, type(cp).__name__, copy.deepcopy(nested.inner))

# MappingProxyType: a read-only live view
settings = {"theme": "dark", "lang": "en"}
view = MappingProxyType(settings)
print(view, view["theme"], len(view), list(view), "lang" in view, view.get("x", "-"))
settings["lang"] = "fr"
print(view["lang"], sorted(view.items()), sorted(view.keys()), sorted(view.values()))
print(view.copy(), type(view.copy()).__name__, view == settings, view | {"new": 1})
print({"first": 0} | view, list(reversed(view)), str(view))
try:
    view["theme"] = "light"
except TypeError as e:
    print("TypeError:", e)
try:
    del view["theme"]
except TypeError as e:
    print("TypeError:", e)
try:
    view.pop("theme")
except AttributeError:
    print("no pop on a proxy")
try:
    view["missing"]
except KeyError as e:
    print("KeyError", e)
for bad in ([1, 2], 5, "text"):
    try:
        MappingProxyType(bad)
        print("accepted", type(bad).__name__)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash(view)
except TypeError:
    print("unhashable proxy")
print(type(view).__name__, MappingProxyType.__name__)
