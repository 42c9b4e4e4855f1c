# Starred assignment targets
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = (7, 8)
print(a)
[x, *y] = 'hello'
print(x, y)
(p, *q), r = [1, 2, 3], 'r'
print(p, q, r)
first, *middle, last = range(6)
print(first, middle, last, type(middle).__name__)

# the starred target always receives a list
*t, = (1, 2, 3)
print(t, type(t).__name__)
h, *rest = 'x'
print(h, rest)

# from any iterable: generator, dict (keys), string
def gen():
    yield 'g1'
    yield 'g2'
    yield 'g3'

g0, *gs = gen()
print(g0, gs)
k, *ks = {'one': 1, 'two': 2, 'three': 3}
print(k, ks)

# in for loops
for head, *tail in [(1, 2, 3), (4,), ('a', 'b')]:
    print('head', head, 'tail', tail)
for *init, end in ['abc', 'de', 'f']:
    print('init', init, 'end', end)

# nested unpacking with star in the inner level
[(a, *b), c] = [(1, 2, 3), 4]
print(a, b, c)

# swap-like rotation using star
seq = [1, 2, 3, 4]
head, *body = seq
seq = [*body, head]
print(seq)
