# %-formatting with dict arguments and user classes
d = {'name': 'Kim', 'score': 93.456, 'rank': 2}
print('%(name)s scored %(score).1f (rank %(rank)d)' % d)
print('%(name)s %(name)r %(name)10s|%(name)-10s|' % d)
print('%(rank)03d %(score)e' % d)
print('%(x)s %(x)s' % {'x': 'twice'})
print('%(a)s%%' % {'a': 5})

try:
    '%(missing)s' % d
except KeyError as e:
    print('KeyError:', e)
try:
    '%(name)s %s' % d
except TypeError as e:
    print('TypeError:', e)

# a dict as the single argument with no %(key) fields
print('%s' % {'k': 1})

# user classes: %s uses __str__, %r uses __repr__
class V:
    def __init__(self, n):
        self.n = n

    def __str__(self):
        return 'V' + str(self.n)

    def __repr__(self):
        return 'V(' + str(self.n) + ')'

v = V(3)
print('%s / %r / %5s / %-6r|' % (v, v, v, v))
print('%s' % [v, v])

# __int__/__index__ for %d and %x
class Num:
    def __index__(self):
        return 26

    def __int__(self):
        return 26

print('%d %x %o' % (Num(), Num(), Num()))

# __float__ for %f
class F:
    def __float__(self):
        return 2.5

print('%.2f %e' % (F(), F()))

# format a report
rows = [('north', 1200, 0.153), ('south', 850, 0.0825), ('east', 12, 1.0)]
print('%-8s %6s %7s' % ('region', 'units', 'share'))
for r in rows:
    print('%-8s %6d %6.1f%%' % (r[0], r[1], r[2] * 100))
