# Sorting tuples: numeric and str columns (a total order, sorted without
# running Python code), mixed int/float/bool/big-int columns, ties kept
# stable, NaN and mixed-type columns falling back to Python's comparisons.
pairs = []
x = 11
for i in range(300):
    x = (x * 1103515245 + 12345) % 2147483648
    pairs.append((x % 7, "k" + str(x % 13), i))
pairs.sort()
print(pairs[:5], pairs[-3:])
print(sorted(pairs, reverse=True)[:4])

nums = [(1, "b"), (1.0, "a"), (True, "c"), (0.5, "z"), (2**70, "big"), (-2**70, "neg"), (False, "f")]
print(sorted(nums))
print(sorted(nums, reverse=True))

# Different lengths: a prefix sorts first.
print(sorted([(1, 2), (1,), (0, 5, 5), (1, 2, 0), ()]))

# Stability: equal keys keep their order.
recs = [(2, "x", 0), (1, "y", 1), (2, "x", 2), (1, "y", 3)]
print(sorted(recs), sorted(recs, reverse=True))

# NaN in a column: CPython's comparisons decide, whatever the order.
nan = float("nan")
print(sorted([(3, 1.0), (1, nan), (2, 0.5)]))

# A column mixing str and int: TypeError as in CPython.
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, 2), ("a", 2)])
except TypeError as e:
    print("TypeError:", e)

# Mixed-type columns that never get compared still sort.
print(sorted([(1, "a"), (2, 3)]))

# Non-ASCII strs order by code point.
print(sorted([("é", 1), ("z", 2), ("a", 3), ("€", 0)]))


# Stability under a key that returns tuples: equal keys keep input order.
def first_two(r):
    return (r[0], r[1])


print(sorted(recs, key=first_two), sorted(recs, key=first_two, reverse=True))
