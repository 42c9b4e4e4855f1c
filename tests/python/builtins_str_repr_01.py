# str() and repr() of many types
vals = [0, -5, 2 ** 64, 1.0, -0.0, 1e100, 1e-100, 3.14, 'text', "qu'ote", '', True, False, None, [], [1, 'a'], (), (1,), (1, 2), {}, {'a': [1, (2, 3)]}, range(3), range(1, 9, 2)]
for v in vals:
    print(str(v), repr(v))
print(str(-2 ** 100), repr(2.5e-300), str('日本'), repr('日本'))
print(str(str(str(1))), repr(repr(repr(1))))
print(str([1.0, 'x', None]), repr([1.0, 'x', None]))
print([str(1), repr('1')], str(['1']), repr(('1',)))
print(str(float('inf')), repr(float('-inf')), str(float('nan')))
print([[[]]], [(), ()], ((),), {1: {2: {}}})
print({'nested': {'list': [1, 2], 'tuple': (3,)}, 'n': None})
