# del in functions, loops, and on nested containers
def remove_negatives(lst):
    i = 0
    while i < len(lst):
        if lst[i] < 0:
            del lst[i]
        else:
            i += 1
    return lst

print(remove_negatives([3, -1, -2, 4, -5, 6]))
print(remove_negatives([-1, -1]), remove_negatives([]))

def drop_keys(d, keys):
    for k in keys:
        if k in d:
            del d[k]
    return d

print(drop_keys({'a': 1, 'b': 2, 'c': 3}, ['a', 'c', 'z']))
table = {1: [10, 20, 30], 2: {'x': 'y', 'z': 'w'}}
del table[1][0]
del table[2]['x']
print(table)
del table[1][:]
print(table)
seq = list(range(20))
del seq[::2]
print(seq)
del seq[-3:]
print(seq)
del seq[1:-1:3]
print(seq)

def local_del():
    a = 1
    b = 2
    del a
    a = b * 10
    return a

print(local_del())
x = [1, 2, 3]
y = x
del x
print(y)
