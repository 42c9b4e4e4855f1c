# match: mapping patterns, with **rest
def handle(msg):
    match msg:
        case {'type': 'ping'}:
            return 'pong'
        case {'type': 'add', 'x': x, 'y': y}:
            return x + y
        case {'type': 'echo', **rest}:
            return 'echo rest=' + repr(sorted(rest.items()))
        case {'type': t}:
            return 'unknown type ' + repr(t)
        case {}:
            return 'no type'

print(handle({'type': 'ping'}))
print(handle({'type': 'ping', 'extra': 1}))
print(handle({'type': 'add', 'x': 2, 'y': 5}))
print(handle({'type': 'add', 'x': 2}))
print(handle({'type': 'echo', 'a': 1, 'b': 2}))
print(handle({'type': 'echo'}))
print(handle({'other': 0}))
print(handle({}))
print(handle([('type', 'ping')]))

# **rest is a new dict without the matched keys
d = {'k': 1, 'j': 2, 'i': 3}
match d:
    case {'k': v, **others}:
        print('v =', v, 'others =', others)
        others['z'] = 9
print('original unchanged:', d)

# keys may be literals of other types
match {1: 'one', None: 'nothing', 'x': [1, 2]}:
    case {1: a, None: b, 'x': [p, q]}:
        print(a, b, p, q)

# value sub-patterns must match too
for m in [{'status': 200}, {'status': 404}, {'status': '200'}]:
    match m:
        case {'status': 200 | 201}:
            print(m, 'ok')
        case {'status': int(code)}:
            print(m, 'error', code)
        case _:
            print(m, 'bad status type')

# mapping pattern does not match non-mappings
for subj in [None, 5, 'text', [1], (1, 2)]:
    match subj:
        case {}:
            print(repr(subj), 'is a mapping')
        case _:
            print(repr(subj), 'is not a mapping')
