# Newton's method and bisection on floats
def newton_sqrt(a):
    x = a
    i = 0
    while True:
        nx = 0.5 * (x + a / x)
        i += 1
        if nx == x or i > 100:
            break
        x = nx
    return x, i

for a in [2.0, 9.0, 10.0, 0.25, 1e10]:
    r, it = newton_sqrt(a)
    print(a, r, it, r * r)

def bisect(lo, hi):
    n = 0
    while hi - lo > 1e-12:
        mid = (lo + hi) / 2
        if mid * mid * mid - 2 > 0:
            hi = mid
        else:
            lo = mid
        n += 1
    return lo, n

root, steps = bisect(0.0, 2.0)
print(root, steps, round(root, 9))
