# A closing bracket that does not match the opening one, on another line
values = [1, 2, 3]
print(values)
matrix = [
    [1, 2],
    [3, 4)
]
print(matrix)
