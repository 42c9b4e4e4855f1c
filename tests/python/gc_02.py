# reference cycles are freed by gc.collect (observed via weakref and __del__)
import gc
import weakref

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

gc.collect()
a = Node('a')
b = Node('b')
a.other = b
b.other = a
ra = weakref.ref(a)
rb = weakref.ref(b)
del a, b
print('before collect', ra() is not None, rb() is not None)
found = gc.collect()
print('found at least 2:', found >= 2)
print('after collect', ra(), rb())

# self-referencing list
lst = []
lst.append(lst)
class Holder:
    pass
h = Holder()
h.items = lst
lst.append(h)
rh = weakref.ref(h)
del lst, h
gc.collect()
print('holder freed', rh() is None)

# __del__ runs for objects in a cycle (PEP 442)
log = []
class Finalized:
    def __init__(self, tag):
        self.tag = tag
        self.partner = None
    def __del__(self):
        log.append(self.tag)

x = Finalized('x')
y = Finalized('y')
x.partner = y
y.partner = x
del x, y
gc.collect()
print(sorted(log))
print(gc.garbage)

# objects reachable from a live object survive collection
keep = Node('keep')
keep.other = Node('child')
keep.other.other = keep
rk = weakref.ref(keep.other)
gc.collect()
print('child alive', rk() is not None, rk().name)
keep = None
gc.collect()
print('child gone', rk() is None)

# a cycle through a closure
def make():
    def f():
        return f
    return f
rf = weakref.ref(make())
gc.collect()
print('closure cycle freed', rf() is None)
