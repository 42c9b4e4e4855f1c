# AttributeError on a builtin object
items = [3, 1, 2]
items.sort()
print(items)
n = 42
print(n + 1)
print(items.index(2), items.count(3))
print('int value', n * 2, isinstance(n, int))
n.append(5)
print('not reached')
