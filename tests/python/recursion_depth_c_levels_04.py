def f(n):
    return len([f(n + 1)])
f(0)
