# Small dense matrix library: array storage + operator + itertools + functools.reduce.
import array
import functools
import itertools
import operator
from fractions import Fraction


class ShapeError(ValueError):
    pass


class Matrix:
    __slots__ = ("rows", "cols", "data")

    def __init__(self, rows, cols, values=None, typecode="d"):
        self.rows, self.cols = rows, cols
        if values is None:
            self.data = array.array(typecode, bytes(rows * cols * array.array(typecode).itemsize))
        else:
            self.data = array.array(typecode, values)
            if len(self.data) != rows * cols:
                raise ShapeError(f"expected {rows * cols} values, got {len(self.data)}")

    @classmethod
    def from_rows(cls, rows, typecode="d"):
        rows = [list(r) for r in rows]
        widths = {len(r) for r in rows}
        if len(widths) != 1:
            raise ShapeError(f"ragged rows: widths {sorted(widths)}")
        return cls(len(rows), widths.pop(), itertools.chain.from_iterable(rows), typecode)

    @classmethod
    def identity(cls, n):
        return cls(n, n, (1.0 if i == j else 0.0 for i, j in itertools.product(range(n), repeat=2)))

    def __getitem__(self, idx):
        i, j = idx
        if not (0 <= i < self.rows and 0 <= j < self.cols):
            raise IndexError(f"index ({i}, {j}) out of range for {self.shape}")
        return self.data[i * self.cols + j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.data[i * self.cols + j] = value

    @property
    def shape(self):
        return (self.rows, self.cols)

    def row(self, i):
        return self.data[i * self.cols:(i + 1) * self.cols]

    def col(self, j):
        return self.data[j::self.cols]

    def iter_rows(self):
        for i in range(self.rows):
            yield self.row(i)

    def _elementwise(self, other, op):
        if isinstance(other, Matrix):
            if other.shape != self.shape:
                raise ShapeError(f"shape mismatch {self.shape} vs {other.shape}")
            vals = map(op, self.data, other.data)
        else:
            vals = map(op, self.data, itertools.repeat(other))
        return Matrix(self.rows, self.cols, vals, self.data.typecode)

    __add__ = lambda self, o: self._elementwise(o, operator.add)
    __sub__ = lambda self, o: self._elementwise(o, operator.sub)
    __mul__ = lambda self, o: self._elementwise(o, operator.mul)
    __radd__ = __add__
    __rmul__ = __mul__

    def __neg__(self):
        return Matrix(self.rows, self.cols, map(operator.neg, self.data), self.data.typecode)

    def __matmul__(self, other):
        if self.cols != other.rows:
            raise ShapeError(f"cannot multiply {self.shape} by {other.shape}")
        out = []
        for i in range(self.rows):
            r = self.row(i)
            for j in range(other.cols):
                out.append(sum(map(operator.mul, r, other.col(j))))
        return Matrix(self.rows, other.cols, out)

    def __pow__(self, n):
        if self.rows != self.cols:
            raise ShapeError("only square matrices have powers")
        return functools.reduce(operator.matmul, itertools.repeat(self, n), Matrix.identity(self.rows))

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.shape == other.shape and \
            all(itertools.starmap(operator.eq, zip(self.data, other.data)))

    def transpose(self):
        return Matrix(self.cols, self.rows,
                      itertools.chain.from_iterable(self.col(j) for j in range(self.cols)))

    T = property(transpose)

    def trace(self):
        return sum(self[i, i] for i in range(min(self.shape)))

    def __repr__(self):
        return f"Matrix({self.rows}x{self.cols})"

    def pretty(self, fmt="8.3f"):
        return "\n".join("[" + " ".join(format(v, fmt) for v in r) + "]" for r in self.iter_rows())


def determinant(rows):
    """Exact determinant with Fraction Gaussian elimination."""
    m = [[Fraction(x) for x in r] for r in rows]
    n = len(m)
    det = Fraction(1)
    for c in range(n):
        pivot = next((r for r in range(c, n) if m[r][c] != 0), None)
        if pivot is None:
            return Fraction(0)
        if pivot != c:
            m[c], m[pivot] = m[pivot], m[c]
            det = -det
        det *= m[c][c]
        for r in range(c + 1, n):
            factor = m[r][c] / m[c][c]
            m[r] = [a - factor * b for a, b in zip(m[r], m[c])]
    return det


def solve(rows, rhs):
    n = len(rows)
    aug = [[Fraction(x) for x in r] + [Fraction(b)] for r, b in zip(rows, rhs)]
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(aug[r][c]))
        if aug[pivot][c] == 0:
            raise ZeroDivisionError("matrix is singular")
        aug[c], aug[pivot] = aug[pivot], aug[c]
        for r in range(n):
            if r != c:
                f = aug[r][c] / aug[c][c]
                aug[r] = list(map(operator.sub, aug[r], (f * v for v in aug[c])))
    return [aug[i][n] / aug[i][i] for i in range(n)]


