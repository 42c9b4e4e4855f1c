# __getattr__ is only called when normal lookup fails
class Proxy:
    def __init__(self, target):
        self.target = target
        self.real = 'real attribute'

    def __getattr__(self, name):
        print('__getattr__', name)
        if name.startswith('x_'):
            return 'synth ' + name[2:]
        return getattr(self.target, name)

class Target:
    def __init__(self):
        self.color = 'blue'

    def shout(self, s):
        return s.upper()

p = Proxy(Target())
print(p.real)
print(p.color)
print(p.shout('hi'))
print(p.x_thing)
print(hasattr(p, 'x_y'), hasattr(p, 'missing'))
print(getattr(p, 'missing', 'default'))
try:
    p.nothing
except AttributeError as e:
    print('AttributeError:', e)

# attributes set later are found normally
p.color = 'red'
print(p.color)

class Dyn:
    def __getattr__(self, name):
        if name == 'answer':
            return 42
        raise AttributeError('no ' + name + ' here')

d = Dyn()
print(d.answer)
try:
    d.question
except AttributeError as e:
    print('AttributeError:', e)
print(getattr(d, 'question', None))
