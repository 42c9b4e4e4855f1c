# custom awaitables with __await__ that yield, and a round-robin event loop
class Pause:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        got = yield self.label
        return 'resumed ' + str(got)

async def worker(name, n):
    total = 0
    for i in range(n):
        r = await Pause(name + ':' + str(i))
        print('  ', name, 'step', i, r)
        total += i
    return name + ' total ' + str(total)

# drive one coroutine by hand, observing yielded values
c = worker('solo', 2)
print('yielded', c.send(None))
print('yielded', c.send('A'))
try:
    c.send('B')
except StopIteration as e:
    print('result:', e.value)

def run_all(coros):
    queue = [(c, False) for c in coros]
    results = []
    tick = 0
    while queue:
        c, started = queue.pop(0)
        try:
            y = c.send(tick if started else None)
            print('tick', tick, 'yielded', y)
            queue.append((c, True))
        except StopIteration as e:
            print('tick', tick, 'finished:', e.value)
            results.append(e.value)
        tick += 1
    return results

res = run_all([worker('a', 3), worker('b', 1), worker('c', 2)])
print(res)

# __await__ must return an iterator
class BadAwait:
    def __await__(self):
        return 42

async def use_bad():
    await BadAwait()

c = use_bad()
try:
    c.send(None)
except TypeError as e:
    print('TypeError:', e)

# awaiting a non-awaitable
async def await_int():
    await 3

try:
    await_int().send(None)
except TypeError as e:
    print('TypeError:', e)
