# float inf/nan printing, and str methods (part 1)
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, float('-inf'), float('Infinity'), float('NaN'))
print(repr(inf), str(nan), [inf, nan], inf > 1e308, nan == nan, nan != nan, inf == inf)
print(inf + 1, inf - inf, inf * 0, -inf < inf, 1 / inf, float('1e500'))
print(int(3.99), str(float('inf')).upper())
try:
    int(inf)
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(nan)
except ValueError as e:
    print('ValueError:', e)

s = 'key=value=more'
print(s.partition('='), s.rpartition('='), s.partition('#'), s.rpartition('#'))
print(repr('ab'.center(7)), repr('ab'.center(7, '-')), repr('abc'.center(2)), repr('a'.center(4, '*')))
print(repr('ab'.ljust(5, '.')), repr('ab'.rjust(5)), repr('42'.zfill(6)), repr('-42'.zfill(6)), repr('+7'.zfill(4)))
print(repr('a\tbc\td'.expandtabs()), repr('a\tb'.expandtabs(4)), repr('\t'.expandtabs(2)))
print('one\ntwo\r\nthree\rfour'.splitlines())
print('one\ntwo\r\n\nlast'.splitlines(True), 'x\n'.splitlines(), ''.splitlines())
print('hello world of python'.title(), "they're bill's".title(), 'MiXeD'.swapcase())
print('Straße'.casefold(), 'Straße'.lower(), 'ABC'.casefold())
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print('TypeError:', e)
