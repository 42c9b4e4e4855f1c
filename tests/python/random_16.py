# random: randrange() with non-integer arguments (deprecated since 3.10):
# integral floats work with a DeprecationWarning, fractional ones raise
# ValueError; warnings are captured and printed, never left to stderr.
import random
import warnings


def attempt(label, func, *args):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            result = func(*args)
        except Exception as e:
            result = '%s %s' % (type(e).__name__, e)
    print(label, '->', result)
    for w in caught:
        # stacklevel: randrange's warnings point at its caller.
        here = w.filename.endswith('random_16.py')
        print('    warning:', w.category.__name__, '|', w.message, '| here:', here,
              w.lineno if here else '')


r = random.Random(4)
attempt('randrange(10.0)', r.randrange, 10.0)
attempt('randrange(2.0, 9.0)', r.randrange, 2.0, 9.0)
attempt('randrange(0, 20, 5.0)', r.randrange, 0, 20, 5.0)
attempt('randrange(1.0, 2.0, 1.0)', r.randrange, 1.0, 2.0, 1.0)
attempt('randrange(10.5)', r.randrange, 10.5)
attempt('randrange(1, 9.5)', r.randrange, 1, 9.5)
attempt('randrange(1, 9, 1.5)', r.randrange, 1, 9, 1.5)
attempt('randrange(0.0)', r.randrange, 0.0)
attempt('randrange(3.0, 3.0)', r.randrange, 3.0, 3.0)
attempt('randrange(0, 10, 0.0)', r.randrange, 0, 10, 0.0)
attempt('randrange("7")', r.randrange, '7')
attempt('randrange(float("nan"))', r.randrange, float('nan'))
attempt('randrange(float("inf"))', r.randrange, float('inf'))
attempt('randint(1.0, 3.0)', r.randint, 1.0, 3.0)
attempt('randint(1, 3.5)', r.randint, 1, 3.5)

# Same values as the integer arguments would give.
with warnings.catch_warnings():
    warnings.simplefilter('ignore', DeprecationWarning)
    a = [random.Random(8).randrange(100.0) for _ in range(3)]
print('float == int:', a == [random.Random(8).randrange(100) for _ in range(3)])

# Turned into errors by a filter.
with warnings.catch_warnings():
    warnings.simplefilter('error', DeprecationWarning)
    try:
        r.randrange(5.0)
    except DeprecationWarning as e:
        print('as error:', type(e).__name__, e)
    try:
        r.randrange(5.5)
    except DeprecationWarning as e:
        print('as error:', type(e).__name__, e)

# The float-only _randbelow warns when the range exceeds 53 bits.


class FloatOnly(random.Random):
    def random(self):
        return 0.5


attempt('FloatOnly().randrange(2**60)', FloatOnly().randrange, 2**60)
attempt('FloatOnly().randrange(2**52)', FloatOnly().randrange, 2**52)
