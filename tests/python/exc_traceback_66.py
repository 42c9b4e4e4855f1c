# Error inside a nested subscript in a called function
def matrix_get(m, r, c):
    return m[r][c]

m = [[1, 2], [3, 4]]
print(matrix_get(m, 0, 0), matrix_get(m, 1, 1))
for r in range(2):
    for c in range(2):
        print(r, c, matrix_get(m, r, c))
print(matrix_get(m, -1, -1))
print(matrix_get(m, 1, 2))
