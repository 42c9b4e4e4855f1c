# Exception raised while handling another: chained traceback
def load(key):
    table = {'a': 1}
    try:
        return table[key]
    except KeyError:
        print('missing key', key)
        raise ValueError('bad key: ' + key)

print(load('a'))
print(load('b'))
