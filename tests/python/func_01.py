# Function definitions, defaults, keyword arguments
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct

print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cy', punct='?'))
print(greet(greeting='Yo', name='Di'))
print(greet('Ed', 'Hey', '.'))
print(greet(punct='...', greeting='Bye', name='Flo'))

def area(w, h=None):
    if h is None:
        h = w
    return w * h

print(area(3), area(3, 4), area(w=2.5), area(h=2, w=5))

def f(a, b, c=3, d=4):
    return [a, b, c, d]

print(f(1, 2), f(1, 2, 30), f(1, 2, d=40), f(1, b=20), f(c=0, a=1, b=2))

def noreturn():
    x = 1

print(noreturn())

def returns_none():
    return

print(returns_none(), returns_none() is None)

def multi():
    return 1, 'two', [3]

print(multi())
