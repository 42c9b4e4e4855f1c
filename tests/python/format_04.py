# %-formatting: %s %d %i %f %x %o %r %%
print('%s' % 'one')
print('%s and %s' % ('a', 'b'))
print('%d items' % 42)
print('%i %d' % (7, -7))
print('%d' % 3.99)
print('%5d|%-5d|%05d' % (42, 42, 42))
print('%f %.2f %5.2f %-8.3f| %08.2f' % (3.14159, 3.14159, 3.14159, 3.14159, -3.14159))
print('%x %X %#x %#X %o %#o' % (255, 255, 255, 255, 8, 8))
print('%e %.3E %g %G' % (12345.6789, 0.000123, 1e-10, 1e20))
print('%r %s' % ('quoted', 'plain'))
print('%r' % ([1, 'a'],))
print('%a' % ('é',))
print('100%% sure, %d%%' % 50)
print('%c%c' % ('h', 105))
print('%+d % d %+.1f' % (5, 5, 2.25))
print('%s' % None, '%s' % True, '%d' % True)
print('%s' % [1, 2], '%s' % ((1, 2),))
print('%*d|%-*d|%.*f' % (6, 1, 6, 2, 2, 3.14159))
print('no args' % ())

# single non-tuple argument
val = 17
print('value: %s' % val)
t = (1, 2)
print('tuple arg: %s' % (t,))

# errors
try:
    '%s %s' % ('only one',)
except TypeError as e:
    print('TypeError:', e)
try:
    '%s' % ('a', 'b')
except TypeError as e:
    print('TypeError:', e)
try:
    '%d' % 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    '%q' % 1
except ValueError as e:
    print('ValueError:', e)
try:
    '%x' % 1.5
except TypeError as e:
    print('TypeError:', e)
try:
    '%' % ()
except ValueError as e:
    print('ValueError:', e)
