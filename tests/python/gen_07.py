# Generator expressions consumed by builtins
nums = [5, 3, 8, 1, 9, 2]
print(sum(x * x for x in nums))
print(sum((x for x in nums), 100))
print(any(x > 8 for x in nums), any(x > 9 for x in nums))
print(all(x > 0 for x in nums), all(x > 1 for x in nums))
print(min(x % 4 for x in nums), max(-x for x in nums))
print(list(x for x in nums if x % 2))
print(sorted(x for x in nums))
print(sorted((x for x in nums), reverse=True))
print(dict((str(x), x * 2) for x in nums[:3]))
print(tuple(c.upper() for c in 'abc'))
print(' '.join(str(x) for x in range(5)))
print(max((len(w), w) for w in ['pear', 'fig', 'banana', 'kiwi']))
print(min((w for w in ['pear', 'fig', 'banana']), key=len))

# nested loops and conditions in a genexp
pairs = list((a, b) for a in range(3) for b in range(3) if a < b)
print(pairs)

# a genexp is a lazy, single-use iterator
g = (x * 10 for x in range(3))
print(type(g).__name__)
print(next(g))
print(list(g))
print(list(g))

# any/all short-circuit
def tracked(seq):
    for x in seq:
        print('  check', x)
        yield x

print(any(x > 2 for x in tracked([1, 3, 5])))
print(all(x < 2 for x in tracked([1, 3, 5])))

# empty inputs
print(sum(x for x in []), any(x for x in []), all(x for x in []))
try:
    max(x for x in [])
except ValueError as e:
    print('ValueError:', e)
print(max((x for x in []), default='none'))

# the outermost iterable is evaluated immediately
try:
    g2 = (x for x in 5)
except TypeError as e:
    print('TypeError:', e)
