# match: value patterns (dotted names) and builtin class patterns
class Color:
    RED = 'red'
    GREEN = 'green'
    BLUE = 'blue'

class Limits:
    LOW = 0
    HIGH = 100

def paint(c):
    match c:
        case Color.RED:
            return 'stop'
        case Color.GREEN:
            return 'go'
        case Color.BLUE | 'cyan':
            return 'cool'
        case _:
            return 'unknown colour ' + repr(c)

for c in ['red', 'green', 'blue', 'cyan', 'pink', Color.RED]:
    print(c, '->', paint(c))

# a bare name is a capture, a dotted name is a value lookup
RED = 'not used'
match 'green':
    case Color.RED:
        print('not reached')
    case other:
        print('captured other =', other)

for v in [0, 100, 50]:
    match v:
        case Limits.LOW:
            print(v, 'at low limit')
        case Limits.HIGH:
            print(v, 'at high limit')
        case _:
            print(v, 'in range')

# value pattern uses ==, so 1.0 matches Limits-like int value
class Nums:
    ONE = 1
match 1.0:
    case Nums.ONE:
        print('1.0 == Nums.ONE')

# builtin classes take a single positional sub-pattern matching the whole subject
for v in [5, 'text', 2.5, [1, 2], (3,), {'a': 1}, True, None, b'x']:
    match v:
        case bool(b):
            print('bool', b)
        case int(i):
            print('int', i)
        case float(f):
            print('float', f)
        case str(s):
            print('str', s)
        case list([a, *_]):
            print('list starting', a)
        case tuple((t,)):
            print('1-tuple of', t)
        case dict({'a': x}):
            print('dict with a =', x)
        case bytes(bs):
            print('bytes', bs)
        case None:
            print('None')
