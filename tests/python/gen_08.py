# Infinite generators driven with next() and for/break
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

nat = naturals(10)
print(next(nat), next(nat), next(nat))

out = []
for f in fib():
    if f > 100:
        break
    out.append(f)
print(out)

def take(n, it):
    result = []
    for x in it:
        if len(result) >= n:
            break
        result.append(x)
    return result

def cycle(seq):
    while True:
        for x in seq:
            yield x

print(take(7, cycle('abc')))

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n

print(take(10, primes()))

# the generator remembers its position after break
g = naturals()
for x in g:
    if x == 3:
        break
print('after break', next(g))
for x in g:
    if x > 6:
        break
    print('resumed at', x)

# zip stops at the shortest; enumerate over an infinite generator
print(list(zip('xyz', naturals(100))))
for i, f in enumerate(fib()):
    if i == 5:
        print('fib index 5 is', f)
        break
