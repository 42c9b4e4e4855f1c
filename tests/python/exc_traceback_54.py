# ValueError: too many values to unpack
pairs = ['ab', 'cd', 'efg']
for x, y in pairs[:2]:
    print('pair', x, y)
print(pairs)
for p in pairs:
    print('unpacking', p)
    x, y = p
    print(x, y)
    print(y + x)
print('not reached')
