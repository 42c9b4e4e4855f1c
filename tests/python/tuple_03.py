# Tuples as return values and dictionary keys
def min_max(seq):
    lo = seq[0]
    hi = seq[0]
    for v in seq:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi

def divmod_all(a, b):
    return a // b, a % b, a / b

print(min_max([3, 9, -2, 7]))
lo, hi = min_max((5.5, 1.25, 8.0))
print(lo, hi)
print(divmod_all(17, 5), divmod_all(-17, 5))
q, r, f = divmod_all(100, 7)
print(q, r, f)
grid = {}
grid[(0, 0)] = 'origin'
grid[(1, 2)] = 'point'
grid[0, 1] = 'implicit'
print(grid)
print(grid[(1, 2)], grid[0, 0], (0, 1) in grid, (5, 5) in grid)
for k in grid:
    print(k, k[0] + k[1], grid[k])
print(hash((1, 2, 3)) == hash((1, 2, 3)), (1, 2) == (1.0, 2.0))
print({(1, 2): 'a'}[(1.0, 2.0)])
