# __hash__ and __eq__: user objects as dict keys and in sets
class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, o):
        return isinstance(o, Key) and self.a == o.a and self.b == o.b

    def __hash__(self):
        return hash((self.a, self.b))

    def __repr__(self):
        return 'Key(' + str(self.a) + ',' + str(self.b) + ')'

d = {}
d[Key(1, 2)] = 'one-two'
d[Key(3, 4)] = 'three-four'
print(d[Key(1, 2)], Key(3, 4) in d, Key(2, 1) in d)
d[Key(1, 2)] = 'replaced'
print(len(d), d)
s = set()
s.add(Key(1, 1))
s.add(Key(1, 1))
s.add(Key(2, 2))
print(len(s), Key(2, 2) in s)

# plain objects hash by identity
class Plain:
    pass

p = Plain()
q = Plain()
dd = {p: 'p', q: 'q'}
print(dd[p], dd[q], len(dd), hash(p) == hash(p))

# defining __eq__ without __hash__ makes instances unhashable
class EqOnly:
    def __eq__(self, o):
        return True

print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print('TypeError:', e)

try:
    {EqOnly(): 1}
except TypeError as e:
    print('TypeError:', e)

class NoHash:
    __hash__ = None

try:
    {1, NoHash()}
except TypeError as e:
    print('TypeError:', e)

# __hash__ results are used as given (ints)
class H:
    def __hash__(self):
        return 42

print(hash(H()))

class BadHash:
    def __hash__(self):
        return 'x'

try:
    hash(BadHash())
except TypeError as e:
    print('TypeError:', e)
