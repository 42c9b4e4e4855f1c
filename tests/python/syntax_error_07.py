# Unmatched closing bracket
items = [1, 2, 3]
print(items)
d = {'a': (1, 2), 'b': [3, {'c': 4}]}
print(d)
nested = ((1, 2), [3, (4, 5)])
print(nested)
total = sum(items))
print(total)
print('end')
