# Decorators written as closures (no arguments)
def trace(func):
    def wrapper(x):
        print('calling', func.__name__, 'with', x)
        result = func(x)
        print(func.__name__, 'returned', result)
        return result
    return wrapper

@trace
def square(n):
    return n * n

print(square(4))
print(square.__name__)

def count_calls(func):
    calls = 0

    def wrapper(a, b):
        nonlocal calls
        calls = calls + 1
        return str(calls) + ': ' + str(func(a, b))
    return wrapper

@count_calls
def add(a, b):
    return a + b

print(add(1, 2))
print(add('x', 'y'))
print(add(b=5, a=1))

# stacked decorators apply bottom-up
def bold(f):
    def w(s):
        return '<b>' + f(s) + '</b>'
    return w

def italic(f):
    def w(s):
        return '<i>' + f(s) + '</i>'
    return w

@bold
@italic
def text(s):
    return s

print(text('hello'))

# decorating is just a call
def plain(s):
    return s.upper()

decorated = bold(plain)
print(decorated('abc'), plain('abc'))
