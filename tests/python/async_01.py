# async def coroutines driven manually with send(None)
async def add(a, b):
    return a + b

c = add(2, 3)
print(type(c).__name__)
print(type(add).__name__)
try:
    c.send(None)
except StopIteration as e:
    print('StopIteration value:', e.value)
    print('args:', e.args)

# await on another coroutine
async def double(x):
    return x * 2

async def compute():
    a = await add(1, 2)
    b = await double(a)
    return [a, b]

c = compute()
try:
    c.send(None)
except StopIteration as e:
    print('compute ->', e.value)

# a finished coroutine cannot be resumed
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)

# a coroutine with no return gives None
async def nothing():
    pass

try:
    nothing().send(None)
except StopIteration as e:
    print('value of empty coroutine:', e.value)

# sending a non-None value to a just-started coroutine
c = add(1, 1)
try:
    c.send(5)
except TypeError as e:
    print('TypeError:', e)
c.close()

# exceptions propagate out of send
async def fails():
    await double(1)
    raise KeyError('inner')

try:
    fails().send(None)
except KeyError as e:
    print('KeyError from coroutine:', e)

# coroutines are not iterable
c = add(0, 0)
try:
    iter(c)
except TypeError as e:
    print('TypeError:', e)
c.close()
print('closed coroutine done')
