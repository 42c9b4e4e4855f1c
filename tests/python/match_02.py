# match: OR patterns, as patterns, guards
def classify(x):
    match x:
        case 0 | 1 | 2:
            return 'small'
        case 'a' | 'e' | 'i' | 'o' | 'u':
            return 'vowel'
        case (3 | 4) as n:
            return 'three-or-four ' + str(n)
        case int(k) if k < 0:
            return 'negative ' + str(k)
        case int(k) if k % 2 == 0:
            return 'even ' + str(k)
        case int() as k:
            return 'odd ' + str(k)
        case str() as s if len(s) > 3:
            return 'long string ' + s
        case _:
            return 'unknown'

for v in [0, 2, 'e', 'z', 3, 4, -9, 10, 11, 'words', 'abc', 1.5]:
    print(repr(v), '->', classify(v))

# guard sees the binding, and a failed guard moves on
def first_big(pair):
    match pair:
        case (a, b) if a > b:
            return 'first bigger: ' + str(a)
        case (a, b) if a < b:
            return 'second bigger: ' + str(b)
        case (a, b):
            return 'equal: ' + str(a)

print(first_big((5, 2)))
print(first_big((1, 9)))
print(first_big((4, 4)))

# guard is evaluated lazily, only after the pattern matches
def noisy(v):
    print('  guard called with', v)
    return v > 1

for x in [[1], [2], 'no']:
    match x:
        case [v] if noisy(v):
            print(x, 'matched with guard')
        case _:
            print(x, 'fell through')

# as binds the whole alternative
match [1, 2]:
    case ([1, _] | [_, 1]) as whole:
        print('as on or-pattern:', whole)

# nested or inside a sequence
for item in [('go', 'north'), ('go', 'up'), ('go', 'sideways')]:
    match item:
        case ('go', ('north' | 'south' | 'east' | 'west') as d):
            print('compass', d)
        case ('go', 'up' | 'down'):
            print('vertical', item[1])
        case _:
            print('bad direction', item[1])
