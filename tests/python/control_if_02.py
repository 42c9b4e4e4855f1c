# Truthiness in conditions, nested ifs and elif chains with side effects
def grade(score):
    if score >= 90:
        return 'A'
    elif score >= 80:
        return 'B'
    elif score >= 70:
        return 'C'
    elif score >= 60:
        return 'D'
    return 'F'

for s in [100, 90, 89.9, 80, 75, 60, 59, 0, -1]:
    print(s, grade(s))

def check(name, value):
    print('check', name)
    return value

if check('a', 0):
    print('branch a')
elif check('b', ''):
    print('branch b')
elif check('c', [0]):
    print('branch c')
elif check('d', True):
    print('branch d')
else:
    print('else')

for v in [0, 1, '', 'x', None, [], [None], 0.0, 2 ** 100]:
    if v:
        kind = 'true'
    else:
        kind = 'false'
    if v is None:
        kind += '/none'
    elif v == 0:
        kind += '/zero-like'
    print(repr(v), kind)

x = 15
if x > 10 and x < 20 or x == 0:
    print('in range or zero')
if not (x % 3) and not (x % 5):
    print('divisible by 15')
if x in (5, 10, 15):
    print('multiple of five up to 15')
