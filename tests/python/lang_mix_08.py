# A matrix class with __matmul__/__add__/__eq__/__getitem__ taking tuple keys
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0
        if any(len(r) != self.m for r in self.rows):
            raise ValueError("ragged rows")

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return (self.n, self.m)

    def __getitem__(self, key):
        match key:
            case (int(i), int(j)):
                return self.rows[i][j]
            case (int(i), slice() as s):
                return self.rows[i][s]
            case (slice() as s, int(j)):
                return [r[j] for r in self.rows[s]]
            case int(i):
                return self.rows[i]
        raise TypeError(f"bad index {key!r}")

    def __setitem__(self, key, value):
        i, j = key
        self.rows[i][j] = value

    def __add__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} + {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"cannot multiply {self.shape} @ {other.shape}")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(self.m))
                        for j in range(other.m)] for i in range(self.n)])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __str__(self):
        width = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(str(x).rjust(width) for x in r) for r in self.rows)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b)
print(b @ a)
print(a + b)
print(repr(a @ Matrix.identity(2)))
print(a @ Matrix.identity(2) == a, a == b, a != b, a == [[1, 2], [3, 4]])
c = Matrix([[1, 2, 3], [4, 5, 6]])
print(c.shape, (a @ c).shape)
print(a @ c)
print(c[1, 2], c[0, 1:], c[:, 1], c[1])
c[0, 0] = 100
print(c[0])
sq = a
for _ in range(4):
    sq = sq @ a
print(sq)
for bad in [lambda: c @ a, lambda: a + c, lambda: a + 1, lambda: c["x"], lambda: Matrix([[1], [2, 3]])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
