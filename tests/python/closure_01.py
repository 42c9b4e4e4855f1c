# Nested functions reading variables of enclosing functions
def outer(a):
    b = a * 2

    def middle(c):
        d = c + 1

        def inner(e):
            return [a, b, c, d, e]

        return inner(100)

    return middle(10)

print(outer(1))

# the inner function sees the variable, not a snapshot of its value
def late():
    x = 'first'

    def show():
        return x

    r1 = show()
    x = 'second'
    r2 = show()
    return r1, r2

print(late())

# inner functions can call each other and the enclosing function's helpers
def calc(n):
    def square(v):
        return v * v

    def sum_squares():
        total = 0
        i = 1
        while i <= n:
            total = total + square(i)
            i = i + 1
        return total

    return sum_squares()

print(calc(3), calc(10))

# a local in the inner function shadows the outer one
def shadow():
    v = 'outer'

    def f():
        v = 'inner'
        return v

    return f(), v

print(shadow())
