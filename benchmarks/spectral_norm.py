# Measures float arithmetic in nested loops with many small function calls: spectral norm of an infinite matrix.

import math

N = 400


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, n):
    out = []
    i = 0
    while i < n:
        s = 0.0
        j = 0
        while j < n:
            s = s + eval_a(i, j) * v[j]
            j = j + 1
        out.append(s)
        i = i + 1
    return out


def mul_atv(v, n):
    out = []
    i = 0
    while i < n:
        s = 0.0
        j = 0
        while j < n:
            s = s + eval_a(j, i) * v[j]
            j = j + 1
        out.append(s)
        i = i + 1
    return out


def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)


def main():
    n = N
    u = []
    for i in range(n):
        u.append(1.0)
    v = u
    for k in range(10):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv = vbv + u[i] * v[i]
        vv = vv + v[i] * v[i]
    print("spectral_norm", N, round(math.sqrt(vbv / vv), 9))


main()
