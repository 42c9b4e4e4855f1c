# isinstance with tuples, issubclass, type checks
class A: pass
class B(A): pass
class C: pass
class D(B, C): pass

d = D()
print(isinstance(d, A), isinstance(d, (C, int)), isinstance(d, (int, str)), isinstance(d, ()))
print(isinstance(3, (int, float)), isinstance(3.0, (int, (str, float))), isinstance(True, int))
print(isinstance(None, type(None)), isinstance([], (tuple, list)), isinstance(A, type))
print(issubclass(D, A), issubclass(D, (C,)), issubclass(A, B), issubclass(A, A), issubclass(bool, (str, int)))
print(issubclass(int, object), issubclass(type, object), issubclass(KeyError, LookupError))
try:
    isinstance(d, 'A')
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(d, A)
except TypeError as e:
    print('TypeError:', e)
print([c.__name__ for c in D.__mro__])
print(type(d) is D, type(d) == B, type(type(d)).__name__)

# map / filter / zip combos
nums = [1, 2, 3, 4, 5, 6]
print(list(map(str, nums)))
print(list(map(lambda a, b: a * b, nums, [10, 20, 30])))
print(list(filter(lambda n: n % 2, nums)))
print(list(filter(None, [0, 1, '', 'x', None, [], [0]])))
print(list(zip('abc', nums)))
print(list(zip()))
print(dict(zip(['k1', 'k2'], map(abs, [-1, -2]))))
pairs = [(1, 'one'), (2, 'two'), (3, 'three')]
ns, ws = zip(*pairs)
print(ns, ws)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
print(sum(map(lambda p: p[0] * p[1], zip(nums, reversed(nums)))))
m = map(int, ['7', '8'])
print(next(m), next(m), next(m, 'end'))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print('ValueError:', e)

# enumerate(start=)
for i, ch in enumerate('xyz', start=1):
    print(i, ch)
print(list(enumerate(['a', 'b'], 10)), list(enumerate([], 5)))
