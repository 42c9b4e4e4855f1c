# copy.copy / copy.deepcopy on builtin containers: sharing, recursion, memo
import copy

nested = [1, [2, 3], {"k": [4, 5]}, (6, [7]), "s", None]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow == nested, shallow is nested, shallow[1] is nested[1])
print(deep == nested, deep[1] is nested[1], deep[2]["k"] is nested[2]["k"])
print(deep[3] is nested[3], deep[3][1] is nested[3][1])
nested[1].append(99)
print(shallow[1], deep[1])

# atomic values come back as they are
for value in [42, 3.5, 2j, "text", b"raw", None, True, Ellipsis, NotImplemented,
              range(5), (1, 2, "x"), frozenset([1]), len, print, int, copy.copy]:
    print(type(value).__name__, copy.copy(value) is value, copy.deepcopy(value) is value)

# tuples of only atomic items are shared even by deepcopy; others are not
t1 = (1, "a", (2, 3))
t2 = (1, [2])
print(copy.deepcopy(t1) is t1, copy.deepcopy(t2) is t2, copy.deepcopy(t2))

# shallow copies of the mutable builtins are new objects
for value in [[1, 2], {"a": 1}, {1, 2}, bytearray(b"xy")]:
    c = copy.copy(value)
    print(type(c).__name__, c == value, c is value)

# a self-referencing list
lst = [1, 2]
lst.append(lst)
c = copy.deepcopy(lst)
print(c[2] is c, c[2] is lst, len(c))

# a dict that contains itself and a shared list
shared = [0]
d = {"a": shared, "b": shared}
d["self"] = d
dc = copy.deepcopy(d)
print(dc["self"] is dc, dc["a"] is dc["b"], dc["a"] is shared)

# a tuple reached again through a list inside it
inner = []
tup = (inner,)
inner.append(tup)
tc = copy.deepcopy(tup)
print(type(tc).__name__, tc[0][0] is tc, tc is tup)

# an explicit memo: objects already in it are not copied again
keep = [1, 2]
memo = {id(keep): keep}
res = copy.deepcopy({"x": keep, "y": [keep]}, memo)
print(res["x"] is keep, res["y"][0] is keep)

# sets and frozensets holding tuples
s = {(1, 2), (3, 4)}
print(sorted(copy.deepcopy(s)), copy.deepcopy(frozenset({(1, (2,))})) == frozenset({(1, (2,))}))

# bound methods are rebound to a copy of their instance
class Counter:
    def __init__(self):
        self.n = 0
    def bump(self):
        self.n += 1
        return self.n

counter = Counter()
m = copy.deepcopy(counter.bump)
print(m(), m(), counter.n, m.__self__ is counter)
m2 = copy.copy(counter.bump)
print(m2 is counter.bump, m2(), counter.n)

print(copy.__all__, copy.error is copy.Error, issubclass(copy.Error, Exception))
