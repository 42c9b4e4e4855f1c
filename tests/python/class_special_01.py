# __repr__ and __str__: print, str(), repr(), and inside containers
class Both:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'Both(' + repr(self.v) + ')'

    def __str__(self):
        return 'both:' + str(self.v)

class ReprOnly:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return '<R ' + str(self.v) + '>'

b = Both('x')
r = ReprOnly(7)
print(b)
print(str(b), repr(b))
print(r)
print(str(r), repr(r))
print([b, r])
print((b,), {'k': b})
print(str([Both(1), Both('s')]))
print('value: ' + str(b) + ' / ' + repr(b))
print(b, r, sep=' | ')

# __str__ must return a str
class BadStr:
    def __str__(self):
        return 42

try:
    str(BadStr())
except TypeError as e:
    print('TypeError:', e)

class BadRepr:
    def __repr__(self):
        return None

try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError:', e)
