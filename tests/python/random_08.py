# random: randrange()/randint() in all argument forms, negative steps, huge
# ranges, and the exact errors for empty/zero-step/missing-stop ranges.
import random


def attempt(label, func, *args, **kwargs):
    try:
        print(label, '->', func(*args, **kwargs))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


r = random.Random(2024)

print('one arg:', [r.randrange(7) for _ in range(12)])
print('two args:', [r.randrange(-3, 4) for _ in range(12)])
print('step 5:', [r.randrange(0, 100, 5) for _ in range(12)])
print('step -3:', [r.randrange(10, 0, -3) for _ in range(12)])
print('step -2 negatives:', [r.randrange(-1, -10, -2) for _ in range(12)])
print('step -7 uneven:', [r.randrange(50, -51, -7) for _ in range(10)])
print('keyword step:', [r.randrange(1, 20, step=6) for _ in range(8)])
print('keywords:', r.randrange(start=3, stop=9), r.randrange(0, stop=100, step=25))
print('single value:', r.randrange(1), r.randrange(5, 6), r.randrange(9, 8, -1), r.randrange(4, 5, 10))
print('huge:', r.randrange(-2**100, 2**100, 3**20))
print('huge neg step:', r.randrange(10**40, -10**40, -(10**19 + 3)))
print('bool args:', r.randrange(True), r.randrange(False, True), r.randrange(True, 10, True))

print('randint:', [r.randint(1, 6) for _ in range(15)])
print('randint same:', r.randint(7, 7), r.randint(-2**70, -2**70))
print('randint neg:', [r.randint(-5, -1) for _ in range(10)])
print('randint big:', r.randint(0, 2**200))

# Every value of a small range is reachable and nothing outside it.
seen = set()
for _ in range(2000):
    seen.add(r.randrange(-20, 21, 4))
print('coverage:', sorted(seen))
seen = set()
for _ in range(2000):
    seen.add(r.randrange(20, -21, -4))
print('coverage neg:', sorted(seen))

# Errors.
attempt('randrange(0)', r.randrange, 0)
attempt('randrange(-5)', r.randrange, -5)
attempt('randrange(5, 5)', r.randrange, 5, 5)
attempt('randrange(5, 1)', r.randrange, 5, 1)
attempt('randrange(-2**70, -2**71)', r.randrange, -2**70, -2**71)
attempt('randrange(0, 10, 0)', r.randrange, 0, 10, 0)
attempt('randrange(0, 10, -1)', r.randrange, 0, 10, -1)
attempt('randrange(10, 0, 2)', r.randrange, 10, 0, 2)
attempt('randrange(3, 3, -1)', r.randrange, 3, 3, -1)
attempt('randrange(10, step=2)', r.randrange, 10, step=2)
attempt('randrange(10, None, 2)', r.randrange, 10, None, 2)
attempt('randrange(10, None, 1)', r.randrange, 10, None, 1)
attempt('randrange(None)', r.randrange, None)
attempt('randrange("x")', r.randrange, 'x')
attempt('randrange(1, [])', r.randrange, 1, [])
attempt('randrange(0, 10, None)', r.randrange, 0, 10, None)
attempt('randrange()', r.randrange)
attempt('randrange(1, 2, 3, 4)', r.randrange, 1, 2, 3, 4)
attempt('randint(5, 1)', r.randint, 5, 1)
attempt('randint(1)', r.randint, 1)
attempt('randint(1, "2")', r.randint, 1, '2')
attempt('randint(0, -1)', r.randint, 0, -1)


class Idx:
    """Not an int, but usable as one through __index__."""

    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


attempt('randrange(Idx(10))', r.randrange, Idx(10))
attempt('randrange(Idx(2), Idx(30), Idx(7))', r.randrange, Idx(2), Idx(30), Idx(7))
attempt('randrange(Idx(0))', r.randrange, Idx(0))


class BadIdx:
    """__index__ returns a str: operator.index and int() both reject it."""

    def __index__(self):
        return 'seven'


class Weird(int):
    """Arithmetic is overridden, but randrange works on plain int copies."""

    def __sub__(self, other):
        return 'weird'

    def __add__(self, other):
        return 'weird'


attempt('randrange(BadIdx())', r.randrange, BadIdx())
attempt('randrange(0, BadIdx())', r.randrange, 0, BadIdx())
attempt('randrange(Weird(3), Weird(10))', r.randrange, Weird(3), Weird(10))
attempt('randrange(Weird(3), 30, Weird(4))', r.randrange, Weird(3), 30, Weird(4))

# The module-level function follows the shared generator.
random.seed(99)
a = [random.randrange(1000) for _ in range(5)]
random.seed(99)
b = [random.randrange(1000) for _ in range(5)]
print('module level:', a, a == b, random.randint(-1, 1) in (-1, 0, 1))
