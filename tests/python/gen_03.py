# Generators: throw() caught inside and uncaught
def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print('caught ValueError:', e)
            n = -100
        n += 1

r = resilient()
print(next(r))
print(next(r))
print(r.throw(ValueError('bad')))
print(next(r))

def fragile():
    yield 1
    yield 2

f = fragile()
print(next(f))
try:
    f.throw(KeyError('k'))
except KeyError as e:
    print('propagated KeyError', repr(e))
# a generator that died from an exception is finished
print(next(f, 'finished'))

# throw into a generator that was never started
g = fragile()
try:
    g.throw(RuntimeError('early'))
except RuntimeError as e:
    print('early throw:', e)
print(next(g, 'finished too'))

# throw with an exception class
def catch_type():
    try:
        yield 'a'
    except TypeError as e:
        print('type caught, args =', e.args)
        yield 'after'

c = catch_type()
next(c)
print(c.throw(TypeError))

# finally runs when throw propagates
def with_finally():
    try:
        yield 1
    finally:
        print('finally ran')

w = with_finally()
next(w)
try:
    w.throw(ZeroDivisionError('zd'))
except ZeroDivisionError as e:
    print('got', type(e).__name__, e)
