# Flag: combining members with |, &, ^ and ~, and boundary handling.
from enum import Flag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.name, rw.value)
print(repr(Perm.R & Perm.W), str(Perm.R & Perm.W), bool(Perm.R & Perm.W))
print(repr(rw ^ Perm.W), repr(rw ^ Perm.X), repr(~Perm.R), repr(~rw), repr(~(Perm.R | Perm.W | Perm.X)))
print(Perm.R in rw, Perm.X in rw, rw in Perm(7), Perm(0) in rw)
print(list(rw), list(Perm(7)), list(Perm(0)), len(rw), len(Perm(0)))
print(list(Perm), len(Perm), Perm(6) is rw, Perm(6) == rw)
print(f'{rw}', format(Perm.W), repr(Perm(0)), str(Perm(0)))
print(sorted(Perm, key=lambda p: p.value))
try:
    Perm(8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Perm.R | 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in rw
except TypeError as e:
    print(type(e).__name__, e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    NONE = 0


print(list(Color), [c.value for c in Color])
print(repr(Color.WHITE), repr(Color.RED | Color.GREEN | Color.BLUE), Color.WHITE is Color(7))
print(repr(Color.NONE), repr(Color(0)), bool(Color.NONE), Color.__members__.keys())
print(repr(~Color.RED), repr(~Color.WHITE), repr(~Color.NONE))
print(Color.RED in Color.WHITE, list(Color.WHITE), len(Color.WHITE))


class Boundary(Flag, boundary=CONFORM):
    A = 1
    B = 4


print(repr(Boundary(7)), repr(Boundary(2)), repr(Boundary(5)), repr(Boundary(-1)))


class Ejected(Flag, boundary=EJECT):
    A = 1
    B = 4


print(repr(Ejected(7)), type(Ejected(7)).__name__, repr(Ejected(5)))


class Kept(Flag, boundary=KEEP):
    A = 1
    B = 4


print(repr(Kept(7)), repr(Kept(16)), repr(Kept(2)), str(Kept(7)))


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 4


for v in (2, 8, -1, 5):
    try:
        print(repr(Strict(v)))
    except ValueError as e:
        print(type(e).__name__, e)

print(Perm._boundary_, Boundary._boundary_, Kept._boundary_ is KEEP, list(FlagBoundary))
print(repr(STRICT), str(CONFORM), STRICT == 'strict')


# Members defined out of value order iterate in definition order.
class Odd(Flag):
    C = 4
    A = 1
    B = 2


print(list(Odd), list(Odd(7)), repr(Odd(7)))


# Multi-bit aliases and a flag with methods.
class Access(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC
    RW = READ | WRITE

    def describe(self):
        return ', '.join(m.name.lower() for m in self) or 'nothing'


for a in (Access.READ, Access.RW, Access.ALL, Access.NONE, Access.EXEC | Access.READ):
    print(repr(a), a.describe())
print(Access.__members__.keys())
print(Access.ALL & ~Access.WRITE, Access.RW ^ Access.ALL)
