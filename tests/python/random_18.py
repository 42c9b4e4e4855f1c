# random: SystemRandom -- OS entropy, so only types, ranges and the
# stateless API are checked, never exact values.
import random

s = random.SystemRandom()
x = s.random()
print('random:', type(x).__name__, 0.0 <= x < 1.0)
print('random many:', all(0.0 <= s.random() < 1.0 for _ in range(200)))
print('getrandbits:', [0 <= s.getrandbits(k) < 2**k for k in (0, 1, 7, 8, 9, 64, 100)])
print('getrandbits(0):', s.getrandbits(0))
print('randbytes:', type(s.randbytes(5)).__name__, len(s.randbytes(5)), s.randbytes(0))
print('randrange:', all(0 <= s.randrange(10) < 10 for _ in range(200)))
print('randrange big:', 0 <= s.randrange(2**200) < 2**200)
print('randint:', all(s.randint(-3, 3) in range(-3, 4) for _ in range(200)))
print('choice:', s.choice('abc') in 'abc')
print('sample:', sorted(s.sample(range(10), 10)) == list(range(10)))
items = list(range(20))
s.shuffle(items)
print('shuffle:', sorted(items) == list(range(20)))
print('choices:', len(s.choices('ab', k=7)), set(s.choices('ab', [1, 0], k=7)))
print('gauss:', type(s.gauss()).__name__, type(s.normalvariate(1, 2)).__name__)
print('uniform:', 5 <= s.uniform(5, 6) <= 6)
print('seed is a no-op:', s.seed(1), s.seed(), s.seed('x', version=1))
for name in ('getstate', 'setstate'):
    try:
        getattr(s, name)(None) if name == 'setstate' else getattr(s, name)()
    except NotImplementedError as e:
        print(name, '->', type(e).__name__, e)
try:
    s.getrandbits(-1)
except ValueError as e:
    print('getrandbits(-1) ->', type(e).__name__, e)
print('_randbelow:', type(s)._randbelow is random.Random._randbelow_with_getrandbits)
print('seeded constructor:', isinstance(random.SystemRandom(42), random.Random))