def main():
    a = Matrix.from_rows([[1, 2, 3], [4, 5, 6]])
    b = Matrix.from_rows([[7, 8], [9, 10], [11, 12]])
    print(a, b, a.shape, b.data.typecode, a.data.itemsize)
    print((a @ b).pretty("6.1f"))
    print(a.T.pretty("4.0f"))
    print("a == a.T.T:", a == a.T.T, "a == b:", a == b)
    print((a + 1).pretty("5.1f"))
    print((2 * a - a).data.tolist(), (-a).data.tolist()[:3])
    print("row/col:", a.row(1).tolist(), a.col(2).tolist())

    fib = Matrix.from_rows([[1, 1], [1, 0]])
    for n in (1, 5, 10, 30):
        print(f"fib^{n}:", (fib ** n).data.tolist())
    print("identity trace:", Matrix.identity(4).trace(), "b trace:", b.trace())

    for bad in [lambda: a @ a, lambda: a + b, lambda: Matrix.from_rows([[1, 2], [3]]),
                lambda: Matrix(2, 2, [1, 2, 3]), lambda: a ** 2, lambda: a[2, 0]]:
        try:
            bad()
        except (ShapeError, IndexError) as e:
            print(type(e).__name__, e)

    rows = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
    print("det:", determinant(rows), determinant([[1, 2], [2, 4]]),
          determinant([[0, 1], [1, 0]]))
    print("solve:", [str(x) for x in solve(rows, [1, 0, 1])])
    try:
        solve([[1, 2], [2, 4]], [1, 2])
    except ZeroDivisionError as e:
        print(type(e).__name__, e)

    ints = Matrix(3, 3, range(9), typecode="i")
    print(ints.data, ints.data.typecode, ints.data.itemsize)
    try:
        ints[0, 0] = 1.5
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        Matrix(1, 1, [2 ** 40], typecode="i")
    except OverflowError as e:
        print(type(e).__name__, e)
    raw = ints.data.tobytes()
    copy = array.array("i")
    copy.frombytes(raw)
    print(len(raw) // copy.itemsize, copy == ints.data, copy[::-4])

    getters = operator.itemgetter(0, 2)
    print(getters(a.row(0)), operator.attrgetter("rows", "cols")(b))
    caller = operator.methodcaller("pretty", "3.0f")
    print(caller(Matrix.identity(2)))
    products = list(itertools.accumulate(range(1, 8), operator.mul))
    print(products, functools.reduce(operator.or_, [1, 2, 8, 32]))
    pairs = list(itertools.pairwise(a.data))
    print(pairs[:2], list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
    print(list(itertools.islice(itertools.cycle(b.col(0)), 7)))
    dot = sum(itertools.starmap(operator.mul, zip(a.row(0), a.row(1))))
    print("dot:", dot, operator.index(7), operator.truth([]), operator.contains(a.data, 5.0))


main()
