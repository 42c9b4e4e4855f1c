# Membership: __contains__, then __iter__, then __getitem__
class Evens:
    def __contains__(self, x):
        print('contains', x)
        return x % 2 == 0

e = Evens()
print(4 in e, 5 in e, 7 not in e)

# __contains__ result is converted to bool
class Yes:
    def __contains__(self, x):
        return 'non-empty string'

print(1 in Yes(), 1 not in Yes())

class ThreeIter:
    def __iter__(self):
        return iter([10, 20, 30])

print(20 in ThreeIter(), 25 in ThreeIter())

class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i

print(9 in Squares(), 10 in Squares(), 16 in Squares())

class Nothing:
    pass

try:
    1 in Nothing()
except TypeError as e:
    print('TypeError:', e)
