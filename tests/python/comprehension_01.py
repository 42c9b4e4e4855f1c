# List comprehensions: mapping, filtering, expressions
nums = [5, -2, 8, 0, -7, 3]
print([n * n for n in nums])
print([n for n in nums if n > 0])
print([abs(n) for n in nums if n != 0])
print([n if n >= 0 else 0 for n in nums])
print([str(n) + '!' for n in range(3)])
print([c.upper() for c in 'hey'])
print([len(w) for w in 'the quick brown fox'.split()])
print([(i, ch) for i, ch in enumerate('abc')])
print([a * b for a, b in zip([1, 2, 3], [4, 5, 6])])
print([x for x in range(20) if x % 2 == 0 if x % 3 == 0])
print([])
print([x for x in []])
print([[0] * 2 for _ in range(3)])
# each row is a new list
rows = [[] for _ in range(3)]
rows[0].append('only first')
print(rows)
