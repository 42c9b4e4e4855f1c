# random: seed() semantics -- ints (sign ignored), big ints, floats, str/bytes
# with versions 1 and 2, bytearray, None, and the unsupported-type error.
import random


def attempt(label, func, *args, **kwargs):
    try:
        print(label, '->', func(*args, **kwargs))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


def first(seed, *extra):
    r = random.Random()
    r.seed(seed, *extra)
    return r.random()


print('ints:', first(0), first(1), first(2**32), first(2**32 - 1))
print('negative == positive:', first(-5) == first(5), first(-2**100) == first(2**100))
print('big:', first(2**100 + 7), first(10**50), first(2**19937))
print('bool:', first(True) == first(1), first(False) == first(0))
print('floats:', first(0.5), first(1.0) == first(1), first(-2.5), first(1e300))
print('float nan/inf:', first(float('inf')), first(-float('inf')))
print('str v2:', first('hello'), first(''), first('h\xe9llo \u20ac'))
print('bytes v2:', first(b'hello'), first(b''), first(b'hello') == first('hello'))
print('bytearray v2:', first(bytearray(b'hello')) == first(b'hello'))
print('str v1:', first('hello', 1), first('', 1), first('\xff\xfe', 1))
print('bytes v1:', first(b'hello', 1) == first('hello', 1), first(b'\xff\xfe', 1) == first('\xff\xfe', 1))
print('int v1:', first(42, 1) == first(42))
print('v1 differs from v2:', first('hello', 1) != first('hello', 2))
print('keyword version:', first('abc', 2) == random.Random('abc').random())
long_text = 'The quick brown fox jumps over the lazy dog. ' * 50
print('long str:', first(long_text), first(long_text, 1))

# Random(x) is Random().seed(x); module seed() drives the module functions.
print('constructor:', random.Random(123).random() == first(123))
random.seed(123)
print('module seed:', random.random() == first(123))
random.seed('spam', version=1)
print('module seed v1:', random.random() == first('spam', 1))
random.seed(a=4, version=2)
print('module keywords:', random.random() == first(4))

# None seeds from the OS: just check that it works and gives a float.
r = random.Random(None)
print('None seed:', 0.0 <= r.random() < 1.0, r.gauss_next)
r.seed()
print('no-arg seed:', 0.0 <= r.random() < 1.0)
random.seed()
print('module no-arg seed:', type(random.random()).__name__)

# Re-seeding restarts the stream.
r = random.Random(5)
a = [r.random() for _ in range(3)]
r.seed(5)
print('reseed:', a == [r.random() for _ in range(3)], a)

# Unsupported seed types.
attempt('list', random.Random, [1, 2])
attempt('tuple', random.Random, (1, 2))
attempt('dict', random.seed, {})
attempt('set', random.seed, {1})
attempt('object', random.seed, object())
attempt('complex', random.seed, 1j)
attempt('list v1', random.seed, [1], 1)
attempt('bytearray v1 (hash)', random.seed, bytearray(b'x'), 1)
attempt('too many args', random.seed, 1, 2, 3)
attempt('bad keyword', random.seed, 1, vers=2)


class MyInt(int):
    pass


print('int subclass:', first(MyInt(77)) == first(77))
print('str subclass:', first(type('S', (str,), {})('hello')) == first('hello'))
