# Iterator protocol: __iter__ and __next__ in for loops, list(), next()
class CountDown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n = self.n - 1
        return self.n + 1

for x in CountDown(3):
    print('tick', x)

print(list(CountDown(5)))
it = CountDown(2)
print(iter(it) is it)
print(next(it), next(it))
print(next(it, 'done'))
try:
    next(it)
except StopIteration:
    print('StopIteration')

# an iterable whose __iter__ returns a separate iterator can be reused
class Range2:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __iter__(self):
        return CountUp(self.lo, self.hi)

class CountUp:
    def __init__(self, lo, hi):
        self.i = lo
        self.hi = hi

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.hi:
            raise StopIteration
        self.i = self.i + 1
        return self.i - 1

r = Range2(1, 4)
print(list(r), list(r), sum(r), max(r))
for a in r:
    for b in r:
        if a < b:
            print(a, b)
print(sorted(CountDown(4)), tuple(CountUp(0, 3)))
