# Building lists with loops (no comprehensions)
squares = []
for i in range(10):
    squares.append(i * i)
print(squares)
evens = []
for x in squares:
    if x % 2 == 0:
        evens.append(x)
print(evens)
flat = []
for row in [[1, 2], [3], [], [4, 5, 6]]:
    for v in row:
        flat.append(v)
print(flat, sum(flat), len(flat))
table = []
for i in range(1, 5):
    row = []
    for j in range(1, 5):
        row.append(i * j)
    table.append(row)
for row in table:
    print(row)
transposed = []
for j in range(4):
    col = []
    for i in range(4):
        col.append(table[i][j])
    transposed.append(col)
print(transposed == table)
chunks = []
data = list(range(11))
i = 0
while i < len(data):
    chunks.append(data[i:i + 3])
    i += 3
print(chunks)
