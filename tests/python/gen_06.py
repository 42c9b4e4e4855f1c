# Generators: yield from delegation and its result
def inner():
    yield 1
    yield 2
    return 'inner-result'

def outer():
    print('outer start')
    r = yield from inner()
    print('inner returned', r)
    yield 3
    return 'outer-result'

g = outer()
for v in g:
    print('value', v)

def drive(gen):
    try:
        while True:
            print('->', next(gen))
    except StopIteration as e:
        return e.value

print('final:', drive(outer()))

# yield from any iterable
def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], 'ab', range(3), (9,))))

# recursive delegation: flatten nested lists
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x

print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], []])))

# send() passes through yield from
def receiver():
    got = []
    while True:
        x = yield len(got)
        if x is None:
            return got
        got.append(x)

def middle():
    result = yield from receiver()
    yield 'receiver returned ' + str(result)

m = middle()
print(next(m))
print(m.send('a'))
print(m.send('b'))
print(m.send(None))
