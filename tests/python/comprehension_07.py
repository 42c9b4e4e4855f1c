# Generator expressions are lazy and short-circuit in any/all
def check(n):
    print('checking', n)
    return n > 2

print(any(check(n) for n in range(10)))
print(all(check(n) for n in [5, 4, 1, 9]))

def source():
    print('building source')
    return [1, 2, 3]

g = (x * 10 for x in source())
print('generator created')
print(next(g))
print(next(g), next(g))
print(next(g, 'exhausted'))
try:
    next(g)
except StopIteration:
    print('StopIteration')

# the outermost iterable is evaluated immediately, the rest lazily
def inner_source(x):
    print('inner for', x)
    return range(x)

g2 = ((a, b) for a in [1, 2] for b in inner_source(a))
print('g2 created')
for pair in g2:
    print(pair)

try:
    g3 = (y for y in 42)
except TypeError as e:
    print('TypeError:', e)
