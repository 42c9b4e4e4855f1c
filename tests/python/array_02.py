# array: range and type errors, exactly as CPython reports them.
from array import array


def attempt(code, value):
    try:
        return repr(array(code, [value]))
    except (OverflowError, TypeError, ValueError) as e:
        return '%s: %s' % (type(e).__name__, e)


probes = [2 ** 7, -2 ** 7 - 1, 2 ** 8, -1, 2 ** 15, -2 ** 15 - 1, 2 ** 16,
          2 ** 31, -2 ** 31 - 1, 2 ** 32, 2 ** 63, -2 ** 63 - 1, 2 ** 64,
          2 ** 100, -2 ** 100]
for code in 'bBhHiIlLqQ':
    print('--', code)
    for value in probes:
        print('  %-22d %s' % (value, attempt(code, value)))

for code in 'bBhHiIlLqQfdu':
    print(code, '|', attempt(code, 1.5), '|', attempt(code, '1'), '|',
          attempt(code, None), '|', attempt(code, 'ab') if code == 'u' else '')
print(attempt('f', 2 ** 1024), '|', attempt('d', 2 ** 1024), '|',
      attempt('f', 1e300), '|', attempt('f', -1e39), '|', attempt('u', 5))

for args in (('x',), ('ii',), (3,), ('',), ('i', 'text'), ('d', 'text'),
             ('i', array('u', 'abc')), ('u', [1, 2]), ('u', array('i', [65])),
             ('i', 5), ('i', [1, 'two']), ('i', b'\x00\x00\x00'),
             ('d', array('u', 'x')), ('i', None)):
    try:
        print(args, '->', array(*args))
    except (TypeError, ValueError) as e:
        print(args, '->', type(e).__name__, e)
for call in (lambda: array(), lambda: array('i', [], 3),
             lambda: array(typecode='i')):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)

# setting items checks the same way
a = array('B', [1, 2, 3])
for index, value in ((0, 256), (1, -1), (2, 2.0), (5, 1), (-4, 1), (0, 255)):
    try:
        a[index] = value
        print('a[%d] = %r ->' % (index, value), a)
    except (OverflowError, TypeError, IndexError) as e:
        print('a[%d] = %r -> %s: %s' % (index, value, type(e).__name__, e))
try:
    a.append(300)
except OverflowError as e:
    print('append:', e, a)
try:
    a.extend([4, 5, 999, 6])
except OverflowError as e:
    print('extend:', e, a)
try:
    a.insert(0, -3)
except OverflowError as e:
    print('insert:', e, a)
