# random: the module-level API -- __all__, constants, functions bound to one
# shared hidden generator, and a small simulation using it.
import random

print('__all__:', sorted(random.__all__))
missing = [name for name in random.__all__ if not hasattr(random, name)]
print('missing:', missing)
print('constants:', repr(random.NV_MAGICCONST), repr(random.LOG4), repr(random.SG_MAGICCONST),
      random.BPF, repr(random.RECIP_BPF), repr(random.TWOPI))
print('classes:', random.Random.__name__, random.SystemRandom.__name__,
      random.SystemRandom.__mro__[1] is random.Random)

# All module functions draw from the same generator.
shared = [name for name in random.__all__ if name[0].islower()]
owners = {getattr(random, name).__self__ is getattr(random, 'random').__self__ for name in shared}
print('one shared instance:', owners, type(random.random.__self__).__name__)

random.seed(1234)
state = random.getstate()
sequence = [
    random.random(),
    random.uniform(1, 2),
    random.triangular(0, 4, 1),
    random.randint(1, 10),
    random.choice('spam'),
    random.randrange(0, 100, 3),
    random.sample(range(50), 3),
    random.choices('xyz', [1, 5, 1], k=4),
    random.normalvariate(0, 1),
    random.lognormvariate(0, 1),
    random.expovariate(3),
    random.vonmisesvariate(0, 1),
    random.gammavariate(3, 2),
    random.gauss(2, 3),
    random.betavariate(2, 3),
    random.paretovariate(1.5),
    random.weibullvariate(1, 1.5),
    random.getrandbits(40),
    random.randbytes(5),
]
items = list(range(10))
random.shuffle(items)
sequence.append(items)
for value in sequence:
    print(repr(value))

# Replaying the state replays everything; a separate Random(1234) matches.
random.setstate(state)
replay = random.random()
mine = random.Random(1234)
print('replay:', replay == sequence[0], mine.random() == sequence[0])

# Independent instances do not disturb the shared generator.
random.seed(5)
x1 = random.random()
random.seed(5)
other = random.Random(5)
other.random()
other.random()
print('independent:', random.random() == x1)

# A small Monte Carlo estimate, fully determined by the seed.
random.seed(2023)
inside = 0
for _ in range(20000):
    x = random.random()
    y = random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print('pi estimate:', 4 * inside / 20000)

# Dice statistics.
counts = [0] * 7
for _ in range(6000):
    counts[random.randint(1, 6)] += 1
print('dice:', counts[1:], sum(counts))

# A random walk.
pos = 0
path = []
for _ in range(30):
    pos += random.choice((-1, 1))
    path.append(pos)
print('walk:', path)

# Shuffle a deck and deal hands.
deck = [r + s for s in 'SHDC' for r in '23456789TJQKA']
random.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
for hand in hands:
    print('hand:', ' '.join(hand))
