# Default values are evaluated once
def append_to(x, acc=[]):
    acc.append(x)
    return acc

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

counter_default = 10
def show(v=counter_default):
    return v

counter_default = 20
print(show(), show(5))

def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc

print(safe_append(1), safe_append(2))

def apply_n(n, start=0, step=1):
    vals = []
    v = start
    for i in range(n):
        vals.append(v)
        v += step
    return vals

print(apply_n(5), apply_n(3, 10), apply_n(4, step=-2), apply_n(step=0.5, n=3, start=1))
