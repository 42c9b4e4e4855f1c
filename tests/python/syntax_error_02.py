# Invalid parameter list
print('never printed')

def ok(a, b=2):
    return a + b

print(ok(1))

def f(:
    return 1

print(f())
