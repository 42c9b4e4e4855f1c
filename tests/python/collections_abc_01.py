# collections.abc: which built-in types are which kinds of container.
from collections.abc import (
    Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator,
    Hashable, Iterable, Iterator, Generator, Reversible, Sized, Container,
    Callable, Collection, Set, MutableSet, Mapping, MutableMapping,
    MappingView, KeysView, ItemsView, ValuesView, Sequence, MutableSequence,
    ByteString,
)
import collections.abc

ABCS = [Hashable, Iterable, Iterator, Generator, Reversible, Sized, Container,
        Callable, Collection, Set, MutableSet, Mapping, MutableMapping,
        MappingView, KeysView, ItemsView, ValuesView, Sequence,
        MutableSequence, ByteString, Awaitable, Coroutine, AsyncIterable,
        AsyncIterator, AsyncGenerator]

def gen():
    yield 1

async def coro():
    return 1

async def agen():
    yield 1

class Plain:
    pass

c = coro()
samples = [
    ("list", []), ("tuple", ()), ("dict", {}), ("set", set()),
    ("frozenset", frozenset()), ("str", ""), ("bytes", b""),
    ("bytearray", bytearray()), ("range", range(2)), ("memoryview", memoryview(b"")),
    ("keys", {}.keys()), ("values", {}.values()), ("items", {}.items()),
    ("list_iterator", iter([])), ("dict_keyiterator", iter({})),
    ("generator", gen()), ("coroutine", c), ("async_generator", agen()),
    ("function", gen), ("builtin", len), ("class", Plain), ("instance", Plain()),
    ("int", 1), ("None", None), ("zip", zip()), ("map", map(str, [])),
    ("enumerate", enumerate([])), ("reversed", reversed([1])),
]
for name, value in samples:
    kinds = [abc.__name__ for abc in ABCS if isinstance(value, abc)]
    print(f"{name:16}", " ".join(kinds))
c.close()

print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(str, MutableSequence))
print(issubclass(bytes, ByteString), issubclass(set, Set), issubclass(frozenset, MutableSet))
print(Iterable.__module__, repr(Sequence), Mapping.__name__, Mapping.__qualname__)
print(sorted(collections.abc.__all__))
print(sorted(Sequence.__abstractmethods__), sorted(MutableMapping.__abstractmethods__))
print(sorted(Iterator.__abstractmethods__), sorted(Generator.__abstractmethods__))
print(sorted(Set.__abstractmethods__), sorted(MutableSet.__abstractmethods__))
for abc in (Iterable, Sized, Hashable, Callable):
    try:
        abc()
    except TypeError as e:
        print(e)
