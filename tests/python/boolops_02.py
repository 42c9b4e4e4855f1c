# Truthiness and bool()
vals = [0, 1, -1, 0.0, 0.1, -0.0, float('nan'), float('inf'), '', ' ', '0', [], [0], (), (0,), {}, {0: 0}, None, True, False, 2 ** 100, range(0), range(1)]
for v in vals:
    if v:
        print(repr(v), 'truthy', bool(v))
    else:
        print(repr(v), 'falsy', bool(v))
print(bool(), bool(0), bool('False'))
print(True + True, True * 3, False * 3, -True, ~False)
print(str(True), repr(False), str(None))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
