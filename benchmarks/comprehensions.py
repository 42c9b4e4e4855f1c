# Measures comprehensions: nested list/dict/set comprehensions, conditional filters, zip/enumerate,
# matrix transpose and multiply written as comprehensions, and sums over generator expressions.

N = 30000
SIZE = 60
ROUNDS = 40


def make_values(n, seed):
    x = seed
    out = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 10007)
    return out


def matrix(size, seed):
    vals = make_values(size * size, seed)
    return [[vals[i * size + j] % 19 - 9 for j in range(size)] for i in range(size)]


def transpose(m):
    return [list(col) for col in zip(*m)]


def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def main():
    vals = make_values(N, 3)
    check = 0
    for r in range(ROUNDS):
        squares = [v * v for v in vals if v % 3 != r % 3]
        pairs = [(i, v) for i, v in enumerate(vals) if v & 1]
        by_mod = {m: [v for v in vals[:2000] if v % 17 == m] for m in range(17)}
        firsts = {v % 251: i for i, v in enumerate(vals)}
        residues = {v % 1009 for v in vals}
        diffs = [b - a for a, b in zip(vals, vals[1:])]
        grid = [[(i * j + r) % 7 for j in range(40)] for i in range(40)]
        diag = sum(grid[i][i] for i in range(40))
        flat = [c for row in grid for c in row if c]
        inverted = {v: k for k, v in {i: str(i * 3 % 101) for i in range(300)}.items()}
        words = ["".join(chr(97 + (v >> s) % 26) for s in (0, 5, 10)) for v in vals[:5000]]
        lens = {w: len({c for c in w}) for w in words}
        m = matmul(matrix(SIZE, r + 1), matrix(SIZE, r + 2))
        trace = sum(m[i][i] for i in range(SIZE))
        col_max = [max(col) for col in zip(*m)]
        a = sum(squares) % 1000003
        b = sum(i for i, _ in pairs) - len(pairs)
        c = sum(len(v) * k for k, v in by_mod.items())
        d = sum(firsts.values())
        e = len(residues)
        f = sum(x for x in diffs if x > 0)
        g = diag + len(flat)
        h = sum(inverted.values())
        k = sum(lens.values())
        check = (check * 131 + a + b + c + d + e + f + g + h + k + trace + sum(col_max)) % 1000000007
    print("comprehensions", N, len(squares), len(pairs), e, trace, col_max[:4], words[:3])
    print("comprehensions checksum", check)


main()
