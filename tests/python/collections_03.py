# deque: subclassing, recursion in repr, copy/pickle protocol, big workloads.
from collections import deque
import copy

class History(deque):
    def undo(self):
        return self.pop() if self else None

h = History([1, 2, 3], maxlen=5)
print(h, type(h).__name__, h.maxlen)
print(h.undo(), h)
h2 = h.copy()
print(type(h2).__name__, h2, h2 == h, h2 is h)
print(h + deque([9]), type(h + deque([9])).__name__)
print(deque([0]) + h)
c = copy.copy(h)
print(type(c).__name__, c)
dc = copy.deepcopy(deque([[1], [2]], 3))
print(dc, dc.maxlen)

r = deque([1, 2])
r.append(r)
print(r)
nested = deque([deque([1]), deque([2, deque([3])], maxlen=4)])
print(nested)

# __init__ can be called again: it resets the contents
d = deque([1, 2, 3], maxlen=3)
d.__init__([7])
print(d, d.maxlen)
d.__init__("ab", 5)
print(d, d.maxlen)

# a round-robin scheduler
def task(name, steps):
    for i in range(steps):
        yield f"{name}{i}"

ready = deque([task("a", 3), task("b", 1), task("c", 2)])
order = []
while ready:
    t = ready.popleft()
    try:
        order.append(next(t))
    except StopIteration:
        continue
    ready.append(t)
print(order)

# large: many operations at both ends stay consistent
big = deque()
for i in range(20000):
    big.append(i)
    if i % 3 == 0:
        big.appendleft(-i)
for _ in range(5000):
    big.pop()
    big.popleft()
print(len(big), big[0], big[-1], big[len(big) // 2])
big.rotate(12345)
print(big[0], big[-1])
total = 0
for x in big:
    total += x
print(total, sum(big) == total)
while big:
    big.popleft()
print(len(big), big)

# equality and ordering against other types
print(deque([1]) == [1], deque([1]) == (1,), deque() == deque(), deque([1, 2]) > deque([1]))
try:
    deque([1]) < [2]
except TypeError:
    print("deque and list do not order")
print(list(reversed(deque("abc"))), list(iter(deque())))
