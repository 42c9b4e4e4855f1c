# TypeError: too many positional arguments
def greet(name, punct='!'):
    return 'hi ' + name + punct

print(greet('ann'))
print(greet('bob', '?'))
print(greet(punct='.', name='dee'))
for n in ['x', 'y']:
    print(greet(n, '...'))
print(greet('cy', '.', 'extra'))
