# In-place operators: __iadd__ and the fallback to __add__
class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self

    def __isub__(self, x):
        self.items.remove(x)
        return self

    def __imul__(self, k):
        self.items = self.items * k
        return self

a = Acc()
orig = a
a += 1
a += 2
a += 3
a -= 2
print(a.items, a is orig)
a *= 2
print(a.items, a is orig)

# without __iadd__, += falls back to __add__ and rebinds to a new object
class Val:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Val(self.v + o)

v = Val(1)
before = v
v += 10
print(v.v, before.v, v is before)

# __iadd__ may return something else entirely
class Odd:
    def __iadd__(self, x):
        return 'replaced by ' + str(x)

o = Odd()
o += 5
print(o)

# augmented assignment on attributes and list items uses the same protocol
class Holder:
    def __init__(self):
        self.acc = Acc()

h = Holder()
h.acc += 'x'
h.acc += 'y'
print(h.acc.items)
lst = [Acc()]
lst[0] += 'z'
print(lst[0].items)

try:
    n = object()
    n += 1
except TypeError as e:
    print('TypeError:', e)
