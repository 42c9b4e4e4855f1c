# match: str/bytes are not sequences for patterns; dicts match with extra keys
for subj in ['ab', 'a', '', b'ab', bytearray(b'ab'), ['a', 'b'], ('a', 'b')]:
    match subj:
        case [x, y]:
            print(repr(subj), 'sequence of two:', repr(x), repr(y))
        case [x]:
            print(repr(subj), 'sequence of one')
        case []:
            print(repr(subj), 'empty sequence')
        case str():
            print(repr(subj), 'str, not a sequence pattern match')
        case _:
            print(repr(subj), 'no sequence match')

match 'hello':
    case [*chars]:
        print('not reached')
    case str(s):
        print('str stays whole:', s)

# dict and set are not sequences either
for subj in [{'a': 1}, {1, 2}, range(2), iter([1, 2])]:
    match subj:
        case [_, _]:
            print(type(subj).__name__, 'matched a 2-sequence')
        case [*_]:
            print(type(subj).__name__, 'matched a sequence')
        case _:
            print(type(subj).__name__, 'did not match a sequence')

# mapping patterns ignore extra keys
config = {'host': 'localhost', 'port': 8080, 'debug': True, 'name': 'svc'}
match config:
    case {'host': h, 'port': p}:
        print('host/port', h, p)

match config:
    case {'host': _, **rest}:
        print('rest keys:', sorted(rest))

# but every key named in the pattern must be present
match {'host': 'x'}:
    case {'host': h, 'port': p}:
        print('not reached')
    case {'host': h}:
        print('only host', h)

# empty mapping pattern matches any dict
for d in [{}, {'z': 0}]:
    match d:
        case {}:
            print(d, 'matches {}')

# matching on int/None/True/False subjects
for v in [True, 1, 0, False, None, 1.0]:
    match v:
        case True:
            r = 'True'
        case False:
            r = 'False'
        case None:
            r = 'None'
        case 1:
            r = 'one'
        case 0:
            r = 'zero'
    print(repr(v), '->', r)
