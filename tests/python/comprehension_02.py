# Nested loops and nested comprehensions
print([(a, b) for a in range(3) for b in range(a)])
print([a + b for a in 'xy' for b in '12'])
matrix = [[1, 2, 3], [4, 5, 6]]
print([v for row in matrix for v in row])
print([[row[i] for row in matrix] for i in range(3)])
print([[v * 10 for v in row] for row in matrix])
print([(i, j) for i in range(4) if i % 2 for j in range(i) if j != 1])
table = [[i * j for j in range(1, 4)] for i in range(1, 4)]
for row in table:
    print(row)
words = ['ab', 'cde', '']
print([ch for w in words for ch in w])
print([[ch for ch in w] for w in words])
# the iterable of the first loop is evaluated in the enclosing scope
n = 3
print([[k for k in range(n)] for n in range(n + 1)])
