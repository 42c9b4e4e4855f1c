# Dict displays with ** unpacking, and ** in calls
d1 = {'a': 1, 'b': 2}
d2 = {'b': 20, 'c': 30}
print({**d1, **d2})
print({**d2, **d1})
print({**d1, 'b': 'explicit', **{'z': 0}})
print({'b': 'first', **d1})
print({**{}, **d1})
print({**{'x': 1}})
merged = {**d1}
merged['a'] = 'changed'
print(merged, d1)

# insertion order: the first position of a key is kept, the last value wins
print(list({'k': 1, **{'j': 2, 'k': 3}}.items()))

# non-str keys are fine in displays
print({**{1: 'one'}, **{(2, 3): 'tuple'}})

# ** in calls
def show(a, b, c=0, **rest):
    return (a, b, c, sorted(rest.items()))

print(show(**{'a': 1, 'b': 2}))
print(show(1, **{'b': 2, 'c': 3, 'd': 4}))
print(show(**d1, c=5))
print(show(**d1, **{'c': 6, 'e': 7}))

try:
    show(**d1, **{'a': 9})
except TypeError as e:
    print('TypeError:', e)
try:
    {**[1, 2]}
except TypeError as e:
    print('TypeError:', e)
try:
    show(**{1: 'x'})
except TypeError as e:
    print('TypeError:', e)
try:
    show(1, 2, **{'a': 3})
except TypeError as e:
    print('TypeError:', e)
