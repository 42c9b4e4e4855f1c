# weakref.ref basics, getweakrefcount / getweakrefs
import weakref

class Thing:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'Thing(%r)' % self.name

t = Thing('t1')
r = weakref.ref(t)
print(r() is t, r().name)
print(type(r).__name__, type(r) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
print(weakref.getweakrefcount(t))
r2 = weakref.ref(t)
print('same ref object reused:', r2 is r)
print(weakref.getweakrefcount(t))
r3 = weakref.ref(t, lambda ref: None)
print('callback ref is new:', r3 is not r, weakref.getweakrefcount(t))
print(len(weakref.getweakrefs(t)))

# equality follows the referents while they are alive
u = Thing('t1')
ru = weakref.ref(u)
print(r == r3, r == ru, r != ru)
print(hash(r) == hash(t))

del t
print('after del:', r(), r3())
print(r == r3, r == r)
print(weakref.getweakrefcount(Thing('tmp')))
print(weakref.getweakrefcount(5), weakref.getweakrefs(5))

# hash of a dead ref whose hash was never taken fails
v = Thing('v')
rv = weakref.ref(v)
del v
try:
    hash(rv)
except TypeError as e:
    print(type(e).__name__, e)

# refs to functions, classes, sets and instances of builtin subclasses
def f():
    return 'f result'
print(weakref.ref(f)()())
print(weakref.ref(Thing)() is Thing)
s = {1, 2}
print(weakref.ref(s)() == {1, 2})
class MyList(list):
    pass
ml = MyList([3])
print(weakref.ref(ml)())
fs = frozenset([1])
print(weakref.ref(fs)() is fs)

print(repr(r).startswith('<weakref at '), 'dead' in repr(r))
print(weakref.ref(ml).__callback__, r3.__callback__ is not None)
