# ValueError: not enough values to unpack
rows = [(1, 2, 3), (4, 5, 6), (7, 8)]
for a, b, c in rows[:2]:
    print('sum', a + b + c)
print(len(rows))
for row in rows:
    print('row', row, 'has', len(row), 'items')
    a, b, c = row
    print(a + b + c)
print('not reached')
