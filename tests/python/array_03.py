# array: list-like methods and their errors.
from array import array

a = array('i', [5, 3, 8])
a.append(1)
a.extend([9, 3])
a.extend(array('i', [7]))
a.extend(x * 10 for x in range(2))
a.insert(0, 100)
a.insert(-1, 200)
a.insert(99, 300)
a.insert(-99, -300)
print(a, len(a))
print(a.count(3), a.count(42), a.count(3.0), a.index(3), a.index(3, 3),
      a.index(3, -7), a.index(8, 0, 6))
print(a.pop(), a.pop(0), a.pop(2), a.pop(-2), a)
a.remove(3)
print(a)
a.reverse()
print(a, a.tolist())
print(a.buffer_info()[1] == len(a))


def attempt(label, func, *args):
    try:
        print(label, '->', func(*args))
    except (ValueError, IndexError, TypeError, OverflowError) as e:
        print(label, '->', type(e).__name__, e)


attempt('index missing', a.index, 42)
attempt('index range', a.index, 5, 0, 1)
attempt('index str', a.index, 'x')
attempt('index bad start', a.index, 5, 'x')
attempt('remove missing', a.remove, 42)
attempt('pop big', a.pop, 50)
attempt('pop neg', a.pop, -50)
attempt('pop str', a.pop, 'x')
attempt('pop empty', array('d').pop)
attempt('insert str', a.insert, 'x', 1)
attempt('extend int', a.extend, 5)
attempt('extend other kind', a.extend, array('h', [1]))
attempt('extend str', a.extend, 'abc')
print(a)

# a NaN is never equal to itself, so it is never found
nan = float('nan')
d = array('d', [1.0, nan, 2.0])
print(nan in d, d.count(nan), 2.0 in d)
attempt('remove nan', d.remove, nan)

# unicode arrays
u = array('u', 'hello')
u.append('!')
u.extend('??')
u.insert(0, '¡')
print(u, u.tounicode(), u.count('l'), u.index('o'), u.pop())
attempt('append 2 chars', u.append, 'ab')
attempt('append int', u.append, 1)
attempt('index int', u.index, 1)
u.fromunicode(' world')
print(u.tounicode())
attempt('fromunicode int', u.fromunicode, 5)
attempt('fromunicode on i', array('i').fromunicode, 'x')
attempt('tounicode on i', array('i').tounicode)

# fromlist is all-or-nothing
h = array('h', [1])
h.fromlist([2, 3])
attempt('fromlist tuple', h.fromlist, (4,))
attempt('fromlist overflow', h.fromlist, [4, 70000])
print(h)
