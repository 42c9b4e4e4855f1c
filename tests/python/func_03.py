# Functions as values
def double(x):
    return x * 2

def square(x):
    return x * x

def negate(x):
    return -x

def apply_all(funcs, value):
    results = []
    for fn in funcs:
        results.append(fn(value))
    return results

print(apply_all([double, square, negate], 7))
print(apply_all([double, square], 2.5))
ops = {'d': double, 's': square, 'n': negate}
for key in ['d', 's', 'n', 's']:
    print(key, ops[key](5))

def compose_apply(f, g, x):
    return f(g(x))

print(compose_apply(double, square, 3), compose_apply(square, double, 3))
alias = square
print(alias(12), alias is square, alias == square)

def pick(flag):
    if flag:
        return double
    return negate

print(pick(True)(10), pick(False)(10))

def my_map(fn, seq):
    out = []
    for s in seq:
        out.append(fn(s))
    return out

print(my_map(square, range(6)), my_map(double, 'xyz'))
