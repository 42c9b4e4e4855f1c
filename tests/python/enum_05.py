# IntFlag: flags that are also ints; out-of-range bits are kept.
from enum import IntFlag, auto


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(rw), str(rw), f'{rw}', format(rw, '04b'), rw + 1, rw == 6)
print(repr(Perm.R | 1), repr(1 | Perm.R), repr(Perm.R & 6), repr(7 ^ Perm.R))
print(repr(~Perm.R), repr(~rw), repr(~Perm(0)), repr(~Perm(7)))
print(repr(Perm(8)), repr(Perm(15)), repr(Perm(-1)), repr(Perm(-8)), str(Perm(9)))
print(repr(Perm.R | 8), (Perm.R | 8).name, (Perm.R | 8).value)
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), Perm(0) == 0)
print(Perm.R in rw, Perm.X in rw, list(rw), len(rw), list(Perm(15)))
print(isinstance(rw, int), isinstance(rw, Perm), int(rw), rw * 2, rw >> 1)
print(list(Perm), len(Perm), Perm(6) is rw)
print(sorted([Perm.X, 5, Perm.R, 3]))
try:
    Perm('r')
except ValueError as e:
    print(type(e).__name__, e)
try:
    Perm.R | 'a'
except TypeError as e:
    print(type(e).__name__, e)


class Options(IntFlag):
    NONE = 0
    VERBOSE = auto()
    DEBUG = auto()
    TRACE = auto()
    LOUD = VERBOSE | TRACE


print(list(Options), [int(o) for o in Options.__members__.values()])
opts = Options.VERBOSE | Options.DEBUG
print(repr(opts), repr(opts | Options.TRACE), repr(Options.LOUD), repr(Options(5)))
opts |= Options.TRACE
print(repr(opts), Options.DEBUG in opts)
opts &= ~Options.DEBUG
print(repr(opts), opts == Options.LOUD, opts is Options.LOUD)
print(repr(Options(0)), repr(Options.NONE))


def parse(text):
    result = Options.NONE
    for word in text.split(','):
        word = word.strip().upper()
        if word:
            try:
                result |= Options[word]
            except KeyError:
                print('  unknown option', repr(word))
    return result


for text in ('verbose', 'debug, trace', '', 'loud,bogus', 'verbose,debug,trace'):
    p = parse(text)
    print(repr(text), repr(p), int(p), [m.name for m in p])


# Converting between numbers and flags.
class Mode(IntFlag):
    OWNER_R = 0o400
    OWNER_W = 0o200
    OWNER_X = 0o100
    GROUP_R = 0o040
    OTHER_R = 0o004


m = Mode(0o644)
print(repr(m), oct(m), Mode.OWNER_W in m, Mode.OWNER_X in m)
print(repr(Mode(0o755)))
