# Lambdas that close over variables, and lambdas returning lambdas
def make_scaler(k):
    return lambda x: x * k

triple = make_scaler(3)
print(triple(4), make_scaler(-1)(4))

add = lambda a: lambda b: lambda c: a + b + c
print(add(1)(2)(3))
add1 = add(1)
add1_10 = add1(10)
print(add1_10(100), add1(20)(200))

def counter():
    count = 0

    def bump():
        nonlocal count
        count = count + 1
        return count

    peek = lambda: count
    return bump, peek

bump, peek = counter()
bump()
bump()
print(peek())
bump()
print(peek())

# a lambda reading a variable of the enclosing function sees later changes
def late():
    msg = 'before'
    f = lambda: msg
    msg = 'after'
    return f()

print(late())

compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
sq = lambda x: x * x
print(compose(inc, sq)(5), compose(sq, inc)(5))
print(sorted([3, -1, 2, -4], key=compose(abs, inc)))
