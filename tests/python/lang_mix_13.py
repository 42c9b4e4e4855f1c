# Iterator-protocol classes combined with hand-written itertools-style generators
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return


def chain(*iterables):
    for it in iterables:
        yield from it


def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur


def groupby(items, key):
    group, current = [], object()
    for item in items:
        k = key(item)
        if group and k != current:
            yield current, group
            group = []
        current = k
        group.append(item)
    if group:
        yield current, group


def count(start=0, step=1):
    while True:
        yield start
        start += step


c = Countdown(4)
print(list(c), list(c), sum(c), max(c))
it = iter(c)
print(next(it), list(it), list(it))
print(list(take(3, count(10, 5))), list(take(10, Countdown(2))))
print(list(chain(Countdown(2), "ab", (x * x for x in range(3)))))
print(list(pairwise(Countdown(4))), list(pairwise([])))
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for k, g in groupby(words, key=lambda w: w[0]):
    print(k, g)
print(dict(zip(count(1), "xyz")))
print(list(enumerate(Countdown(3), start=1)), list(zip(Countdown(3), count())))
print(sorted(Countdown(5), key=lambda n: (n % 2, n)))
print(3 in Countdown(5), 7 in Countdown(5))
print(list(map(lambda a, b: a * b, Countdown(3), count(1))))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
gen = (n for n in count() if n % 7 == 3)
print(next(gen), next(gen), next(gen))
nested = chain(take(2, count(100)), Countdown(2))
print(next(nested), list(nested))
print(list(reversed([*Countdown(3)])), [*take(2, "hello"), *"!"])
