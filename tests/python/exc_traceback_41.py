# ValueError: list.index of a missing element
colors = ['red', 'green', 'blue']
print(colors, len(colors))
print('green' in colors, 'purple' in colors)
print(colors[::-1], sorted(colors))
print(colors.index('blue'), colors.count('red'))
for c in ['blue', 'red', 'green', 'purple']:
    print('looking for', c)
    print(c, colors.index(c))
print('not reached')
