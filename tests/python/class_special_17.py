# __setattr__ intercepts every attribute assignment (and __delattr__ deletion)
class Logged:
    def __init__(self, x):
        self.x = x

    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print('del', name)
        object.__delattr__(self, name)

o = Logged(1)
o.y = 2
o.x = o.x + o.y
setattr(o, 'z', 9)
print(o.x, o.y, o.z)
del o.y
print(hasattr(o, 'y'), o.__dict__)

class Frozen:
    def __init__(self, v):
        self.__dict__['v'] = v

    def __setattr__(self, name, value):
        raise AttributeError('Frozen is read-only: ' + name)

f = Frozen(5)
print(f.v)
try:
    f.v = 6
except AttributeError as e:
    print('AttributeError:', e)
try:
    f.w = 1
except AttributeError as e:
    print('AttributeError:', e)
print(f.v, f.__dict__)

class Upper:
    def __setattr__(self, name, value):
        if isinstance(value, str):
            value = value.upper()
        super().__setattr__(name, value)

u = Upper()
u.name = 'ann'
u.age = 3
print(u.name, u.age)
