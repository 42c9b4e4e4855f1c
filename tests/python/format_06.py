# Comparing the three formatting styles on the same values
values = [0, 1, -1, 42, 3.5, -0.125, 1e10, 123456789]
for v in values:
    a = '%10.3f' % v
    b = '{:10.3f}'.format(v)
    c = f'{v:10.3f}'
    print(repr(a), a == b == c)

for v in [0, 7, 255, 4096]:
    print('%x' % v, '{:x}'.format(v), f'{v:x}', '%#o' % v, '{:#o}'.format(v))

# str() vs format() of floats
for x in [0.1, 1 / 3, 2.0, 1e16, 1e-5, 123456.789]:
    print(str(x), format(x), format(x, ''), '%s' % x, '{}'.format(x), f'{x}')

# %g vs {:g} agree; repr differs
for x in [100000.0, 1000000.0, 0.0001, 0.00001, 1.5, 2.0]:
    print('%g' % x, '{:g}'.format(x), repr(x))

# default precision in %f / {:f} is 6
print('%f' % 1.0, '{:f}'.format(1.0), f'{1.0:f}')

# strings with precision truncate in all three
s = 'abcdefgh'
print('%.3s' % s, '{:.3}'.format(s), f'{s:.3}', '%-6.2s|' % s, '{:<6.2}|'.format(s))

# rounding: half-even on the binary value
for x in [0.5, 1.5, 2.5, 0.125, 0.375, 2.675]:
    print(x, '%.0f' % x if x >= 0.5 else '%.2f' % x, '{:.2f}'.format(x), round(x, 2))

# bools and ints
print('%s %r %d' % (True, False, True), '{} {!r} {:d}'.format(True, False, True))
print(f'{True} {True!r} {True:d} {True:>5} {False:5}|')
