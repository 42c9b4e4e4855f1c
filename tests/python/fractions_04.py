# exact rational arithmetic in practice: linear systems, probabilities, unit conversions
from fractions import Fraction as F


def solve(matrix, rhs):
    """Gauss-Jordan elimination with exact fractions."""
    n = len(matrix)
    rows = [[F(x) for x in row] + [F(b)] for row, b in zip(matrix, rhs)]
    for col in range(n):
        pivot = next((r for r in range(col, n) if rows[r][col] != 0), None)
        if pivot is None:
            raise ValueError("singular matrix")
        rows[col], rows[pivot] = rows[pivot], rows[col]
        lead = rows[col][col]
        rows[col] = [x / lead for x in rows[col]]
        for r in range(n):
            if r != col and rows[r][col] != 0:
                factor = rows[r][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col])]
    return [row[-1] for row in rows]


print(solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]))
print(solve([[1, 2], [3, 4]], ["1/2", "0.25"]))
try:
    solve([[1, 2], [2, 4]], [1, 2])
except ValueError as exc:
    print("ValueError", exc)

# probability of sums of two dice
dist = {}
for a in range(1, 7):
    for b in range(1, 7):
        dist[a + b] = dist.get(a + b, 0) + F(1, 36)
print({k: str(v) for k, v in sorted(dist.items())})
print(sum(dist.values()), max(dist, key=dist.get), sum(k * p for k, p in dist.items()))

# expected value with mixed float and fraction gives a float
print(sum(p * 0.5 for p in dist.values()), type(sum(p * 0.5 for p in dist.values())).__name__)

# recipe scaling
recipe = {"flour": F("2 1/4".split()[0]) + F("1/4"), "sugar": F("3/4"), "eggs": F(2)}
for servings in (F(1, 2), F(3, 2), 3):
    scaled = {k: v * servings for k, v in recipe.items()}
    print(servings, {k: str(v) for k, v in scaled.items()})

# repeating decimals
def decimal_expansion(frac, digits=20):
    whole, rem = divmod(frac.numerator, frac.denominator)
    out, seen = [], {}
    while rem and rem not in seen and len(out) < digits:
        seen[rem] = len(out)
        rem *= 10
        out.append(str(rem // frac.denominator))
        rem %= frac.denominator
    if rem in seen:
        i = seen[rem]
        return "%d.%s(%s)" % (whole, "".join(out[:i]), "".join(out[i:]))
    return "%d.%s" % (whole, "".join(out) or "0")


for f in [F(1, 3), F(1, 7), F(5, 12), F(1, 8), F(22, 7), F(3)]:
    print(f, decimal_expansion(f))

# Fractions compare and sort with floats and ints, and serve as dict keys
values = [F(1, 3), 0.3, F(3, 10), 1, F(2, 2), 0.25, F(-1, 4)]
print(sorted(values), sorted(set(values), key=float))
print(F(3, 10) == 0.3, F(0.3) == 0.3, F(1, 4) == 0.25, hash(F(1, 4)) == hash(0.25))

# string round trips
for f in [F(-7, 3), F(0), F(10**20, 3)]:
    print(str(f), repr(f), F(str(f)) == f, f"{float(f):.3f}")
