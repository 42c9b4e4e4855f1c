# sorted/min/max/sum/any/all
words = ['banana', 'Apple', 'cherry', 'date', 'Elder', 'fig']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted((3, 1, 2), reverse=True), sorted('bca'), sorted({'b': 1, 'a': 2}))
# stable sort with reverse keeps equal items in original order
recs = [('x', 2), ('y', 1), ('z', 2), ('w', 1)]
print(sorted(recs, key=lambda r: r[1], reverse=True))
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError:', e)

print(min(words), max(words), min(words, key=len), max(words, key=len))
print(min([], default='empty'), max([], key=len, default=None), min(3, 1, 2), max('a', 'b', key=ord))
print(max([2, 5, 5, 1], key=lambda n: -n), min([(1, 'b'), (1, 'a')]))
try:
    max([])
except ValueError as e:
    print('ValueError:', e)
try:
    min(5)
except TypeError as e:
    print('TypeError:', e)

print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([[1], [2, 3]], []), sum([0.5, 0.25], start=1))
print(sum(x * x for x in range(4)), sum(()), sum([True, True, False]))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)

# any/all short-circuit with generators
def trace(vals):
    for v in vals:
        print('  yield', v)
        yield v
print(any(trace([0, 3, 5])))
print(all(trace([1, 0, 2])))
print(any([]), all([]), any(x > 2 for x in [1, 2]), all(x > 0 for x in [1, 2]))
g = (n for n in [0, 0, 7, 8])
print(any(g), list(g))
