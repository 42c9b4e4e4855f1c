# StopIteration, next with default, iter
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e), e.args)
it2 = iter('ab')
print(next(it2), next(it2), next(it2, None))
r = iter(range(3))
total = 0
while True:
    v = next(r, None)
    if v is None:
        break
    total += v
print(total)
d = iter({'x': 1, 'y': 2})
print(next(d), next(d), next(d, 'end'))
z = iter(zip([1, 2], 'ab'))
print(next(z), next(z), next(z, 'no more'))
e = iter(enumerate(['p', 'q']))
print(next(e), next(e))
it3 = iter([10, 20, 30])
for v in it3:
    print('loop', v)
    if v == 10:
        print('skipped', next(it3))
print(next(it3, 'exhausted'))
