# reversed and iter/next
print(list(reversed([1, 2, 3])), list(reversed('hello')), list(reversed(range(0, 10, 3))))
print(list(reversed([])), list(reversed(())), tuple(reversed((1, 2))))
r = reversed([1, 2, 3])
print(next(r), next(r), next(r), next(r, 'stop'))
s = ''
for ch in reversed('stressed'):
    s += ch
print(s)
lst = [1, 2, 3, 4]
for x in reversed(lst):
    print(x, end=' ')
print()
it = iter(range(5))
print(next(it), next(it))
print(list(it))
print(next(it, 'empty'))
it2 = iter([1, 2, 3])
first = next(it2)
rest = list(it2)
print(first, rest)
d = {'a': 1, 'b': 2, 'c': 3}
print(list(reversed(list(d))))
print(''.join(reversed('日本語')))
