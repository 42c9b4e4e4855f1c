# and / or / not return values
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, 0 or 0, None or 'x')
print('' or 'default', 'value' or 'default', [] or [1], [0] or [1])
print(1 and 0 and 3, 1 and 2 and 3, 0 or '' or None, 0 or '' or 5)
print(not 0, not 1, not '', not 'a', not [], not [0], not None, not 0.0, not -0.0)
print(True and False, True or False, not True)
print(None and 1, 1 and None)
print(0.0 or 1.5, 2 ** 100 and 'big', {} or {'a': 1})
x = 5
print(x > 3 and x < 10, x > 3 and 'yes' or 'no', x > 30 and 'yes' or 'no')
def side(name, val):
    print('side', name)
    return val
print(side('a', 0) and side('b', 1))
print(side('a', 1) and side('b', 2))
print(side('a', 0) or side('b', 0))
print(side('a', 3) or side('b', 4))
print(not side('n', []) and side('m', 'ok'))
