# hash() of ints, floats and tuples of them (deterministic values)
vals = [0, 1, -1, -2, 2, 100, -100, 2 ** 31, 2 ** 32, 2 ** 47 - 1, -2 ** 47, 2 ** 60, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 63, 2 ** 64, -2 ** 64, 10 ** 100, True, False]
for v in vals:
    print(v, hash(v))
fvals = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.0 ** 61, 1e100, 0.1, float('inf'), float('-inf'), 3.14159, -2.5]
for v in fvals:
    print(v, hash(v))
print(hash(1) == hash(1.0), hash(2 ** 70) == hash(2.0 ** 70), hash(0.5) == hash(1 / 2))
tvals = [(), (1,), (1, 2), (2, 1), (1, 2, 3), (0.5, -1), ((1, 2), (3,)), (2 ** 64, -1)]
for t in tvals:
    print(t, hash(t))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((True,)) == hash((1,)))
