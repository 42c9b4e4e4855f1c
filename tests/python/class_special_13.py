# Iteration fallback through __getitem__ (stops at IndexError)
class Letters:
    def __init__(self, word):
        self.word = word

    def __getitem__(self, i):
        print('getitem', i)
        return self.word[i]

for ch in Letters('abc'):
    print('got', ch)

print(list(Letters('xy')))

class Limited:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError('too far')
        return i * 10

print(list(Limited()), sum(Limited()))
it = iter(Limited())
print(next(it), next(it))
a, b, c, d = Limited()
print(a, b, c, d)

# other exceptions propagate
class Broken:
    def __getitem__(self, i):
        if i == 2:
            raise KeyError('boom')
        return i

try:
    for v in Broken():
        print('v', v)
except KeyError as e:
    print('KeyError:', e)

class NotIterable:
    pass

try:
    for v in NotIterable():
        pass
except TypeError as e:
    print('TypeError:', e)

try:
    iter(NotIterable())
except TypeError as e:
    print('TypeError:', e)
