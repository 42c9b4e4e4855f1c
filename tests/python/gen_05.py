# Generators: return value travels in StopIteration.value
def gen_with_return(n):
    for i in range(n):
        yield i
    return 'total=' + str(n)

g = gen_with_return(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('value:', e.value)
    print('args:', e.args)

def empty_return():
    return 5
    yield

try:
    next(empty_return())
except StopIteration as e:
    print('empty value:', e.value)

def bare_return():
    yield 1
    return

b = bare_return()
next(b)
try:
    next(b)
except StopIteration as e:
    print('bare value:', e.value, e.args)

# return value is lost in a for loop
total = 0
for x in gen_with_return(4):
    total += x
print('sum', total)

# collect the return value manually
def drive(gen):
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as stop:
            return items, stop.value

print(drive(gen_with_return(3)))

# StopIteration raised inside a generator becomes RuntimeError
def leaky():
    yield 1
    raise StopIteration('oops')

l = leaky()
next(l)
try:
    next(l)
except RuntimeError as e:
    print('RuntimeError:', e)
    print('cause:', type(e.__cause__).__name__, e.__cause__)
