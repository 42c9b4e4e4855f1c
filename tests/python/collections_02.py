# deque: maxlen behaviour, rotation, and error cases.
from collections import deque

def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

# a bounded history keeps only the last items
history = deque(maxlen=3)
for cmd in ["ls", "cd /", "pwd", "echo hi", "exit"]:
    history.append(cmd)
    print(list(history), history.maxlen)
print(history)
history.appendleft("first")
print(history)
history.extend(["a", "b"])
print(history)
history.extendleft(["y", "z"])
print(history)

# moving average over a window
def moving_average(values, n):
    window = deque(maxlen=n)
    total = 0
    out = []
    for v in values:
        if len(window) == n:
            total -= window[0]
        window.append(v)
        total += v
        if len(window) == n:
            out.append(total / n)
    return out
print(moving_average([40, 30, 50, 46, 39, 44], 3))

# tail of a sequence
print(deque(range(100), 4))
print(deque("abcdef", maxlen=0), deque([1, 2, 3], maxlen=5))

zero = deque(maxlen=0)
zero.append(1)
zero.appendleft(2)
print(zero, len(zero))

# rotation round trips
r = deque(range(10))
r.rotate(3)
print(r)
r.rotate(-13)
print(r)
r.rotate(0)
print(r, r.rotate(len(r)), r)
one = deque([1])
one.rotate(5)
print(one)

attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
attempt("index high", lambda: deque([1, 2])[2])
attempt("index low", lambda: deque([1, 2])[-3])
attempt("str index", lambda: deque([1, 2])["0"])
attempt("slice", lambda: deque([1, 2])[0:1])
attempt("negative maxlen", lambda: deque([], -1))
attempt("float maxlen", lambda: deque([], 2.5))
attempt("not iterable", lambda: deque(5))
attempt("index missing", lambda: deque([1, 2, 3]).index(9))
attempt("index in range", lambda: deque([1, 2, 3, 2]).index(2, 2))
attempt("index stop", lambda: deque([1, 2, 3]).index(3, 0, 2))
attempt("remove missing", lambda: deque(["a"]).remove("b"))
attempt("insert full", lambda: deque([1, 2], 2).insert(0, 0))
attempt("concat list", lambda: deque([1]) + [2])
attempt("mul str", lambda: deque([1]) * "3")
attempt("rotate float", lambda: deque([1]).rotate(1.5))
attempt("setitem out", lambda: deque().__setitem__(0, 1))
attempt("del out", lambda: deque([1]).__delitem__(1))
attempt("bool index", lambda: deque("ab")[True])
attempt("bounded mul", lambda: deque([1, 2, 3], 4) * 3)
attempt("maxlen attr", lambda: deque([1, 2]).maxlen)

def mutate_while_iterating():
    d = deque([1, 2, 3])
    seen = []
    for x in d:
        seen.append(x)
        if x == 2:
            d.append(99)
    return seen
attempt("mutate", mutate_while_iterating)

def mutate_on_last():
    d = deque([1, 2, 3])
    for x in d:
        if x == 3:
            d.appendleft(0)
attempt("mutate last", mutate_on_last)

def setitem_while_iterating():
    d = deque([1, 2, 3])
    out = []
    for x in d:
        out.append(x)
        d[-1] = "changed"
    return out
attempt("setitem ok", setitem_while_iterating)

def iterator_after_mutation():
    d = deque([1, 2])
    it = iter(d)
    d.pop()
    return next(it)
attempt("stale iterator", iterator_after_mutation)

class Evil:
    def __init__(self, d):
        self.d = d
    def __eq__(self, other):
        self.d.clear()
        return False

victim = deque()
victim.extend([Evil(victim), 1, 2])
attempt("count mutated", lambda: victim.count(2))
victim2 = deque()
victim2.extend([Evil(victim2), 1, 2])
attempt("remove mutated", lambda: victim2.remove(2))
try:
    hash(deque())
except TypeError:
    print("deque is unhashable")
