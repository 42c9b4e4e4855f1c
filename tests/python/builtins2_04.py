# reversed on user classes, iter(callable, sentinel), next with default
class Seq:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]

class Rev:
    def __reversed__(self):
        return iter(['custom', 'reverse'])

print(list(reversed(Seq([1, 2, 3]))))
print(list(reversed(Rev())))
print(list(reversed([1, 2])), list(reversed((1, 2))), list(reversed('ab')), list(reversed(range(3))))
print(list(reversed({'a': 1, 'b': 2})))
r = reversed([1, 2])
print(type(r).__name__, next(r), next(r), next(r, 'done'))
try:
    reversed(5)
except TypeError as e:
    print('TypeError:', e)
class NoLen:
    def __getitem__(self, i):
        return i
try:
    reversed(NoLen())
except TypeError as e:
    print('TypeError:', e)

# __getitem__-only classes are iterable (old protocol)
class Upto:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Upto()), 20 in Upto())

# iter(callable, sentinel)
state = [0]
def counter():
    state[0] += 1
    return state[0]
print(list(iter(counter, 4)))
data = ['a', 'b', '', 'c']
pos = [0]
def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, '')))
it = iter(counter, 100)
print(type(it).__name__, next(it))
try:
    iter(5, 1)
except TypeError as e:
    print('TypeError:', e)

# next with default
it = iter([1])
print(next(it), next(it, None), next(it, 'default'))
try:
    next(it)
except StopIteration:
    print('StopIteration')
try:
    next([1, 2])
except TypeError as e:
    print('TypeError:', e)
