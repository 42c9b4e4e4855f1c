# Set comprehensions (printed in sorted order)
s = {x % 4 for x in range(20)}
print(sorted(s), len(s))
words = ['Apple', 'avocado', 'Banana', 'blueberry', 'cherry']
initials = {w[0].lower() for w in words}
print(sorted(initials))
lengths = {len(w) for w in words if len(w) > 5}
print(sorted(lengths))
print(sorted({a * b for a in range(1, 4) for b in range(1, 4)}))
print(type({x for x in 'abc'}).__name__, len({x for x in 'aabbc'}))
print(3 in {n * 3 for n in range(5)}, 4 in {n * 3 for n in range(5)})
print({x for x in []} == set(), {x for x in []})
evens = {n for n in range(10) if n % 2 == 0}
squares = {n * n for n in range(10)}
print(sorted(evens & squares), sorted(squares - evens))
