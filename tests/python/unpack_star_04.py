# Unpacking errors and their messages
def attempt(label, fn):
    try:
        result = fn()
        print(label, 'ok', result)
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__ + ':', e)

def s1():
    a, *b, c = [1]
    return a, b, c

def s2():
    a, b, *c = (1,)
    return a, b, c

def s3():
    *a, b, c, d = 'xy'
    return a, b, c, d

def s4():
    a, b = [1, 2, 3]
    return a, b

def s5():
    a, b, c = [1, 2]
    return a, b, c

def s6():
    a, b = 5
    return a, b

def s7():
    a, *b = 5
    return a, b

def s8():
    a, *b = []
    return a, b

def s9():
    (a, b), c = [1], 3
    return a, b, c

for fn in [s1, s2, s3, s4, s5, s6, s7, s8, s9]:
    attempt(fn.__name__, fn)

# unpacking in a for loop with the wrong shape
try:
    for a, *b, c in [(1, 2, 3), (4,)]:
        print('row', a, b, c)
except ValueError as e:
    print('loop ValueError:', e)

# too many values from a generator: stops consuming after expected + 1
def counting():
    for i in range(10):
        print('  yield', i)
        yield i

try:
    a, b = counting()
except ValueError as e:
    print('ValueError:', e)
