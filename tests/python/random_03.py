# random: choices, shuffle and sample, 10,000 values each, after seeding with
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


COLORS = ['red', 'green', 'blue', 'cyan', 'magenta', 'yellow', 'black']
WEIGHTS = [5, 1, 0, 2.5, 10, 3, 1]
CUM = [0.5, 1.25, 3.0, 3.0, 7.75, 10.0, 12.5]


def shuffled(n):
    items = list(range(n))
    random.shuffle(items)
    return items


SEQUENCE_FUNCTIONS = [
    ('choices(k=10000)', lambda: random.choices(COLORS, k=10000)),
    ('choices(weights)', lambda: random.choices(COLORS, WEIGHTS, k=10000)),
    ('choices(cum_weights)', lambda: random.choices(COLORS, cum_weights=CUM, k=10000)),
    ('choices(int weights, range)', lambda: random.choices(range(1000), weights=range(1000), k=10000)),
    ('shuffle(10000)', lambda: shuffled(10000)),
    ('sample(range(10**6))', lambda: random.sample(range(10**6), 10000)),
    ('sample(range(20000))', lambda: random.sample(range(20000), 10000)),
    ('sample(range(-10**15,10**15,7))', lambda: random.sample(range(-10**15, 10**15, 7), 10000)),
    ('sample(counts)', lambda: random.sample(COLORS, counts=[9000, 1, 5000, 0, 300, 77, 2000], k=10000)),
]

for seed_args in [(0,), (1,), (12345,), (2**100 + 7,), (-5,)]:
    label = repr(seed_args)
    for name, call in SEQUENCE_FUNCTIONS:
        random.seed(*seed_args)
        report(label, name, call())
    # Many small calls: 2,500 samples of 4 and 10,000 shuffles of 5 items.
    random.seed(*seed_args)
    values = []
    for _ in range(2500):
        values.extend(random.sample('abcdefghij', 4))
    report(label, 'sample(str, 4) x2500', values)
    random.seed(*seed_args)
    values = []
    for _ in range(2000):
        items = [1, 2, 3, 4, 5]
        random.shuffle(items)
        values.extend(items)
    report(label, 'shuffle(5) x2000', values)
