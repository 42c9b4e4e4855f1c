# random: 10,000 draws from each integer/bytes function after seeding with
# ints: 0, 1, 12345, 2**100+7 and -5; prints the first values and an exact hash of all reprs.
import random

MODULUS = 2**61 - 1


def digest(values):
    """Polynomial hash of the values' reprs, exact integer arithmetic only."""
    h = 0
    for v in values:
        h = (h * 1000003 + int.from_bytes(repr(v).encode(), 'big')) % MODULUS
    return h


def report(seed_label, name, values):
    print(seed_label, name, len(values), values[:3], digest(values))


def draw_each(seed_args, functions, n=10000):
    label = repr(seed_args)
    for name, draw in functions:
        random.seed(*seed_args)
        report(label, name, [draw() for _ in range(n)])


DECK = ['card%d' % i for i in range(37)]

INT_FUNCTIONS = [
    ('random', random.random),
    ('getrandbits(1)', lambda: random.getrandbits(1)),
    ('getrandbits(32)', lambda: random.getrandbits(32)),
    ('getrandbits(77)', lambda: random.getrandbits(77)),
    ('randbytes(3)', lambda: random.randbytes(3)),
    ('randrange(10)', lambda: random.randrange(10)),
    ('randrange(-50,1000,7)', lambda: random.randrange(-50, 1000, 7)),
    ('randrange(100,-100,-3)', lambda: random.randrange(100, -100, -3)),
    ('randrange(2**80)', lambda: random.randrange(2**80)),
    ('randint(1,6)', lambda: random.randint(1, 6)),
    ('randint(-10**20,10**20)', lambda: random.randint(-10**20, 10**20)),
    ('choice(DECK)', lambda: random.choice(DECK)),
    ('choice(range)', lambda: random.choice(range(3, 10**9, 11))),
]

for seed_args in [(0,), (1,), (12345,), (2**100 + 7,), (-5,)]:
    draw_each(seed_args, INT_FUNCTIONS)
