# ChainMap: layered configuration and scopes.
from collections import ChainMap

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
config = ChainMap(cli, env, defaults)
print(config["color"], config["user"], config["debug"], len(config))
print(list(config), sorted(config.items()), config.get("missing", "n/a"))
print(config)
print("user" in config, "nothing" in config, bool(config), bool(ChainMap({}, {})))

config["color"] = "blue"          # writes go to the first mapping
print(cli, defaults["color"])
del config["color"]
print(cli, config["color"])
try:
    del config["user"]            # only in a later mapping
except KeyError as e:
    print("KeyError", e)
try:
    config.pop("nope")
except KeyError as e:
    print("KeyError", e)
print(config.pop("debug"), config.pop("debug", "gone"))
try:
    ChainMap({}, {"a": 1}).popitem()
except KeyError as e:
    print("KeyError", e)
try:
    ChainMap({"a": 1})["b"]
except KeyError as e:
    print("KeyError", e)

# nested scopes
globals_ = ChainMap({"x": 1, "print": "builtin"})
local = globals_.new_child({"y": 2})
inner = local.new_child()
inner["x"] = 99
print(inner, inner["x"], local["x"], inner.parents, inner.parents.parents)
print(inner.maps[0], len(inner.maps), ChainMap().maps)
kw = local.new_child(z=3)
print(kw.maps[0], kw["z"])
print(ChainMap({"a": 1}).new_child({"b": 2}, c=3))

# copy keeps later maps shared
base = {"k": 1}
cm = ChainMap({"top": 0}, base)
cp = cm.copy()
cp["top"] = 5
base["k"] = 2
print(cm, cp)
cm.clear()
print(cm)
print(ChainMap.fromkeys("ab", 0), ChainMap.fromkeys([1]))

# the | operators
m = ChainMap({"a": 1}, {"b": 2})
print(m | {"c": 3}, {"z": 0} | m)
m |= {"a": 10}
print(m)

# iteration order: first appearance starting from the last mapping
print(list(ChainMap({"c": 3, "a": 1}, {"b": 2, "a": 0}, {"d": 4})))

class DeepChainMap(ChainMap):
    """Writes update an existing key in whichever map holds it."""
    def __setitem__(self, key, value):
        for mapping in self.maps:
            if key in mapping:
                mapping[key] = value
                return
        self.maps[0][key] = value
d = DeepChainMap({"zebra": "black"}, {"elephant": "blue"}, {"lion": "yellow"})
d["lion"] = "orange"
d["snake"] = "red"
print(d)

rec = ChainMap({})
rec.maps[0]["self"] = rec
print(rec)
