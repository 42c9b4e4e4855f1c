# random: 10,000 draws from each real-valued distribution after seeding with
# bytes, bytearray and version-1 str/bytes seeds; prints the first values (repr) and an exact hash of all reprs.
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


FLOAT_FUNCTIONS = [
    ('uniform(-3,7.5)', lambda: random.uniform(-3, 7.5)),
    ('uniform(10,1)', lambda: random.uniform(10, 1)),
    ('triangular()', random.triangular),
    ('triangular(1,10,2)', lambda: random.triangular(1, 10, 2)),
    ('normalvariate()', random.normalvariate),
    ('normalvariate(5,2)', lambda: random.normalvariate(5, 2)),
    ('gauss()', random.gauss),
    ('gauss(1,0.5)', lambda: random.gauss(1, 0.5)),
    ('lognormvariate(0,0.5)', lambda: random.lognormvariate(0, 0.5)),
    ('expovariate(1.5)', lambda: random.expovariate(1.5)),
    ('expovariate(-2)', lambda: random.expovariate(-2)),
    ('vonmisesvariate(1,0)', lambda: random.vonmisesvariate(1, 0)),
    ('vonmisesvariate(3,4)', lambda: random.vonmisesvariate(3, 4)),
    ('vonmisesvariate(0,0.01)', lambda: random.vonmisesvariate(0, 0.01)),
    ('gammavariate(0.5,2)', lambda: random.gammavariate(0.5, 2)),
    ('gammavariate(1,3)', lambda: random.gammavariate(1, 3)),
    ('gammavariate(2.5,1)', lambda: random.gammavariate(2.5, 1)),
    ('gammavariate(150,0.1)', lambda: random.gammavariate(150, 0.1)),
    ('betavariate(2,5)', lambda: random.betavariate(2, 5)),
    ('betavariate(0.5,0.5)', lambda: random.betavariate(0.5, 0.5)),
    ('paretovariate(2.5)', lambda: random.paretovariate(2.5)),
    ('weibullvariate(1.5,0.7)', lambda: random.weibullvariate(1.5, 0.7)),
]

for seed_args in [(b'bytes',), (bytearray(b'\x00\xff\x10'),), ('hello', 1), (b'hello', 1)]:
    draw_each(seed_args, FLOAT_FUNCTIONS)
