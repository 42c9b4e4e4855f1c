# Unary dunders: __neg__, __pos__, __abs__, __invert__
class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'Num(' + repr(self.v) + ')'

    def __neg__(self):
        return Num(-self.v)

    def __pos__(self):
        return Num(self.v + 0.5)

    def __abs__(self):
        if self.v < 0:
            return Num(-self.v)
        return self

    def __invert__(self):
        return 'inverted ' + str(self.v)

n = Num(5)
m = Num(-3)
print(-n, -m, --n)
print(+n)
print(abs(n), abs(m))
print(abs(n) is n)
print(~n)

class NoNeg:
    pass

try:
    -NoNeg()
except TypeError as e:
    print('TypeError:', e)

try:
    abs(NoNeg())
except TypeError as e:
    print('TypeError:', e)

try:
    ~NoNeg()
except TypeError as e:
    print('TypeError:', e)
