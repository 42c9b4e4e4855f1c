# itertools.islice: argument forms, consumption of the input, errors.
import sys
from itertools import islice, count

s = "ABCDEFG"
print(list(islice(s, 2)), list(islice(s, 2, 4)), list(islice(s, 2, None)),
      list(islice(s, 0, None, 2)), list(islice(s, 1, 6, 2)))
print(list(islice(s, None)), list(islice(s, None, None, None)),
      list(islice(s, None, 3)), list(islice(s, 5, 2)), list(islice(s, 0)))
print(list(islice(s, 100)), list(islice(s, 3, 100, 3)), list(islice(s, 100, 200)))
print(list(islice(count(), 5, 20, 4)), list(islice(count(10), 3)))


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(list(islice(s, Idx(1), Idx(5), Idx(2))), list(islice(s, True)))
print(list(islice(range(10), sys.maxsize)))

# How much of the input is consumed.
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 6, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 3)), next(it))
it = iter(range(10))
sl = islice(it, 4, 4)
print(list(sl), next(it))
it = iter(range(5))
sl = islice(it, 3, 10)
print(list(sl), list(it))

# Chunking an iterator.
def chunks(iterable, n):
    it = iter(iterable)
    while True:
        chunk = list(islice(it, n))
        if not chunk:
            return
        yield chunk


print(list(chunks(range(10), 4)), list(chunks([], 3)))

# Once exhausted, stays exhausted even if the source grows.
data = [1, 2]
sl = islice(data, 5)
print(list(sl))
data.append(3)
print(list(sl))


def attempt(label, *args):
    try:
        print(label, list(islice(*args)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("stop -1", s, -1)
attempt("stop -5", s, -5)
attempt("stop str", s, "3")
attempt("stop float", s, 2.0)
attempt("stop huge", s, 2 ** 70)
attempt("start -1", s, -1, 3)
attempt("start str", s, "a", 3)
attempt("start/stop -1", s, 1, -1)
attempt("stop -2", s, 1, -2)
attempt("step 0", s, 0, 3, 0)
attempt("step -1", s, 0, 3, -1)
attempt("step float", s, 0, 3, 1.0)
attempt("not iterable", 5, 3)
attempt("not iterable, bad stop", 5, -1)
attempt("too few", s)
attempt("too many", s, 1, 2, 3, 4)
try:
    islice(s, stop=3)
except TypeError as e:
    print("keyword -> TypeError")
