# async for: __aiter__ / __anext__ raising StopAsyncIteration
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n + 1

class Tick:
    def __await__(self):
        yield 'tick'

class SlowRange:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10

async def main():
    out = []
    async for x in Countdown(3):
        out.append(x)
    print('countdown', out)
    async for x in Countdown(5):
        if x == 2:
            break
        print('  saw', x)
    else:
        print('not reached')
    async for x in Countdown(0):
        print('not reached')
    else:
        print('empty loop else ran')
    total = 0
    async for v in SlowRange(3):
        total += v
    return total

def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        print('suspended', steps, 'times')
        return e.value

print('result', run(main()))

# a non-async-iterable in async for
async def bad():
    async for x in [1, 2]:
        pass

try:
    run(bad())
except TypeError as e:
    print('TypeError:', e)

# __anext__ returning a non-awaitable
class BadNext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 1

async def bad2():
    async for x in BadNext():
        pass

try:
    run(bad2())
except TypeError as e:
    print('TypeError:', e)
