# match: literal patterns, capture and wildcard
def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1:
            return 'one'
        case 'hello':
            return 'greeting'
        case -3:
            return 'minus three'
        case 2.5:
            return 'two and a half'
        case None:
            return 'none'
        case True:
            return 'true'
        case False:
            return 'false'
        case _:
            return 'other: ' + repr(x)

# literal 0/1 use ==, so False/True/0.0/1.0 are caught by them first
for v in [0, 1, 'hello', -3, 2.5, None, True, False, 7, 'bye', 1.0, 0.0, [], 'h' + 'ello']:
    print(repr(v), '->', describe(v))

# True/False/None use identity: 1 matches case 1 but not case True
match 1:
    case True:
        print('1 matched True')
    case 1:
        print('1 matched 1')

# a capture pattern binds the subject
match 42:
    case n:
        print('captured', n)
print('n after match:', n)

# wildcard does not bind
match 'abc':
    case _:
        print('wildcard matched')

# no case matches: nothing happens
match 5:
    case 1:
        print('not reached')
print('after unmatched match')

# match is a soft keyword
match = 3
print('match as name:', match)
case = [match, 4]
print('case as name:', case)
