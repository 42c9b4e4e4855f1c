# Matrix arithmetic with nested lists: multiply, transpose, power, determinant
def zeros(r, c):
    m = []
    for i in range(r):
        m.append([0] * c)
    return m

def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m

def transpose(a):
    t = zeros(len(a[0]), len(a))
    for i in range(len(a)):
        for j in range(len(a[0])):
            t[j][i] = a[i][j]
    return t

def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError('shape mismatch: ' + str(len(a[0])) + ' vs ' + str(len(b)))
    c = zeros(len(a), len(b[0]))
    for i in range(len(a)):
        for j in range(len(b[0])):
            s = 0
            for k in range(len(b)):
                s += a[i][k] * b[k][j]
            c[i][j] = s
    return c

def matpow(a, n):
    result = identity(len(a))
    base = a
    while n > 0:
        if n % 2 == 1:
            result = matmul(result, base)
        base = matmul(base, base)
        n //= 2
    return result

def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for col in range(n):
        minor = []
        for r in range(1, n):
            row = m[r][:col] + m[r][col + 1:]
            minor.append(row)
        sign = 1 if col % 2 == 0 else -1
        total += sign * m[0][col] * det(minor)
    return total

def show(name, m):
    print(name)
    for row in m:
        cells = []
        for v in row:
            cells.append(str(v).rjust(6))
        print(' '.join(cells))

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show('a', a)
show('b', b)
show('a x b', matmul(a, b))
show('b x a', matmul(b, a))
show('a^T', transpose(a))
print(transpose(transpose(a)) == a)
print(matmul(identity(3), b) == b, matmul(a, identity(3)) == a)

fib = [[1, 1], [1, 0]]
for n in [1, 2, 10, 50, 100]:
    print('fib', n, matpow(fib, n)[0][1])

m3 = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print('det m3', det(m3))
m4 = [[1, 0, 2, -1], [3, 0, 0, 5], [2, 1, 4, -3], [1, 0, 5, 0]]
print('det m4', det(m4))
print('det I5', det(identity(5)))
print('det singular', det([[1, 2], [2, 4]]))

f = [[0.5, 0.25], [0.125, 1.5]]
show('f x f', matmul(f, f))
rot = [[0, -1], [1, 0]]
print(matpow(rot, 2), matpow(rot, 4) == identity(2))

try:
    matmul(a, a)
except ValueError as e:
    print('error:', e)

big = [[2 ** 40, 1], [1, 2 ** 40]]
show('big^2', matmul(big, big))
print(det(matmul(big, big)) == det(big) * det(big))
