# str.format: positional, automatic, indexed and keyword fields
print('{} + {} = {}'.format(1, 2, 3))
print('{0} {1} {0}'.format('a', 'b'))
print('{1}{0}'.format('x', 'y'))
print('{name} is {age}'.format(name='Bo', age=7))
print('{0} and {who}'.format('me', who='you'))
print('{} {}'.format('only', 'two', 'extra ignored'))
print('{{}} {{{}}}'.format('in braces'))
print(''.format())
print('{!r} {!s} {!a}'.format('q', 'q', 'é'))
print('{0!r:>6}'.format('z'))

args = ('p', 'q')
kwargs = {'k': 'K'}
print('{0}{1}{k}'.format(*args, **kwargs))
print('{a}-{b}'.format(**{'a': 1, 'b': 2}))
print('{a}'.format_map({'a': 'mapped'}))

# errors
try:
    '{} {}'.format(1)
except IndexError as e:
    print('IndexError:', e)
try:
    '{missing}'.format(x=1)
except KeyError as e:
    print('KeyError:', e)
try:
    '{0} {}'.format(1, 2)
except ValueError as e:
    print('ValueError:', e)
try:
    '{} {0}'.format(1, 2)
except ValueError as e:
    print('ValueError:', e)
try:
    '{'.format()
except ValueError as e:
    print('ValueError:', e)
try:
    '}'.format()
except ValueError as e:
    print('ValueError:', e)
try:
    '{0!x}'.format(1)
except ValueError as e:
    print('ValueError:', e)
try:
    '{5}'.format(1)
except IndexError as e:
    print('IndexError:', e)

# format is a normal method
fmt = '<{}>'.format
print(list(map(fmt, [1, 'b'])))
