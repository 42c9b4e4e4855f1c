# Uncaught exception whose traceback passes through a closure
def make_divider(divisor):
    calls = 0

    def divide(x):
        nonlocal calls
        calls += 1
        print("divide call", calls)
        return x // divisor

    return divide


def apply_all(f, values):
    out = []
    for v in values:
        out.append(f(v))
    return out


print(apply_all(make_divider(3), [9, 10, 11]))
halve = make_divider(2)
zero = make_divider(0)
print(apply_all(halve, [4, 6]))
print(apply_all(zero, [5]))
