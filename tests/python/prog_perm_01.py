# Recursive permutations, combinations, subsets and n-queens
def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result

def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    with_first = []
    for c in combinations(items[1:], k - 1):
        with_first.append([items[0]] + c)
    return with_first + combinations(items[1:], k)

def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    out = []
    for s in rest:
        out.append(s)
    for s in rest:
        out.append([items[0]] + s)
    return out

def queens(n, row, cols, placed, solutions):
    if row == n:
        solutions.append(placed[:])
        return
    for c in range(n):
        ok = True
        for r in range(row):
            pc = placed[r]
            if pc == c or abs(pc - c) == row - r:
                ok = False
                break
        if ok:
            placed.append(c)
            queens(n, row + 1, cols, placed, solutions)
            placed.pop()

perms = permutations([1, 2, 3])
print(len(perms), perms)
words = []
for p in permutations(list('abcd')):
    words.append(''.join(p))
print(len(words), words[:6], words[-3:])
print(sorted(words) == words)
print(len(permutations(list(range(6)))))
print(combinations([1, 2, 3, 4], 2))
print(combinations(list('abcde'), 3))
print(len(combinations(list(range(10)), 4)), combinations([1], 2), combinations([], 0))
subs = subsets(['x', 'y', 'z'])
print(len(subs), subs)
sums = {}
for s in subsets([1, 2, 3, 4, 5]):
    total = sum(s)
    sums[total] = sums.get(total, 0) + 1
print(sums)
for n in range(1, 8):
    sols = []
    queens(n, 0, [], [], sols)
    print(n, 'queens:', len(sols), sols[0] if sols else None)
sols = []
queens(6, 0, [], [], sols)
for s in sols:
    for c in s:
        print('.' * c + 'Q' + '.' * (5 - c))
    print()
