# sys.exc_info and sys.exception
import sys

print(sys.exc_info())
print(sys.exception())
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None)
    print(sys.exception() is v)
    try:
        1 / 0
    except ZeroDivisionError:
        print('inner', sys.exc_info()[0].__name__)
    print('back to outer', sys.exc_info()[0].__name__)
print('after', sys.exc_info())

def report():
    t, v, _ = sys.exc_info()
    return '%s(%s)' % (t.__name__ if t else None, v)

try:
    [][1]
except IndexError:
    print(report())
print(report())

try:
    try:
        raise ValueError('in try')
    finally:
        print('finally sees', sys.exc_info()[0].__name__)
except ValueError:
    pass

def gen():
    try:
        raise TypeError('gen err')
    except TypeError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
g = gen()
print(next(g))
print('between', sys.exc_info()[0])
print(next(g))

try:
    raise RuntimeError('outer')
except RuntimeError:
    print(next(iter([sys.exc_info()[1]])))
    def helper():
        return sys.exc_info()[1]
    print(helper())

tb_info = None
try:
    def boom():
        raise OSError(2, 'gone')
    boom()
except OSError:
    _, v, tb = sys.exc_info()
    print(v.errno, v.strerror)
    count = 0
    while tb is not None:
        count += 1
        tb = tb.tb_next
    print('frames', count)
