import builtins
print(builtins.len([1, 2]), builtins.__name__, type(builtins).__name__)
print(__debug__, builtins.abs is abs)
m = __import__("math")
print(m.sqrt(16.0), m.__name__)
print(__import__("sys").maxsize > 0)
try:
    __import__("no_such_module_xyz")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
try:
    __import__("")
except ValueError as e:
    print("ValueError", e)


class Counter:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def agen():
    yield "a"
    yield "b"


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")


async def main():
    it = aiter(Counter(3))
    print(await anext(it), await anext(it), await anext(it))
    print(await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    g = agen()
    print(await anext(g), await anext(g), await anext(g, "end"))
    ai = aiter(agen())
    print([x async for x in ai])
    return "ok"


print(run(main()))
for bad in (1, [1]):
    try:
        aiter(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        anext(bad)
    except TypeError as e:
        print("TypeError", e)
line = input("name? ")
print(repr(line))
print(repr(input()))
try:
    input()
except EOFError as e:
    print("EOFError", e)
try:
    exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    quit()
except SystemExit as e:
    print("SystemExit", e.code)
