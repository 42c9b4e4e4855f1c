# Binary arithmetic dunders
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'V(' + repr(self.x) + ', ' + repr(self.y) + ')'

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __truediv__(self, k):
        return V(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)

    def __mod__(self, k):
        return V(self.x % k, self.y % k)

    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)

a = V(7, -3)
b = V(1, 2)
print(a + b)
print(a - b)
print(a * 3)
print(a / 2)
print(a // 2)
print(a % 4)
print(a ** 2)
print(a + b * 2 - V(1, 1))
print((a + b) * 2)
print(pow(b, 3))

# the operator returns whatever the method returns
class Weird:
    def __add__(self, o):
        return 'added ' + repr(o)

    def __sub__(self, o):
        return None

w = Weird()
print(w + 1, w + 'x', w - 5)
