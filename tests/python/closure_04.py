# Closures over parameters, returned and called later
def make_adder(n):
    def add(x):
        return x + n
    return add

def make_multiplier(k):
    def mul(x):
        return x * k
    return mul

add3 = make_adder(3)
add10 = make_adder(10)
double = make_multiplier(2)
print(add3(1), add10(1), double(21), double('ab'))
print(add3(add10(double(5))))

def compose(f, g):
    def h(x):
        return f(g(x))
    return h

inc_then_double = compose(double, add3)
double_then_inc = compose(add3, double)
print(inc_then_double(1), double_then_inc(1))

# captured mutable objects can be changed without nonlocal
def make_log():
    entries = []

    def log(msg):
        entries.append(msg)
        return len(entries)

    def dump():
        return list(entries)

    return log, dump

log, dump = make_log()
log('a')
log('b')
print(log('c'), dump())

# closures keep their environment alive after the outer call returns
def make_greeter(greeting, punct='!'):
    def greet(name):
        return greeting + ', ' + name + punct
    return greet

greeters = [make_greeter('Hi'), make_greeter('Bye', '.')]
for g in greeters:
    print(g('Ann'))
print(add3.__name__, add3.__qualname__)
