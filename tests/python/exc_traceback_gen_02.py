# Uncaught exception inside a generator reached through yield from and next()
def inner(limit):
    for i in range(limit):
        yield 10 // (2 - i)

def outer():
    yield 'start'
    yield from inner(5)

g = outer()
print(next(g))
print(next(g))
print(next(g))
print(next(g))
