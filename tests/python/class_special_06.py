# Rich comparisons: __eq__, __ne__, __lt__, __le__, __gt__, __ge__
class Ver:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def key(self):
        return (self.major, self.minor)

    def __eq__(self, o):
        return self.key() == o.key()

    def __lt__(self, o):
        return self.key() < o.key()

    def __le__(self, o):
        return self.key() <= o.key()

    def __gt__(self, o):
        return self.key() > o.key()

    def __ge__(self, o):
        return self.key() >= o.key()

a = Ver(1, 2)
b = Ver(1, 10)
c = Ver(1, 2)
print(a == b, a == c, a != b, a != c)
print(a < b, a <= c, a > b, a >= c, b > a)
print(a < b < Ver(2, 0), a < b > c)
print(a is c, a == c)

# __ne__ defaults to the inverse of __eq__
class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        print('eq called')
        return self.v == o.v

print(OnlyEq(1) != OnlyEq(1))
print(OnlyEq(1) != OnlyEq(2))

# comparisons may return non-bool values
class Sym:
    def __lt__(self, o):
        return 'lt-result'

    def __eq__(self, o):
        return 0

print(Sym() < Sym(), Sym() == Sym())
print(not (Sym() == Sym()))
# "x in list" uses == and takes its truth value
print(Sym() in [Sym()], OnlyEq(3) in [OnlyEq(1), OnlyEq(3)])
