# Reflected operators: __radd__, __rsub__, __rmul__, ...
class M:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'M(' + repr(self.v) + ')'

    def __add__(self, o):
        if isinstance(o, M):
            return M(self.v + o.v)
        if isinstance(o, int):
            return M(self.v + o)
        return NotImplemented

    def __radd__(self, o):
        print('radd called with', o)
        return M(o + self.v)

    def __rsub__(self, o):
        return M(o - self.v)

    def __rmul__(self, o):
        return M(o * self.v)

    def __rtruediv__(self, o):
        return M(o / self.v)

    def __rfloordiv__(self, o):
        return M(o // self.v)

    def __rmod__(self, o):
        return M(o % self.v)

    def __rpow__(self, o):
        return M(o ** self.v)

m = M(4)
print(m + 1)
print(1 + m)
print(10 - m)
print(3 * m)
print(10 / m)
print(10 // m)
print(10 % m)
print(2 ** m)
print(m + M(2))

# sum() starts with 0, so the first addition uses __radd__
print(sum([M(1), M(2), M(3)]))

# when the right operand's type is a subclass that overrides the reflected
# method, it is tried first
class Sub(M):
    def __radd__(self, o):
        return 'Sub.__radd__ first'

print(M(1) + Sub(2))
