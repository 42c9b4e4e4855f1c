# KeyError with non-string keys
grid = {(0, 0): 'a', (0, 1): 'b'}
print(grid[(0, 0)], grid[0, 1])
counts = {1: 'one', 2.5: 'two and a half'}
print(counts[1.0], counts[2.5], counts[True])
for key in [(0, 0), (0, 1)]:
    print(key, grid[key])
grid[(1, 1)] = 'c'
print(len(grid), (1, 1) in grid, (1, 2) in grid)
print(grid.get((1, 2), 'no such cell'))
print(grid[(1, 2)])
