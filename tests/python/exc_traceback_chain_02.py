# Uncaught exception raised while handling another (implicit context)
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return table['default'].upper()

print(lookup({'a': 'x', 'default': 'd'}, 'a'))
print(lookup({'a': 'x', 'default': 'd'}, 'b'))
print(lookup({'a': 'x'}, 'c'))
