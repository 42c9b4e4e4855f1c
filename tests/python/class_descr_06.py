# __slots__: fixed attributes, no __dict__, AttributeError for others
class P:
    __slots__ = ('x', 'y')

    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x)
p.y = 2
print(p.x, p.y)
print(hasattr(p, '__dict__'), hasattr(p, 'y'))
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)

del p.y
print(hasattr(p, 'y'))
try:
    p.y
except AttributeError as e:
    print('AttributeError:', e)
try:
    del p.y
except AttributeError as e:
    print('AttributeError:', e)
print(type(P.x).__name__, P.__slots__)

# a subclass without __slots__ gets a __dict__ again
class Q(P):
    pass

q = Q(5)
q.z = 6
print(q.x, q.z, q.__dict__)

# a subclass with its own __slots__ extends the set
class R(P):
    __slots__ = ('w',)

r = R(7)
r.w = 8
print(r.x, r.w)
try:
    r.v = 9
except AttributeError as e:
    print('AttributeError:', e)

class S:
    __slots__ = 'only'

s = S()
s.only = 'one'
print(s.only, S.__slots__)
try:
    s.other = 1
except AttributeError as e:
    print('AttributeError:', e)
