# itertools: product, permutations, combinations, combinations_with_replacement.
from itertools import (product, permutations, combinations,
                       combinations_with_replacement as cwr)
from math import comb, factorial, perm

print(list(product("ab", range(3))))
print(list(product([0, 1], repeat=3)))
print(list(product("ab", "xy", repeat=2))[:6], len(list(product("ab", "xy", repeat=2))))
print(list(product()), list(product(repeat=3)), list(product("ab", [])), list(product([], repeat=0)))
print(list(product(iter([1, 2]), (x for x in "pq"))))

print(list(permutations("ABC")))
print(list(permutations(range(4), 2)))
print(list(permutations([1, 2], 0)), list(permutations([1, 2], 3)), list(permutations([])))
print(list(permutations("aab", 2)))
print(len(list(permutations(range(6)))), factorial(6),
      len(list(permutations(range(7), 3))), perm(7, 3))
print(list(permutations(range(5), 5))[:4], list(permutations(range(5), 5))[-2:])

print(list(combinations("ABCD", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations([1], 0)), list(combinations([1], 2)), list(combinations([], 0)))
print(len(list(combinations(range(12), 5))), comb(12, 5))

print(list(cwr("ABC", 2)))
print(list(cwr(range(3), 3)))
print(list(cwr([], 0)), list(cwr([], 2)), list(cwr("x", 4)))
print(len(list(cwr(range(6), 4))), comb(6 + 4 - 1, 4))

# Brute-force puzzles.
target = 10
print([c for c in combinations([2, 3, 5, 7, 8], 3) if sum(c) == target])
print(sorted({"".join(p) for p in permutations("stop")} & {"pots", "tops", "spot", "opts", "post"}))
coins = [c for c in cwr([1, 5, 10, 25], 3) if sum(c) == 30]
print(coins)
grid = [(r, c) for r, c in product(range(3), repeat=2) if r != c]
print(grid)

# Inputs are consumed when the object is created.
src = iter([1, 2, 3])
p = permutations(src, 2)
print(list(src), next(p))
it = product([1, 2], repeat=2)
print(type(it).__name__, next(it), next(it), list(it), list(it))


def attempt(label, func, *args, **kw):
    try:
        print(label, repr(list(func(*args, **kw))))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("product int", product, "ab", 5)
attempt("product repeat -1", product, "ab", repeat=-1)
attempt("product repeat str", product, "ab", repeat="2")
attempt("permutations r -1", permutations, "ab", -1)
attempt("permutations r str", permutations, "ab", "2")
attempt("permutations r float", permutations, "ab", 2.0)
attempt("permutations int", permutations, 5)
attempt("combinations r -1", combinations, "ab", -1)
attempt("combinations r str", combinations, "ab", "1")
attempt("combinations int", combinations, 3, 1)
attempt("cwr r -2", cwr, "ab", -2)
attempt("cwr r None", cwr, "ab", None)
