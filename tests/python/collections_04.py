# defaultdict: grouping, counting, nested structures, and its edges.
from collections import defaultdict

words = "the quick brown fox jumps over the lazy dog then the fox sleeps".split()

by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(by_letter["t"], by_letter["f"], len(by_letter))
print(sorted(by_letter.items())[:3])

counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(counts["the"], counts["fox"], counts["missing"], "missing" in counts)
print(defaultdict(int, {"a": 1}))

tree = lambda: defaultdict(tree)
root = tree()
root["a"]["b"]["c"] = 1
root["a"]["x"] = 2
def plain(d):
    return {k: plain(v) if isinstance(v, dict) else v for k, v in d.items()}
print(plain(root))

sets = defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3), (1, 2)]:
    sets[a].add(b)
print(sorted((k, sorted(v)) for k, v in sets.items()))

# repr, factory attribute, None factory
d = defaultdict(list, [("k", [1])], extra=[2])
print(d)
print(d.default_factory, defaultdict().default_factory)
print(defaultdict(None, {1: 2}))
class Factory:
    def __call__(self):
        return "made"
    def __repr__(self):
        return "Factory()"
fd = defaultdict(Factory())
print(fd["q"], fd)

try:
    defaultdict()["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(42)
except TypeError as e:
    print("TypeError", e)
try:
    defaultdict("list")
except TypeError as e:
    print("TypeError", e)

# get() and `in` never call the factory
g = defaultdict(list)
print(g.get("a"), "a" in g, g, len(g))
print(g.setdefault("b", 5), g)

# the factory may be replaced
g.default_factory = lambda: "new"
print(g["c"], dict(g), g.default_factory())
g.default_factory = None
try:
    g["zz"]
except KeyError as e:
    print("KeyError after reset", e)

# copies keep the factory and the type
c = defaultdict(list, {"x": [1]})
c2 = c.copy()
c2["y"].append(2)
print(type(c2).__name__, c2, c)
import copy
c3 = copy.deepcopy(c)
c3["x"].append(9)
print(c3, c)

# | operator
left = defaultdict(int, {"a": 1})
merged = left | {"b": 2}
print(type(merged).__name__, merged)
rmerged = {"z": 0} | left
print(type(rmerged).__name__, rmerged)
left |= {"c": 3}
print(left)
try:
    left | 5
except TypeError as e:
    print("TypeError for defaultdict | int")

class Inventory(defaultdict):
    def __init__(self):
        super().__init__(int)
    def add(self, item, n=1):
        self[item] += n
inv = Inventory()
inv.add("apple")
inv.add("apple", 4)
inv.add("pear")
print(inv, inv["kiwi"], isinstance(inv, dict))

# recursion in the repr
r = defaultdict(list)
r["self"].append(r)
print(r)
print(defaultdict(list) == {}, defaultdict(int, a=1) == {"a": 1})
