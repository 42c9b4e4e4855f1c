# dir(), vars(), id(), callable, getattr with default, hasattr/setattr/delattr
class Base:
    kind = 'base'
    def method(self):
        return 1

class Thing(Base):
    limit = 10
    def __init__(self):
        self.a = 1
        self._b = 2
    def act(self):
        return 'act'

t = Thing()
print([n for n in dir(t) if not n.startswith('__')])
print([n for n in dir(Thing) if not n.startswith('__')])
print(sorted(vars(t).items()))
print(vars(t) is t.__dict__)
vars(t)['c'] = 3
print(t.c)
print('limit' in vars(Thing), 'kind' in vars(Thing), 'kind' in vars(Base))
try:
    vars(5)
except TypeError as e:
    print('TypeError:', e)

# id is stable for the same object
x = [1, 2]
y = x
print(id(x) == id(x), id(x) == id(y), id(x) == id([1, 2]))

# callable
def f():
    pass
class WithCall:
    def __call__(self):
        return 'called'
print(callable(f), callable(len), callable(Thing), callable(t), callable(WithCall()), callable(5), callable(t.act))

# getattr with default, hasattr, setattr, delattr
print(getattr(t, 'a'), getattr(t, 'missing', 'dflt'), getattr(t, 'kind'), getattr(Thing, 'limit', None))
try:
    getattr(t, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(t, 'act'), hasattr(t, 'zzz'))
setattr(t, 'dyn', 42)
print(t.dyn, sorted(vars(t)))
delattr(t, 'dyn')
print(hasattr(t, 'dyn'))
try:
    delattr(t, 'dyn')
except AttributeError as e:
    print('AttributeError:', e)
print(getattr(t, 'act')(), getattr(5, 'real'), getattr('s', 'upper')())
