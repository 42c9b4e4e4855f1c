# Generators: yield in loops, next(), for loops, exhaustion
def countdown(n):
    print('start countdown', n)
    while n > 0:
        yield n
        n -= 1
    print('countdown done')

g = countdown(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value, e.args)

# exhausted generator keeps raising StopIteration
try:
    next(g)
except StopIteration as e:
    print('again StopIteration', e.value)

for v in countdown(4):
    print('got', v)

def squares(limit):
    for i in range(limit):
        yield i * i

print(list(squares(6)))
print(tuple(squares(3)))

# generator body does not start until first next()
def noisy():
    print('body started')
    yield 1

n = noisy()
print('created')
print(next(n))

# next() with default
e = squares(1)
print(next(e, 'dflt'), next(e, 'dflt'), next(e, 'dflt'))

# iter() of a generator is itself
s = squares(2)
print(iter(s) is s)
