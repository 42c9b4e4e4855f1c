# TypeError: unsupported operand types
def combine(a, b):
    print('combining', repr(a), repr(b))
    return a + b

print(combine(1, 2))
print(combine('x', 'y'))
print(combine([1], [2]))
print(combine((1,), (2, 3)))
print(combine(1.5, True))
print(combine(1, 'a'))
