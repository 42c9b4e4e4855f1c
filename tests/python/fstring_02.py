# f-strings: !r, !s, !a conversions
s = 'héllo\n'
print(f'{s!r}')
print(f'{s!a}')
print(f'{s!s}|')
print(f'{42!r} {42!s} {42!a}')
cafe = 'caf\u00e9'
snow = '\u2603 snow'
print(f'{cafe!a} {cafe!r}')
print(f'{snow!r} {snow!a}')
print(f'{[1, "a"]!r} {[1, "a"]!s}')
print(f'{None!r} {True!s}')
print(f'{3.0!r} {1e20!s}')
q = "quote's"
print(f'{q!r}')
print(f'{b"bytes"!r}')

class Both:
    def __str__(self):
        return 'STR'

    def __repr__(self):
        return 'REPR\u00fc'

b = Both()
print(f'{b} {b!s} {b!r} {b!a}')

# conversion combined with a format spec
print(f'[{"ab"!r:>8}]')
print(f'[{"ab"!s:*^8}]')
print(f'[{b!r:<10}]')
print(f'[{b!a:>12}]')

# repr(), str(), ascii() builtins agree
print(repr(s) == f'{s!r}', ascii(s) == f'{s!a}', str(s) == f'{s!s}')
print(ascii('plain'), ascii('\x00\x7f\xff'), ascii('\U0001f600'))
