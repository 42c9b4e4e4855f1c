# async with: __aenter__ / __aexit__
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print('enter', self.name)
        return self.name.upper()
    async def __aexit__(self, exc_type, exc, tb):
        if exc_type is None:
            print('exit', self.name, 'cleanly')
        else:
            print('exit', self.name, 'with', exc_type.__name__, exc)
        return self.suppress

async def main():
    async with Resource('db') as handle:
        print('using', handle)
    async with Resource('file', suppress=True):
        raise ValueError('swallowed')
    print('after suppressed error')
    try:
        async with Resource('net'):
            raise KeyError('kept')
    except KeyError as e:
        print('caught', repr(e))
    async with Resource('outer') as a, Resource('inner') as b:
        print('nested', a, b)
    return 'main done'

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(main()))

# __aenter__ awaiting something that suspends
class Slow:
    def __await__(self):
        yield 'tick'

class SlowCM:
    async def __aenter__(self):
        await Slow()
        return 'slow-value'
    async def __aexit__(self, *args):
        await Slow()
        return False

async def use_slow():
    async with SlowCM() as v:
        print('got', v)
    return 'ok'

c = use_slow()
print(c.send(None))
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print('finished', e.value)

# a class without __aenter__
class NotAsync:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

async def bad():
    async with NotAsync():
        pass

try:
    run(bad())
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ':', e)
