# match: sequence patterns, fixed length and with *rest
def shape(seq):
    match seq:
        case []:
            return 'empty'
        case [x]:
            return 'one: ' + repr(x)
        case [x, y]:
            return 'two: ' + repr(x) + ' ' + repr(y)
        case [first, *middle, last]:
            return 'many: first=' + repr(first) + ' middle=' + repr(middle) + ' last=' + repr(last)

print(shape([]))
print(shape(()))
print(shape([1]))
print(shape((1, 2)))
print(shape([1, 2, 3]))
print(shape(range(5)))
print(shape([1, 2, 3, 4, 5, 6]))

# *rest is always a list
match (1, 2, 3):
    case (a, *rest):
        print('rest from tuple:', rest, type(rest).__name__)

# *_ ignores
match [9, 8, 7, 6]:
    case [*_, 7, last]:
        print('ends with 7 then', last)

# star at the start
match 'a b c d'.split():
    case [*init, 'd']:
        print('init before d:', init)

# parenthesized and bracketed forms are equivalent; bare comma too
match 1, 2:
    case a, b:
        print('bare tuple pattern', a, b)

match [10, 20]:
    case (x, y):
        print('tuple pattern matched list', x, y)

# length mismatch
def exact3(s):
    match s:
        case [_, _, _]:
            return True
        case _:
            return False

print(exact3([1, 2, 3]), exact3([1, 2]), exact3([1, 2, 3, 4]), exact3((0, 0, 0)))

# literal elements
def command(words):
    match words:
        case ['quit']:
            return 'bye'
        case ['say', *msg]:
            return 'said ' + ' '.join(msg)
        case ['add', a, b]:
            return int(a) + int(b)
        case _:
            return '?'

print(command(['quit']))
print(command(['say', 'hi', 'there']))
print(command(['say']))
print(command(['add', '3', '4']))
print(command(['add', '3']))
