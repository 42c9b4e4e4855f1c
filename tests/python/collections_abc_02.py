# collections.abc: one-method protocols recognised by structure alone.
from collections.abc import (Iterable, Iterator, Sized, Container, Hashable,
                             Callable, Reversible, Collection, Awaitable,
                             AsyncIterable, AsyncIterator)

class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        return x in self.items

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

class Unhashable:
    __hash__ = None

class NotIterable(Bag):
    __iter__ = None        # opting out of a protocol

class Doubler:
    def __call__(self, x):
        return 2 * x

class Backwards(Bag):
    def __reversed__(self):
        return reversed(self.items)

class Future:
    def __await__(self):
        yield
        return 42

class Ticker:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration

for obj in [Bag(1, 2), Countdown(3), Unhashable(), NotIterable(), Doubler(),
            Backwards(), Future(), Ticker(), object()]:
    checks = [abc.__name__ for abc in (Iterable, Iterator, Sized, Container,
                                       Hashable, Callable, Reversible,
                                       Collection, Awaitable, AsyncIterable,
                                       AsyncIterator)
              if isinstance(obj, abc)]
    print(type(obj).__name__, checks)

print(list(Countdown(3)), sum(Bag(1, 2, 3)), len(Bag()), 2 in Bag(1, 2))

def total(values):
    if not isinstance(values, Iterable):
        raise TypeError(f"expected an iterable, got {type(values).__name__}")
    return sum(values)

for arg in ([1, 2], (3,), {4: "x"}, Bag(5, 6), 7):
    try:
        print(total(arg))
    except TypeError as e:
        print("TypeError:", e)

# subclasses of the concrete classes are recognised too
class SubBag(Bag):
    pass
print(issubclass(SubBag, Collection), issubclass(SubBag, Reversible),
      issubclass(Backwards, Reversible), issubclass(int, Iterable))
try:
    issubclass(3, Iterable)
except TypeError as e:
    print("TypeError:", e)
