# Unpacking inside a comprehension is newer syntax.
rows = [[1, 2], [3]]
flat = [*r for r in rows]
