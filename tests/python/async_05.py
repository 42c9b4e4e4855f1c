# async generators iterated with async for inside a coroutine
class Tick:
    def __await__(self):
        yield 'tick'

async def agen(n):
    for i in range(n):
        await Tick()
        yield i * i
    print('  agen exhausted')

async def filtered():
    async for sq in agen(5):
        if sq % 2 == 0:
            yield sq

async def main():
    a = agen(2)
    print(type(a).__name__)
    vals = []
    async for v in agen(4):
        vals.append(v)
    print('squares', vals)
    evens = []
    async for v in filtered():
        evens.append(v)
    print('evens', evens)
    # manual __anext__
    g = agen(1)
    first = await g.__anext__()
    print('first via __anext__', first)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('StopAsyncIteration raised')
    await a.aclose()
    return len(vals) + len(evens)

def run(coro):
    n = 0
    try:
        while True:
            coro.send(None)
            n += 1
    except StopIteration as e:
        print('steps', n)
        return e.value

m = main()
print(type(m).__name__)
print('result', run(m))

# round-robin over several coroutines consuming async generators
async def consumer(name, n):
    got = []
    async for v in agen(n):
        got.append(v)
    return name + '=' + str(got)

queue = [consumer('x', 2), consumer('y', 3)]
done = []
while queue:
    c = queue.pop(0)
    try:
        c.send(None)
        queue.append(c)
    except StopIteration as e:
        done.append(e.value)
print(done)

# close a coroutine that was started but not finished
async def waits():
    try:
        await Tick()
        print('not reached')
    finally:
        print('cleanup on close')

c = waits()
print(c.send(None))
c.close()
# close one never started
c2 = waits()
c2.close()
print('closed unstarted')
