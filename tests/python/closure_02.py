# Closures created in a loop capture the variable, not its value (late binding)
def make_all():
    funcs = []
    for i in range(4):
        def f():
            return i
        funcs.append(f)
    return funcs

results = []
for f in make_all():
    results.append(f())
print(results)

# binding the current value with a default argument
def make_defaults():
    funcs = []
    for i in range(4):
        def f(i=i):
            return i
        funcs.append(f)
    return funcs

results = []
for f in make_defaults():
    results.append(f())
print(results)

# binding the current value with a factory function
def make_factory():
    def maker(n):
        def f():
            return n
        return f
    funcs = []
    for i in range(4):
        funcs.append(maker(i))
    return funcs

results = []
for f in make_factory():
    results.append(f())
print(results)

# a while loop variable behaves the same way
def make_while():
    funcs = []
    k = 0
    while k < 3:
        def g():
            return k * 10
        funcs.append(g)
        k = k + 1
    return funcs

results = []
for g in make_while():
    results.append(g())
print(results)
