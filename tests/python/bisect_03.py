# bisect: counting comparisons and custom sequences.
import bisect

calls = []


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v


seq = [Loud(i) for i in range(0, 32, 2)]
for target in [7, 0, 30, 31]:
    del calls[:]
    i = bisect.bisect_left(seq, Loud(target))
    j = bisect.bisect_right(seq, Loud(target))
    print(target, i, j, len(calls), calls[:3])


class Squares:
    """A virtual sorted sequence: the squares of 0..n-1."""

    def __init__(self, n):
        self.n = n
        self.lookups = 0

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        self.lookups += 1
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i


sq = Squares(10 ** 6)
print(bisect.bisect_left(sq, 123456789), sq.lookups)
print(bisect.bisect_right(sq, 10 ** 10), bisect.bisect_left(sq, 0))


# Integer square root by bisecting a key over a range.
def isqrt(n):
    return bisect.bisect_right(range(n + 1), n, key=lambda k: k * k) - 1


print([isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10 ** 12]])

# insort on a list subclass uses its insert() method.
class LoggingList(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)


ll = LoggingList([1, 3, 5])
bisect.insort(ll, 4)
bisect.insort_left(ll, 1)
print(ll)
