class ARange:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1


async def agen(n):
    for i in range(n):
        yield i * 10


async def double(x):
    return x * 2


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def main():
    print([x async for x in ARange(4)])
    print({x: x * x async for x in agen(3)})
    print(sorted({x % 2 async for x in ARange(5)}))
    print([x async for x in agen(5) if x > 10])
    print([(x, y) async for x in ARange(2) for y in "ab"])
    print([(x, y) for x in "ab" async for y in agen(2)])
    print([await double(x) for x in range(3)])
    print([await double(x) async for x in ARange(3)])
    g = (x + 1 async for x in agen(3))
    print(type(g).__name__, [y async for y in g])
    g2 = (await double(x) for x in [5, 6])
    print(type(g2).__name__, [y async for y in g2])
    total = 0
    async for v in (x async for x in ARange(4)):
        total += v
    print(total)
    try:
        [1 / x async for x in ARange(2)]
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    return "done"


print(run(main()))
for src in ["[x async for x in y]", "def f():\n    return [x async for x in y]\n", "def f():\n    return [await x for x in y]\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
def gen_ok():
    return (x async for x in ARange(2))
print(type(gen_ok()).__name__)
