# Specialized attribute, global and loop instructions must notice every
# change that invalidates them: class changes, shadowing, new globals,
# deleted names, slots, module attributes, iterators changing kind.
import math

class P:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1

class Q:
    def m(self):
        return "Q.m"

def read_attr(o):
    return o.x

def call_m(o):
    return o.m()

def read_slot(p):
    return p.a

def read_global():
    return G

def read_builtin():
    return len("abc")

def read_module():
    return math.pi

class O:
    pass

out = []
objs = []
for i in range(6):
    o = O()
    o.x = i
    objs.append(o)
for o in objs:
    out.append(read_attr(o))
odd = O()
odd.y = 0
odd.x = "other order"          # x at another entry index
out.append(read_attr(odd))
O.x = property(lambda self: "now a property")   # a data descriptor wins
out.append(read_attr(objs[0]))
del O.x
out.append(read_attr(objs[1]))

q = Q()
for _ in range(4):
    out.append(call_m(q))
q.m = lambda: "instance attribute"
out.append(call_m(q))
del q.m
Q.m = lambda self: "replaced on the class"
out.append(call_m(q))

p = P()
for _ in range(3):
    out.append(read_slot(p))
del p.a
try:
    read_slot(p)
except AttributeError as e:
    out.append(("AttributeError", str(e)))

G = 1
for _ in range(3):
    out.append(read_global())
G = 2
out.append(read_global())
del G
try:
    read_global()
except NameError as e:
    out.append(("NameError", str(e)))
for _ in range(3):
    out.append(read_builtin())
len = lambda s: "shadowed len"
out.append(read_builtin())
del len
out.append(read_builtin())

for _ in range(3):
    out.append(read_module())
math.pi = 3
out.append(read_module())

def total(it):
    s = 0
    for v in it:
        s += v
    return s
for it in ([1, 2, 3], (4, 5), range(3), [1.5, 2.5], {7: 0, 8: 0}, iter([9]), (x for x in [10, 11])):
    out.append(total(it))
grow = [1, 2, 3]
seen = []
for v in grow:
    seen.append(v)
    if v < 6:
        grow.append(v + 3)
out.append(seen)
for item in out:
    print(item)
