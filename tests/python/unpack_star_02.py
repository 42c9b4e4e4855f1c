# Starred expressions in list/tuple/set displays and calls
a = [1, 2]
b = (3, 4)
print([*a, *b])
print((*a, *b))
print((*a,))
print([*a, 0, *b, *'xy'])
print([*range(3), *[], *()])
print(sorted({*a, *b, 1}))
print([*{'k1': 1, 'k2': 2}])
t = *a, *b
print(t, type(t).__name__)

def gen():
    yield 'g'
    yield 'h'

print([*gen(), *gen()])

# star in calls
def f(*args):
    return args

print(f(*a, *b))
print(f(0, *a, 9, *b))
print(f(*'abc'))
print(f(*[]))
print(max(*a, *b), min(*b, 10))
print(*a, *b, sep='-')

# star in return and in a subscript-free context
def pair_and_more():
    return 0, *a

print(pair_and_more())

# errors
try:
    [*5]
except TypeError as e:
    print('TypeError:', e)
try:
    f(*None)
except TypeError as e:
    print('TypeError:', e)

# star of a string gives characters; of a dict gives keys
print([*'hé'], (*{'only': 1},))
