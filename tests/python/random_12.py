# random: subclassing Random -- overriding random() (so integer methods fall
# back to float-based _randbelow), getrandbits(), seed(), __init__, and
# __init_subclass__ picking the right _randbelow.
import random


def attempt(label, func, *args, **kwargs):
    try:
        print(label, '->', func(*args, **kwargs))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


class Counter(random.Random):
    """A (terrible) generator: random() walks through a fixed cycle."""

    def __init__(self, values):
        self.values = values
        self.i = 0
        super().__init__(0)

    def random(self):
        v = self.values[self.i % len(self.values)]
        self.i += 1
        return v


c = Counter([0.1, 0.5, 0.9, 0.25, 0.75, 0.999])
print('uses random():', c._randbelow == c._randbelow_without_getrandbits)
print('randrange:', [c.randrange(10) for _ in range(6)])
print('randint:', [c.randint(1, 100) for _ in range(6)])
print('choice:', [c.choice('abcdef') for _ in range(6)])
print('sample:', c.sample(range(50), 4))
items = list(range(8))
c.shuffle(items)
print('shuffle:', items)
print('uniform:', [c.uniform(0, 10) for _ in range(3)])
print('choices:', c.choices('xyz', k=6), c.choices('xyz', [1, 2, 3], k=6))
print('expovariate:', c.expovariate(2.0))
print('getrandbits still core:', type(c.getrandbits(8)).__name__)
print('counter position:', c.i)


class Biased(random.Random):
    """Every call of random() returns just under 1."""

    def random(self):
        return 0.9999999999999999


b = Biased()
print('biased triangular:', b.triangular(0, 10))
print('biased uniform:', b.uniform(5, 6))
print('biased choices:', b.choices('abc', k=3))


class Bits(random.Random):
    """Overrides getrandbits(): integer methods must use it."""

    def __init__(self):
        super().__init__(1)
        self.calls = []

    def getrandbits(self, k):
        self.calls.append(k)
        return super().getrandbits(k)


g = Bits()
print('uses getrandbits:', Bits._randbelow is random.Random._randbelow_with_getrandbits)
print('randrange big:', g.randrange(10**30))
print('randbytes:', g.randbytes(4))
print('calls:', g.calls)


class Both(random.Random):
    """Both random() and getrandbits(): getrandbits wins."""

    def random(self):
        return 0.5

    def getrandbits(self, k):
        return (1 << k) - 1 >> 1


print('both ->', Both._randbelow is random.Random._randbelow_with_getrandbits,
      Both().randrange(1000))


class Custom(random.Random):
    """Overrides _randbelow() itself: inherited unless a subclass defines random()."""

    def _randbelow(self, n):
        return n - 1


class CustomChild(Custom):
    def random(self):
        return 0.0


class CustomPlain(Custom):
    pass


print('custom _randbelow:', Custom().randrange(10), CustomPlain().randrange(10),
      CustomPlain().choice('abc'), CustomChild().randrange(10), CustomChild().sample(range(5), 3))


class Plain(random.Random):
    pass


p = Plain(5)
q = random.Random(5)
print('plain subclass same stream:', [p.random() for _ in range(3)] == [q.random() for _ in range(3)])
print('plain uses getrandbits:', Plain._randbelow is random.Random._randbelow_with_getrandbits)


class Tagged(random.Random, tag='ignored'):
    """__init_subclass__ swallows unknown class keywords."""


print('class keyword ok:', Tagged(3).randrange(100) == random.Random(3).randrange(100))


class Logged(random.Random):
    """Overrides seed() and getstate(), calling the base versions."""

    log = []

    def seed(self, a=None, version=2):
        Logged.log.append(('seed', a, version))
        super().seed(a, version)

    def getstate(self):
        Logged.log.append(('getstate',))
        return super().getstate()


lg = Logged(10)
lg.seed('abc', version=1)
st = lg.getstate()
print('log:', Logged.log)
ref = random.Random()
ref.seed('abc', version=1)
print('logged stream:', lg.random() == ref.random())


class WithArgs(random.Random):
    def __init__(self, name, seed=0):
        self.name = name
        super().__init__(seed)


w = WithArgs('w', seed=9)
print('extra init args:', w.name, w.random() == random.Random(9).random())
print('isinstance:', isinstance(w, random.Random), issubclass(random.SystemRandom, random.Random))

# The float-based _randbelow on a huge range is rejection-free but limited;
# small n works exactly like CPython.
c2 = Counter([0.3, 0.6])
print('without getrandbits:', [c2._randbelow_without_getrandbits(n) for n in (1, 2, 3, 1000, 2**40)])
attempt('Counter needs values', Counter)
